// SPDX-License-Identifier: GPL-3.0-or-later
#include "Chunker.h"

#include <QFileDevice>
#include <QIODevice>

#include <bit>
#include <cstring>
#include <vector>

namespace lifeboat::repo {
namespace {

// SplitMix64 (Steele, Lea, Flood, "Fast splittable pseudorandom number generators",
// OOPSLA 2014): a fixed, portable way to fill the gear table from a seed.
std::uint64_t splitMix64(std::uint64_t& state)
{
    std::uint64_t z = (state += 0x9E3779B97F4A7C15ULL);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
    return z ^ (z >> 31);
}

// The gear hash shifts left, so its high bits depend on the last 64 bytes and its low
// bits on the last few only: masks take the top bits.
std::uint64_t topBitsMask(int bits)
{
    return bits <= 0 ? 0 : (bits >= 64 ? ~0ULL : ~0ULL << (64 - bits));
}

} // namespace

bool ChunkerParams::valid() const
{
    return minBytes >= 64 && std::has_single_bit(averageBytes) && minBytes < averageBytes && averageBytes < maxBytes && maxBytes <= 64u * 1024 * 1024;
}

Chunker::Chunker(const ChunkerParams& params) : m_params(params)
{
    const int bits = std::countr_zero(params.averageBytes);
    m_maskSmall = topBitsMask(bits + 2);
    m_maskLarge = topBitsMask(bits - 2);
    std::uint64_t state = 0x4C69666562'6F6174ULL ^ params.gearSeed;   // "Lifeboat"
    for (std::uint64_t& g : m_gear)
        g = splitMix64(state);
}

std::size_t Chunker::cutPoint(std::span<const std::uint8_t> data, bool endOfInput) const
{
    const std::size_t size = data.size();
    Q_ASSERT(endOfInput || size >= m_params.maxBytes);
    if (size <= m_params.minBytes)
        return size;   // the tail of the input, or a short file: one chunk
    const std::size_t limit = std::min<std::size_t>(size, m_params.maxBytes);
    const std::size_t normal = std::min<std::size_t>(limit, m_params.averageBytes);
    std::uint64_t hash = 0;
    std::size_t i = m_params.minBytes;
    for (; i < normal; ++i) {
        hash = (hash << 1) + m_gear[data[i]];
        if ((hash & m_maskSmall) == 0)
            return i + 1;
    }
    for (; i < limit; ++i) {
        hash = (hash << 1) + m_gear[data[i]];
        if ((hash & m_maskLarge) == 0)
            return i + 1;
    }
    return limit;   // the maximum, or the end of the input
}

Result<std::uint64_t> Chunker::split(QIODevice& device, const std::function<void(std::span<const std::uint8_t>)>& onChunk) const
{
    std::vector<std::uint8_t> buffer(2 * static_cast<std::size_t>(m_params.maxBytes));
    std::size_t begin = 0;
    std::size_t end = 0;
    bool eof = false;
    std::uint64_t chunks = 0;
    while (true) {
        // Keep at least maxBytes ahead of the chunk start, so the cut does not depend on read sizes.
        while (!eof && end - begin < m_params.maxBytes) {
            if (end == buffer.size()) {
                std::memmove(buffer.data(), buffer.data() + begin, end - begin);
                end -= begin;
                begin = 0;
            }
            const qint64 n = device.read(reinterpret_cast<char*>(buffer.data() + end), static_cast<qint64>(buffer.size() - end));
            if (n < 0) {
                const auto* file = qobject_cast<const QFileDevice*>(&device);
                return Error{Error::Code::Io, file ? tr("%1: read failed: %2").arg(file->fileName(), device.errorString())
                                                   : tr("read failed: %1").arg(device.errorString())};
            }
            if (n == 0)
                eof = device.atEnd() || !device.waitForReadyRead(-1);
            end += static_cast<std::size_t>(n);
        }
        if (begin == end)
            return chunks;
        const std::size_t length = cutPoint(std::span(buffer.data() + begin, end - begin), eof);
        onChunk(std::span<const std::uint8_t>(buffer.data() + begin, length));
        ++chunks;
        begin += length;
    }
}

} // namespace lifeboat::repo
