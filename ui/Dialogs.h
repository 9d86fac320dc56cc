// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

#include <optional>

class QMessageBox;
class QWidget;

namespace lifeboat::ui {

// Every modal question the console asks goes through here, so GUI tests can answer it
// in advance instead of hanging on a dialog (KeePassXC's MessageBox::setNextAnswer),
// and the screenshot tour can show the same dialogs without running them.
class Dialogs {
    Q_DECLARE_TR_FUNCTIONS(Dialogs)
public:
    enum class UnsavedAnswer { Cancel = 0, Save, Discard };

    static UnsavedAnswer askUnsavedChanges(QWidget* parent, const QString& documentName);
    static bool confirmSaveWithUnreadFields(QWidget* parent, const QString& documentName);
    static void showOpenError(QWidget* parent, const QString& message);
    static void showSaveError(QWidget* parent, const QString& message);
    static void showExportError(QWidget* parent, const QString& message);
    static QString openPlanFileName(QWidget* parent, const QString& directory);
    static QString savePlanFileName(QWidget* parent, const QString& suggestion);
    // A chart or table export: PNG, SVG or CSV, chosen by the name's suffix.
    static QString exportFileName(QWidget* parent, const QString& suggestion);
    // An operation's report: HTML or PDF, chosen by the name's suffix.
    static QString reportFileName(QWidget* parent, const QString& suggestion);
    static void showAbout(QWidget* parent);

    // Built but not shown: for exec() here and for screenshots.
    static QMessageBox* makeUnsavedChangesBox(QWidget* parent, const QString& documentName);
    static QMessageBox* makeOpenErrorBox(QWidget* parent, const QString& message);
    static QMessageBox* makeUnreadFieldsBox(QWidget* parent, const QString& documentName);
    static QMessageBox* makeAboutBox(QWidget* parent);

    // Test seams: the next call answers with this instead of asking.
    static void setNextUnsavedAnswer(UnsavedAnswer answer);
    static void setNextFileName(const QString& fileName);
    static void setNextConfirmation(bool answer);
    static void setSuppressErrors(bool suppress);   // errors are recorded, not shown
    static QString lastError();

private:
    static std::optional<UnsavedAnswer> s_nextUnsaved;
    static std::optional<QString> s_nextFileName;
    static std::optional<bool> s_nextConfirmation;
    static bool s_suppressErrors;
    static QString s_lastError;
};

} // namespace lifeboat::ui
