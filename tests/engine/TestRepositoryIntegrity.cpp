// SPDX-License-Identifier: GPL-3.0-or-later
// Damage and faults: what verify finds, what still restores, and that a failed or
// cancelled backup never harms what was there before.
#include "EngineFixtures.h"
#include "FaultyStorage.h"
#include "LifecycleFixtures.h"
#include "core/engine/Backup.h"
#include "core/engine/Restore.h"
#include "core/engine/Verify.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace lifeboat;
using namespace lifeboat::testing;

class TestRepositoryIntegrity : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_counter = 0;
    QString fresh(const QString& name) { return m_dir.filePath(QStringLiteral("%1-%2").arg(name).arg(++m_counter)); }

    static repo::Snapshot backup(repo::Repository& repository, const QString& source)
    {
        engine::BackupOptions options;
        options.paths = {source};
        auto result = engine::Backup::run(repository, options, {}, nullptr);
        if (!result)
            qFatal("backup failed: %s", qPrintable(result.error().message));
        return result->snapshot;
    }
    static engine::VerifyResult verify(repo::Repository& repository, bool readData)
    {
        engine::VerifyOptions options;
        options.readData = readData;
        auto result = engine::Verify::run(repository, options, {}, nullptr);
        if (!result)
            qFatal("verify failed to run: %s", qPrintable(result.error().message));
        return result.value();
    }
    static void makeSource(const QString& source)
    {
        writeFile(source + "/weights.bin", pseudoRandom(3 * 1024 * 1024, 11));
        writeFile(source + "/corpus.jsonl", QByteArray("{\"text\": \"the quick brown fox\"}\n").repeated(40000));
        writeFile(source + "/small/config.json", "{\"lr\": 0.001}\n");
    }
    // The pack and offset of the first chunk of `file` in `snapshot`.
    static std::pair<QString, std::uint32_t> locateFirstChunk(repo::Repository& repository, const repo::Snapshot& snapshot, const QByteArray& file)
    {
        auto root = repository.loadTree(snapshot.tree);
        auto src = repository.loadTree(root->front().subtree);
        for (const repo::TreeNode& node : src.value()) {
            if (node.name == file) {
                const repo::BlobLocation* location = repository.index().find(node.content.front());
                return {repo::Repository::packName(repository.index().pack(location->pack)), location->offset};
            }
        }
        qFatal("file not in snapshot");
    }
