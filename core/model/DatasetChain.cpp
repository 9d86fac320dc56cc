// SPDX-License-Identifier: GPL-3.0-or-later
#include "DatasetChain.h"

#include "Ctmc.h"
#include "IndependentFailures.h"
#include "SimultaneousFailures.h"

#include <algorithm>
#include <bit>
#include <cmath>

namespace lifeboat::model {
namespace {

struct Tracked {
    int node = -1;
    bool live = false;
    bool repository = false;
    double allBad = 1;       // P(every restore point it holds is unusable | node up)
};

struct Event {
    unsigned mask = 0;        // tracked nodes it takes down
    double rate = 0;
    int cause = 0;
};

enum : int { kCauseNode = 0, kCauseBurst = 1, kCauseFirstDomain = 2 };

// Events that take some of the first `count` tracked nodes down, whatever the state.
std::vector<Event> eventsFor(const PlanExposure& e, const std::vector<Tracked>& tracked, int count)
{
    std::vector<Event> events;
    for (int i = 0; i < count; ++i)
        events.push_back({1u << i, e.nodes[static_cast<std::size_t>(tracked[static_cast<std::size_t>(i)].node)].failuresPerYear, kCauseNode});
    for (std::size_t k = 0; k < e.domains.size(); ++k) {
        unsigned mask = 0;
        for (int i = 0; i < count; ++i)
            if (std::find(e.domains[k].nodes.begin(), e.domains[k].nodes.end(), tracked[static_cast<std::size_t>(i)].node) != e.domains[k].nodes.end())
                mask |= 1u << i;
        if (mask != 0)
            events.push_back({mask, e.domains[k].outagesPerYear, kCauseFirstDomain + static_cast<int>(k)});
    }
    if (e.burstsPerYear > 0 && e.burstNodes > 0) {
        // Each subset of the tracked nodes, with the hypergeometric chance that a burst of b of
        // the N fleet nodes hits exactly it.
        const auto fleet = static_cast<std::int64_t>(e.nodes.size());
        for (unsigned mask = 1; mask < (1u << count); ++mask) {
            const double p = exactSubsetProbability(fleet, e.burstNodes, count, std::popcount(mask));
            if (p > 0)
                events.push_back({mask, e.burstsPerYear * p, kCauseBurst});
        }
    }
    return events;
}

} // namespace

std::optional<DatasetChainResult> DatasetChain::evaluate(const PlanExposure& e, const DatasetExposure& d, double missionYears)
{
    std::vector<Tracked> tracked;
    const auto at = [&](int node) -> Tracked& {
        auto it = std::find_if(tracked.begin(), tracked.end(), [&](const Tracked& t) { return t.node == node; });
        if (it == tracked.end()) {
            tracked.push_back({node});
            it = tracked.end() - 1;
        }
        return *it;
    };
    for (int n : d.liveNodes)
        at(n).live = true;
    for (const BackupExposure& b : d.backups) {
        Tracked& t = at(b.node);
        t.repository = true;
        t.allBad *= e.unusableWhenNodeUp(b);
    }
    const int count = static_cast<int>(tracked.size());
    if (count > kMaxTrackedNodes || count == 0)
        return std::nullopt;

    unsigned liveMask = 0;
    for (int i = 0; i < count; ++i)
        if (tracked[static_cast<std::size_t>(i)].live)
            liveMask |= 1u << i;
    const bool sharded = d.layout == plan::DatasetLayout::Sharded;
    const auto liveLost = [&](unsigned s) { return sharded ? (s & liveMask) != 0 : (s & liveMask) == liveMask; };

    const int causes = kCauseFirstDomain + static_cast<int>(e.domains.size());
    // Live nodes come first in `tracked`; the live-only chain needs nothing else, which
    // keeps it small (the repositories cannot change when the live data is lost).
    const int liveCount = static_cast<int>(d.liveNodes.size());
    const auto build = [&](bool withBackups) {
        const int n = withBackups ? count : liveCount;
        const std::vector<Event> events = eventsFor(e, tracked, n);
        Ctmc chain(1 << n);
        for (unsigned s = 0; s < (1u << n); ++s) {
            const int from = static_cast<int>(s);
            if (!withBackups && liveLost(s))
                continue;   // live-only chain: these states are never entered
            for (int i = 0; i < n; ++i)
                if (s & (1u << i))
                    chain.addRate(from, static_cast<int>(s & ~(1u << i)), kHoursPerYear / e.nodes[static_cast<std::size_t>(tracked[static_cast<std::size_t>(i)].node)].repairHours);
            for (const Event& ev : events) {
                const unsigned next = s | ev.mask;
                if (next == s || !(ev.rate > 0))
                    continue;
                const bool lossMoment = sharded ? (next & liveMask) != (s & liveMask) : (!liveLost(s) && liveLost(next));
                if (!lossMoment) {
                    chain.addRate(from, static_cast<int>(next), ev.rate);
                    continue;
                }
                double unrecoverable = 1;
                if (withBackups) {
                    bool anyRepository = false;
                    for (int i = 0; i < n; ++i) {
                        const Tracked& t = tracked[static_cast<std::size_t>(i)];
                        if (!t.repository)
                            continue;
                        anyRepository = true;
                        unrecoverable *= (next & (1u << i)) ? 1.0 : t.allBad;
                    }
                    if (!anyRepository)
                        unrecoverable = 1;
                }
                chain.addRate(from, chain.absorbing(), ev.rate * unrecoverable, ev.cause);
                if (unrecoverable < 1)
                    chain.addRate(from, static_cast<int>(next), ev.rate * (1 - unrecoverable));
            }
        }
        return chain;
    };
    // In the live-only chain the live-lost states are never entered (every move into one
    // is absorbed); an exit to absorption keeps their rows regular for the solve.
    const bool transient = count <= kMaxTransientNodes;
    // Returns the long-run rate; sets the mission probability.
    const auto solve = [&](bool withBackups, double& probability, std::vector<Ctmc::Real>* shares) -> double {
        Ctmc chain = build(withBackups);
        if (!withBackups)
            for (unsigned s = 0; s < (1u << liveCount); ++s)
                if (liveLost(s))
                    chain.addRate(static_cast<int>(s), chain.absorbing(), 1);
        const std::vector<Ctmc::Real> time = chain.occupancy(0);
        Ctmc::Real total = 0;
        for (Ctmc::Real t : time)
            total += t;
        if (shares)
            *shares = chain.absorptionShares(time, causes);
        const double rate = total > 0 ? static_cast<double>(1 / total) : 0;
        probability = transient ? static_cast<double>(chain.absorbedBy(0, missionYears)) : -std::expm1(-rate * missionYears);
        return rate;
    };

    DatasetChainResult result;
    result.transient = transient;
    result.liveLossPerYear = solve(false, result.pLiveLoss, nullptr);
    std::vector<Ctmc::Real> shares;
    result.dataLossPerYear = solve(true, result.pDataLoss, &shares);
    for (int c = 0; c < causes; ++c) {
        const double share = static_cast<double>(shares[static_cast<std::size_t>(c)]);
        if (!(share > 0))
            continue;
        QString name;
        if (c == kCauseNode)
            name = tr("node failures");
        else if (c == kCauseBurst)
            name = tr("burst of %n node failures", nullptr, e.burstNodes);
        else {
            const DomainExposure& dom = e.domains[static_cast<std::size_t>(c - kCauseFirstDomain)];
            name = tr("outage of %1 %2").arg(plan::domainLevelLabel(dom.level), dom.id);
        }
        result.causes.push_back({name, share * result.dataLossPerYear});
    }
    std::sort(result.causes.begin(), result.causes.end(), [](const ChainCause& a, const ChainCause& b) { return a.perYear > b.perYear; });
    return result;
}

} // namespace lifeboat::model
