// SPDX-License-Identifier: GPL-3.0-or-later
#include "MonteCarlo.h"
#include "core/util/Parallel.h"

#include "IndependentFailures.h"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <map>
#include <mutex>
#include <numeric>
#include <thread>

namespace lifeboat::model {
namespace {

// xoshiro256** (Blackman & Vigna), seeded through splitmix64: fast, small state, and the
// same stream on every platform (std::mt19937 is portable too, but 5× slower to seed per block).
class Random {
public:
    explicit Random(std::uint64_t seed)
    {
        for (auto& word : m_state)
            word = splitmix(seed);
    }
    std::uint64_t next()
    {
        const std::uint64_t result = rotl(m_state[1] * 5, 7) * 9;
        const std::uint64_t t = m_state[1] << 17;
        m_state[2] ^= m_state[0];
        m_state[3] ^= m_state[1];
        m_state[1] ^= m_state[2];
        m_state[0] ^= m_state[3];
        m_state[2] ^= t;
        m_state[3] = rotl(m_state[3], 45);
        return result;
    }
    // Uniform on [0, 1) with 53 random bits.
    double uniform() { return static_cast<double>(next() >> 11) * 0x1.0p-53; }
    double exponential(double rate) { return -std::log1p(-uniform()) / rate; }
    bool chance(double p) { return uniform() < p; }
    std::uint64_t below(std::uint64_t n) { return static_cast<std::uint64_t>(uniform() * static_cast<double>(n)); }
    static std::uint64_t splitmix(std::uint64_t& x)
    {
        std::uint64_t z = (x += 0x9E3779B97F4A7C15ULL);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
        return z ^ (z >> 31);
    }

private:
    static std::uint64_t rotl(std::uint64_t x, int k) { return (x << k) | (x >> (64 - k)); }
    std::uint64_t m_state[4]{};
};

using Interval = std::pair<double, double>;   // [down, up), in years

struct DatasetTally {
    std::int64_t liveLoss = 0;
    std::int64_t dataLoss = 0;
    std::int64_t recoveries = 0;
    double bytes = 0;
    double bytesSquared = 0;
    double ageSum = 0;
    double ageSquared = 0;
};

struct BlockTally {
    std::vector<DatasetTally> datasets;
    std::int64_t anyDataLoss = 0;

    void add(const BlockTally& other)
    {
        datasets.resize(std::max(datasets.size(), other.datasets.size()));
        anyDataLoss += other.anyDataLoss;
        for (std::size_t d = 0; d < other.datasets.size(); ++d) {
            DatasetTally& to = datasets[d];
            const DatasetTally& x = other.datasets[d];
            to.liveLoss += x.liveLoss;
            to.dataLoss += x.dataLoss;
            to.recoveries += x.recoveries;
            to.bytes += x.bytes;
            to.bytesSquared += x.bytesSquared;
            to.ageSum += x.ageSum;
            to.ageSquared += x.ageSquared;
        }
    }
};

// Adds block tallies in block order whatever order they finish in, so the floating-point
// sums are the same for any number of threads, while holding only the blocks that finished
// ahead of a slower one (about one per thread), not one per block.
class OrderedSum {
public:
    void add(std::int64_t block, BlockTally&& tally)
    {
        std::lock_guard lock(m_mutex);
        m_waiting.emplace(block, std::move(tally));
        for (auto it = m_waiting.find(m_next); it != m_waiting.end(); it = m_waiting.find(m_next)) {
            m_total.add(it->second);
            m_waiting.erase(it);
            ++m_next;
        }
    }
    const BlockTally& total() const { return m_total; }

private:
    std::mutex m_mutex;
    std::map<std::int64_t, BlockTally> m_waiting;
    std::int64_t m_next = 0;
    BlockTally m_total;
};

// One repository node of one dataset, with the copies (policies) it holds and, per copy,
// the stretches of this trial during which an unfound corruption spoils its restore points.
struct RepositorySlot {
    int node = -1;
    std::vector<const BackupExposure*> copies;
    std::vector<std::vector<Interval>> corrupted;
};

class Trial {
public:
    Trial(const PlanExposure& e, const SimulationOptions& o) : m_e(e), m_o(o), m_down(e.nodes.size())
    {
        for (const DatasetExposure& d : e.datasets) {
            std::vector<RepositorySlot> places;
            for (const BackupExposure& b : d.backups) {
                auto it = std::find_if(places.begin(), places.end(), [&](const RepositorySlot& s) { return s.node == b.node; });
                if (it == places.end()) {
                    places.push_back({b.node, {}, {}});
                    it = places.end() - 1;
                }
                it->copies.push_back(&b);
                it->corrupted.emplace_back();
            }
            m_slots.push_back(std::move(places));
        }
        m_order.resize(e.nodes.size());
    }

