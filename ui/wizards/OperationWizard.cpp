// SPDX-License-Identifier: GPL-3.0-or-later
#include "OperationWizard.h"

#include "ReportPage.h"
#include "RunPage.h"
#include "ui/FleetConnections.h"
#include "ui/presenters/ActivityStore.h"

#include "core/fleet/FleetStatus.h"
#include "core/fleet/JobRunner.h"
#include "core/ssh/SshTarget.h"

#include <QFile>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextDocument>

#include <algorithm>

namespace lifeboat::ui {

OperationWizard::OperationWizard(plan::Plan plan, FleetConnections* connections, ActivityStore* activity, QWidget* parent)
    : QWizard(parent), m_plan(std::move(plan)), m_connections(connections), m_activity(activity)
{
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnLastPage);
    setOption(QWizard::NoCancelButtonOnLastPage);
    m_runner = new fleet::JobRunner([this](const QString& node) { return targetFor(node); }, this);
    m_entry.id = activity::ActivityLog::newId();
    m_entry.startedBy = activity::ActivityLog::currentUser();
    resize(900, 640);
}

OperationWizard::~OperationWizard() = default;

QJsonObject OperationWizard::withPassphrase(QJsonObject params, const QString& passphrase)
{
    if (!passphrase.isEmpty())
        params.insert(QStringLiteral("password"), passphrase);
    return params;
}

Result<fleet::SessionWorker::Target> OperationWizard::targetFor(const QString& node) const
{
    fleet::SessionWorker::Target target;
    if (node.isEmpty()) {
        target.local = true;
        target.localProgram = FleetConnections::localEngineBuild();
        return target;
    }
    const auto it = std::find_if(m_plan.nodes.begin(), m_plan.nodes.end(), [&](const plan::Node& n) { return n.name == node; });
    if (it == m_plan.nodes.end())
        return Error{Error::Code::NotFound, tr("Node %1 is not in the plan.").arg(node)};
    if (!m_connections)
        return Error{Error::Code::Unsupported, tr("This console has no fleet connections set up; node %1 cannot be reached.").arg(node)};
    const fleet::FleetOptions options = m_connections->options();
    auto [ssh, sshOptions] = fleet::FleetStatus::connectionFor(*it, options);
    if (!ssh::SshTarget::validHost(ssh.host))
        return Error{Error::Code::Invalid, tr("Node %1 has no usable address (\"%2\"); nothing was sent.").arg(node, ssh.host)};
    target.ssh = ssh;
    target.sshOptions = sshOptions;
    target.enginePath = options.enginePath;
    target.session = options.session;
    return target;
}

void OperationWizard::addRunAndReportPages()
{
    m_runPage = new RunPage(this);
    m_reportPage = new ReportPage(this);
    addPage(m_runPage);
    addPage(m_reportPage);
}

QString OperationWizard::stoppedStatement(const OperationRun& run) const
{
    const JobProgress c = run.combined();
    return tr("Stopped after %1 of %2 files. Nothing already there was lost; run it again to finish.").arg(c.filesDone).arg(c.filesTotal);
}

void OperationWizard::continueEntry(const activity::ActivityEntry& earlier)
{
    m_entry = earlier;
    m_earlierLog = earlier.log;
}

Status OperationWizard::recordActivity(activity::Outcome outcome, const QString& summary, const QStringList& log)
{
    m_entry.kind = kind();
    m_entry.title = title();
    m_entry.reason = reason();
    if (!m_entry.started.isValid())
        m_entry.started = QDateTime::currentDateTimeUtc();
    m_entry.outcome = outcome;
    m_entry.finished = outcome == activity::Outcome::Running ? QDateTime() : QDateTime::currentDateTimeUtc();
    m_entry.summary = summary;
    m_entry.details = details();
    m_entry.log = m_earlierLog + log;
    if (!m_activity)
        return success();
    return m_activity->record(m_entry);
}

Status OperationWizard::saveReport(const QString& path) const
{
    const QString html = activity::ActivityLog::reportHtml(m_entry);
    if (path.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive)) {
        QPdfWriter writer(path);
        writer.setTitle(m_entry.title);
        writer.setCreator(QStringLiteral("Lifeboat"));
        writer.setPageSize(QPageSize(QPageSize::A4));
        QTextDocument document;
        document.setHtml(html);
        document.print(&writer);
        if (!QFile::exists(path) || QFile(path).size() == 0)
            return Error{Error::Code::Io, tr("The PDF report %1 could not be written.").arg(path)};
        return success();
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(html.toUtf8()) < 0 || !file.commit())
        return Error{Error::Code::Io, tr("The report %1 could not be written: %2").arg(path, file.errorString())};
    return success();
}

void OperationWizard::reject()
{
    // Closing while it runs stops the run (a restore stops with every finished file
    // complete) and says so in the activity, with what to do next.
    if (m_runPage && m_runPage->run()->running()) {
        OperationRun* run = m_runPage->run();
        connect(run, &OperationRun::stopped, this, [this, run] {
            recordActivity(activity::Outcome::Cancelled, stoppedStatement(*run), run->log());
            QWizard::reject();
        }, Qt::SingleShotConnection);
        run->addLog(tr("The wizard was closed while the run was going: stopping it."));
        run->pause();
        return;
    }
    // Closed after the run but before its check: the entry must not stay "running" (the
    // next console would call it interrupted) nor pass for checked.
    if (m_runPage && m_entry.outcome == activity::Outcome::Running) {
        OperationRun* run = m_runPage->run();
        run->addLog(tr("The wizard was closed before the result was checked."));
        recordActivity(activity::Outcome::Cancelled, tr("Closed after the run, before its result was checked: not verified."), run->log());
    }
    QWizard::reject();
}

} // namespace lifeboat::ui
