// SPDX-License-Identifier: GPL-3.0-or-later
#include "Storage.h"

namespace lifeboat::repo {

Status Storage::write(const QString& name, const QByteArray& data)
{
    auto writer = create(name);
    if (!writer)
        return writer.error();
    if (auto appended = writer.value()->append({reinterpret_cast<const std::uint8_t*>(data.constData()), static_cast<std::size_t>(data.size())}); !appended)
        return appended;
    return writer.value()->commit();
}

} // namespace lifeboat::repo
