// SPDX-License-Identifier: GPL-3.0-or-later
#include "Verify.h"

#include "BoundedQueue.h"
#include "core/platform/FileSystem.h"

#include <QRandomGenerator>
#include <QSet>

#include <algorithm>
#include <mutex>
#include <set>
#include <thread>

namespace lifeboat::engine {

using repo::BlobType;
using repo::ContentId;
using repo::NodeType;
using repo::TreeNode;

namespace {

class VerifyRun {
    Q_DECLARE_TR_FUNCTIONS(Verify)
public:
    VerifyRun(repo::Repository& repository, const VerifyOptions& options, const ProgressSink& progress, const CancelToken* cancel)
        : m_repository(repository), m_options(options), m_progress(progress), m_cancel(cancel)
    {
    }
    Result<VerifyResult> run();

private:
    bool cancelled() const { return m_cancel && m_cancel->cancelled(); }
    void checkPackHeaders(const QSet<QString>& packFiles);
    void walkTree(const ContentId& tree, const QString& snapshotId, const QString& path, int depth, bool recordOnly);
    void readPacks(const std::vector<std::uint32_t>& packs);
    void readPack(std::uint32_t pack);
    void markDamaged(const QString& snapshotId)
    {
        if (!m_result.damagedSnapshots.contains(snapshotId))
            m_result.damagedSnapshots.append(snapshotId);
    }
    void error(const QString& message)
    {
        std::lock_guard lock(m_mutex);
        m_result.errors.append(message);
    }

