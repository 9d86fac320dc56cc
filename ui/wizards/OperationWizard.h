// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/activity/ActivityLog.h"
#include "core/fleet/SessionWorker.h"
#include "core/plan/Plan.h"
#include "ui/presenters/OperationRun.h"

#include <QWizard>

namespace lifeboat::fleet {
class JobRunner;
}

namespace lifeboat::ui {

class ActivityStore;
class FleetConnections;
class ReportPage;
class RunPage;

// What the restore, backup-now and verify wizards share: the plan they act on, the engine
// sessions (this computer and nodes, through one JobRunner), the activity entry of the
// run, the run and report pages and what closing mid-way does. A subclass adds its own
// pages first and says which jobs to run and how to check them afterwards.
class OperationWizard : public QWizard {
    Q_OBJECT
public:
    OperationWizard(plan::Plan plan, FleetConnections* connections, ActivityStore* activity, QWidget* parent = nullptr);
    ~OperationWizard() override;

    const plan::Plan& plan() const { return m_plan; }
    fleet::JobRunner* runner() const { return m_runner; }
    ActivityStore* activity() const { return m_activity; }
    activity::ActivityEntry& entry() { return m_entry; }
    RunPage* runPage() const { return m_runPage; }
    ReportPage* reportPage() const { return m_reportPage; }

    virtual QString kind() const = 0;                      // "restore", "backup", "verify"
    virtual QString title() const = 0;
    virtual QString reason() const = 0;
    virtual std::vector<RunJob> runJobs() const = 0;
    // After the run: requests that check its result (a restore compares every restored
    // file with the snapshot). None: the report follows the run directly.
    virtual std::vector<RunJob> checkJobs() const { return {}; }
    virtual QJsonObject details() const = 0;
    // The report's first sentence, from the run and the check; `ok` whether it succeeded.
    virtual QString summarize(const OperationRun& run, const OperationRun* check, bool* ok) const = 0;
    // What state the target is in when the run stopped before the end, in words.
    virtual QString stoppedStatement(const OperationRun& run) const;

    // Writes the entry (with the run's log) to the activity store; a write error is shown
    // in the run page's log and returned.
    Status recordActivity(activity::Outcome outcome, const QString& summary, const QStringList& log);
    // The report as .html, or as .pdf when the name ends so.
    Status saveReport(const QString& path) const;

    // A request's params with the repository passphrase: over the protocol it is a request
    // field, taken out for the engine's secret handling, never put on a command line
    // (Protocol::commandFor), and never written to the activity log.
    static QJsonObject withPassphrase(QJsonObject params, const QString& passphrase);

    // Where the engine for `node` runs (empty: this computer).
    Result<fleet::SessionWorker::Target> targetFor(const QString& node) const;

    // Closing (Cancel, Esc, the window's close button) while the run goes stops it first.
    void reject() override;

protected:
    // Called by the subclass after it added its own pages.
    void addRunAndReportPages();
    // This run continues an earlier one: same activity entry (same id, its log kept).
    void continueEntry(const activity::ActivityEntry& earlier);

private:
    plan::Plan m_plan;
    FleetConnections* m_connections;
    ActivityStore* m_activity;
    fleet::JobRunner* m_runner;
    activity::ActivityEntry m_entry;
    QStringList m_earlierLog;
    RunPage* m_runPage = nullptr;
    ReportPage* m_reportPage = nullptr;
};

} // namespace lifeboat::ui