private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void aFlippedByteIsFoundAndItsFilesNamed_data()
    {
        QTest::addColumn<bool>("encrypted");
        QTest::newRow("encrypted") << true;
        QTest::newRow("unencrypted") << false;
    }
    void aFlippedByteIsFoundAndItsFilesNamed()
    {
        QFETCH(bool, encrypted);
        const QString base = fresh("flip");
        makeSource(base + "/src");
        auto repository = initRepository(base + "/repo", encrypted);
        const repo::Snapshot first = backup(*repository, base + "/src");
        writeFile(base + "/src/small/config.json", "{\"lr\": 0.002}\n");
        const repo::Snapshot second = backup(*repository, base + "/src");
        QVERIFY(verify(*repository, true).clean());

        const auto [pack, offset] = locateFirstChunk(*repository, second, "weights.bin");
        flipByte(base + "/repo/" + pack, offset + 100);
        // The structure check does not read data; the full read finds the flip.
        QVERIFY(verify(*repository, false).clean());
        const engine::VerifyResult damaged = verify(*repository, true);
        QVERIFY(!damaged.clean());
        QVERIFY2(damaged.errors.join('\n').contains(pack.section('/', -1).left(12)), qPrintable(damaged.errors.join('\n')));
        QCOMPARE(damaged.affected.size(), 2);
        QVERIFY(damaged.affected.contains(QStringLiteral("snapshot %1: /src/weights.bin").arg(first.shortId())));
        QVERIFY(damaged.affected.contains(QStringLiteral("snapshot %1: /src/weights.bin").arg(second.shortId())));

        // Everything else still restores; the damaged file is reported, not written.
        QDir().mkpath(base + "/target");
        engine::RestoreOptions options;
        options.target = base + "/target";
        auto restored = engine::Restore::run(*repository, second, options, {}, nullptr);
        QVERIFY(restored);
        QCOMPARE(restored->failures.size(), 1);
        QVERIFY(restored->failures.first().contains("weights.bin"));
        QVERIFY(!QFile::exists(base + "/target/src/weights.bin"));
        QVERIFY(QFile::exists(base + "/target/src/corpus.jsonl"));
        QCOMPARE(restored->filesWritten, 2u);
    }

    void truncatedAndMissingObjects()
    {
        const QString base = fresh("missing");
        makeSource(base + "/src");
        auto repository = initRepository(base + "/repo", true, 2u << 20);
        const repo::Snapshot snapshot = backup(*repository, base + "/src");
        const auto [pack, offset] = locateFirstChunk(*repository, snapshot, "weights.bin");
        Q_UNUSED(offset);
        QFile packFile(base + "/repo/" + pack);
        packFile.setPermissions(QFile::ReadOwner | QFile::WriteOwner);
        QVERIFY(packFile.resize(packFile.size() / 2));
        engine::VerifyResult truncated = verify(*repository, false);
        QVERIFY(!truncated.clean());
        QVERIFY2(truncated.errors.join('\n').contains("trailer"), qPrintable(truncated.errors.join('\n')));
        QVERIFY(truncated.affected.contains(QStringLiteral("snapshot %1: /src/weights.bin").arg(snapshot.shortId())));

        QVERIFY(QFile::remove(base + "/repo/" + pack));
        engine::VerifyResult missing = verify(*repository, true);
        QVERIFY(missing.errors.join('\n').contains("is missing"));
        QVERIFY(missing.affected.contains(QStringLiteral("snapshot %1: /src/weights.bin").arg(snapshot.shortId())));

        // A lost index: nothing is found, and verify says so for every file.
        for (const QString& name : QDir(base + "/repo/index").entryList(QDir::Files))
            QVERIFY(QFile::remove(base + "/repo/index/" + name));
        engine::VerifyResult noIndex = verify(*repository, false);
        QVERIFY(!noIndex.clean());

        // A truncated snapshot file is named, never a crash; asked to, the listing sets it
        // aside and goes on (one damaged snapshot must not stop every backup).
        const QString snapshotFile = base + "/repo/snapshots/" + snapshot.id;
        QFile file(snapshotFile);
        file.setPermissions(QFile::ReadOwner | QFile::WriteOwner);
        QVERIFY(file.resize(10));
        auto listed = repository->snapshots();
        QVERIFY(!listed);
        QCOMPARE(listed.error().code, Error::Code::Corrupt);
        QVERIFY(listed.error().message.contains(snapshot.id.left(8)));
        QStringList damaged;
        auto tolerant = repository->snapshots(&damaged);
        QVERIFY(tolerant && tolerant->isEmpty());
        QCOMPARE(damaged.size(), 1);
        QVERIFY(damaged.first().contains(snapshot.id.left(8)));
        engine::VerifyResult withDamagedSnapshot = verify(*repository, false);
        QVERIFY(withDamagedSnapshot.errors.join('\n').contains(snapshot.id.left(8)));
    }

    void wrongPassphraseAndKeys()
    {
        const QString base = fresh("keys");
        makeSource(base + "/src");
        auto repository = initRepository(base + "/repo");
        backup(*repository, base + "/src");
        auto wrong = repo::Repository::open(std::make_shared<repo::LocalStorage>(base + "/repo"), "not the passphrase");
        QVERIFY(!wrong);
        QCOMPARE(wrong.error().code, Error::Code::WrongPassword);
        auto none = repo::Repository::open(std::make_shared<repo::LocalStorage>(base + "/repo"), QByteArray());
        QCOMPARE(none.error().code, Error::Code::WrongPassword);

        repo::ScryptParams fast;
        fast.n = 1024;
        auto added = repository->addKey("second passphrase", fast);
        QVERIFY(added);
        auto second = openRepository(base + "/repo", "second passphrase");
        QCOMPARE(second->currentKeyId(), added.value());
        QVERIFY(verify(*second, true).clean());
        // The key in use cannot be removed through itself; another one can remove it.
        QVERIFY(!second->removeKey(added.value()));
        QVERIFY(second->removeKey(repository->currentKeyId()));
        QCOMPARE(repo::Repository::open(std::make_shared<repo::LocalStorage>(base + "/repo"), "correct horse").error().code, Error::Code::WrongPassword);
        // The last key never goes.
        auto last = second->removeKey(added.value());
        QVERIFY(!last);
    }

    void aConfigEditedToUnencryptedIsRefused()
    {
        const QString base = fresh("downgrade");
        initRepository(base + "/repo");
        QFile config(base + "/repo/config");
        config.setPermissions(QFile::ReadOwner | QFile::WriteOwner);
        QVERIFY(config.open(QIODevice::ReadOnly));
        QByteArray json = config.readAll();
        config.close();
        json.replace("aes-256-gcm", "none");
        QVERIFY(config.open(QIODevice::WriteOnly | QIODevice::Truncate));
        config.write(json);
        config.close();
        auto opened = repo::Repository::open(std::make_shared<repo::LocalStorage>(base + "/repo"), QByteArray());
        QVERIFY(!opened);
        QCOMPARE(opened.error().code, Error::Code::Corrupt);
    }

    // Every kind of write fault at many points of a second backup: the backup fails with a
    // clear error, the repository still verifies, the first snapshot restores bit-identical,
    // and the next backup works.
    void faultsNeverHarmEarlierSnapshots_data()
    {
        QTest::addColumn<int>("fault");
        QTest::addColumn<QList<quint64>>("points");
        using F = FaultyStorage::Fault;
        QTest::newRow("EIO on the Nth write") << int(F::FailAppend) << QList<quint64>{1, 2, 3, 5, 8, 13, 21, 34};
        QTest::newRow("short Nth write") << int(F::ShortAppend) << QList<quint64>{1, 2, 4, 9, 16, 30};
        QTest::newRow("disk full after N bytes") << int(F::NoSpaceAfterBytes) << QList<quint64>{0, 1000, 500000, 1500000, 4000000};
        QTest::newRow("EIO from fsync on the Nth commit") << int(F::FailCommitSync) << QList<quint64>{1, 2, 3, 4, 5};
        QTest::newRow("a written pack reads back damaged") << int(F::CorruptWrittenBytes) << QList<quint64>{0};
    }
    void faultsNeverHarmEarlierSnapshots()
    {
        QFETCH(int, fault);
        QFETCH(QList<quint64>, points);
        int clean = 0;
        int failedCleanly = 0;
        for (quint64 point : points) {
            const QString base = fresh("fault");
            makeSource(base + "/src");
            const repo::Snapshot first = [&] {
                auto repository = initRepository(base + "/repo", true, 1u << 20);
                return backup(*repository, base + "/src");
            }();
            writeFile(base + "/src/new-checkpoint.bin", pseudoRandom(4 * 1024 * 1024, 77 + point));
            writeFile(base + "/src/corpus.jsonl", QByteArray("{\"text\": \"changed\"}\n").repeated(30000));
            auto faulty = std::make_shared<FaultyStorage>(base + "/repo", static_cast<FaultyStorage::Fault>(fault), point);
            auto repository = repo::Repository::open(faulty, "correct horse");
            QVERIFY(repository);
            engine::BackupOptions options;
            options.paths = {base + "/src"};
            auto result = engine::Backup::run(*repository.value(), options, {}, nullptr);
            if (faulty->faultsInjected() > 0) {
                QVERIFY2(!result, qPrintable(QStringLiteral("point %1: a fault was injected but the backup reported success").arg(point)));
                QVERIFY(!result.error().message.isEmpty());
                ++failedCleanly;
            }
            auto reopened = openRepository(base + "/repo");
            const engine::VerifyResult verified = verify(*reopened, true);
            QVERIFY2(verified.clean(), qPrintable(verified.errors.join('\n')));
            QVERIFY(QDir().mkpath(base + "/target"));
            auto restored = engine::Restore::run(*reopened, first, {base + "/target", {}, engine::ConflictPolicy::Skip, 0}, {}, nullptr);
            QVERIFY(restored && restored->failures.isEmpty());
            QFile weights(base + "/target/src/weights.bin");
            QVERIFY(weights.open(QIODevice::ReadOnly));
            QVERIFY(weights.readAll() == pseudoRandom(3 * 1024 * 1024, 11));
            QVERIFY(engine::Backup::run(*reopened, options, {}, nullptr));
            QVERIFY(verify(*reopened, true).clean());
            ++clean;
        }
        qInfo("%d of %d clean (%d backups failed by an injected fault, each with an error)", clean, int(points.size()), failedCleanly);
        QCOMPARE(clean, int(points.size()));
        QVERIFY(failedCleanly > 0);
    }

    void aPackThatDoesNotReadBackIsNeverCommitted()
    {
        const QString base = fresh("readback");
        makeSource(base + "/src");
        initRepository(base + "/repo", true, 1u << 20);
        auto faulty = std::make_shared<FaultyStorage>(base + "/repo", FaultyStorage::Fault::CorruptWrittenBytes, 0);
        auto repository = repo::Repository::open(faulty, "correct horse");
        QVERIFY(repository);
        engine::BackupOptions options;
        options.paths = {base + "/src"};
        auto result = engine::Backup::run(*repository.value(), options, {}, nullptr);
        QVERIFY(!result);
        QCOMPARE(result.error().code, Error::Code::Corrupt);
        QVERIFY2(result.error().message.contains("Nothing was committed"), qPrintable(result.error().message));
        // No pack reached its final name, no index, no snapshot.
        auto packs = faulty->list("data");
        QVERIFY(packs && packs->isEmpty());
        QVERIFY(QDir(base + "/repo/index").entryList(QDir::Files).isEmpty());
        QVERIFY(QDir(base + "/repo/snapshots").entryList(QDir::Files).isEmpty());
    }

    void aCancelledBackupIsReusedByTheNextOne()
    {
        const QString base = fresh("cancel");
        for (int i = 0; i < 6; ++i)
            writeFile(base + QStringLiteral("/src/shard%1.bin").arg(i), pseudoRandom(2 * 1024 * 1024, 600 + i));
        initRepository(base + "/repo", true, 1u << 20);
        auto storage = std::make_shared<FaultyStorage>(base + "/repo", FaultyStorage::Fault::None, 0);
        engine::CancelToken cancel;
        int packs = 0;
        // Cancel right after the third pack is durable: a deterministic point mid-backup.
        storage->afterCommit = [&](const QString& name) {
            if (name.startsWith("data/") && ++packs == 3)
                cancel.cancel();
        };
        auto repository = repo::Repository::open(storage, "correct horse");
        QVERIFY(repository);
        engine::BackupOptions options;
        options.paths = {base + "/src"};
        auto cancelled = engine::Backup::run(*repository.value(), options, {}, &cancel);
        QVERIFY(!cancelled);
        QCOMPARE(cancelled.error().code, Error::Code::Cancelled);
        auto reopened = openRepository(base + "/repo");
        QVERIFY(reopened->snapshots()->isEmpty());
        QVERIFY(verify(*reopened, true).clean());
        auto after = engine::Backup::run(*reopened, options, {}, nullptr);
        QVERIFY(after);
        // At least the three committed packs (≥ 3 MiB of chunks) were not stored again.
        QVERIFY2(after->snapshot.summary.newStoredBytes <= 12u * 1024 * 1024 - 3u * 1024 * 1024,
                 qPrintable(QString::number(after->snapshot.summary.newStoredBytes)));
    }
};

QTEST_GUILESS_MAIN(TestRepositoryIntegrity)
#include "TestRepositoryIntegrity.moc"
