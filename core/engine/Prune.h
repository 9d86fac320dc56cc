// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Progress.h"
#include "core/repo/Repository.h"

#include <chrono>

namespace lifeboat::engine {

struct PruneOptions {
    // A pack with more unused bytes than this share is rewritten with only its used blobs.
    double repackUnusedPercent = 20;
    // Packs (and temporary files) written less than this long ago are neither deleted nor
    // repacked, whatever the index says: a backup still in flight may reference them
    // (kopia keeps 24 h; shared/notes/ssh-and-safety.md §5).
    std::chrono::seconds graceAge{std::chrono::hours(1)};
    bool dryRun = false;
};

struct PruneResult {
    std::uint64_t snapshots = 0;
    std::uint64_t packs = 0;                 // before
    std::uint64_t packsDeleted = 0;          // unused, unindexed or repacked
    std::uint64_t packsRepacked = 0;         // of which rewritten
    std::uint64_t packsWritten = 0;
    std::uint64_t packsKeptYoung = 0;        // would go, but are younger than the grace age
    std::uint64_t blobsUsed = 0;
    std::uint64_t blobsRemoved = 0;
    std::uint64_t bytesBefore = 0;           // data/ before
    std::uint64_t bytesDeleted = 0;          // packs and temporary files removed
    std::uint64_t bytesWritten = 0;          // new packs
    std::uint64_t indexFilesReplaced = 0;
    std::uint64_t temporariesRemoved = 0;
    std::int64_t bytesReclaimed() const { return static_cast<std::int64_t>(bytesDeleted) - static_cast<std::int64_t>(bytesWritten); }
    QStringList notes;
};

// Removes what no snapshot references. Call it under an exclusive lock. It reads every
// index file and snapshot and walks every tree first; any read or listing error stops it
// before anything is changed. The order of changes keeps the repository valid at every
// point (restic doc/design.rst): new packs → a new index covering everything kept → the
// old index files removed → the packs no index names any more removed. A crash anywhere
// leaves at worst packs that no index names, which the next prune removes.
class Prune {
    Q_DECLARE_TR_FUNCTIONS(Prune)
public:
    static Result<PruneResult> run(repo::Repository& repository, const PruneOptions& options, const ProgressSink& progress, const CancelToken* cancel);
};

} // namespace lifeboat::engine
