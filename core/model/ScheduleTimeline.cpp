// SPDX-License-Identifier: GPL-3.0-or-later
#include "ScheduleTimeline.h"

#include "PlanExposure.h"
#include "core/plan/CronExpression.h"

#include <QHash>

#include <algorithm>

namespace lifeboat::model {
namespace {

// The top-level domain (the site, usually) a node sits in.
QString topDomainOf(const plan::Plan& plan, const QString& node)
{
    QHash<QString, QString> parent;
    for (const plan::FailureDomain& d : plan.domains)
        parent.insert(d.id, d.parent);
    QString at;
    for (const plan::Node& n : plan.nodes)
        if (n.name == node)
            at = n.domain;
    for (int guard = 0; guard < 64 && !parent.value(at).isEmpty(); ++guard)
        at = parent.value(at);
    return at;
}

QString clock(const QDateTime& utc, const QTimeZone& zone) { return utc.toTimeZone(zone).toString(QStringLiteral("ddd HH:mm")); }

} // namespace

Result<ScheduleTimeline> ScheduleTimelineModel::compute(const plan::Plan& plan, const QDateTime& from, const QDateTime& to)
{
    auto exposure = PlanExposure::fromPlan(plan);
    if (!exposure)
        return exposure.error();
    ScheduleTimeline t;
    t.from = from.toUTC();
    t.to = to.toUTC();
    // Each policy's estimated duration per repository, from the same exposure the risk models use.
    QHash<QString, double> duration;   // policy + '\n' + repository
    for (const DatasetExposure& d : exposure->datasets)
        for (const BackupExposure& b : d.backups)
            duration.insert(b.policy + QLatin1Char('\n') + b.repository, b.durationHours);
    QHash<QString, QString> repositoryNode;
    for (const plan::Repository& r : plan.repositories)
        repositoryNode.insert(r.name, r.node);
    QHash<QString, const plan::Dataset*> datasets;
    for (const plan::Dataset& d : plan.datasets)
        datasets.insert(d.name, &d);

    bool cut = false;
    for (const plan::Policy& p : plan.policies) {
        auto cron = plan::CronExpression::parse(p.schedule.cron);
        const QTimeZone zone = plan::timeZoneFromId(p.schedule.timeZone);
        if (!cron || !zone.isValid())
            continue;   // the validator reports it; PlanExposure already refused a plan with it
        const plan::Dataset* d = datasets.value(p.dataset);
        const QString sourceSite = d && !d->locations.empty() ? topDomainOf(plan, d->locations.front().node) : QString();
        const QTime windowStart = QTime::fromString(p.window.start, QStringLiteral("HH:mm"));
        const double windowHours = static_cast<double>(p.window.duration.count()) / 3600.0;
        for (auto at = cron->nextRun(t.from.addSecs(-1), zone); at && *at < t.to; at = cron->nextRun(*at, zone)) {
            if (t.runs.size() >= static_cast<std::size_t>(kMaxRuns)) {
                cut = true;
                break;
            }
            for (const QString& repository : p.repositories) {
                ScheduledRun r;
                r.policy = p.name;
                r.dataset = p.dataset;
                r.repository = repository;
                const QString repoSite = topDomainOf(plan, repositoryNode.value(repository));
                if (!sourceSite.isEmpty() && !repoSite.isEmpty() && sourceSite != repoSite)
                    r.link = tr("%1 → %2").arg(sourceSite, repoSite);
                r.start = *at;
                r.durationHours = duration.value(p.name + QLatin1Char('\n') + repository);
                r.end = r.start.addMSecs(static_cast<qint64>(r.durationHours * 3600.0 * 1000.0));
                if (windowStart.isValid() && windowHours > 0) {
                    // The window this run belongs to: the latest window start at or before the run.
                    const QDateTime local = r.start.toTimeZone(zone);
                    QDateTime opens(local.date(), windowStart, zone);
                    if (opens > local)
                        opens = QDateTime(local.date().addDays(-1), windowStart, zone);
                    const QDateTime closes = opens.addSecs(static_cast<qint64>(windowHours * 3600.0));
                    if (local >= closes) {
                        r.outsideWindow = true;
                        r.windowProblem = tr("%1 starts at %2, outside its window (%3 for %L4 h, %5).")
                                              .arg(p.name, clock(r.start, zone), p.window.start)
                                              .arg(windowHours, 0, 'f', 1)
                                              .arg(zone.id().isEmpty() ? QStringLiteral("UTC") : QString::fromUtf8(zone.id()));
                    } else if (r.end > closes.toUTC()) {
                        r.overrunsWindow = true;
                        r.windowProblem = tr("%1 needs about %L2 h from %3 and its window closes at %4: it overruns by %L5 h.")
                                              .arg(p.name)
                                              .arg(r.durationHours, 0, 'f', 1)
                                              .arg(clock(r.start, zone), clock(closes.toUTC(), zone))
                                              .arg(static_cast<double>(closes.toUTC().msecsTo(r.end)) / 3.6e6, 0, 'f', 1);
                    }
                }
                t.runs.push_back(std::move(r));
            }
        }
    }
    std::stable_sort(t.runs.begin(), t.runs.end(), [](const ScheduledRun& a, const ScheduledRun& b) { return a.start < b.start; });

    // Overlaps on a shared resource: sweep in start order, comparing with runs still going.
    const auto clash = [&](const ScheduledRun& a, const ScheduledRun& b) { return a.start < b.end && b.start < a.end; };
    for (std::size_t i = 0; i < t.runs.size(); ++i) {
        for (std::size_t j = i + 1; j < t.runs.size() && t.runs[j].start < t.runs[i].end; ++j) {
            const ScheduledRun& a = t.runs[i];
            const ScheduledRun& b = t.runs[j];
            if (a.policy == b.policy || !clash(a, b))
                continue;   // one policy's copies to several repositories run together by design
            if (a.repository == b.repository)
                t.conflicts.push_back({ScheduleConflict::Kind::Repository, static_cast<int>(i), static_cast<int>(j), a.repository,
                                       tr("%1 and %2 both write to %3 at %4 (UTC): they share its disks and its lock.")
                                           .arg(a.policy, b.policy, a.repository, b.start.toString(QStringLiteral("ddd HH:mm")))});
            else if (!a.link.isEmpty() && a.link == b.link)
                t.conflicts.push_back({ScheduleConflict::Kind::Link, static_cast<int>(i), static_cast<int>(j), a.link,
                                       tr("%1 and %2 both cross the link %3 at %4 (UTC).").arg(a.policy, b.policy, a.link, b.start.toString(QStringLiteral("ddd HH:mm")))});
        }
    }
    t.assumptions << tr("Each run lasts the bytes changed since the last run (size × change per day × interval) over the plan's repair bandwidth.")
                  << tr("Runs of one policy to several repositories start together and are not counted as conflicts with each other.")
                  << tr("A link is the path between two top-level domains (sites); runs inside one site share no link here.");
    if (exposure->repairBytesPerSecond <= 0)
        t.assumptions << tr("The plan gives no repair bandwidth, so runs are drawn without a duration.");
    if (cut)
        t.assumptions << tr("More than %1 runs in this span: the rest are not shown.").arg(kMaxRuns);
    return t;
}

} // namespace lifeboat::model
