// SPDX-License-Identifier: GPL-3.0-or-later
// forget, prune, repair and unlock from the command line, and locks between real
// processes: two backups at once, a prune against a live backup's lock, a dead
// process's lock broken with a message.
#include "../engine/LifecycleFixtures.h"
#include "CliRunner.h"
#include "core/platform/FileSystem.h"
#include "core/repo/RepositoryLock.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using lifeboat::test::cli;
using lifeboat::test::Run;
using namespace lifeboat;
using namespace lifeboat::testing;

class TestRepoLifecycleCli : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_counter = 0;
    QProcessEnvironment m_env = QProcessEnvironment::systemEnvironment();
    QString fresh(const QString& name) { return m_dir.filePath(QStringLiteral("%1-%2").arg(name).arg(++m_counter)); }
    Run repo(const QStringList& arguments) { return cli(QStringList{"repo"} + arguments, 300000, {}, m_env); }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_env.insert("LIFEBOAT_PASSWORD", "correct horse");
        m_env.remove("LIFEBOAT_REPOSITORY");
    }

    void forgetShowsEveryDecisionAndPruneReportsWhatItReclaimed()
    {
        History h = makeHistory(fresh("history"), 1u << 20, 3, false);
        const QStringList before = repositoryState(h.repo);
        const Run dry = repo({"forget", "--repo", h.repo, "--keep-last", "1", "--dry-run", "--json"});
        QVERIFY_RUN(dry, 0);
        const QJsonArray groups = lifeboat::test::resultLine(dry.out).value("groups").toArray();
        QCOMPARE(groups.size(), 1);
        const QJsonArray decisions = groups.first().toObject().value("snapshots").toArray();
        QCOMPARE(decisions.size(), 3);
        QCOMPARE(decisions[0].toObject().value("id").toString(), h.snapshots[2].id);
        QCOMPARE(decisions[0].toObject().value("reasons").toArray().first().toString(), QStringLiteral("last 1"));
        QVERIFY(!decisions[1].toObject().value("kept").toBool());
        QCOMPARE(repositoryState(h.repo), before);

        const Run human = repo({"forget", "--repo", h.repo, "--keep-last", "1", "--dry-run"});
        QVERIFY_RUN(human, 0);
        QVERIFY(human.out.contains(QByteArray(h.snapshots[0].shortId().toUtf8() + "  ")));
        QVERIFY(human.out.contains("would be removed"));

        const Run emptied = repo({"forget", "--repo", h.repo, "--keep-tag", "release"});
        QVERIFY_RUN(emptied, 2);
        QVERIFY(emptied.err.contains("--allow-empty"));
        QCOMPARE(repositoryState(h.repo), before);

        const Run noRule = repo({"forget", "--repo", h.repo});
        QVERIFY_RUN(noRule, 2);

        QVERIFY_RUN(repo({"forget", "--repo", h.repo, "--keep-last", "1"}), 0);
        const std::uint64_t dataBefore = bytesIn(h.repo + "/data");
        // Just-written packs are younger than the default grace hour: nothing goes yet.
        const Run young = repo({"prune", "--repo", h.repo, "--json"});
        QVERIFY_RUN(young, 0);
        QCOMPARE(lifeboat::test::resultLine(young.out).value("packsDeleted").toInteger(), 0);
        QVERIFY(lifeboat::test::resultLine(young.out).value("packsKeptYoung").toInteger() > 0);
        // Threshold 0: every unused byte goes, whatever shares a pack with what (thread timing).
        const Run pruned = repo({"prune", "--repo", h.repo, "--grace", "0", "--repack-threshold", "0", "--json"});
        QVERIFY_RUN(pruned, 0);
        const qint64 reclaimed = lifeboat::test::resultLine(pruned.out).value("bytesReclaimed").toInteger();
        QCOMPARE(static_cast<std::uint64_t>(reclaimed), dataBefore - bytesIn(h.repo + "/data"));
        QVERIFY(reclaimed >= 4 * kMiB);
        QVERIFY_RUN(repo({"verify", "--repo", h.repo, "--read-data"}), 0);
    }

    void repairIsADryRunUnlessAskedAndExitsSixWhileThereIsWorkToDo()
    {
        History h = makeHistory(fresh("history"), 1u << 20, 2, false);
        const QStringList indexFiles = QDir(h.repo + "/index").entryList(QDir::Files);
        QFile::resize(h.repo + "/index/" + indexFiles.first(), 17);
        const QStringList before = repositoryState(h.repo);
        const Run dry = repo({"repair", "--repo", h.repo});
        QVERIFY_RUN(dry, 6);
        QVERIFY(dry.out.contains("Dry run"));
        QVERIFY(dry.out.contains(indexFiles.first().left(12).toUtf8()));
        QCOMPARE(repositoryState(h.repo), before);
        QVERIFY_RUN(repo({"repair", "--repo", h.repo, "--apply"}), 0);
        QVERIFY_RUN(repo({"verify", "--repo", h.repo, "--read-data"}), 0);
        const Run nothing = repo({"repair", "--repo", h.repo});
        QVERIFY_RUN(nothing, 0);
        QVERIFY(nothing.out.contains("Nothing to repair"));
    }

    // A live lock held by this (test) process: backups share it, prune must wait.
    void aLiveLockBlocksPruneButNotBackup()
    {
        History h = makeHistory(fresh("history"), 1u << 20, 1, false);
        auto repository = openRepository(h.repo);
        auto held = repo::RepositoryLock::acquire(*repository, repo::LockKind::Shared);
        QVERIFY(held);
        const Run pruned = repo({"prune", "--repo", h.repo, "--grace", "0"});
        QVERIFY_RUN(pruned, 7);
        QVERIFY2(pruned.err.contains("locked") && pruned.err.contains(QString::number(platform::FileSystem::processId()).toUtf8()), pruned.err.constData());
        QVERIFY_RUN(repo({"backup", "--repo", h.repo, h.source}), 0);
        // unlock leaves a live lock alone unless told to remove all.
        const Run unlock = repo({"unlock", "--repo", h.repo});
        QVERIFY_RUN(unlock, 0);
        QVERIFY(unlock.out.contains("left"));
        QCOMPARE(repo::RepositoryLock::list(*repository)->size(), 1);
        QVERIFY_RUN(repo({"unlock", "--repo", h.repo, "--remove-all"}), 0);
        QCOMPARE(repo::RepositoryLock::list(*repository)->size(), 0);
        QVERIFY(held.value()->release());
    }

    // The exclusive lock of a process that died on this host is broken, and said so.
    void aDeadProcesssLockIsBrokenWithAMessage()
    {
        History h = makeHistory(fresh("history"), 1u << 20, 1, false);
        QProcess sleeper;
        sleeper.start("sleep", {"60"});
        QVERIFY(sleeper.waitForStarted());
        const qint64 deadPid = sleeper.processId();
        sleeper.kill();
        sleeper.waitForFinished();
        {
            auto repository = openRepository(h.repo);
            repo::LockInfo info;
            info.kind = repo::LockKind::Exclusive;
            info.hostname = QString::fromLocal8Bit(platform::FileSystem::hostName());
            info.username = "operator";
            info.pid = deadPid;
            info.nonce = "00112233445566778899aabbccddeeff";
            info.created = QDateTime::currentDateTimeUtc();
            info.heartbeat = info.created;
            QVERIFY(repository->saveMetadata("locks", repo::RepositoryLock::toJson(info)));
        }
        const Run backup = repo({"backup", "--repo", h.repo, h.source});
        QVERIFY_RUN(backup, 0);
        QVERIFY2(backup.err.contains("no longer running") && backup.err.contains(QString::number(deadPid).toUtf8()), backup.err.constData());
        QCOMPARE(QDir(h.repo + "/locks").entryList(QDir::Files).size(), 0);
    }

    // Two backups at the same time, each with its own copy of a 24 MiB checkpoint and a
    // shard of its own: both succeed, both restore, and after prune the checkpoint is
    // stored once; a third backup of it stores (almost) nothing new.
    void twoConcurrentBackupsBothSucceedAndDeduplicate()
    {
        const QString base = fresh("concurrent");
        const QString repository = base + "/repo";
        QVERIFY_RUN(repo({"init", "--repo", repository, "--scrypt-n", "1024"}), 0);
        const QByteArray common = pseudoRandom(24 * kMiB, 7);
        for (const char* node : {"node-a", "node-b", "node-c"}) {
            writeFile(base + '/' + node + "/ckpt.bin", common);
            writeFile(base + '/' + node + "/own.bin", pseudoRandom(kMiB, qHash(QByteArray(node))));
        }
        QProcess first;
        QProcess second;
        for (QProcess* process : {&first, &second}) {
            process->setProcessEnvironment(m_env);
            process->start(lifeboat::test::cliPath(), {"repo", "backup", "--json", "--repo", repository, base + (process == &first ? "/node-a" : "/node-b")});
        }
        for (QProcess* process : {&first, &second}) {
            QVERIFY(process->waitForFinished(300000));
            QVERIFY2(process->exitStatus() == QProcess::NormalExit && process->exitCode() == 0, process->readAllStandardError().constData());
        }
        QVERIFY_RUN(repo({"verify", "--repo", repository, "--read-data"}), 0);
        for (const char* node : {"node-a", "node-b"}) {
            const QString target = base + "/restored-" + node;
            const Run snapshots = repo({"snapshots", "--repo", repository, "--json", "--path", base + '/' + node});
            const QString id = lifeboat::test::resultLine(snapshots.out).value("snapshots").toArray().first().toObject().value("id").toString();
            QVERIFY_RUN(repo({"restore", "--repo", repository, id, "--target", target}), 0);
            QVERIFY(compareTrees(base + '/' + node, target + '/' + node, false).isEmpty());
        }
        QVERIFY_RUN(repo({"prune", "--repo", repository, "--grace", "0"}), 0);
        const std::uint64_t stored = bytesIn(repository + "/data");
        QVERIFY2(stored < 24 * kMiB + 3 * kMiB, qPrintable(QString::number(stored)));   // once, plus two shards and overhead
        const Run third = repo({"backup", "--repo", repository, "--json", base + "/node-c"});
        QVERIFY_RUN(third, 0);
        QVERIFY(lifeboat::test::resultLine(third.out).value("newStoredBytes").toInteger() < 2 * kMiB);
        QVERIFY_RUN(repo({"verify", "--repo", repository, "--read-data"}), 0);
    }
};

QTEST_GUILESS_MAIN(TestRepoLifecycleCli)
#include "TestRepoLifecycleCli.moc"
