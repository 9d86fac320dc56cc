// SPDX-License-Identifier: GPL-3.0-or-later
#include "Copy.h"

#include "core/repo/PackWriter.h"

#include <unordered_map>
#include <unordered_set>

namespace lifeboat::engine {

using repo::BlobType;
using repo::ContentId;

namespace {

bool sameSnapshot(const repo::Snapshot& a, const repo::Snapshot& b)
{
    return a.time == b.time && a.hostname == b.hostname && a.paths == b.paths && a.tags == b.tags && a.dataset == b.dataset;
}

class CopyRun {
    Q_DECLARE_TR_FUNCTIONS(Copy)
public:
    CopyRun(repo::Repository& from, repo::Repository& to, const ProgressSink& progress, const CancelToken* cancel)
        : m_from(from), m_to(to), m_writer(to), m_reporter(progress, Phase::Copying), m_cancel(cancel)
    {
    }
    Result<CopyResult> run(const CopyOptions& options);

private:
    bool cancelled() const { return m_cancel && m_cancel->cancelled(); }
    Result<ContentId> copyTree(const ContentId& source, int depth);
    Result<ContentId> copyChunk(const ContentId& source);
    Status store(BlobType type, const ContentId& id, const QByteArray& plain);
    Status flushPack();
    Status writeIndex();
    Status adoptUnindexedPacks();

