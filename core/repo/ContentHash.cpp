// SPDX-License-Identifier: GPL-3.0-or-later
#include "ContentHash.h"

#include <openssl/core_names.h>
#include <openssl/evp.h>
#include <openssl/params.h>

#include <memory>

namespace lifeboat::repo {
namespace {

struct MdContextDeleter {
    void operator()(EVP_MD_CTX* context) const { EVP_MD_CTX_free(context); }
};

struct MacContextDeleter {
    void operator()(EVP_MAC_CTX* context) const { EVP_MAC_CTX_free(context); }
};

// OpenSSL 3 looks algorithms up on every init unless they are fetched once (an implicit
// fetch per call measured as a large share of the time spent on 20k small files).
const EVP_MD* sha256Algorithm()
{
    static EVP_MD* algorithm = EVP_MD_fetch(nullptr, "SHA256", nullptr);
    return algorithm;
}

// One HMAC context per thread, keyed once: re-initialising with a null key reuses it.
EVP_MAC_CTX* hmacContext(std::span<const std::uint8_t> key)
{
    static EVP_MAC* mac = EVP_MAC_fetch(nullptr, "HMAC", nullptr);
    thread_local std::unique_ptr<EVP_MAC_CTX, MacContextDeleter> context;
    thread_local std::array<std::uint8_t, 64> currentKey{};
    thread_local std::size_t currentKeyBytes = 0;
    if (!mac)
        return nullptr;
    const bool sameKey = context && key.size() == currentKeyBytes && std::equal(key.begin(), key.end(), currentKey.begin());
    if (!context)
        context.reset(EVP_MAC_CTX_new(mac));
    if (!context)
        return nullptr;
    char digest[] = "SHA256";
    OSSL_PARAM params[] = {OSSL_PARAM_construct_utf8_string(OSSL_MAC_PARAM_DIGEST, digest, 0), OSSL_PARAM_construct_end()};
    if (sameKey) {
        if (EVP_MAC_init(context.get(), nullptr, 0, nullptr) != 1)
            return nullptr;
    } else {
        if (key.size() > currentKey.size() || EVP_MAC_init(context.get(), key.data(), key.size(), params) != 1)
            return nullptr;
        std::copy(key.begin(), key.end(), currentKey.begin());
        currentKeyBytes = key.size();
    }
    return context.get();
}

} // namespace

QString ContentId::toHex() const
{
    return QString::fromLatin1(QByteArray(reinterpret_cast<const char*>(bytes.data()), static_cast<qsizetype>(bytes.size())).toHex());
}

bool ContentId::fromHex(const QString& hex, ContentId& out)
{
    if (hex.size() != 64)
        return false;
    for (QChar c : hex) {
        if (!c.isDigit() && !(c >= QLatin1Char('a') && c <= QLatin1Char('f')))
            return false;
    }
    const QByteArray raw = QByteArray::fromHex(hex.toLatin1());
    std::copy(raw.begin(), raw.end(), out.bytes.begin());
    return true;
}

ContentId sha256(std::span<const std::uint8_t> data)
{
    ContentId id;
    // One-shot EVP_Digest would do; a context keeps the door open for streaming files.
    const std::unique_ptr<EVP_MD_CTX, MdContextDeleter> context(EVP_MD_CTX_new());
    unsigned int length = 0;
    // These fail only on allocation failure or a broken OpenSSL; an id of zeros would be
    // silent damage, so it stops the program instead of being stored.
    if (!context || EVP_DigestInit_ex(context.get(), sha256Algorithm(), nullptr) != 1 || EVP_DigestUpdate(context.get(), data.data(), data.size()) != 1
        || EVP_DigestFinal_ex(context.get(), id.bytes.data(), &length) != 1 || length != id.bytes.size())
        qFatal("lifeboat: OpenSSL SHA-256 failed");
    return id;
}

ContentId hmacSha256(std::span<const std::uint8_t> key, std::span<const std::uint8_t> data)
{
    ContentId id;
    std::size_t length = 0;
    EVP_MAC_CTX* context = hmacContext(key);
    if (!context || EVP_MAC_update(context, data.data(), data.size()) != 1 || EVP_MAC_final(context, id.bytes.data(), &length, id.bytes.size()) != 1
        || length != id.bytes.size())
        qFatal("lifeboat: OpenSSL HMAC-SHA-256 failed");
    return id;
}

} // namespace lifeboat::repo
