// SPDX-License-Identifier: GPL-3.0-or-later
#include "ContentHash.h"

#include <openssl/evp.h>
#include <openssl/hmac.h>

#include <memory>

namespace lifeboat::repo {
namespace {

struct MdContextDeleter {
    void operator()(EVP_MD_CTX* context) const { EVP_MD_CTX_free(context); }
};

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
    if (!context || EVP_DigestInit_ex(context.get(), EVP_sha256(), nullptr) != 1 || EVP_DigestUpdate(context.get(), data.data(), data.size()) != 1
        || EVP_DigestFinal_ex(context.get(), id.bytes.data(), &length) != 1 || length != id.bytes.size())
        qFatal("lifeboat: OpenSSL SHA-256 failed");
    return id;
}

ContentId hmacSha256(std::span<const std::uint8_t> key, std::span<const std::uint8_t> data)
{
    ContentId id;
    unsigned int length = 0;
    if (!HMAC(EVP_sha256(), key.data(), static_cast<int>(key.size()), data.data(), data.size(), id.bytes.data(), &length) || length != id.bytes.size())
        qFatal("lifeboat: OpenSSL HMAC-SHA-256 failed");
    return id;
}

} // namespace lifeboat::repo
