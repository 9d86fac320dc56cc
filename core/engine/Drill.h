// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Progress.h"
#include "core/repo/Repository.h"

#include <QCoreApplication>
#include <QStringList>

namespace lifeboat::engine {

struct DrillOptions {
    QString scratch;                   // a directory; the drill works in a new folder under it
    double sample = 1.0;               // share of the snapshots' file bytes to restore, (0, 1]
    double bytesPerSecondLimit = 0;
    int threads = 0;
    bool keep = false;                 // leave the restored folder (to look at it); the default removes it
};

struct DrillResult {
    QStringList snapshots;             // ids, in the order restored
    QString folder;                    // where they were restored
    std::uint64_t filesInSnapshots = 0;
    std::uint64_t bytesInSnapshots = 0;
    std::uint64_t filesRestored = 0;
    std::uint64_t bytesRestored = 0;
    double restoreSeconds = 0;         // the restore alone, not the check after it
    double bytesPerSecond = 0;         // bytesRestored / restoreSeconds
    // Every restored file read back and re-hashed against the snapshot's chunk ids.
    std::uint64_t filesChecked = 0;
    bool identical = false;
    QStringList differences;           // restored files that are missing or differ afterwards
    QStringList failures;              // entries the restore could not write
    bool removed = false;              // the folder is gone again
    QString removeError;
};

// A restore drill, the proof that a backup restores and how fast: a sample of the given
// snapshots' files restored into a new folder, every byte compared with the snapshot, the
// throughput measured, the folder removed. The sample is chosen by hashing each path with
// the snapshot id, so a drill of the same snapshot picks the same files and the next
// snapshot picks others.
class Drill {
    Q_DECLARE_TR_FUNCTIONS(Drill)
public:
    static Result<DrillResult> run(repo::Repository& repository, const QList<repo::Snapshot>& snapshots, const DrillOptions& options,
                                   const ProgressSink& progress, const CancelToken* cancel);
    // The files of one snapshot a sample of `share` of its bytes restores: at least the
    // share, less than one file more (at least one file when there is any), as restore
    // paths (no leading '/').
    static Result<QSet<QString>> sample(repo::Repository& repository, const repo::Snapshot& snapshot, double share, std::uint64_t* files,
                                        std::uint64_t* bytes);
    // Removes a folder a drill restored (read-only directories made writable first;
    // symlinks removed, never followed).
    static Status removeFolder(const QString& folder);
};

} // namespace lifeboat::engine
