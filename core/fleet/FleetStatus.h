// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "EngineSession.h"
#include "core/plan/Plan.h"
#include "core/ssh/SshSession.h"

#include <QCoreApplication>
#include <QJsonObject>

#include <atomic>
#include <functional>
#include <vector>

namespace lifeboat::fleet {

struct FleetOptions {
    int parallel = 8;                 // sessions at once: a bounded pool, never the whole fleet
    int attempts = 3;                 // handshakes reset by the server (MaxStartups) are retried
    ssh::SshOptions ssh;
    QString enginePath;               // empty: the constant default command
    EngineSession::Options session;
};

// What one node said (or why it said nothing).
struct NodeReport {
    QString node;
    QString address;                  // user@host:port as connected
    bool reachable = false;
    QString engine;
    Error error;                      // when not reachable: the reason, in words
    QJsonObject status;               // the engine's status answer
    QStringList missingPaths;         // dataset locations and repositories the node does not have
    // The newest successful backup run the node's journal knows of, and each dataset on the
    // node against its RPO (node-level: the journal does not say which dataset a run was for).
    std::optional<double> lastBackupAgeHours;
    QStringList datasetsPastRpo;
    double seconds = 0;
    int attempts = 0;
};

// Asks every node of a plan for `status` through a bounded pool of sessions, each with its
// own deadlines (SSH connect timeout, protocol peer timeout), so one dead or hung node never
// stalls the others. Reports arrive through `onReport` as nodes answer (serialized).
class FleetStatus {
    Q_DECLARE_TR_FUNCTIONS(FleetStatus)
public:
    static std::vector<NodeReport> poll(const plan::Plan& plan, const FleetOptions& options, const std::function<void(const NodeReport&)>& onReport = {},
                                        const std::atomic<bool>* cancel = nullptr);
    static NodeReport pollNode(const plan::Plan& plan, const plan::Node& node, const FleetOptions& options);
    // A handshake the server dropped (OpenSSH's MaxStartups resets bursts of logins): worth
    // another try after a pause; auth and host-key failures are not.
    static bool isRetryable(const Error& error);
};

} // namespace lifeboat::fleet
