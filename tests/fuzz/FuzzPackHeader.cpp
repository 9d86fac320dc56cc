// SPDX-License-Identifier: GPL-3.0-or-later
// A pack file's tail as read from a repository: trailer, then the header it points to.
#include "core/repo/Pack.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    using lifeboat::repo::PackFormat;
    const QByteArray pack(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    if (pack.size() >= static_cast<qsizetype>(PackFormat::kTrailerBytes)) {
        auto length = PackFormat::headerLength(pack.right(PackFormat::kTrailerBytes), static_cast<std::uint64_t>(pack.size()));
        if (length) {
            const qsizetype headerOffset = pack.size() - static_cast<qsizetype>(PackFormat::kTrailerBytes) - static_cast<qsizetype>(length.value());
            auto entries = PackFormat::decodeHeader(pack.mid(headerOffset, length.value()), static_cast<std::uint64_t>(headerOffset));
            if (entries) {
                for (const auto& entry : entries.value()) {
                    if (std::uint64_t(entry.offset) + entry.storedBytes > std::uint64_t(headerOffset))
                        __builtin_trap();   // decodeHeader promised every blob lies before the header
                }
            }
        }
    }
    // The header alone, as if the trailer had been right.
    (void)PackFormat::decodeHeader(pack, static_cast<std::uint64_t>(size));
    return 0;
}
