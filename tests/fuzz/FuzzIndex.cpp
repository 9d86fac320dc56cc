// SPDX-License-Identifier: GPL-3.0-or-later
// An index file's plaintext: decoded, and what decodes must encode back to the same entries.
#include "core/repo/ChunkIndex.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    using lifeboat::repo::IndexFormat;
    const QByteArray bytes(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    auto entries = IndexFormat::decode(bytes);
    if (!entries)
        return 0;
    auto again = IndexFormat::decode(IndexFormat::encode(entries.value()));
    if (!again || again->size() != entries->size())
        __builtin_trap();
    for (std::size_t i = 0; i < entries->size(); ++i) {
        const auto& a = entries.value()[i];
        const auto& b = again.value()[i];
        if (a.id != b.id || a.pack != b.pack || a.blob.offset != b.blob.offset || a.blob.storedBytes != b.blob.storedBytes || a.blob.rawBytes != b.blob.rawBytes
            || a.blob.type != b.blob.type || a.blob.codec != b.blob.codec)
            __builtin_trap();
    }
    lifeboat::repo::ChunkIndex index;
    (void)IndexFormat::decodeInto(bytes, index);
    return 0;
}
