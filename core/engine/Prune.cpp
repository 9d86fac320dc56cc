// SPDX-License-Identifier: GPL-3.0-or-later
#include "Prune.h"

#include "Reachability.h"
#include "core/repo/PackWriter.h"

#include <map>
#include <set>

namespace lifeboat::engine {

using repo::ContentId;
using repo::IndexFormat;
using repo::PackEntry;

namespace {

class PruneRun {
    Q_DECLARE_TR_FUNCTIONS(Prune)
public:
    PruneRun(repo::Repository& repository, const PruneOptions& options, const ProgressSink& progress, const CancelToken* cancel)
        : m_repository(repository), m_storage(repository.storage()), m_options(options), m_progress(progress), m_cancel(cancel)
    {
    }
    Result<PruneResult> run();

private:
    enum class Fate : std::uint8_t { Keep, Delete, Repack };
    struct PackState {
        std::vector<PackEntry> entries;      // from every index file, duplicates included
        bool indexed = false;
        bool young = false;
        std::uint64_t fileBytes = 0;
        std::uint64_t usedBytes = 0;
        std::uint64_t blobBytes = 0;
        Fate fate = Fate::Keep;
    };

    bool cancelled() const { return m_cancel && m_cancel->cancelled(); }
    Error stopped(const Error& cause) const
    {
        return Error{cause.code, tr("Prune stopped before changing anything: %1").arg(cause.message)};
    }
    Status readIndexFiles();
    Status readPackFiles();
    Status chooseKeepers();
    void decideFates();
    Status repack(std::vector<IndexFormat::Entry>& written);
    Status writeIndex(const std::vector<IndexFormat::Entry>& written);
    Status removeTemporaries();

