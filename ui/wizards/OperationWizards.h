// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "OperationWizard.h"

class QComboBox;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;

namespace lifeboat::ui {

// The first page of the backup-now and verify wizards: what (datasets or repositories,
// ticked), where the engine runs, the passphrase and the reason.
class SelectionPage : public QWizardPage {
    Q_OBJECT
public:
    SelectionPage(const QString& title, const QString& what, const QStringList& items, QWidget* parent);
    QListWidget* list() const { return m_list; }
    QComboBox* placeBox() const { return m_place; }
    QComboBox* optionBox() const { return m_option; }
    QLineEdit* passphraseEdit() const { return m_passphrase; }
    QLineEdit* extraEdit() const { return m_extra; }
    QPlainTextEdit* reasonEdit() const { return m_reason; }
    QStringList chosen() const;
    bool isComplete() const override;

private:
    QListWidget* m_list;
    QComboBox* m_place;
    QComboBox* m_option;
    QLineEdit* m_passphrase;
    QLineEdit* m_extra;
    QPlainTextEdit* m_reason;
};

// What the backup-now and verify wizards share: the selection page, then run and report.
class SelectionWizard : public OperationWizard {
    Q_OBJECT
public:
    SelectionPage* selectionPage() const { return m_selection; }
    QString reason() const override;

protected:
    SelectionWizard(plan::Plan plan, FleetConnections* connections, ActivityStore* activity, QWidget* parent);
    // Adds the selection page (then the run and report pages).
    void addSelectionPage(const QString& title, const QString& what, const QStringList& items);
    QString passphrase() const;

private:
    SelectionPage* m_selection = nullptr;
};

// Backup now: each ticked dataset's locations are backed up to a repository of its policy
// by the engine at each location (or on this computer, where the paths are mounted).
class BackupWizard : public SelectionWizard {
    Q_OBJECT
public:
    BackupWizard(plan::Plan plan, FleetConnections* connections, ActivityStore* activity, QWidget* parent = nullptr);
    QString kind() const override { return QStringLiteral("backup"); }
    QString title() const override;
    std::vector<RunJob> runJobs() const override;
    QJsonObject details() const override;
    QString summarize(const OperationRun& run, const OperationRun* check, bool* ok) const override;
};

// Verify: each ticked repository is checked by the engine where it is (or on this
// computer), structure only or with a share of its data read back.
class VerifyWizard : public SelectionWizard {
    Q_OBJECT
public:
    VerifyWizard(plan::Plan plan, FleetConnections* connections, ActivityStore* activity, QWidget* parent = nullptr);
    QString kind() const override { return QStringLiteral("verify"); }
    QString title() const override;
    std::vector<RunJob> runJobs() const override;
    QJsonObject details() const override;
    QString summarize(const OperationRun& run, const OperationRun* check, bool* ok) const override;
};

} // namespace lifeboat::ui
