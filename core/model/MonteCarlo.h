// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "PlanExposure.h"

#include <QCoreApplication>

#include <atomic>
#include <cstdint>
#include <functional>
#include <vector>

namespace lifeboat::model {

// A discrete-event simulation of a plan over a mission time, trial after trial: every
// node fails at its AFR and is down for its repair time; failure domains go down at their
// outage rates, taking every node below them; bursts take a random share of the fleet.
// Whenever a dataset's live data is gone (every copy down, or any shard), each of its
// repositories is checked: unusable when its node is down at that moment, or when its
// restore points are bad (common cause, or the K newest all bad); otherwise the newest
// usable point, a uniformly phased schedule away, gives the bytes lost.
//
// Unlike the analytic models it counts domain outages that take only some copies, and
// it can use fixed (deterministic) repair times, which Greenan, Plank & Wylie (HotStorage
// 2010) recommend over the Markov chain's exponential ones. Reproducible: trials run in
// blocks, each block seeded from (seed, block number), and results are added in block
// order, so the answer does not depend on the number of threads.

enum class RepairDistribution : std::uint8_t { Invalid = 0, Fixed, Exponential };

struct SimulationOptions {
    double years = 1;
    std::int64_t trials = 100000;
    std::uint64_t seed = 1;
    int threads = 0;                                   // 0: one per core
    RepairDistribution repair = RepairDistribution::Fixed;
    double confidence = 0.95;                          // of the intervals
    const std::atomic<bool>* cancel = nullptr;
    // Called from worker threads after each block with trials done so far.
    std::function<void(std::int64_t done, std::int64_t total)> progress;
};

// A point estimate with its confidence interval: Wilson's score interval for
// probabilities (it stays inside [0, 1] and is sane when no event was seen), the normal
// interval of the sample mean for byte counts.
struct Estimate {
    double value = 0;
    double low = 0;
    double high = 0;
    bool contains(double x) const { return x >= low && x <= high; }
};

struct DatasetEstimate {
    QString dataset;
    Estimate pLiveLoss;                  // live data lost at least once within the mission
    Estimate pDataLoss;                  // lost with no usable backup at least once
    Estimate expectedBytesLostPerYear;
    Estimate restorePointAgeHours;       // at recoverable losses
    std::int64_t liveLossTrials = 0;
    std::int64_t dataLossTrials = 0;
    std::int64_t recoveries = 0;
};

struct SimulationResult {
    std::int64_t trials = 0;
    double years = 0;
    std::uint64_t seed = 0;
    int threads = 0;
    double seconds = 0;
    double nodeYearsPerSecond = 0;
    std::vector<DatasetEstimate> datasets;
    Estimate pAnyDataLoss;
};

class MonteCarlo {
    Q_DECLARE_TR_FUNCTIONS(MonteCarlo)
public:
    static constexpr std::int64_t kTrialsPerBlock = 2048;
    static Result<SimulationResult> run(const PlanExposure& exposure, const SimulationOptions& options);
    static Estimate wilson(std::int64_t successes, std::int64_t trials, double confidence);
    // z for a two-sided interval of the given confidence (0.95 → 1.95996...).
    static double normalQuantile(double confidence);
};

} // namespace lifeboat::model
