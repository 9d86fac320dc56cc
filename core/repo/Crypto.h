// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/util/Result.h"

#include <QByteArray>
#include <QCoreApplication>

#include <array>
#include <cstdint>
#include <span>

namespace lifeboat::repo {

// The secret of an encrypted repository, created at `init` and never changed; each
// passphrase wraps a copy of it (KeyFile). Separate keys for separate jobs: one encrypts,
// one keys the chunk ids (so ids reveal nothing) and the chunker's gear table (so chunk
// sizes do not fingerprint known files, borg 2's lesson).
struct MasterKey {
    std::array<std::uint8_t, 32> encryptionKey{};
    std::array<std::uint8_t, 32> idKey{};
};

// Authenticated encryption of every stored object: AES-256-GCM (NIST SP 800-38D) with a
// random 96-bit nonce per object, stored as nonce ‖ ciphertext ‖ 128-bit tag. `aad` binds
// the object's kind and id, so a blob moved to another id or read as another kind fails
// authentication instead of being trusted (restic TestCheckerBlobTypeConfusion).
class Aead {
    Q_DECLARE_TR_FUNCTIONS(Aead)
public:
    static constexpr std::size_t kNonceBytes = 12;
    static constexpr std::size_t kTagBytes = 16;
    static constexpr std::size_t kOverheadBytes = kNonceBytes + kTagBytes;

    static QByteArray seal(std::span<const std::uint8_t, 32> key, std::span<const std::uint8_t> aad, std::span<const std::uint8_t> plaintext);
    // Appends the sealed object to `out` (saves a copy on the backup's hot path).
    static void sealInto(QByteArray& out, std::span<const std::uint8_t, 32> key, std::span<const std::uint8_t> aad, std::span<const std::uint8_t> plaintext);
    static Result<QByteArray> open(std::span<const std::uint8_t, 32> key, std::span<const std::uint8_t> aad, std::span<const std::uint8_t> sealed);
};

struct ScryptParams {
    std::uint64_t n = 1u << 16;   // 64 MiB of memory with r = 8; ~0.2 s on the test machine
    std::uint32_t r = 8;
    std::uint32_t p = 1;
    bool valid() const;
};

class Kdf {
    Q_DECLARE_TR_FUNCTIONS(Kdf)
public:
    // scrypt (RFC 7914) through OpenSSL's EVP_PBE_scrypt.
    static Result<std::array<std::uint8_t, 32>> scrypt(const QByteArray& passphrase, std::span<const std::uint8_t> salt, const ScryptParams& params);
};

// Cryptographically secure random bytes (OpenSSL's RAND_bytes); aborts if the system has
// no entropy, since a predictable nonce or key would be silent damage.
QByteArray randomBytes(std::size_t count);
void randomFill(std::span<std::uint8_t> out);

inline std::span<const std::uint8_t> bytesOf(const QByteArray& data)
{
    return {reinterpret_cast<const std::uint8_t*>(data.constData()), static_cast<std::size_t>(data.size())};
}

} // namespace lifeboat::repo
