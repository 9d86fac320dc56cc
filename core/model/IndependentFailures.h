// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/util/Result.h"

#include <QCoreApplication>

#include <vector>

namespace lifeboat::model {

// Hours in the year these models use when they turn an annual rate into hours and back:
// 365 days (so a 24-hour repair is μ = 365 per year, as in shared/notes/models.md example B).
constexpr double kHoursPerYear = 365.0 * 24.0;

// One device with its own rates, repaired independently of the others.
struct Device {
    double failureRate = 0;
    double repairRate = 0;
};

enum class RepairMode : std::uint8_t { Invalid = 0, Parallel, OneAtATime };

// A redundancy group of `devices` that survives any `tolerated` failures: c-way
// replication is (c, c−1), a k+m code is (k+m, m). Rates are per the same time unit.
struct RedundancyGroup {
    int devices = 0;
    int tolerated = 0;
    double failureRate = 0;      // λ per device; an AFR published as a rate is λ itself
    double repairRate = 0;       // μ = 1 / mean repair time
    RepairMode repair = RepairMode::Parallel;
};

// Independent exponential failures and repairs: the continuous-time Markov chain of
// Patterson, Gibson & Katz (SIGMOD 1988) in the form of Greenan, Plank & Wylie (HotStorage
// 2010 §2): state i = failed devices, failures at (n − i)λ, repairs at iμ (parallel) or μ
// (one at a time), state m+1 (data loss) absorbing. Assumes independence, exponential
// repair and no latent errors: the label "independent failures, exponential repair"
// belongs next to every figure from here.
class IndependentFailures {
    Q_DECLARE_TR_FUNCTIONS(IndependentFailures)
public:
    static Status validate(const RedundancyGroup& group);
    // Exact expected time to data loss from the birth–death solution
    // MTTDL = Σ_{i=0..m} Σ_{j=0..i} (1/λ_i) Π_{k=j+1..i} (μ_k / λ_{k−1}).
    static Result<double> mttdl(const RedundancyGroup& group);
    // The same by solving (−Q_T)·t = 1 for the transient generator: the cross-check of
    // every closed form, and the route for chains that are not birth–death.
    static Result<double> mttdlBySolve(const RedundancyGroup& group);
    // P(data lost within `mission`): the absorbing entry of exp(Q·mission), computed by
    // scaling and squaring of the uniformized (non-negative) matrix, so tiny
    // probabilities keep their relative accuracy.
    static Result<double> lossProbability(const RedundancyGroup& group, double mission);

    // Devices with different rates (the copies of a dataset on nodes of different roles
    // and repair times), each repaired on its own: the chain over the set of failed
    // devices, loss when more than `tolerated` are down at once. Up to kMaxDistinctDevices
    // devices; equal devices give exactly the birth–death chain above with parallel repair.
    static constexpr int kMaxDistinctDevices = 6;
    static Result<double> mttdl(const std::vector<Device>& devices, int tolerated);
    static Result<double> lossProbability(const std::vector<Device>& devices, int tolerated, double mission);
};

} // namespace lifeboat::model
