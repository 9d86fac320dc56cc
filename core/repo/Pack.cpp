// SPDX-License-Identifier: GPL-3.0-or-later
#include "Pack.h"

#include <QtEndian>

#include <cstring>

namespace lifeboat::repo {

QByteArray PackFormat::encodeHeader(const std::vector<PackEntry>& entries)
{
    QByteArray out(static_cast<qsizetype>(4 + entries.size() * kEntryBytes), Qt::Uninitialized);
    char* p = out.data();
    qToLittleEndian<quint32>(static_cast<quint32>(entries.size()), p);
    p += 4;
    for (const PackEntry& entry : entries) {
        *p++ = static_cast<char>(entry.type);
        *p++ = static_cast<char>(entry.codec);
        qToLittleEndian<quint32>(entry.storedBytes, p);
        qToLittleEndian<quint32>(entry.rawBytes, p + 4);
        std::memcpy(p + 8, entry.id.bytes.data(), 32);
        p += 8 + 32;
    }
    return out;
}

Result<std::vector<PackEntry>> PackFormat::decodeHeader(const QByteArray& header, std::uint64_t blobBytes)
{
    if (header.size() < 4)
        return Error{Error::Code::Corrupt, tr("The pack header is truncated.")};
    const quint32 count = qFromLittleEndian<quint32>(header.constData());
    if (count > kMaxEntries || static_cast<std::uint64_t>(header.size()) != 4 + std::uint64_t(count) * kEntryBytes)
        return Error{Error::Code::Corrupt, tr("The pack header's length does not match its %1 entries.").arg(count)};
    std::vector<PackEntry> entries(count);
    const char* p = header.constData() + 4;
    std::uint64_t offset = 0;
    for (PackEntry& entry : entries) {
        entry.type = static_cast<BlobType>(static_cast<std::uint8_t>(p[0]));
        entry.codec = static_cast<ChunkCodec>(static_cast<std::uint8_t>(p[1]));
        entry.storedBytes = qFromLittleEndian<quint32>(p + 2);
        entry.rawBytes = qFromLittleEndian<quint32>(p + 6);
        std::memcpy(entry.id.bytes.data(), p + 10, 32);
        p += kEntryBytes;
        if ((entry.type != BlobType::Data && entry.type != BlobType::Tree) || (entry.codec != ChunkCodec::Raw && entry.codec != ChunkCodec::Zstd))
            return Error{Error::Code::Corrupt, tr("The pack header names an unknown blob type or codec.")};
        if (entry.storedBytes > kMaxBlobBytes || entry.rawBytes > kMaxBlobBytes)
            return Error{Error::Code::Corrupt, tr("The pack header declares a blob larger than %1 bytes.").arg(kMaxBlobBytes)};
        entry.offset = static_cast<std::uint32_t>(offset);
        offset += entry.storedBytes;
        if (offset > blobBytes)
            return Error{Error::Code::Corrupt, tr("The pack header describes more bytes than the pack holds.")};
    }
    return entries;
}

QByteArray PackFormat::trailer(std::uint32_t sealedHeaderBytes)
{
    QByteArray out(static_cast<qsizetype>(kTrailerBytes), Qt::Uninitialized);
    qToLittleEndian<quint32>(sealedHeaderBytes, out.data());
    std::memcpy(out.data() + 4, kMagic, 8);
    return out;
}

Result<std::uint32_t> PackFormat::headerLength(const QByteArray& trailer, std::uint64_t packBytes)
{
    if (trailer.size() != static_cast<qsizetype>(kTrailerBytes) || std::memcmp(trailer.constData() + 4, kMagic, 8) != 0)
        return Error{Error::Code::Corrupt, tr("The pack does not end with the pack trailer (truncated or not a pack).")};
    const quint32 length = qFromLittleEndian<quint32>(trailer.constData());
    if (length > kMaxHeaderBytes || length + kTrailerBytes > packBytes)
        return Error{Error::Code::Corrupt, tr("The pack trailer declares a header of %1 bytes, which does not fit.").arg(length)};
    return length;
}

} // namespace lifeboat::repo
