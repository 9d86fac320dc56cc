// SPDX-License-Identifier: GPL-3.0-or-later
#include "RepositoryLock.h"

#include "core/platform/FileSystem.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace lifeboat::repo {
namespace {

const QString kLocks = QStringLiteral("locks");

QDateTime systemNow() { return QDateTime::currentDateTimeUtc(); }

bool conflicts(LockKind ours, LockKind theirs) { return ours == LockKind::Exclusive || theirs == LockKind::Exclusive; }

QString lastSegment(const QString& name) { return name.mid(name.lastIndexOf(QLatin1Char('/')) + 1); }

} // namespace

QString LockInfo::describe() const
{
    return RepositoryLock::tr("%1 lock of %2@%3 (pid %4), taken %5, last refreshed %6")
        .arg(kind == LockKind::Exclusive ? RepositoryLock::tr("exclusive") : RepositoryLock::tr("shared"), username, hostname)
        .arg(pid)
        .arg(created.toString(Qt::ISODate), heartbeat.toString(Qt::ISODate));
}

const QString& RepositoryLock::processNonce()
{
    static const QString nonce = QString::fromLatin1(randomBytes(16).toHex());
    return nonce;
}

QByteArray RepositoryLock::toJson(const LockInfo& lock)
{
    const QJsonObject object{
        {QStringLiteral("version"), 1},
        {QStringLiteral("exclusive"), lock.kind == LockKind::Exclusive},
        {QStringLiteral("hostname"), lock.hostname},
        {QStringLiteral("username"), lock.username},
        {QStringLiteral("pid"), static_cast<qint64>(lock.pid)},
        {QStringLiteral("nonce"), lock.nonce},
        {QStringLiteral("created"), lock.created.toString(Qt::ISODateWithMs)},
        {QStringLiteral("heartbeat"), lock.heartbeat.toString(Qt::ISODateWithMs)},
    };
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

Result<LockInfo> RepositoryLock::fromJson(const QByteArray& json)
{
    QJsonParseError parseError;
    const QJsonObject object = QJsonDocument::fromJson(json, &parseError).object();
    LockInfo lock;
    lock.kind = object.value(QStringLiteral("exclusive")).toBool() ? LockKind::Exclusive : LockKind::Shared;
    lock.hostname = object.value(QStringLiteral("hostname")).toString();
    lock.username = object.value(QStringLiteral("username")).toString();
    lock.pid = object.value(QStringLiteral("pid")).toInteger();
    lock.nonce = object.value(QStringLiteral("nonce")).toString();
    lock.created = QDateTime::fromString(object.value(QStringLiteral("created")).toString(), Qt::ISODateWithMs);
    lock.heartbeat = QDateTime::fromString(object.value(QStringLiteral("heartbeat")).toString(), Qt::ISODateWithMs);
    if (parseError.error != QJsonParseError::NoError || object.value(QStringLiteral("version")).toInt() != 1 || !lock.heartbeat.isValid())
        return Error{Error::Code::Corrupt, tr("A lock file is damaged or of an unknown version.")};
    return lock;
}

RepositoryLock::RepositoryLock(Repository& repository, LockInfo info, Clock clock)
    : m_repository(repository), m_info(std::move(info)), m_clock(std::move(clock)), m_lastRefreshed(m_info.heartbeat)
{
}

RepositoryLock::~RepositoryLock()
{
    if (!m_released)
        release();
}

Result<QList<LockInfo>> RepositoryLock::list(Repository& repository)
{
    auto names = repository.storage().list(kLocks);
    if (!names)
        return names.error();
    QList<LockInfo> out;
    for (const QString& name : names.value()) {
        const QString id = lastSegment(name);
        auto data = repository.loadMetadata(kLocks, id, 64 * 1024);
        // A lock released between the listing and the read is simply gone.
        if (!data && data.error().code == Error::Code::NotFound)
            continue;
        auto lock = data ? fromJson(data.value()) : Result<LockInfo>(data.error());
        if (!lock)
            return Error{lock.error().code, tr("Lock %1: %2").arg(id.left(8), lock.error().message)};
        lock->id = id;
        out.append(lock.value());
    }
    return out;
}

RepositoryLock::Staleness RepositoryLock::staleness(const LockInfo& lock, const QDateTime& now)
{
    const QString host = QString::fromLocal8Bit(platform::FileSystem::hostName());
    if (lock.hostname == host && lock.pid == platform::FileSystem::processId() && lock.nonce == processNonce())
        return Staleness::Live;   // ours: never stale (borg #9883)
    if (lock.hostname == host && !platform::FileSystem::processIsRunning(lock.pid))
        return Staleness::ProcessGone;
    if (lock.heartbeat.secsTo(now) > std::chrono::duration_cast<std::chrono::seconds>(kStaleAfter).count())
        return Staleness::HeartbeatExpired;
    return Staleness::Live;
}

Result<std::unique_ptr<RepositoryLock>> RepositoryLock::acquire(Repository& repository, LockKind kind, QStringList* brokenStale, Clock clock)
{
    if (!clock)
        clock = systemNow;
    const auto conflictWith = [&](const QList<LockInfo>& locks, const QString& ownId) -> std::optional<LockInfo> {
        for (const LockInfo& other : locks) {
            if (other.id != ownId && conflicts(kind, other.kind) && staleness(other, clock()) == Staleness::Live)
                return other;
        }
        return std::nullopt;
    };
    auto existing = list(repository);
    if (!existing)
        return existing.error();
    for (const LockInfo& other : existing.value()) {
        if (staleness(other, clock()) != Staleness::ProcessGone)
            continue;
        // Broken only here, on the host that can see the process is gone.
        if (auto removed = repository.storage().remove(kLocks + QLatin1Char('/') + other.id); !removed)
            return removed.error();
        if (brokenStale)
            brokenStale->append(tr("Removed the %1: that process is no longer running.").arg(other.describe()));
    }
    const auto lockedBy = [](const LockInfo& holder) {
        return Error{Error::Code::Locked, tr("The repository is locked: %1. If you are sure no such operation runs, `lifeboat-cli repo unlock` removes stale locks.")
                                              .arg(holder.describe())};
    };
    if (auto holder = conflictWith(existing.value(), QString()))
        return lockedBy(*holder);

    LockInfo info;
    info.kind = kind;
    info.hostname = QString::fromLocal8Bit(platform::FileSystem::hostName());
    info.username = QString::fromLocal8Bit(platform::FileSystem::userName());
    info.pid = platform::FileSystem::processId();
    info.nonce = processNonce();
    info.created = clock();
    info.heartbeat = info.created;
    auto id = repository.saveMetadata(kLocks, toJson(info));
    if (!id)
        return id.error();
    info.id = id.value();
    std::unique_ptr<RepositoryLock> lock(new RepositoryLock(repository, info, clock));
    // Two processes may have written at the same time: each sees the other and backs off
    // (the safe side of the race; the caller may try again).
    auto after = list(repository);
    if (!after)
        return after.error();
    if (auto holder = conflictWith(after.value(), info.id))
        return lockedBy(*holder);   // `lock` goes out of scope and removes our file
    return lock;
}

Status RepositoryLock::refresh()
{
    if (m_released)
        return Error{Error::Code::Invalid, tr("The lock was already released.")};
    // A lock file removed under us (`repo unlock --all`, or broken as stale) means someone
    // may already be pruning: stop rather than write a new one.
    auto present = m_repository.storage().exists(kLocks + QLatin1Char('/') + m_info.id);
    if (!present)
        return present.error();
    if (!present.value())
        return Error{Error::Code::Locked, tr("our lock file %1 was removed by another process").arg(m_info.id.left(8))};
    LockInfo next = m_info;
    next.heartbeat = m_clock();
    auto id = m_repository.saveMetadata(kLocks, toJson(next));
    if (!id)
        return id.error();
    next.id = id.value();
    const QString old = m_info.id;
    m_info = next;
    m_lastRefreshed = next.heartbeat;
    return m_repository.storage().remove(kLocks + QLatin1Char('/') + old);
}

bool RepositoryLock::mustStop() const
{
    return m_lastRefreshed.secsTo(m_clock()) >= kGiveUpAfter.count();
}

Status RepositoryLock::release()
{
    if (m_released)
        return success();
    m_released = true;
    return m_repository.storage().remove(kLocks + QLatin1Char('/') + m_info.id);
}

Result<QStringList> RepositoryLock::removeStale(Repository& repository, bool all, Clock clock)
{
    if (!clock)
        clock = systemNow;
    auto locks = list(repository);
    if (!locks)
        return locks.error();
    QStringList removed;
    for (const LockInfo& lock : locks.value()) {
        const Staleness state = staleness(lock, clock());
        if (!all && state == Staleness::Live)
            continue;
        if (auto gone = repository.storage().remove(kLocks + QLatin1Char('/') + lock.id); !gone)
            return gone.error();
        removed.append(lock.describe());
    }
    return removed;
}

} // namespace lifeboat::repo
