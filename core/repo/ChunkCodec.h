// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/util/Result.h"

#include <QByteArray>
#include <QCoreApplication>

#include <cstdint>
#include <span>

namespace lifeboat::repo {

// How a chunk's bytes are stored. The values are written in the repository (kopia's
// lesson: a stored object names its codec), so they never change; 0 is never valid.
enum class ChunkCodec : std::uint8_t {
    Invalid = 0,
    Raw = 1,    // stored as is: compression did not pay
    Zstd = 2,   // one standard zstd frame (so `zstd -d` can recover it by hand)
};

struct EncodedChunk {
    ChunkCodec codec = ChunkCodec::Invalid;
    QByteArray bytes;
};

class ChunkCodecs {
    Q_DECLARE_TR_FUNCTIONS(ChunkCodecs)
public:
    // Chunks that zstd shrinks by less than this share are stored raw: on fp32 and
    // token data level 3 gains ~8% at a fifth of the speed (shared/notes/engines.md).
    static constexpr double kMinimumSaving = 0.05;
    // Bytes compressed at level 1 to decide whether the whole chunk is worth level N.
    static constexpr std::size_t kProbeBytes = 64 * 1024;
    // Below this saving on the probe a chunk is numeric rather than text: level 1.
    static constexpr double kTextSaving = 0.40;

    // Never fails for valid input: a compressor error falls back to storing raw. Chunks
    // over 128 KiB are probed at level 1 first: under 5% saving they are stored raw, under
    // 40% (numeric data) compressed at level 1, otherwise at `zstdLevel`.
    static EncodedChunk encode(std::span<const std::uint8_t> chunk, int zstdLevel);
    // Decodes and checks the length against the one recorded in the index: a frame's
    // own declared size is never trusted, and output is capped at `expectedBytes`, so a
    // malicious or damaged frame cannot make it allocate or write more.
    static Result<QByteArray> decode(ChunkCodec codec, std::span<const std::uint8_t> stored, std::size_t expectedBytes);
};

} // namespace lifeboat::repo
