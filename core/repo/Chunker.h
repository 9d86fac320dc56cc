// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/util/Result.h"

#include <QCoreApplication>

#include <array>
#include <cstddef>
#include <cstdint>
#include <functional>
#include <span>

class QIODevice;

namespace lifeboat::repo {

// Content-defined chunking, FastCDC with normalized chunking (Xia et al., "FastCDC: a
// Fast and Efficient Content-Defined Chunking Approach for Data Deduplication", USENIX
// ATC 2016; normalization level 2). A gear hash runs over each chunk from its minimum
// size on; below the average size a cut needs (average bits + 2) zero bits, above it
// (average bits - 2), so sizes cluster around the average; the maximum always cuts.
//
// The parameters and the gear table are part of the repository format: the same bytes
// always give the same chunks, and a repository never changes them after `init`
// (restic refused a chunker change for exactly this reason, restic/chunker#31).
struct ChunkerParams {
    std::uint32_t minBytes = 512 * 1024;
    std::uint32_t averageBytes = 1024 * 1024;   // a power of two
    std::uint32_t maxBytes = 8 * 1024 * 1024;
    std::uint64_t gearSeed = 0;                 // 0: the published table; keyed repositories derive one

    bool valid() const;
};

class Chunker {
    Q_DECLARE_TR_FUNCTIONS(Chunker)
public:
    explicit Chunker(const ChunkerParams& params);

    // The length of the chunk that starts at data[0]: the first cut point in `data`, or
    // data.size() when `data` is the end of the input. Requires data.size() >= maxBytes
    // unless `endOfInput`; a caller with less must read more first (so cut points never
    // depend on how the input was read).
    std::size_t cutPoint(std::span<const std::uint8_t> data, bool endOfInput) const;

    // Reads `device` to its end and calls `onChunk` with each chunk, in order. Buffers at
    // most 2 × maxBytes. Returns the number of chunks, or an I/O error.
    Result<std::uint64_t> split(QIODevice& device, const std::function<void(std::span<const std::uint8_t>)>& onChunk) const;

    const ChunkerParams& params() const { return m_params; }

private:
    ChunkerParams m_params;
    std::uint64_t m_maskSmall = 0;   // used before the average size: harder to cut
    std::uint64_t m_maskLarge = 0;   // used after it: easier
    std::array<std::uint64_t, 256> m_gear{};
};

} // namespace lifeboat::repo
