// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ChunkIndex.h"
#include "Repository.h"

#include <QCoreApplication>

namespace lifeboat::repo {

// Writes one pack file at a time: blobs are appended to a temporary file as they come
// (so a pack never has to fit in memory), then the header and trailer; before the pack
// is committed every blob is read back from the written file, authenticated,
// decompressed and re-hashed, and the header is parsed back, so a compressor or
// encryption bug cannot become silent damage (restic #2074, borg's verify-after-write).
// Not thread-safe: one writer per packing thread.
class PackWriter {
    Q_DECLARE_TR_FUNCTIONS(PackWriter)
public:
    explicit PackWriter(Repository& repository);

    Status add(BlobType type, const ContentId& id, ChunkCodec codec, std::uint32_t rawBytes, std::span<const std::uint8_t> stored);
    bool empty() const { return m_entries.empty(); }
    std::uint64_t bytes() const;
    bool full() const { return bytes() >= m_repository.config().packTargetBytes; }
    // Checks and commits the open pack; returns its blobs for the index.
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