    repo::Repository& m_repository;
    const VerifyOptions& m_options;
    const ProgressSink& m_progress;
    const CancelToken* m_cancel;
    std::mutex m_mutex;
    VerifyResult m_result;
    std::set<ContentId> m_checkedTrees;
    std::set<ContentId> m_bad;          // blobs found missing or damaged
    QSet<QString> m_marked;             // the walked snapshot's paths that repair marked damaged
};

void VerifyRun::checkPackHeaders(const QSet<QString>& packFiles)
{
    // Group the index by pack so each header is read once.
    std::vector<std::vector<std::pair<ContentId, repo::BlobLocation>>> byPack(m_repository.index().packCount());
    m_repository.index().forEach([&](const ContentId& id, const repo::BlobLocation& location) { byPack[location.pack].emplace_back(id, location); });
    for (std::uint32_t pack = 0; pack < byPack.size(); ++pack) {
        if (cancelled())
            return;
        const ContentId& packId = m_repository.index().pack(pack);
        auto& expected = byPack[pack];
        if (expected.empty())
            continue;
        ++m_result.packs;
        const QString name = repo::Repository::packName(packId);
        const auto markAll = [&] {
            for (const auto& [id, location] : expected)
                m_bad.insert(id);
        };
        if (!packFiles.contains(name)) {
            error(tr("Pack %1 is missing: the index lists %2 blob(s) in it.").arg(packId.toHex().left(12)).arg(expected.size()));
            markAll();
            continue;
        }
        auto header = m_repository.readPackHeader(packId);
        if (!header) {
            error(header.error().message);
            markAll();
            continue;
        }
        std::map<ContentId, repo::PackEntry> entries;
        for (const repo::PackEntry& entry : header.value())
            entries.emplace(entry.id, entry);
        for (const auto& [id, location] : expected) {
            auto it = entries.find(id);
            if (it == entries.end() || it->second.offset != location.offset || it->second.storedBytes != location.storedBytes
                || it->second.rawBytes != location.rawBytes || it->second.type != location.type || it->second.codec != location.codec) {
                error(tr("Blob %1: the index and the header of pack %2 disagree.").arg(id.toHex().left(12), packId.toHex().left(12)));
                m_bad.insert(id);
            }
        }
    }
}

void VerifyRun::walkTree(const ContentId& tree, const QString& snapshotId, const QString& path, int depth, bool recordOnly)
{
    const QString where = path.isEmpty() ? QStringLiteral("/") : path;
    if (m_bad.count(tree)) {
        markDamaged(snapshotId);
        m_result.affected.append(tr("snapshot %1: %2 (directory)").arg(snapshotId.left(8), where));
        return;
    }
    if (depth > repo::TreeFormat::kMaxDepth) {
        error(tr("Snapshot %1 nests directories deeper than %2 levels at %3.").arg(snapshotId.left(8)).arg(repo::TreeFormat::kMaxDepth).arg(where));
        return;
    }
    const bool first = m_checkedTrees.insert(tree).second;
    if (first)
        ++m_result.trees;
    auto nodes = m_repository.loadTree(tree);
    if (!nodes) {
        if (!recordOnly && !m_marked.contains(where))
            error(tr("Snapshot %1: the directory %2 cannot be read: %3").arg(snapshotId.left(8), where, nodes.error().message));
        m_bad.insert(tree);
        markDamaged(snapshotId);
        m_result.affected.append(tr("snapshot %1: %2 (directory)").arg(snapshotId.left(8), where));
        return;
    }
    for (const TreeNode& node : nodes.value()) {
        const QString childPath = path + QLatin1Char('/') + platform::FileSystem::decodeName(node.name);
        if (node.type == NodeType::Directory) {
            walkTree(node.subtree, snapshotId, childPath, depth + 1, recordOnly);
        } else if (node.type == NodeType::File) {
            bool damaged = false;
            for (const ContentId& id : node.content) {
                if (m_bad.count(id)) {
                    damaged = true;
                    continue;
                }
                const repo::BlobLocation* location = m_repository.index().find(id);
                if (!location || location->type != BlobType::Data) {
                    if (!recordOnly && !m_marked.contains(childPath))
                        error(tr("Snapshot %1: chunk %2 of %3 is not in the repository.").arg(snapshotId.left(8), id.toHex().left(12), childPath));
                    m_bad.insert(id);
                    damaged = true;
                }
            }
            if (damaged) {
                markDamaged(snapshotId);
                m_result.affected.append(tr("snapshot %1: %2").arg(snapshotId.left(8), childPath));
            }
        }
    }
}

void VerifyRun::readPack(std::uint32_t pack)
{
    const ContentId& packId = m_repository.index().pack(pack);
    const QString name = repo::Repository::packName(packId);
    auto header = m_repository.readPackHeader(packId);
    if (!header) {
        // Already reported by the structure check.
        return;
    }
    std::uint64_t blobBytes = 0;
    for (const repo::PackEntry& entry : header.value())
        blobBytes = std::max<std::uint64_t>(blobBytes, std::uint64_t(entry.offset) + entry.storedBytes);
    auto data = m_repository.storage().readRange(name, 0, blobBytes);
    if (!data) {
        error(tr("Pack %1 cannot be read: %2").arg(packId.toHex().left(12), data.error().message));
        std::lock_guard lock(m_mutex);
        for (const repo::PackEntry& entry : header.value())
            m_bad.insert(entry.id);
        return;
    }
    std::uint64_t blobs = 0;
    for (const repo::PackEntry& entry : header.value()) {
        const std::span<const std::uint8_t> stored(reinterpret_cast<const std::uint8_t*>(data->constData()) + entry.offset, entry.storedBytes);
        auto plain = m_repository.decodeBlob(entry.id, entry.type, entry.codec, entry.rawBytes, stored);
        ++blobs;
        if (!plain) {
            error(tr("Pack %1: %2").arg(packId.toHex().left(12), plain.error().message));
            std::lock_guard lock(m_mutex);
            m_bad.insert(entry.id);
        }
    }
    std::lock_guard lock(m_mutex);
    ++m_result.packsRead;
    m_result.blobsRead += blobs;
    m_result.bytesRead += static_cast<std::uint64_t>(data->size());
}

void VerifyRun::readPacks(const std::vector<std::uint32_t>& packs)
{
    ProgressReporter reporter(m_progress, Phase::Verifying);
    std::uint64_t totalBytes = 0;
    for (std::uint32_t pack : packs) {
        auto size = m_repository.storage().size(repo::Repository::packName(m_repository.index().pack(pack)));
        totalBytes += size ? size.value() : 0;
    }
    reporter.setTotals(packs.size(), totalBytes);
    const int threads = workerThreads(m_options.threads);
    BoundedQueue<std::uint32_t> queue(static_cast<std::size_t>(threads) * 2);
    std::vector<std::thread> workers;
    std::mutex reporterMutex;
    for (int i = 0; i < threads; ++i) {
        workers.emplace_back([&] {
            while (auto pack = queue.pop()) {
                if (cancelled())
                    continue;
                std::uint64_t before = 0;
                {
                    std::lock_guard lock(m_mutex);
                    before = m_result.bytesRead;
                }
                readPack(*pack);
                std::uint64_t after = 0;
                {
                    std::lock_guard lock(m_mutex);
                    after = m_result.bytesRead;
                }
                std::lock_guard lock(reporterMutex);
                reporter.add(1, after >= before ? after - before : 0, m_repository.index().pack(*pack).toHex().left(12));
            }
        });
    }
    for (std::uint32_t pack : packs)
        queue.push(pack);
    queue.close();
    for (std::thread& worker : workers)
        worker.join();
    reporter.finish();
}

Result<VerifyResult> VerifyRun::run()
{
    if (auto loaded = m_repository.loadIndex(); !loaded)
        return loaded.error();
    auto packList = m_repository.storage().list(QStringLiteral("data"));
    if (!packList)
        return packList.error();
    const QSet<QString> packFiles(packList->begin(), packList->end());
    checkPackHeaders(packFiles);

    QSet<QString> indexedPacks;
    for (std::size_t i = 0; i < m_repository.index().packCount(); ++i)
        indexedPacks.insert(repo::Repository::packName(m_repository.index().pack(static_cast<std::uint32_t>(i))));
    std::uint64_t unindexed = 0;
    for (const QString& name : packFiles)
        unindexed += indexedPacks.contains(name) ? 0 : 1;
    if (unindexed)
        m_result.notes.append(tr("%n pack(s) are not in any index (left by an interrupted backup); no snapshot needs them.", nullptr, static_cast<int>(unindexed)));

    if (m_options.readData || m_options.readDataPercent > 0) {
        std::vector<std::uint32_t> packs;
        for (std::size_t i = 0; i < m_repository.index().packCount(); ++i) {
            if (packFiles.contains(repo::Repository::packName(m_repository.index().pack(static_cast<std::uint32_t>(i)))))
                packs.push_back(static_cast<std::uint32_t>(i));
        }
        if (!m_options.readData && m_options.readDataPercent < 100) {
            // A random subset: over d runs a fraction p covers 1 − (1 − p)^d of the packs.
            std::shuffle(packs.begin(), packs.end(), *QRandomGenerator::system());
            const auto keep = static_cast<std::size_t>(std::ceil(static_cast<double>(packs.size()) * m_options.readDataPercent / 100.0));
            packs.resize(std::min(packs.size(), keep));
        }
        readPacks(packs);
    }

    QStringList damagedSnapshots;
    auto snapshots = m_repository.snapshots(&damagedSnapshots);
    if (!snapshots)
        return snapshots.error();
    m_result.errors += damagedSnapshots;
    // Walk after reading data, so files with damaged chunks are named.
    for (const repo::Snapshot& snapshot : snapshots.value()) {
        if (cancelled())
            break;
        if (!m_options.onlySnapshot.isEmpty() && snapshot.id != m_options.onlySnapshot)
            continue;
        ++m_result.snapshots;
        if (!snapshot.damagedPaths.isEmpty())
            markDamaged(snapshot.id);
        m_marked = QSet<QString>(snapshot.damagedPaths.begin(), snapshot.damagedPaths.end());
        if (!m_marked.isEmpty())
            m_result.notes.append(tr("Snapshot %1 was repaired: %n path(s) in it are marked damaged and cannot be restored intact.", nullptr,
                                     static_cast<int>(m_marked.size()))
                                      .arg(snapshot.shortId()));
        walkTree(snapshot.tree, snapshot.id, QString(), 0, false);
    }
    if (cancelled())
        return Error{Error::Code::Cancelled, tr("The check was cancelled; nothing was changed.")};
    m_result.affected.removeDuplicates();
    return m_result;
}

} // namespace

Result<VerifyResult> Verify::run(repo::Repository& repository, const VerifyOptions& options, const ProgressSink& progress, const CancelToken* cancel)
{
    VerifyRun run(repository, options, progress, cancel);
    return run.run();
}

} // namespace lifeboat::engine
