// SPDX-License-Identifier: GPL-3.0-or-later
// A key file (JSON): parsed, and its scrypt parameters bounded before anything uses them.
#include "core/repo/KeyFile.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    auto key = lifeboat::repo::KeyFile::fromJson(bytes);
    if (key && !key->scrypt.valid())
        __builtin_trap();
    return 0;
}
