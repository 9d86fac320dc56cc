// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CommandLine.h"

namespace lifeboat::cli {

// `check PLAN`: the fleet's health as a Nagios/Icinga plugin (exit 0–3, one status line
// with performance data, then a line per problem). `metrics PLAN`: the same as Prometheus
// text for node_exporter's textfile collector (written atomically with --output).
class MonitorCommand {
    Q_DECLARE_TR_FUNCTIONS(MonitorCommand)
public:
    static int check(const QStringList& arguments, Streams streams);
    static int metrics(const QStringList& arguments, Streams streams);
    static QString helpText();
};

} // namespace lifeboat::cli
