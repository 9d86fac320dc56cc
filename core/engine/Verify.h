// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Progress.h"
#include "core/repo/Repository.h"

#include <QCoreApplication>
#include <QStringList>

namespace lifeboat::engine {

struct VerifyOptions {
    bool readData = false;             // read, authenticate, decompress and re-hash every blob
    double readDataPercent = 0;        // 0 < p < 100: read this share of the packs (chosen at random)
    QString onlySnapshot;              // a full id: walk this snapshot's trees only
    int threads = 0;
};

struct VerifyResult {
    std::uint64_t snapshots = 0;
    std::uint64_t trees = 0;
    std::uint64_t packs = 0;
    std::uint64_t packsRead = 0;
    std::uint64_t blobsRead = 0;
    std::uint64_t bytesRead = 0;
    QStringList errors;                // damage found: each names the object
    QStringList affected;              // "snapshot <id>: <path>" for every file that cannot be restored intact
    QStringList damagedSnapshots;      // full ids of the snapshots that cannot be restored intact
    QStringList notes;                 // not damage: e.g. packs no index refers to (prune removes them)
    bool clean() const { return errors.isEmpty(); }
};

// Checks a repository. Always: the index against the pack headers, every snapshot's trees,
// and that every chunk a snapshot needs is indexed. With readData: every (or a random
// share of) pack is read and every blob in it authenticated, decompressed and re-hashed.
// Damage never stops the check: it is collected, and the snapshots and files it affects
// are named, so an operator knows what is lost and what still restores.
class Verify {
    Q_DECLARE_TR_FUNCTIONS(Verify)
public:
    static Result<VerifyResult> run(repo::Repository& repository, const VerifyOptions& options, const ProgressSink& progress, const CancelToken* cancel);
};

} // namespace lifeboat::engine
