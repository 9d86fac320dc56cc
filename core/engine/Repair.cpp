// SPDX-License-Identifier: GPL-3.0-or-later
#include "Repair.h"

#include "core/platform/FileSystem.h"
#include "core/repo/PackWriter.h"

#include <map>
#include <set>

namespace lifeboat::engine {

using repo::ContentId;
using repo::IndexFormat;
using repo::PackEntry;

namespace {

class RepairRun {
    Q_DECLARE_TR_FUNCTIONS(Repair)
public:
    RepairRun(repo::Repository& repository, const RepairOptions& options, const ProgressSink& progress, const CancelToken* cancel)
        : m_repository(repository), m_storage(repository.storage()), m_options(options), m_progress(progress), m_cancel(cancel)
    {
    }
    Result<RepairResult> run();

private:
    struct PackScan {
        std::vector<PackEntry> good;
        bool damaged = false;
    };
    struct Marked {
        repo::Snapshot snapshot;
        QStringList damagedPaths;
    };

    bool cancelled() const { return m_cancel && m_cancel->cancelled(); }
    Error cancelledError() const { return Error{Error::Code::Cancelled, tr("Repair was cancelled; the repository is valid, and running repair again finishes it.")}; }
    Status scanIndexFiles();
    Status scanPacks();
    void scanPack(const ContentId& packId, const QString& name);
    void buildAvailable();
    Status walkSnapshots();
    void walkTree(const ContentId& tree, const QString& path, int depth, QStringList& damaged);
    Status apply();

