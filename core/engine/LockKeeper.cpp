// SPDX-License-Identifier: GPL-3.0-or-later
#include "LockKeeper.h"

namespace lifeboat::engine {

Result<std::unique_ptr<LockKeeper>> LockKeeper::take(repo::Repository& repository, repo::LockKind kind, CancelToken* stop, QStringList* brokenStale,
                                                     Timing timing)
{
    auto lock = repo::RepositoryLock::acquire(repository, kind, brokenStale, timing.clock);
    if (!lock)
        return lock.error();
    return std::unique_ptr<LockKeeper>(new LockKeeper(std::move(lock.value()), stop, std::move(timing)));
}

LockKeeper::LockKeeper(std::unique_ptr<repo::RepositoryLock> lock, CancelToken* stop, Timing timing)
    : m_lock(std::move(lock)), m_stop(stop), m_timing(std::move(timing))
{
    m_thread = std::thread([this] { run(); });
}

LockKeeper::~LockKeeper()
{
    {
        std::lock_guard guard(m_mutex);
        m_stopping = true;
    }
    m_wake.notify_all();
    m_thread.join();
    // Best effort: a lock we cannot remove goes stale and is broken by the next operation.
    (void)m_lock->release();
}

std::optional<Error> LockKeeper::lost() const
{
    std::lock_guard guard(m_mutex);
    return m_lost;
}

void LockKeeper::run()
{
    auto wait = m_timing.refreshEvery;
    std::unique_lock guard(m_mutex);
    while (!m_stopping) {
        m_wake.wait_for(guard, wait, [this] { return m_stopping; });
        if (m_stopping)
            break;
        guard.unlock();
        // A process that slept (a suspended machine) past the limit must not refresh: others
        // may already have broken its lock and started a prune.
        const bool tooLate = m_lock->mustStop();
        const Status refreshed = tooLate ? Status(Error{Error::Code::Locked, tr("the lock was not refreshed in time")}) : m_lock->refresh();
        guard.lock();
        if (refreshed) {
            wait = m_timing.refreshEvery;
            continue;
        }
        // Retry sooner after a failure; give up when the lock was removed or is too old.
        wait = std::max(m_timing.refreshEvery / 5, std::chrono::milliseconds(1));
        if (tooLate || refreshed.error().code == Error::Code::Locked || m_lock->mustStop()) {
            m_lost = Error{Error::Code::Locked, tr("Stopped: the repository lock could not be kept (%1). Nothing was committed after that point; "
                                                   "the repository is valid.")
                                                    .arg(refreshed.error().message)};
            if (m_stop)
                m_stop->cancel();
            break;
        }
    }
}

} // namespace lifeboat::engine
