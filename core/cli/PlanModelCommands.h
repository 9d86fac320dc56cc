// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CommandLine.h"

namespace lifeboat::cli {

// `model plan FILE` (every analytic figure of every dataset and repository) and
// `model simulate FILE` (the Monte Carlo estimates with their intervals), both with
// `--what-if PATH=VALUE` edits applied to the plan before it is read.
class PlanModelCommand {
    Q_DECLARE_TR_FUNCTIONS(PlanModelCommand)
public:
    static int plan(const QStringList& arguments, Streams streams);
    static int simulate(const QStringList& arguments, Streams streams);
};

} // namespace lifeboat::cli
