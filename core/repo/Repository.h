// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ChunkIndex.h"
#include "Chunker.h"
#include "Crypto.h"
#include "KeyFile.h"
#include "Snapshot.h"
#include "Storage.h"
#include "Tree.h"

#include <QCoreApplication>

#include <memory>
#include <optional>

namespace lifeboat::repo {

// The file `config`: what a repository was created with. Chunker parameters and the
// compression level are fixed at `init` (chunking is format: restic/chunker#31).
struct RepositoryConfig {
    // Small packs only make sense in tests; the CLI asks for at least 1 MiB.
    static constexpr std::uint32_t kMinPackBytes = 16u << 10;
    static constexpr std::uint32_t kMaxPackBytes = 1u << 30;
    QString id;                       // 64 hex digits, random
    int version = 1;
    bool encrypted = true;
    ChunkerParams chunker;            // gearSeed is derived from the key when encrypted
    int zstdLevel = 3;
    std::uint32_t packTargetBytes = 32u << 20;

    QByteArray toJson() const;
    static Result<RepositoryConfig> fromJson(const QByteArray& json);
};

struct InitOptions {
    bool encrypted = true;            // false only with --insecure-no-encryption
    QByteArray passphrase;
    int zstdLevel = 3;
    ScryptParams scrypt;
    ChunkerParams chunker;
    std::uint32_t packTargetBytes = 32u << 20;
};

// An open repository: its configuration, its key (when encrypted) and its index. The
// rules of the stored format live here; the operations on it live in core/engine.
class Repository {
    Q_DECLARE_TR_FUNCTIONS(Repository)
public:
    static constexpr std::uint64_t kMaxConfigBytes = 64 * 1024;
    static constexpr std::uint64_t kMaxKeyBytes = 64 * 1024;
    static constexpr std::uint64_t kMaxSnapshotBytes = 16u << 20;
    static constexpr std::uint64_t kMaxIndexBytes = 1024u << 20;

    static Result<std::unique_ptr<Repository>> init(std::shared_ptr<Storage> storage, const InitOptions& options);
    // `passphrase` is ignored for unencrypted repositories.
    static Result<std::unique_ptr<Repository>> open(std::shared_ptr<Storage> storage, const QByteArray& passphrase);
    // Whether the repository at `storage` needs a passphrase (reads the config only).
    static Result<bool> needsPassphrase(Storage& storage);

    const RepositoryConfig& config() const { return m_config; }
    Storage& storage() { return *m_storage; }
    std::shared_ptr<Storage> sharedStorage() { return m_storage; }
    bool encrypted() const { return m_master.has_value(); }
    ChunkerParams chunkerParams() const;

    // The id of a chunk or tree: SHA-256, or HMAC-SHA-256 under the id key.
    ContentId blobId(std::span<const std::uint8_t> plaintext) const;
    // Appends the stored form of an encoded blob (sealed when encrypted) to `out`.
    void storeBlobInto(QByteArray& out, BlobType type, const ContentId& id, std::span<const std::uint8_t> encoded) const;
    // From stored bytes back to the plaintext: authenticate, decode with the recorded
    // length as the cap, and check the id. Any mismatch is Corrupt, naming the blob.
    Result<QByteArray> decodeBlob(const ContentId& id, BlobType type, ChunkCodec codec, std::uint32_t rawBytes, std::span<const std::uint8_t> stored) const;
    Result<QByteArray> loadBlob(const ContentId& id, BlobType expected);

    QByteArray sealPackHeader(const ContentId& packId, const QByteArray& header) const;
    Result<QByteArray> openPackHeader(const ContentId& packId, const QByteArray& sealed) const;
    // Reads and checks a pack's header (not its blobs).
    Result<std::vector<PackEntry>> readPackHeader(const ContentId& packId);
    static QString packName(const ContentId& packId);

    Status loadIndex();
    const ChunkIndex& index() const { return m_index; }
    ChunkIndex& index() { return m_index; }

    // index/ and snapshots/ files: sealed when encrypted, named by the SHA-256 of the stored bytes.
    Result<QString> saveMetadata(const QString& directory, const QByteArray& plaintext);
    Result<QByteArray> loadMetadata(const QString& directory, const QString& id, std::uint64_t maxBytes);
    // Writes `entries` as index files of at most 2^20 entries each (one file must stay under
    // the index limits); returns their ids.
    Result<QStringList> saveIndexFiles(const std::vector<IndexFormat::Entry>& entries);
    // The ids of the files in index/, snapshots/, keys/ or locks/ (names that are not ids are ignored).
    Result<QStringList> metadataIds(const QString& directory);
    // A pack's id from its name in data/ (false for a name that is not a pack).
    static bool packIdFromName(const QString& name, ContentId& id);

    // Oldest first. With `damaged`, a snapshot file that cannot be read or authenticated is
    // left out and described there (one damaged file must not stop every backup); without
    // it, such a file is an error.
    Result<QList<Snapshot>> snapshots(QStringList* damaged = nullptr);
    // An id, a unique prefix of one (at least 4 hex digits), or "latest". `damaged` as above:
    // "latest" is then the newest snapshot that can be read.
    Result<Snapshot> findSnapshot(const QString& reference, QStringList* damaged = nullptr);
    Result<QString> saveSnapshot(const Snapshot& snapshot);
    Result<std::vector<TreeNode>> loadTree(const ContentId& id);

    Result<QList<KeyFile>> keys();
    Result<QString> addKey(const QByteArray& passphrase, const ScryptParams& params);
    Status removeKey(const QString& keyId);
    QString currentKeyId() const { return m_keyId; }

private:
    Repository(std::shared_ptr<Storage> storage, RepositoryConfig config);
    QByteArray metadataAad(const QString& directory) const;

    std::shared_ptr<Storage> m_storage;
    RepositoryConfig m_config;
    std::optional<MasterKey> m_master;
    QString m_keyId;
    ChunkIndex m_index;
};

} // namespace lifeboat::repo
