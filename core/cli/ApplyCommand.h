// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CommandLine.h"

namespace lifeboat::cli {

// `apply PLAN [--dry-run]`: the plan's schedules installed on its nodes over SSH, as the
// console's Apply does: each node's difference shown (add, change, remove), then applied
// node by node; a node that fails is named and the others stay applied.
class ApplyCommand {
    Q_DECLARE_TR_FUNCTIONS(ApplyCommand)
public:
    static int execute(const QStringList& arguments, Streams streams);
    static QString helpText();
};

} // namespace lifeboat::cli
