// SPDX-License-Identifier: GPL-3.0-or-later
#include "LifecycleFixtures.h"

#include "core/engine/Backup.h"
#include "core/engine/Restore.h"
#include "core/engine/Verify.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QProcess>

#include <set>

namespace lifeboat::testing {

QStringList repositoryState(const QString& root)
{
    QStringList out;
    QDirIterator it(root, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        if (path.contains("/locks/"))
            continue;
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            qFatal("cannot read %s", qPrintable(path));
        const QByteArray content = file.readAll();
        const QString hash = repo::sha256({reinterpret_cast<const std::uint8_t*>(content.constData()), static_cast<std::size_t>(content.size())}).toHex();
        out.append(path.mid(root.size()) + ' ' + hash.left(16));
    }
    out.sort();
    return out;
}

std::uint64_t bytesIn(const QString& directory)
{
    std::uint64_t total = 0;
    QDirIterator it(directory, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        it.next();
        total += static_cast<std::uint64_t>(it.fileInfo().size());
    }
    return total;
}

void copyDirectory(const QString& from, const QString& to)
{
    QProcess cp;
    cp.start("cp", {"-a", from, to});
    if (!cp.waitForFinished() || cp.exitCode() != 0)
        qFatal("cp -a %s %s failed", qPrintable(from), qPrintable(to));
}

void flipByte(const QString& path, qint64 offset)
{
    QFile file(path);
    file.setPermissions(QFile::ReadOwner | QFile::WriteOwner);
    if (!file.open(QIODevice::ReadWrite) || !file.seek(offset))
        qFatal("cannot open %s", qPrintable(path));
    char c = 0;
    file.getChar(&c);
    file.seek(offset);
    file.putChar(static_cast<char>(c ^ 0x20));
}

repo::Snapshot backupInProcess(repo::Repository& repository, const QString& source, const QString& dataset)
{
    engine::BackupOptions options;
    options.paths = {source};
    options.dataset = dataset;
    auto result = engine::Backup::run(repository, options, {}, nullptr);
    if (!result)
        qFatal("backup failed: %s", qPrintable(result.error().message));
    return result->snapshot;
}

engine::VerifyResult verifyAll(repo::Repository& repository)
{
    engine::VerifyOptions options;
    options.readData = true;
    auto result = engine::Verify::run(repository, options, {}, nullptr);
    if (!result)
        qFatal("verify failed to run: %s", qPrintable(result.error().message));
    return result.value();
}

QStringList restoreDifferences(repo::Repository& repository, const repo::Snapshot& snapshot, const QString& expected, const QString& target)
{
    engine::RestoreOptions options;
    options.target = target;
    QDir().mkpath(target);
    auto result = engine::Restore::run(repository, snapshot, options, {}, nullptr);
    if (!result)
        return {result.error().message};
    if (!result->failures.isEmpty())
        return result->failures;
    return compareTrees(expected, target + '/' + QFileInfo(expected).fileName(), false);
}

History makeHistory(const QString& base, std::uint32_t packBytes, int versions, bool smallChunks)
{
    History h;
    h.repo = base + "/repo";
    h.source = base + "/ckpt";
    repo::InitOptions init = testInitOptions();
    init.packTargetBytes = packBytes;
    qsizetype fileBytes = 2 * kMiB;
    if (smallChunks) {
        // Many small chunks and packs: an operation takes hundreds of steps on little data.
        init.chunker.minBytes = 4 * 1024;
        init.chunker.averageBytes = 16 * 1024;
        init.chunker.maxBytes = 64 * 1024;
        fileBytes = 512 * 1024;
    }
    auto created = repo::Repository::init(std::make_shared<repo::LocalStorage>(h.repo), init);
    if (!created)
        qFatal("init failed: %s", qPrintable(created.error().message));
    auto repository = std::move(created.value());
    for (int v = 0; v < versions; ++v) {
        writeFile(h.source + "/weights.bin", pseudoRandom(fileBytes, 1));
        writeFile(h.source + "/shard.bin", pseudoRandom(fileBytes, 100 + static_cast<quint64>(v)));
        writeFile(h.source + "/meta/step.txt", QByteArray::number(v * 1000));
        h.snapshots.append(backupInProcess(*repository, h.source));
        const QString copy = base + QStringLiteral("/expected-%1").arg(v);
        QDir().mkpath(copy);
        copyDirectory(h.source, copy + "/ckpt");
        h.expected.append(copy + "/ckpt");
    }
    return h;
}
void damageForRepair(repo::Repository& repository, History& h)
{
    if (!repository.loadIndex())
        qFatal("cannot load the index");
    std::set<repo::ContentId> damagedBlobs;
    for (std::size_t pack = 0; pack < repository.index().packCount(); pack += 4) {
        std::uint32_t offset = 0;
        repository.index().forEach([&](const repo::ContentId& id, const repo::BlobLocation& location) {
            if (location.pack == pack && location.type == repo::BlobType::Data && !damagedBlobs.count(id) && offset == 0) {
                offset = location.offset + 1;
                damagedBlobs.insert(id);
            }
        });
        if (offset)
            flipByte(h.repo + '/' + repo::Repository::packName(repository.index().pack(static_cast<std::uint32_t>(pack))), offset + 40);
    }
    // Compare only snapshots none of whose chunks were damaged.
    for (int v = h.snapshots.size() - 1; v >= 0; --v) {
        bool hit = false;
        std::vector<repo::ContentId> stack{h.snapshots[v].tree};
        while (!stack.empty() && !hit) {
            auto nodes = repository.loadTree(stack.back());
            stack.pop_back();
            for (const repo::TreeNode& node : nodes.value()) {
                if (node.type == repo::NodeType::Directory)
                    stack.push_back(node.subtree);
                for (const repo::ContentId& id : node.content)
                    hit = hit || damagedBlobs.count(id);
            }
        }
        if (hit) {
            h.snapshots.removeAt(v);
            h.expected.removeAt(v);
        }
    }
    QFile::resize(h.repo + "/index/" + QDir(h.repo + "/index").entryList(QDir::Files).first(), 31);
}


} // namespace lifeboat::testing
