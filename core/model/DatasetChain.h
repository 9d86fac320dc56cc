// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "PlanExposure.h"

#include <optional>
#include <vector>

namespace lifeboat::model {

// One dataset as a Markov chain over the nodes that matter to it: its live nodes and its
// repositories' nodes. State = the set of those nodes that are down. Each node fails on
// its own (AFR) and is repaired at 1/repair time; a failure domain's outage takes every
// tracked node below it at once and a burst of b of the N fleet nodes takes each subset
// with its hypergeometric probability (the burst chain of Ford et al., OSDI 2010 §7, with
// domains as jumps). Live data is lost when every copy (replicated) or any shard
// (sharded) goes down; at that moment the data is lost for good with probability
// Π over repositories of (1 if its node is down, else P(all its restore points bad)).
// Because the repositories' nodes are in the state, an outage that takes a copy and a
// backup together is counted exactly, which treating them as independent gets wrong by
// orders of magnitude (found by the Monte Carlo cross-check).
//
// The long-run loss rate is 1 / (mean time to absorption). The probability over a
// mission of Y years is the transient solution (the absorbing entry of exp(Q·Y)) up to
// kMaxTransientNodes tracked nodes; beyond, 1 − e^{−Y·rate}, which is close when repairs
// are much shorter than the time to loss (it overstates P when they are not: a loss first
// needs the earlier failures).

struct ChainCause {
    QString cause;
    double perYear = 0;
};

struct DatasetChainResult {
    double liveLossPerYear = 0;
    double dataLossPerYear = 0;
    double pLiveLoss = 0;             // over the mission
    double pDataLoss = 0;
    bool transient = false;           // the P figures are the transient solution
    std::vector<ChainCause> causes;   // of losing the data, largest first
};

class DatasetChain {
    Q_DECLARE_TR_FUNCTIONS(DatasetChain)
public:
    // 2^7 = 128 states: one dense solve stays well under a millisecond.
    static constexpr int kMaxTrackedNodes = 7;
    // 2^5 = 32 states: the matrix exponential is about a million multiply-adds.
    static constexpr int kMaxTransientNodes = 5;
    // nullopt when the dataset and its repositories span more nodes than kMaxTrackedNodes.
    static std::optional<DatasetChainResult> evaluate(const PlanExposure& exposure, const DatasetExposure& dataset, double missionYears);
};

} // namespace lifeboat::model
