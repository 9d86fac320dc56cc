// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Progress.h"
#include "core/repo/Repository.h"

#include <unordered_set>

namespace lifeboat::engine {

using BlobSet = std::unordered_set<repo::ContentId, repo::ContentIdHash>;

// Every blob (trees and file chunks) the given snapshots reference. What prune keeps is
// decided from this set, so it is all or nothing: a tree that cannot be read is an error,
// never a gap (a gap would let prune delete data a snapshot needs: restic #4612).
class Reachability {
    Q_DECLARE_TR_FUNCTIONS(Reachability)
public:
    static Result<BlobSet> usedBlobs(repo::Repository& repository, const QList<repo::Snapshot>& snapshots, const CancelToken* cancel);
};

} // namespace lifeboat::engine