    void run(Random& rng, BlockTally& tally)
    {
        const double years = m_o.years;
        for (auto& list : m_down)
            list.clear();
        for (std::size_t i = 0; i < m_e.nodes.size(); ++i) {
            const NodeExposure& n = m_e.nodes[i];
            if (!(n.failuresPerYear > 0))
                continue;
            for (double t = rng.exponential(n.failuresPerYear); t < years;) {
                const double r = repairYears(rng, n);
                m_down[i].emplace_back(t, t + r);
                t += r + rng.exponential(n.failuresPerYear);
            }
        }
        for (const DomainExposure& d : m_e.domains) {
            for (double t = rng.exponential(d.outagesPerYear); t < years; t += rng.exponential(d.outagesPerYear))
                for (int n : d.nodes)
                    m_down[static_cast<std::size_t>(n)].emplace_back(t, t + repairYears(rng, m_e.nodes[static_cast<std::size_t>(n)]));
        }
        if (m_e.burstsPerYear > 0 && m_e.burstNodes > 0) {
            for (double t = rng.exponential(m_e.burstsPerYear); t < years; t += rng.exponential(m_e.burstsPerYear)) {
                // A uniformly random subset of burstNodes nodes: a partial Fisher–Yates shuffle.
                std::iota(m_order.begin(), m_order.end(), 0);
                for (int k = 0; k < m_e.burstNodes; ++k) {
                    const auto pick = static_cast<std::size_t>(k) + rng.below(m_order.size() - static_cast<std::size_t>(k));
                    std::swap(m_order[static_cast<std::size_t>(k)], m_order[pick]);
                    const int n = m_order[static_cast<std::size_t>(k)];
                    m_down[static_cast<std::size_t>(n)].emplace_back(t, t + repairYears(rng, m_e.nodes[static_cast<std::size_t>(n)]));
                }
            }
        }
        for (auto& list : m_down)
            merge(list);
        if (m_e.silentCorruptionsPerYear > 0)
            for (auto& places : m_slots)
                for (RepositorySlot& slot : places)
                    for (std::size_t c = 0; c < slot.copies.size(); ++c)
                        corruptions(rng, *slot.copies[c], slot.corrupted[c]);

        bool anyLoss = false;
        for (std::size_t d = 0; d < m_e.datasets.size(); ++d)
            anyLoss |= datasetOutcome(rng, d, tally.datasets[d]);
        tally.anyDataLoss += anyLoss ? 1 : 0;
    }

private:
    double repairYears(Random& rng, const NodeExposure& n) const
    {
        const double mean = n.repairHours / kHoursPerYear;
        return m_o.repair == RepairDistribution::Exponential ? rng.exponential(1 / mean) : mean;
    }

    // Silent corruptions of one backup copy: onsets at the plan's rate; each is found by
    // the first verification run (every T, uniform phase) that detects it (probability d
    // each) or leaves with the damaged points when they drop out of retention, whichever
    // comes first, and the copy is good again when the next backup after that is usable.
    // Corruptions are silent, so nobody knows the repository is clean today: the process
    // starts in steady state (onsets from well before 0), as the analytic model assumes.
    void corruptions(Random& rng, const BackupExposure& b, std::vector<Interval>& out) const
    {
        out.clear();
        const double years = m_o.years;
        const double verifyPhase = rng.uniform();
        const double backupPhase = rng.uniform();
        const double interval = b.intervalHours / kHoursPerYear;
        const double window = b.durationHours / kHoursPerYear;
        const double span = (b.keptAgesHours.empty() ? 0 : b.keptAgesHours.back()) / kHoursPerYear;
        const double warmUp = span + 2 * interval + window;   // no corruption lasts longer
        for (double t = -warmUp + rng.exponential(m_e.silentCorruptionsPerYear); t < years; t += rng.exponential(m_e.silentCorruptionsPerYear)) {
            double found = t + span;
            if (b.verifyIntervalHours > 0 && b.verifyDetectProbability > 0) {
                const double period = b.verifyIntervalHours / kHoursPerYear;
                double check = (std::ceil(t / period - verifyPhase) + verifyPhase) * period;
                while (check < found && !rng.chance(b.verifyDetectProbability))
                    check += period;
                found = std::min(found, check);
            }
            const double nextBackup = (std::ceil(found / interval - backupPhase) + backupPhase) * interval;
            if (nextBackup + window > 0)
                out.emplace_back(t, nextBackup + window);
        }
    }

    static void merge(std::vector<Interval>& list)
    {
        if (list.size() < 2)
            return;
        std::sort(list.begin(), list.end());
        std::size_t out = 0;
        for (std::size_t i = 1; i < list.size(); ++i) {
            if (list[i].first <= list[out].second)
                list[out].second = std::max(list[out].second, list[i].second);
            else
                list[++out] = list[i];
        }
        list.resize(out + 1);
    }

