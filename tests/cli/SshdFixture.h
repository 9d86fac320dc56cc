// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QProcess>
#include <QString>

namespace lifeboat::test {

// A real OpenSSH sshd on 127.0.0.1 with throw-away keys, for the user running the tests
// (shared/notes/ssh-and-safety.md §3). Host keys: "a" and "b" (ed25519, for a changed
// key) and "rsa" (another type). The client side gets a key pair, an empty known_hosts,
// and a hostile ssh_config that says `StrictHostKeyChecking no`, which Lifeboat must
// ignore for trust decisions.
class SshdFixture {
public:
    explicit SshdFixture(QString directory) : m_dir(std::move(directory)) {}
    ~SshdFixture() { stop(); }

    // Empty on success, else why it cannot run here (no sshd installed, …).
    QString start(const QString& hostKey = QStringLiteral("a"));
    // sshd's MaxStartups for the next start ("100:30:200" by default; "2" drops every
    // unauthenticated connection beyond two, as a busy server would).
    void setMaxStartups(const QString& value) { m_maxStartups = value; }
    void stop();
    QString restartWithHostKey(const QString& hostKey);
    // Drops every client connection at once (SIGKILL to the per-connection processes).
    void killConnections();
    // Freezes every client connection (SIGSTOP: no FIN, no RST — a hung node), and thaws them.
    void hangConnections();
    void resumeConnections();

    int port() const { return m_port; }
    QString url(const QString& path) const;
    QString identity() const { return m_dir + QStringLiteral("/userkey"); }
    QString knownHosts() const { return m_dir + QStringLiteral("/known_hosts"); }
    QString hostileConfig() const { return m_dir + QStringLiteral("/ssh_config"); }
    QString fingerprint(const QString& hostKey) const;   // "SHA256:…", from ssh-keygen
    // --ssh-identity, --known-hosts and --ssh-config for lifeboat-cli.
    QStringList clientArguments() const;

private:
    QString m_dir;
    int m_port = 0;
    int m_portBase = -1;
    QString m_maxStartups = QStringLiteral("100:30:200");
    QProcess m_sshd;
};

} // namespace lifeboat::test
