// SPDX-License-Identifier: GPL-3.0-or-later
#include "Backup.h"

#include "BoundedQueue.h"
#include "Glob.h"
#include "core/platform/FileSystem.h"
#include "core/repo/PackWriter.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QHash>
#include <QSet>

#include <array>
#include <atomic>
#include <map>
#include <memory>
#include <mutex>
#include <thread>
#include <unordered_set>
#include <cstring>

namespace lifeboat::engine {

using platform::FileStat;
using platform::FileSystem;
using platform::FileType;
using repo::BlobType;
using repo::ContentId;
using repo::NodeType;
using repo::TreeNode;

namespace {

// Chunk ids are written by workers into blocks that never move, while the reading thread
// keeps adding blocks for the same file. Blocks double from 2 ids to 1024, so 20k small
// files cost 64 bytes each, not a fixed block each (measured: 8 KiB blocks were 160 MiB
// of a 1 GiB backup's peak memory).
class IdSlots {
public:
    ContentId* next()
    {
        if (m_blocks.empty() || m_used == m_blockSizes.back()) {
            const std::size_t size = m_blocks.empty() ? 2 : std::min<std::size_t>(m_blockSizes.back() * 2, 1024);
            m_blocks.push_back(std::make_unique<ContentId[]>(size));
            m_blockSizes.push_back(size);
            m_used = 0;
        }
        ++m_count;
        return &m_blocks.back()[m_used++];
    }
    std::size_t size() const { return m_count; }
    // After every worker is done with them.
    std::vector<ContentId> take()
    {
        std::vector<ContentId> out;
        out.reserve(m_count);
        for (std::size_t b = 0; b < m_blocks.size(); ++b) {
            const std::size_t n = b + 1 == m_blocks.size() ? m_used : m_blockSizes[b];
            out.insert(out.end(), m_blocks[b].get(), m_blocks[b].get() + n);
        }
        m_blocks.clear();
        m_blockSizes.clear();
        m_count = m_used = 0;
        return out;
    }

private:
    std::vector<std::unique_ptr<ContentId[]>> m_blocks;
    std::vector<std::size_t> m_blockSizes;
    std::size_t m_used = 0;
    std::size_t m_count = 0;
};

struct ScanEntry {
    TreeNode node;
    QByteArray path;
    std::vector<std::unique_ptr<ScanEntry>> children;
    IdSlots chunkIds;
    bool reused = false;          // content taken from the parent snapshot
    bool skipped = false;         // could not be read: left out of the snapshot
    ScanEntry* hardLinkFirst = nullptr;
};

struct ScanEntry;

// Either a chunk the reading thread cut, or a whole small file for the worker to read
// itself (opening and reading 20k small files is the part a single reader cannot keep up with).
struct ChunkJob {
    QByteArray data;
    ContentId* slot = nullptr;
    std::vector<ScanEntry*> smallFiles;   // a batch: one queue hand-off for many small files
};

// Reads a small file in a worker: its chunks, or none when it is skipped (with a warning).
using SmallFileReader = std::function<std::vector<QByteArray>(ScanEntry&, std::vector<ContentId*>&)>;

struct PackJob {
    BlobType type = BlobType::Invalid;
    ContentId id;
    repo::ChunkCodec codec = repo::ChunkCodec::Invalid;
    std::uint32_t rawBytes = 0;
    QByteArray stored;
};

struct ContentIdHash {
    std::size_t operator()(const ContentId& id) const
    {
        std::size_t value = 0;
        std::memcpy(&value, id.bytes.data(), sizeof value);
        return value;
    }
};

// The state the threads share, each part under the mutex that guards it.
class Pipeline {
public:
    Pipeline(repo::Repository& repository, int threads, const CancelToken* cancel, SmallFileReader readSmallFile)
        : m_repository(repository), m_cancel(cancel), m_readSmallFile(std::move(readSmallFile)), m_chunks(static_cast<std::size_t>(threads) * 2 + 2),
          m_packs(static_cast<std::size_t>(threads) * 2 + 2)
    {
        for (int i = 0; i < threads; ++i)
            m_workers.emplace_back([this] { workerLoop(); });
        m_packer = std::thread([this] { packerLoop(); });
        m_committer = std::thread([this] { committerLoop(); });
    }
    ~Pipeline() { finish(); }