    bool downAt(int node, double t) const
    {
        for (const Interval& i : m_down[static_cast<std::size_t>(node)])
            if (i.first <= t && t < i.second)
                return true;
        return false;
    }

    // The moments the dataset's live data is lost within the mission.
    void liveLossTimes(const DatasetExposure& d, std::vector<double>& out) const
    {
        out.clear();
        if (d.layout == plan::DatasetLayout::Sharded || d.liveNodes.size() == 1) {
            for (int n : d.liveNodes)
                for (const Interval& i : m_down[static_cast<std::size_t>(n)])
                    out.push_back(i.first);
            // Shards taken by one outage or burst are one loss, with one look at the backups.
            std::sort(out.begin(), out.end());
            out.erase(std::unique(out.begin(), out.end()), out.end());
            return;
        }
        // Replicated: the starts of the stretches where every copy is down.
        m_scratch = m_down[static_cast<std::size_t>(d.liveNodes[0])];
        for (std::size_t k = 1; k < d.liveNodes.size() && !m_scratch.empty(); ++k) {
            const auto& other = m_down[static_cast<std::size_t>(d.liveNodes[k])];
            m_next.clear();
            std::size_t a = 0;
            std::size_t b = 0;
            while (a < m_scratch.size() && b < other.size()) {
                const double lo = std::max(m_scratch[a].first, other[b].first);
                const double hi = std::min(m_scratch[a].second, other[b].second);
                if (lo < hi)
                    m_next.emplace_back(lo, hi);
                (m_scratch[a].second < other[b].second) ? ++a : ++b;
            }
            std::swap(m_scratch, m_next);
        }
        for (const Interval& i : m_scratch)
            out.push_back(i.first);
    }

    // One live loss: the age of the newest usable restore point in hours, or a negative
    // value when no repository can restore the data.
    double newestUsableAge(Random& rng, std::size_t dataset, double t) const
    {
        double best = -1;
        for (const RepositorySlot& slot : m_slots[dataset]) {
            if (downAt(slot.node, t))
                continue;
            for (std::size_t c = 0; c < slot.copies.size(); ++c) {
                const BackupExposure* b = slot.copies[c];
                if (std::any_of(slot.corrupted[c].begin(), slot.corrupted[c].end(), [&](const Interval& i) { return i.first <= t && t < i.second; }))
                    continue;
                if (rng.chance(m_e.backupCommonCauseProbability))
                    continue;
                const int kept = std::max(1, b->keptPoints());
                int bad = 0;
                while (bad < kept && rng.chance(m_e.backupFailureProbability))
                    ++bad;
                if (bad == kept)
                    continue;
                const double age = b->durationHours + rng.uniform() * b->intervalHours + bad * b->intervalHours;
                if (best < 0 || age < best)
                    best = age;
            }
        }
        return best;
    }

    bool datasetOutcome(Random& rng, std::size_t index, DatasetTally& tally) const
    {
        const DatasetExposure& d = m_e.datasets[index];
        liveLossTimes(d, m_times);
        if (m_times.empty())
            return false;
        tally.liveLoss += 1;
        bool lost = false;
        double bytes = 0;
        for (double t : m_times) {
            const double age = newestUsableAge(rng, index, t);
            if (age < 0) {
                lost = true;
                bytes += d.sizeBytes;
            } else {
                tally.recoveries += 1;
                tally.ageSum += age;
                tally.ageSquared += age * age;
                bytes += d.sizeBytes * std::min(1.0, d.changeFractionPerDay * age / 24.0);
            }
        }
        tally.dataLoss += lost ? 1 : 0;
        tally.bytes += bytes;
        tally.bytesSquared += bytes * bytes;
        return lost;
    }

