// SPDX-License-Identifier: GPL-3.0-or-later
#include "Progress.h"

#include <algorithm>
#include <thread>

namespace lifeboat::engine {

int workerThreads(int requested)
{
    return requested > 0 ? requested : std::max(1, static_cast<int>(std::thread::hardware_concurrency()));
}

ProgressReporter::ProgressReporter(ProgressSink sink, Phase phase)
    : m_sink(std::move(sink)), m_start(std::chrono::steady_clock::now()), m_lastEmit(m_start)
{
    m_progress.phase = phase;
}

void ProgressReporter::setTotals(std::uint64_t files, std::uint64_t bytes)
{
    m_progress.filesTotal = files;
    m_progress.bytesTotal = bytes;
    emitNow();
}

void ProgressReporter::add(std::uint64_t files, std::uint64_t bytes, const QString& currentPath)
{
    m_progress.filesDone += files;
    m_progress.bytesDone += bytes;
    if (!currentPath.isEmpty())
        m_progress.currentPath = currentPath;
    const auto now = std::chrono::steady_clock::now();
    if (now - m_lastEmit >= std::chrono::milliseconds(250))
        emitNow();
}

void ProgressReporter::finish() { emitNow(); }

void ProgressReporter::emitNow()
{
    const auto now = std::chrono::steady_clock::now();
    m_lastEmit = now;
    const double elapsed = std::chrono::duration<double>(now - m_start).count();
    m_progress.elapsedSeconds = elapsed;
    m_progress.bytesPerSecond = elapsed > 0 ? static_cast<double>(m_progress.bytesDone) / elapsed : 0;
    // ETA from the average rate so far: steadier than an instantaneous rate, and the
    // totals are exact after the scan.
    if (m_progress.bytesPerSecond > 0 && m_progress.bytesTotal >= m_progress.bytesDone)
        m_progress.etaSeconds = static_cast<double>(m_progress.bytesTotal - m_progress.bytesDone) / m_progress.bytesPerSecond;
    if (m_sink)
        m_sink(m_progress);
}

} // namespace lifeboat::engine
