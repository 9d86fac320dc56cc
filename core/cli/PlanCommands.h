// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CommandLine.h"

namespace lifeboat::cli {

// `plan check FILE [--json]`: read and validate; every problem with its JSON path.
class PlanCheckCommand {
    Q_DECLARE_TR_FUNCTIONS(PlanCheckCommand)
public:
    static int execute(const QStringList& arguments, Streams streams);
};

// `plan show FILE [--json]`: what the plan describes, and when each policy runs next.
class PlanShowCommand {
    Q_DECLARE_TR_FUNCTIONS(PlanShowCommand)
public:
    static int execute(const QStringList& arguments, Streams streams);
};

} // namespace lifeboat::cli
