// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ChunkCodec.h"
#include "ContentHash.h"
#include "core/util/Result.h"

#include <QByteArray>
#include <QCoreApplication>

#include <cstdint>
#include <vector>

namespace lifeboat::repo {

// What a blob holds. Written in pack headers and the index; values never change.
enum class BlobType : std::uint8_t { Invalid = 0, Data = 1, Tree = 2 };

struct PackEntry {
    ContentId id;
    BlobType type = BlobType::Invalid;
    ChunkCodec codec = ChunkCodec::Invalid;
    std::uint32_t offset = 0;        // from the start of the pack file
    std::uint32_t storedBytes = 0;   // as written: compressed (or raw), then sealed
    std::uint32_t rawBytes = 0;      // the chunk's plaintext length
};

// A pack file: the blobs back to back, then the header describing them, then the
// header's length (u32, little-endian) and an 8-byte magic. The header sits at the end
// (restic's choice) so a pack can be written in one pass and the index can be rebuilt
// from the packs alone. In encrypted repositories the header is sealed too.
//
// Header (before sealing): u32 count, then per blob: u8 type, u8 codec, u32 stored
// length, u32 raw length, 32-byte id. Offsets follow from the stored lengths.
class PackFormat {
    Q_DECLARE_TR_FUNCTIONS(PackFormat)
public:
    static constexpr char kMagic[9] = "LBPACK01";
    static constexpr std::size_t kTrailerBytes = 4 + 8;
    static constexpr std::size_t kEntryBytes = 1 + 1 + 4 + 4 + 32;
    // Limits checked before anything read from a pack is used.
    static constexpr std::uint32_t kMaxEntries = 1u << 20;
    static constexpr std::uint32_t kMaxHeaderBytes = 64u << 20;
    static constexpr std::uint32_t kMaxBlobBytes = 64u << 20;

    static QByteArray encodeHeader(const std::vector<PackEntry>& entries);
    // `blobBytes` is where the header starts: every blob must end at or before it.
    static Result<std::vector<PackEntry>> decodeHeader(const QByteArray& header, std::uint64_t blobBytes);
    static QByteArray trailer(std::uint32_t sealedHeaderBytes);
    // The sealed header's length from the trailer, checked against the pack's size.
    static Result<std::uint32_t> headerLength(const QByteArray& trailer, std::uint64_t packBytes);
};

} // namespace lifeboat::repo
