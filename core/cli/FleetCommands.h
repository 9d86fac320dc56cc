// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CommandLine.h"

namespace lifeboat::cli {

// `fleet status PLAN`: every node of the plan asked for its status over SSH, in parallel
// through a bounded pool, as the console's Fleet view does, headless.
class FleetCommand {
    Q_DECLARE_TR_FUNCTIONS(FleetCommand)
public:
    static int execute(const QStringList& arguments, Streams streams);
    static QString helpText();
};

} // namespace lifeboat::cli
