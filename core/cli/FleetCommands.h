// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CommandLine.h"

#include "core/fleet/FleetStatus.h"
#include "core/plan/Plan.h"

#include <optional>

class QCommandLineParser;

namespace lifeboat::cli {

// What every command that asks the whole fleet takes: the pool, the timeout, the SSH
// files and the engine's path on the nodes (`fleet status`, `check`, `metrics`).
void addFleetOptions(QCommandLineParser& parser);
// The options, or nullopt after saying on `err` which one is wrong (exit 2).
std::optional<fleet::FleetOptions> fleetOptionsFrom(const QCommandLineParser& parser, const QString& command, QTextStream& err);
// The plan, or nullopt after saying why on `err`; `exit` gets the code to return.
std::optional<plan::Plan> loadPlanForFleet(const QString& file, const QString& command, QTextStream& err, int* exit);

// `fleet status PLAN`: every node of the plan asked for its status over SSH, in parallel
// through a bounded pool, as the console's Fleet view does, headless.
class FleetCommand {
    Q_DECLARE_TR_FUNCTIONS(FleetCommand)
public:
    static int execute(const QStringList& arguments, Streams streams);
    static QString helpText();
};

} // namespace lifeboat::cli
