// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ContentHash.h"
#include "core/util/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QStringList>

namespace lifeboat::repo {

struct SnapshotSummary {
    std::uint64_t files = 0;
    std::uint64_t directories = 0;
    std::uint64_t symlinks = 0;
    std::uint64_t bytes = 0;             // logical size of the files
    std::uint64_t filesUnchanged = 0;    // taken from the parent without reading
    std::uint64_t newBlobs = 0;
    std::uint64_t newStoredBytes = 0;    // what this backup added to the repository
    double durationSeconds = 0;
};

// The commit point of a backup: a small JSON document naming the root tree, written
// last, after the packs and index it depends on are durable. Its id is the SHA-256 of
// the stored file, so a snapshot cannot change without changing its name.
struct Snapshot {
    QString id;                         // hex, filled in when read or written
    QDateTime time;
    QString hostname;
    QString username;
    QStringList paths;                  // absolute, as given
    QStringList tags;
    QString dataset;                    // the plan's dataset it belongs to, when given; groups retention
    // Which generation of a sharded dataset this is (a checkpoint step, a schedule run):
    // the snapshots of every shard with the same generation restore together as one unit.
    QString generation;
    ContentId tree;
    QString parent;                     // id of the snapshot used to skip unchanged files
    SnapshotSummary summary;
    // Written by `repo repair` when data this snapshot needs is lost: the paths that cannot
    // be restored intact, and the snapshot this one replaces. Never silently dropped.
    QStringList damagedPaths;
    QString repairedFrom;

    QByteArray toJson() const;
    static Result<Snapshot> fromJson(const QByteArray& json);
    QString shortId() const { return id.left(8); }
};

} // namespace lifeboat::repo