    repo::Repository& m_repository;
    repo::Storage& m_storage;
    const PruneOptions& m_options;
    const ProgressSink& m_progress;
    const CancelToken* m_cancel;
    const QDateTime m_now = QDateTime::currentDateTimeUtc();
    PruneResult m_result;
    QStringList m_indexIds;
    std::map<ContentId, PackState> m_packs;
    BlobSet m_used;
    std::unordered_map<ContentId, ContentId, repo::ContentIdHash> m_keeper;   // used blob → the pack whose copy is kept
};

Status PruneRun::readIndexFiles()
{
    auto ids = m_repository.metadataIds(QStringLiteral("index"));
    if (!ids)
        return ids.error();
    m_indexIds = ids.value();
    for (const QString& id : m_indexIds) {
        auto data = m_repository.loadMetadata(QStringLiteral("index"), id, repo::Repository::kMaxIndexBytes);
        if (!data)
            return data.error();
        auto entries = IndexFormat::decode(data.value());
        if (!entries)
            return Error{entries.error().code, tr("Index file %1: %2").arg(id.left(12), entries.error().message)};
        for (const IndexFormat::Entry& entry : entries.value()) {
            PackState& pack = m_packs[entry.pack];
            pack.indexed = true;
            pack.entries.push_back(entry.blob);
        }
    }
    return m_repository.loadIndex();
}

Status PruneRun::readPackFiles()
{
    auto names = m_storage.list(QStringLiteral("data"));
    if (!names)
        return names.error();
    std::set<ContentId> present;
    for (const QString& name : names.value()) {
        ContentId id;
        if (!repo::Repository::packIdFromName(name, id))
            continue;
        auto bytes = m_storage.size(name);
        if (!bytes)
            return bytes.error();
        auto modified = m_storage.modified(name);
        if (!modified)
            return modified.error();
        PackState& pack = m_packs[id];
        pack.fileBytes = bytes.value();
        pack.young = modified->secsTo(m_now) < m_options.graceAge.count();
        present.insert(id);
        m_result.bytesBefore += bytes.value();
    }
    m_result.packs = present.size();
    // Packs an index names but that are gone: drop them from the index (their blobs are
    // either unused, or chooseKeepers finds another copy, or it stops).
    for (auto it = m_packs.begin(); it != m_packs.end();) {
        if (present.count(it->first)) {
            ++it;
            continue;
        }
        m_result.notes.append(tr("Pack %1 is named by the index but missing; it is left out of the new index.").arg(it->first.toHex().left(12)));
        it = m_packs.erase(it);
    }
    return success();
}

Status PruneRun::chooseKeepers()
{
    for (auto& [packId, pack] : m_packs) {
        for (const PackEntry& entry : pack.entries) {
            if (m_used.count(entry.id) && m_keeper.emplace(entry.id, packId).second)
                pack.usedBytes += entry.storedBytes;
        }
    }
    for (const ContentId& id : m_used) {
        if (!m_keeper.count(id))
            return Error{Error::Code::Corrupt, tr("blob %1, which a snapshot needs, is in no pack of the repository. Run `lifeboat-cli repo repair`.")
                                                   .arg(id.toHex().left(12))};
    }
    m_result.blobsUsed = m_used.size();
    return success();
}

void PruneRun::decideFates()
{
    for (auto& [packId, pack] : m_packs) {
        for (const PackEntry& entry : pack.entries)
            pack.blobBytes += entry.storedBytes;
        Fate wanted = Fate::Keep;
        if (!pack.indexed || pack.usedBytes == 0)
            wanted = Fate::Delete;
        else if (100.0 * static_cast<double>(pack.blobBytes - pack.usedBytes) > m_options.repackUnusedPercent * static_cast<double>(pack.blobBytes))
            wanted = Fate::Repack;
        if (wanted != Fate::Keep && pack.young) {
            ++m_result.packsKeptYoung;
            wanted = Fate::Keep;
        }
        pack.fate = wanted;
        if (wanted == Fate::Keep)
            continue;
        ++m_result.packsDeleted;
        m_result.bytesDeleted += pack.fileBytes;
        if (wanted == Fate::Repack)
            ++m_result.packsRepacked;
        for (const PackEntry& entry : pack.entries) {
            if (!m_used.count(entry.id))
                ++m_result.blobsRemoved;
        }
    }
}

Status PruneRun::repack(std::vector<IndexFormat::Entry>& written)
{
    std::uint64_t total = 0;
    for (const auto& [packId, pack] : m_packs)
        total += pack.fate == Fate::Repack ? pack.usedBytes : 0;
    if (total == 0)
        return success();
    ProgressReporter reporter(m_progress, Phase::Repacking);
    reporter.setTotals(m_result.packsRepacked, total);
    repo::PackWriter writer(m_repository);
    const auto flush = [&]() -> Status {
        auto entries = writer.finish();
        if (!entries)
            return entries.error();
        if (!entries->empty()) {
            auto bytes = m_storage.size(repo::Repository::packName(entries->front().pack));
            if (!bytes)
                return bytes.error();
            m_result.bytesWritten += bytes.value();   // blobs, header and trailer
        }
        ++m_result.packsWritten;
        written.insert(written.end(), entries->begin(), entries->end());
        return success();
    };
    for (const auto& [packId, pack] : m_packs) {
        if (pack.fate != Fate::Repack)
            continue;
        if (cancelled())
            return Error{Error::Code::Cancelled, tr("Prune was cancelled while repacking; the repository is valid and nothing was removed.")};
        const QString name = repo::Repository::packName(packId);
        for (const PackEntry& entry : pack.entries) {
            auto keeper = m_keeper.find(entry.id);
            if (keeper == m_keeper.end() || keeper->second != packId)
                continue;
            auto stored = m_storage.readRange(name, entry.offset, entry.storedBytes);
            if (!stored)
                return stored.error();
            // Copied as stored (the seal binds type and id, not the pack), but only after it
            // was checked: damage must not be carried into a new pack.
            const std::span<const std::uint8_t> bytes(reinterpret_cast<const std::uint8_t*>(stored->constData()), static_cast<std::size_t>(stored->size()));
            if (auto plain = m_repository.decodeBlob(entry.id, entry.type, entry.codec, entry.rawBytes, bytes); !plain)
                return Error{Error::Code::Corrupt, tr("Pack %1: %2 Nothing was removed; run `lifeboat-cli repo repair`.").arg(packId.toHex().left(12), plain.error().message)};
            if (auto added = writer.add(entry.type, entry.id, entry.codec, entry.rawBytes, bytes); !added)
                return added;
            reporter.add(0, entry.storedBytes, name);
            if (writer.full()) {
                if (auto flushed = flush(); !flushed)
                    return flushed;
            }
        }
        reporter.add(1, 0, name);
    }
    if (!writer.empty()) {
        if (auto flushed = flush(); !flushed)
            return flushed;
    }
    reporter.finish();
    return success();
}

Status PruneRun::writeIndex(const std::vector<IndexFormat::Entry>& written)
{
    std::vector<IndexFormat::Entry> entries;
    std::unordered_set<ContentId, repo::ContentIdHash> seen;
    for (const IndexFormat::Entry& entry : written) {
        if (seen.insert(entry.id).second)
            entries.push_back(entry);
    }
    for (const auto& [packId, pack] : m_packs) {
        if (pack.fate != Fate::Keep || !pack.indexed)
            continue;
        for (const PackEntry& blob : pack.entries) {
            auto keeper = m_keeper.find(blob.id);
            if (keeper != m_keeper.end() && keeper->second != packId)
                continue;   // a duplicate: the kept copy is elsewhere
            if (seen.insert(blob.id).second)
                entries.push_back({blob.id, packId, blob});
        }
    }
    auto saved = m_repository.saveIndexFiles(entries);
    if (!saved)
        return saved.error();
    for (const QString& id : saved.value())
        m_indexIds.removeAll(id);   // the same content as an old file: same name, keep it
    return success();
}

Status PruneRun::removeTemporaries()
{
    for (const QString& directory : {QStringLiteral("data"), QStringLiteral("index"), QStringLiteral("snapshots"), QStringLiteral("keys"), QStringLiteral("locks")}) {
        auto names = m_storage.listTemporaries(directory);
        if (!names)
            return names.error();
        for (const QString& name : names.value()) {
            auto modified = m_storage.modified(name);
            auto bytes = m_storage.size(name);
            if (!modified || !bytes)
                continue;   // gone meanwhile (its writer finished)
            if (modified->secsTo(m_now) < m_options.graceAge.count())
                continue;
            if (!m_options.dryRun) {
                if (auto removed = m_storage.remove(name); !removed)
                    return removed;
            }
            ++m_result.temporariesRemoved;
            m_result.bytesDeleted += bytes.value();
        }
    }
    return success();
}

Result<PruneResult> PruneRun::run()
{
    auto snapshots = m_repository.snapshots(nullptr);
    if (!snapshots)
        return stopped(Error{snapshots.error().code, tr("%1 A snapshot that cannot be read could reference any pack; run `lifeboat-cli repo repair` first.")
                                                          .arg(snapshots.error().message)});
    m_result.snapshots = static_cast<std::uint64_t>(snapshots->size());
    if (auto read = readIndexFiles(); !read)
        return stopped(read.error());
    auto used = Reachability::usedBlobs(m_repository, snapshots.value(), m_cancel);
    if (!used)
        return used.error().code == Error::Code::Cancelled ? used.error() : stopped(used.error());
    m_used = std::move(used.value());
    if (auto read = readPackFiles(); !read)
        return stopped(read.error());
    if (auto chosen = chooseKeepers(); !chosen)
        return stopped(chosen.error());
    decideFates();
    if (m_options.dryRun) {
        if (auto temporaries = removeTemporaries(); !temporaries)
            return stopped(temporaries.error());
        return m_result;
    }

    std::vector<IndexFormat::Entry> written;
    if (auto repacked = repack(written); !repacked)
        return repacked.error();
    const bool indexChanges = m_result.packsDeleted > 0 || m_result.packsWritten > 0;
    if (indexChanges) {
        if (auto saved = writeIndex(written); !saved)
            return saved.error();
        // From here the new index alone describes every kept blob. The old files go before
        // the packs they name, so no index ever names a pack that is gone.
        for (const QString& id : m_indexIds) {
            if (auto removed = m_storage.remove(QStringLiteral("index/") + id); !removed)
                return removed.error();
            ++m_result.indexFilesReplaced;
        }
        for (const auto& [packId, pack] : m_packs) {
            if (pack.fate == Fate::Keep)
                continue;
            if (cancelled())
                return Error{Error::Code::Cancelled, tr("Prune was cancelled; the repository is valid, and the packs not yet removed are removed by the next prune.")};
            if (auto removed = m_storage.remove(repo::Repository::packName(packId)); !removed)
                return removed.error();
        }
    }
    if (auto temporaries = removeTemporaries(); !temporaries)
        return temporaries.error();
    return m_result;
}

} // namespace

Result<PruneResult> Prune::run(repo::Repository& repository, const PruneOptions& options, const ProgressSink& progress, const CancelToken* cancel)
{
    PruneRun run(repository, options, progress, cancel);
    return run.run();
}

} // namespace lifeboat::engine
