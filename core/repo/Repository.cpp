// SPDX-License-Identifier: GPL-3.0-or-later
#include "Repository.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <cstring>

namespace lifeboat::repo {
namespace {

const QByteArray kBlobAad = QByteArrayLiteral("lifeboat/blob/v1:");
const QByteArray kPackHeaderAad = QByteArrayLiteral("lifeboat/pack-header/v1:");

bool isHexId(const QString& name)
{
    ContentId ignored;
    return ContentId::fromHex(name, ignored);
}

QString lastSegment(const QString& name) { return name.mid(name.lastIndexOf(QLatin1Char('/')) + 1); }

} // namespace

QByteArray RepositoryConfig::toJson() const
{
    const QJsonObject object{
        {QStringLiteral("version"), version},
        {QStringLiteral("id"), id},
        {QStringLiteral("encryption"), encrypted ? QStringLiteral("aes-256-gcm") : QStringLiteral("none")},
        {QStringLiteral("chunker"), QJsonObject{{QStringLiteral("algorithm"), QStringLiteral("fastcdc-nc2")},
                                                 {QStringLiteral("minBytes"), static_cast<qint64>(chunker.minBytes)},
                                                 {QStringLiteral("averageBytes"), static_cast<qint64>(chunker.averageBytes)},
                                                 {QStringLiteral("maxBytes"), static_cast<qint64>(chunker.maxBytes)}}},
        {QStringLiteral("compression"), QJsonObject{{QStringLiteral("algorithm"), QStringLiteral("zstd")}, {QStringLiteral("level"), zstdLevel}}},
        {QStringLiteral("packTargetBytes"), static_cast<qint64>(packTargetBytes)},
    };
    return QJsonDocument(object).toJson(QJsonDocument::Indented);
}

Result<RepositoryConfig> RepositoryConfig::fromJson(const QByteArray& json)
{
    QJsonParseError parseError;
    const QJsonObject object = QJsonDocument::fromJson(json, &parseError).object();
    RepositoryConfig config;
    config.version = object.value(QStringLiteral("version")).toInt();
    config.id = object.value(QStringLiteral("id")).toString();
    const QString encryption = object.value(QStringLiteral("encryption")).toString();
    config.encrypted = encryption == QLatin1String("aes-256-gcm");
    const QJsonObject chunker = object.value(QStringLiteral("chunker")).toObject();
    config.chunker.minBytes = static_cast<std::uint32_t>(chunker.value(QStringLiteral("minBytes")).toInteger());
    config.chunker.averageBytes = static_cast<std::uint32_t>(chunker.value(QStringLiteral("averageBytes")).toInteger());
    config.chunker.maxBytes = static_cast<std::uint32_t>(chunker.value(QStringLiteral("maxBytes")).toInteger());
    config.zstdLevel = object.value(QStringLiteral("compression")).toObject().value(QStringLiteral("level")).toInt(-100);
    config.packTargetBytes = static_cast<std::uint32_t>(object.value(QStringLiteral("packTargetBytes")).toInteger());
    const auto broken = [](const QString& why) {
        return Error{Error::Code::Corrupt, QCoreApplication::translate("Repository", "The repository's config file is not valid: %1.").arg(why)};
    };
    if (parseError.error != QJsonParseError::NoError)
        return broken(parseError.errorString());
    if (config.version != 1)
        return broken(QCoreApplication::translate("Repository", "format version %1 is not one this engine reads").arg(config.version));
    if (!isHexId(config.id))
        return broken(QCoreApplication::translate("Repository", "no repository id"));
    if (!config.encrypted && encryption != QLatin1String("none"))
        return broken(QCoreApplication::translate("Repository", "unknown encryption \"%1\"").arg(encryption));
    if (!config.chunker.valid() || chunker.value(QStringLiteral("algorithm")).toString() != QLatin1String("fastcdc-nc2"))
        return broken(QCoreApplication::translate("Repository", "chunker parameters out of range"));
    if (config.zstdLevel < 1 || config.zstdLevel > 19)
        return broken(QCoreApplication::translate("Repository", "compression level out of range"));
    if (config.packTargetBytes < RepositoryConfig::kMinPackBytes || config.packTargetBytes > RepositoryConfig::kMaxPackBytes)
        return broken(QCoreApplication::translate("Repository", "pack size out of range"));
    return config;
}

Repository::Repository(std::shared_ptr<Storage> storage, RepositoryConfig config)
    : m_storage(std::move(storage)), m_config(std::move(config))
{
}

Result<std::unique_ptr<Repository>> Repository::init(std::shared_ptr<Storage> storage, const InitOptions& options)
{
    auto existing = storage->exists(QStringLiteral("config"));
    if (!existing)
        return existing.error();
    if (existing.value())
        return Error{Error::Code::Exists, tr("%1 already holds a repository; nothing was changed.").arg(storage->location())};
    if (options.encrypted && options.passphrase.isEmpty())
        return Error{Error::Code::Invalid, tr("An encrypted repository needs a passphrase.")};
    if (options.zstdLevel < 1 || options.zstdLevel > 19)
        return Error{Error::Code::Invalid, tr("The compression level must be between 1 and 19.")};
    if (!options.chunker.valid())
        return Error{Error::Code::Invalid, tr("The chunker parameters are out of range.")};
    if (options.packTargetBytes < RepositoryConfig::kMinPackBytes || options.packTargetBytes > RepositoryConfig::kMaxPackBytes)
        return Error{Error::Code::Invalid, tr("The pack size must be between 16 KiB and 1 GiB.")};

    RepositoryConfig config;
    config.id = QString::fromLatin1(randomBytes(32).toHex());
    config.encrypted = options.encrypted;
    config.chunker = options.chunker;
    config.chunker.gearSeed = 0;
    config.zstdLevel = options.zstdLevel;
    config.packTargetBytes = options.packTargetBytes;

    if (auto made = storage->makeDirectory(QString()); !made)
        return made.error();
    for (const char* directory : {"keys", "data", "index", "snapshots", "locks"}) {
        if (auto made = storage->makeDirectory(QLatin1String(directory)); !made)
            return made.error();
    }
    for (int i = 0; i < 256; ++i) {
        if (auto made = storage->makeDirectory(QStringLiteral("data/%1").arg(i, 2, 16, QLatin1Char('0'))); !made)
            return made.error();
    }
    std::unique_ptr<Repository> repository(new Repository(storage, config));
    if (options.encrypted) {
        MasterKey master;
        randomFill(master.encryptionKey);
        randomFill(master.idKey);
        repository->m_master = master;
        auto keyId = repository->addKey(options.passphrase, options.scrypt);
        if (!keyId)
            return keyId.error();
        repository->m_keyId = keyId.value();
    }
    // The config last: a directory without it is not a repository yet, so an interrupted
    // init can simply be run again.
    if (auto written = storage->write(QStringLiteral("config"), config.toJson()); !written)
        return written.error();
    return repository;
}

Result<bool> Repository::needsPassphrase(Storage& storage)
{
    auto json = storage.read(QStringLiteral("config"), kMaxConfigBytes);
    if (!json) {
        if (json.error().code == Error::Code::NotFound)
            return Error{Error::Code::NotFound, tr("There is no repository at %1 (no config file).").arg(storage.location())};
        return json.error();
    }
    auto config = RepositoryConfig::fromJson(json.value());
    if (!config)
        return config.error();
    return config->encrypted;
}

Result<std::unique_ptr<Repository>> Repository::open(std::shared_ptr<Storage> storage, const QByteArray& passphrase)
{
    auto json = storage->read(QStringLiteral("config"), kMaxConfigBytes);
    if (!json) {
        if (json.error().code == Error::Code::NotFound)
            return Error{Error::Code::NotFound, tr("There is no repository at %1 (no config file).").arg(storage->location())};
        return json.error();
    }
    auto config = RepositoryConfig::fromJson(json.value());
    if (!config)
        return config.error();
    std::unique_ptr<Repository> repository(new Repository(storage, config.value()));
    auto keys = repository->keys();
    if (!keys)
        return keys.error();
    if (!config->encrypted) {
        // A config edited to "none" must not make us write plaintext into an encrypted
        // repository: its keys say otherwise.
        if (!keys->isEmpty())
            return Error{Error::Code::Corrupt, tr("The config of %1 says it is not encrypted, but it has keys: refusing to open it.").arg(storage->location())};
        return repository;
    }
    if (keys->isEmpty())
        return Error{Error::Code::Corrupt, tr("The encrypted repository %1 has no key files left.").arg(storage->location())};
    if (passphrase.isEmpty())
        return Error{Error::Code::WrongPassword, tr("The repository %1 is encrypted: a passphrase is needed.").arg(storage->location())};
    for (const KeyFile& key : keys.value()) {
        auto master = key.unlock(passphrase, config->id);
        if (master) {
            repository->m_master = master.value();
            repository->m_keyId = key.id;
            return repository;
        }
        if (master.error().code != Error::Code::WrongPassword)
            return master.error();
    }
    return Error{Error::Code::WrongPassword, tr("The passphrase does not open any of the %n key(s) of %1.", nullptr, static_cast<int>(keys->size())).arg(storage->location())};
}

ChunkerParams Repository::chunkerParams() const
{
    ChunkerParams params = m_config.chunker;
    if (m_master) {
        // A keyed gear table: chunk boundaries (and so sizes) then say nothing about
        // which known file was backed up.
        const ContentId seed = hmacSha256(m_master->idKey, bytesOf(QByteArrayLiteral("lifeboat/gear-seed/v1")));
        std::memcpy(&params.gearSeed, seed.bytes.data(), sizeof params.gearSeed);
    } else {
        params.gearSeed = 0;
    }
    return params;
}

ContentId Repository::blobId(std::span<const std::uint8_t> plaintext) const
{
    return m_master ? hmacSha256(m_master->idKey, plaintext) : sha256(plaintext);
}

void Repository::storeBlobInto(QByteArray& out, BlobType type, const ContentId& id, std::span<const std::uint8_t> encoded) const
{
    if (!m_master) {
        out.append(reinterpret_cast<const char*>(encoded.data()), static_cast<qsizetype>(encoded.size()));
        return;
    }
    QByteArray aad = kBlobAad;
    aad.append(static_cast<char>(type));
    aad.append(reinterpret_cast<const char*>(id.bytes.data()), 32);
    Aead::sealInto(out, m_master->encryptionKey, bytesOf(aad), encoded);
}

Result<QByteArray> Repository::decodeBlob(const ContentId& id, BlobType type, ChunkCodec codec, std::uint32_t rawBytes, std::span<const std::uint8_t> stored) const
{
    const auto damaged = [&](const QString& why) { return Error{Error::Code::Corrupt, tr("Blob %1 is damaged: %2").arg(id.toHex().left(12), why)}; };
    std::span<const std::uint8_t> encoded = stored;
    QByteArray opened;
    if (m_master) {
        QByteArray aad = kBlobAad;
        aad.append(static_cast<char>(type));
        aad.append(reinterpret_cast<const char*>(id.bytes.data()), 32);
        auto plain = Aead::open(m_master->encryptionKey, bytesOf(aad), stored);
        if (!plain)
            return damaged(plain.error().message);
        opened = std::move(plain.value());
        encoded = bytesOf(opened);
    }
    auto decoded = ChunkCodecs::decode(codec, encoded, rawBytes);
    if (!decoded)
        return damaged(decoded.error().message);
    if (blobId(bytesOf(decoded.value())) != id)
        return damaged(tr("its content does not match its id."));
    return decoded;
}

Result<QByteArray> Repository::loadBlob(const ContentId& id, BlobType expected)
{
    const BlobLocation* location = m_index.find(id);
    if (!location || location->type != expected)
        return Error{Error::Code::NotFound, tr("Blob %1 is not in the index of the repository.").arg(id.toHex().left(12))};
    auto stored = m_storage->readRange(packName(m_index.pack(location->pack)), location->offset, location->storedBytes);
    if (!stored)
        return stored.error();
    return decodeBlob(id, expected, location->codec, location->rawBytes, bytesOf(stored.value()));
}

QByteArray Repository::sealPackHeader(const ContentId& packId, const QByteArray& header) const
{
    if (!m_master)
        return header;
    return Aead::seal(m_master->encryptionKey, bytesOf(kPackHeaderAad + QByteArray(reinterpret_cast<const char*>(packId.bytes.data()), 32)), bytesOf(header));
}

Result<QByteArray> Repository::openPackHeader(const ContentId& packId, const QByteArray& sealed) const
{
    if (!m_master)
        return sealed;
    return Aead::open(m_master->encryptionKey, bytesOf(kPackHeaderAad + QByteArray(reinterpret_cast<const char*>(packId.bytes.data()), 32)), bytesOf(sealed));
}

QString Repository::packName(const ContentId& packId)
{
    const QString hex = packId.toHex();
    return QStringLiteral("data/%1/%2").arg(hex.left(2), hex);
}

Result<std::vector<PackEntry>> Repository::readPackHeader(const ContentId& packId)
{
    const QString name = packName(packId);
    const auto inPack = [&](const Error& error) { return Error{error.code, tr("Pack %1: %2").arg(packId.toHex().left(12), error.message)}; };
    auto size = m_storage->size(name);
    if (!size)
        return size.error();
    if (size.value() < PackFormat::kTrailerBytes)
        return inPack(Error{Error::Code::Corrupt, tr("the file is only %1 bytes long.").arg(size.value())});
    auto trailer = m_storage->readRange(name, size.value() - PackFormat::kTrailerBytes, PackFormat::kTrailerBytes);
    if (!trailer)
        return inPack(trailer.error());
    auto headerBytes = PackFormat::headerLength(trailer.value(), size.value());
    if (!headerBytes)
        return inPack(headerBytes.error());
    const std::uint64_t headerOffset = size.value() - PackFormat::kTrailerBytes - headerBytes.value();
    auto sealed = m_storage->readRange(name, headerOffset, headerBytes.value());
    if (!sealed)
        return inPack(sealed.error());
    auto header = openPackHeader(packId, sealed.value());
    if (!header)
        return inPack(header.error());
    auto entries = PackFormat::decodeHeader(header.value(), headerOffset);
    if (!entries)
        return inPack(entries.error());
    return entries;
}

Status Repository::loadIndex()
{
    m_index = ChunkIndex();
    auto names = m_storage->list(QStringLiteral("index"));
    if (!names)
        return names.error();
    for (const QString& name : names.value()) {
        const QString id = lastSegment(name);
        if (!isHexId(id))
            continue;
        auto data = loadMetadata(QStringLiteral("index"), id, kMaxIndexBytes);
        if (!data)
            return data.error();
        if (auto decoded = IndexFormat::decodeInto(data.value(), m_index); !decoded)
            return Error{decoded.error().code, tr("Index file %1: %2").arg(id.left(12), decoded.error().message)};
    }
    return success();
}

QByteArray Repository::metadataAad(const QString& directory) const
{
    return QByteArrayLiteral("lifeboat/") + directory.toLatin1() + QByteArrayLiteral("/v1:") + m_config.id.toLatin1();
}

Result<QString> Repository::saveMetadata(const QString& directory, const QByteArray& plaintext)
{
    const QByteArray stored = m_master ? Aead::seal(m_master->encryptionKey, bytesOf(metadataAad(directory)), bytesOf(plaintext)) : plaintext;
    const QString id = sha256(bytesOf(stored)).toHex();
    if (auto written = m_storage->write(directory + QLatin1Char('/') + id, stored); !written)
        return written.error();
    return id;
}

Result<QByteArray> Repository::loadMetadata(const QString& directory, const QString& id, std::uint64_t maxBytes)
{
    auto stored = m_storage->read(directory + QLatin1Char('/') + id, maxBytes);
    if (!stored)
        return stored.error();
    if (sha256(bytesOf(stored.value())).toHex() != id)
        return Error{Error::Code::Corrupt, tr("%1/%2 is damaged: its content does not match its name.").arg(directory, id.left(12))};
    if (!m_master)
        return stored;
    auto plain = Aead::open(m_master->encryptionKey, bytesOf(metadataAad(directory)), bytesOf(stored.value()));
    if (!plain)
        return Error{Error::Code::Corrupt, tr("%1/%2 failed its authentication check.").arg(directory, id.left(12))};
    return plain;
}

Result<QStringList> Repository::saveIndexFiles(const std::vector<IndexFormat::Entry>& entries)
{
    constexpr std::size_t kPerFile = 1u << 20;
    QStringList ids;
    for (std::size_t start = 0; start < entries.size(); start += kPerFile) {
        const std::vector<IndexFormat::Entry> part(entries.begin() + static_cast<std::ptrdiff_t>(start),
                                                   entries.begin() + static_cast<std::ptrdiff_t>(std::min(entries.size(), start + kPerFile)));
        auto saved = saveMetadata(QStringLiteral("index"), IndexFormat::encode(part));
        if (!saved)
            return saved.error();
        ids.append(saved.value());
    }
    return ids;
}

Result<QStringList> Repository::metadataIds(const QString& directory)
{
    auto names = m_storage->list(directory);
    if (!names)
        return names.error();
    QStringList ids;
    for (const QString& name : names.value()) {
        const QString id = lastSegment(name);
        if (isHexId(id))
            ids.append(id);
    }
    return ids;
}

bool Repository::packIdFromName(const QString& name, ContentId& id)
{
    const QString hex = lastSegment(name);
    return name.startsWith(QLatin1String("data/")) && ContentId::fromHex(hex, id) && name == packName(id);
}

Result<QList<Snapshot>> Repository::snapshots(QStringList* damaged)
{
    auto names = m_storage->list(QStringLiteral("snapshots"));
    if (!names)
        return names.error();
    QList<Snapshot> out;
    for (const QString& name : names.value()) {
        const QString id = lastSegment(name);
        if (!isHexId(id))
            continue;
        auto data = loadMetadata(QStringLiteral("snapshots"), id, kMaxSnapshotBytes);
        auto snapshot = data ? Snapshot::fromJson(data.value()) : Result<Snapshot>(data.error());
        if (!snapshot) {
            const QString message = tr("Snapshot %1: %2").arg(id.left(8), snapshot.error().message);
            // Unreadable storage is an error either way; damage can be set aside.
            if (!damaged || snapshot.error().code == Error::Code::Io || snapshot.error().code == Error::Code::Unreadable)
                return Error{snapshot.error().code == Error::Code::Io ? Error::Code::Io : Error::Code::Corrupt, message};
            damaged->append(message);
            continue;
        }
        snapshot->id = id;
        out.append(snapshot.value());
    }
    std::sort(out.begin(), out.end(), [](const Snapshot& a, const Snapshot& b) { return a.time != b.time ? a.time < b.time : a.id < b.id; });
    return out;
}

Result<Snapshot> Repository::findSnapshot(const QString& reference, QStringList* damaged)
{
    auto all = snapshots(damaged);
    if (!all)
        return all.error();
    if (reference == QLatin1String("latest")) {
        if (all->isEmpty())
            return Error{Error::Code::NotFound, tr("The repository %1 has no snapshots yet.").arg(m_storage->location())};
        return all->last();
    }
    if (reference.size() < 4)
        return Error{Error::Code::Invalid, tr("\"%1\" is too short to name a snapshot: give at least 4 hex digits, or \"latest\".").arg(reference)};
    QList<Snapshot> matches;
    for (const Snapshot& snapshot : all.value()) {
        if (snapshot.id.startsWith(reference.toLower()))
            matches.append(snapshot);
    }
    if (matches.isEmpty())
        return Error{Error::Code::NotFound, tr("No snapshot has an id starting with \"%1\".").arg(reference)};
    if (matches.size() > 1)
        return Error{Error::Code::Invalid, tr("\"%1\" names %2 snapshots; give more digits.").arg(reference).arg(matches.size())};
    return matches.first();
}

Result<QString> Repository::saveSnapshot(const Snapshot& snapshot) { return saveMetadata(QStringLiteral("snapshots"), snapshot.toJson()); }

Result<std::vector<TreeNode>> Repository::loadTree(const ContentId& id)
{
    auto data = loadBlob(id, BlobType::Tree);
    if (!data)
        return data.error();
    return TreeFormat::decode(data.value());
}

Result<QList<KeyFile>> Repository::keys()
{
    auto names = m_storage->list(QStringLiteral("keys"));
    if (!names)
        return names.error();
    QList<KeyFile> out;
    for (const QString& name : names.value()) {
        const QString id = lastSegment(name);
        if (!isHexId(id))
            continue;
        auto data = m_storage->read(name, kMaxKeyBytes);
        if (!data)
            return data.error();
        if (sha256(bytesOf(data.value())).toHex() != id)
            return Error{Error::Code::Corrupt, tr("Key file %1 is damaged: its content does not match its name.").arg(id.left(8))};
        auto key = KeyFile::fromJson(data.value());
        if (!key)
            return Error{Error::Code::Corrupt, tr("Key file %1: %2").arg(id.left(8), key.error().message)};
        key->id = id;
        out.append(key.value());
    }
    return out;
}

Result<QString> Repository::addKey(const QByteArray& passphrase, const ScryptParams& params)
{
    if (!m_master)
        return Error{Error::Code::Invalid, tr("The repository %1 is not encrypted: it has no keys.").arg(m_storage->location())};
    if (passphrase.isEmpty())
        return Error{Error::Code::Invalid, tr("A passphrase cannot be empty.")};
    auto key = KeyFile::create(*m_master, m_config.id, passphrase, params);
    if (!key)
        return key.error();
    const QByteArray json = key->toJson();
    const QString id = sha256(bytesOf(json)).toHex();
    if (auto written = m_storage->write(QStringLiteral("keys/") + id, json); !written)
        return written.error();
    return id;
}

Status Repository::removeKey(const QString& keyId)
{
    auto all = keys();
    if (!all)
        return all.error();
    QString match;
    for (const KeyFile& key : all.value()) {
        if (key.id.startsWith(keyId))
            match = match.isEmpty() ? key.id : QStringLiteral("ambiguous");
    }
    if (match.isEmpty())
        return Error{Error::Code::NotFound, tr("No key has an id starting with \"%1\".").arg(keyId)};
    if (match == QLatin1String("ambiguous"))
        return Error{Error::Code::Invalid, tr("\"%1\" names more than one key; give more digits.").arg(keyId)};
    if (match == m_keyId)
        return Error{Error::Code::Invalid, tr("Key %1 is the one this session opened the repository with; open it with another passphrase to remove this one.").arg(match.left(8))};
    if (all->size() < 2)
        return Error{Error::Code::Invalid, tr("Refusing to remove the last key: the repository could never be opened again.")};
    return m_storage->remove(QStringLiteral("keys/") + match);
}

} // namespace lifeboat::repo
