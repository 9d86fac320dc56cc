// SPDX-License-Identifier: GPL-3.0-or-later
#include "RetentionPreview.h"

#include "core/plan/CronExpression.h"
#include "core/repo/LocalStorage.h"
#include "core/repo/Repository.h"

#include <QDir>

#include <algorithm>

namespace lifeboat::model {

Result<RetentionPreviewResult> RetentionPreview::simulate(const plan::Policy& policy, const QDateTime& now, int maxDays)
{
    auto cron = plan::CronExpression::parse(policy.schedule.cron);
    if (!cron)
        return Error{Error::Code::Invalid, tr("Policy %1: %2").arg(policy.name, cron.error().message)};
    const QTimeZone zone = plan::timeZoneFromId(policy.schedule.timeZone);
    if (!zone.isValid())
        return Error{Error::Code::Invalid, tr("Policy %1: unknown time zone \"%2\".").arg(policy.name, policy.schedule.timeZone)};
    const plan::Retention& r = policy.retention;
    // Far enough back for every rule to find what it keeps (plus a margin for the rules'
    // calendar boundaries), bounded. Rules that are not set reach nowhere.
    qint64 reach = 8;
    if (r.keepHourly > 0)
        reach = std::max<qint64>(reach, r.keepHourly / 24 + 2);
    if (r.keepDaily > 0)
        reach = std::max<qint64>(reach, r.keepDaily + 2);
    if (r.keepWeekly > 0)
        reach = std::max<qint64>(reach, 7LL * r.keepWeekly + 8);
    if (r.keepMonthly > 0)
        reach = std::max<qint64>(reach, 31LL * r.keepMonthly + 32);
    if (r.keepYearly > 0)
        reach = std::max<qint64>(reach, 366LL * r.keepYearly + 367);
    if (r.keepWithin.count() > 0)
        reach = std::max<qint64>(reach, r.keepWithin.count() / 86400 + 3);
    qint64 days = std::min<qint64>(reach, maxDays);
    RetentionPreviewResult out;
    out.policy = policy.name;
    out.now = now.toUTC();
    // A frequent schedule over a long reach is too many snapshots to show: keep the newest
    // (the ones keep-last counts) by shortening the history, and say so.
    int runsLastDay = 0;
    for (auto at = cron->nextRun(out.now.addDays(-1), zone); at && *at <= out.now && runsLastDay <= kMaxSnapshots; at = cron->nextRun(*at, zone))
        ++runsLastDay;
    if (runsLastDay > 0 && static_cast<qint64>(runsLastDay) * days > kMaxSnapshots) {
        const qint64 fit = std::max<qint64>(1, kMaxSnapshots / runsLastDay);
        out.notes << tr("The schedule runs %1 times a day; only the last %2 days (of the %3 its rules reach) are simulated.").arg(runsLastDay).arg(fit).arg(days);
        days = fit;
    }
    out.from = out.now.addDays(-days);
    QList<repo::Snapshot> snapshots;
    for (auto at = cron->nextRun(out.from, zone); at && *at <= out.now; at = cron->nextRun(*at, zone)) {
        repo::Snapshot s;
        s.time = *at;
        s.dataset = policy.dataset;
        s.id = QString::number(snapshots.size());
        snapshots.append(s);
    }
    engine::RetentionPolicy rp;
    rp.keep = r;
    rp.timeZone = zone;
    const auto groups = engine::Retention::apply(snapshots, rp);
    for (const engine::RetentionGroup& g : groups)
        for (const engine::RetentionDecision& d : g.decisions) {
            out.points.push_back({d.snapshot.time, QString(), d.reasons});
            if (d.kept()) {
                ++out.kept;
                out.oldestKeptAgeHours = std::max(out.oldestKeptAgeHours, static_cast<double>(d.snapshot.time.secsTo(out.now)) / 3600.0);
            }
        }
    std::sort(out.points.begin(), out.points.end(), [](const PreviewPoint& a, const PreviewPoint& b) { return a.time > b.time; });
    out.notes << tr("Simulated: one snapshot per scheduled run of %1 over the last %2 days, none failed; the rules are the engine's own (repo forget).")
                     .arg(policy.schedule.cron)
                     .arg(days);
    if (rp.isEmpty())
        out.notes << tr("The policy has no retention rule, so everything is kept: an empty policy never means \"delete all\".");
    return out;
}

Result<RetentionPreviewResult> RetentionPreview::onSnapshots(const plan::Policy& policy, const QList<repo::Snapshot>& snapshots, const QDateTime& now,
                                                             const QString& source)
{
    const QTimeZone zone = plan::timeZoneFromId(policy.schedule.timeZone);
    if (!zone.isValid())
        return Error{Error::Code::Invalid, tr("Policy %1: unknown time zone \"%2\".").arg(policy.name, policy.schedule.timeZone)};
    RetentionPreviewResult out;
    out.policy = policy.name;
    out.now = now.toUTC();
    out.simulated = false;
    out.source = source;
    QList<repo::Snapshot> ours;
    for (const repo::Snapshot& s : snapshots)
        if (s.dataset == policy.dataset)
            ours.append(s);
    engine::RetentionPolicy rp;
    rp.keep = policy.retention;
    rp.timeZone = zone;
    for (const engine::RetentionGroup& g : engine::Retention::apply(ours, rp))
        for (const engine::RetentionDecision& d : g.decisions) {
            out.points.push_back({d.snapshot.time.toUTC(), d.snapshot.shortId(), d.reasons});
            if (d.kept()) {
                ++out.kept;
                out.oldestKeptAgeHours = std::max(out.oldestKeptAgeHours, static_cast<double>(d.snapshot.time.secsTo(out.now)) / 3600.0);
            }
        }
    std::sort(out.points.begin(), out.points.end(), [](const PreviewPoint& a, const PreviewPoint& b) { return a.time > b.time; });
    out.from = out.points.empty() ? out.now : out.points.back().time;
    out.notes << tr("The %1 snapshots of dataset %2 in %3, decided by the engine's own rules (repo forget). Nothing in the repository was changed.")
                     .arg(ours.size())
                     .arg(policy.dataset, source);
    if (ours.size() != snapshots.size())
        out.notes << tr("%1 other snapshots of the repository belong to other datasets (or name none) and are not shown.").arg(snapshots.size() - ours.size());
    if (rp.isEmpty())
        out.notes << tr("The policy has no retention rule, so everything is kept: an empty policy never means \"delete all\".");
    return out;
}

Result<bool> RetentionPreview::needsPassphrase(const QString& repositoryPath)
{
    repo::LocalStorage storage(QDir(repositoryPath).absolutePath());
    return repo::Repository::needsPassphrase(storage);
}

Result<QList<repo::Snapshot>> RetentionPreview::readSnapshots(const QString& repositoryPath, const QByteArray& passphrase, QStringList* damaged)
{
    auto opened = repo::Repository::open(std::make_shared<repo::LocalStorage>(QDir(repositoryPath).absolutePath()), passphrase);
    if (!opened)
        return opened.error();
    return (*opened)->snapshots(damaged);
}

} // namespace lifeboat::model