    bool stopped() const { return m_failed.load() || (m_cancel && m_cancel->cancelled()); }
    void submitChunk(ChunkJob job) { m_chunks.push(std::move(job)); }

    // Stores a tree blob from the calling thread (after the workers are done).
    ContentId storeTree(const QByteArray& tree)
    {
        const ContentId id = m_repository.blobId(repo::bytesOf(tree));
        if (claim(id))
            m_packs.push({encode(BlobType::Tree, id, tree)});
        return id;
    }

    void finishWorkers()
    {
        if (m_workersDone)
            return;
        m_chunks.close();
        for (std::thread& worker : m_workers)
            worker.join();
        m_workersDone = true;
    }
    // Flushes the last pack and the index; after this the packs and index are durable.
    void finish()
    {
        finishWorkers();
        if (m_packer.joinable()) {
            m_packs.close();
            m_packer.join();
            m_committer.join();
        }
    }

    std::optional<Error> error()
    {
        std::lock_guard lock(m_errorMutex);
        return m_error;
    }
    std::uint64_t newBlobs() const { return m_newBlobs.load(); }
    std::uint64_t newStoredBytes() const { return m_newStoredBytes.load(); }

private:
    void fail(const Error& error)
    {
        std::lock_guard lock(m_errorMutex);
        if (!m_error)
            m_error = error;
        m_failed = true;
    }

    // True when the caller must store the blob: it is neither in the index nor being
    // stored by another thread right now.
    bool claim(const ContentId& id)
    {
        std::lock_guard lock(m_indexMutex);
        if (m_repository.index().find(id) || m_inFlight.count(id))
            return false;
        m_inFlight.insert(id);
        return true;
    }

    PackJob encode(BlobType type, const ContentId& id, const QByteArray& plain)
    {
        PackJob job;
        job.type = type;
        job.id = id;
        job.rawBytes = static_cast<std::uint32_t>(plain.size());
        const repo::EncodedChunk encoded = repo::ChunkCodecs::encode(repo::bytesOf(plain), m_repository.config().zstdLevel);
        job.codec = encoded.codec;
        job.stored.reserve(encoded.bytes.size() + static_cast<qsizetype>(repo::Aead::kOverheadBytes));
        m_repository.storeBlobInto(job.stored, type, id, repo::bytesOf(encoded.bytes));
        return job;
    }

    void workerLoop()
    {
        while (auto job = m_chunks.pop()) {
            if (stopped())
                continue;   // drain so the reader never blocks on a full queue
            std::vector<PackJob> packJobs;
            for (ScanEntry* file : job->smallFiles) {
                std::vector<ContentId*> chunkSlots;
                const std::vector<QByteArray> chunks = m_readSmallFile(*file, chunkSlots);
                for (std::size_t i = 0; i < chunks.size(); ++i)
                    store(chunks[i], chunkSlots[i], packJobs);
            }
            if (job->smallFiles.empty())
                store(job->data, job->slot, packJobs);
            if (!packJobs.empty())
                m_packs.push(std::move(packJobs));
        }
    }

    void store(const QByteArray& data, ContentId* slot, std::vector<PackJob>& out)
    {
        const ContentId id = m_repository.blobId(repo::bytesOf(data));
        *slot = id;
        if (claim(id))
            out.push_back(encode(BlobType::Data, id, data));
    }

    // Packer thread: the pack is written; a committer thread checks it (read back,
    // decompress, re-hash: the most expensive serial step) and makes it durable while the
    // next one is written.
    void finishPack(repo::PackWriter& writer)
    {
        auto written = writer.finishWriting();
        if (!written) {
            fail(written.error());
            return;
        }
        m_writtenPacks.push(std::move(written.value()));
    }

    void committerLoop()
    {
        std::vector<repo::IndexFormat::Entry> unindexed;
        while (auto pack = m_writtenPacks.pop()) {
            if (m_failed.load())
                continue;   // dropping the pack removes its temporary file
            if (auto checked = pack->check(m_repository); !checked) {
                fail(checked.error());
                continue;
            }
            auto entries = pack->commit();
            if (!entries) {
                fail(entries.error());
                continue;
            }
            {
                std::lock_guard lock(m_indexMutex);
                for (const auto& entry : entries.value()) {
                    const std::uint32_t number = m_repository.index().addPack(entry.pack);
                    m_repository.index().insert(entry.id, {number, entry.blob.offset, entry.blob.storedBytes, entry.blob.rawBytes, entry.blob.type, entry.blob.codec});
                    m_inFlight.erase(entry.id);
                }
            }
            unindexed.insert(unindexed.end(), entries->begin(), entries->end());
            // An index file every ~1 GiB of new data: an interrupted backup loses at most that
            // much work (restic and kopia write partial indexes for the same reason).
            if (unindexed.size() >= 1024)
                writeIndex(unindexed);
        }
        // Also on cancel: what was stored is kept and indexed for the next run.
        if (!m_failed.load())
            writeIndex(unindexed);
    }

