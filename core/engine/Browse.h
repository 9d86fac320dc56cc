// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/repo/Repository.h"

#include <QCoreApplication>

#include <functional>

namespace lifeboat::engine {

struct ListedEntry {
    QString path;                      // '/'-separated, from the snapshot's root
    repo::TreeNode node;
};

enum class Change : std::uint8_t { Invalid = 0, Added, Removed, Modified, TypeChanged };

struct DiffEntry {
    Change change = Change::Invalid;
    QString path;
    repo::NodeType type = repo::NodeType::Invalid;
    std::uint64_t oldBytes = 0;
    std::uint64_t newBytes = 0;
};

struct DiffSummary {
    std::uint64_t added = 0;
    std::uint64_t removed = 0;
    std::uint64_t modified = 0;
    std::uint64_t bytesAdded = 0;
    std::uint64_t bytesRemoved = 0;
};

struct RepositoryStats {
    std::uint64_t snapshots = 0;
    std::uint64_t files = 0;              // over all snapshots, counted once per snapshot
    std::uint64_t logicalBytes = 0;       // what restoring every snapshot would write
    std::uint64_t uniqueBytes = 0;        // distinct chunk content, uncompressed
    std::uint64_t storedBytes = 0;        // pack files on disk
    std::uint64_t blobs = 0;
    std::uint64_t packs = 0;
    std::uint64_t indexMemoryBytes = 0;
    double deduplicationRatio() const { return uniqueBytes ? static_cast<double>(logicalBytes) / static_cast<double>(uniqueBytes) : 0; }
    double compressionRatio() const { return storedBytes ? static_cast<double>(uniqueBytes) / static_cast<double>(storedBytes) : 0; }
};

// Read-only views of snapshots: ls, diff and stats.
class Browse {
    Q_DECLARE_TR_FUNCTIONS(Browse)
public:
    // Every entry under `prefix` ('/'-separated; empty for all), in tree order.
    static Status list(repo::Repository& repository, const repo::Snapshot& snapshot, const QString& prefix,
                       const std::function<void(const ListedEntry&)>& visit);
    // What changed from `from` to `to`. Unchanged subtrees are skipped by id without being read.
    static Result<DiffSummary> diff(repo::Repository& repository, const repo::Snapshot& from, const repo::Snapshot& to,
                                    const std::function<void(const DiffEntry&)>& visit);
    // `snapshot` empty: the whole repository.
    static Result<RepositoryStats> stats(repo::Repository& repository, const std::optional<repo::Snapshot>& snapshot);
};

} // namespace lifeboat::engine
