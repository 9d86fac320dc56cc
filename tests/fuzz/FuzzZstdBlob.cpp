// SPDX-License-Identifier: GPL-3.0-or-later
// The stored form of a chunk: the first 3 bytes give the length the index would record
// (at most 16 MiB), the rest is the frame. Decoding must never produce more than that.
#include "core/repo/ChunkCodec.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    using namespace lifeboat::repo;
    if (size < 3)
        return 0;
    const std::size_t expected = std::size_t(data[0]) | std::size_t(data[1]) << 8 | std::size_t(data[2] & 0xff) << 16;
    const std::span<const std::uint8_t> stored(data + 3, size - 3);
    for (ChunkCodec codec : {ChunkCodec::Zstd, ChunkCodec::Raw, ChunkCodec::Invalid}) {
        auto plain = ChunkCodecs::decode(codec, stored, expected);
        if (plain && static_cast<std::size_t>(plain->size()) != expected)
            __builtin_trap();
    }
    return 0;
}
