// SPDX-License-Identifier: GPL-3.0-or-later
#include "ChunkIndex.h"

#include <QHash>
#include <QtEndian>

#include <cstring>

namespace lifeboat::repo {
namespace {


std::uint64_t leading64(const ContentId& id)
{
    std::uint64_t value = 0;
    std::memcpy(&value, id.bytes.data(), sizeof value);
    return value;
}

} // namespace

ChunkIndex::ChunkIndex()
    : m_slots(1024)
{
}

std::size_t ChunkIndex::probeStart(const ContentId& id) const { return leading64(id) & (m_slots.size() - 1); }

const BlobLocation* ChunkIndex::find(const ContentId& id) const
{
    for (std::size_t i = probeStart(id);; i = (i + 1) & (m_slots.size() - 1)) {
        const Slot& slot = m_slots[i];
        if (slot.location.type == BlobType::Invalid)
            return nullptr;
        if (slot.id == id)
            return &slot.location;
    }
}

bool ChunkIndex::insert(const ContentId& id, const BlobLocation& location)
{
    if ((m_count + 1) * 4 > m_slots.size() * 3)
        grow();
    for (std::size_t i = probeStart(id);; i = (i + 1) & (m_slots.size() - 1)) {
        Slot& slot = m_slots[i];
        if (slot.location.type == BlobType::Invalid) {
            slot.id = id;
            slot.location = location;
            ++m_count;
            return true;
        }
        if (slot.id == id)
            return false;
    }
}

void ChunkIndex::grow()
{
    std::vector<Slot> old(m_slots.size() * 2);
    old.swap(m_slots);
    m_count = 0;
    for (const Slot& slot : old) {
        if (slot.location.type != BlobType::Invalid)
            insert(slot.id, slot.location);
    }
}

std::uint32_t ChunkIndex::addPack(const ContentId& packId)
{
    // Packs are few (one per ~32 MiB): a linear-probe table like the blobs' would be
    // overkill, a sorted insert into a vector of pairs is enough.
    auto it = std::lower_bound(m_packLookup.begin(), m_packLookup.end(), packId, [](const auto& entry, const ContentId& key) { return entry.first < key; });
    if (it != m_packLookup.end() && it->first == packId)
        return it->second;
    const auto number = static_cast<std::uint32_t>(m_packs.size());
    m_packs.push_back(packId);
    m_packLookup.insert(it, {packId, number});
    return number;
}

void ChunkIndex::forEach(const std::function<void(const ContentId&, const BlobLocation&)>& visit) const
{
    for (const Slot& slot : m_slots) {
        if (slot.location.type != BlobType::Invalid)
            visit(slot.id, slot.location);
    }
}

std::size_t ChunkIndex::memoryBytes() const
{
    return m_slots.capacity() * sizeof(Slot) + m_packs.capacity() * sizeof(ContentId) + m_packLookup.capacity() * sizeof(m_packLookup[0]);
}

QByteArray IndexFormat::encode(const std::vector<Entry>& entries)
{
    std::vector<ContentId> packs;
    QHash<QByteArray, quint32> packNumbers;
    for (const Entry& entry : entries) {
        const QByteArray key(reinterpret_cast<const char*>(entry.pack.bytes.data()), 32);
        if (!packNumbers.contains(key)) {
            packNumbers.insert(key, static_cast<quint32>(packs.size()));
            packs.push_back(entry.pack);
        }
    }
    QByteArray out;
    out.reserve(static_cast<qsizetype>(8 + 4 + packs.size() * 32 + 4 + entries.size() * kEntryBytes));
    out.append("LBIDX001", 8);
    char word[4];
    qToLittleEndian<quint32>(static_cast<quint32>(packs.size()), word);
    out.append(word, 4);
    for (const ContentId& pack : packs)
        out.append(reinterpret_cast<const char*>(pack.bytes.data()), 32);
    qToLittleEndian<quint32>(static_cast<quint32>(entries.size()), word);
    out.append(word, 4);
    for (const Entry& entry : entries) {
        out.append(reinterpret_cast<const char*>(entry.id.bytes.data()), 32);
        const quint32 fields[4] = {packNumbers.value(QByteArray(reinterpret_cast<const char*>(entry.pack.bytes.data()), 32)), entry.blob.offset,
                                   entry.blob.storedBytes, entry.blob.rawBytes};
        for (quint32 field : fields) {
            qToLittleEndian<quint32>(field, word);
            out.append(word, 4);
        }
        out.append(static_cast<char>(entry.blob.type));
        out.append(static_cast<char>(entry.blob.codec));
    }
    return out;
}

Result<std::vector<IndexFormat::Entry>> IndexFormat::decode(const QByteArray& data)
{
    const auto corrupt = [](const QString& why) { return Error{Error::Code::Corrupt, why}; };
    if (data.size() < 16 || !data.startsWith("LBIDX001"))
        return corrupt(tr("The index file does not start with the index magic."));
    const char* p = data.constData() + 8;
    const char* end = data.constData() + data.size();
    const quint32 packCount = qFromLittleEndian<quint32>(p);
    p += 4;
    if (packCount > kMaxEntries || static_cast<std::uint64_t>(end - p) < std::uint64_t(packCount) * 32 + 4)
        return corrupt(tr("The index file's pack table is truncated."));
    std::vector<ContentId> packs(packCount);
    for (quint32 i = 0; i < packCount; ++i) {
        std::memcpy(packs[i].bytes.data(), p, 32);
        p += 32;
    }
    const quint32 count = qFromLittleEndian<quint32>(p);
    p += 4;
    if (count > kMaxEntries || static_cast<std::uint64_t>(end - p) != std::uint64_t(count) * kEntryBytes)
        return corrupt(tr("The index file's length does not match its %1 entries.").arg(count));
    std::vector<Entry> entries(count);
    for (quint32 i = 0; i < count; ++i) {
        Entry& entry = entries[i];
        std::memcpy(entry.id.bytes.data(), p, 32);
        entry.blob.id = entry.id;
        const quint32 packNumber = qFromLittleEndian<quint32>(p + 32);
        entry.blob.offset = qFromLittleEndian<quint32>(p + 36);
        entry.blob.storedBytes = qFromLittleEndian<quint32>(p + 40);
        entry.blob.rawBytes = qFromLittleEndian<quint32>(p + 44);
        entry.blob.type = static_cast<BlobType>(static_cast<std::uint8_t>(p[48]));
        entry.blob.codec = static_cast<ChunkCodec>(static_cast<std::uint8_t>(p[49]));
        p += kEntryBytes;
        if (packNumber >= packCount || (entry.blob.type != BlobType::Data && entry.blob.type != BlobType::Tree)
            || (entry.blob.codec != ChunkCodec::Raw && entry.blob.codec != ChunkCodec::Zstd) || entry.blob.storedBytes > PackFormat::kMaxBlobBytes
            || entry.blob.rawBytes > PackFormat::kMaxBlobBytes)
            return corrupt(tr("Entry %1 of the index file is not valid.").arg(i));
        entry.pack = packs[packNumber];
    }
    return entries;
}

Status IndexFormat::decodeInto(const QByteArray& data, ChunkIndex& index)
{
    auto entries = decode(data);
    if (!entries)
        return entries.error();
    for (const Entry& entry : entries.value()) {
        const std::uint32_t pack = index.addPack(entry.pack);
        // The same blob in two packs (two concurrent backups): the first one wins; both are valid.
        index.insert(entry.id, {pack, entry.blob.offset, entry.blob.storedBytes, entry.blob.rawBytes, entry.blob.type, entry.blob.codec});
    }
    return success();
}

} // namespace lifeboat::repo
