// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "OperationWizard.h"

#include "core/engine/Restore.h"

class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace lifeboat::ui {

// The page of a resumed restore: what was restored where, how far it got, the passphrase
// (never stored) and why it is resumed.
class ResumePage : public QWizardPage {
    Q_OBJECT
public:
    ResumePage(const activity::ActivityEntry& earlier, QWidget* parent);
    QLineEdit* passphraseEdit() const { return m_passphrase; }
    QPlainTextEdit* reasonEdit() const { return m_reason; }
    bool isComplete() const override;

private:
    QLineEdit* m_passphrase;
    QPlainTextEdit* m_reason;
};

// A restore that stopped (paused, cancelled, cut off, or the console closed) run again from
// the Activity view: the same requests, which skip every file already correct, then the
// same check, recorded on the same activity entry.
class ResumeWizard : public OperationWizard {
    Q_OBJECT
public:
    ResumeWizard(plan::Plan plan, FleetConnections* connections, ActivityStore* activity, const activity::ActivityEntry& earlier, QWidget* parent = nullptr);
    // Whether an entry can be resumed: a restore that did not succeed, with what it needs.
    static bool canResume(const activity::ActivityEntry& entry);
    ResumePage* resumePage() const { return m_page; }

    QString kind() const override { return QStringLiteral("restore"); }
    QString title() const override { return m_title; }
    QString reason() const override;
    std::vector<RunJob> runJobs() const override;
    std::vector<RunJob> checkJobs() const override;
    QJsonObject details() const override { return m_details; }
    QString summarize(const OperationRun& run, const OperationRun* check, bool* ok) const override;
    QString stoppedStatement(const OperationRun& run) const override;

private:
    std::vector<RunJob> jobs(bool dryRun) const;
    QString m_title;
    QString m_earlierReason;
    QJsonObject m_details;
    engine::ConflictPolicy m_conflict;
    ResumePage* m_page;
};

} // namespace lifeboat::ui
