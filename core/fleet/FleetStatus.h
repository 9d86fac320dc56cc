// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "EngineSession.h"
#include "core/plan/Plan.h"
#include "core/ssh/SshSession.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>

#include <atomic>
#include <functional>
#include <utility>
#include <vector>

namespace lifeboat::fleet {

struct NodeReport;

struct FleetOptions {
    int parallel = 8;                 // sessions at once: a bounded pool, never the whole fleet
    int attempts = 3;                 // handshakes reset by the server (MaxStartups) are retried
    // Logins in progress to one sshd (address and port) at once. OpenSSH drops
    // unauthenticated connections beyond MaxStartups (default 10:30:100, measured: 9 of 32
    // simultaneous logins reset), and several plan nodes can reach the same sshd.
    int handshakesPerHost = 4;
    ssh::SshOptions ssh;
    // Per node, host keys an operator confirmed: an unknown key with exactly this
    // fingerprint is trusted and added to known_hosts (ssh.acceptFingerprint for all nodes).
    QHash<QString, QString> acceptedFingerprints;
    // Per node, who answers the secrets its login asks for (else ssh.askSecret).
    std::function<std::function<std::optional<QByteArray>(const QString&, const QString&)>(const plan::Node&)> secretsFor;
    // Called on the polling thread after each node, with its report (before onReport).
    std::function<void(const plan::Node&, const NodeReport&)> afterNode;
    QString enginePath;               // empty: the constant default command
    EngineSession::Options session;
};

// What one node said (or why it said nothing).
struct NodeReport {
    QString node;
    QString address;                  // user@host:port as connected
    bool reachable = false;
    bool loggedIn = false;            // the SSH login succeeded (the engine may still be missing)
    QString engine;
    Error error;                      // when not reachable: the reason, in words
    QString hostKeyType;              // the key the node showed ("ssh-ed25519"), when it got that far
    QString hostKeyFingerprint;       // its "SHA256:..." fingerprint
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
    // `work` on a session to each named node (every node when `nodes` is empty), through
    // the same bounded pool, per-sshd login slots and retries as a poll. `session` is null
    // when there is none, and the report says why; `work` runs on a pool thread and must
    // keep its own results safe to share.
    static void withSessions(const plan::Plan& plan, const QStringList& nodes, const FleetOptions& options,
                             const std::function<void(const plan::Node&, NodeReport&, EngineSession*)>& work, const std::atomic<bool>* cancel = nullptr);
    // Where and how to log in to a node: its address (or ~/.ssh/config alias), and the SSH
    // options with that node's accepted fingerprint and secrets.
    static std::pair<ssh::SshTarget, ssh::SshOptions> connectionFor(const plan::Node& node, const FleetOptions& options);
    // A handshake the server dropped (OpenSSH's MaxStartups resets bursts of logins): worth
    // another try after a pause; auth and host-key failures are not.
    static bool isRetryable(const Error& error);
};

} // namespace lifeboat::fleet
