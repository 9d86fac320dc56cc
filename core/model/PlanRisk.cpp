// SPDX-License-Identifier: GPL-3.0-or-later
#include "PlanRisk.h"

#include "DatasetChain.h"
#include "IndependentFailures.h"
#include "RecoveryModels.h"
#include "SimultaneousFailures.h"

#include <QSet>

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>
#include <set>

namespace lifeboat::model {
namespace {

// One repository node as seen by a dataset: P(unusable | its node is up) from its copies'
// restore points, and its steady-state unavailability.
struct RepositoryNode {
    int node = -1;
    double allBad = 1;        // Π over the copies on this node of PlanExposure::unusableWhenNodeUp
    double down = 0;          // λT / (1 + λT): share of time the node is down (alternating renewal)
    double unusable() const { return down + (1 - down) * allBad; }
};

bool contains(const std::vector<int>& v, int x) { return std::find(v.begin(), v.end(), x) != v.end(); }

// How often a node goes down for any reason: its own failures, the outages of every
// domain above it, and its share of the bursts (b/N of them take it). `except` names
// domain events counted elsewhere (those that take every live copy at once).
double downRatePerYear(const PlanExposure& e, int node, const std::vector<int>* except = nullptr)
{
    double rate = e.nodes[static_cast<std::size_t>(node)].failuresPerYear;
    for (const DomainExposure& d : e.domains) {
        if (!contains(d.nodes, node))
            continue;
        if (except && std::all_of(except->begin(), except->end(), [&](int n) { return contains(d.nodes, n); }))
            continue;
        rate += d.outagesPerYear;
    }
    if (!e.nodes.empty())
        rate += e.burstsPerYear * e.burstNodes / static_cast<double>(e.nodes.size());
    return rate;
}

std::vector<RepositoryNode> repositoryNodes(const PlanExposure& e, const DatasetExposure& d)
{
    std::vector<RepositoryNode> out;
    for (const BackupExposure& b : d.backups) {
        auto it = std::find_if(out.begin(), out.end(), [&](const RepositoryNode& r) { return r.node == b.node; });
        if (it == out.end()) {
            const NodeExposure& n = e.nodes[static_cast<std::size_t>(b.node)];
            const double lt = downRatePerYear(e, b.node) * n.repairHours / kHoursPerYear;
            out.push_back({b.node, 1, lt / (1 + lt)});
            it = out.end() - 1;
        }
        it->allBad *= e.unusableWhenNodeUp(b);
    }
    return out;
}

struct Conditional {
    double liveLost = 0;      // P(live data lost | event)
    double dataLost = 0;      // P(live lost and no usable backup | event)
};

// A burst of `failed` of the `nodes` nodes, every subset equally likely. Enumerates which of
// the (few) repository nodes failed and how many live nodes did.
Conditional burstConditional(const DatasetExposure& d, const std::vector<RepositoryNode>& repos, std::int64_t nodes, std::int64_t failed)
{
    std::vector<const RepositoryNode*> outside;
    std::vector<const RepositoryNode*> onLive;
    for (const RepositoryNode& r : repos)
        (contains(d.liveNodes, r.node) ? onLive : outside).push_back(&r);
    const auto live = static_cast<std::int64_t>(d.liveNodes.size());
    const auto named = live + static_cast<std::int64_t>(outside.size());
    const bool sharded = d.layout == plan::DatasetLayout::Sharded;
    Conditional c;
    const unsigned subsets = 1u << std::min<std::size_t>(outside.size(), 16);
    for (unsigned s = 0; s < subsets; ++s) {
        const int inBurst = std::popcount(s);
        double unusableOutside = 1;
        for (std::size_t i = 0; i < outside.size() && i < 16; ++i)
            unusableOutside *= (s & (1u << i)) ? 1.0 : outside[i]->unusable();
        for (std::int64_t j = sharded ? 1 : live; j <= live; ++j) {
            const double ways = static_cast<double>(std::exp(logBinomial(live, j)));
            const double w = ways * exactSubsetProbability(nodes, failed, named, j + inBurst);
            if (w == 0)
                continue;
            double unusable = unusableOutside;
            for (const RepositoryNode* r : onLive) {
                const double hit = static_cast<double>(j) / static_cast<double>(live);   // that node among the failed live ones
                unusable *= hit + (1 - hit) * r->unusable();
            }
            c.liveLost += w;
            c.dataLost += w * unusable;
        }
    }
    return c;
}

// Live data lost when every node of `failed` (a domain) is down.
Conditional domainConditional(const DatasetExposure& d, const std::vector<RepositoryNode>& repos, const std::vector<int>& failed)
{
    const bool sharded = d.layout == plan::DatasetLayout::Sharded;
    const auto inside = std::count_if(d.liveNodes.begin(), d.liveNodes.end(), [&](int n) { return contains(failed, n); });
    const bool lost = sharded ? inside > 0 : inside == static_cast<std::ptrdiff_t>(d.liveNodes.size());
    if (!lost)
        return {};
    double unusable = 1;
    for (const RepositoryNode& r : repos)
        unusable *= contains(failed, r.node) ? 1.0 : r.unusable();
    return {1, unusable};
}

} // namespace

int tierRank(const QString& tier)
{
    const auto i = plan::knownTiers().indexOf(tier);
    return i < 0 ? static_cast<int>(plan::knownTiers().size()) : static_cast<int>(i);
}

Result<PlanRisk> PlanRiskModel::evaluate(const PlanExposure& e, double missionYears)
{
    if (!(missionYears > 0) || !std::isfinite(missionYears))
        return Error{Error::Code::Invalid, tr("The mission time must be above 0 years.")};
    PlanRisk risk;
    risk.missionYears = missionYears;
    const auto nodeCount = static_cast<std::int64_t>(e.nodes.size());

    for (const DatasetExposure& d : e.datasets) {
        DatasetRisk r;
        r.dataset = d.name;
        r.tier = d.tier;
        r.sizeBytes = d.sizeBytes;
        r.rpoTargetHours = d.rpoTargetHours;
        r.rtoTargetHours = d.rtoTargetHours;
        r.backups = static_cast<int>(d.backups.size());
        const bool sharded = d.layout == plan::DatasetLayout::Sharded;
        const std::vector<RepositoryNode> repos = repositoryNodes(e, d);

        // (a) independent failures of the live nodes.
        std::vector<Device> devices;
        double lambdaSum = 0;
        for (int n : d.liveNodes) {
            const NodeExposure& node = e.nodes[static_cast<std::size_t>(n)];
            // Copies go down one at a time from their own failures, and also from outages and
            // bursts that take some copies but not all (those that take all are cause (b)/(c)).
            // A shard or a single copy is lost at its first failure of any kind, which (b) and
            // (c) already count, so only its own failures stay here.
            const double rate = sharded || d.liveNodes.size() == 1 ? node.failuresPerYear : downRatePerYear(e, n, &d.liveNodes);
            devices.push_back({rate, kHoursPerYear / node.repairHours});
            lambdaSum += rate;
        }
        double independentHazard = 0;
        if (sharded || devices.size() == 1) {
            independentHazard = lambdaSum;   // the first failure of any shard (or the only copy)
        } else {
            const int tolerated = static_cast<int>(devices.size()) - 1;
            Result<double> p = Error{};
            if (static_cast<int>(devices.size()) <= IndependentFailures::kMaxDistinctDevices) {
                p = IndependentFailures::lossProbability(devices, tolerated, missionYears);
            } else {
                RedundancyGroup g;
                g.devices = static_cast<int>(devices.size());
                g.tolerated = tolerated;
                g.failureRate = lambdaSum / g.devices;
                g.repairRate = std::accumulate(devices.begin(), devices.end(), 0.0, [](double s, const Device& x) { return s + x.repairRate; }) / g.devices;
                p = IndependentFailures::lossProbability(g, missionYears);
            }
            if (!p)
                return Error{p.error().code, tr("Dataset \"%1\": %2").arg(d.name, p.error().message)};
            independentHazard = -std::log1p(-p.value()) / missionYears;
        }
        double independentUnusable = 1;
        for (const RepositoryNode& rn : repos) {
            double u = rn.unusable();
            if (contains(d.liveNodes, rn.node)) {
                // Replicated: every live node is down at the loss. Sharded: the failed shard is this node with probability λ_n / Σλ.
                const double w = sharded ? e.nodes[static_cast<std::size_t>(rn.node)].failuresPerYear / lambdaSum : 1.0;
                u = w + (1 - w) * u;
            }
            independentUnusable *= u;
        }
        double liveIndependent = independentHazard;
        double liveDomain = 0;
        double liveBurst = 0;
        if (independentHazard > 0)
            r.causes.push_back({sharded || d.liveNodes.size() == 1 ? tr("node failures") : tr("copies lost one after another (node failures, partial outages, bursts)"),
                                independentHazard * independentUnusable});

        // (b) domain outages.
        for (const DomainExposure& dom : e.domains) {
            const Conditional c = domainConditional(d, repos, dom.nodes);
            if (c.liveLost == 0)
                continue;
            liveDomain += dom.outagesPerYear * c.liveLost;
            r.causes.push_back({tr("outage of %1 %2").arg(plan::domainLevelLabel(dom.level), dom.id), dom.outagesPerYear * c.dataLost});
        }

        // (c) bursts.
        if (e.burstsPerYear > 0 && e.burstNodes > 0) {
            const Conditional c = burstConditional(d, repos, nodeCount, e.burstNodes);
            liveBurst = e.burstsPerYear * c.liveLost;
            if (c.liveLost > 0)
                r.causes.push_back({tr("burst of %n node failures", nullptr, e.burstNodes), e.burstsPerYear * c.dataLost});
        }

        r.liveLossPerYear = liveIndependent + liveDomain + liveBurst;
        for (const CauseShare& c : r.causes)
            r.dataLossPerYear += c.perYear;
        r.lossModel = tr("sum of independent causes (more than %1 live and repository nodes)").arg(DatasetChain::kMaxTrackedNodes);
        r.pLiveLoss = -std::expm1(-r.liveLossPerYear * missionYears);
        r.pDataLoss = -std::expm1(-r.dataLossPerYear * missionYears);
        if (const auto chain = DatasetChain::evaluate(e, d, missionYears)) {
            r.lossModel = chain->transient ? tr("Markov chain over the live and repository nodes (transient solution)")
                                           : tr("Markov chain over the live and repository nodes (long-run rate)");
            r.liveLossPerYear = chain->liveLossPerYear;
            r.dataLossPerYear = chain->dataLossPerYear;
            r.pLiveLoss = chain->pLiveLoss;
            r.pDataLoss = chain->pDataLoss;
            r.causes.clear();
            for (const ChainCause& c : chain->causes)
                r.causes.push_back({c.cause, c.perYear});
        }
        std::sort(r.causes.begin(), r.causes.end(), [](const CauseShare& a, const CauseShare& b) { return a.perYear > b.perYear; });
        const double yearly = -std::expm1(-r.dataLossPerYear);
        r.durabilityNines = yearly > 0 ? -std::log10(yearly) : std::numeric_limits<double>::infinity();

        // Restore points: the best backup of the dataset.
        double bestExpected = std::numeric_limits<double>::infinity();
        double bestWorst = std::numeric_limits<double>::infinity();
        for (const BackupExposure& b : d.backups) {
            auto rpo = RecoveryModels::rpo(b.intervalHours, b.durationHours, std::min(e.backupFailureProbability, 0.999999), std::max(1, b.keptPoints()));
            if (!rpo)
                return Error{rpo.error().code, tr("Policy \"%1\": %2").arg(b.policy, rpo.error().message)};
            if (rpo->expectedHours < bestExpected) {
                bestExpected = rpo->expectedHours;
                r.keptPoints = b.keptPoints();
            }
            bestWorst = std::min(bestWorst, b.longestGapHours + b.durationHours);
            if (b.windowHours > 0 && b.durationHours > b.windowHours)
                r.windowOverrun = true;
            if (b.verifyIntervalHours > 0 && b.verifyDetectProbability > 0) {
                const double delay = b.verifyIntervalHours * (1 / b.verifyDetectProbability - 0.5);
                if (!r.detectionMeanDelayHours || delay < *r.detectionMeanDelayHours) {
                    r.detectionMeanDelayHours = delay;
                    const double span = b.keptAgesHours.empty() ? 0 : b.keptAgesHours.back();
                    auto within = RecoveryModels::detectedWithin(b.verifyIntervalHours, b.verifyDetectProbability, span);
                    r.pDetectedWithinRetention = within ? within.value() : 0;
                    // Dedup carries a damaged chunk into every later backup until it is found.
                    r.backupsReachedByCorruption = std::min<double>(b.keptPoints(), 1 + delay / b.intervalHours);
                }
            }
        }
        if (!d.backups.empty()) {
            r.rpoExpectedHours = bestExpected;
            r.rpoWorstHours = bestWorst;
            r.rpoMet = d.rpoTargetHours <= 0 || bestWorst <= d.rpoTargetHours;
        }
        // D / B_eff (shared/notes/models.md §9): measured bandwidth overrides assumed.
        const double bandwidth = d.measuredRestoreBytesPerSecond > 0 ? d.measuredRestoreBytesPerSecond : e.restoreBytesPerSecond;
        if (bandwidth > 0) {
            r.restoreHours = d.sizeBytes / bandwidth / 3600.0;
            r.restoreMeasured = d.measuredRestoreBytesPerSecond > 0;
            r.restoreMeasuredAgeSeconds = d.measuredRestoreAgeSeconds;
            r.rtoMet = d.rtoTargetHours <= 0 || *r.restoreHours <= d.rtoTargetHours;
        }
        // Bytes lost: everything when unrecoverable; otherwise what was written since the restore point.
        const double recoverablePerYear = std::max(0.0, r.liveLossPerYear - r.dataLossPerYear);
        const double sinceRestorePoint = r.rpoExpectedHours ? d.sizeBytes * std::min(1.0, d.changeFractionPerDay * *r.rpoExpectedHours / 24.0) : d.sizeBytes;
        r.expectedBytesLostPerYear = r.dataLossPerYear * d.sizeBytes + recoverablePerYear * sinceRestorePoint;
        risk.datasets.push_back(std::move(r));
    }

    // Restore everything one dataset at a time, most important first (a site lost).
    std::vector<const DatasetRisk*> order;
    for (const DatasetRisk& r : risk.datasets)
        order.push_back(&r);
    std::stable_sort(order.begin(), order.end(), [](const DatasetRisk* a, const DatasetRisk* b) {
        if (tierRank(a->tier) != tierRank(b->tier))
            return tierRank(a->tier) < tierRank(b->tier);
        const double ta = a->rtoTargetHours > 0 ? a->rtoTargetHours : std::numeric_limits<double>::infinity();
        const double tb = b->rtoTargetHours > 0 ? b->rtoTargetHours : std::numeric_limits<double>::infinity();
        return ta < tb;
    });
    if (std::all_of(risk.datasets.begin(), risk.datasets.end(), [](const DatasetRisk& r) { return r.restoreHours.has_value(); })) {
        double clock = 0;
        for (const DatasetRisk* r : order) {
            RestoreStep step{r->dataset, r->tier, clock, clock + *r->restoreHours, false};
            step.withinRto = r->rtoTargetHours <= 0 || step.finishesAfterHours <= r->rtoTargetHours;
            clock = step.finishesAfterHours;
            risk.restoreOrder.push_back(step);
        }
    }

    // One burst against the plan's actual placement: the distinct node sets whose loss loses live data.
    if (e.burstNodes > 0) {
        BurstRisk& b = risk.burst;
        b.failedNodes = e.burstNodes;
        b.nodes = static_cast<int>(nodeCount);
        std::set<std::vector<int>> copysets;
        for (const DatasetExposure& d : e.datasets) {
            if (d.layout == plan::DatasetLayout::Sharded) {
                for (int n : d.liveNodes)
                    copysets.insert({n});
            } else {
                std::vector<int> sorted = d.liveNodes;
                std::sort(sorted.begin(), sorted.end());
                copysets.insert(sorted);
            }
        }
        // A copyset that contains a smaller one adds nothing: drop it before counting.
        std::vector<std::vector<int>> minimal;
        for (const auto& s : copysets) {
            const bool covered = std::any_of(copysets.begin(), copysets.end(), [&](const std::vector<int>& t) {
                return t != s && t.size() < s.size() && std::includes(s.begin(), s.end(), t.begin(), t.end());
            });
            if (!covered)
                minimal.push_back(s);
        }
        b.copysets = static_cast<int>(minimal.size());
        double logNone = 0;
        for (const auto& s : minimal) {
            const double p = exactSubsetProbability(nodeCount, e.burstNodes, static_cast<std::int64_t>(s.size()), static_cast<std::int64_t>(s.size()));
            logNone += std::log1p(-std::min(p, 1.0));
        }
        b.pLiveLossPerBurst = -std::expm1(logNone);
        for (std::size_t i = 0; i < e.datasets.size(); ++i) {
            const DatasetExposure& d = e.datasets[i];
            const Conditional c = burstConditional(d, repositoryNodes(e, d), nodeCount, e.burstNodes);
            b.expectedLiveBytesLostPerBurst += c.liveLost * d.sizeBytes;
            b.expectedBytesLostPerBurst += c.dataLost * d.sizeBytes;
        }
    }

    risk.repositories = CapacityModel::project(e);

    risk.assumptions << tr("Each dataset is a Markov chain over its live and repository nodes: nodes fail at the AFR of their role, failure-domain outages and bursts take several at once, and each node is back after its repair time (the bytes on it over the repair bandwidth), exponentially distributed.")
                     << tr("Data is lost when the live data goes and no repository can restore it at that moment: its node is down, all its restore points are bad (each with probability %1; all of one repository with probability %2), or a silent corruption (%3 per repository-year) has not yet been found by verification.")
                            .arg(e.backupFailureProbability)
                            .arg(e.backupCommonCauseProbability)
                            .arg(e.silentCorruptionsPerYear)
                     << tr("Beyond %1 live and repository nodes a dataset's figures are a sum of independent causes instead, as labelled.").arg(DatasetChain::kMaxTrackedNodes)
                     << tr("Retention keeps one restore point per period; capacity assumes linear growth and distinct daily changes.");
    QStringList drilled;
    for (const DatasetRisk& r : risk.datasets)
        if (r.restoreMeasured)
            drilled << r.dataset;
    if (!drilled.isEmpty())
        risk.assumptions << tr("Restore times of %1 use the throughput their last restore drill measured (on the drill's node, one restore at a time); the others assume the plan's restore bandwidth.")
                                .arg(drilled.join(QStringLiteral(", ")));
    risk.assumptions << e.substitutions;
    return risk;
}

} // namespace lifeboat::model