    void writeIndex(std::vector<repo::IndexFormat::Entry>& unindexed)
    {
        if (unindexed.empty())
            return;
        auto saved = m_repository.saveMetadata(QStringLiteral("index"), repo::IndexFormat::encode(unindexed));
        if (!saved)
            fail(saved.error());
        unindexed.clear();
    }

    void packerLoop()
    {
        repo::PackWriter writer(m_repository);
        while (auto batch = m_packs.pop()) {
            for (PackJob& job : *batch) {
                if (m_failed.load())
                    break;
                if (auto added = writer.add(job.type, job.id, job.codec, job.rawBytes, repo::bytesOf(job.stored)); !added) {
                    fail(added.error());
                    writer.abort();
                    break;
                }
                m_newBlobs.fetch_add(1);
                m_newStoredBytes.fetch_add(static_cast<std::uint64_t>(job.stored.size()));
                if (writer.full())
                    finishPack(writer);
            }
        }
        if (!m_failed.load() && !writer.empty())
            finishPack(writer);
        else
            writer.abort();
        m_writtenPacks.close();
    }

    repo::Repository& m_repository;
    const CancelToken* m_cancel;
    SmallFileReader m_readSmallFile;
    BoundedQueue<ChunkJob> m_chunks;
    BoundedQueue<std::vector<PackJob>> m_packs;
    BoundedQueue<repo::WrittenPack> m_writtenPacks{2};
    std::vector<std::thread> m_workers;
    std::thread m_packer;
    std::thread m_committer;
    bool m_workersDone = false;

    std::mutex m_indexMutex;
    std::unordered_set<ContentId, ContentIdHash> m_inFlight;

    std::mutex m_errorMutex;
    std::optional<Error> m_error;
    std::atomic<bool> m_failed{false};
    std::atomic<std::uint64_t> m_newBlobs{0};
    std::atomic<std::uint64_t> m_newStoredBytes{0};
};

TreeNode nodeFromStat(const QByteArray& name, const FileStat& st)
{
    TreeNode node;
    node.name = name;
    node.type = st.type == FileType::File ? NodeType::File : st.type == FileType::Directory ? NodeType::Directory : NodeType::Symlink;
    node.mode = st.mode;
    node.uid = st.uid;
    node.gid = st.gid;
    node.mtimeNs = st.mtimeNs;
    node.ctimeNs = st.ctimeNs;
    node.sizeBytes = st.type == FileType::File ? st.sizeBytes : 0;
    node.inode = st.inode;
    node.device = st.device;
    node.linkCount = st.linkCount;
    return node;
}

class BackupRun {
    Q_DECLARE_TR_FUNCTIONS(Backup)
public:
    BackupRun(repo::Repository& repository, const BackupOptions& options, const ProgressSink& progress, const CancelToken* cancel)
        : m_repository(repository), m_options(options), m_excludes(options.excludes), m_sink(progress), m_reporter(progress, Phase::Scanning), m_cancel(cancel)
    {
    }

    Result<BackupResult> run();

private:
    bool cancelled() const { return m_cancel && m_cancel->cancelled(); }
    Result<std::unique_ptr<ScanEntry>> scan(const QByteArray& path, const QByteArray& name, const std::vector<TreeNode>* parentSiblings, std::uint64_t rootDevice);
    const TreeNode* findInParent(const std::vector<TreeNode>* siblings, const QByteArray& name) const;
    bool canReuse(const TreeNode& node, const TreeNode& previous) const;
    void collectFiles(ScanEntry& entry, std::vector<ScanEntry*>& files);
    Result<platform::FileHandle> openChecked(ScanEntry& entry);
    void readFile(ScanEntry& entry, Pipeline& pipeline, const repo::Chunker& chunker);
    std::vector<QByteArray> readSmallFile(ScanEntry& entry, const repo::Chunker& chunker, std::vector<ContentId*>& chunkSlots);
    void warn(const QString& message);
    ContentId storeTree(ScanEntry& directory, Pipeline& pipeline);
    void finalizeContent(ScanEntry& entry);
    void resolveHardLinks(ScanEntry& entry);

