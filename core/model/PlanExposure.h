// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/plan/Plan.h"
#include "core/util/Result.h"

#include <QCoreApplication>
#include <QHash>

#include <vector>

namespace lifeboat::model {

// What the reliability models need from a plan, derived once so that the analytic
// models (PlanRisk) and the Monte Carlo simulator see exactly the same inputs: nodes with
// their failure and repair rates, each dataset's live copies and backups, the failure
// domains that can go down, and the bursts. Times are in hours, rates per year.

struct NodeExposure {
    QString name;
    double failuresPerYear = 0;     // λ = the AFR of its role (a rate, as published)
    double repairHours = 0;         // bytes placed on it (live data and repository data) / repair bandwidth
    double storedBytes = 0;
};

struct BackupExposure {
    QString policy;
    QString repository;
    int node = -1;                    // index into PlanExposure::nodes
    double intervalHours = 0;         // mean time between backup starts, from the schedule
    double longestGapHours = 0;       // the schedule's longest gap (DST changes included)
    double durationHours = 0;         // estimated incremental backup: changed bytes / repair bandwidth
    double windowHours = 0;           // the policy's window; 0 = none
    std::vector<double> keptAgesHours;   // ages of the restore points retention keeps, newest first
    double verifyIntervalHours = 0;   // 0: never verified
    double verifyDetectProbability = 0;  // share of pack data a verify run re-reads
    double storedBytes = 0;           // steady-state bytes this backup keeps in its repository
    int keptPoints() const { return static_cast<int>(keptAgesHours.size()); }
};

// A restore throughput a drill measured, and how long ago.
struct MeasuredRestore {
    double bytesPerSecond = 0;
    double ageSeconds = 0;
    bool operator==(const MeasuredRestore&) const = default;
};

struct DatasetExposure {
    QString name;
    QString tier;
    plan::DatasetLayout layout = plan::DatasetLayout::Replicated;
    std::vector<int> liveNodes;       // distinct, indexes into PlanExposure::nodes
    double sizeBytes = 0;
    double growthBytesPerMonth = 0;
    double changeFractionPerDay = 0;
    double rpoTargetHours = 0;        // 0: no target
    double rtoTargetHours = 0;
    std::vector<BackupExposure> backups;
    // The restore throughput the dataset's last good restore drill measured (bytes/s), and
    // how long ago; 0: none, the plan's assumed restore bandwidth is used.
    double measuredRestoreBytesPerSecond = 0;
    double measuredRestoreAgeSeconds = 0;
};

struct DomainExposure {
    QString id;
    QString level;
    double outagesPerYear = 0;
    std::vector<int> nodes;           // every node at or below the domain
};

struct RepositoryExposure {
    QString name;
    int node = -1;
    double capacityBytes = 0;
};

struct PlanExposure {
    Q_DECLARE_TR_FUNCTIONS(PlanExposure)
public:
    std::vector<NodeExposure> nodes;
    std::vector<DatasetExposure> datasets;
    std::vector<DomainExposure> domains;      // those with an outage rate above 0
    std::vector<RepositoryExposure> repositories;
    double burstsPerYear = 0;
    int burstNodes = 0;                       // nodes one burst takes: round(fraction × N), at least 1
    double backupFailureProbability = 0;
    double backupCommonCauseProbability = 0;
    double silentCorruptionsPerYear = 0;      // per backup copy (repository)
    double repairBytesPerSecond = 0;
    double restoreBytesPerSecond = 0;
    double dedupRatio = 1;
    double compressionRatio = 1;
    // The defaults that stood in for a missing figure, said next to the results.
    QStringList substitutions;

    // A plan with broken references or an unparsable schedule is refused (run `plan
    // check` for the full list); everything else is derived.
    static Result<PlanExposure> fromPlan(const plan::Plan& plan);
    // What the fleet's restore drills measured, per dataset name, in place of the assumed
    // restore bandwidth for those datasets.
    void useMeasuredRestores(const QHash<QString, MeasuredRestore>& measured);

    // How long one silent corruption keeps a backup's restore points unusable, in hours:
    // until a verification run finds it (delay T(U + G), mean T(1/d − 1/2) when nothing
    // cuts it short, shared/notes/models.md §7) or the damaged points leave retention (the
    // kept span), whichever is first, then until the next backup is usable (I/2 + W on
    // average). Leaving retention assumes the data changes; unchanged data would stay
    // damaged longer.
    double corruptionHours(const BackupExposure& backup) const;
    // P(none of a backup's restore points can be used | its node is up): a common cause,
    // the K newest all bad, or a corruption still unfound at that moment (Poisson onsets,
    // so P(one active) = 1 − e^{−ρ·E[L]}, the M/G/∞ occupancy):
    // 1 − (1 − p_cm)(1 − q^K)e^{−ρ·E[L]}.
    double unusableWhenNodeUp(const BackupExposure& backup) const;

    // Repair time used when the plan gives no repair bandwidth, and the floor of every
    // repair (a node is not replaced in less than an hour whatever it holds).
    static constexpr double kDefaultRepairHours = 24;
    static constexpr double kMinimumRepairHours = 1;
};

// The ages of the restore points a retention policy keeps in steady state when backups
// run every `intervalHours`: each rule keeps one point per period (hour, day, ISO week,
// month of 730 h, year of 8760 h; "last" uses the backup interval), the newest `count`
// periods, and a point kept by any rule is kept once. Newest first. An approximation of
// the calendar buckets of engine::Retention (which works on real snapshot times): it
// ignores where calendar periods begin, so counts are exact and ages within one period.
std::vector<double> keptRestorePointAges(const plan::Retention& retention, double intervalHours);

// The share of a dataset's size one backup's restore points keep once retention is in
// steady state: the first full copy plus, for each older kept point, the bytes changed
// since the next newer one (at most the whole dataset): 1 + Σ min(1, change/day × gap).
double storedSizeFactor(const std::vector<double>& keptAgesHours, double changeFractionPerDay);

} // namespace lifeboat::model
