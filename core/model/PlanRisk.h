// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CapacityModel.h"
#include "PlanExposure.h"

#include <QCoreApplication>

#include <optional>
#include <vector>

namespace lifeboat::model {

// Every analytic figure of a plan, per dataset and per repository, from PlanExposure.
// Each number says which model produced it (docs/models.md, "Plan figures").
//
// The loss figures come from DatasetChain when the dataset and its repositories span few
// enough nodes (the usual case); otherwise from this sum of causes. Live data is lost by (a) independent node failures: the CTMC over the dataset's live
// copies with each node's own failure and repair rate (IndependentFailures; a sharded
// dataset needs every shard, so its first shard loss is a live loss); (b) an outage of a
// failure domain holding every copy (or any shard); (c) a burst of simultaneous failures
// hitting the placement (hypergeometric, Cidon et al. 2013). The dataset itself is lost
// only when, at that moment, no backup can restore it: a repository is unusable when its
// node is down (also when the same domain event or burst took it) or when its restore
// points are all bad (shared/notes/models.md §6). Causes are independent Poisson
// processes, so hazards add (Ford et al. 2010 §7, the combination formula of §4 of the
// note): P(loss within Y) = 1 − exp(−Y · Σ rate_c · P(no usable backup | c)).

struct CauseShare {
    QString cause;          // "independent node failures", "outage of rack dc1/r2", "burst of 2 nodes"
    double perYear = 0;     // rate of losing the data to this cause
};

struct DatasetRisk {
    QString dataset;
    QString tier;
    double sizeBytes = 0;
    // Which model gave the loss figures: the exact chain over the dataset's live and
    // repository nodes, or (beyond DatasetChain::kMaxTrackedNodes nodes) the sum of
    // independent causes.
    QString lossModel;
    // Live copies (before backups), per year.
    double liveLossPerYear = 0;
    double pLiveLoss = 0;                 // over the mission time
    // After backups.
    double dataLossPerYear = 0;
    double pDataLoss = 0;                 // over the mission time
    double durabilityNines = 0;           // −log10 of the yearly loss probability
    std::vector<CauseShare> causes;       // largest first
    double expectedBytesLostPerYear = 0;  // whole dataset when unrecoverable + data written since the restore point otherwise
    // Restore points.
    int backups = 0;
    int keptPoints = 0;                   // of the best backup
    std::optional<double> rpoExpectedHours;   // age of the newest usable point at a random failure
    std::optional<double> rpoWorstHours;      // longest schedule gap + backup duration
    bool rpoMet = false;
    bool windowOverrun = false;           // estimated backup duration longer than the policy's window
    std::optional<double> restoreHours;   // bytes / restore bandwidth (the drill's measured one when there is one)
    bool restoreMeasured = false;         // restoreHours from a restore drill's throughput
    double restoreMeasuredAgeSeconds = 0;
    bool rtoMet = false;
    // Silent corruption of a backup (periodic verification, shared/notes/models.md §7).
    std::optional<double> detectionMeanDelayHours;
    std::optional<double> pDetectedWithinRetention;
    std::optional<double> backupsReachedByCorruption;
    double rpoTargetHours = 0;
    double rtoTargetHours = 0;
};

struct RestoreStep {
    QString dataset;
    QString tier;
    double startsAfterHours = 0;
    double finishesAfterHours = 0;
    bool withinRto = false;
};

struct BurstRisk {
    int failedNodes = 0;
    int nodes = 0;
    int copysets = 0;                     // distinct node sets whose loss loses some live data
    double pLiveLossPerBurst = 0;         // some dataset loses its live data
    double expectedLiveBytesLostPerBurst = 0;
    double expectedBytesLostPerBurst = 0; // after backups
};

struct PlanRisk {
    double missionYears = 1;
    std::vector<DatasetRisk> datasets;
    std::vector<RestoreStep> restoreOrder;    // tier order, one restore at a time at the restore bandwidth
    std::vector<RepositoryCapacity> repositories;
    BurstRisk burst;
    QStringList assumptions;
};

class PlanRiskModel {
    Q_DECLARE_TR_FUNCTIONS(PlanRiskModel)
public:
    static Result<PlanRisk> evaluate(const PlanExposure& exposure, double missionYears = 1);
};

// Tier order for restores: critical, high, medium, low, then anything else.
int tierRank(const QString& tier);

} // namespace lifeboat::model
