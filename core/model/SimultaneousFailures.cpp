// SPDX-License-Identifier: GPL-3.0-or-later
#include "SimultaneousFailures.h"

#include <cmath>

namespace lifeboat::model {

long double logBinomial(std::int64_t n, std::int64_t k)
{
    if (k < 0 || k > n)
        return -INFINITY;
    return std::lgamma(static_cast<long double>(n) + 1) - std::lgamma(static_cast<long double>(k) + 1) - std::lgamma(static_cast<long double>(n - k) + 1);
}

Status SimultaneousFailures::validate(const SimultaneousFailure& e)
{
    if (e.nodes < 1)
        return Error{Error::Code::Invalid, tr("--nodes must be at least 1 (got %1).").arg(e.nodes)};
    if (e.replicas < 1 || e.replicas > e.nodes)
        return Error{Error::Code::Invalid, tr("--replicas must be between 1 and the number of nodes, %1 (got %2).").arg(e.nodes).arg(e.replicas)};
    if (e.failed < 0 || e.failed > e.nodes)
        return Error{Error::Code::Invalid, tr("--failed must be between 0 and the number of nodes, %1 (got %2).").arg(e.nodes).arg(e.failed)};
    return success();
}

Result<double> SimultaneousFailures::copysetFailureProbability(const SimultaneousFailure& e)
{
    if (auto valid = validate(e); !valid)
        return valid.error();
    if (e.failed < e.replicas)
        return 0.0;
    return static_cast<double>(std::exp(logBinomial(e.failed, e.replicas) - logBinomial(e.nodes, e.replicas)));
}

Result<double> SimultaneousFailures::lossProbability(const SimultaneousFailure& e, double copysets)
{
    auto p = copysetFailureProbability(e);
    if (!p)
        return p.error();
    if (!(copysets >= 0) || !std::isfinite(copysets))
        return Error{Error::Code::Invalid, tr("The number of copysets must be zero or more.")};
    if (p.value() >= 1)
        return copysets > 0 ? 1.0 : 0.0;
    return static_cast<double>(-std::expm1(static_cast<long double>(copysets) * std::log1p(-static_cast<long double>(p.value()))));
}

Result<double> SimultaneousFailures::lossProbabilityRandomPlacement(const SimultaneousFailure& e, double chunks)
{
    return lossProbability(e, chunks);
}

Result<std::int64_t> SimultaneousFailures::copysetReplicationCount(std::int64_t nodes, int replicas, int scatterWidth)
{
    if (replicas < 2 || replicas > nodes)
        return Error{Error::Code::Invalid, tr("Copyset Replication needs 2 or more replicas and at least as many nodes.")};
    if (scatterWidth < replicas - 1 || scatterWidth > nodes - 1)
        return Error{Error::Code::Invalid, tr("--scatter-width must be between %1 and %2 (got %3).").arg(replicas - 1).arg(nodes - 1).arg(scatterWidth)};
    const std::int64_t permutations = (scatterWidth + replicas - 2) / (replicas - 1);
    return permutations * (nodes / replicas);
}

Result<double> SimultaneousFailures::lossProbabilityDisjointExact(const SimultaneousFailure& e, std::int64_t copysets)
{
    if (auto valid = validate(e); !valid)
        return valid.error();
    if (copysets < 0 || copysets * e.replicas > e.nodes)
        return Error{Error::Code::Invalid, tr("%1 disjoint copysets of %2 nodes do not fit in %3 nodes.").arg(copysets).arg(e.replicas).arg(e.nodes)};
    long double total = 0;
    const long double all = logBinomial(e.nodes, e.failed);
    for (std::int64_t j = 1; j <= copysets && j * e.replicas <= e.failed; ++j) {
        const long double term = std::exp(logBinomial(copysets, j) + logBinomial(e.nodes - j * e.replicas, e.failed - j * e.replicas) - all);
        total += (j % 2 == 1) ? term : -term;
    }
    return static_cast<double>(total);
}

Result<double> SimultaneousFailures::stripeFailureProbability(std::int64_t nodes, int dataShards, int parityShards, std::int64_t failed)
{
    const int width = dataShards + parityShards;
    if (dataShards < 1 || parityShards < 0 || width > nodes)
        return Error{Error::Code::Invalid, tr("A %1+%2 stripe needs at least %3 nodes (got %4).").arg(dataShards).arg(parityShards).arg(width).arg(nodes)};
    if (failed < 0 || failed > nodes)
        return Error{Error::Code::Invalid, tr("--failed must be between 0 and the number of nodes, %1 (got %2).").arg(nodes).arg(failed)};
    const long double all = logBinomial(nodes, failed);
    long double total = 0;
    for (int j = parityShards + 1; j <= width; ++j)
        total += std::exp(logBinomial(width, j) + logBinomial(nodes - width, failed - j) - all);
    return static_cast<double>(std::min<long double>(total, 1));
}

double exactSubsetProbability(std::int64_t nodes, std::int64_t failed, std::int64_t named, std::int64_t chosen)
{
    const std::int64_t rest = nodes - named;
    const std::int64_t need = failed - chosen;
    if (need < 0 || need > rest)
        return 0;
    return static_cast<double>(std::exp(logBinomial(rest, need) - logBinomial(nodes, failed)));
}

} // namespace lifeboat::model
