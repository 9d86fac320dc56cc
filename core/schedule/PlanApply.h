// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ScheduledJob.h"
#include "core/fleet/FleetStatus.h"
#include "core/plan/Plan.h"

#include <QCoreApplication>

#include <atomic>
#include <functional>
#include <vector>

namespace lifeboat::schedule {

// What applying the plan did (or, in a dry run, would do) on one node.
struct NodeApply {
    QString node;
    QString address;
    bool reached = false;             // the node's engine answered
    bool applied = false;             // its jobs are now the plan's (false in a dry run)
    Error error;                      // when not: why, naming the node
    QString scheduler;                // what the node installs into
    std::vector<JobChange> changes;
    QStringList warnings;             // the planner's and the node's
    QString hostKeyFingerprint;       // an unknown host key, to be accepted by a person
    bool changesAnything() const { return JobDiff::changesAnything(changes); }
};

// Sends each node its jobs (JobPlanner) with `schedule.set`, first as a dry run to show
// the difference, then (unless `dryRun`) for real. Nodes are independent: one that fails
// is reported and left as the engine left it (JobStore::apply changes nothing on a
// refusal), the others are applied. A node the plan no longer gives jobs gets an empty
// set, which removes what an earlier apply installed there.
class PlanApply {
    Q_DECLARE_TR_FUNCTIONS(PlanApply)
public:
    struct Options {
        bool dryRun = true;
        QStringList nodes;            // empty: every node of the plan
        QString scheduler;            // empty: each node's own choice
    };
    static std::vector<NodeApply> run(const plan::Plan& plan, const fleet::FleetOptions& fleet, const Options& options,
                                      const std::function<void(const NodeApply&)>& onNode = {}, const std::atomic<bool>* cancel = nullptr);
    // The "schedule.set" params for one node's jobs.
    static QJsonObject params(const NodeJobs& jobs, bool dryRun, const QString& scheduler);
    // One node's answer to "schedule.set" read into `into`.
    static Status readAnswer(const QJsonObject& result, NodeApply& into);
};

} // namespace lifeboat::schedule
