// SPDX-License-Identifier: GPL-3.0-or-later
// A snapshot file's plaintext (JSON).
#include "core/repo/Snapshot.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    auto snapshot = lifeboat::repo::Snapshot::fromJson(bytes);
    if (snapshot) {
        auto again = lifeboat::repo::Snapshot::fromJson(snapshot->toJson());
        if (!again || again->tree != snapshot->tree || again->paths != snapshot->paths || again->damagedPaths != snapshot->damagedPaths)
            __builtin_trap();
    }
    return 0;
}
