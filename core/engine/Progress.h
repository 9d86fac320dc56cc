// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <atomic>
#include <chrono>
#include <cstdint>
#include <functional>

namespace lifeboat::engine {

enum class Phase : std::uint8_t { Invalid = 0, Scanning, Backing, Restoring, Verifying, Finishing, Repacking, Copying };

// What every long operation reports (shared/notes/engines.md §4.1: phase, bytes and files
// done and total, rate, ETA, current item). Totals are known after the scan.
struct Progress {
    Phase phase = Phase::Invalid;
    std::uint64_t filesDone = 0;
    std::uint64_t filesTotal = 0;
    std::uint64_t bytesDone = 0;
    std::uint64_t bytesTotal = 0;
    QString currentPath;
    double bytesPerSecond = 0;
    double etaSeconds = -1;          // -1: not known yet
    double elapsedSeconds = 0;
};

using ProgressSink = std::function<void(const Progress&)>;

// Set from any thread (a signal handler, the protocol's cancel op); operations check it
// between units of work and stop leaving the repository valid.
class CancelToken {
public:
    void cancel() { m_cancelled.store(true, std::memory_order_relaxed); }
    bool cancelled() const { return m_cancelled.load(std::memory_order_relaxed); }
    // For a signal handler: storing to a lock-free atomic is async-signal-safe.
    std::atomic<bool>& flag() { return m_cancelled; }

private:
    std::atomic<bool> m_cancelled{false};
};

// The worker threads an operation uses: `requested`, or one per core when it is 0.
int workerThreads(int requested);

// Rate-limits progress reports to a few per second and fills in rate and ETA.
class ProgressReporter {
public:
    ProgressReporter(ProgressSink sink, Phase phase);
    void setTotals(std::uint64_t files, std::uint64_t bytes);
    void add(std::uint64_t files, std::uint64_t bytes, const QString& currentPath = QString());
    void finish();
    const Progress& current() const { return m_progress; }

private:
    void emitNow();
    ProgressSink m_sink;
    Progress m_progress;
    std::chrono::steady_clock::time_point m_start;
    std::chrono::steady_clock::time_point m_lastEmit;
};

} // namespace lifeboat::engine
