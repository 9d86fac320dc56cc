// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "FleetStatus.h"
#include "core/plan/Plan.h"
#include "core/repo/Snapshot.h"
#include "core/util/Result.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace lifeboat::fleet {

// The snapshots of a repository on a fleet node, asked of the node's engine over SSH
// (`repo.snapshots`, the same listing as `lifeboat-cli repo snapshots --json`): read only,
// the repository is neither locked nor written. Blocking: call it off the GUI thread.
class RemoteSnapshots {
    Q_DECLARE_TR_FUNCTIONS(RemoteSnapshots)
public:
    // The passphrase travels as a request param over the SSH channel, never on a command line.
    static Result<QList<repo::Snapshot>> list(const plan::Node& node, const FleetOptions& options, const QString& repositoryPath, const QByteArray& passphrase);
    // The listing's {"snapshots": [...]} back into snapshots; an entry without a valid id or
    // time is an error naming it (a retention decision on a guessed time would be wrong).
    static Result<QList<repo::Snapshot>> fromListing(const QJsonObject& result);
};

} // namespace lifeboat::fleet
