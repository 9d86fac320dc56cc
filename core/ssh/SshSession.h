// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "SshTarget.h"

#include <QCoreApplication>

#include <functional>
#include <memory>
#include <optional>

struct ssh_session_struct;

namespace lifeboat::ssh {

struct SshOptions {
    QString knownHostsFile;       // empty: ~/.ssh/known_hosts
    QString identityFile;         // empty: ssh-agent, then ~/.ssh/config's and the default keys
    QString acceptFingerprint;    // "SHA256:…" an operator confirmed for a host not yet known
    int timeoutSeconds = 10;      // connect and every blocking wait; unset, libssh may wait forever
    QString configFile;           // empty: ~/.ssh/config (aliases, user, port, identity files)
    // Asked when the connection needs a secret: `name` is "key-passphrase:<key file>" or
    // "password" (the names the console's SecretStore keeps them under), `prompt` a sentence
    // for a person. nullopt: there is none (no keychain entry, the user cancelled).
    std::function<std::optional<QByteArray>(const QString& name, const QString& prompt)> askSecret;
    // Told the server's host key (type, "SHA256:…") before it is checked, so a caller can
    // show an operator what to compare; it decides nothing.
    std::function<void(const QString& type, const QString& fingerprint)> onHostKey;
};

// One authenticated SSH connection (libssh), owned by one thread at a time.
//
// Trust is decided here, never by libssh's options or the user's ssh config: the config
// is parsed for host aliases, user, port and identity files, then strict checking is
// forced back on and the app's known_hosts file is used (a `StrictHostKeyChecking no`
// in ~/.ssh/config would otherwise make libssh accept a changed key: the PROCESS_CONFIG
// trap, shared/notes/ssh-and-safety.md §2 rows 5b and 7). A key that is not known is
// refused with its SHA-256 fingerprint, unless it equals `acceptFingerprint`, in which
// case it is added to known_hosts; a changed key or a key of another type is a hard stop
// with no override.
class SshSession {
    Q_DECLARE_TR_FUNCTIONS(SshSession)
public:
    static Result<std::unique_ptr<SshSession>> connect(const SshTarget& target, const SshOptions& options);
    ~SshSession();
    SshSession(const SshSession&) = delete;
    SshSession& operator=(const SshSession&) = delete;

    ssh_session_struct* native() const { return m_session; }
    const SshTarget& target() const { return m_target; }
    // The last libssh error, for messages.
    QString lastError() const;

private:
    SshSession(ssh_session_struct* session, SshTarget target) : m_session(session), m_target(std::move(target)) {}
    Status verifyHostKey(const SshOptions& options);
    Status authenticate(const SshOptions& options);

    ssh_session_struct* m_session;
    SshTarget m_target;
};

} // namespace lifeboat::ssh
