// SPDX-License-Identifier: GPL-3.0-or-later
#include "ResumeWizard.h"

#include "RestoreWizard.h"

#include "core/restore/RestoreCommand.h"

#include <QFormLayout>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>

namespace lifeboat::ui {

ResumePage::ResumePage(const activity::ActivityEntry& earlier, QWidget* parent) : QWizardPage(parent)
{
    setObjectName(QStringLiteral("resumePage"));
    setTitle(tr("Resume: %1").arg(earlier.title));
    setSubTitle(tr("The same restore runs again; every file already correct in the target is skipped, then every restored file is checked."));
    setCommitPage(true);
    setButtonText(QWizard::CommitButton, tr("&Resume Restore"));
    QStringList targets;
    for (const QJsonValue& t : earlier.details.value(QLatin1String("targets")).toArray())
        targets << t.toString();
    auto* state = new QLabel(earlier.summary, this);
    state->setWordWrap(true);
    state->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* where = new QLabel(targets.join(QLatin1Char('\n')), this);
    m_passphrase = new QLineEdit(this);
    m_passphrase->setEchoMode(QLineEdit::Password);
    m_passphrase->setPlaceholderText(tr("Leave empty for an unencrypted repository"));
    m_reason = new QPlainTextEdit(earlier.reason, this);
    m_reason->setTabChangesFocus(true);
    m_reason->setMaximumHeight(80);
    auto* form = new QFormLayout(this);
    form->addRow(tr("Where it stopped:"), state);
    form->addRow(tr("Targets:"), where);
    form->addRow(tr("Repository &passphrase:"), m_passphrase);
    form->addRow(tr("&Reason:"), m_reason);
    connect(m_reason, &QPlainTextEdit::textChanged, this, &QWizardPage::completeChanged);
}

bool ResumePage::isComplete() const
{
    return !m_reason->toPlainText().trimmed().isEmpty();
}

ResumeWizard::ResumeWizard(plan::Plan plan, FleetConnections* connections, ActivityStore* activity, const activity::ActivityEntry& earlier, QWidget* parent)
    : OperationWizard(std::move(plan), connections, activity, parent), m_title(earlier.title), m_earlierReason(earlier.reason), m_details(earlier.details),
      m_conflict(restore::RestoreCommand::conflictFromName(earlier.details.value(QLatin1String("resume")).toObject().value(QLatin1String("conflict")).toString()))
{
    setObjectName(QStringLiteral("resumeWizard"));
    setWindowTitle(tr("Resume Restore"));
    continueEntry(earlier);
    m_page = new ResumePage(earlier, this);
    addPage(m_page);
    addRunAndReportPages();
}

bool ResumeWizard::canResume(const activity::ActivityEntry& entry)
{
    return entry.kind == QLatin1String("restore") && entry.outcome != activity::Outcome::Succeeded && entry.outcome != activity::Outcome::Running
           && !entry.details.value(QLatin1String("resume")).toObject().value(QLatin1String("jobs")).toArray().isEmpty();
}

QString ResumeWizard::reason() const
{
    const QString now = m_page->reasonEdit()->toPlainText().trimmed();
    return now.isEmpty() ? m_earlierReason : now;
}

std::vector<RunJob> ResumeWizard::jobs(bool dryRun) const
{
    std::vector<RunJob> out;
    const QJsonObject resume = m_details.value(QLatin1String("resume")).toObject();
    const double limit = resume.value(QLatin1String("limitBytesPerSecond")).toDouble();
    for (const QJsonValue& v : resume.value(QLatin1String("jobs")).toArray()) {
        const QJsonObject o = v.toObject();
        out.push_back(RestoreWizard::restoreRunJob(o.value(QLatin1String("label")).toString(), o.value(QLatin1String("node")).toString(),
                                                   o.value(QLatin1String("params")).toObject(), dryRun, limit, m_page->passphraseEdit()->text()));
    }
    return out;
}

std::vector<RunJob> ResumeWizard::runJobs() const
{
    return jobs(false);
}

std::vector<RunJob> ResumeWizard::checkJobs() const
{
    return jobs(true);
}

QString ResumeWizard::summarize(const OperationRun& run, const OperationRun* check, bool* ok) const
{
    return RestoreWizard::summarizeRestore(run, check, m_conflict, ok);
}

QString ResumeWizard::stoppedStatement(const OperationRun& run) const
{
    return RestoreWizard::partialRestoreStatement(run);
}

} // namespace lifeboat::ui
