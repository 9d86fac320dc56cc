// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Retention.h"
#include "core/repo/Repository.h"

namespace lifeboat::engine {

struct ForgetOptions {
    RetentionPolicy policy;
    bool dryRun = false;
    bool allowEmpty = false;          // a group may lose every snapshot
    QString hostname;                 // only snapshots of this host (empty: all)
    QString dataset;                  // only snapshots of this dataset (empty: all)
};

struct ForgetResult {
    std::vector<RetentionGroup> groups;
    std::uint64_t removed = 0;
    QStringList damaged;              // snapshot files that cannot be read: kept, never judged
};

// Applies a retention policy and removes the snapshot files it does not keep (their data
// stays until prune). Nothing is removed when any group would lose every snapshot
// unless allowEmpty: a mistyped policy must not empty a dataset's history.
class Forget {
    Q_DECLARE_TR_FUNCTIONS(Forget)
public:
    static Result<ForgetResult> run(repo::Repository& repository, const ForgetOptions& options);
};

} // namespace lifeboat::engine
