// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Progress.h"
#include "core/repo/Repository.h"

namespace lifeboat::engine {

struct CopyOptions {
    QStringList snapshots;            // ids, prefixes or "latest"; empty: every snapshot
};

struct CopyResult {
    std::uint64_t snapshotsCopied = 0;
    std::uint64_t snapshotsAlreadyThere = 0;
    std::uint64_t blobsCopied = 0;
    std::uint64_t blobsAlreadyThere = 0;
    std::uint64_t bytesWritten = 0;   // stored bytes sent to the destination
};

// Copies snapshots to another repository (site A → site B). Every repository has its own
// keys, so a chunk's id differs between them (ids are keyed): each chunk is read and
// authenticated at the source, its destination id computed, and it is sent only when the
// destination lacks it; trees are rewritten with the new ids. A snapshot already at the
// destination (same time, host, paths, tags and dataset) is skipped. Packs → index →
// snapshot at the destination, an index every ~1,000 new blobs, and a re-run first takes
// in the packs an interrupted run committed but did not index: running it again sends
// only the rest.
class Copy {
    Q_DECLARE_TR_FUNCTIONS(Copy)
public:
    static Result<CopyResult> run(repo::Repository& from, repo::Repository& to, const CopyOptions& options, const ProgressSink& progress,
                                  const CancelToken* cancel);
};

} // namespace lifeboat::engine
