// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "OperationWizard.h"

#include "core/engine/Restore.h"
#include "core/repo/Snapshot.h"
#include "core/restore/RestoreCommand.h"
#include "core/restore/RestorePoints.h"
#include "core/restore/RestoreScope.h"

#include <QSet>

namespace lifeboat::ui {

class RestoreScenarioPage;
class RestoreAffectedPage;
class RestorePointPage;
class RestoreItemsPage;
class RestoreTargetPage;
class RestorePreflightPage;

// What the operator chose, page by page.
struct RestoreChoices {
    restore::ScopeRequest scope;
    QString ticket;
    QString reason;
    std::vector<restore::AffectedDataset> affected;
    int datasetIndex = -1;                  // into affected
    int sourceIndex = 0;                    // into affected[datasetIndex].sources
    bool readOnRepositoryNode = true;       // else: on this computer, where the repository is mounted
    QByteArray passphrase;
    QList<repo::Snapshot> snapshots;
    QSet<QString> damaged;                  // ids that failed verification
    std::vector<restore::RestorePoint> points;
    int pointIndex = -1;
    bool overrideDamaged = false;
    QStringList includes;                   // globs; empty: the whole dataset
    bool originalLocation = true;
    int locationIndex = -1;                 // replicated: which copy's place to restore; -1: the one affected
    QString targetNode;                     // elsewhere: empty for this computer
    QString targetPath;                     // elsewhere
    engine::ConflictPolicy conflict = engine::ConflictPolicy::Skip;
    double limitBytesPerSecond = 0;
};

// The guided restore (DESIGN.md "The console"; shared/notes/consoles.md "A wizard for
// Lifeboat"): what happened, what is affected, the restore point, the items, the target,
// the pre-flight, the run and the check with its report. The same pages whether the
// engine runs on this computer or on a node over SSH; a sharded dataset restores every
// shard to its node in parallel, from one generation.
class RestoreWizard : public OperationWizard {
    Q_OBJECT
public:
    RestoreWizard(plan::Plan plan, FleetConnections* connections, ActivityStore* activity, QWidget* parent = nullptr);

    RestoreChoices& choices() { return m_choices; }
    const RestoreChoices& choices() const { return m_choices; }
    const restore::AffectedDataset* affected() const;
    const plan::Dataset* dataset() const;
    const restore::RestoreSource* source() const;
    const plan::Repository* repository() const;
    restore::EnginePlace reader() const;
    const restore::RestorePoint* point() const;
    // The request params that need the repository's passphrase get it here.
    QJsonObject withPassphrase(QJsonObject params) const;
    // One job per shard (one for a replicated dataset), as chosen.
    Result<std::vector<restore::RestoreJob>> restoreJobs(bool dryRun) const;
    QString jobLabel(const restore::RestoreJob& job, std::size_t shard) const;
    // What the pre-flight measured each job would write.
    void setExpectedBytes(std::vector<double> bytes) { m_expectedBytes = std::move(bytes); }

    RestoreScenarioPage* scenarioPage() const { return m_scenario; }
    RestoreAffectedPage* affectedPage() const { return m_affectedPage; }
    RestorePointPage* pointPage() const { return m_pointPage; }
    RestoreItemsPage* itemsPage() const { return m_itemsPage; }
    RestoreTargetPage* targetPage() const { return m_targetPage; }
    RestorePreflightPage* preflightPage() const { return m_preflight; }

    QString kind() const override { return QStringLiteral("restore"); }
    QString title() const override;
    QString reason() const override;
    std::vector<RunJob> runJobs() const override;
    std::vector<RunJob> checkJobs() const override;
    QJsonObject details() const override;
    QString summarize(const OperationRun& run, const OperationRun* check, bool* ok) const override;
    QString stoppedStatement(const OperationRun& run) const override;

    // Shared with the resume of a restore from the Activity view: one shard's request (its
    // dry run for the check), and what the run and the check mean.
    static RunJob restoreRunJob(const QString& label, const QString& node, QJsonObject params, bool dryRun, double limitBytesPerSecond, const QString& passphrase);
    static QString summarizeRestore(const OperationRun& run, const OperationRun* check, engine::ConflictPolicy conflict, bool* ok);
    static QString partialRestoreStatement(const OperationRun& run);

private:
    std::vector<RunJob> toRunJobs(bool dryRun) const;

    RestoreChoices m_choices;
    std::vector<double> m_expectedBytes;
    RestoreScenarioPage* m_scenario;
    RestoreAffectedPage* m_affectedPage;
    RestorePointPage* m_pointPage;
    RestoreItemsPage* m_itemsPage;
    RestoreTargetPage* m_targetPage;
    RestorePreflightPage* m_preflight;
};

} // namespace lifeboat::ui
