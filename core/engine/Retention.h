// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/plan/Plan.h"
#include "core/repo/Snapshot.h"

#include <QCoreApplication>
#include <QStringList>
#include <QTimeZone>

#include <chrono>
#include <vector>

namespace lifeboat::engine {

// Which snapshots a retention policy keeps (restic's `forget` rules): keep the newest n,
// the newest of each of the last n hours/days/ISO weeks/months/years that have a
// snapshot, everything within a duration of the newest, and everything with a tag. A
// snapshot kept by any rule is kept. A policy with no rule at all keeps everything (an
// empty policy must never mean "delete all": kopia #1732).
// The counts are the plan's own retention rules, so a policy from the plan applies as is.
struct RetentionPolicy {
    plan::Retention keep;
    QStringList keepTags;
    QTimeZone timeZone = QTimeZone::systemTimeZone();   // where hours, days, weeks begin

    bool isEmpty() const;
};

struct RetentionDecision {
    repo::Snapshot snapshot;
    QStringList reasons;              // e.g. "last 3", "daily 2", "within 7d", "tag keep"; empty: removed
    bool kept() const { return !reasons.isEmpty(); }
};

struct RetentionGroup {
    QString dataset;                  // snapshots of a dataset form one group wherever they were taken
    QString hostname;
    QStringList paths;                // sorted
    std::vector<RetentionDecision> decisions;   // newest first
    bool removesEverything() const;
};

class Retention {
    Q_DECLARE_TR_FUNCTIONS(Retention)
public:
    // Groups snapshots by dataset, or by host and paths when they name none, and applies
    // the policy to each group.
    static std::vector<RetentionGroup> apply(const QList<repo::Snapshot>& snapshots, const RetentionPolicy& policy);
};

} // namespace lifeboat::engine
