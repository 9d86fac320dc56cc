// SPDX-License-Identifier: GPL-3.0-or-later
#include "SshSession.h"

#include <libssh/libssh.h>

#include <QFile>

namespace lifeboat::ssh {
namespace {

struct KeyDeleter {
    void operator()(ssh_key key) const { ssh_key_free(key); }
};
using KeyPtr = std::unique_ptr<ssh_key_struct, KeyDeleter>;

QString fingerprint(ssh_key key)
{
    unsigned char* hash = nullptr;
    size_t length = 0;
    if (ssh_get_publickey_hash(key, SSH_PUBLICKEY_HASH_SHA256, &hash, &length) != SSH_OK)
        return {};
    char* text = ssh_get_fingerprint_hash(SSH_PUBLICKEY_HASH_SHA256, hash, length);
    ssh_clean_pubkey_hash(&hash);
    const QString out = QString::fromLatin1(text);
    ssh_string_free_char(text);
    return out;
}

} // namespace

QString SshSession::lastError() const { return QString::fromUtf8(ssh_get_error(m_session)); }

SshSession::~SshSession()
{
    if (ssh_is_connected(m_session))
        ssh_disconnect(m_session);
    ssh_free(m_session);
}

Result<std::unique_ptr<SshSession>> SshSession::connect(const SshTarget& target, const SshOptions& options)
{
    ssh_session raw = ssh_new();
    if (!raw)
        return Error{Error::Code::Network, tr("Could not start an SSH session.")};
    std::unique_ptr<SshSession> session(new SshSession(raw, target));
    const QByteArray host = target.host.toUtf8();
    const int no = 0;
    const int yes = 1;
    const long timeout = options.timeoutSeconds;
    // Our settings first, the user's config for what it may decide (alias, user, port,
    // identities), then trust settings forced back to ours.
    ssh_options_set(raw, SSH_OPTIONS_PROCESS_CONFIG, &no);
    ssh_options_set(raw, SSH_OPTIONS_HOST, host.constData());
    const QByteArray config = options.configFile.toLocal8Bit();
    if (options.configFile.isEmpty() || QFile::exists(options.configFile))
        ssh_options_parse_config(raw, options.configFile.isEmpty() ? nullptr : config.constData());
    if (!target.user.isEmpty())
        ssh_options_set(raw, SSH_OPTIONS_USER, target.user.toUtf8().constData());
    if (target.port) {
        const unsigned int port = static_cast<unsigned int>(target.port);
        ssh_options_set(raw, SSH_OPTIONS_PORT, &port);
    }
    ssh_options_set(raw, SSH_OPTIONS_STRICTHOSTKEYCHECK, &yes);
    ssh_options_set(raw, SSH_OPTIONS_TIMEOUT, &timeout);
    ssh_options_set(raw, SSH_OPTIONS_HOSTKEYS, "ssh-ed25519,ecdsa-sha2-nistp256,ecdsa-sha2-nistp384,ecdsa-sha2-nistp521,rsa-sha2-512,rsa-sha2-256");
    // AES-GCM first: CPUs with AES instructions run it several times faster than
    // chacha20-poly1305 (libssh's first choice), and bulk transfers are cipher-bound.
    const char* ciphers = "aes128-gcm@openssh.com,aes256-gcm@openssh.com,chacha20-poly1305@openssh.com,aes256-ctr,aes128-ctr";
    ssh_options_set(raw, SSH_OPTIONS_CIPHERS_C_S, ciphers);
    ssh_options_set(raw, SSH_OPTIONS_CIPHERS_S_C, ciphers);
    if (!options.knownHostsFile.isEmpty())
        ssh_options_set(raw, SSH_OPTIONS_KNOWNHOSTS, options.knownHostsFile.toLocal8Bit().constData());
    ssh_options_set(raw, SSH_OPTIONS_GLOBAL_KNOWNHOSTS, "/dev/null");
    if (!options.identityFile.isEmpty())
        ssh_options_set(raw, SSH_OPTIONS_IDENTITY, options.identityFile.toLocal8Bit().constData());
    if (ssh_connect(raw) != SSH_OK)
        return Error{Error::Code::Network, tr("Cannot connect to %1: %2").arg(target.display(), session->lastError())};
    if (auto trusted = session->verifyHostKey(options); !trusted)
        return trusted.error();
    if (auto authenticated = session->authenticate(options); !authenticated)
        return authenticated.error();
    return session;
}

Status SshSession::verifyHostKey(const SshOptions& options)
{
    ssh_key rawKey = nullptr;
    if (ssh_get_server_publickey(m_session, &rawKey) != SSH_OK)
        return Error{Error::Code::Network, tr("%1 sent no host key: %2").arg(m_target.display(), lastError())};
    const KeyPtr key(rawKey);
    const QString seen = fingerprint(key.get());
    const QString type = QString::fromLatin1(ssh_key_type_to_char(ssh_key_type(key.get())));
    const enum ssh_known_hosts_e state = ssh_session_is_known_server(m_session);
    switch (state) {
    case SSH_KNOWN_HOSTS_OK:
        return success();
    case SSH_KNOWN_HOSTS_CHANGED:
    case SSH_KNOWN_HOSTS_OTHER:
        return Error{Error::Code::HostKeyChanged,
                     tr("The host key of %1 is not the one in known_hosts (now %2 %3). This can mean someone is intercepting the connection. "
                        "Nothing was sent. If the server's key really was replaced, remove its old line from %4 and confirm the new fingerprint.")
                         .arg(m_target.display(), type, seen, options.knownHostsFile.isEmpty() ? QStringLiteral("~/.ssh/known_hosts") : options.knownHostsFile)};
    case SSH_KNOWN_HOSTS_UNKNOWN:
    case SSH_KNOWN_HOSTS_NOT_FOUND:
        if (!options.acceptFingerprint.isEmpty() && options.acceptFingerprint == seen) {
            if (ssh_session_update_known_hosts(m_session) != SSH_OK)
                return Error{Error::Code::Io, tr("The host key of %1 was accepted but could not be saved to known_hosts: %2").arg(m_target.display(), lastError())};
            return success();
        }
        return Error{Error::Code::HostKeyUnknown, tr("%1 is not a known host. Its %2 key has the fingerprint %3. Check it with the server's administrator, "
                                                     "then connect again with --accept-host-key %3.")
                                                      .arg(m_target.display(), type, seen)};
    case SSH_KNOWN_HOSTS_ERROR:
        break;
    }
    return Error{Error::Code::Io, tr("known_hosts could not be checked for %1: %2").arg(m_target.display(), lastError())};
}

Status SshSession::authenticate(const SshOptions& options)
{
    if (!options.identityFile.isEmpty()) {
        ssh_key rawKey = nullptr;
        if (ssh_pki_import_privkey_file(options.identityFile.toLocal8Bit().constData(), nullptr, nullptr, nullptr, &rawKey) != SSH_OK)
            return Error{Error::Code::Unreadable, tr("The key file %1 cannot be read (a key with a passphrase needs ssh-agent for now).").arg(options.identityFile)};
        const KeyPtr key(rawKey);
        if (ssh_userauth_publickey(m_session, nullptr, key.get()) == SSH_AUTH_SUCCESS)
            return success();
        return Error{Error::Code::Network, tr("%1 did not accept the key %2: %3").arg(m_target.display(), options.identityFile, lastError())};
    }
    if (ssh_userauth_publickey_auto(m_session, nullptr, nullptr) == SSH_AUTH_SUCCESS)
        return success();
    return Error{Error::Code::Network, tr("%1 accepted none of the keys from ssh-agent or ~/.ssh (%2).").arg(m_target.display(), lastError())};
}

} // namespace lifeboat::ssh
