// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "FleetHealth.h"

namespace lifeboat::monitor {

// The fleet's health in the formats the monitoring tools operators already run read.
class MonitorOutput {
public:
    // A Nagios/Icinga plugin's output (Monitoring Plugins Development Guidelines, "Plugin
    // Output"): one status line "LIFEBOAT <STATE> - <summary> | <performance data>", then
    // one line per item that is not OK. Performance data: 'label'=value[UOM];warn;crit;min;max.
    static QString nagios(const std::vector<HealthItem>& items);
    // Prometheus text exposition format 0.0.4, for node_exporter's textfile collector: a
    // HELP and a TYPE line per metric family, then its samples; label values escaped.
    static QString prometheus(const std::vector<HealthItem>& items, const QDateTime& now);
    static QString escapeLabelValue(const QString& value);
    static QString perfLabel(const QString& label);
};

} // namespace lifeboat::monitor
