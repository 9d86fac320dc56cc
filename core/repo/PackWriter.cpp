// SPDX-License-Identifier: GPL-3.0-or-later
#include "PackWriter.h"

namespace lifeboat::repo {

WrittenPack::WrittenPack(std::unique_ptr<StorageWriter> writer, ContentId packId, std::vector<PackEntry> entries, std::uint64_t headerOffset,
                         std::uint32_t headerBytes)
    : m_writer(std::move(writer)), m_packId(packId), m_entries(std::move(entries)), m_headerOffset(headerOffset), m_headerBytes(headerBytes)
{
}

Status WrittenPack::check(const Repository& repository)
{
    // From the written file, not from the buffers the bytes came from.
    auto headerBack = m_writer->readBack(m_headerOffset, m_headerBytes);
    if (!headerBack)
        return headerBack.error();
    auto header = repository.openPackHeader(m_packId, headerBack.value());
    auto parsed = header ? PackFormat::decodeHeader(header.value(), m_headerOffset) : Result<std::vector<PackEntry>>(header.error());
    if (!parsed || parsed->size() != m_entries.size())
        return Error{Error::Code::Corrupt, tr("The pack just written does not read back: %1. Nothing was committed.")
                                               .arg(parsed ? tr("wrong entry count") : parsed.error().message)};
    // In runs of up to 4 MiB: one read for many small blobs, bounded memory for large ones.
    for (std::size_t first = 0; first < m_entries.size();) {
        std::size_t last = first;
        std::uint64_t runBytes = m_entries[first].storedBytes;
        while (last + 1 < m_entries.size() && runBytes + m_entries[last + 1].storedBytes <= (4u << 20))
            runBytes += m_entries[++last].storedBytes;
        auto run = m_writer->readBack(m_entries[first].offset, runBytes);
        if (!run)
            return run.error();
        for (std::size_t i = first; i <= last; ++i) {
            const PackEntry& entry = m_entries[i];
            const std::span<const std::uint8_t> stored(reinterpret_cast<const std::uint8_t*>(run->constData()) + (entry.offset - m_entries[first].offset),
                                                       entry.storedBytes);
            auto plain = repository.decodeBlob(entry.id, entry.type, entry.codec, entry.rawBytes, stored);
            if (!plain)
                return Error{Error::Code::Corrupt, tr("A blob failed its check after being written, before the pack was committed: %1. Nothing was committed.")
                                                       .arg(plain.error().message)};
        }
        first = last + 1;
    }
    m_checked = true;
    return success();
}

Result<std::vector<IndexFormat::Entry>> WrittenPack::commit()
{
    if (!m_checked)
        return Error{Error::Code::Invalid, tr("A pack must be checked before it is committed.")};
    // Whatever happens, this writer is done: a failed commit is never retried (fsyncgate).
    const std::unique_ptr<StorageWriter> writer = std::move(m_writer);
    if (auto committed = writer->commit(); !committed)
        return committed.error();
    std::vector<IndexFormat::Entry> out;
    out.reserve(m_entries.size());
    for (const PackEntry& entry : m_entries)
        out.push_back({entry.id, m_packId, entry});
    return out;
}

PackWriter::PackWriter(Repository& repository)
    : m_repository(repository)
{
}

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

Result<WrittenPack> PackWriter::finishWriting()
{
    if (!m_writer)
        return Error{Error::Code::Invalid, tr("There is no pack to finish.")};
    const QByteArray sealedHeader = m_repository.sealPackHeader(m_packId, PackFormat::encodeHeader(m_entries));
    const QByteArray trailer = PackFormat::trailer(static_cast<std::uint32_t>(sealedHeader.size()));
    Status appended = m_writer->append(bytesOf(sealedHeader));
    if (appended)
        appended = m_writer->append(bytesOf(trailer));
    if (!appended) {
        abort();
        return appended.error();
    }
    WrittenPack written(std::move(m_writer), m_packId, std::move(m_entries), m_offset, static_cast<std::uint32_t>(sealedHeader.size()));
    abort();
    return written;
}

Result<std::vector<IndexFormat::Entry>> PackWriter::finish()
{
    if (!m_writer)
        return std::vector<IndexFormat::Entry>{};
    auto written = finishWriting();
    if (!written)
        return written.error();
    if (auto checked = written->check(m_repository); !checked)
        return checked.error();
    return written->commit();
}

void PackWriter::abort()
{
    m_writer.reset();
    m_entries.clear();
    m_offset = 0;
}

} // namespace lifeboat::repo
