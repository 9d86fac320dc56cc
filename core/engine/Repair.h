// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Progress.h"
#include "core/repo/Repository.h"

namespace lifeboat::engine {

struct RepairOptions {
    bool apply = false;               // default: a dry run that only reports
};

struct RepairResult {
    QStringList actions;              // what was (or would be) changed, in words
    QStringList unrepairable;         // e.g. a snapshot file that fails authentication: kept as it is
    std::uint64_t packsRead = 0;
    std::uint64_t packsDamaged = 0;
    std::uint64_t blobsSalvaged = 0;  // readable blobs moved out of damaged packs
    std::uint64_t blobsLost = 0;
    std::uint64_t indexFilesDamaged = 0;
    std::uint64_t snapshotsMarked = 0;
    bool changes() const { return !actions.isEmpty(); }
};

// Brings a damaged repository back to a consistent state without losing anything that can
// still be read (restic `repair index|packs|snapshots`, borg `check --repair`):
//  - the index is rebuilt from the packs themselves (every blob read and checked);
//  - readable blobs of damaged packs are copied into new packs, then the damaged packs go;
//  - a snapshot that needs data that is lost is kept, rewritten with the damaged paths
//    listed (`damagedPaths`, `repairedFrom`), so restore and verify name them;
//  - a snapshot file that cannot be read is kept as it is and reported.
// Dry run by default. Run it under an exclusive lock. Changes are ordered like prune's:
// new packs → new index → old index files → damaged packs → marked snapshots → old
// snapshot files, so a crash at any point leaves a valid repository and a re-run finishes.
class Repair {
    Q_DECLARE_TR_FUNCTIONS(Repair)
public:
    static Result<RepairResult> run(repo::Repository& repository, const RepairOptions& options, const ProgressSink& progress, const CancelToken* cancel);
};

} // namespace lifeboat::engine
