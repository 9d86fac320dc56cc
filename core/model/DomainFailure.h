// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "PlanRisk.h"
#include "core/plan/Plan.h"

#include <QCoreApplication>
#include <QStringList>

#include <optional>
#include <vector>

namespace lifeboat::model {

// "Fail this domain": every node at or below a failure domain is gone at once. What each
// dataset loses, which must be restored and from which surviving backup, in what order and
// how long that takes at the restore bandwidth, and how likely the data is to be lost while
// the domain stays down (the plan's models re-run on the fleet without those nodes).
struct DatasetImpact {
    QString dataset;
    QString tier;
    int copies = 0;                        // live locations on distinct nodes
    int copiesLost = 0;
    bool needsRestore = false;             // no live copy left (replicated) or a shard gone (sharded)
    QStringList backupsLost;               // repositories of its policies inside the domain
    QString restoreFrom;                   // the surviving repository with the freshest restore point; empty: none
    std::optional<double> restorePointAgeHours;   // worst age of that repository's newest point
    std::optional<double> restoreHours;
    double startsAfterHours = 0;           // in the restore order, one dataset at a time
    double finishesAfterHours = 0;
    bool withinRto = false;
    double rtoTargetHours = 0;
    // While the domain is down, P(losing the data within a year) for what is left; for a
    // dataset to restore, that of its surviving backups alone is not modelled (nullopt).
    std::optional<double> lossPerYearWhileDown;
    std::optional<double> lossPerYearBefore;
};

struct DomainFailureImpact {
    QString domain;
    QStringList nodesLost;
    std::vector<DatasetImpact> datasets;   // those that lose a copy or a backup, in restore order first
    QStringList unrecoverable;             // datasets with no live copy and no surviving backup
    QStringList assumptions;
};

class DomainFailure {
    Q_DECLARE_TR_FUNCTIONS(DomainFailure)
public:
    static Result<DomainFailureImpact> analyze(const plan::Plan& plan, const QString& domainId);
    // The plan with those nodes gone: their dataset locations, repositories and the policies'
    // references to those repositories removed; datasets with no location left removed too.
    static plan::Plan withoutNodes(const plan::Plan& plan, const QStringList& nodes);
    static QStringList nodesBelow(const plan::Plan& plan, const QString& domainId);
};

} // namespace lifeboat::model
