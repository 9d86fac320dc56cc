// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Progress.h"
#include "core/repo/Repository.h"

#include <QCoreApplication>
#include <QSet>
#include <QStringList>

namespace lifeboat::engine {

// What to do when the target already has a different file under a restored name. A file
// that is already identical is never rewritten, whatever the policy: that is what makes
// a re-run after an interruption cheap.
enum class ConflictPolicy : std::uint8_t { Invalid = 0, Skip, Overwrite, Rename };

struct RestoreOptions {
    QString target;                    // an existing directory
    QStringList includes;              // globs over snapshot paths; empty: everything
    ConflictPolicy conflict = ConflictPolicy::Skip;
    // Write nothing: compare every selected file of the target with the snapshot (existing
    // files are read and every chunk re-hashed) and count what a restore would write. The
    // pre-flight of a restore, and after one, the proof that every restored byte is right.
    bool dryRun = false;
    // Bytes per second written, over all workers; 0: no limit. So a restore during
    // production hours leaves the links and disks to the jobs that run there.
    double bytesPerSecondLimit = 0;
    int threads = 0;
    // Exact snapshot paths ('/'-separated, no leading '/') selected besides the globs (a
    // drill's sample): a set, so thousands of chosen files cost no pattern matching.
    QSet<QString> paths = {};
};

struct RestoreResult {
    std::uint64_t filesWritten = 0;
    std::uint64_t filesAlreadyCorrect = 0;
    std::uint64_t filesInConflict = 0;     // left alone (skip) or restored beside (rename)
    std::uint64_t bytesWritten = 0;
    std::uint64_t directories = 0;
    std::uint64_t symlinks = 0;
    std::uint64_t hardLinks = 0;
    // Dry run only (regular files; links and directories are not compared):
    std::uint64_t filesMissing = 0;        // not in the target: a restore would create them
    std::uint64_t filesDifferent = 0;      // in the target with other content or size
    std::uint64_t bytesToWrite = 0;        // what a restore with the options' policy would write
    QStringList differences;               // the first paths that are missing or different
    QStringList failures;                  // one sentence per entry that could not be restored
    QStringList warnings;                  // restored, but not exactly (owner, mode bits)
};

// Restores a snapshot (or the part of it the includes select) into a target directory.
// Every write goes through platform::SafeDirectory, relative to handles opened from the
// target without following symlinks, so no snapshot content can reach outside it. Files
// are written under a staging name, every chunk is checked against its id, then renamed;
// hard links come after files, symlinks after everything else, directory metadata last.
class Restore {
    Q_DECLARE_TR_FUNCTIONS(Restore)
public:
    static Result<RestoreResult> run(repo::Repository& repository, const repo::Snapshot& snapshot, const RestoreOptions& options,
                                     const ProgressSink& progress, const CancelToken* cancel);
    // The staging name a file is written under before it is renamed into place.
    static QByteArray stagingName(const QByteArray& name);
};

} // namespace lifeboat::engine
