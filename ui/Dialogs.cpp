// SPDX-License-Identifier: GPL-3.0-or-later
#include "Dialogs.h"

#include "core/Version.h"

#include <QFileDialog>
#include <QMessageBox>
#include <QPushButton>

namespace lifeboat::ui {

std::optional<Dialogs::UnsavedAnswer> Dialogs::s_nextUnsaved;
std::optional<QString> Dialogs::s_nextFileName;
std::optional<bool> Dialogs::s_nextConfirmation;
bool Dialogs::s_suppressErrors = false;
QString Dialogs::s_lastError;

void Dialogs::setNextUnsavedAnswer(UnsavedAnswer answer) { s_nextUnsaved = answer; }
void Dialogs::setNextFileName(const QString& fileName) { s_nextFileName = fileName; }
void Dialogs::setNextConfirmation(bool answer) { s_nextConfirmation = answer; }
void Dialogs::setSuppressErrors(bool suppress) { s_suppressErrors = suppress; }
QString Dialogs::lastError() { return s_lastError; }

QMessageBox* Dialogs::makeUnsavedChangesBox(QWidget* parent, const QString& documentName)
{
    auto* box = new QMessageBox(QMessageBox::Warning, tr("Unsaved changes"),
                                tr("The plan \"%1\" has changes that are not saved.").arg(documentName),
                                QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, parent);
    box->setInformativeText(tr("Save them before going on? Discarded changes cannot be undone."));
    box->setDefaultButton(QMessageBox::Save);
    box->button(QMessageBox::Discard)->setText(tr("Discard changes"));
    return box;
}

Dialogs::UnsavedAnswer Dialogs::askUnsavedChanges(QWidget* parent, const QString& documentName)
{
    if (s_nextUnsaved) {
        const UnsavedAnswer answer = *s_nextUnsaved;
        s_nextUnsaved.reset();
        return answer;
    }
    QMessageBox* box = makeUnsavedChangesBox(parent, documentName);
    const int result = box->exec();
    delete box;
    switch (result) {
    case QMessageBox::Save: return UnsavedAnswer::Save;
    case QMessageBox::Discard: return UnsavedAnswer::Discard;
    default: return UnsavedAnswer::Cancel;
    }
}

bool Dialogs::confirmSaveWithUnreadFields(QWidget* parent, const QString& documentName)
{
    if (s_nextConfirmation) {
        const bool answer = *s_nextConfirmation;
        s_nextConfirmation.reset();
        return answer;
    }
    QMessageBox* box = makeUnreadFieldsBox(parent, documentName);
    const bool save = box->exec() == QMessageBox::Save;
    delete box;
    return save;
}

QMessageBox* Dialogs::makeUnreadFieldsBox(QWidget* parent, const QString& documentName)
{
    auto* box = new QMessageBox(QMessageBox::Warning, tr("Save over fields Lifeboat could not read?"),
                                tr("Some fields of \"%1\" had a wrong type or form when it was opened (see Problems). "
                                   "Saving writes their default values in their place.")
                                    .arg(documentName),
                                QMessageBox::Save | QMessageBox::Cancel, parent);
    box->setInformativeText(tr("To keep the original file, use Save As and choose a new name."));
    box->setDefaultButton(QMessageBox::Cancel);
    return box;
}

QMessageBox* Dialogs::makeOpenErrorBox(QWidget* parent, const QString& message)
{
    auto* box = new QMessageBox(QMessageBox::Critical, tr("Could not open the plan"), message, QMessageBox::Ok, parent);
    box->setInformativeText(tr("The plan that was open stays open."));
    return box;
}

void Dialogs::showOpenError(QWidget* parent, const QString& message)
{
    s_lastError = message;
    if (s_suppressErrors)
        return;
    QMessageBox* box = makeOpenErrorBox(parent, message);
    box->exec();
    delete box;
}

void Dialogs::showSaveError(QWidget* parent, const QString& message)
{
    s_lastError = message;
    if (s_suppressErrors)
        return;
    QMessageBox::critical(parent, tr("Could not save the plan"), message);
}

void Dialogs::showExportError(QWidget* parent, const QString& message)
{
    s_lastError = message;
    if (s_suppressErrors)
        return;
    QMessageBox::critical(parent, tr("Could not export"), message);
}

QString Dialogs::openPlanFileName(QWidget* parent, const QString& directory)
{
    if (s_nextFileName) {
        const QString name = *s_nextFileName;
        s_nextFileName.reset();
        return name;
    }
    return QFileDialog::getOpenFileName(parent, tr("Open plan"), directory, tr("Lifeboat plans (*.lifeboat.json *.json);;All files (*)"));
}

QString Dialogs::savePlanFileName(QWidget* parent, const QString& suggestion)
{
    if (s_nextFileName) {
        const QString name = *s_nextFileName;
        s_nextFileName.reset();
        return name;
    }
    return QFileDialog::getSaveFileName(parent, tr("Save plan as"), suggestion, tr("Lifeboat plans (*.lifeboat.json)"));
}

QString Dialogs::exportFileName(QWidget* parent, const QString& suggestion)
{
    if (s_nextFileName) {
        const QString name = *s_nextFileName;
        s_nextFileName.reset();
        return name;
    }
    return QFileDialog::getSaveFileName(parent, tr("Export"), suggestion, tr("PNG image (*.png);;SVG drawing (*.svg);;CSV table (*.csv)"));
}

QString Dialogs::reportFileName(QWidget* parent, const QString& suggestion)
{
    if (s_nextFileName) {
        const QString name = *s_nextFileName;
        s_nextFileName.reset();
        return name;
    }
    return QFileDialog::getSaveFileName(parent, tr("Save Report"), suggestion, tr("HTML page (*.html);;PDF document (*.pdf)"));
}

QMessageBox* Dialogs::makeAboutBox(QWidget* parent)
{
    auto* box = new QMessageBox(QMessageBox::NoIcon, tr("About Lifeboat"),
                                tr("<h3>Lifeboat %1</h3>"
                                   "<p>Backup planning console and engine for the data of AI data centres: "
                                   "training corpora, checkpoints and evaluation sets.</p>"
                                   "<p>Built with Qt %2.</p>")
                                    .arg(QLatin1String(kVersion), QLatin1String(qVersion())),
                                QMessageBox::Ok, parent);
    box->setTextFormat(Qt::RichText);
    return box;
}

void Dialogs::showAbout(QWidget* parent)
{
    QMessageBox* box = makeAboutBox(parent);
    box->exec();
    delete box;
}

} // namespace lifeboat::ui
