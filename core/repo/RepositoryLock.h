// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Repository.h"

#include <QCoreApplication>
#include <QDateTime>

#include <chrono>
#include <functional>
#include <memory>

namespace lifeboat::repo {

enum class LockKind : std::uint8_t { Invalid = 0, Shared, Exclusive };

struct LockInfo {
    QString id;                 // the file in locks/
    LockKind kind = LockKind::Invalid;
    QString hostname;
    QString username;
    std::int64_t pid = 0;
    QString nonce;              // random per process: a pid reused later is not the same holder
    QDateTime created;
    QDateTime heartbeat;
    QString describe() const;   // "shared lock of root@node-3 (pid 4242) since …, refreshed …"
};

using Clock = std::function<QDateTime()>;

// A lease on a repository (shared_notes/ssh-and-safety.md §5, after restic and borg 2):
// shared for backup, restore and verify, exclusive for prune and repair. The lock file
// (locks/<id>, sealed like other metadata) records host, user, pid, a per-process nonce
// and a heartbeat. Holders refresh it every kRefreshEvery by writing a new file and
// removing the old one. Another process may call it stale when
//  - it is on this host and its process is gone (broken on acquire, with a message), or
//  - its heartbeat is older than kStaleAfter, wherever it is.
// A holder whose refreshes keep failing must stop before kGiveUpAfter, so it stops before
// anyone may call its lock stale. Our own process's locks are never stale.
//
// Groundwork for issue #4: the operations do not take locks yet.
class RepositoryLock {
    Q_DECLARE_TR_FUNCTIONS(RepositoryLock)
public:
    static constexpr std::chrono::minutes kStaleAfter{30};
    static constexpr std::chrono::minutes kRefreshEvery{5};
    // 30 − 1.5 × 5 minutes, restic's margin: the last refresh attempt that can still succeed
    // leaves others a refresh interval and a half before they may break the lock.
    static constexpr std::chrono::seconds kGiveUpAfter{22 * 60 + 30};

    static Result<std::unique_ptr<RepositoryLock>> acquire(Repository& repository, LockKind kind, QStringList* brokenStale = nullptr,
                                                           Clock clock = {});
    ~RepositoryLock();
    RepositoryLock(const RepositoryLock&) = delete;
    RepositoryLock& operator=(const RepositoryLock&) = delete;

    // A new heartbeat: the new file is written before the old one is removed.
    Status refresh();
    Status release();
    const LockInfo& info() const { return m_info; }
    // Whether refreshes have failed for so long that the operation must stop now.
    bool mustStop() const;

    static Result<QList<LockInfo>> list(Repository& repository);
    enum class Staleness : std::uint8_t { Invalid = 0, Live, ProcessGone, HeartbeatExpired };
    static Staleness staleness(const LockInfo& lock, const QDateTime& now);
    // `repo unlock`: removes stale locks (all locks with `all`); returns what was removed.
    static Result<QStringList> removeStale(Repository& repository, bool all, Clock clock = {});

    static QByteArray toJson(const LockInfo& lock);
    static Result<LockInfo> fromJson(const QByteArray& json);
    static const QString& processNonce();

private:
    RepositoryLock(Repository& repository, LockInfo info, Clock clock);
    Repository& m_repository;
    LockInfo m_info;
    Clock m_clock;
    QDateTime m_lastRefreshed;
    bool m_released = false;
};

} // namespace lifeboat::repo
