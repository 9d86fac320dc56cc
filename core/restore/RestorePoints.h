// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/plan/Plan.h"
#include "core/repo/Snapshot.h"

#include <QCoreApplication>
#include <QSet>

#include <optional>
#include <vector>

namespace lifeboat::restore {

// One point a dataset can be restored to: for a replicated dataset one snapshot, for a
// sharded one the snapshots of every shard with the same generation. Only a complete
// point (every shard there, none failed verification) is offered without an override.
struct RestorePoint {
    QString generation;                                 // empty for a replicated dataset's snapshot
    QDateTime time;                                     // the newest of its snapshots
    std::vector<std::optional<repo::Snapshot>> shards;  // by the dataset's location order
    std::uint64_t bytes = 0;
    QStringList problems;                               // sentences: which shard is missing or damaged
    bool damaged = false;                               // a snapshot of it failed verification
    bool complete() const { return problems.isEmpty(); }
};

class RestorePoints {
    Q_DECLARE_TR_FUNCTIONS(RestorePoints)
public:
    // Which location of the dataset a snapshot holds: its dataset, host (the plan node's
    // name, as backups from the plan record it) and path must all match; -1 when none.
    // A replicated dataset's snapshot matches on the dataset name alone when it names one.
    static int locationOf(const plan::Dataset& dataset, const repo::Snapshot& snapshot);
    // Newest first. `damaged`: ids of snapshots a verification found damaged.
    static std::vector<RestorePoint> compute(const plan::Dataset& dataset, const QList<repo::Snapshot>& snapshots, const QSet<QString>& damaged);
};

} // namespace lifeboat::restore