    repo::Repository& m_repository;
    const BackupOptions& m_options;
    GlobSet m_excludes;
    ProgressSink m_sink;
    ProgressReporter m_reporter;
    const CancelToken* m_cancel;
    std::mutex m_mutex;                  // guards m_warnings and m_reporter once workers read files
    QStringList m_warnings;
    repo::SnapshotSummary m_summary;
    std::vector<std::uint8_t> m_buffer;
    std::map<std::pair<std::uint64_t, std::uint64_t>, ScanEntry*> m_hardLinks;
    // Parent trees loaded during the scan, kept alive for the pointers into them.
    std::vector<std::unique_ptr<std::vector<TreeNode>>> m_parentTrees;
};

const TreeNode* BackupRun::findInParent(const std::vector<TreeNode>* siblings, const QByteArray& name) const
{
    if (!siblings)
        return nullptr;
    auto it = std::lower_bound(siblings->begin(), siblings->end(), name, [](const TreeNode& node, const QByteArray& key) { return node.name < key; });
    return it != siblings->end() && it->name == name ? &*it : nullptr;
}

bool BackupRun::canReuse(const TreeNode& node, const TreeNode& previous) const
{
    if (previous.type != NodeType::File || previous.sizeBytes != node.sizeBytes || previous.mtimeNs != node.mtimeNs || previous.ctimeNs != node.ctimeNs
        || previous.inode != node.inode)
        return false;
    // Only when every chunk is still in the repository (a pruned or damaged one is re-read).
    for (const ContentId& id : previous.content) {
        if (!m_repository.index().find(id))
            return false;
    }
    return true;
}

Result<std::unique_ptr<ScanEntry>> BackupRun::scan(const QByteArray& path, const QByteArray& name, const std::vector<TreeNode>* parentSiblings, std::uint64_t rootDevice)
{
    auto st = FileSystem::statNoFollow(path);
    if (!st)
        return st.error();
    auto entry = std::make_unique<ScanEntry>();
    entry->path = path;
    if (st->type == FileType::Other) {
        m_warnings.append(tr("%1 is a device, socket or FIFO: not backed up.").arg(FileSystem::decodeName(path)));
        return std::unique_ptr<ScanEntry>();
    }
    entry->node = nodeFromStat(name, st.value());
    const TreeNode* previous = findInParent(parentSiblings, name);
    if (st->type == FileType::Symlink) {
        auto target = FileSystem::readSymlink(path);
        if (!target)
            return target.error();
        entry->node.linkTarget = target.value();
        ++m_summary.symlinks;
    } else if (st->type == FileType::File) {
        ++m_summary.files;
        m_summary.bytes += st->sizeBytes;
        if (previous && canReuse(entry->node, *previous)) {
            entry->node.content = previous->content;
            entry->reused = true;
            ++m_summary.filesUnchanged;
        }
    } else {
        ++m_summary.directories;
        const std::vector<TreeNode>* children = nullptr;
        if (previous && previous->type == NodeType::Directory) {
            auto tree = m_repository.loadTree(previous->subtree);
            if (tree) {
                m_parentTrees.push_back(std::make_unique<std::vector<TreeNode>>(std::move(tree.value())));
                children = m_parentTrees.back().get();
            }
        }
        const bool crossesDevice = m_options.oneFileSystem && st->device != rootDevice;
        if (!crossesDevice) {
            auto names = FileSystem::listDirectory(path);
            if (!names) {
                m_warnings.append(names.error().message);
            } else {
                std::sort(names->begin(), names->end());
                for (const QByteArray& childName : names.value()) {
                    if (cancelled())
                        break;
                    const QByteArray childPath = path.endsWith('/') ? QByteArray(path + childName) : QByteArray(path + '/' + childName);
                    if (!m_excludes.isEmpty() && m_excludes.matches(FileSystem::decodeName(childPath)))
                        continue;
                    auto child = scan(childPath, childName, children, rootDevice);
                    if (!child) {
                        m_warnings.append(child.error().message);
                        continue;
                    }
                    if (child.value())
                        entry->children.push_back(std::move(child.value()));
                }
            }
        }
    }
    m_reporter.add(0, 0, FileSystem::decodeName(path));
    return entry;
}

void BackupRun::collectFiles(ScanEntry& entry, std::vector<ScanEntry*>& files)
{
    if (entry.node.type == NodeType::File) {
        if (entry.node.linkCount > 1) {
            auto [it, inserted] = m_hardLinks.try_emplace({entry.node.device, entry.node.inode}, &entry);
            if (!inserted) {
                entry.hardLinkFirst = it->second;
                return;
            }
        }
        if (!entry.reused)
            files.push_back(&entry);
        return;
    }
    for (auto& child : entry.children)
        collectFiles(*child, files);
}

void BackupRun::warn(const QString& message)
{
    std::lock_guard lock(m_mutex);
    m_warnings.append(message);
}

Result<platform::FileHandle> BackupRun::openChecked(ScanEntry& entry)
{
    auto handle = FileSystem::openForRead(entry.path);
    if (!handle)
        return handle.error();
    auto st = FileSystem::stat(handle.value(), entry.path);
    if (!st || st->type != FileType::File) {
        // Opened without following links: a file swapped for a symlink fails above; one
        // swapped for a directory or device is refused here.
        return Error{Error::Code::NotAFile, tr("%1 changed into something other than a file during the backup: not backed up.").arg(FileSystem::decodeName(entry.path))};
    }
    entry.node = nodeFromStat(entry.node.name, st.value());
    return std::move(handle.value());
}

std::vector<QByteArray> BackupRun::readSmallFile(ScanEntry& entry, const repo::Chunker& chunker, std::vector<ContentId*>& chunkSlots)
{
    auto handle = openChecked(entry);
    if (!handle) {
        warn(handle.error().message);
        entry.skipped = true;
        return {};
    }
    // Read to the end whatever the size now (the file may have grown since the scan).
    QByteArray data;
    std::uint64_t total = 0;
    for (;;) {
        const qsizetype before = data.size();
        data.resize(before + std::max<qsizetype>(64 * 1024, static_cast<qsizetype>(entry.node.sizeBytes) + 1 - before));
        auto n = FileSystem::read(handle.value(), {reinterpret_cast<std::uint8_t*>(data.data()) + before, static_cast<std::size_t>(data.size() - before)}, entry.path);
        if (!n) {
            warn(n.error().message);
            entry.skipped = true;
            return {};
        }
        data.resize(before + static_cast<qsizetype>(n.value()));
        if (n.value() == 0)
            break;
    }
    total = static_cast<std::uint64_t>(data.size());
    std::vector<QByteArray> chunks;
    const auto* bytes = reinterpret_cast<const std::uint8_t*>(data.constData());
    for (std::size_t start = 0; start < total;) {
        const std::size_t cut = chunker.cutPoint({bytes + start, static_cast<std::size_t>(total - start)}, true);
        chunks.push_back(start == 0 && cut == total ? data : data.mid(static_cast<qsizetype>(start), static_cast<qsizetype>(cut)));
        chunkSlots.push_back(entry.chunkIds.next());
        start += cut;
    }
    entry.node.sizeBytes = total;
    std::lock_guard lock(m_mutex);
    m_reporter.add(1, total, FileSystem::decodeName(entry.path));
    return chunks;
}

void BackupRun::readFile(ScanEntry& entry, Pipeline& pipeline, const repo::Chunker& chunker)
{
    const QString displayPath = FileSystem::decodeName(entry.path);
    auto handle = openChecked(entry);
    if (!handle) {
        warn(handle.error().message);
        entry.skipped = true;
        return;
    }
    const std::size_t maxBytes = chunker.params().maxBytes;
    if (m_buffer.size() < 2 * maxBytes)
        m_buffer.resize(2 * maxBytes);
    std::size_t start = 0;
    std::size_t end = 0;
    bool endOfInput = false;
    std::uint64_t total = 0;
    while (!pipeline.stopped()) {
        if (!endOfInput && end - start < maxBytes) {
            if (start > 0) {
                std::memmove(m_buffer.data(), m_buffer.data() + start, end - start);
                end -= start;
                start = 0;
            }
            while (!endOfInput && end < m_buffer.size()) {
                auto n = FileSystem::read(handle.value(), {m_buffer.data() + end, m_buffer.size() - end}, entry.path);
                if (!n) {
                    warn(n.error().message);
                    entry.skipped = true;
                    return;
                }
                if (n.value() == 0)
                    endOfInput = true;
                end += n.value();
            }
        }
        if (start == end)
            break;
        const std::size_t cut = chunker.cutPoint({m_buffer.data() + start, end - start}, endOfInput);
        ChunkJob job;
        job.data = QByteArray(reinterpret_cast<const char*>(m_buffer.data() + start), static_cast<qsizetype>(cut));
        job.slot = entry.chunkIds.next();
        pipeline.submitChunk(std::move(job));
        start += cut;
        total += cut;
        std::lock_guard lock(m_mutex);
        m_reporter.add(0, cut, displayPath);
    }
    // The file may have grown or shrunk since the scan: the snapshot records what was read.
    entry.node.sizeBytes = total;
    std::lock_guard lock(m_mutex);
    m_reporter.add(1, 0);
}

void BackupRun::finalizeContent(ScanEntry& entry)
{
    if (entry.node.type == NodeType::File && !entry.reused && !entry.hardLinkFirst) {
        entry.node.content = entry.chunkIds.take();
    }
    for (auto& child : entry.children)
        finalizeContent(*child);
}

void BackupRun::resolveHardLinks(ScanEntry& entry)
{
    // Later names of a hard-linked file share the first one's content (read once); run
    // after finalizeContent, when every first name has its content.
    if (entry.hardLinkFirst) {
        entry.node.content = entry.hardLinkFirst->node.content;
        entry.node.sizeBytes = entry.hardLinkFirst->node.sizeBytes;
        entry.skipped = entry.hardLinkFirst->skipped;
    }
    for (auto& child : entry.children)
        resolveHardLinks(*child);
}

ContentId BackupRun::storeTree(ScanEntry& directory, Pipeline& pipeline)
{
    std::vector<TreeNode> nodes;
    nodes.reserve(directory.children.size());
    for (auto& child : directory.children) {
        if (child->skipped)
            continue;
        if (child->node.type == NodeType::Directory)
            child->node.subtree = storeTree(*child, pipeline);
        nodes.push_back(child->node);
    }
    return pipeline.storeTree(repo::TreeFormat::encode(std::move(nodes)));
}

Result<BackupResult> BackupRun::run()
{
    QElapsedTimer timer;
    timer.start();
    if (m_options.paths.isEmpty())
        return Error{Error::Code::Invalid, tr("Name at least one path to back up.")};
    if (auto loaded = m_repository.loadIndex(); !loaded)
        return loaded.error();

    const QString hostname = m_options.hostname.isEmpty() ? QString::fromLocal8Bit(FileSystem::hostName()) : m_options.hostname;
    QStringList absolutePaths;
    for (const QString& path : m_options.paths)
        absolutePaths.append(QDir::cleanPath(QFileInfo(path).absoluteFilePath()));

    // The parent: named, or the latest snapshot of this host with the same paths (restic's rule).
    std::optional<repo::Snapshot> parent;
    if (!m_options.noParent) {
        if (!m_options.parent.isEmpty()) {
            auto found = m_repository.findSnapshot(m_options.parent, &m_warnings);
            if (!found)
                return found.error();
            parent = found.value();
        } else {
            auto all = m_repository.snapshots(&m_warnings);
            if (!all)
                return all.error();
            QStringList sortedPaths = absolutePaths;
            sortedPaths.sort();
            for (const repo::Snapshot& snapshot : all.value()) {
                QStringList theirs = snapshot.paths;
                theirs.sort();
                if (snapshot.hostname == hostname && theirs == sortedPaths && snapshot.dataset == m_options.dataset)
                    parent = snapshot;
            }
        }
    }
    std::vector<TreeNode> parentRoot;
    if (parent) {
        auto tree = m_repository.loadTree(parent->tree);
        if (tree)
            parentRoot = std::move(tree.value());
        else
            m_warnings.append(tr("The parent snapshot %1 could not be read (%2): every file is read again.").arg(parent->shortId(), tree.error().message));
    }

    ScanEntry root;
    root.node.type = NodeType::Directory;
    QSet<QByteArray> rootNames;
    for (const QString& path : absolutePaths) {
        const QByteArray native = FileSystem::encodeName(path);
        QByteArray name = FileSystem::encodeName(QFileInfo(path).fileName());
        if (name.isEmpty())
            name = QByteArrayLiteral("root");
        if (rootNames.contains(name))
            return Error{Error::Code::Invalid, tr("Two of the paths end in the same name \"%1\"; back them up into separate snapshots.").arg(FileSystem::decodeName(name))};
        rootNames.insert(name);
        auto st = FileSystem::statNoFollow(native);
        if (!st)
            return st.error();
        auto entry = scan(native, name, &parentRoot, st->device);
        if (!entry)
            return entry.error();
        if (entry.value())
            root.children.push_back(std::move(entry.value()));
        if (cancelled())
            return Error{Error::Code::Cancelled, tr("The backup was cancelled during the scan; nothing was written.")};
    }
    std::sort(root.children.begin(), root.children.end(), [](const auto& a, const auto& b) { return a->node.name < b->node.name; });

    std::vector<ScanEntry*> files;
    collectFiles(root, files);
    std::uint64_t bytesToRead = 0;
    for (const ScanEntry* file : files)
        bytesToRead += file->node.sizeBytes;

    m_reporter = ProgressReporter(m_sink, Phase::Backing);
    m_reporter.setTotals(files.size(), bytesToRead);

    const int threads = workerThreads(m_options.threads);
    const repo::Chunker chunker(m_repository.chunkerParams());
    ContentId rootTree;
    {
        Pipeline pipeline(m_repository, threads, m_cancel, [&](ScanEntry& entry, std::vector<ContentId*>& chunkSlots) {
            return readSmallFile(entry, chunker, chunkSlots);
        });
        ChunkJob batch;
        std::uint64_t batchBytes = 0;
        for (ScanEntry* file : files) {
            if (pipeline.stopped())
                break;
            // Files below the minimum chunk size are one chunk: a worker reads them, in
            // batches of up to 64 files or 1 MiB.
            if (file->node.sizeBytes < chunker.params().minBytes) {
                batch.smallFiles.push_back(file);
                batchBytes += file->node.sizeBytes;
                if (batch.smallFiles.size() >= 64 || batchBytes >= (1u << 20)) {
                    pipeline.submitChunk(std::move(batch));
                    batch = ChunkJob();
                    batchBytes = 0;
                }
            } else {
                readFile(*file, pipeline, chunker);
            }
        }
        if (!batch.smallFiles.empty())
            pipeline.submitChunk(std::move(batch));
        pipeline.finishWorkers();
        if (!pipeline.stopped()) {
            finalizeContent(root);
            resolveHardLinks(root);
            rootTree = storeTree(root, pipeline);
        }
        pipeline.finish();
        m_summary.newBlobs = pipeline.newBlobs();
        m_summary.newStoredBytes = pipeline.newStoredBytes();
        if (auto error = pipeline.error())
            return Error{error->code, tr("The backup failed and no snapshot was written: %1").arg(error->message)};
        if (cancelled())
            return Error{Error::Code::Cancelled, tr("The backup was cancelled; no snapshot was written. What was stored is kept and indexed, "
                                                    "so the next backup does not read it again.")};
    }

    repo::Snapshot snapshot;
    snapshot.time = QDateTime::currentDateTimeUtc();
    snapshot.hostname = hostname;
    snapshot.username = QString::fromLocal8Bit(FileSystem::userName());
    snapshot.paths = absolutePaths;
    snapshot.tags = m_options.tags;
    snapshot.dataset = m_options.dataset;
    snapshot.generation = m_options.generation;
    snapshot.tree = rootTree;
    if (parent)
        snapshot.parent = parent->id;
    m_summary.durationSeconds = static_cast<double>(timer.elapsed()) / 1000.0;
    snapshot.summary = m_summary;
    auto id = m_repository.saveSnapshot(snapshot);
    if (!id)
        return Error{id.error().code, tr("The data was stored, but writing the snapshot failed: %1").arg(id.error().message)};
    snapshot.id = id.value();
    m_reporter.finish();
    return BackupResult{snapshot, m_warnings};
}

} // namespace

Result<BackupResult> Backup::run(repo::Repository& repository, const BackupOptions& options, const ProgressSink& progress, const CancelToken* cancel)
{
    BackupRun run(repository, options, progress, cancel);
    return run.run();
}

} // namespace lifeboat::engine