    const PlanExposure& m_e;
    const SimulationOptions& m_o;
    std::vector<std::vector<Interval>> m_down;
    std::vector<std::vector<RepositorySlot>> m_slots;
    std::vector<int> m_order;
    mutable std::vector<Interval> m_scratch;
    mutable std::vector<Interval> m_next;
    mutable std::vector<double> m_times;
};

Estimate meanEstimate(double sum, double squares, std::int64_t n, double z, double scale)
{
    if (n <= 0)
        return {};
    const double mean = sum / static_cast<double>(n);
    const double variance = n > 1 ? std::max(0.0, (squares - sum * mean) / static_cast<double>(n - 1)) : 0;
    const double half = z * std::sqrt(variance / static_cast<double>(n));
    return {mean * scale, std::max(0.0, mean - half) * scale, (mean + half) * scale};
}

} // namespace

double MonteCarlo::normalQuantile(double confidence)
{
    // Solve erfc(z/√2) = 1 − confidence by bisection: exact to the last digit that matters.
    const double tail = 1 - confidence;
    double lo = 0;
    double hi = 40;
    for (int i = 0; i < 200; ++i) {
        const double mid = (lo + hi) / 2;
        (std::erfc(mid / std::sqrt(2.0)) > tail ? lo : hi) = mid;
    }
    return (lo + hi) / 2;
}

Estimate MonteCarlo::wilson(std::int64_t successes, std::int64_t trials, double confidence)
{
    if (trials <= 0)
        return {};
    const double z = normalQuantile(confidence);
    const double n = static_cast<double>(trials);
    const double p = static_cast<double>(successes) / n;
    const double z2 = z * z;
    const double centre = (p + z2 / (2 * n)) / (1 + z2 / n);
    const double half = z / (1 + z2 / n) * std::sqrt(p * (1 - p) / n + z2 / (4 * n * n));
    return {p, std::max(0.0, centre - half), std::min(1.0, centre + half)};
}

Result<SimulationResult> MonteCarlo::run(const PlanExposure& e, const SimulationOptions& o)
{
    if (!(o.years > 0) || !std::isfinite(o.years) || o.years > 1000)
        return Error{Error::Code::Invalid, tr("--years must be above 0 and at most 1000.")};
    if (o.trials < 1 || o.trials > 10'000'000'000LL)
        return Error{Error::Code::Invalid, tr("--trials must be between 1 and 10,000,000,000.")};
    if (!(o.confidence > 0 && o.confidence < 1))
        return Error{Error::Code::Invalid, tr("The confidence must be between 0 and 1.")};
    if (o.repair != RepairDistribution::Fixed && o.repair != RepairDistribution::Exponential)
        return Error{Error::Code::Invalid, tr("The repair distribution must be fixed or exponential.")};
    if (e.nodes.empty())
        return Error{Error::Code::Invalid, tr("The plan has no nodes to simulate.")};

    const std::int64_t blocks = (o.trials + kTrialsPerBlock - 1) / kTrialsPerBlock;
    OrderedSum sum;
    std::atomic<std::int64_t> nextBlock{0};
    std::atomic<std::int64_t> done{0};
    int threads = o.threads > 0 ? o.threads : static_cast<int>(std::max(1u, std::thread::hardware_concurrency()));
    threads = static_cast<int>(std::min<std::int64_t>(threads, blocks));

    const auto started = std::chrono::steady_clock::now();
    const auto work = [&] {
        Trial trial(e, o);
        for (std::int64_t b = nextBlock++; b < blocks; b = nextBlock++) {
            if (o.cancel && o.cancel->load())
                return;
            std::uint64_t seed = o.seed ^ (static_cast<std::uint64_t>(b) * 0xD1B54A32D192ED03ULL);
            Random rng(Random::splitmix(seed));
            BlockTally tally;
            tally.datasets.resize(e.datasets.size());
            const std::int64_t first = b * kTrialsPerBlock;
            const std::int64_t count = std::min(kTrialsPerBlock, o.trials - first);
            for (std::int64_t i = 0; i < count; ++i)
                trial.run(rng, tally);
            sum.add(b, std::move(tally));
            const std::int64_t total = done += count;
            if (o.progress)
                o.progress(total, o.trials);
        }
    };
    runOnThreads(threads, work);
    if (o.cancel && o.cancel->load())
        return Error{Error::Code::Cancelled, tr("The simulation was cancelled.")};
    const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();

    SimulationResult result;
    result.trials = o.trials;
    result.years = o.years;
    result.seed = o.seed;
    result.threads = threads;
    result.seconds = seconds;
    result.nodeYearsPerSecond = seconds > 0 ? static_cast<double>(o.trials) * static_cast<double>(e.nodes.size()) * o.years / seconds : 0;
    const double z = normalQuantile(o.confidence);
    const BlockTally& total = sum.total();
    result.pAnyDataLoss = wilson(total.anyDataLoss, o.trials, o.confidence);
    for (std::size_t d = 0; d < e.datasets.size(); ++d) {
        const DatasetTally sum = d < total.datasets.size() ? total.datasets[d] : DatasetTally{};
        DatasetEstimate est;
        est.dataset = e.datasets[d].name;
        est.pLiveLoss = wilson(sum.liveLoss, o.trials, o.confidence);
        est.pDataLoss = wilson(sum.dataLoss, o.trials, o.confidence);
        est.expectedBytesLostPerYear = meanEstimate(sum.bytes, sum.bytesSquared, o.trials, z, 1 / o.years);
        est.restorePointAgeHours = meanEstimate(sum.ageSum, sum.ageSquared, sum.recoveries, z, 1);
        est.liveLossTrials = sum.liveLoss;
        est.dataLossTrials = sum.dataLoss;
        est.recoveries = sum.recoveries;
        result.datasets.push_back(std::move(est));
    }
    return result;
}

} // namespace lifeboat::model
