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
    if (options.onHostKey)
        options.onHostKey(type, seen);
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
    // none → the server's list → a given key (its passphrase asked for when it has one) or
    // ssh-agent and the default keys → password → keyboard-interactive, following partial
    // successes (servers that want two factors). Agent forwarding is never requested.
    int state = ssh_userauth_none(m_session, nullptr);
    QStringList tried;
    std::optional<QByteArray> password;
    const auto askPassword = [&]() -> bool {
        if (!password && options.askSecret)
            password = options.askSecret(QStringLiteral("password"), tr("Password for %1:").arg(m_target.display()));
        return password.has_value();
    };
    bool keyTried = false;
    bool agentTried = false;
    bool passwordTried = false;
    bool interactiveTried = false;
    for (int round = 0; round < 8 && state != SSH_AUTH_SUCCESS; ++round) {
        if (state == SSH_AUTH_ERROR)
            return Error{Error::Code::AuthFailed, tr("%1: authentication failed: %2").arg(m_target.display(), lastError())};
        const int methods = ssh_userauth_list(m_session, nullptr);
        if ((methods & SSH_AUTH_METHOD_PUBLICKEY) && !options.identityFile.isEmpty() && !keyTried) {
            keyTried = true;
            tried << tr("the key %1").arg(options.identityFile);
            const QByteArray path = options.identityFile.toLocal8Bit();
            ssh_key rawKey = nullptr;
            if (ssh_pki_import_privkey_file(path.constData(), nullptr, nullptr, nullptr, &rawKey) != SSH_OK) {
                // Encrypted (or unreadable): with its passphrase, if someone can give it.
                std::optional<QByteArray> passphrase;
                if (options.askSecret)
                    passphrase = options.askSecret(QStringLiteral("key-passphrase:") + options.identityFile, tr("Passphrase for the key %1:").arg(options.identityFile));
                if (!passphrase)
                    return Error{Error::Code::Unreadable, tr("The key file %1 cannot be read, or it has a passphrase and none was given.").arg(options.identityFile)};
                if (ssh_pki_import_privkey_file(path.constData(), passphrase->constData(), nullptr, nullptr, &rawKey) != SSH_OK)
                    return Error{Error::Code::WrongPassword, tr("The passphrase does not open the key %1.").arg(options.identityFile)};
            }
            const KeyPtr key(rawKey);
            state = ssh_userauth_publickey(m_session, nullptr, key.get());
            continue;
        }
        if ((methods & SSH_AUTH_METHOD_PUBLICKEY) && options.identityFile.isEmpty() && !agentTried) {
            agentTried = true;
            tried << tr("ssh-agent and the keys in ~/.ssh");
            state = ssh_userauth_publickey_auto(m_session, nullptr, nullptr);
            continue;
        }
        if ((methods & SSH_AUTH_METHOD_PASSWORD) && !passwordTried && askPassword()) {
            passwordTried = true;
            tried << tr("a password");
            state = ssh_userauth_password(m_session, nullptr, password->constData());
            continue;
        }
        if ((methods & SSH_AUTH_METHOD_INTERACTIVE) && !interactiveTried && options.askSecret) {
            interactiveTried = true;
            tried << tr("keyboard-interactive");
            state = ssh_userauth_kbdint(m_session, nullptr, nullptr);
            while (state == SSH_AUTH_INFO) {
                const int prompts = ssh_userauth_kbdint_getnprompts(m_session);
                for (int i = 0; i < prompts; ++i) {
                    char echo = 0;
                    const QString text = QString::fromUtf8(ssh_userauth_kbdint_getprompt(m_session, static_cast<unsigned>(i), &echo));
                    // The password answers a hidden prompt; anything else (a one-time code)
                    // goes to the person, under its own name.
                    std::optional<QByteArray> answer = !echo && askPassword() ? password
                                                                              : options.askSecret(QStringLiteral("prompt:") + text, tr("%1 asks: %2").arg(m_target.display(), text));
                    if (!answer)
                        return Error{Error::Code::Cancelled, tr("%1 asked \"%2\" and no answer was given.").arg(m_target.display(), text)};
                    ssh_userauth_kbdint_setanswer(m_session, static_cast<unsigned>(i), answer->constData());
                }
                state = ssh_userauth_kbdint(m_session, nullptr, nullptr);
            }
            continue;
        }
        break;   // nothing left to try
    }
    if (state == SSH_AUTH_SUCCESS)
        return success();
    return Error{Error::Code::AuthFailed, tried.isEmpty() ? tr("%1 offers no way to log in that Lifeboat can use.").arg(m_target.display())
                                                       : tr("%1 accepted none of: %2 (%3).").arg(m_target.display(), tried.join(QStringLiteral(", ")), lastError())};
}

} // namespace lifeboat::ssh
