// SPDX-License-Identifier: GPL-3.0-or-later
// A tree blob's plaintext (CBOR): every name it lets through must be one plain entry.
#include "core/repo/Tree.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    using lifeboat::repo::TreeFormat;
    const QByteArray bytes(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    auto nodes = TreeFormat::decode(bytes);
    if (!nodes)
        return 0;
    for (const auto& node : nodes.value()) {
        if (node.name.isEmpty() || node.name == "." || node.name == ".." || node.name.contains('/') || node.name.contains('\0') || node.name.size() > 255)
            __builtin_trap();
    }
    auto again = TreeFormat::decode(TreeFormat::encode(nodes.value()));
    if (!again || again->size() != nodes->size())
        __builtin_trap();
    return 0;
}
