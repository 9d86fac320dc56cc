// SPDX-License-Identifier: GPL-3.0-or-later
#include "Retention.h"

#include "core/util/Readable.h"

#include <QMap>

#include <algorithm>

namespace lifeboat::engine {
namespace {

using Bucket = std::function<QString(const QDateTime&)>;

// Applies one "newest of each of the last n buckets" rule.
void keepPerBucket(std::vector<RetentionDecision>& decisions, int count, const QString& label, const Bucket& bucketOf, const QTimeZone& zone)
{
    if (count <= 0)
        return;
    QString lastBucket;
    int kept = 0;
    for (RetentionDecision& decision : decisions) {
        const QString bucket = bucketOf(decision.snapshot.time.toTimeZone(zone));
        if (bucket == lastBucket)
            continue;
        lastBucket = bucket;
        decision.reasons.append(Retention::tr("%1 %2", "rule and rank, e.g. daily 3").arg(label).arg(++kept));
        if (kept == count)
            return;
    }
}

} // namespace

bool RetentionPolicy::isEmpty() const
{
    return keep.keepsNothing() && keepTags.isEmpty();
}

bool RetentionGroup::removesEverything() const
{
    return !decisions.empty() && std::none_of(decisions.begin(), decisions.end(), [](const RetentionDecision& d) { return d.kept(); });
}

std::vector<RetentionGroup> Retention::apply(const QList<repo::Snapshot>& snapshots, const RetentionPolicy& policy)
{
    QMap<QString, RetentionGroup> groups;
    for (const repo::Snapshot& snapshot : snapshots) {
        QStringList paths = snapshot.paths;
        paths.sort();
        QString key = QStringLiteral("d\n") + snapshot.dataset;
        if (snapshot.dataset.isEmpty())
            key = QStringLiteral("h\n") + snapshot.hostname + QLatin1Char('\n') + paths.join(QLatin1Char('\n'));
        RetentionGroup& group = groups[key];
        group.dataset = snapshot.dataset;
        if (snapshot.dataset.isEmpty()) {
            group.hostname = snapshot.hostname;
            group.paths = paths;
        }
        group.decisions.push_back({snapshot, {}});
    }
    std::vector<RetentionGroup> out;
    for (RetentionGroup& group : groups) {
        auto& decisions = group.decisions;
        std::sort(decisions.begin(), decisions.end(), [](const RetentionDecision& a, const RetentionDecision& b) {
            return a.snapshot.time != b.snapshot.time ? a.snapshot.time > b.snapshot.time : a.snapshot.id > b.snapshot.id;
        });
        if (policy.isEmpty()) {
            for (RetentionDecision& decision : decisions)
                decision.reasons.append(tr("no retention rule: everything is kept"));
            out.push_back(std::move(group));
            continue;
        }
        for (int i = 0; i < std::min<int>(policy.keep.keepLast, static_cast<int>(decisions.size())); ++i)
            decisions[static_cast<std::size_t>(i)].reasons.append(tr("last %1").arg(i + 1));
        const QTimeZone& zone = policy.timeZone;
        keepPerBucket(decisions, policy.keep.keepHourly, tr("hourly"), [](const QDateTime& t) { return t.toString(QStringLiteral("yyyy-MM-dd HH")); }, zone);
        keepPerBucket(decisions, policy.keep.keepDaily, tr("daily"), [](const QDateTime& t) { return t.toString(QStringLiteral("yyyy-MM-dd")); }, zone);
        keepPerBucket(decisions, policy.keep.keepWeekly, tr("weekly"), [](const QDateTime& t) {
            int year = 0;
            const int week = t.date().weekNumber(&year);   // ISO 8601 week, with its own year
            return QStringLiteral("%1-W%2").arg(year).arg(week, 2, 10, QLatin1Char('0'));
        }, zone);
        keepPerBucket(decisions, policy.keep.keepMonthly, tr("monthly"), [](const QDateTime& t) { return t.toString(QStringLiteral("yyyy-MM")); }, zone);
        keepPerBucket(decisions, policy.keep.keepYearly, tr("yearly"), [](const QDateTime& t) { return t.toString(QStringLiteral("yyyy")); }, zone);
        if (policy.keep.keepWithin.count() > 0 && !decisions.empty()) {
            // Relative to the group's newest snapshot, not to now: a host that stopped backing
            // up does not lose its last snapshots to the passing of time (restic's rule).
            const QDateTime limit = decisions.front().snapshot.time.addSecs(-policy.keep.keepWithin.count());
            for (RetentionDecision& decision : decisions) {
                if (decision.snapshot.time >= limit)
                    decision.reasons.append(tr("within %1").arg(readable::duration(policy.keep.keepWithin)));
            }
        }
        for (RetentionDecision& decision : decisions) {
            for (const QString& tag : policy.keepTags) {
                if (decision.snapshot.tags.contains(tag))
                    decision.reasons.append(tr("tag %1").arg(tag));
            }
        }
        out.push_back(std::move(group));
    }
    return out;
}

} // namespace lifeboat::engine
