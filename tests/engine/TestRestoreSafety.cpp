// SPDX-License-Identifier: GPL-3.0-or-later
// Crafted, malicious snapshots and hostile targets: a restore never writes outside its
// target (shared/notes/ssh-and-safety.md §7: the tarfile, Zip Slip, rsync and borg CVE
// classes). Each case restores next to a directory "outside" holding a victim file and
// checks that nothing outside the target changed.
#include "EngineFixtures.h"
#include "core/engine/Restore.h"
#include "core/repo/PackWriter.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace lifeboat;
using namespace lifeboat::testing;
using repo::ContentId;
using repo::NodeType;
using repo::TreeNode;

namespace {

// Stores blobs the way a backup would, but with whatever content the test wants.
ContentId storeBlob(repo::Repository& repository, repo::BlobType type, const QByteArray& plain)
{
    const ContentId id = repository.blobId(repo::bytesOf(plain));
    const repo::EncodedChunk encoded = repo::ChunkCodecs::encode(repo::bytesOf(plain), 3);
    QByteArray stored;
    repository.storeBlobInto(stored, type, id, repo::bytesOf(encoded.bytes));
    repo::PackWriter writer(repository);
    if (!writer.add(type, id, encoded.codec, static_cast<std::uint32_t>(plain.size()), repo::bytesOf(stored)))
        qFatal("add failed");
    auto entries = writer.finish();
    if (!entries || !repository.saveMetadata("index", repo::IndexFormat::encode(entries.value())) || !repository.loadIndex())
        qFatal("storing a crafted blob failed");
    return id;
}

TreeNode fileNode(const QByteArray& name, repo::Repository& repository, const QByteArray& content, std::uint64_t inode = 0, std::uint64_t links = 1)
{
    TreeNode node;
    node.name = name;
    node.type = NodeType::File;
    node.mode = 0644;
    node.sizeBytes = static_cast<std::uint64_t>(content.size());
    if (!content.isEmpty())
        node.content = {storeBlob(repository, repo::BlobType::Data, content)};
    node.inode = inode;
    node.device = 1;
    node.linkCount = links;
    return node;
}

TreeNode symlinkNode(const QByteArray& name, const QByteArray& target, std::uint64_t inode = 0, std::uint64_t links = 1)
{
    TreeNode node;
    node.name = name;
    node.type = NodeType::Symlink;
    node.mode = 0777;
    node.linkTarget = target;
    node.inode = inode;
    node.device = 1;
    node.linkCount = links;
    return node;
}

TreeNode directoryNode(const QByteArray& name, repo::Repository& repository, std::vector<TreeNode> children)
{
    TreeNode node;
    node.name = name;
    node.type = NodeType::Directory;
    node.mode = 0755;
    node.subtree = storeBlob(repository, repo::BlobType::Tree, repo::TreeFormat::encode(std::move(children)));
    return node;
}

repo::Snapshot snapshotOf(repo::Repository& repository, std::vector<TreeNode> root)
{
    repo::Snapshot snapshot;
    snapshot.time = QDateTime::currentDateTimeUtc();
    snapshot.hostname = "crafted";
    snapshot.paths = {"/src"};
    snapshot.tree = storeBlob(repository, repo::BlobType::Tree, repo::TreeFormat::encode(std::move(root)));
    auto id = repository.saveSnapshot(snapshot);
    if (!id)
        qFatal("saving the snapshot failed");
    snapshot.id = id.value();
    return snapshot;
}

} // namespace

