// SPDX-License-Identifier: GPL-3.0-or-later
// Repository locks: shared and exclusive, stale by dead process or old heartbeat,
// refresh and give-up times, unlock. Lock files of other hosts and dead processes are
// written the way such processes would have written them.
#include "EngineFixtures.h"
#include "core/engine/LockKeeper.h"
#include "core/platform/FileSystem.h"
#include "core/repo/RepositoryLock.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include <atomic>

using namespace lifeboat;
using namespace lifeboat::testing;
using repo::LockInfo;
using repo::LockKind;
using repo::RepositoryLock;

namespace {

QString writeForeignLock(repo::Repository& repository, const QString& host, std::int64_t pid, LockKind kind, const QDateTime& heartbeat)
{
    LockInfo info;
    info.kind = kind;
    info.hostname = host;
    info.username = "operator";
    info.pid = pid;
    info.nonce = "0123456789abcdef";
    info.created = heartbeat;
    info.heartbeat = heartbeat;
    auto id = repository.saveMetadata("locks", RepositoryLock::toJson(info));
    if (!id)
        qFatal("cannot write a lock");
    return id.value();
}

std::int64_t pidOfAFinishedProcess()
{
    // The id is only known while it runs: start, note it, end it, reap it.
    QProcess process;
    process.start("sleep", {"60"});
    if (!process.waitForStarted())
        return 0;
    const std::int64_t pid = process.processId();
    process.kill();
    process.waitForFinished();
    return pid;
}

} // namespace

