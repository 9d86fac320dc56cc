// SPDX-License-Identifier: GPL-3.0-or-later
#include "NodeHealth.h"

namespace lifeboat::fleet {
namespace {

// OpenSSH's file name for a key type: /etc/ssh/ssh_host_<stem>_key.pub.
QString hostKeyFileStem(const QString& type)
{
    if (type.startsWith(QLatin1String("ecdsa")))
        return QStringLiteral("ecdsa");
    if (type.startsWith(QLatin1String("ssh-")))
        return type.mid(4);
    return QStringLiteral("ed25519");
}

} // namespace

QString NodeHealth::label(NodeState state)
{
    switch (state) {
    case NodeState::Unknown: return tr("Not checked");
    case NodeState::Checking: return tr("Checking…");
    case NodeState::Ok: return tr("OK");
    case NodeState::Attention: return tr("Needs attention");
    case NodeState::Unreachable: return tr("Unreachable");
    case NodeState::HostKeyUnknown: return tr("Host key not trusted");
    case NodeState::HostKeyChanged: return tr("Host key changed");
    case NodeState::LoginFailed: return tr("Login refused");
    case NodeState::EngineMissing: return tr("No engine");
    case NodeState::EngineOutdated: return tr("Engine outdated");
    case NodeState::BadAddress: return tr("Bad address");
    }
    return {};
}

NodeState NodeHealth::stateOf(const NodeReport& r)
{
    if (r.reachable)
        return r.missingPaths.isEmpty() && r.datasetsPastRpo.isEmpty() ? NodeState::Ok : NodeState::Attention;
    switch (r.error.code) {
    case Error::Code::HostKeyUnknown: return NodeState::HostKeyUnknown;
    case Error::Code::HostKeyChanged: return NodeState::HostKeyChanged;
    case Error::Code::AuthFailed:
    case Error::Code::Unreadable:
    case Error::Code::WrongPassword: return NodeState::LoginFailed;
    case Error::Code::NotFound: return NodeState::EngineMissing;
    case Error::Code::Unsupported: return NodeState::EngineOutdated;
    case Error::Code::Invalid: return NodeState::BadAddress;
    case Error::Code::Cancelled: return r.attempts > 0 ? NodeState::LoginFailed : NodeState::Unknown;
    case Error::Code::NotAFile:
    case Error::Code::TooLarge:
    case Error::Code::Syntax:
    case Error::Code::Io:
    case Error::Code::NoSpace:
    case Error::Code::Corrupt:
    case Error::Code::Exists:
    case Error::Code::Unsafe:
    case Error::Code::Locked:
    case Error::Code::Network: break;
    }
    return NodeState::Unreachable;
}

NodeHealth NodeHealth::of(const NodeReport& r)
{
    const NodeState state = stateOf(r);
    if (state == NodeState::Ok)
        return {state, tr("Reachable, engine %1; every path of the plan is there.").arg(r.engine)};
    if (state == NodeState::Attention) {
        QStringList problems;
        if (!r.missingPaths.isEmpty())
            problems << tr("Missing on the node: %1.").arg(r.missingPaths.join(QStringLiteral(", ")));
        if (!r.datasetsPastRpo.isEmpty())
            problems << (r.lastBackupAgeHours ? tr("The newest successful backup here finished %L1 h ago, longer ago than the RPO of %2.")
                                                    .arg(*r.lastBackupAgeHours, 0, 'f', 1)
                                                    .arg(r.datasetsPastRpo.join(QStringLiteral(", ")))
                                              : tr("No successful backup has run here, so %1 has no restore point from this node.").arg(r.datasetsPastRpo.join(QStringLiteral(", "))));
        return {state, problems.join(QLatin1Char(' '))};
    }
    if (state == NodeState::HostKeyUnknown)
        return {state, tr("%1 (%2) is not in known_hosts. Its %3 key has the fingerprint %4. Compare it with the node's own "
                          "(ssh-keygen -lf /etc/ssh/ssh_host_%5_key.pub on the node) before trusting it.")
                           .arg(r.node, r.address, r.hostKeyType, r.hostKeyFingerprint, hostKeyFileStem(r.hostKeyType))};
    if (r.error.message.isEmpty())
        return {state, tr("%1 did not answer.").arg(r.node)};
    return {state, r.error.message};
}

} // namespace lifeboat::fleet
