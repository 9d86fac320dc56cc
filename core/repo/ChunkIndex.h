// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Pack.h"

#include <QCoreApplication>

#include <functional>
#include <vector>

namespace lifeboat::repo {

struct BlobLocation {
    std::uint32_t pack = 0;          // number in the index's pack table
    std::uint32_t offset = 0;
    std::uint32_t storedBytes = 0;
    std::uint32_t rawBytes = 0;
    BlobType type = BlobType::Invalid;
    ChunkCodec codec = ChunkCodec::Invalid;
};

// Where every blob of the repository is: an open-addressing hash table of 52-byte slots
// (32-byte id + location), kept between 3/8 and 3/4 full, so 70–140 bytes per blob in
// memory: ~100 MiB for 1 TiB of unique data in 1 MiB chunks. restic's old index needed
// ~350 B per blob (restic #3844); this is what makes a repository of hundreds of TiB fit.
// Ids are SHA-256/HMAC outputs, so their first 8 bytes are already a uniform hash.
class ChunkIndex {
public:
    ChunkIndex();

    const BlobLocation* find(const ContentId& id) const;
    // False, and nothing changes, when the id is already present.
    bool insert(const ContentId& id, const BlobLocation& location);
    std::size_t size() const { return m_count; }

    std::uint32_t addPack(const ContentId& packId);
    const ContentId& pack(std::uint32_t number) const { return m_packs[number]; }
    std::size_t packCount() const { return m_packs.size(); }

    void forEach(const std::function<void(const ContentId&, const BlobLocation&)>& visit) const;
    std::size_t memoryBytes() const;

private:
    struct Slot {
        ContentId id;
        BlobLocation location;
    };
    std::size_t probeStart(const ContentId& id) const;
    void grow();

    std::vector<Slot> m_slots;
    std::size_t m_count = 0;
    std::vector<ContentId> m_packs;
    std::vector<std::pair<ContentId, std::uint32_t>> m_packLookup;   // unused slots have number ~0
};

// An index file: which blobs a set of packs holds. Written after those packs are durable
// and before any snapshot that needs them (packs → index → snapshot), sealed in
// encrypted repositories. Plaintext: magic "LBIDX001", u32 pack count, the 32-byte pack
// ids, u32 entry count, then per blob: id (32), u32 pack number, u32 offset, u32 stored
// length, u32 raw length, u8 type, u8 codec: 50 bytes per blob on disk.
class IndexFormat {
    Q_DECLARE_TR_FUNCTIONS(IndexFormat)
public:
    static constexpr std::size_t kEntryBytes = 32 + 4 * 4 + 2;
    static constexpr std::uint32_t kMaxEntries = 1u << 24;

    struct Entry {
        ContentId id;
        ContentId pack;
        PackEntry blob;
    };
    static QByteArray encode(const std::vector<Entry>& entries);
    // Every entry, duplicates included (prune needs each copy of a blob).
    static Result<std::vector<Entry>> decode(const QByteArray& data);
    // Adds the file's entries to `index`; every length is checked against limits first.
    static Status decodeInto(const QByteArray& data, ChunkIndex& index);
};

} // namespace lifeboat::repo
