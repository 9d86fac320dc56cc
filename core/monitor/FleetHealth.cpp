// SPDX-License-Identifier: GPL-3.0-or-later
#include "FleetHealth.h"

#include "core/schedule/JobPlanner.h"

#include "core/fleet/NodeHealth.h"
#include "core/model/RecoveryModels.h"
#include "core/util/Readable.h"
#include "core/util/Units.h"

#include <QJsonArray>
#include <QSet>

#include <algorithm>
#include <map>

namespace lifeboat::monitor {

namespace {

struct Run {
    QString node;
    QString op;
    QString dataset;
    QString repo;
    QDateTime finished;
    int exit = -1;
    QString error;
    double bytesPerSecond = 0;     // drills: the measured restore throughput
    bool succeeded() const { return exit == 0 || exit == 1; }   // 1: done, some files unreadable
};

std::vector<Run> runsOf(const std::vector<fleet::NodeReport>& reports)
{
    std::vector<Run> runs;
    for (const fleet::NodeReport& r : reports) {
        if (!r.reachable)
            continue;
        // The journal's tail, and the newest (good) run of each kind however old: the
        // same run may be in both.
        QSet<QString> seen;
        for (const char* list : {"recent_runs", "latest_runs"}) {
            for (const QJsonValue& v : r.status.value(QLatin1String(list)).toArray()) {
                const QJsonObject o = v.toObject();
                Run run{r.node,
                        o.value(QLatin1String("op")).toString(),
                        o.value(QLatin1String("dataset")).toString(),
                        o.value(QLatin1String("repo")).toString(),
                        QDateTime::fromString(o.value(QLatin1String("finished")).toString(), Qt::ISODateWithMs),
                        o.value(QLatin1String("exit")).toInt(-1),
                        o.value(QLatin1String("error")).toString(),
                        o.value(QLatin1String("bytesPerSecond")).toDouble()};
                const QString key = run.op + QLatin1Char('|') + run.repo + QLatin1Char('|') + run.dataset + QLatin1Char('|') +
                                    o.value(QLatin1String("finished")).toString();
                if (run.finished.isValid() && !seen.contains(key)) {
                    seen.insert(key);
                    runs.push_back(std::move(run));
                }
            }
        }
    }
    std::stable_sort(runs.begin(), runs.end(), [](const Run& a, const Run& b) { return a.finished > b.finished; });
    return runs;
}

// The newest run of `op` for a dataset, and the newest good one (runs are newest first).
std::pair<const Run*, const Run*> newestRuns(const std::vector<Run>& runs, const QString& op, const QString& dataset)
{
    const Run* newest = nullptr;
    const Run* newestGood = nullptr;
    for (const Run& run : runs) {
        if (run.op != op || run.dataset != dataset)
            continue;
        if (!newest)
            newest = &run;
        if (!newestGood && run.succeeded())
            newestGood = &run;
    }
    return {newest, newestGood};
}

const fleet::NodeReport* reportOf(const std::vector<fleet::NodeReport>& reports, const QString& node)
{
    const auto it = std::find_if(reports.begin(), reports.end(), [&](const fleet::NodeReport& r) { return r.node == node; });
    return it == reports.end() ? nullptr : &*it;
}

QString ago(double seconds)
{
    return readable::durationCeil(std::max(0.0, seconds));
}

// What differs between the jobs the plan gives this node and the ones its status lists
// (with their scheduler entries), as a sentence; nullopt when they agree, or when the
// engine is too old to list its jobs (engine-outdated says so).
std::optional<QString> scheduleDrift(const plan::Plan& plan, const QString& node, const QJsonObject& status)
{
    if (!status.contains(QLatin1String("schedules")))
        return std::nullopt;
    const schedule::NodeJobs wanted = schedule::JobPlanner::jobsForNode(plan, node);
    std::vector<schedule::ScheduledJob> installed;
    QStringList entries;
    bool listed = false;
    for (const QJsonValue& v : status.value(QLatin1String("schedules")).toArray()) {
        const QJsonObject o = v.toObject();
        if (o.value(QLatin1String("owner")).toString() != wanted.owner)
            continue;
        listed = true;
        if (o.contains(QLatin1String("error")))
            return FleetHealth::tr("Node %1: its installed jobs cannot be read (%2).").arg(node, o.value(QLatin1String("error")).toString());
        for (const QJsonValue& j : o.value(QLatin1String("jobs")).toArray()) {
            auto job = schedule::ScheduledJob::fromJson(j.toObject());
            if (job)
                installed.push_back(std::move(job.value()));
        }
        for (const QJsonValue& id : o.value(QLatin1String("installed")).toArray())
            entries << id.toString();
    }
    if (!listed && wanted.jobs.empty())
        return std::nullopt;
    if (!listed)
        return FleetHealth::tr("Node %1: the plan's schedule was never applied here (%n job(s) to install): run Apply.", nullptr, static_cast<int>(wanted.jobs.size()))
            .arg(node);
    int add = 0;
    int change = 0;
    int remove = 0;
    for (const schedule::JobChange& c : schedule::JobDiff::between(installed, wanted.jobs)) {
        add += c.action == schedule::JobChange::Action::Add ? 1 : 0;
        remove += c.action == schedule::JobChange::Action::Remove ? 1 : 0;
        // A job file whose scheduler entry is gone does not run: as good as changed.
        change += c.action == schedule::JobChange::Action::Change || (c.action == schedule::JobChange::Action::Keep && !entries.contains(c.id)) ? 1 : 0;
    }
    if (add + change + remove == 0)
        return std::nullopt;
    return FleetHealth::tr("Node %1: the installed schedule is not the plan's (%2 to add, %3 to change, %4 to remove): run Apply.").arg(node).arg(add).arg(change).arg(remove);
}

// The drills of a dataset, appended to `problems` and judged into `item` (the state only
// when nothing more serious was found).
void judgeDrills(const plan::Plan& plan, const plan::Dataset& d, const std::vector<Run>& runs, const QDateTime& now, const HealthOptions& options,
                 HealthItem& item, QStringList& problems, QString& drillNote)
{
    item.drilled = std::any_of(plan.policies.begin(), plan.policies.end(), [&](const plan::Policy& p) { return p.dataset == d.name && !p.drill.cron.isEmpty(); });
    if (!item.drilled)
        return;
    const auto [newest, newestGood] = newestRuns(runs, QStringLiteral("repo.drill"), d.name);
    const auto raise = [&](HealthState state) {
        if (item.state == HealthState::Invalid)
            item.state = state;
    };
    const QString maxAge = ago(static_cast<double>(options.drillMaxAge.count()));
    if (newest && newest->exit == 6) {
        raise(HealthState::VerificationFailed);
        problems << FleetHealth::tr("its restore drill on %1 (%2) restored data that is not the snapshot's: %3")
                        .arg(newest->node, newest->finished.toUTC().toString(Qt::ISODate), newest->error.isEmpty() ? FleetHealth::tr("no message recorded") : newest->error);
    }
    if (newestGood) {
        item.lastDrillAgeSeconds = static_cast<double>(newestGood->finished.secsTo(now));
        if (newestGood->bytesPerSecond > 0)
            item.drillBytesPerSecond = newestGood->bytesPerSecond;
    }
    if (!newestGood || *item.lastDrillAgeSeconds > static_cast<double>(options.drillMaxAge.count())) {
        raise(HealthState::RtoNotProven);
        QString why = newestGood ? FleetHealth::tr("RTO not proven: no restore drill in %1 (the last good one was %2 ago)").arg(maxAge, ago(*item.lastDrillAgeSeconds))
                                 : FleetHealth::tr("RTO not proven: no successful restore drill is recorded");
        if (newest && !newest->succeeded() && newest->exit != 6)
            why += FleetHealth::tr("; the last drill on %1 failed (exit %2): %3")
                       .arg(newest->node)
                       .arg(newest->exit)
                       .arg(newest->error.isEmpty() ? FleetHealth::tr("no message recorded") : newest->error);
        problems << why;
        return;
    }
    if (!item.drillBytesPerSecond || d.sizeBytes <= 0) {
        drillNote = FleetHealth::tr("last restore drill %1 ago").arg(ago(*item.lastDrillAgeSeconds));
        return;
    }
    // Measured bandwidth overrides the assumed one (shared/notes/models.md §9: D / B_eff);
    // the drill measured B_eff through the engine on the drill node, rehydration,
    // decompression and hashing included. Detection, decision and provisioning are not in it.
    const auto hours = model::RecoveryModels::rtoHours(static_cast<double>(d.sizeBytes), *item.drillBytesPerSecond * 8 / 1e9);
    if (!hours)
        return;
    item.restoreEstimateSeconds = *hours * 3600.0;
    const QString measured = FleetHealth::tr("its last restore drill (%1 ago) measured %2: all of its %3 would take %4")
                                 .arg(ago(*item.lastDrillAgeSeconds), readable::bytesPerSecond(*item.drillBytesPerSecond),
                                      readable::bytes(static_cast<double>(d.sizeBytes)), ago(*item.restoreEstimateSeconds));
    if (d.rto.count() > 0 && *item.restoreEstimateSeconds > item.rtoSeconds) {
        raise(HealthState::RtoNotProven);
        problems << FleetHealth::tr("RTO not proven: %1, beyond its RTO of %2").arg(measured, ago(item.rtoSeconds));
    } else {
        drillNote = d.rto.count() > 0 ? FleetHealth::tr("%1 (RTO %2)").arg(measured, ago(item.rtoSeconds)) : measured;
    }
}

} // namespace

Severity FleetHealth::severityOf(HealthState state)
{
    switch (state) {
    case HealthState::Ok:
        return Severity::Ok;
    case HealthState::RpoAtRisk:
    case HealthState::RepositoryNearlyFull:
    case HealthState::EngineOutdated:
    case HealthState::ScheduleNotApplied:
    case HealthState::RtoNotProven:
        return Severity::Warning;
    case HealthState::RpoBreached:
    case HealthState::LastRunFailed:
    case HealthState::VerificationFailed:
    case HealthState::NodeUnreachable:
        return Severity::Critical;
    case HealthState::Unknown:
    case HealthState::Invalid:
        break;
    }
    return Severity::Unknown;
}

std::vector<HealthItem> FleetHealth::assess(const plan::Plan& plan, const std::vector<fleet::NodeReport>& reports, const QDateTime& now, const HealthOptions& options)
{
    std::vector<HealthItem> items;
    const std::vector<Run> runs = runsOf(reports);

    for (const plan::Dataset& d : plan.datasets) {
        HealthItem item;
        item.kind = QStringLiteral("dataset");
        item.name = d.name;
        item.rpoSeconds = static_cast<double>(d.rpo.count());
        item.rtoSeconds = static_cast<double>(d.rto.count());
        const auto [newest, newestGood] = newestRuns(runs, QStringLiteral("repo.backup"), d.name);
        // The newest verification of each of its repositories, where that repository lives.
        const Run* badVerify = nullptr;
        for (const plan::Policy& policy : plan.policies) {
            if (policy.dataset != d.name)
                continue;
            for (const QString& name : policy.repositories) {
                const auto repo = std::find_if(plan.repositories.begin(), plan.repositories.end(), [&](const plan::Repository& r) { return r.name == name; });
                if (repo == plan.repositories.end())
                    continue;
                const auto verify = std::find_if(runs.begin(), runs.end(), [&](const Run& run) {
                    return run.op == QLatin1String("repo.verify") && run.node == repo->node && run.repo == repo->path;
                });
                if (verify != runs.end() && verify->exit == 6 && !badVerify)
                    badVerify = &*verify;
            }
        }
        const bool anyLocationAnswered = std::any_of(d.locations.begin(), d.locations.end(), [&](const plan::DatasetLocation& l) {
            const fleet::NodeReport* r = reportOf(reports, l.node);
            return r && r->reachable;
        });
        if (newestGood)
            item.lastBackupAgeSeconds = static_cast<double>(newestGood->finished.secsTo(now));
        QStringList problems;
        if (newest && !newest->succeeded()) {
            item.state = HealthState::LastRunFailed;
            problems << tr("its last backup on %1 failed (%2, exit %3): %4")
                            .arg(newest->node, newest->finished.toUTC().toString(Qt::ISODate))
                            .arg(newest->exit)
                            .arg(newest->error.isEmpty() ? tr("no message recorded") : newest->error);
        }
        if (badVerify) {
            if (item.state == HealthState::Invalid)
                item.state = HealthState::VerificationFailed;
            problems << tr("the verification of %1 on %2 found damage (%3)").arg(badVerify->repo, badVerify->node, badVerify->finished.toUTC().toString(Qt::ISODate));
        }
        if (!newestGood) {
            if (item.state == HealthState::Invalid)
                item.state = anyLocationAnswered ? HealthState::RpoBreached : HealthState::Unknown;
            problems << (anyLocationAnswered ? tr("no successful backup is recorded by the nodes that answered")
                                             : tr("none of its nodes answered, so its backups cannot be judged"));
        } else if (d.rpo.count() > 0 && *item.lastBackupAgeSeconds > item.rpoSeconds) {
            if (item.state == HealthState::Invalid)
                item.state = HealthState::RpoBreached;
            problems << tr("its newest good backup is %1 old, beyond its RPO of %2").arg(ago(*item.lastBackupAgeSeconds), ago(item.rpoSeconds));
        } else if (d.rpo.count() > 0 && *item.lastBackupAgeSeconds > options.rpoWarningFraction * item.rpoSeconds) {
            if (item.state == HealthState::Invalid)
                item.state = HealthState::RpoAtRisk;
            problems << tr("its newest good backup is %1 old, past %L2% of its RPO of %3")
                            .arg(ago(*item.lastBackupAgeSeconds))
                            .arg(options.rpoWarningFraction * 100, 0, 'f', 0)
                            .arg(ago(item.rpoSeconds));
        }
        QString drillNote;
        judgeDrills(plan, d, runs, now, options, item, problems, drillNote);
        if (item.state == HealthState::Invalid) {
            item.state = HealthState::Ok;
            item.reason = drillNote.isEmpty() ? tr("Dataset %1: newest good backup %2 old (RPO %3).").arg(d.name, ago(*item.lastBackupAgeSeconds), ago(item.rpoSeconds))
                                              : tr("Dataset %1: newest good backup %2 old (RPO %3); %4.").arg(d.name, ago(*item.lastBackupAgeSeconds), ago(item.rpoSeconds), drillNote);
        } else {
            item.reason = tr("Dataset %1: %2.").arg(d.name, problems.join(QStringLiteral("; ")));
        }
        item.severity = severityOf(item.state);
        items.push_back(std::move(item));
    }

    for (const plan::Repository& repo : plan.repositories) {
        HealthItem item;
        item.kind = QStringLiteral("repository");
        item.name = repo.name;
        const fleet::NodeReport* r = reportOf(reports, repo.node);
        if (!r || !r->reachable) {
            item.state = HealthState::Unknown;
            item.reason = tr("Repository %1: its node %2 did not answer.").arg(repo.name, repo.node);
        } else {
            for (const QJsonValue& v : r->status.value(QLatin1String("paths")).toArray()) {
                const QJsonObject p = v.toObject();
                if (p.value(QLatin1String("path")).toString() != repo.path)
                    continue;
                if (p.contains(QLatin1String("free_bytes")))
                    item.freeBytes = p.value(QLatin1String("free_bytes")).toDouble();
                if (p.contains(QLatin1String("total_bytes")))
                    item.totalBytes = p.value(QLatin1String("total_bytes")).toDouble();
            }
            if (!item.freeBytes) {
                item.state = HealthState::Unknown;
                item.reason = tr("Repository %1: %2 did not say how full %3 is.").arg(repo.name, repo.node, repo.path);
            } else if (!item.totalBytes || *item.totalBytes <= 0) {
                // Free space without a size: nothing to measure "nearly full" against, which
                // is not a reason to call the whole fleet unknown.
                item.state = HealthState::Ok;
                item.totalBytes.reset();
                item.reason = tr("Repository %1 on %2: %3 free; the size of its file system is not known, so fullness is not judged.")
                                  .arg(repo.name, repo.node, readable::bytes(*item.freeBytes));
            } else {
                const double freeShare = *item.freeBytes / *item.totalBytes;
                item.state = freeShare < options.nearlyFullFraction ? HealthState::RepositoryNearlyFull : HealthState::Ok;
                item.reason = tr("Repository %1 on %2: %3 free of %4 (%L5%).")
                                  .arg(repo.name, repo.node, readable::bytes(*item.freeBytes), readable::bytes(*item.totalBytes))
                                  .arg(freeShare * 100, 0, 'f', 1);
            }
        }
        item.severity = severityOf(item.state);
        // Nearly full is a warning; full enough that the next backup may not fit is critical.
        if (item.freeBytes && item.totalBytes && *item.totalBytes > 0 && *item.freeBytes / *item.totalBytes < options.fullFraction)
            item.severity = Severity::Critical;
        items.push_back(std::move(item));
    }

    for (const plan::Node& node : plan.nodes) {
        HealthItem item;
        item.kind = QStringLiteral("node");
        item.name = node.name;
        const fleet::NodeReport* r = reportOf(reports, node.name);
        if (!r) {
            item.state = HealthState::Unknown;
            item.reason = tr("Node %1 was not asked.").arg(node.name);
        } else {
            const fleet::NodeHealth health = fleet::NodeHealth::of(*r);
            item.up = r->reachable;
            switch (health.state) {
            case fleet::NodeState::Ok:
            case fleet::NodeState::Attention:
                item.state = HealthState::Ok;
                break;
            case fleet::NodeState::EngineMissing:
            case fleet::NodeState::EngineOutdated:
                item.state = HealthState::EngineOutdated;
                break;
            default:
                item.state = HealthState::NodeUnreachable;
                break;
            }
            // Node-level sentences do not always name the node (a connection error is the
            // library's words): a monitoring line must.
            item.reason = health.reason.contains(node.name) ? health.reason : tr("Node %1: %2").arg(node.name, health.reason);
            if (item.state == HealthState::Ok) {
                if (const auto drift = scheduleDrift(plan, node.name, r->status)) {
                    item.state = HealthState::ScheduleNotApplied;
                    item.reason = *drift;
                }
            }
        }
        item.severity = severityOf(item.state);
        items.push_back(std::move(item));
    }
    return items;
}

QHash<QString, model::MeasuredRestore> FleetHealth::measuredRestores(const std::vector<HealthItem>& items)
{
    QHash<QString, model::MeasuredRestore> out;
    for (const HealthItem& item : items)
        if (item.kind == QLatin1String("dataset") && item.drillBytesPerSecond && item.lastDrillAgeSeconds)
            out.insert(item.name, {*item.drillBytesPerSecond, *item.lastDrillAgeSeconds});
    return out;
}

Severity FleetHealth::worst(const std::vector<HealthItem>& items)
{
    // Nagios orders CRITICAL above UNKNOWN above WARNING above OK for the overall state.
    const auto rank = [](Severity s) {
        switch (s) {
        case Severity::Critical:
            return 3;
        case Severity::Unknown:
            return 2;
        case Severity::Warning:
            return 1;
        case Severity::Ok:
            break;
        }
        return 0;
    };
    Severity worst = Severity::Ok;
    for (const HealthItem& item : items) {
        if (rank(item.severity) > rank(worst))
            worst = item.severity;
    }
    return worst;
}

QString FleetHealth::stateName(HealthState state)
{
    switch (state) {
    case HealthState::Ok:
        return QStringLiteral("ok");
    case HealthState::RpoAtRisk:
        return QStringLiteral("rpo-at-risk");
    case HealthState::RpoBreached:
        return QStringLiteral("rpo-breached");
    case HealthState::LastRunFailed:
        return QStringLiteral("last-run-failed");
    case HealthState::VerificationFailed:
        return QStringLiteral("verification-failed");
    case HealthState::RepositoryNearlyFull:
        return QStringLiteral("repository-nearly-full");
    case HealthState::NodeUnreachable:
        return QStringLiteral("node-unreachable");
    case HealthState::EngineOutdated:
        return QStringLiteral("engine-outdated");
    case HealthState::ScheduleNotApplied:
        return QStringLiteral("schedule-not-applied");
    case HealthState::RtoNotProven:
        return QStringLiteral("rto-not-proven");
    case HealthState::Unknown:
    case HealthState::Invalid:
        break;
    }
    return QStringLiteral("unknown");
}

QString FleetHealth::stateLabel(HealthState state)
{
    switch (state) {
    case HealthState::Ok:
        return tr("OK");
    case HealthState::RpoAtRisk:
        return tr("RPO at risk");
    case HealthState::RpoBreached:
        return tr("RPO breached");
    case HealthState::LastRunFailed:
        return tr("Last run failed");
    case HealthState::VerificationFailed:
        return tr("Verification failed");
    case HealthState::RepositoryNearlyFull:
        return tr("Repository nearly full");
    case HealthState::NodeUnreachable:
        return tr("Node unreachable");
    case HealthState::EngineOutdated:
        return tr("Engine outdated");
    case HealthState::ScheduleNotApplied:
        return tr("Schedule not applied");
    case HealthState::RtoNotProven:
        return tr("RTO not proven");
    case HealthState::Unknown:
    case HealthState::Invalid:
        break;
    }
    return tr("Unknown");
}

QString FleetHealth::severityName(Severity severity)
{
    switch (severity) {
    case Severity::Ok:
        return QStringLiteral("OK");
    case Severity::Warning:
        return QStringLiteral("WARNING");
    case Severity::Critical:
        return QStringLiteral("CRITICAL");
    case Severity::Unknown:
        break;
    }
    return QStringLiteral("UNKNOWN");
}

} // namespace lifeboat::monitor