    repo::Repository& m_repository;
    repo::Storage& m_storage;
    const RepairOptions& m_options;
    const ProgressSink& m_progress;
    const CancelToken* m_cancel;
    RepairResult m_result;
    QStringList m_indexIds;
    std::map<ContentId, std::set<ContentId>> m_indexedBlobs;   // pack → blob ids, from readable index files
    std::map<ContentId, std::vector<PackEntry>> m_indexedEntries;
    std::map<ContentId, PackScan> m_packs;                      // every pack file found
    bool m_indexNeedsRebuild = false;
    std::set<ContentId> m_lostBlobs;
    std::vector<Marked> m_marked;
};

Status RepairRun::scanIndexFiles()
{
    auto ids = m_repository.metadataIds(QStringLiteral("index"));
    if (!ids)
        return ids.error();
    m_indexIds = ids.value();
    for (const QString& id : m_indexIds) {
        auto data = m_repository.loadMetadata(QStringLiteral("index"), id, repo::Repository::kMaxIndexBytes);
        auto entries = data ? IndexFormat::decode(data.value()) : Result<std::vector<IndexFormat::Entry>>(data.error());
        if (!entries) {
            if (entries.error().code == Error::Code::Io)
                return entries.error();   // unreadable storage is not damage: stop
            ++m_result.indexFilesDamaged;
            m_indexNeedsRebuild = true;
            m_result.actions.append(tr("Index file %1 is damaged (%2): replaced by an index rebuilt from the packs.").arg(id.left(12), entries.error().message));
            continue;
        }
        for (const IndexFormat::Entry& entry : entries.value()) {
            m_indexedBlobs[entry.pack].insert(entry.id);
            m_indexedEntries[entry.pack].push_back(entry.blob);
        }
    }
    return success();
}

void RepairRun::scanPack(const ContentId& packId, const QString& name)
{
    PackScan& scan = m_packs[packId];
    auto header = m_repository.readPackHeader(packId);
    std::vector<PackEntry> entries;
    if (header) {
        entries = header.value();
    } else {
        // Without a readable header the index still says where blobs were.
        scan.damaged = true;
        auto known = m_indexedEntries.find(packId);
        if (known != m_indexedEntries.end())
            entries = known->second;
        m_result.actions.append(tr("Pack %1: %2; %3 blob(s) known from the index are tried one by one.")
                                    .arg(packId.toHex().left(12), header.error().message)
                                    .arg(entries.size()));
    }
    std::uint64_t bad = 0;
    for (const PackEntry& entry : entries) {
        auto stored = m_storage.readRange(name, entry.offset, entry.storedBytes);
        auto plain = stored ? m_repository.decodeBlob(entry.id, entry.type, entry.codec, entry.rawBytes,
                                                      {reinterpret_cast<const std::uint8_t*>(stored->constData()), static_cast<std::size_t>(stored->size())})
                            : Result<QByteArray>(stored.error());
        if (plain)
            scan.good.push_back(entry);
        else
            ++bad;
    }
    if (bad) {
        scan.damaged = true;
        m_result.actions.append(tr("Pack %1: %2 of %3 blob(s) are damaged; the %4 readable one(s) are copied into a new pack and the pack is removed.")
                                    .arg(packId.toHex().left(12))
                                    .arg(bad)
                                    .arg(entries.size())
                                    .arg(scan.good.size()));
    } else if (scan.damaged) {
        m_result.actions.append(tr("Pack %1: all %2 blob(s) known from the index are readable; they are copied into a new pack and the pack is removed.")
                                    .arg(packId.toHex().left(12))
                                    .arg(scan.good.size()));
    }
    if (scan.damaged) {
        ++m_result.packsDamaged;
        m_indexNeedsRebuild = true;
    }
    // An index that disagrees with the pack (blobs missing from it, or listed but absent).
    std::set<ContentId> inPack;
    for (const PackEntry& entry : scan.good)
        inPack.insert(entry.id);
    auto indexed = m_indexedBlobs.find(packId);
    if (!scan.damaged && (indexed == m_indexedBlobs.end() || indexed->second != inPack))
        m_indexNeedsRebuild = true;
}

Status RepairRun::scanPacks()
{
    auto names = m_storage.list(QStringLiteral("data"));
    if (!names)
        return names.error();
    ProgressReporter reporter(m_progress, Phase::Verifying);
    reporter.setTotals(static_cast<std::uint64_t>(names->size()), 0);
    std::set<ContentId> present;
    for (const QString& name : names.value()) {
        if (cancelled())
            return cancelledError();
        ContentId packId;
        if (!repo::Repository::packIdFromName(name, packId))
            continue;
        present.insert(packId);
        scanPack(packId, name);
        ++m_result.packsRead;
        reporter.add(1, 0, name);
    }
    reporter.finish();
    for (const auto& [packId, blobs] : m_indexedBlobs) {
        if (!present.count(packId)) {
            m_indexNeedsRebuild = true;
            m_result.actions.append(tr("Pack %1 is missing: the index lists %2 blob(s) in it; they are dropped from the index.").arg(packId.toHex().left(12)).arg(blobs.size()));
        }
    }
    return success();
}

void RepairRun::buildAvailable()
{
    // Healthy packs first, so a blob that also survives in a damaged pack keeps its healthy copy.
    repo::ChunkIndex available;
    for (bool damagedPass : {false, true}) {
        for (const auto& [packId, scan] : m_packs) {
            if (scan.damaged != damagedPass)
                continue;
            const std::uint32_t number = available.addPack(packId);
            for (const PackEntry& entry : scan.good)
                available.insert(entry.id, {number, entry.offset, entry.storedBytes, entry.rawBytes, entry.type, entry.codec});
        }
    }
    m_repository.index() = std::move(available);
}

void RepairRun::walkTree(const ContentId& tree, const QString& path, int depth, QStringList& damaged)
{
    auto nodes = depth > repo::TreeFormat::kMaxDepth ? Result<std::vector<repo::TreeNode>>(Error{Error::Code::Corrupt, QString()}) : m_repository.loadTree(tree);
    if (!nodes) {
        m_lostBlobs.insert(tree);
        damaged.append(path.isEmpty() ? QStringLiteral("/") : path);
        return;
    }
    for (const repo::TreeNode& node : nodes.value()) {
        const QString childPath = path + QLatin1Char('/') + platform::FileSystem::decodeName(node.name);
        if (node.type == repo::NodeType::Directory) {
            walkTree(node.subtree, childPath, depth + 1, damaged);
        } else if (node.type == repo::NodeType::File) {
            bool lost = false;
            for (const ContentId& id : node.content) {
                const repo::BlobLocation* location = m_repository.index().find(id);
                if (!location || location->type != repo::BlobType::Data) {
                    m_lostBlobs.insert(id);
                    lost = true;
                }
            }
            if (lost)
                damaged.append(childPath);
        }
    }
}

Status RepairRun::walkSnapshots()
{
    QStringList unreadable;
    auto snapshots = m_repository.snapshots(&unreadable);
    if (!snapshots)
        return snapshots.error();
    for (const QString& message : unreadable)
        m_result.unrepairable.append(tr("%1 — kept as it is; its content cannot be trusted, so it cannot be rewritten.").arg(message));
    for (const repo::Snapshot& snapshot : snapshots.value()) {
        if (cancelled())
            return cancelledError();
        QStringList damaged;
        walkTree(snapshot.tree, QString(), 0, damaged);
        damaged.sort();
        QStringList all = snapshot.damagedPaths;
        for (const QString& path : damaged) {
            if (!all.contains(path))
                all.append(path);
        }
        if (all.size() == snapshot.damagedPaths.size())
            continue;   // nothing new: already marked by an earlier repair
        all.sort();
        m_marked.push_back({snapshot, all});
        m_result.actions.append(tr("Snapshot %1 needs data that is lost: it is kept, marked with %n damaged path(s) (first: %2).", nullptr,
                                   static_cast<int>(all.size()))
                                    .arg(snapshot.shortId(), all.first()));
    }
    m_result.blobsLost = m_lostBlobs.size();
    return success();
}

Status RepairRun::apply()
{
    std::vector<IndexFormat::Entry> entries;
    repo::PackWriter writer(m_repository);
    const auto flush = [&]() -> Status {
        auto written = writer.finish();
        if (!written)
            return written.error();
        entries.insert(entries.end(), written->begin(), written->end());
        return success();
    };
    std::set<ContentId> placed;
    for (const auto& [packId, scan] : m_packs) {
        if (scan.damaged)
            continue;
        for (const PackEntry& entry : scan.good) {
            if (placed.insert(entry.id).second)
                entries.push_back({entry.id, packId, entry});
        }
    }
    for (const auto& [packId, scan] : m_packs) {
        if (!scan.damaged)
            continue;
        if (cancelled())
            return cancelledError();
        const QString name = repo::Repository::packName(packId);
        for (const PackEntry& entry : scan.good) {
            if (!placed.insert(entry.id).second)
                continue;
            auto stored = m_storage.readRange(name, entry.offset, entry.storedBytes);
            if (!stored)
                return stored.error();
            if (auto added = writer.add(entry.type, entry.id, entry.codec, entry.rawBytes,
                                        {reinterpret_cast<const std::uint8_t*>(stored->constData()), static_cast<std::size_t>(stored->size())});
                !added)
                return added;
            ++m_result.blobsSalvaged;
            if (writer.full()) {
                if (auto flushed = flush(); !flushed)
                    return flushed;
            }
        }
    }
    if (!writer.empty()) {
        if (auto flushed = flush(); !flushed)
            return flushed;
    }
    auto keep = m_repository.saveIndexFiles(entries);
    if (!keep)
        return keep.error();
    for (const QString& id : m_indexIds) {
        if (keep->contains(id))
            continue;
        if (auto removed = m_storage.remove(QStringLiteral("index/") + id); !removed)
            return removed;
    }
    for (const auto& [packId, scan] : m_packs) {
        if (!scan.damaged)
            continue;
        if (auto removed = m_storage.remove(repo::Repository::packName(packId)); !removed)
            return removed;
    }
    for (const Marked& marked : m_marked) {
        repo::Snapshot rewritten = marked.snapshot;
        rewritten.damagedPaths = marked.damagedPaths;
        if (rewritten.repairedFrom.isEmpty())
            rewritten.repairedFrom = marked.snapshot.id;
        auto saved = m_repository.saveSnapshot(rewritten);
        if (!saved)
            return saved.error();
        if (saved.value() != marked.snapshot.id) {
            if (auto removed = m_storage.remove(QStringLiteral("snapshots/") + marked.snapshot.id); !removed)
                return removed;
        }
        ++m_result.snapshotsMarked;
    }
    return success();
}

Result<RepairResult> RepairRun::run()
{
    if (auto scanned = scanIndexFiles(); !scanned)
        return scanned.error();
    if (auto scanned = scanPacks(); !scanned)
        return scanned.error();
    if (m_indexNeedsRebuild && m_result.indexFilesDamaged == 0)
        m_result.actions.append(tr("The index does not match the packs: it is rebuilt from the packs."));
    buildAvailable();
    if (auto walked = walkSnapshots(); !walked)
        return walked.error();
    if (!m_options.apply || !m_result.changes())
        return m_result;
    if (auto applied = apply(); !applied)
        return applied.error();
    return m_result;
}

} // namespace

Result<RepairResult> Repair::run(repo::Repository& repository, const RepairOptions& options, const ProgressSink& progress, const CancelToken* cancel)
{
    RepairRun run(repository, options, progress, cancel);
    return run.run();
}

} // namespace lifeboat::engine
