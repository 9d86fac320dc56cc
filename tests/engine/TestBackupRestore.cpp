// SPDX-License-Identifier: GPL-3.0-or-later
// Backup → restore round trips through a real repository on disk.
#include "EngineFixtures.h"
#include "core/engine/Backup.h"
#include "core/engine/Browse.h"
#include "core/engine/Restore.h"
#include "core/engine/Verify.h"
#include "core/platform/FileSystem.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace lifeboat;
using namespace lifeboat::testing;

class TestBackupRestore : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString path(const QString& name) const { return m_dir.filePath(name); }

    repo::Snapshot backup(repo::Repository& repository, const QStringList& paths, engine::BackupOptions options = {})
    {
        options.paths = paths;
        auto result = engine::Backup::run(repository, options, {}, nullptr);
        if (!result)
            qFatal("backup failed: %s", qPrintable(result.error().message));
        return result->snapshot;
    }

    engine::RestoreResult restore(repo::Repository& repository, const repo::Snapshot& snapshot, const QString& target, engine::RestoreOptions options = {})
    {
        QDir().mkpath(target);
        options.target = target;
        auto result = engine::Restore::run(repository, snapshot, options, {}, nullptr);
        if (!result)
            qFatal("restore failed: %s", qPrintable(result.error().message));
        return result.value();
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void roundTripOfEveryKindOfEntry_data()
    {
        QTest::addColumn<bool>("encrypted");
        QTest::newRow("encrypted") << true;
        QTest::newRow("unencrypted") << false;
    }
    void roundTripOfEveryKindOfEntry()
    {
        QFETCH(bool, encrypted);
        const QString tag = encrypted ? "enc" : "plain";
        const QString source = path(tag + "/source/src");
        makeEveryKindTree(source, 512ll << 20);
        auto repository = initRepository(path(tag + "/repo"), encrypted);
        const repo::Snapshot snapshot = backup(*repository, {source});
        // 8 at the top, sparse.img, nested.txt, linked.bin and its second name, bottom.txt, 4 in modes/.
        QCOMPARE(snapshot.summary.files, 17u);
        const engine::RestoreResult result = restore(*repository, snapshot, path(tag + "/target"));
        QVERIFY2(result.failures.isEmpty(), qPrintable(result.failures.join('\n')));
        QCOMPARE(result.hardLinks, 1u);
        QCOMPARE(result.symlinks, 3u);
        const QStringList differences = compareTrees(source, path(tag + "/target/src"), platform::FileSystem::runningAsRoot());
        QVERIFY2(differences.isEmpty(), qPrintable(differences.join('\n')));
        // The sparse file comes back sparse: far fewer blocks than its size.
        struct stat st {};
        QCOMPARE(::stat(QFile::encodeName(path(tag + "/target/src/sparse.img")).constData(), &st), 0);
        QVERIFY2(st.st_blocks * 512 < 16 * 1024 * 1024, qPrintable(QString::number(st.st_blocks)));
    }

    void identicalFilesAreStoredOnce()
    {
        const QString source = path("dedup/src");
        const QByteArray content = pseudoRandom(3 * 1024 * 1024, 7);
        for (int i = 0; i < 5; ++i)
            writeFile(source + QStringLiteral("/copy%1.bin").arg(i), content);
        auto repository = initRepository(path("dedup/repo"));
        const repo::Snapshot snapshot = backup(*repository, {source});
        QCOMPARE(snapshot.summary.bytes, 5u * 3 * 1024 * 1024);
        // One copy's worth of data (random: incompressible) plus the tree and sealing overhead.
        QVERIFY2(snapshot.summary.newStoredBytes < 3u * 1024 * 1024 + 8192, qPrintable(QString::number(snapshot.summary.newStoredBytes)));
    }

    void anInsertNearTheStartStoresOnlyNearbyChunks()
    {
        const QString source = path("insert/src");
        QByteArray content = pseudoRandom(40 * 1024 * 1024, 9);
        writeFile(source + "/shard.bin", content);
        auto repository = initRepository(path("insert/repo"));
        backup(*repository, {source});
        content.insert(5000, pseudoRandom(100, 10));
        writeFile(source + "/shard.bin", content);
        const repo::Snapshot second = backup(*repository, {source});
        // Chunks are ≤ 8 MiB and average ~1.2 MiB; the edit touches one or two of them.
        QVERIFY2(second.summary.newStoredBytes < 10u * 1024 * 1024, qPrintable(QString::number(second.summary.newStoredBytes)));
        const engine::RestoreResult result = restore(*repository, second, path("insert/target"));
        QVERIFY(result.failures.isEmpty());
        QFile restored(path("insert/target/src/shard.bin"));
        QVERIFY(restored.open(QIODevice::ReadOnly));
        QVERIFY(restored.readAll() == content);
    }

    void unchangedFilesAreNotReadAgain()
    {
        const QString source = path("incremental/src");
        for (int i = 0; i < 50; ++i)
            writeFile(source + QStringLiteral("/f%1").arg(i), pseudoRandom(10000, 100 + i));
        auto repository = initRepository(path("incremental/repo"));
        const repo::Snapshot first = backup(*repository, {source});
        QCOMPARE(first.summary.filesUnchanged, 0u);
        writeFile(source + "/f7", pseudoRandom(10001, 999));
        const repo::Snapshot second = backup(*repository, {source});
        QCOMPARE(second.parent, first.id);
        QCOMPARE(second.summary.filesUnchanged, 49u);
        // --force reads everything again, and finds nothing new to store.
        engine::BackupOptions force;
        force.noParent = true;
        const repo::Snapshot third = backup(*repository, {source}, force);
        QCOMPARE(third.summary.filesUnchanged, 0u);
        QCOMPARE(third.summary.newBlobs, 0u);
    }

    void excludesAndIncludes()
    {
        const QString source = path("globs/src");
        writeFile(source + "/keep.txt", "keep");
        writeFile(source + "/cache/big.tmp", "drop");
        writeFile(source + "/data/x.tmp", "drop");
        writeFile(source + "/data/y.bin", "keep");
        auto repository = initRepository(path("globs/repo"));
        engine::BackupOptions options;
        // Backup excludes match absolute paths (as restic's do), or names anywhere.
        options.excludes = {"*.tmp", source + "/cache"};
        const repo::Snapshot snapshot = backup(*repository, {source}, options);
        QStringList listed;
        QVERIFY(engine::Browse::list(*repository, snapshot, QString(), [&](const engine::ListedEntry& e) { listed << e.path; }));
        QCOMPARE(listed, (QStringList{"/src", "/src/data", "/src/data/y.bin", "/src/keep.txt"}));

        engine::RestoreOptions only;
        only.includes = {"*.bin"};
        restore(*repository, snapshot, path("globs/target"), only);
        QVERIFY(QFile::exists(path("globs/target/src/data/y.bin")));
        QVERIFY(!QFile::exists(path("globs/target/src/keep.txt")));
    }

    void aRerunSkipsFilesAlreadyCorrectAndRedoesDamagedOnes()
    {
        const QString source = path("rerun/src");
        for (int i = 0; i < 10; ++i)
            writeFile(source + QStringLiteral("/f%1").arg(i), pseudoRandom(200000, 300 + i));
        auto repository = initRepository(path("rerun/repo"));
        const repo::Snapshot snapshot = backup(*repository, {source});
        const QString target = path("rerun/target");
        QCOMPARE(restore(*repository, snapshot, target).filesWritten, 10u);
        // An interrupted earlier run: a staging file left behind, one file missing.
        QVERIFY(QFile::remove(target + "/src/f3"));
        writeFile(target + "/src/" + QString::fromLatin1(engine::Restore::stagingName("f3")), "partial");
        const engine::RestoreResult second = restore(*repository, snapshot, target);
        QCOMPARE(second.filesWritten, 1u);
        QCOMPARE(second.filesAlreadyCorrect, 9u);
        QVERIFY(!QFile::exists(target + "/src/" + QString::fromLatin1(engine::Restore::stagingName("f3"))));
        QVERIFY(compareTrees(source, target + "/src", false).isEmpty());
    }

    void conflictPolicies()
    {
        const QString source = path("conflict/src");
        writeFile(source + "/data.txt", "from the snapshot");
        auto repository = initRepository(path("conflict/repo"));
        const repo::Snapshot snapshot = backup(*repository, {source});
        const QString target = path("conflict/target");
        writeFile(target + "/src/data.txt", "the user's newer file");

        engine::RestoreOptions skip;
        QCOMPARE(restore(*repository, snapshot, target, skip).filesInConflict, 1u);
        QFile kept(target + "/src/data.txt");
        QVERIFY(kept.open(QIODevice::ReadOnly));
        QCOMPARE(kept.readAll(), QByteArray("the user's newer file"));
        kept.close();

        engine::RestoreOptions rename;
        rename.conflict = engine::ConflictPolicy::Rename;
        restore(*repository, snapshot, target, rename);
        QFile beside(target + "/src/data.txt.restored-" + snapshot.shortId());
        QVERIFY(beside.open(QIODevice::ReadOnly));
        QCOMPARE(beside.readAll(), QByteArray("from the snapshot"));

        engine::RestoreOptions overwrite;
        overwrite.conflict = engine::ConflictPolicy::Overwrite;
        restore(*repository, snapshot, target, overwrite);
        QVERIFY(kept.open(QIODevice::ReadOnly));
        QCOMPARE(kept.readAll(), QByteArray("from the snapshot"));
    }

    void diffNamesAddedRemovedAndModified()
    {
        const QString source = path("diff/src");
        writeFile(source + "/same", "same");
        writeFile(source + "/changed", "v1");
        writeFile(source + "/removed", "bye");
        auto repository = initRepository(path("diff/repo"));
        const repo::Snapshot first = backup(*repository, {source});
        writeFile(source + "/changed", "version 2");
        QFile::remove(source + "/removed");
        writeFile(source + "/added/new", "hello");
        const repo::Snapshot second = backup(*repository, {source});
        QStringList changes;
        auto summary = engine::Browse::diff(*repository, first, second, [&](const engine::DiffEntry& e) {
            changes << QStringLiteral("%1 %2").arg(int(e.change)).arg(e.path);
        });
        QVERIFY(summary);
        changes.sort();
        QCOMPARE(changes, (QStringList{"1 /src/added", "1 /src/added/new", "2 /src/removed", "3 /src/changed"}));
        QCOMPARE(summary->added, 2u);
        QCOMPARE(summary->removed, 1u);
        QCOMPARE(summary->modified, 1u);
    }
};

QTEST_GUILESS_MAIN(TestBackupRestore)
#include "TestBackupRestore.moc"
