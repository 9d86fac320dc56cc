// SPDX-License-Identifier: GPL-3.0-or-later
#include "IndependentFailures.h"

#include "Ctmc.h"

#include <bit>
#include <cmath>

namespace lifeboat::model {
namespace {

using Real = Ctmc::Real;

Real failureRateIn(const RedundancyGroup& g, int state) { return static_cast<Real>(g.devices - state) * g.failureRate; }

Real repairRateIn(const RedundancyGroup& g, int state)
{
    if (state == 0)
        return 0;
    return g.repair == RepairMode::Parallel ? static_cast<Real>(state) * g.repairRate : static_cast<Real>(g.repairRate);
}

// States 0..m transient (failed devices), m+1 = data loss.
Ctmc chain(const RedundancyGroup& g)
{
    Ctmc c(g.tolerated + 1);
    for (int i = 0; i <= g.tolerated; ++i) {
        c.addRate(i, i + 1, failureRateIn(g, i));
        if (i > 0)
            c.addRate(i, i - 1, repairRateIn(g, i));
    }
    return c;
}

// State = bit set of failed devices; any set with more than `tolerated` bits is the one
// absorbing state. Transient sets are numbered densely.
Ctmc subsetChain(const std::vector<Device>& devices, int tolerated)
{
    const int n = static_cast<int>(devices.size());
    const int sets = 1 << n;
    std::vector<int> index(static_cast<std::size_t>(sets), -1);
    int transient = 0;
    for (int s = 0; s < sets; ++s)
        if (std::popcount(static_cast<unsigned>(s)) <= tolerated)
            index[static_cast<std::size_t>(s)] = transient++;
    Ctmc c(transient);
    for (int s = 0; s < sets; ++s) {
        const int from = index[static_cast<std::size_t>(s)];
        if (from < 0)
            continue;
        for (int d = 0; d < n; ++d) {
            const int bit = 1 << d;
            const int next = s ^ bit;
            const int to = index[static_cast<std::size_t>(next)] < 0 ? c.absorbing() : index[static_cast<std::size_t>(next)];
            c.addRate(from, to, (s & bit) ? devices[static_cast<std::size_t>(d)].repairRate : devices[static_cast<std::size_t>(d)].failureRate);
        }
    }
    return c;
}

} // namespace

Status IndependentFailures::validate(const RedundancyGroup& g)
{
    if (g.devices < 1 || g.devices > 1000)
        return Error{Error::Code::Invalid, tr("The group must have 1 to 1000 devices (got %1).").arg(g.devices)};
    if (g.tolerated < 0 || g.tolerated >= g.devices)
        return Error{Error::Code::Invalid, tr("A group of %1 devices can tolerate 0 to %2 failures (got %3).").arg(g.devices).arg(g.devices - 1).arg(g.tolerated)};
    if (!(g.failureRate > 0) || !std::isfinite(g.failureRate))
        return Error{Error::Code::Invalid, tr("The failure rate must be a positive number.")};
    if (!(g.repairRate > 0) || !std::isfinite(g.repairRate))
        return Error{Error::Code::Invalid, tr("The repair rate must be a positive number (the repair time must be above zero).")};
    if (g.repair != RepairMode::Parallel && g.repair != RepairMode::OneAtATime)
        return Error{Error::Code::Invalid, tr("The repair mode must be parallel or one at a time.")};
    return success();
}

Result<double> IndependentFailures::mttdl(const RedundancyGroup& g)
{
    if (auto valid = validate(g); !valid)
        return valid.error();
    Real total = 0;
    for (int i = 0; i <= g.tolerated; ++i) {
        for (int j = 0; j <= i; ++j) {
            Real term = 1 / failureRateIn(g, i);
            for (int k = j + 1; k <= i; ++k)
                term *= repairRateIn(g, k) / failureRateIn(g, k - 1);
            total += term;
        }
    }
    return static_cast<double>(total);
}

Result<double> IndependentFailures::mttdlBySolve(const RedundancyGroup& g)
{
    if (auto valid = validate(g); !valid)
        return valid.error();
    return static_cast<double>(chain(g).meanTimeToAbsorption(0));
}

Result<double> IndependentFailures::lossProbability(const RedundancyGroup& g, double mission)
{
    if (auto valid = validate(g); !valid)
        return valid.error();
    if (!(mission >= 0) || !std::isfinite(mission))
        return Error{Error::Code::Invalid, tr("The mission time must be zero or more.")};
    return static_cast<double>(chain(g).absorbedBy(0, mission));
}

namespace {

Status validateDevices(const std::vector<Device>& devices, int tolerated)
{
    const int n = static_cast<int>(devices.size());
    if (n < 1 || n > IndependentFailures::kMaxDistinctDevices)
        return Error{Error::Code::Invalid, IndependentFailures::tr("A group of distinct devices must have 1 to %1 devices (got %2).").arg(IndependentFailures::kMaxDistinctDevices).arg(n)};
    if (tolerated < 0 || tolerated >= n)
        return Error{Error::Code::Invalid, IndependentFailures::tr("A group of %1 devices can tolerate 0 to %2 failures (got %3).").arg(n).arg(n - 1).arg(tolerated)};
    for (const Device& d : devices) {
        if (!(d.failureRate > 0) || !std::isfinite(d.failureRate))
            return Error{Error::Code::Invalid, IndependentFailures::tr("The failure rate must be a positive number.")};
        if (!(d.repairRate > 0) || !std::isfinite(d.repairRate))
            return Error{Error::Code::Invalid, IndependentFailures::tr("The repair rate must be a positive number (the repair time must be above zero).")};
    }
    return success();
}

} // namespace

Result<double> IndependentFailures::mttdl(const std::vector<Device>& devices, int tolerated)
{
    if (auto valid = validateDevices(devices, tolerated); !valid)
        return valid.error();
    return static_cast<double>(subsetChain(devices, tolerated).meanTimeToAbsorption(0));
}

Result<double> IndependentFailures::lossProbability(const std::vector<Device>& devices, int tolerated, double mission)
{
    if (auto valid = validateDevices(devices, tolerated); !valid)
        return valid.error();
    if (!(mission >= 0) || !std::isfinite(mission))
        return Error{Error::Code::Invalid, tr("The mission time must be zero or more.")};
    return static_cast<double>(subsetChain(devices, tolerated).absorbedBy(0, mission));
}

} // namespace lifeboat::model