    repo::Repository& m_from;
    repo::Repository& m_to;
    repo::PackWriter m_writer;
    ProgressReporter m_reporter;
    const CancelToken* m_cancel;
    CopyResult m_result;
    std::unordered_map<ContentId, ContentId, repo::ContentIdHash> m_treeMap;
    std::unordered_map<ContentId, ContentId, repo::ContentIdHash> m_chunkMap;
    std::unordered_set<ContentId, repo::ContentIdHash> m_pending;       // in the open pack
    std::vector<repo::IndexFormat::Entry> m_unindexed;
};

Status CopyRun::store(BlobType type, const ContentId& id, const QByteArray& plain)
{
    if (m_to.index().find(id) || m_pending.count(id)) {
        ++m_result.blobsAlreadyThere;
        return success();
    }
    const repo::EncodedChunk encoded = repo::ChunkCodecs::encode(repo::bytesOf(plain), m_to.config().zstdLevel);
    QByteArray stored;
    m_to.storeBlobInto(stored, type, id, repo::bytesOf(encoded.bytes));
    if (auto added = m_writer.add(type, id, encoded.codec, static_cast<std::uint32_t>(plain.size()), repo::bytesOf(stored)); !added)
        return added;
    m_pending.insert(id);
    ++m_result.blobsCopied;
    m_result.bytesWritten += static_cast<std::uint64_t>(stored.size());
    return m_writer.full() ? flushPack() : success();
}

Status CopyRun::flushPack()
{
    if (m_writer.empty())
        return success();
    auto entries = m_writer.finish();
    if (!entries)
        return entries.error();
    for (const repo::IndexFormat::Entry& entry : entries.value()) {
        const std::uint32_t number = m_to.index().addPack(entry.pack);
        m_to.index().insert(entry.id, {number, entry.blob.offset, entry.blob.storedBytes, entry.blob.rawBytes, entry.blob.type, entry.blob.codec});
    }
    m_pending.clear();
    m_unindexed.insert(m_unindexed.end(), entries->begin(), entries->end());
    return m_unindexed.size() >= 1024 ? writeIndex() : success();
}

Status CopyRun::writeIndex()
{
    if (m_unindexed.empty())
        return success();
    auto saved = m_to.saveMetadata(QStringLiteral("index"), repo::IndexFormat::encode(m_unindexed));
    if (!saved)
        return saved.error();
    m_unindexed.clear();
    return success();
}

// Packs at the destination that no index names were written by a run that was cut off
// before its index: their (authenticated) headers say what they hold, so a re-run uses
// them instead of sending those chunks again.
Status CopyRun::adoptUnindexedPacks()
{
    auto names = m_to.storage().list(QStringLiteral("data"));
    if (!names)
        return names.error();
    std::unordered_set<ContentId, repo::ContentIdHash> indexed;
    for (std::size_t i = 0; i < m_to.index().packCount(); ++i)
        indexed.insert(m_to.index().pack(static_cast<std::uint32_t>(i)));
    for (const QString& name : names.value()) {
        ContentId packId;
        if (!repo::Repository::packIdFromName(name, packId) || indexed.count(packId))
            continue;
        auto header = m_to.readPackHeader(packId);
        if (!header)
            continue;   // a damaged pack is repair's business; its chunks are simply sent again
        const std::uint32_t number = m_to.index().addPack(packId);
        for (const repo::PackEntry& entry : header.value()) {
            if (m_to.index().insert(entry.id, {number, entry.offset, entry.storedBytes, entry.rawBytes, entry.type, entry.codec}))
                m_unindexed.push_back({entry.id, packId, entry});
        }
    }
    return success();
}

Result<ContentId> CopyRun::copyChunk(const ContentId& source)
{
    if (auto known = m_chunkMap.find(source); known != m_chunkMap.end())
        return known->second;
    auto plain = m_from.loadBlob(source, BlobType::Data);
    if (!plain)
        return plain.error();
    const ContentId id = m_to.blobId(repo::bytesOf(plain.value()));
    if (auto stored = store(BlobType::Data, id, plain.value()); !stored)
        return stored.error();
    m_reporter.add(0, static_cast<std::uint64_t>(plain->size()));
    m_chunkMap.emplace(source, id);
    return id;
}

Result<ContentId> CopyRun::copyTree(const ContentId& source, int depth)
{
    if (auto known = m_treeMap.find(source); known != m_treeMap.end())
        return known->second;
    if (cancelled())
        return Error{Error::Code::Cancelled, tr("The copy was cancelled; what was sent is kept, and running it again sends only the rest.")};
    if (depth > repo::TreeFormat::kMaxDepth)
        return Error{Error::Code::Corrupt, tr("Directories nest deeper than %1 levels.").arg(repo::TreeFormat::kMaxDepth)};
    auto nodes = m_from.loadTree(source);
    if (!nodes)
        return nodes.error();
    for (repo::TreeNode& node : nodes.value()) {
        if (node.type == repo::NodeType::Directory) {
            auto subtree = copyTree(node.subtree, depth + 1);
            if (!subtree)
                return subtree.error();
            node.subtree = subtree.value();
        } else if (node.type == repo::NodeType::File) {
            for (ContentId& chunk : node.content) {
                auto copied = copyChunk(chunk);
                if (!copied)
                    return copied.error();
                chunk = copied.value();
            }
            m_reporter.add(1, 0);
        }
    }
    const QByteArray encoded = repo::TreeFormat::encode(std::move(nodes.value()));
    const ContentId id = m_to.blobId(repo::bytesOf(encoded));
    if (auto stored = store(BlobType::Tree, id, encoded); !stored)
        return stored.error();
    m_treeMap.emplace(source, id);
    return id;
}

Result<CopyResult> CopyRun::run(const CopyOptions& options)
{
    if (auto loaded = m_from.loadIndex(); !loaded)
        return loaded.error();
    if (auto loaded = m_to.loadIndex(); !loaded)
        return loaded.error();
    if (auto adopted = adoptUnindexedPacks(); !adopted)
        return adopted.error();
    QList<repo::Snapshot> chosen;
    if (options.snapshots.isEmpty()) {
        auto all = m_from.snapshots();
        if (!all)
            return all.error();
        chosen = all.value();
    } else {
        for (const QString& reference : options.snapshots) {
            auto found = m_from.findSnapshot(reference);
            if (!found)
                return found.error();
            chosen.append(found.value());
        }
    }
    auto present = m_to.snapshots();
    if (!present)
        return present.error();
    std::uint64_t files = 0;
    std::uint64_t bytes = 0;
    for (const repo::Snapshot& snapshot : chosen) {
        files += snapshot.summary.files;
        bytes += snapshot.summary.bytes;
    }
    m_reporter.setTotals(files, bytes);
    for (const repo::Snapshot& snapshot : chosen) {
        if (std::any_of(present->begin(), present->end(), [&](const repo::Snapshot& there) { return sameSnapshot(there, snapshot); })) {
            ++m_result.snapshotsAlreadyThere;
            continue;
        }
        auto root = copyTree(snapshot.tree, 0);
        if (!root) {
            // What was sent stays usable: its packs are indexed before giving up.
            (void)flushPack();
            (void)writeIndex();
            return Error{root.error().code, tr("Snapshot %1: %2").arg(snapshot.shortId(), root.error().message)};
        }
        if (auto flushed = flushPack(); !flushed)
            return flushed.error();
        if (auto indexed = writeIndex(); !indexed)
            return indexed.error();
        repo::Snapshot copy = snapshot;
        copy.id.clear();
        copy.parent.clear();          // the source's ids mean nothing here
        copy.tree = root.value();
        auto saved = m_to.saveSnapshot(copy);
        if (!saved)
            return saved.error();
        present->append(copy);
        ++m_result.snapshotsCopied;
    }
    m_reporter.finish();
    return m_result;
}

} // namespace

Result<CopyResult> Copy::run(repo::Repository& from, repo::Repository& to, const CopyOptions& options, const ProgressSink& progress, const CancelToken* cancel)
{
    CopyRun run(from, to, progress, cancel);
    return run.run(options);
}

} // namespace lifeboat::engine