class TestRestoreSafety : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_counter = 0;
    QString m_base;
    QString m_target;
    QString m_outside;
    QStringList m_outsideBefore;
    QStringList m_baseBefore;
    std::unique_ptr<repo::Repository> m_repository;

    Result<engine::RestoreResult> restore(const repo::Snapshot& snapshot, engine::ConflictPolicy policy = engine::ConflictPolicy::Skip)
    {
        engine::RestoreOptions options;
        options.target = m_target;
        options.conflict = policy;
        return engine::Restore::run(*m_repository, snapshot, options, {}, nullptr);
    }
    // Nothing outside the target changed: the victim, and no new entry beside the target.
    void checkNothingOutside()
    {
        QCOMPARE(snapshotOfDirectory(m_outside), m_outsideBefore);
        QStringList baseNow = QDir(m_base).entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot, QDir::Name);
        QCOMPARE(baseNow, m_baseBefore);
        QFile victim(m_outside + "/victim");
        QVERIFY(victim.open(QIODevice::ReadOnly));
        QCOMPARE(victim.readAll(), QByteArray("precious"));
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void init()
    {
        m_base = m_dir.filePath(QString::number(++m_counter));
        m_target = m_base + "/target";
        m_outside = m_base + "/outside";
        QVERIFY(QDir().mkpath(m_target));
        writeFile(m_outside + "/victim", "precious");
        m_repository = initRepository(m_base + "/repo");
        m_outsideBefore = snapshotOfDirectory(m_outside);
        m_baseBefore = QDir(m_base).entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot, QDir::Name);
    }

    void namesThatAreNotPlainAreRefused_data()
    {
        QTest::addColumn<QByteArray>("name");
        QTest::newRow("dot-dot") << QByteArray("..");
        QTest::newRow("dot") << QByteArray(".");
        QTest::newRow("dot-dot-slash") << QByteArray("../outside/victim");
        QTest::newRow("absolute") << QByteArray("/tmp/escape");
        QTest::newRow("inner slash") << QByteArray("a/../../x");
        QTest::newRow("empty") << QByteArray("");
        QTest::newRow("NUL") << QByteArray("a\0b", 3);
        QTest::newRow("too long") << QByteArray(256, 'x');
    }
    void namesThatAreNotPlainAreRefused()
    {
        QFETCH(QByteArray, name);
        const repo::Snapshot snapshot = snapshotOf(*m_repository, {directoryNode("src", *m_repository, {fileNode(name, *m_repository, "pwned")})});
        auto result = restore(snapshot);
        QVERIFY(!result);
        QCOMPARE(result.error().code, Error::Code::Unsafe);
        QVERIFY2(result.error().message.contains("not a plain file name"), qPrintable(result.error().message));
        checkNothingOutside();
        QVERIFY(QDir(m_target).entryList(QDir::AllEntries | QDir::NoDotAndDotDot).isEmpty());
    }

    void aSymlinkAndADirectoryOfTheSameNameAreRefused()
    {
        // "d" as a symlink out of the target and "d/x" as a file: the name appears twice.
        const repo::Snapshot snapshot = snapshotOf(*m_repository, {directoryNode("src", *m_repository, {
            symlinkNode("d", m_outside.toUtf8()),
            directoryNode("d", *m_repository, {fileNode("victim", *m_repository, "pwned")}),
        })});
        auto result = restore(snapshot);
        QVERIFY(!result);
        QCOMPARE(result.error().code, Error::Code::Corrupt);
        checkNothingOutside();
    }

    void aSymlinkLeftByAnEarlierRestoreIsNotFollowed()
    {
        const repo::Snapshot first = snapshotOf(*m_repository, {directoryNode("src", *m_repository, {symlinkNode("d", m_outside.toUtf8())})});
        const repo::Snapshot second = snapshotOf(*m_repository, {directoryNode("src", *m_repository, {
            directoryNode("d", *m_repository, {fileNode("victim", *m_repository, "pwned"), fileNode("new-file", *m_repository, "pwned")}),
        })});
        auto one = restore(first);
        QVERIFY(one && one->failures.isEmpty());
        for (auto policy : {engine::ConflictPolicy::Skip, engine::ConflictPolicy::Overwrite, engine::ConflictPolicy::Rename}) {
            auto two = restore(second, policy);
            QVERIFY(two);
            QVERIFY(!two->failures.isEmpty());
            QVERIFY2(two->failures.join('\n').contains("not a directory"), qPrintable(two->failures.join('\n')));
            checkNothingOutside();
        }
    }

    void aSymlinkPlantedInTheTargetIsNotFollowed()
    {
        QVERIFY(QDir().mkpath(m_target + "/src"));
        QVERIFY(QFile::link(m_outside, m_target + "/src/sub"));
        QVERIFY(QFile::link(m_outside + "/victim", m_target + "/src/file"));
        const repo::Snapshot snapshot = snapshotOf(*m_repository, {directoryNode("src", *m_repository, {
            directoryNode("sub", *m_repository, {fileNode("victim", *m_repository, "pwned")}),
            fileNode("file", *m_repository, "pwned"),
        })});
        for (auto policy : {engine::ConflictPolicy::Skip, engine::ConflictPolicy::Rename, engine::ConflictPolicy::Overwrite}) {
            auto result = restore(snapshot, policy);
            QVERIFY(result);
            checkNothingOutside();
        }
        // Overwrite replaced the planted link itself with the snapshot's file.
        QFileInfo replaced(m_target + "/src/file");
        QVERIFY(!replaced.isSymLink());
        QFile content(m_target + "/src/file");
        QVERIFY(content.open(QIODevice::ReadOnly));
        QCOMPARE(content.readAll(), QByteArray("pwned"));
    }

    void aHardLinkToASymlinkRecreatesTheSymlink()
    {
        const QByteArray target = (m_outside + "/victim").toUtf8();
        const repo::Snapshot snapshot = snapshotOf(*m_repository, {directoryNode("src", *m_repository, {
            symlinkNode("s1", target, 7, 2),
            symlinkNode("s2", target, 7, 2),
        })});
        auto result = restore(snapshot);
        QVERIFY(result && result->failures.isEmpty());
        for (const char* name : {"/src/s1", "/src/s2"}) {
            QFileInfo info(m_target + name);
            QVERIFY(info.isSymLink());
            QCOMPARE(info.symLinkTarget(), QString::fromUtf8(target));
        }
        struct stat st {};
        QCOMPARE(::stat(target.constData(), &st), 0);
        QCOMPARE(st.st_nlink, nlink_t(1));   // the victim gained no hard link
        checkNothingOutside();
    }

    void aHardLinkWhoseFirstNameIsAPlantedSymlinkStaysInside()
    {
        QVERIFY(QDir().mkpath(m_target + "/src"));
        QVERIFY(QFile::link(m_outside + "/victim", m_target + "/src/a"));
        const repo::Snapshot snapshot = snapshotOf(*m_repository, {directoryNode("src", *m_repository, {
            fileNode("a", *m_repository, "pwned", 9, 2),
            fileNode("b", *m_repository, "pwned", 9, 2),
        })});
        auto result = restore(snapshot);
        QVERIFY(result);
        checkNothingOutside();
        struct stat st {};
        QCOMPARE(::stat(QFile::encodeName(m_outside + "/victim").constData(), &st), 0);
        QCOMPARE(st.st_nlink, nlink_t(1));
    }

    void restoreCannotBeTurnedIntoAnOverwriteOfTheTargetsParent()
    {
        // A root entry named like the target's parent path components changes nothing.
        const repo::Snapshot snapshot = snapshotOf(*m_repository, {directoryNode("outside", *m_repository, {fileNode("victim", *m_repository, "pwned")})});
        auto result = restore(snapshot, engine::ConflictPolicy::Overwrite);
        QVERIFY(result && result->failures.isEmpty());
        QFile inside(m_target + "/outside/victim");
        QVERIFY(inside.open(QIODevice::ReadOnly));
        QCOMPARE(inside.readAll(), QByteArray("pwned"));
        checkNothingOutside();
    }

    void fuzzedNamesNeverEscape()
    {
        // Random byte names, mostly from the dangerous alphabet: each tree is either
        // refused or restored strictly inside the target.
        const QByteArray alphabet("./\\\0ab.", 7);
        quint64 state = 12345;
        const auto next = [&] {
            state = state * 6364136223846793005ull + 1442695040888963407ull;
            return state >> 33;
        };
        int refused = 0;
        int restored = 0;
        for (int round = 0; round < 200; ++round) {
            QByteArray name;
            const int length = 1 + static_cast<int>(next() % 8);
            for (int i = 0; i < length; ++i)
                name.append(alphabet.at(static_cast<qsizetype>(next() % static_cast<quint64>(alphabet.size()))));
            const repo::Snapshot snapshot = snapshotOf(*m_repository, {directoryNode("src", *m_repository, {fileNode(name, *m_repository, "x")})});
            auto result = restore(snapshot, engine::ConflictPolicy::Overwrite);
            if (result)
                ++restored;
            else
                ++refused;
        }
        qInfo("200 fuzzed names: %d refused, %d restored inside the target", refused, restored);
        QVERIFY(refused > 0);
        checkNothingOutside();
    }
};

QTEST_GUILESS_MAIN(TestRestoreSafety)
#include "TestRestoreSafety.moc"
