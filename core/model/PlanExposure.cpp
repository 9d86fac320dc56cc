// SPDX-License-Identifier: GPL-3.0-or-later
#include "PlanExposure.h"

#include "IndependentFailures.h"
#include "core/plan/CronExpression.h"

#include <QHash>
#include <QMutex>
#include <QMutexLocker>

#include <algorithm>
#include <cmath>

namespace lifeboat::model {
namespace {

struct ScheduleFacts {
    double meanIntervalHours = 0;
    double longestGapHours = 0;
};

// Runs of a schedule over four reference weeks (mean interval) and its longest gap over a
// reference year. Pure functions of (cron, zone) and slow for frequent schedules, so
// remembered: the console recomputes the whole plan on every what-if change.
Result<ScheduleFacts> scheduleFacts(const QString& cron, const QString& zoneId)
{
    static QMutex mutex;
    static QHash<QString, ScheduleFacts> cache;
    const QString key = cron + QLatin1Char('\n') + zoneId;
    {
        QMutexLocker lock(&mutex);
        if (auto it = cache.constFind(key); it != cache.constEnd())
            return *it;
    }
    auto expression = plan::CronExpression::parse(cron);
    if (!expression)
        return expression.error();
    const QTimeZone zone = plan::timeZoneFromId(zoneId);
    if (!zone.isValid())
        return Error{Error::Code::Invalid, PlanExposure::tr("Unknown time zone \"%1\".").arg(zoneId)};
    const QDateTime start(QDate(2026, 1, 5), QTime(0, 0), QTimeZone::utc());
    const QDateTime end = start.addDays(28);
    constexpr int kMaxRuns = 5000;
    int runs = 0;
    QDateTime first;
    QDateTime last;
    for (auto at = expression->nextRun(start, zone); at && *at < end && runs < kMaxRuns; at = expression->nextRun(*at, zone)) {
        if (runs == 0)
            first = *at;
        last = *at;
        ++runs;
    }
    ScheduleFacts facts;
    if (runs >= 2)
        facts.meanIntervalHours = static_cast<double>(first.secsTo(last)) / 3600.0 / (runs - 1);
    else
        facts.meanIntervalHours = 28 * 24;   // at most once in four weeks: the gap is at least that
    const auto gap = expression->longestGap(zone);
    if (!gap)
        return Error{Error::Code::Invalid, PlanExposure::tr("The schedule \"%1\" never runs.").arg(cron)};
    facts.longestGapHours = static_cast<double>(gap->count()) / 3600.0;
    facts.meanIntervalHours = std::min(facts.meanIntervalHours, facts.longestGapHours);
    QMutexLocker lock(&mutex);
    cache.insert(key, facts);
    return facts;
}

double hours(std::chrono::seconds s) { return static_cast<double>(s.count()) / 3600.0; }

} // namespace

std::vector<double> keptRestorePointAges(const plan::Retention& retention, double intervalHours)
{
    std::vector<double> ages;
    if (!(intervalHours > 0))
        return ages;
    constexpr int kMaxPoints = 100000;
    const auto keepEvery = [&](double periodHours, int count) {
        const double period = std::max(periodHours, intervalHours);
        // Round each period to whole backup intervals: a point exists only where a backup ran.
        const double step = std::ceil(period / intervalHours - 1e-9) * intervalHours;
        for (int k = 0; k < count && static_cast<int>(ages.size()) < kMaxPoints; ++k)
            ages.push_back(k * step);
    };
    if (retention.keepsNothing()) {
        ages.push_back(0);   // only the newest backup, until the next one replaces it
        return ages;
    }
    keepEvery(intervalHours, retention.keepLast);
    keepEvery(1, retention.keepHourly);
    keepEvery(24, retention.keepDaily);
    keepEvery(24 * 7, retention.keepWeekly);
    keepEvery(730, retention.keepMonthly);
    keepEvery(8760, retention.keepYearly);
    const double within = hours(retention.keepWithin);
    for (double age = 0; age <= within && static_cast<int>(ages.size()) < kMaxPoints; age += intervalHours)
        ages.push_back(age);
    std::sort(ages.begin(), ages.end());
    // Points less than half an interval apart are the same backup.
    std::vector<double> distinct;
    for (double a : ages)
        if (distinct.empty() || a - distinct.back() > intervalHours / 2)
            distinct.push_back(a);
    return distinct;
}

double storedSizeFactor(const std::vector<double>& keptAgesHours, double changeFractionPerDay)
{
    if (keptAgesHours.empty())
        return 0;
    double factor = 1;
    for (std::size_t i = 1; i < keptAgesHours.size(); ++i) {
        const double gapDays = (keptAgesHours[i] - keptAgesHours[i - 1]) / 24.0;
        factor += std::min(1.0, changeFractionPerDay * gapDays);
    }
    return factor;
}

double PlanExposure::corruptionHours(const BackupExposure& b) const
{
    const double untilGoodAgain = b.intervalHours / 2 + b.durationHours;
    const double span = b.keptAgesHours.empty() ? 0 : b.keptAgesHours.back();
    if (!(b.verifyIntervalHours > 0 && b.verifyDetectProbability > 0))
        return span + untilGoodAgain;
    // E[min(D, span)] for D = U·T + G·T, U uniform phase, G failed checks (geometric, d):
    // Σ over check k ≥ 0 of P(found at check k)·min(time of check k, span), integrated over the
    // phase; checks past the span do not matter (the damaged points are gone by then).
    const double t = b.verifyIntervalHours;
    const double d = b.verifyDetectProbability;
    double expected = 0;
    double notYet = 1;
    for (int k = 0; k < 100000 && notYet > 1e-15; ++k) {
        const double lo = k * t;              // check k happens at (k + U)·T
        const double hi = lo + t;
        const double foundHere = notYet * d;
        double mean = 0;                      // E[min((k + U)T, span)]
        if (span >= hi)
            mean = (lo + hi) / 2;
        else if (span <= lo)
            mean = span;
        else
            mean = ((span - lo) * (lo + span) / 2 + (hi - span) * span) / t;
        expected += foundHere * mean;
        if (span <= lo) {                      // every later check is past the span too
            expected += notYet * (1 - d) * span;
            notYet = 0;
            break;
        }
        notYet *= 1 - d;
    }
    expected += notYet * span;
    return expected + untilGoodAgain;
}

double PlanExposure::unusableWhenNodeUp(const BackupExposure& b) const
{
    const double allBad = std::pow(backupFailureProbability, std::max(1, b.keptPoints()));
    const double clean = std::exp(-silentCorruptionsPerYear * corruptionHours(b) / kHoursPerYear);
    return 1 - (1 - backupCommonCauseProbability) * (1 - allBad) * clean;
}

Result<PlanExposure> PlanExposure::fromPlan(const plan::Plan& plan)
{
    PlanExposure out;
    const plan::Assumptions& a = plan.assumptions;
    out.backupFailureProbability = a.backupFailureProbability;
    out.backupCommonCauseProbability = a.backupCommonCauseProbability;
    out.silentCorruptionsPerYear = std::max(0.0, a.silentCorruptionsPerYear);
    out.repairBytesPerSecond = a.repairBytesPerSecond;
    out.restoreBytesPerSecond = a.restoreBytesPerSecond;
    out.dedupRatio = a.dedupRatio > 0 ? a.dedupRatio : 1;
    out.compressionRatio = a.compressionRatio > 0 ? a.compressionRatio : 1;
    if (a.repairBytesPerSecond <= 0)
        out.substitutions << tr("No repair bandwidth in the plan: every repair is assumed to take %1 hours.").arg(kDefaultRepairHours);

    QHash<QString, int> nodeIndex;
    for (const plan::Node& n : plan.nodes) {
        NodeExposure e;
        e.name = n.name;
        e.failuresPerYear = a.nodeAfr.value(n.role, a.defaultNodeAfr);
        nodeIndex.insert(n.name, static_cast<int>(out.nodes.size()));
        out.nodes.push_back(e);
    }
    const auto node = [&](const QString& name, const QString& what) -> Result<int> {
        const auto it = nodeIndex.constFind(name);
        if (it == nodeIndex.constEnd())
            return Error{Error::Code::NotFound, tr("%1 names node \"%2\", which the plan does not have.").arg(what, name)};
        return *it;
    };

    QHash<QString, int> repositoryIndex;
    for (const plan::Repository& r : plan.repositories) {
        auto at = node(r.node, tr("Repository \"%1\"").arg(r.name));
        if (!at)
            return at.error();
        repositoryIndex.insert(r.name, static_cast<int>(out.repositories.size()));
        out.repositories.push_back({r.name, *at, static_cast<double>(r.capacityBytes)});
    }

    QHash<QString, int> datasetIndex;
    for (const plan::Dataset& d : plan.datasets) {
        DatasetExposure e;
        e.name = d.name;
        e.tier = d.tier;
        e.layout = d.layout;
        e.sizeBytes = static_cast<double>(d.sizeBytes);
        e.growthBytesPerMonth = static_cast<double>(d.growthBytesPerMonth);
        e.changeFractionPerDay = d.changeFractionPerDay;
        e.rpoTargetHours = hours(d.rpo);
        e.rtoTargetHours = hours(d.rto);
        for (const plan::DatasetLocation& l : d.locations) {
            auto at = node(l.node, tr("Dataset \"%1\"").arg(d.name));
            if (!at)
                return at.error();
            if (std::find(e.liveNodes.begin(), e.liveNodes.end(), *at) == e.liveNodes.end())
                e.liveNodes.push_back(*at);
        }
        if (e.liveNodes.empty())
            return Error{Error::Code::Invalid, tr("Dataset \"%1\" has no location.").arg(d.name)};
        // Live bytes per node: a full copy each (replicated) or an equal share (sharded).
        const double perNode = d.layout == plan::DatasetLayout::Sharded ? e.sizeBytes / static_cast<double>(e.liveNodes.size()) : e.sizeBytes;
        for (int n : e.liveNodes)
            out.nodes[static_cast<std::size_t>(n)].storedBytes += perNode;
        datasetIndex.insert(d.name, static_cast<int>(out.datasets.size()));
        out.datasets.push_back(std::move(e));
    }

    const double perSecond = a.repairBytesPerSecond;
    for (const plan::Policy& p : plan.policies) {
        const auto dit = datasetIndex.constFind(p.dataset);
        if (dit == datasetIndex.constEnd())
            return Error{Error::Code::NotFound, tr("Policy \"%1\" backs up dataset \"%2\", which the plan does not have.").arg(p.name, p.dataset)};
        DatasetExposure& d = out.datasets[static_cast<std::size_t>(*dit)];
        auto schedule = scheduleFacts(p.schedule.cron, p.schedule.timeZone);
        if (!schedule)
            return Error{Error::Code::Invalid, tr("Policy \"%1\": %2").arg(p.name, schedule.error().message)};
        std::optional<ScheduleFacts> verify;
        if (!p.verification.cron.isEmpty()) {
            auto v = scheduleFacts(p.verification.cron, p.schedule.timeZone);
            if (!v)
                return Error{Error::Code::Invalid, tr("Policy \"%1\", verification: %2").arg(p.name, v.error().message)};
            verify = *v;
        }
        for (const QString& repository : p.repositories) {
            const auto rit = repositoryIndex.constFind(repository);
            if (rit == repositoryIndex.constEnd())
                return Error{Error::Code::NotFound, tr("Policy \"%1\" names repository \"%2\", which the plan does not have.").arg(p.name, repository)};
            BackupExposure b;
            b.policy = p.name;
            b.repository = repository;
            b.node = out.repositories[static_cast<std::size_t>(*rit)].node;
            b.intervalHours = schedule->meanIntervalHours;
            b.longestGapHours = schedule->longestGapHours;
            const double changed = d.sizeBytes * std::min(1.0, d.changeFractionPerDay * b.intervalHours / 24.0);
            b.durationHours = perSecond > 0 ? changed / perSecond / 3600.0 : 0;
            b.windowHours = hours(p.window.duration);
            b.keptAgesHours = keptRestorePointAges(p.retention, b.intervalHours);
            if (verify) {
                b.verifyIntervalHours = verify->meanIntervalHours;
                b.verifyDetectProbability = std::clamp(p.verification.readDataFraction, 0.0, 1.0);
            }
            b.storedBytes = d.sizeBytes * storedSizeFactor(b.keptAgesHours, d.changeFractionPerDay) / (out.dedupRatio * out.compressionRatio);
            out.nodes[static_cast<std::size_t>(b.node)].storedBytes += b.storedBytes;
            d.backups.push_back(std::move(b));
        }
    }

    for (NodeExposure& n : out.nodes)
        n.repairHours = perSecond > 0 ? std::max(kMinimumRepairHours, n.storedBytes / perSecond / 3600.0) : kDefaultRepairHours;

    // Domains: every node at or below each domain with an outage rate.
    QHash<QString, QString> parent;
    for (const plan::FailureDomain& d : plan.domains)
        parent.insert(d.id, d.parent);
    for (const plan::FailureDomain& d : plan.domains) {
        const double rate = a.domainOutagesPerYear.value(d.level, 0);
        if (!(rate > 0))
            continue;
        DomainExposure e{d.id, d.level, rate, {}};
        for (std::size_t i = 0; i < plan.nodes.size(); ++i) {
            QString at = plan.nodes[i].domain;
            for (int depth = 0; !at.isEmpty() && depth < 64; ++depth, at = parent.value(at)) {
                if (at == d.id) {
                    e.nodes.push_back(static_cast<int>(i));
                    break;
                }
            }
        }
        out.domains.push_back(std::move(e));
    }

    out.burstsPerYear = std::max(0.0, a.burstsPerYear);
    if (!out.nodes.empty())
        out.burstNodes = std::clamp(static_cast<int>(std::lround(a.burstNodeFraction * static_cast<double>(out.nodes.size()))), 1, static_cast<int>(out.nodes.size()));
    return out;
}

void PlanExposure::useMeasuredRestores(const QHash<QString, MeasuredRestore>& measured)
{
    for (DatasetExposure& d : datasets) {
        const auto it = measured.constFind(d.name);
        if (it != measured.constEnd() && it->bytesPerSecond > 0) {
            d.measuredRestoreBytesPerSecond = it->bytesPerSecond;
            d.measuredRestoreAgeSeconds = it->ageSeconds;
        }
    }
}

} // namespace lifeboat::model
