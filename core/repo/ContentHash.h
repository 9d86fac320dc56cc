// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

#include <array>
#include <cstdint>
#include <cstring>
#include <span>

namespace lifeboat::repo {

// A chunk or object id: 32 bytes of SHA-256 (unencrypted repositories) or of
// HMAC-SHA-256 under the repository's id key (encrypted ones, so ids say nothing about
// the content to whoever reads the repository without the key).
struct ContentId {
    std::array<std::uint8_t, 32> bytes{};
    QString toHex() const;
    static bool fromHex(const QString& hex, ContentId& out);
    auto operator<=>(const ContentId&) const = default;
};

// For hash containers: ids are SHA-256/HMAC outputs, so their first bytes are uniform.
struct ContentIdHash {
    std::size_t operator()(const ContentId& id) const
    {
        std::size_t h = 0;
        std::memcpy(&h, id.bytes.data(), sizeof h);
        return h;
    }
};

// SHA-256 through OpenSSL's EVP interface, which uses the CPU's SHA extensions where
// they exist. Both functions are thread-safe (each call owns its context).
ContentId sha256(std::span<const std::uint8_t> data);
// HMAC-SHA-256 (RFC 2104) with `key`.
ContentId hmacSha256(std::span<const std::uint8_t> key, std::span<const std::uint8_t> data);

} // namespace lifeboat::repo
