// SPDX-License-Identifier: GPL-3.0-or-later
#include "Crypto.h"

#include <openssl/evp.h>
#include <openssl/rand.h>

#include <limits>
#include <memory>

namespace lifeboat::repo {
namespace {

struct CipherContextDeleter {
    void operator()(EVP_CIPHER_CTX* context) const { EVP_CIPHER_CTX_free(context); }
};
using CipherContext = std::unique_ptr<EVP_CIPHER_CTX, CipherContextDeleter>;

// Fetched once: OpenSSL 3 otherwise looks the algorithm up on every init.
const EVP_CIPHER* gcmAlgorithm()
{
    static EVP_CIPHER* algorithm = EVP_CIPHER_fetch(nullptr, "AES-256-GCM", nullptr);
    return algorithm;
}

// One cipher context per thread, reset between objects, instead of one allocation each.
EVP_CIPHER_CTX* cipherContext()
{
    thread_local CipherContext context(EVP_CIPHER_CTX_new());
    if (context)
        EVP_CIPHER_CTX_reset(context.get());
    return context.get();
}

int intSize(std::size_t size)
{
    if (size > static_cast<std::size_t>(std::numeric_limits<int>::max()))
        qFatal("lifeboat: object too large for one AES-GCM call");
    return static_cast<int>(size);
}

} // namespace

QByteArray randomBytes(std::size_t count)
{
    QByteArray out(static_cast<qsizetype>(count), Qt::Uninitialized);
    if (RAND_bytes(reinterpret_cast<unsigned char*>(out.data()), intSize(count)) != 1)
        qFatal("lifeboat: the system random generator failed");
    return out;
}

void randomFill(std::span<std::uint8_t> out)
{
    if (RAND_bytes(out.data(), intSize(out.size())) != 1)
        qFatal("lifeboat: the system random generator failed");
}

void Aead::sealInto(QByteArray& out, std::span<const std::uint8_t, 32> key, std::span<const std::uint8_t> aad, std::span<const std::uint8_t> plaintext)
{
    const qsizetype start = out.size();
    out.resize(start + static_cast<qsizetype>(kNonceBytes + plaintext.size() + kTagBytes));
    auto* nonce = reinterpret_cast<unsigned char*>(out.data() + start);
    if (RAND_bytes(nonce, kNonceBytes) != 1)
        qFatal("lifeboat: the system random generator failed");
    unsigned char* cipher = nonce + kNonceBytes;
    EVP_CIPHER_CTX* context = cipherContext();
    int length = 0;
    int finalLength = 0;
    // Failure here means allocation failure or a broken OpenSSL; writing an object that
    // cannot be decrypted would be silent damage, so it stops the program.
    if (!context || !gcmAlgorithm() || EVP_EncryptInit_ex(context, gcmAlgorithm(), nullptr, key.data(), nonce) != 1
        || (!aad.empty() && EVP_EncryptUpdate(context, nullptr, &length, aad.data(), intSize(aad.size())) != 1)
        || EVP_EncryptUpdate(context, cipher, &length, plaintext.data(), intSize(plaintext.size())) != 1
        || EVP_EncryptFinal_ex(context, cipher + length, &finalLength) != 1
        || EVP_CIPHER_CTX_ctrl(context, EVP_CTRL_GCM_GET_TAG, kTagBytes, cipher + plaintext.size()) != 1)
        qFatal("lifeboat: OpenSSL AES-256-GCM encryption failed");
}

QByteArray Aead::seal(std::span<const std::uint8_t, 32> key, std::span<const std::uint8_t> aad, std::span<const std::uint8_t> plaintext)
{
    QByteArray out;
    sealInto(out, key, aad, plaintext);
    return out;
}

Result<QByteArray> Aead::open(std::span<const std::uint8_t, 32> key, std::span<const std::uint8_t> aad, std::span<const std::uint8_t> sealed)
{
    if (sealed.size() < kOverheadBytes)
        return Error{Error::Code::Corrupt, tr("An encrypted object is shorter than its nonce and tag (%1 bytes).").arg(sealed.size())};
    const std::size_t cipherBytes = sealed.size() - kOverheadBytes;
    QByteArray plain(static_cast<qsizetype>(cipherBytes), Qt::Uninitialized);
    EVP_CIPHER_CTX* context = cipherContext();
    int length = 0;
    int finalLength = 0;
    auto* out = reinterpret_cast<unsigned char*>(plain.data());
    // The tag buffer is const in our span; OpenSSL's ctrl takes void* but only reads it.
    auto* tag = const_cast<std::uint8_t*>(sealed.data() + kNonceBytes + cipherBytes);
    if (!context || !gcmAlgorithm() || EVP_DecryptInit_ex(context, gcmAlgorithm(), nullptr, key.data(), sealed.data()) != 1
        || (!aad.empty() && EVP_DecryptUpdate(context, nullptr, &length, aad.data(), intSize(aad.size())) != 1)
        || EVP_DecryptUpdate(context, out, &length, sealed.data() + kNonceBytes, intSize(cipherBytes)) != 1
        || EVP_CIPHER_CTX_ctrl(context, EVP_CTRL_GCM_SET_TAG, kTagBytes, tag) != 1)
        return Error{Error::Code::Corrupt, tr("An encrypted object could not be decrypted.")};
    if (EVP_DecryptFinal_ex(context, out + length, &finalLength) != 1)
        return Error{Error::Code::Corrupt, tr("An encrypted object failed its authentication check: it was damaged or altered, or the key is wrong.")};
    return plain;
}

bool ScryptParams::valid() const
{
    // Bounds so a key file cannot make us allocate gigabytes or spin for minutes.
    return n >= 1024 && n <= (1u << 22) && (n & (n - 1)) == 0 && r >= 1 && r <= 32 && p >= 1 && p <= 16;
}

Result<std::array<std::uint8_t, 32>> Kdf::scrypt(const QByteArray& passphrase, std::span<const std::uint8_t> salt, const ScryptParams& params)
{
    if (!params.valid())
        return Error{Error::Code::Corrupt, tr("The key's scrypt parameters are out of range (N=%1, r=%2, p=%3).").arg(params.n).arg(params.r).arg(params.p)};
    std::array<std::uint8_t, 32> key{};
    const std::uint64_t maxMemory = 128ull * params.r * params.n * params.p + (64ull << 20);
    if (EVP_PBE_scrypt(passphrase.constData(), static_cast<std::size_t>(passphrase.size()), salt.data(), salt.size(), params.n, params.r, params.p,
                       maxMemory, key.data(), key.size())
        != 1)
        return Error{Error::Code::Io, tr("Deriving the key from the passphrase failed (scrypt could not allocate its memory).")};
    return key;
}

} // namespace lifeboat::repo
