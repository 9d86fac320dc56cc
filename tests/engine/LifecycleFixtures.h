// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "EngineFixtures.h"
#include "core/engine/Verify.h"
#include "core/repo/Repository.h"

#include <QStringList>

namespace lifeboat::testing {

constexpr qsizetype kMiB = 1024 * 1024;

// The repository's files (locks aside) with a hash of each one's content: "nothing
// changed" is checked on this, not on what the engine says.
QStringList repositoryState(const QString& root);
std::uint64_t bytesIn(const QString& directory);
void copyDirectory(const QString& from, const QString& to);   // cp -a, so times are kept
void flipByte(const QString& path, qint64 offset);

// verify --read-data; a verify that cannot run at all is fatal.
engine::VerifyResult verifyAll(repo::Repository& repository);
repo::Snapshot backupInProcess(repo::Repository& repository, const QString& source, const QString& dataset = {});

// Restores `snapshot` and compares it with `expected` (a copy of the source as it was).
QStringList restoreDifferences(repo::Repository& repository, const repo::Snapshot& snapshot, const QString& expected, const QString& target);

// Versions of one dataset backed up in turn: weights.bin stays, shard.bin changes each
// time. Each version is also kept as a copy (cp -a) to compare restores with.
struct History {
    QString repo;
    QString source;
    QStringList expected;                // copies of the source at each snapshot
    QList<repo::Snapshot> snapshots;
};
// With smallChunks, chunks of ~16 KiB and 512 KiB files: an operation takes hundreds of
// steps on little data, so crash tests can stop it at many different points.
History makeHistory(const QString& base, std::uint32_t packBytes, int versions, bool smallChunks);

// Damage for repair to work on: a byte flipped in every fourth pack and an index file cut
// short. The snapshots that needed a damaged chunk are dropped from `h`, so what is left
// must restore intact after repair.
void damageForRepair(repo::Repository& repository, History& h);

} // namespace lifeboat::testing
