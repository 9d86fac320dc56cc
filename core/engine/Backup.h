// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Progress.h"
#include "core/repo/Repository.h"

#include <QCoreApplication>
#include <QStringList>

namespace lifeboat::engine {

struct BackupOptions {
    QStringList paths;                 // files or directories; each becomes an entry of the snapshot's root
    QStringList excludes;              // globs (see GlobSet)
    bool oneFileSystem = false;        // do not cross mount points below each path
    QStringList tags;
    QString dataset;                   // recorded in the snapshot; retention groups by it
    QString generation;                // recorded in the snapshot; shards of one generation restore together
    QString hostname;                  // empty: this machine's name
    QString parent;                    // snapshot to compare with; empty: the latest of this host and paths
    bool noParent = false;             // read every file
    int threads = 0;                   // 0: one per core
};

struct BackupResult {
    repo::Snapshot snapshot;
    QStringList warnings;              // files that could not be read: the snapshot lacks them
};

// Reads the paths into a new snapshot. The pipeline: this thread scans, then reads and
// cuts files into chunks; one worker per core hashes, looks each chunk up, compresses and
// seals the new ones; one packer thread writes packs (each checked before commit) and
// index files. Queues between them are bounded, so memory does not grow with the data.
// Packs → index → snapshot: the snapshot file is the commit point. On cancel or error
// the packs already written are indexed, so the next backup does not store them again.
class Backup {
    Q_DECLARE_TR_FUNCTIONS(Backup)
public:
    static Result<BackupResult> run(repo::Repository& repository, const BackupOptions& options, const ProgressSink& progress, const CancelToken* cancel);
};

} // namespace lifeboat::engine
