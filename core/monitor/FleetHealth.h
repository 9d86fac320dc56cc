// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/fleet/FleetStatus.h"
#include "core/model/PlanExposure.h"
#include "core/plan/Plan.h"

#include <QCoreApplication>
#include <QDateTime>

#include <optional>
#include <vector>

namespace lifeboat::monitor {

// The state of one dataset, repository or node, most serious first when several apply.
enum class HealthState : std::uint8_t {
    Invalid = 0,
    Ok,
    RpoAtRisk,              // the newest good backup is older than the warning share of the RPO
    RpoBreached,            // older than the RPO, or none recorded
    LastRunFailed,          // the newest backup run of the dataset failed
    VerificationFailed,     // the newest verification of one of its repositories found damage
    RepositoryNearlyFull,
    NodeUnreachable,
    EngineOutdated,
    ScheduleNotApplied,     // the node's installed jobs are not the plan's (never applied, changed since, removed)
    RtoNotProven,           // a drilled dataset: no good drill recently, or the measured restore is slower than its RTO
    Unknown,                // nothing to judge by: the nodes that would say did not answer
};

// Nagios plugin return codes (Monitoring Plugins Development Guidelines, "Plugin Return Codes").
enum class Severity : int { Ok = 0, Warning = 1, Critical = 2, Unknown = 3 };

struct HealthItem {
    QString kind;                               // "dataset", "repository", "node"
    QString name;
    HealthState state = HealthState::Invalid;
    Severity severity = Severity::Ok;
    QString reason;                             // a sentence: what, how much, since when
    // What the state was judged from, for performance data and metrics.
    std::optional<double> lastBackupAgeSeconds; // dataset
    double rpoSeconds = 0;                      // dataset
    bool drilled = false;                       // dataset: a policy schedules restore drills of it
    std::optional<double> lastDrillAgeSeconds;  // dataset: the newest good drill
    std::optional<double> drillBytesPerSecond;  // dataset: the restore throughput it measured
    std::optional<double> restoreEstimateSeconds; // dataset: all of it at that throughput
    double rtoSeconds = 0;                      // dataset
    std::optional<double> freeBytes;            // repository
    std::optional<double> totalBytes;           // repository
    bool up = false;                            // node
};

struct HealthOptions {
    double rpoWarningFraction = 0.75;           // RPO at risk beyond this share of the RPO
    double nearlyFullFraction = 0.10;           // warning below this share free
    double fullFraction = 0.03;                 // critical below this share free
    std::chrono::seconds drillMaxAge = std::chrono::hours(24 * 30);   // "no drill in 30 days"
};

// What the fleet's answers mean against the plan: every dataset, repository and node with
// a state and a reason, from the nodes' status (free space per path) and run journals
// (each run's op, dataset, repository, end and exit). The numbers behind Nagios checks,
// Prometheus metrics and the console's alerts all come from here.
class FleetHealth {
    Q_DECLARE_TR_FUNCTIONS(FleetHealth)
public:
    static std::vector<HealthItem> assess(const plan::Plan& plan, const std::vector<fleet::NodeReport>& reports, const QDateTime& now,
                                          const HealthOptions& options = {});
    static Severity worst(const std::vector<HealthItem>& items);
    // The restore throughput each drilled dataset's newest good drill measured: what the
    // Risk view uses in place of the assumed restore bandwidth.
    static QHash<QString, model::MeasuredRestore> measuredRestores(const std::vector<HealthItem>& items);
    static Severity severityOf(HealthState state);
    static QString stateName(HealthState state);      // stable, for scripts: "rpo-breached"
    static QString stateLabel(HealthState state);     // for people
    static QString severityName(Severity severity);   // "OK", "WARNING", "CRITICAL", "UNKNOWN"
};

} // namespace lifeboat::monitor
