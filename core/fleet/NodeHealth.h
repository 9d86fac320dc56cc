// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "FleetStatus.h"

#include <QCoreApplication>
#include <QString>

namespace lifeboat::fleet {

// What a node's status report means for an operator, in one state and one sentence: the
// Fleet view's colours and words come from here, so the console and the CLI say the same
// thing about the same node.
enum class NodeState {
    Unknown = 0,        // not asked yet
    Checking,           // a poll is running for it
    Ok,                 // reachable, every path of the plan present, backups within the RPO
    Attention,          // reachable, but a path is missing or a dataset is past its RPO
    Unreachable,        // no connection, or a dropped or hung one
    HostKeyUnknown,     // not in known_hosts: the operator decides, from the fingerprint
    HostKeyChanged,     // another key than known_hosts has: a hard stop
    LoginFailed,        // the node accepted none of the credentials tried
    EngineMissing,      // logged in, but there is no lifeboat-cli on the node
    EngineOutdated,     // a lifeboat-cli that speaks another protocol
    BadAddress,         // the plan's address is refused before any connection
};

struct NodeHealth {
    Q_DECLARE_TR_FUNCTIONS(NodeHealth)
public:
    NodeState state = NodeState::Unknown;
    QString reason;     // a sentence naming the node and, where there is one, what to do

    static NodeHealth of(const NodeReport& report);
    // The state alone, without composing the sentence (cheap: for counting thousands).
    static NodeState stateOf(const NodeReport& report);
    static QString label(NodeState state);   // a word or two for a State column
    // States the console can mend by putting its own engine on the node.
    static bool engineCanBeInstalled(NodeState state) { return state == NodeState::EngineMissing || state == NodeState::EngineOutdated; }
};

} // namespace lifeboat::fleet