class TestRepositoryLock : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_counter = 0;
    std::unique_ptr<repo::Repository> fresh() { return initRepository(m_dir.filePath(QString::number(++m_counter))); }
    static QString thisHost() { return QString::fromLocal8Bit(platform::FileSystem::hostName()); }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void sharedLocksCoexistAndAreReleased()
    {
        auto repository = fresh();
        auto first = RepositoryLock::acquire(*repository, LockKind::Shared);
        auto second = RepositoryLock::acquire(*repository, LockKind::Shared);
        QVERIFY(first && second);
        QCOMPARE(RepositoryLock::list(*repository)->size(), 2);
        QVERIFY(first.value()->release());
        second.value().reset();   // released by the destructor
        QCOMPARE(RepositoryLock::list(*repository)->size(), 0);
    }

    void exclusiveAndSharedExcludeEachOther()
    {
        auto repository = fresh();
        {
            auto shared = RepositoryLock::acquire(*repository, LockKind::Shared);
            QVERIFY(shared);
            auto exclusive = RepositoryLock::acquire(*repository, LockKind::Exclusive);
            QVERIFY(!exclusive);
            QCOMPARE(exclusive.error().code, Error::Code::Locked);
            QVERIFY2(exclusive.error().message.contains(QStringLiteral("pid %1").arg(platform::FileSystem::processId())), qPrintable(exclusive.error().message));
            QVERIFY(exclusive.error().message.contains("repo unlock"));
            // The refused attempt left no lock file behind.
            QCOMPARE(RepositoryLock::list(*repository)->size(), 1);
        }
        auto exclusive = RepositoryLock::acquire(*repository, LockKind::Exclusive);
        QVERIFY(exclusive);
        auto shared = RepositoryLock::acquire(*repository, LockKind::Shared);
        QVERIFY(!shared);
        QCOMPARE(shared.error().code, Error::Code::Locked);
    }

    void aLockOfAProcessThatIsGoneIsBrokenWithAMessage()
    {
        auto repository = fresh();
        const std::int64_t pid = pidOfAFinishedProcess();
        QVERIFY(pid > 0 && !platform::FileSystem::processIsRunning(pid));
        writeForeignLock(*repository, thisHost(), pid, LockKind::Exclusive, QDateTime::currentDateTimeUtc());
        QStringList broken;
        auto lock = RepositoryLock::acquire(*repository, LockKind::Shared, &broken);
        QVERIFY2(lock, lock ? "" : qPrintable(lock.error().message));
        QCOMPARE(broken.size(), 1);
        QVERIFY(broken.first().contains(QStringLiteral("pid %1").arg(pid)));
        QVERIFY(broken.first().contains("no longer running"));
        QCOMPARE(RepositoryLock::list(*repository)->size(), 1);   // only ours
    }

    void anotherHostsLockCountsUntilItsHeartbeatIsOld()
    {
        auto repository = fresh();
        const QDateTime now = QDateTime::currentDateTimeUtc();
        writeForeignLock(*repository, "gpu-node-17", 4242, LockKind::Exclusive, now.addSecs(-10 * 60));
        auto blocked = RepositoryLock::acquire(*repository, LockKind::Shared);
        QVERIFY(!blocked);
        QVERIFY(blocked.error().message.contains("gpu-node-17"));

        auto older = fresh();
        writeForeignLock(*older, "gpu-node-17", 4242, LockKind::Exclusive, now.addSecs(-31 * 60));
        QStringList broken;
        auto allowed = RepositoryLock::acquire(*older, LockKind::Shared, &broken);
        QVERIFY(allowed);
        // Ignored, but not deleted behind the operator's back: only unlock removes it.
        QVERIFY(broken.isEmpty());
        QCOMPARE(RepositoryLock::list(*older)->size(), 2);
        auto removed = RepositoryLock::removeStale(*older, false);
        QVERIFY(removed);
        QCOMPARE(removed->size(), 1);
        QVERIFY(removed->first().contains("gpu-node-17"));
        QCOMPARE(RepositoryLock::list(*older)->size(), 1);   // ours is live and stays
    }

    void refreshAndGivingUp()
    {
        auto repository = fresh();
        QDateTime now = QDateTime::fromString("2026-11-24T10:00:00Z", Qt::ISODate);
        const repo::Clock clock = [&] { return now; };
        auto lock = RepositoryLock::acquire(*repository, LockKind::Shared, nullptr, clock);
        QVERIFY(lock);
        const QString firstId = lock.value()->info().id;
        now = now.addSecs(5 * 60);
        QVERIFY(lock.value()->refresh());
        QVERIFY(lock.value()->info().id != firstId);
        const auto locks = RepositoryLock::list(*repository);
        QCOMPARE(locks->size(), 1);
        QCOMPARE(locks->first().heartbeat, now);
        // 22.5 minutes without a successful refresh: stop, 7.5 minutes before others may
        // call the lock stale.
        now = now.addSecs(22 * 60);
        QVERIFY(!lock.value()->mustStop());
        now = now.addSecs(30);
        QVERIFY(lock.value()->mustStop());
        // Our own lock is never stale to ourselves, however old.
        QCOMPARE(RepositoryLock::staleness(lock.value()->info(), now.addDays(1)), RepositoryLock::Staleness::Live);
    }

    // The keeper refreshes on its own thread while an operation runs, and removes the lock after.
    void aKeeperRefreshesTheHeartbeatAndReleases()
    {
        auto repository = fresh();
        engine::CancelToken token;
        auto keeper = engine::LockKeeper::take(*repository, LockKind::Shared, &token, nullptr, {std::chrono::milliseconds(10), {}});
        QVERIFY(keeper);
        const QString firstId = keeper.value()->info().id;
        QTRY_VERIFY_WITH_TIMEOUT(RepositoryLock::list(*repository)->value(0).id != firstId, 5000);
        // A refresh writes the new lock file before it removes the old one (never a moment
        // without a lock), so a listing may catch both, never more: over many refreshes
        // (every 10 ms here) the old ones do not pile up, and the first is gone.
        for (int i = 0; i < 20; ++i) {
            const auto locks = RepositoryLock::list(*repository);
            QVERIFY(locks);
            QVERIFY2(locks->size() >= 1 && locks->size() <= 2, qPrintable(QString::number(locks->size())));
            for (const auto& l : *locks)
                QVERIFY(l.id != firstId);
            QTest::qWait(10);   // let refreshes happen between the listings: time passing is the point
        }
        QVERIFY(!token.cancelled());
        keeper.value().reset();
        QCOMPARE(RepositoryLock::list(*repository)->size(), 0);
    }

    // `unlock --remove-all` (or another host breaking the lock): the holder must stop, not
    // write a fresh lock and carry on beside a prune.
    void aKeeperWhoseLockWasRemovedStopsTheOperation()
    {
        auto repository = fresh();
        engine::CancelToken token;
        auto keeper = engine::LockKeeper::take(*repository, LockKind::Shared, &token, nullptr, {std::chrono::milliseconds(10), {}});
        QVERIFY(keeper);
        QVERIFY(RepositoryLock::removeStale(*repository, true));
        QTRY_VERIFY_WITH_TIMEOUT(token.cancelled(), 5000);
        const auto lost = keeper.value()->lost();
        QVERIFY(lost.has_value());
        QCOMPARE(lost->code, Error::Code::Locked);
        QVERIFY2(lost->message.contains("removed by another process"), qPrintable(lost->message));
        QCOMPARE(RepositoryLock::list(*repository)->size(), 0);
    }

    // A process that could not refresh for 22.5 minutes (here: a clock that jumps, as after
    // a suspended machine wakes) stops instead of refreshing a lock others may have broken.
    void aKeeperStopsBeforeItsLockCouldBeCalledStale()
    {
        auto repository = fresh();
        std::atomic<qint64> seconds{QDateTime::fromString("2026-11-24T10:00:00Z", Qt::ISODate).toSecsSinceEpoch()};
        const repo::Clock clock = [&] { return QDateTime::fromSecsSinceEpoch(seconds.load(), QTimeZone::utc()); };
        engine::CancelToken token;
        auto keeper = engine::LockKeeper::take(*repository, LockKind::Shared, &token, nullptr, {std::chrono::milliseconds(10), clock});
        QVERIFY(keeper);
        seconds += 23 * 60;
        QTRY_VERIFY_WITH_TIMEOUT(token.cancelled(), 5000);
        QVERIFY(keeper.value()->lost().has_value());
        QVERIFY2(keeper.value()->lost()->message.contains("not refreshed in time"), qPrintable(keeper.value()->lost()->message));
    }

    void aDamagedLockFileIsAnErrorNotACrash()
    {
        auto repository = fresh();
        QVERIFY(repository->saveMetadata("locks", "{not json"));
        auto listed = RepositoryLock::list(*repository);
        QVERIFY(!listed);
        QCOMPARE(listed.error().code, Error::Code::Corrupt);
        auto acquired = RepositoryLock::acquire(*repository, LockKind::Exclusive);
        QVERIFY(!acquired);
    }
};

QTEST_GUILESS_MAIN(TestRepositoryLock)
#include "TestRepositoryLock.moc"
