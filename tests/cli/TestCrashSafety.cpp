// SPDX-License-Identifier: GPL-3.0-or-later
// lifeboat-cli killed with SIGKILL in the middle of backup, prune and repair, at points
// drawn from fixed seeds among every step that changes the repository (each append,
// each step of a commit, each removal: LIFEBOAT_CRASH_TEST_KILL_AT in LocalStorage).
// After each kill: `repo verify --read-data` passes and every snapshot that existed
// before restores bit for bit. LIFEBOAT_CRASH_TRIALS sets the kills per operation
// (default 50; the documented longer run uses 500).
#include "../engine/LifecycleFixtures.h"
#include "CliRunner.h"
#include "core/engine/Forget.h"

#include <QDir>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <set>

using lifeboat::test::cli;
using lifeboat::test::Run;
using namespace lifeboat;
using namespace lifeboat::testing;

class TestCrashSafety : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_counter = 0;
    QString fresh(const QString& name) { return m_dir.filePath(QStringLiteral("%1-%2").arg(name).arg(++m_counter)); }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void sigkillAtManyPointsLosesNothing_data()
    {
        QTest::addColumn<QString>("operation");
        QTest::newRow("backup") << "backup";
        QTest::newRow("prune") << "prune";
        QTest::newRow("repair") << "repair";
    }
    void sigkillAtManyPointsLosesNothing()
    {
        QFETCH(QString, operation);
        const int trials = qEnvironmentVariableIsSet("LIFEBOAT_CRASH_TRIALS") ? qEnvironmentVariableIntValue("LIFEBOAT_CRASH_TRIALS") : 50;
        History h = makeHistory(fresh("history"), 64 * 1024, operation == "prune" ? 8 : 5, true);
        {
            auto repository = openRepository(h.repo);
            if (operation == "prune") {
                engine::ForgetOptions forget;
                forget.policy.keep.keepLast = 2;
                QVERIFY(engine::Forget::run(*repository, forget));
                h.snapshots = h.snapshots.mid(h.snapshots.size() - 2);
                h.expected = h.expected.mid(h.expected.size() - 2);
            } else if (operation == "repair") {
                damageForRepair(*repository, h);
            }
        }
        // A longer run backs up more new data, so its kill points spread over more steps.
        writeFile(h.source + "/shard.bin", pseudoRandom(kMiB * std::max(1, trials / 50), 999));
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert("LIFEBOAT_PASSWORD", "correct horse");
        env.remove("LIFEBOAT_CRASH_TEST_KILL_AT");
        const auto arguments = [&](const QString& repository) -> QStringList {
            if (operation == "backup")
                return {"repo", "backup", "--repo", repository, h.source};
            if (operation == "prune")
                return {"repo", "prune", "--repo", repository, "--grace", "0"};
            return {"repo", "repair", "--repo", repository, "--apply"};
        };

        // Kill points are drawn from 1..range; a run that ends before its point shows the
        // operation has fewer steps, and the range shrinks to that. Same seed, same points.
        QRandomGenerator random(0x5EED0000u + static_cast<quint32>(qHash(operation)));
        quint32 range = 2000;
        int killed = 0;
        int completed = 0;
        std::set<quint32> distinct;
        for (int attempt = 0; killed < trials && attempt < trials * 4; ++attempt) {
            const quint32 point = 1 + random.bounded(range);
            const QString copy = fresh("crash");
            copyDirectory(h.repo, copy);
            QProcessEnvironment killEnv = env;
            killEnv.insert("LIFEBOAT_CRASH_TEST_KILL_AT", QString::number(point));
            const Run run = cli(arguments(copy), 120000, {}, killEnv);
            if (run.exitCode == -2) {
                QVERIFY2(run.signal == SIGKILL, qPrintable(QStringLiteral("point %1: died of signal %2\n%3").arg(point).arg(run.signal).arg(QString::fromUtf8(run.err))));
                ++killed;
                distinct.insert(point);
            } else {
                QVERIFY_RUN(run, 0);
                ++completed;
                range = point;
            }
            if (operation == "repair")
                QVERIFY_RUN(cli({"repo", "repair", "--repo", copy, "--apply"}, 120000, {}, env), 0);   // finishing a killed repair
            const Run verified = cli({"repo", "verify", "--repo", copy, "--read-data"}, 120000, {}, env);
            QVERIFY2(verified.exitCode == 0, qPrintable(QStringLiteral("killed at step %1: verify exit %2\n%3%4")
                                                            .arg(point)
                                                            .arg(verified.exitCode)
                                                            .arg(QString::fromUtf8(verified.out), QString::fromUtf8(verified.err))));
            auto repository = openRepository(copy);
            auto snapshots = repository->snapshots();
            QVERIFY(snapshots);
            for (int v = 0; v < h.snapshots.size(); ++v) {
                auto it = std::find_if(snapshots->begin(), snapshots->end(),
                                       [&](const repo::Snapshot& s) { return s.tree == h.snapshots[v].tree && s.time == h.snapshots[v].time; });
                QVERIFY2(it != snapshots->end(), qPrintable(QStringLiteral("killed at step %1: snapshot %2 is gone").arg(point).arg(h.snapshots[v].shortId())));
                const QStringList differences = restoreDifferences(*repository, *it, h.expected[v], fresh("restored"));
                QVERIFY2(differences.isEmpty(), qPrintable(QStringLiteral("killed at step %1: %2").arg(point).arg(differences.join('\n'))));
            }
            QDir(copy).removeRecursively();
        }
        qInfo("SIGKILL during %s: %d of %d clean, at %zu different steps of 1..%u (%d more runs ended before their kill point)", qPrintable(operation), killed,
              killed, distinct.size(), range, completed);
        QVERIFY2(killed >= trials, qPrintable(QStringLiteral("only %1 runs were killed").arg(killed)));
    }
};

QTEST_GUILESS_MAIN(TestCrashSafety)
#include "TestCrashSafety.moc"
