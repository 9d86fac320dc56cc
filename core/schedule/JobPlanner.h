// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ScheduledJob.h"
#include "core/plan/Plan.h"

#include <QCoreApplication>

#include <vector>

namespace lifeboat::schedule {

// The jobs each node of a plan must run for its policies:
//  - per dataset location, on the location's node, at the policy's schedule: a backup to
//    the policy's first repository, then a copy of that snapshot to each further one
//    (the copies follow the backup in one job, so they never copy a half-made state);
//  - per repository, on its node, at each policy's verification schedule: a verify
//    (structure, plus the policy's share of the data re-read);
//  - per repository, on its node, once a day (kMaintenanceCron, UTC): every policy's
//    retention for its dataset, then one prune.
// Every node of the plan gets an entry, with no jobs when it has nothing to run, so
// applying removes what an older plan installed there.
class JobPlanner {
    Q_DECLARE_TR_FUNCTIONS(JobPlanner)
public:
    // Off the hour, so a fleet's nodes do not all prune at the top of one.
    static constexpr const char* kMaintenanceCron = "17 3 * * *";
    static std::vector<NodeJobs> jobsFor(const plan::Plan& plan);
    static NodeJobs jobsForNode(const plan::Plan& plan, const QString& node);
};

} // namespace lifeboat::schedule
