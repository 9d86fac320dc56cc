// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Progress.h"
#include "core/repo/RepositoryLock.h"

#include <condition_variable>
#include <mutex>
#include <thread>

namespace lifeboat::engine {

// Holds a repository lock for the length of an operation: a thread refreshes the
// heartbeat every `refreshEvery`; when the lock can no longer be kept (refreshes failing
// for RepositoryLock::kGiveUpAfter, or our lock file removed by someone else) it cancels
// the operation through `stop`, so the operation ends before anyone may call the lock
// stale (restic's lock refresher, internal/repository/lock.go). The destructor stops the
// thread and removes the lock.
struct LockTiming {
    std::chrono::milliseconds refreshEvery = repo::RepositoryLock::kRefreshEvery;
    repo::Clock clock;              // empty: the system clock
};

class LockKeeper {
    Q_DECLARE_TR_FUNCTIONS(LockKeeper)
public:
    using Timing = LockTiming;

    static Result<std::unique_ptr<LockKeeper>> take(repo::Repository& repository, repo::LockKind kind, CancelToken* stop,
                                                    QStringList* brokenStale = nullptr, Timing timing = {});
    ~LockKeeper();
    LockKeeper(const LockKeeper&) = delete;
    LockKeeper& operator=(const LockKeeper&) = delete;

    // Why the operation was stopped, when it was: replaces a plain "cancelled".
    std::optional<Error> lost() const;
    const repo::LockInfo& info() const { return m_lock->info(); }

private:
    LockKeeper(std::unique_ptr<repo::RepositoryLock> lock, CancelToken* stop, Timing timing);
    void run();

    std::unique_ptr<repo::RepositoryLock> m_lock;
    CancelToken* m_stop;
    Timing m_timing;
    mutable std::mutex m_mutex;
    std::condition_variable m_wake;
    bool m_stopping = false;
    std::optional<Error> m_lost;
    std::thread m_thread;
};

} // namespace lifeboat::engine
