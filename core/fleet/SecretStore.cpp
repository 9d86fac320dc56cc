// SPDX-License-Identifier: GPL-3.0-or-later
#include "SecretStore.h"

namespace lifeboat::fleet {

QString SecretScope::id() const { return QStringLiteral("%1@%2:%3").arg(user, host).arg(port); }

} // namespace lifeboat::fleet
