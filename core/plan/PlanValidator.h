// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Plan.h"
#include "PlanIssue.h"

#include <QCoreApplication>

namespace lifeboat::plan {

// Checks a plan as an operator would: broken references, duplicates, a domain cycle,
// schedules that cannot run or cannot meet their RPO, copies that share one failure
// domain, nodes filled beyond their capacity. Returns every problem, each with its
// JSON path; never stops at the first. Linear in the size of the plan (100,000 nodes
// are checked in well under a second, see bench/plan_load).
class PlanValidator {
    Q_DECLARE_TR_FUNCTIONS(PlanValidator)
public:
    static PlanIssues validate(const Plan& plan);
};

} // namespace lifeboat::plan
