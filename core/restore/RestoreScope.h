// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/plan/Plan.h"
#include "core/util/Result.h"

#include <QCoreApplication>

#include <vector>

namespace lifeboat::restore {

// What the operator says happened, on the first page of the restore wizard.
enum class Scenario : std::uint8_t {
    Invalid = 0,
    NodeLost,       // a node and its disks are gone
    DomainLost,     // a rack, room or site is gone with every node in it
    FilesLost,      // files deleted or corrupted on a node that still runs
    RollBack,       // a dataset is to go back to an earlier state
};

struct ScopeRequest {
    Scenario scenario = Scenario::Invalid;
    QString node;        // NodeLost
    QString domain;      // DomainLost
    QString dataset;     // FilesLost, RollBack
};

// A repository that holds backups of a dataset, as a restore source.
struct RestoreSource {
    QString repository;
    QString node;
    QString path;
    bool lost = false;          // on a node the scenario lost: not offered
    int sharedDepth = 0;        // levels of failure domain shared with the first location
};

struct AffectedDataset {
    QString dataset;
    QString tier;
    plan::DatasetLayout layout = plan::DatasetLayout::Invalid;
    std::vector<plan::DatasetLocation> locations;   // what is to be restored (every shard of a sharded dataset)
    std::vector<RestoreSource> sources;             // recommended first; lost ones last
    std::int64_t bytes = 0;
    double estimatedHours = -1;                     // -1: the plan gives no restore bandwidth
    bool recoverable() const { return !sources.empty() && !sources.front().lost; }
};

// From the plan, what a scenario affects: the datasets with a copy on what was lost (or
// the one named), in order of tier then name, each with the repositories that can restore
// it. The recommended source is a repository the scenario did not take, nearest to the
// dataset's first location in the failure-domain tree: the plan records one restore
// bandwidth (assumptions.restoreBytesPerSecond) and no per-link figures, so network
// distance stands for bandwidth. The estimate is RecoveryModels::rtoHours over that one
// figure.
class RestoreScope {
    Q_DECLARE_TR_FUNCTIONS(RestoreScope)
public:
    static Result<std::vector<AffectedDataset>> compute(const plan::Plan& plan, const ScopeRequest& request);
    static QString scenarioLabel(Scenario scenario);
    static QString scenarioName(Scenario scenario);          // stable: "node-lost" ...
};

} // namespace lifeboat::restore
