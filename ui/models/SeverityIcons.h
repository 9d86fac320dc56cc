// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/plan/PlanIssue.h"

#include <QIcon>
#include <QVariant>

namespace lifeboat::ui {

// The style's standard icons, so severities look native on every platform; an empty
// QVariant for "no issue" keeps rows without problems free of decoration.
QVariant severityIcon(plan::Severity severity);

} // namespace lifeboat::ui
