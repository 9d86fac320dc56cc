// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ChunkIndex.h"
#include "Repository.h"

#include <QCoreApplication>

namespace lifeboat::repo {

// A pack whose bytes are all written to its temporary file but that is not yet checked
// nor durable. check() reads every blob back from the written file, authenticates,
// decompresses and re-hashes it, and parses the header back, so a compressor, encryption
// or write-path bug cannot become silent damage (restic #2074; borg verifies after write
// too). commit() then flushes, renames and returns the blobs for the index. Dropping it
// at any point removes the temporary file. The steps can run on other threads than the
// writing one, so the next pack is written while this one is checked and synced.
class WrittenPack {
    Q_DECLARE_TR_FUNCTIONS(PackWriter)
public:
    WrittenPack(std::unique_ptr<StorageWriter> writer, ContentId packId, std::vector<PackEntry> entries, std::uint64_t headerOffset, std::uint32_t headerBytes);
    Status check(const Repository& repository);
    Result<std::vector<IndexFormat::Entry>> commit();

private:
    std::unique_ptr<StorageWriter> m_writer;
    ContentId m_packId;
    std::vector<PackEntry> m_entries;
    std::uint64_t m_headerOffset = 0;
    std::uint32_t m_headerBytes = 0;
    bool m_checked = false;
};

// Writes one pack at a time: blobs are appended to a temporary file as they come (so a
// pack never has to fit in memory), then the header and trailer. Not thread-safe: one
// writer per packing thread.
class PackWriter {
    Q_DECLARE_TR_FUNCTIONS(PackWriter)
public:
    explicit PackWriter(Repository& repository);

    Status add(BlobType type, const ContentId& id, ChunkCodec codec, std::uint32_t rawBytes, std::span<const std::uint8_t> stored);
    bool empty() const { return m_entries.empty(); }
    std::uint64_t bytes() const { return m_offset; }
    bool full() const { return bytes() >= m_repository.config().packTargetBytes; }
    // Header and trailer written; the pack goes to the caller to check and commit.
    Result<WrittenPack> finishWriting();
    // finishWriting, check and commit in one: the blobs for the index.
    Result<std::vector<IndexFormat::Entry>> finish();
    // Drops the open pack (its temporary file is removed).
    void abort();

private:
    Repository& m_repository;
    std::unique_ptr<StorageWriter> m_writer;
    ContentId m_packId;
    std::vector<PackEntry> m_entries;
    std::uint64_t m_offset = 0;
};

} // namespace lifeboat::repo
