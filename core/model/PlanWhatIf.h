// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "PlanExposure.h"
#include "core/plan/Plan.h"

#include <QCoreApplication>
#include <QHash>
#include <QStringList>

#include <optional>
#include <vector>

namespace lifeboat::model {

// The console's what-if controls: changes to a copy of the plan, applied before the models
// run, so every figure the Risk and Capacity views show under a what-if comes from the
// same models as without one. Every field at its default changes nothing.
struct PlanWhatIf {
    Q_DECLARE_TR_FUNCTIONS(PlanWhatIf)
public:
    double afrFactor = 1;                                   // every node role's annual failure rate × this
    std::optional<double> repairBytesPerSecond;             // re-replication bandwidth per node
    std::optional<double> restoreBytesPerSecond;
    QHash<QString, double> outagesPerYear;                  // per domain level ("rack", "site"): replaces the plan's rate
    std::optional<int> backupIntervalHours;                 // every policy backs up every N hours (one of kBackupIntervals)
    std::optional<int> keepDaily;                           // every policy keeps this many daily points
    double growthFactor = 1;                                // every dataset's growth per month × this
    std::optional<double> dedupRatio;
    std::optional<double> compressionRatio;

    // Backup intervals a cron expression can express evenly, in hours.
    static const std::vector<int>& backupIntervals();

    bool isNeutral() const;
    // Refuses values no plan could hold (a negative rate, a zero bandwidth), naming them.
    Status validate() const;
    void apply(plan::Plan& plan) const;
    // What is in effect, in words, for a banner above the figures.
    QStringList describe() const;
};

// How the loss probability of one dataset's live data would change with its number of
// copies, everything else equal: the independent-failure CTMC (Greenan, Plank & Wylie
// 2010 §2) for c copies at the mean failure rate and repair time of its live nodes. No
// domains, bursts or backups: a curve for the "more replicas" question, labelled as such.
struct CopiesPoint {
    int copies = 0;
    double lossPerYear = 0;   // P(live data lost within a year)
};
class CopiesCurve {
    Q_DECLARE_TR_FUNCTIONS(CopiesCurve)
public:
    static QString modelLabel();
    static Result<std::vector<CopiesPoint>> of(const PlanExposure& exposure, int dataset, int maxCopies = 5);
};

} // namespace lifeboat::model
