// SPDX-License-Identifier: GPL-3.0-or-later
#include "PackWriter.h"

#include <cstring>

namespace lifeboat::repo {

PackWriter::PackWriter(Repository& repository)
    : m_repository(repository)
{
}

std::uint64_t PackWriter::bytes() const { return m_offset; }

Status PackWriter::add(BlobType type, const ContentId& id, ChunkCodec codec, std::uint32_t rawBytes, std::span<const std::uint8_t> stored)
{
    if (!m_writer) {
        randomFill(m_packId.bytes);
        auto writer = m_repository.storage().create(Repository::packName(m_packId));
        if (!writer)
            return writer.error();
        m_writer = std::move(writer.value());
        m_offset = 0;
        m_entries.clear();
    }
    if (auto appended = m_writer->append(stored); !appended)
        return appended;
    PackEntry entry;
    entry.id = id;
    entry.type = type;
    entry.codec = codec;
    entry.offset = static_cast<std::uint32_t>(m_offset);
    entry.storedBytes = static_cast<std::uint32_t>(stored.size());
    entry.rawBytes = rawBytes;
    m_entries.push_back(entry);
    m_offset += stored.size();
    return success();
}

Result<std::vector<IndexFormat::Entry>> PackWriter::finish()
{
    if (!m_writer)
        return std::vector<IndexFormat::Entry>{};
    const QByteArray sealedHeader = m_repository.sealPackHeader(m_packId, PackFormat::encodeHeader(m_entries));
    const QByteArray trailer = PackFormat::trailer(static_cast<std::uint32_t>(sealedHeader.size()));
    if (auto appended = m_writer->append(bytesOf(sealedHeader)); !appended) {
        abort();
        return appended.error();
    }
    if (auto appended = m_writer->append(bytesOf(trailer)); !appended) {
        abort();
        return appended.error();
    }

    // Check from the written file, not from our buffers.
    auto headerBack = m_writer->readBack(m_offset, static_cast<std::uint64_t>(sealedHeader.size()));
    if (!headerBack) {
        abort();
        return headerBack.error();
    }
    auto header = m_repository.openPackHeader(m_packId, headerBack.value());
    auto parsed = header ? PackFormat::decodeHeader(header.value(), m_offset) : Result<std::vector<PackEntry>>(header.error());
    if (!parsed || parsed->size() != m_entries.size()) {
        abort();
        return Error{Error::Code::Corrupt, tr("The pack just written does not read back: %1. Nothing was committed.")
                                               .arg(parsed ? tr("wrong entry count") : parsed.error().message)};
    }
    // Read back in runs of up to 4 MiB: one read for many small blobs, bounded memory for large ones.
    for (std::size_t first = 0; first < m_entries.size();) {
        std::size_t last = first;
        std::uint64_t runBytes = m_entries[first].storedBytes;
        while (last + 1 < m_entries.size() && runBytes + m_entries[last + 1].storedBytes <= (4u << 20))
            runBytes += m_entries[++last].storedBytes;
        auto run = m_writer->readBack(m_entries[first].offset, runBytes);
        if (!run) {
            abort();
            return run.error();
        }
        for (std::size_t i = first; i <= last; ++i) {
            const PackEntry& entry = m_entries[i];
            const std::span<const std::uint8_t> stored(reinterpret_cast<const std::uint8_t*>(run->constData()) + (entry.offset - m_entries[first].offset),
                                                       entry.storedBytes);
            auto plain = m_repository.decodeBlob(entry.id, entry.type, entry.codec, entry.rawBytes, stored);
            if (!plain) {
                abort();
                return Error{Error::Code::Corrupt, tr("A blob failed its check after being written, before the pack was committed: %1. Nothing was committed.")
                                                       .arg(plain.error().message)};
            }
        }
        first = last + 1;
    }
    if (auto committed = m_writer->commit(); !committed) {
        abort();
        return committed.error();
    }
    std::vector<IndexFormat::Entry> out;
    out.reserve(m_entries.size());
    for (const PackEntry& entry : m_entries)
        out.push_back({entry.id, m_packId, entry});
    m_writer.reset();
    m_entries.clear();
    m_offset = 0;
    return out;
}

void PackWriter::abort()
{
    m_writer.reset();
    m_entries.clear();
    m_offset = 0;
}

} // namespace lifeboat::repo
