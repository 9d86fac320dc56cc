// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/util/Result.h"

#include <QCoreApplication>

#include <cstdint>

namespace lifeboat::model {

// Exactly `failed` of `nodes` fail at once, every such subset equally likely (Cidon et al.,
// "Copysets", USENIX ATC 2013 §3; shared/notes/models.md §3). A copyset is the node set
// that holds every copy of some data; data is lost when one copyset fails entirely.
struct SimultaneousFailure {
    std::int64_t nodes = 0;
    int replicas = 0;            // R; for erasure coding the stripe width k+m
    std::int64_t failed = 0;
};

class SimultaneousFailures {
    Q_DECLARE_TR_FUNCTIONS(SimultaneousFailures)
public:
    static Status validate(const SimultaneousFailure& event);
    // p_cs = C(F,R) / C(N,R): one given copyset lies entirely inside the failed set.
    static Result<double> copysetFailureProbability(const SimultaneousFailure& event);
    // P(loss) ≈ 1 − (1 − p_cs)^copysets (copysets treated as independent; log1p/expm1).
    static Result<double> lossProbability(const SimultaneousFailure& event, double copysets);
    // C chunks placed uniformly at random: given the failed set chunks are independent,
    // so P(loss) = 1 − (1 − p_cs)^C exactly, averaged over placements.
    static Result<double> lossProbabilityRandomPlacement(const SimultaneousFailure& event, double chunks);
    // Copyset Replication with scatter width S: ⌈S/(R−1)⌉ permutations × ⌊N/R⌋ groups.
    static Result<std::int64_t> copysetReplicationCount(std::int64_t nodes, int replicas, int scatterWidth);
    // Exact loss probability for G disjoint copysets, by inclusion–exclusion (a check of
    // the independence approximation; G·R ≤ N).
    static Result<double> lossProbabilityDisjointExact(const SimultaneousFailure& event, std::int64_t copysets);
    // A k+m stripe over n = k+m distinct nodes is lost when more than m of them fail:
    // Σ_{j=m+1..n} C(n,j)·C(N−n,F−j) / C(N,F).
    static Result<double> stripeFailureProbability(std::int64_t nodes, int dataShards, int parityShards, std::int64_t failed);
};

// C(n, k) as a long double through lgamma, for the ratios above (exact enough: the tests
// check the published figures to 1e-3 relative).
long double logBinomial(std::int64_t n, std::int64_t k);

// P(a uniformly random `failed`-subset of `nodes` contains exactly `chosen` given nodes out
// of `named` given ones, for one fixed choice of which): C(nodes − named, failed − chosen) /
// C(nodes, failed). The hypergeometric weight of the burst models (Ford et al. §7).
double exactSubsetProbability(std::int64_t nodes, std::int64_t failed, std::int64_t named, std::int64_t chosen);

} // namespace lifeboat::model
