// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/engine/Retention.h"
#include "core/plan/Plan.h"

#include <QCoreApplication>
#include <QDateTime>

#include <vector>

namespace lifeboat::model {

// Which restore points a policy's retention keeps, before anything is changed: a history of
// snapshots simulated from the policy's own schedule up to `now` (one per run, no failures),
// decided by the engine's own Retention rules (engine::Retention, the code `repo forget`
// runs), so the preview and a real forget agree on the same snapshot times.
struct PreviewPoint {
    QDateTime time;          // UTC
    QString snapshot;        // the snapshot's short id; empty for a simulated one
    QStringList reasons;     // the rules that keep it ("last 3", "daily 7"); empty: it would go
    bool kept() const { return !reasons.isEmpty(); }
};

struct RetentionPreviewResult {
    QString policy;
    QDateTime from;
    QDateTime now;
    std::vector<PreviewPoint> points;   // newest first
    int kept = 0;
    double oldestKeptAgeHours = 0;
    QStringList notes;                  // what was simulated or read, in words
    bool simulated = true;
    QString source;                     // where real snapshots came from (a repository's path)
};

class RetentionPreview {
    Q_DECLARE_TR_FUNCTIONS(RetentionPreview)
public:
    static constexpr int kMaxSnapshots = 5000;
    // The history covers what the longest rule can reach (keep-yearly n reaches n years back),
    // at most `maxDays`; older snapshots are not shown, and the notes say so.
    static Result<RetentionPreviewResult> simulate(const plan::Policy& policy, const QDateTime& now, int maxDays = 800);
    // The same on a repository's real snapshots of the policy's dataset (others are left
    // out, and the notes say how many). Read-only: nothing in the repository is changed.
    static Result<RetentionPreviewResult> onSnapshots(const plan::Policy& policy, const QList<repo::Snapshot>& snapshots, const QDateTime& now,
                                                      const QString& source);
    // A repository on this machine's file systems, read (never locked, never written):
    // its snapshots, oldest first. Damaged snapshot files are left out and named in `damaged`.
    static Result<QList<repo::Snapshot>> readSnapshots(const QString& repositoryPath, const QByteArray& passphrase, QStringList* damaged);
    static Result<bool> needsPassphrase(const QString& repositoryPath);
};

} // namespace lifeboat::model
