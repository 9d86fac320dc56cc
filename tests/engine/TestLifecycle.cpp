// SPDX-License-Identifier: GPL-3.0-or-later
// A repository over its life: forget by policy, prune (delete, repack, grace age, and
// stopping on any doubt), repair of damage, and power cuts during all three.
#include "FaultyStorage.h"
#include "LifecycleFixtures.h"
#include "core/engine/Backup.h"
#include "core/engine/Forget.h"
#include "core/engine/Prune.h"
#include "core/engine/Repair.h"
#include "core/engine/Restore.h"
#include "core/engine/Verify.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <functional>
#include <set>

using namespace lifeboat;
using namespace lifeboat::testing;

namespace {

engine::PruneOptions pruneNow(double repackPercent = 20)
{
    engine::PruneOptions options;
    options.graceAge = std::chrono::seconds(0);
    options.repackUnusedPercent = repackPercent;
    return options;
}


} // namespace


class TestLifecycle : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_counter = 0;
    QString fresh(const QString& name) { return m_dir.filePath(QStringLiteral("%1-%2").arg(name).arg(++m_counter)); }

    engine::RetentionPolicy keepLast(int n)
    {
        engine::RetentionPolicy policy;
        policy.keep.keepLast = n;
        return policy;
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void forgetDryRunChangesNothingAndForgetRemovesOnlyWhatThePolicyDrops()
    {
        History h = makeHistory(fresh("history"), 1u << 20, 3, false);
        auto repository = openRepository(h.repo);
        const QStringList before = repositoryState(h.repo);
        engine::ForgetOptions options;
        options.policy = keepLast(1);
        options.dryRun = true;
        auto planned = engine::Forget::run(*repository, options);
        QVERIFY(planned);
        QCOMPARE(planned->groups.size(), std::size_t(1));
        const auto& decisions = planned->groups.front().decisions;
        QCOMPARE(decisions.size(), std::size_t(3));
        QCOMPARE(decisions[0].snapshot.id, h.snapshots[2].id);
        QVERIFY(decisions[0].kept());
        QVERIFY(!decisions[1].kept() && !decisions[2].kept());
        QCOMPARE(repositoryState(h.repo), before);

        options.dryRun = false;
        auto done = engine::Forget::run(*repository, options);
        QVERIFY(done);
        QCOMPARE(done->removed, 1u + 1u);
        auto left = repository->snapshots();
        QCOMPARE(left->size(), 1);
        QCOMPARE(left->first().id, h.snapshots[2].id);
    }

    void forgetRefusesToEmptyAGroupUnlessAllowed()
    {
        History h = makeHistory(fresh("history"), 1u << 20, 2, false);
        auto repository = openRepository(h.repo);
        engine::ForgetOptions options;
        options.policy.keepTags = {"release"};     // no snapshot has it: every one would go
        const QStringList before = repositoryState(h.repo);
        auto refused = engine::Forget::run(*repository, options);
        QVERIFY(!refused);
        QVERIFY2(refused.error().message.contains("--allow-empty"), qPrintable(refused.error().message));
        QCOMPARE(repositoryState(h.repo), before);
        options.allowEmpty = true;
        auto done = engine::Forget::run(*repository, options);
        QVERIFY(done);
        QCOMPARE(repository->snapshots()->size(), 0);
    }

    void retentionGroupsByDatasetWhereverTheSnapshotWasTaken()
    {
        const QString base = fresh("datasets");
        auto repository = initRepository(base + "/repo");
        writeFile(base + "/a/x", "1");
        writeFile(base + "/b/x", "2");
        backupInProcess(*repository, base + "/a", "ckpt");
        backupInProcess(*repository, base + "/b", "ckpt");     // other paths, same dataset
        backupInProcess(*repository, base + "/b");             // no dataset: its own group
        engine::ForgetOptions options;
        options.policy = keepLast(1);
        auto done = engine::Forget::run(*repository, options);
        QVERIFY(done);
        QCOMPARE(done->groups.size(), std::size_t(2));
        QCOMPARE(done->removed, 1u);
        auto left = repository->snapshots();
        QCOMPARE(left->size(), 2);
        QCOMPARE(left->at(0).paths.first(), QDir::cleanPath(base + "/b"));
        QCOMPARE(left->at(1).paths.first(), QDir::cleanPath(base + "/b"));
    }

    // Two of three versions forgotten: prune frees their unique data (two 2 MiB shards of
    // random bytes), nothing else, and the kept snapshot still restores bit for bit.
    void pruneReclaimsWhatNoSnapshotNeeds()
    {
        History h = makeHistory(fresh("history"), 1u << 20, 3, false);
        auto repository = openRepository(h.repo);
        engine::ForgetOptions forget;
        forget.policy = keepLast(1);
        QVERIFY(engine::Forget::run(*repository, forget));
        const std::uint64_t before = bytesIn(h.repo + "/data");
        // Threshold 0: every unused byte goes, whichever chunks happened to share a pack.
        auto pruned = engine::Prune::run(*repository, pruneNow(0), {}, nullptr);
        QVERIFY2(pruned, qPrintable(pruned ? QString() : pruned.error().message));
        const std::uint64_t after = bytesIn(h.repo + "/data");
        QCOMPARE(before - after, static_cast<std::uint64_t>(pruned->bytesReclaimed()));
        // Two unique shards of incompressible data, plus their trees; minus nothing kept.
        QVERIFY2(before - after >= 4 * kMiB && before - after < 4 * kMiB + 256 * 1024, qPrintable(QString::number(before - after)));
        QVERIFY(verifyAll(*repository).clean());
        auto reopened = openRepository(h.repo);
        QVERIFY(verifyAll(*reopened).clean());
        const QStringList differences = restoreDifferences(*reopened, h.snapshots[2], h.expected[2], fresh("restored"));
        QVERIFY2(differences.isEmpty(), qPrintable(differences.join('\n')));
        // Nothing left to do.
        auto again = engine::Prune::run(*reopened, pruneNow(), {}, nullptr);
        QVERIFY(again);
        QCOMPARE(again->packsDeleted, 0u);
    }

    // With 8 MiB packs one pack holds the kept weights and the forgotten shard: it is
    // rewritten above the threshold and left alone below it.
    void prunePacksAboveTheThresholdAreRewritten()
    {
        History h = makeHistory(fresh("history"), 8u << 20, 2, false);
        auto repository = openRepository(h.repo);
        engine::ForgetOptions forget;
        forget.policy = keepLast(1);
        QVERIFY(engine::Forget::run(*repository, forget));
        engine::PruneOptions lenient = pruneNow(60);
        lenient.dryRun = true;
        const QStringList before = repositoryState(h.repo);
        auto planned = engine::Prune::run(*repository, lenient, {}, nullptr);
        QVERIFY(planned);
        QCOMPARE(planned->packsRepacked, 0u);
        QCOMPARE(repositoryState(h.repo), before);
        auto pruned = engine::Prune::run(*repository, pruneNow(20), {}, nullptr);
        QVERIFY(pruned);
        QCOMPARE(pruned->packsRepacked, 1u);
        QVERIFY(pruned->packsWritten >= 1u);
        QVERIFY(pruned->bytesReclaimed() >= 2 * kMiB);
        auto reopened = openRepository(h.repo);
        QVERIFY(verifyAll(*reopened).clean());
        const QStringList differences = restoreDifferences(*reopened, h.snapshots[1], h.expected[1], fresh("restored"));
        QVERIFY2(differences.isEmpty(), qPrintable(differences.join('\n')));
    }

    void pruneLeavesUnreferencedPacksYoungerThanTheGraceAge()
    {
        History h = makeHistory(fresh("history"), 1u << 20, 1, false);
        auto repository = openRepository(h.repo);
        engine::ForgetOptions forget;
        forget.policy.keepTags = {"none"};
        forget.allowEmpty = true;
        QVERIFY(engine::Forget::run(*repository, forget));
        const std::uint64_t before = bytesIn(h.repo + "/data");
        engine::PruneOptions graceful;     // default grace: one hour
        auto pruned = engine::Prune::run(*repository, graceful, {}, nullptr);
        QVERIFY(pruned);
        QCOMPARE(pruned->packsDeleted, 0u);
        QCOMPARE(pruned->packsKeptYoung, pruned->packs);
        QCOMPARE(bytesIn(h.repo + "/data"), before);
        auto now = engine::Prune::run(*repository, pruneNow(), {}, nullptr);
        QVERIFY(now);
        QCOMPARE(now->packsDeleted, now->packs);
        QCOMPARE(bytesIn(h.repo + "/data"), 0u);
        QVERIFY(verifyAll(*openRepository(h.repo)).clean());
    }

    // Any doubt stops prune before it changes anything: a listing that fails, a snapshot
    // that cannot be read, a tree that is gone.
    void pruneStopsBeforeChangingAnythingOnDoubt_data()
    {
        QTest::addColumn<QString>("doubt");
        QTest::newRow("listing data/ fails") << "listing";
        QTest::newRow("a snapshot file is damaged") << "snapshot";
        QTest::newRow("a pack holding trees is gone") << "tree";
    }
    void pruneStopsBeforeChangingAnythingOnDoubt()
    {
        QFETCH(QString, doubt);
        History h = makeHistory(fresh("history"), 1u << 20, 3, false);
        {
            auto repository = openRepository(h.repo);
            engine::ForgetOptions forget;
            forget.policy = keepLast(1);
            QVERIFY(engine::Forget::run(*repository, forget));
            if (doubt == "snapshot") {
                flipByte(h.repo + "/snapshots/" + h.snapshots[2].id, 40);
            } else if (doubt == "tree") {
                QVERIFY(repository->loadIndex());
                const repo::BlobLocation* root = repository->index().find(h.snapshots[2].tree);
                QVERIFY(root);
                QVERIFY(QFile::remove(h.repo + '/' + repo::Repository::packName(repository->index().pack(root->pack))));
            }
        }
        const QStringList before = repositoryState(h.repo);
        auto storage = std::make_shared<FaultyStorage>(h.repo, FaultyStorage::Fault::None, 0);
        if (doubt == "listing")
            storage->failList = "data";
        auto repository = repo::Repository::open(storage, "correct horse");
        QVERIFY(repository);
        auto pruned = engine::Prune::run(*repository.value(), pruneNow(), {}, nullptr);
        QVERIFY(!pruned);
        QVERIFY2(pruned.error().message.contains("before changing anything"), qPrintable(pruned.error().message));
        QCOMPARE(repositoryState(h.repo), before);
    }

    void repairOfADeletedPackMarksTheSnapshotAndVerifyNamesTheFiles()
    {
        History h = makeHistory(fresh("history"), 1u << 20, 3, false);
        // The pack holding the newest shard's first chunk goes. Which other blobs share it
        // depends on thread timing, so what each snapshot loses is worked out from the
        // pack's own header: every file with a chunk in it, every directory whose tree is.
        QString lostPack;
        std::vector<QStringList> expectedDamage;
        {
            auto repository = openRepository(h.repo);
            QVERIFY(repository->loadIndex());
            auto root = repository->loadTree(h.snapshots[2].tree);
            auto ckpt = repository->loadTree(root->front().subtree);
            repo::ContentId packId;
            for (const repo::TreeNode& node : ckpt.value()) {
                if (node.name == "shard.bin")
                    packId = repository->index().pack(repository->index().find(node.content.front())->pack);
            }
            lostPack = repo::Repository::packName(packId);
            auto header = repository->readPackHeader(packId);
            QVERIFY(header);
            std::set<repo::ContentId> lost;
            for (const repo::PackEntry& entry : header.value())
                lost.insert(entry.id);
            for (const repo::Snapshot& snapshot : h.snapshots) {
                QStringList damaged;
                std::function<void(const repo::ContentId&, const QString&)> walk = [&](const repo::ContentId& tree, const QString& path) {
                    if (lost.count(tree)) {
                        damaged.append(path.isEmpty() ? QStringLiteral("/") : path);
                        return;
                    }
                    const auto nodes = repository->loadTree(tree);
                    if (!nodes)
                        qFatal("tree unreadable before the damage: %s", qPrintable(nodes.error().message));
                    for (const repo::TreeNode& node : *nodes) {
                        const QString child = path + '/' + QString::fromUtf8(node.name);
                        if (node.type == repo::NodeType::Directory)
                            walk(node.subtree, child);
                        else if (std::any_of(node.content.begin(), node.content.end(), [&](const repo::ContentId& id) { return lost.count(id) > 0; }))
                            damaged.append(child);
                    }
                };
                walk(snapshot.tree, QString());
                damaged.sort();
                expectedDamage.push_back(damaged);
            }
        }
        // The lost pack holds shard.bin's data; with parallel packing it may also hold the tree
        // of a directory above it, and then the damage is named at that directory.
        QVERIFY2(std::any_of(expectedDamage[2].begin(), expectedDamage[2].end(),
                             [](const QString& p) { return p == QLatin1String("/ckpt/shard.bin") || QStringLiteral("/ckpt/shard.bin").startsWith(p == QLatin1String("/") ? p : p + '/'); }),
                 qPrintable(expectedDamage[2].join(QStringLiteral(", "))));
        QVERIFY(QFile::remove(h.repo + '/' + lostPack));
        auto repository = openRepository(h.repo);
        QVERIFY(!verifyAll(*repository).clean());

        const QStringList before = repositoryState(h.repo);
        auto planned = engine::Repair::run(*repository, {}, {}, nullptr);
        QVERIFY(planned);
        QVERIFY(planned->changes());
        QCOMPARE(planned->snapshotsMarked, 0u);
        QCOMPARE(repositoryState(h.repo), before);    // a dry run by default

        engine::RepairOptions apply;
        apply.apply = true;
        auto repaired = engine::Repair::run(*repository, apply, {}, nullptr);
        QVERIFY2(repaired, qPrintable(repaired ? QString() : repaired.error().message));
        const auto marked = static_cast<std::uint64_t>(std::count_if(expectedDamage.begin(), expectedDamage.end(), [](const QStringList& d) { return !d.isEmpty(); }));
        QCOMPARE(repaired->snapshotsMarked, marked);
        auto reopened = openRepository(h.repo);
        auto snapshots = reopened->snapshots();
        QCOMPARE(snapshots->size(), 3);                // kept, never dropped
        const engine::VerifyResult checked = verifyAll(*reopened);
        QVERIFY2(checked.clean(), qPrintable(checked.errors.join('\n')));
        for (int v = 0; v < 3; ++v) {
            const repo::Snapshot& now = snapshots->at(v);
            QCOMPARE(now.time, h.snapshots[v].time);
            QCOMPARE(now.damagedPaths, expectedDamage[static_cast<std::size_t>(v)]);
            if (expectedDamage[static_cast<std::size_t>(v)].isEmpty()) {
                QCOMPARE(now.id, h.snapshots[v].id);   // untouched
                const QStringList differences = restoreDifferences(*reopened, now, h.expected[v], fresh("restored"));
                QVERIFY2(differences.isEmpty(), qPrintable(differences.join('\n')));
                continue;
            }
            QCOMPARE(now.repairedFrom, h.snapshots[v].id);
            QVERIFY(checked.notes.join('\n').contains(now.shortId()));
            for (const QString& path : now.damagedPaths)
                QVERIFY2(checked.affected.join('\n').contains(path), qPrintable(checked.affected.join('\n')));
        }
        // Repair again: nothing left to do.
        auto again = engine::Repair::run(*reopened, apply, {}, nullptr);
        QVERIFY(again);
        QVERIFY2(!again->changes(), qPrintable(again->actions.join('\n')));
    }

    // One 8 MiB pack holds both files; a flipped byte in the weights' first chunk. Repair
    // keeps every other blob of the pack.
    void repairSalvagesTheReadableBlobsOfADamagedPack()
    {
        History h = makeHistory(fresh("history"), 8u << 20, 1, false);
        {
            auto repository = openRepository(h.repo);
            QVERIFY(repository->loadIndex());
            auto root = repository->loadTree(h.snapshots[0].tree);
            auto ckpt = repository->loadTree(root->front().subtree);
            for (const repo::TreeNode& node : ckpt.value()) {
                if (node.name == "weights.bin") {
                    const repo::BlobLocation* location = repository->index().find(node.content.front());
                    flipByte(h.repo + '/' + repo::Repository::packName(repository->index().pack(location->pack)), location->offset + 100);
                }
            }
        }
        auto repository = openRepository(h.repo);
        engine::RepairOptions apply;
        apply.apply = true;
        auto repaired = engine::Repair::run(*repository, apply, {}, nullptr);
        QVERIFY(repaired);
        QCOMPARE(repaired->packsDamaged, 1u);
        QVERIFY(repaired->blobsSalvaged >= 3u);       // shard chunks, the step file, trees
        QCOMPARE(repaired->blobsLost, 1u);
        auto reopened = openRepository(h.repo);
        QVERIFY(verifyAll(*reopened).clean());
        const repo::Snapshot marked = reopened->snapshots()->first();
        QCOMPARE(marked.damagedPaths, QStringList{"/ckpt/weights.bin"});
        const QString target = fresh("restored");
        engine::RestoreOptions options;
        options.target = target;
        QDir().mkpath(target);
        auto restored = engine::Restore::run(*reopened, marked, options, {}, nullptr);
        QVERIFY(restored);
        QCOMPARE(restored->failures.size(), 1);
        QVERIFY(restored->failures.first().contains("weights.bin"));
        QFile shard(target + "/ckpt/shard.bin");
        QVERIFY(shard.open(QIODevice::ReadOnly));
        QCOMPARE(shard.readAll(), pseudoRandom(2 * kMiB, 100));
    }

    void repairRebuildsADamagedIndex()
    {
        History h = makeHistory(fresh("history"), 1u << 20, 3, false);
        const QStringList indexFiles = QDir(h.repo + "/index").entryList(QDir::Files);
        QVERIFY(!indexFiles.isEmpty());
        QFile::resize(h.repo + "/index/" + indexFiles.first(), 31);
        {
            auto repository = openRepository(h.repo);
            engine::VerifyOptions options;
            QVERIFY(!engine::Verify::run(*repository, options, {}, nullptr));   // the index cannot even load
        }
        auto repository = openRepository(h.repo);
        engine::RepairOptions apply;
        apply.apply = true;
        auto repaired = engine::Repair::run(*repository, apply, {}, nullptr);
        QVERIFY(repaired);
        QCOMPARE(repaired->indexFilesDamaged, 1u);
        QCOMPARE(repaired->blobsLost, 0u);
        auto reopened = openRepository(h.repo);
        QVERIFY(verifyAll(*reopened).clean());
        auto snapshots = reopened->snapshots();
        for (int v = 0; v < 3; ++v) {
            const QStringList differences = restoreDifferences(*reopened, snapshots->at(v), h.expected[v], fresh("restored"));
            QVERIFY2(differences.isEmpty(), qPrintable(differences.join('\n')));
        }
    }

    void repairKeepsASnapshotFileItCannotRead()
    {
        History h = makeHistory(fresh("history"), 1u << 20, 2, false);
        const QString path = h.repo + "/snapshots/" + h.snapshots[0].id;
        flipByte(path, 50);
        QFile damaged(path);
        QVERIFY(damaged.open(QIODevice::ReadOnly));
        const QByteArray bytes = damaged.readAll();
        damaged.close();
        auto repository = openRepository(h.repo);
        engine::RepairOptions apply;
        apply.apply = true;
        auto repaired = engine::Repair::run(*repository, apply, {}, nullptr);
        QVERIFY(repaired);
        QCOMPARE(repaired->unrepairable.size(), 1);
        QVERIFY(repaired->unrepairable.first().contains(h.snapshots[0].shortId()));
        QVERIFY(damaged.open(QIODevice::ReadOnly));
        QCOMPARE(damaged.readAll(), bytes);
    }

    // The fault-injecting storage cuts the power at the Nth step that changes the
    // repository: that step and all later ones fail, and nothing that was not committed
    // survives. Then, on the plain disk: verify --read-data is clean and every snapshot
    // that existed before restores bit for bit. Spread over every step of each operation.
    void aPowerCutDuringBackupPruneOrRepairLosesNothing_data()
    {
        QTest::addColumn<QString>("operation");
        QTest::newRow("backup") << "backup";
        QTest::newRow("prune") << "prune";
        QTest::newRow("repair") << "repair";
    }
    void aPowerCutDuringBackupPruneOrRepairLosesNothing()
    {
        QFETCH(QString, operation);
        History h = makeHistory(fresh("history"), 64 * 1024, operation == "prune" ? 8 : 5, true);
        {
            auto repository = openRepository(h.repo);
            if (operation == "prune") {
                engine::ForgetOptions forget;
                forget.policy = keepLast(2);
                QVERIFY(engine::Forget::run(*repository, forget));
                h.snapshots = h.snapshots.mid(h.snapshots.size() - 2);
                h.expected = h.expected.mid(h.expected.size() - 2);
            } else if (operation == "repair") {
                damageForRepair(*repository, h);
            }
        }
        writeFile(h.source + "/shard.bin", pseudoRandom(kMiB, 999));
        const auto runOperation = [&](repo::Repository& repository) -> Status {
            if (operation == "backup") {
                engine::BackupOptions options;
                options.paths = {h.source};
                auto done = engine::Backup::run(repository, options, {}, nullptr);
                return done ? success() : Status(done.error());
            }
            if (operation == "prune") {
                auto done = engine::Prune::run(repository, pruneNow(), {}, nullptr);
                return done ? success() : Status(done.error());
            }
            engine::RepairOptions apply;
            apply.apply = true;
            auto done = engine::Repair::run(repository, apply, {}, nullptr);
            return done ? success() : Status(done.error());
        };
        // How many steps the operation takes, on a copy without a cut.
        std::uint64_t steps = 0;
        {
            const QString copy = fresh("count");
            copyDirectory(h.repo, copy);
            auto storage = std::make_shared<FaultyStorage>(copy, FaultyStorage::Fault::PowerCut, ~0ull);
            auto repository = repo::Repository::open(storage, "correct horse");
            QVERIFY(repository);
            QVERIFY(runOperation(*repository.value()));
            steps = storage->steps();
        }
        const int trials = 50;
        QVERIFY2(steps >= trials, qPrintable(QStringLiteral("only %1 steps: every cut point must be a different one").arg(steps)));
        int clean = 0;
        for (int trial = 0; trial < trials; ++trial) {
            const std::uint64_t cutAt = 1 + (steps - 1) * static_cast<std::uint64_t>(trial) / (trials - 1);
            const QString copy = fresh("cut");
            copyDirectory(h.repo, copy);
            {
                auto storage = std::make_shared<FaultyStorage>(copy, FaultyStorage::Fault::PowerCut, cutAt);
                auto repository = repo::Repository::open(storage, "correct horse");
                QVERIFY(repository);
                const Status outcome = runOperation(*repository.value());
                QVERIFY2(!outcome || !storage->powerWasCut() || cutAt >= steps, qPrintable(QStringLiteral("step %1 of %2: the operation claimed success after the cut").arg(cutAt).arg(steps)));
            }
            auto repository = openRepository(copy);
            if (operation == "repair") {
                // A repair cut short is finished by running it again.
                engine::RepairOptions apply;
                apply.apply = true;
                QVERIFY(engine::Repair::run(*repository, apply, {}, nullptr));
                repository = openRepository(copy);
            }
            const engine::VerifyResult checked = verifyAll(*repository);
            QVERIFY2(checked.clean(), qPrintable(QStringLiteral("cut at step %1 of %2: %3").arg(cutAt).arg(steps).arg(checked.errors.join('\n'))));
            auto snapshots = repository->snapshots();
            QVERIFY(snapshots);
            for (int v = 0; v < h.snapshots.size(); ++v) {
                auto it = std::find_if(snapshots->begin(), snapshots->end(), [&](const repo::Snapshot& s) { return s.tree == h.snapshots[v].tree && s.time == h.snapshots[v].time; });
                QVERIFY2(it != snapshots->end(), qPrintable(QStringLiteral("cut at step %1: snapshot %2 is gone").arg(cutAt).arg(h.snapshots[v].shortId())));
                const QStringList differences = restoreDifferences(*repository, *it, h.expected[v], fresh("restored"));
                QVERIFY2(differences.isEmpty(), qPrintable(QStringLiteral("cut at step %1: %2").arg(cutAt).arg(differences.join('\n'))));
            }
            ++clean;
            QDir(copy).removeRecursively();
        }
        qInfo("power cut during %s: %d of %d clean (steps 1..%llu)", qPrintable(operation), clean, trials, static_cast<unsigned long long>(steps));
        QCOMPARE(clean, trials);
    }
};

QTEST_GUILESS_MAIN(TestLifecycle)
#include "TestLifecycle.moc"
