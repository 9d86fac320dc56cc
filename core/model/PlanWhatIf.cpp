// SPDX-License-Identifier: GPL-3.0-or-later
#include "PlanWhatIf.h"

#include "IndependentFailures.h"
#include "core/util/Units.h"

#include <cmath>

namespace lifeboat::model {

const std::vector<int>& PlanWhatIf::backupIntervals()
{
    static const std::vector<int> intervals{1, 2, 3, 4, 6, 8, 12, 24, 168};
    return intervals;
}

bool PlanWhatIf::isNeutral() const
{
    return afrFactor == 1 && !repairBytesPerSecond && !restoreBytesPerSecond && outagesPerYear.isEmpty() && !backupIntervalHours && !keepDaily
        && growthFactor == 1 && !dedupRatio && !compressionRatio;
}

Status PlanWhatIf::validate() const
{
    const auto bad = [](const QString& what) { return Error{Error::Code::Invalid, tr("What-if: %1.").arg(what)}; };
    if (!(afrFactor >= 0) || !std::isfinite(afrFactor))
        return bad(tr("the failure-rate factor must be 0 or more"));
    if (repairBytesPerSecond && !(*repairBytesPerSecond > 0))
        return bad(tr("the repair bandwidth must be above 0"));
    if (restoreBytesPerSecond && !(*restoreBytesPerSecond > 0))
        return bad(tr("the restore bandwidth must be above 0"));
    for (auto it = outagesPerYear.cbegin(); it != outagesPerYear.cend(); ++it)
        if (!(it.value() >= 0) || !std::isfinite(it.value()))
            return bad(tr("the outage rate of a %1 must be 0 or more").arg(plan::domainLevelLabel(it.key())));
    if (backupIntervalHours && std::find(backupIntervals().begin(), backupIntervals().end(), *backupIntervalHours) == backupIntervals().end())
        return bad(tr("a backup every %1 h cannot be written as a cron schedule").arg(*backupIntervalHours));
    if (keepDaily && *keepDaily < 0)
        return bad(tr("the daily points kept cannot be negative"));
    if (!(growthFactor >= 0) || !std::isfinite(growthFactor))
        return bad(tr("the growth factor must be 0 or more"));
    if ((dedupRatio && !(*dedupRatio >= 1)) || (compressionRatio && !(*compressionRatio >= 1)))
        return bad(tr("dedup and compression ratios are 1 or more"));
    return success();
}

void PlanWhatIf::apply(plan::Plan& plan) const
{
    plan::Assumptions& a = plan.assumptions;
    if (afrFactor != 1) {
        a.defaultNodeAfr *= afrFactor;
        for (auto it = a.nodeAfr.begin(); it != a.nodeAfr.end(); ++it)
            it.value() *= afrFactor;
    }
    if (repairBytesPerSecond)
        a.repairBytesPerSecond = *repairBytesPerSecond;
    if (restoreBytesPerSecond)
        a.restoreBytesPerSecond = *restoreBytesPerSecond;
    for (auto it = outagesPerYear.cbegin(); it != outagesPerYear.cend(); ++it)
        a.domainOutagesPerYear.insert(it.key(), it.value());
    if (dedupRatio)
        a.dedupRatio = *dedupRatio;
    if (compressionRatio)
        a.compressionRatio = *compressionRatio;
    for (plan::Dataset& d : plan.datasets)
        d.growthBytesPerMonth = static_cast<std::int64_t>(std::llround(static_cast<double>(d.growthBytesPerMonth) * growthFactor));
    for (plan::Policy& p : plan.policies) {
        if (backupIntervalHours) {
            // On the hour, in the policy's own time zone; daily at midnight, weekly on Sunday.
            const int h = *backupIntervalHours;
            p.schedule.cron = h == 168 ? QStringLiteral("0 0 * * 0") : h == 24 ? QStringLiteral("0 0 * * *") : h == 1 ? QStringLiteral("0 * * * *")
                                                                                                                     : QStringLiteral("0 */%1 * * *").arg(h);
        }
        if (keepDaily)
            p.retention.keepDaily = *keepDaily;
    }
}

QStringList PlanWhatIf::describe() const
{
    QStringList out;
    if (afrFactor != 1)
        out << tr("node failure rates × %1").arg(afrFactor);
    if (repairBytesPerSecond)
        out << tr("repair at %1").arg(units::formatBytesPerSecond(*repairBytesPerSecond));
    if (restoreBytesPerSecond)
        out << tr("restore at %1").arg(units::formatBytesPerSecond(*restoreBytesPerSecond));
    QStringList levels = outagesPerYear.keys();
    levels.sort();
    for (const QString& level : levels)
        out << tr("%1 outages %2 a year").arg(plan::domainLevelLabel(level)).arg(outagesPerYear.value(level));
    if (backupIntervalHours)
        out << tr("a backup every %1 h").arg(*backupIntervalHours);
    if (keepDaily)
        out << tr("%1 daily restore points kept").arg(*keepDaily);
    if (growthFactor != 1)
        out << tr("growth × %1").arg(growthFactor);
    if (dedupRatio)
        out << tr("dedup %1:1").arg(*dedupRatio);
    if (compressionRatio)
        out << tr("compression %1:1").arg(*compressionRatio);
    return out;
}

QString CopiesCurve::modelLabel() { return tr("independent failures, exponential repair (CTMC), live copies only"); }

Result<std::vector<CopiesPoint>> CopiesCurve::of(const PlanExposure& exposure, int dataset, int maxCopies)
{
    if (dataset < 0 || static_cast<std::size_t>(dataset) >= exposure.datasets.size())
        return Error{Error::Code::NotFound, tr("No dataset number %1.").arg(dataset)};
    const DatasetExposure& d = exposure.datasets[static_cast<std::size_t>(dataset)];
    if (d.liveNodes.empty())
        return Error{Error::Code::Invalid, tr("Dataset %1 has no live copy to vary.").arg(d.name)};
    double failures = 0;
    double repairHours = 0;
    for (int n : d.liveNodes) {
        failures += exposure.nodes[static_cast<std::size_t>(n)].failuresPerYear;
        repairHours += exposure.nodes[static_cast<std::size_t>(n)].repairHours;
    }
    failures /= static_cast<double>(d.liveNodes.size());
    repairHours /= static_cast<double>(d.liveNodes.size());
    std::vector<CopiesPoint> out;
    for (int c = 1; c <= maxCopies; ++c) {
        const RedundancyGroup group{c, c - 1, failures, kHoursPerYear / std::max(repairHours, PlanExposure::kMinimumRepairHours), RepairMode::Parallel};
        auto p = IndependentFailures::lossProbability(group, 1.0);
        if (!p)
            return p.error();
        out.push_back({c, *p});
    }
    return out;
}

} // namespace lifeboat::model
