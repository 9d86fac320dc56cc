// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "SecretStore.h"
#include "core/plan/Plan.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

#include <functional>
#include <mutex>
#include <optional>

namespace lifeboat::fleet {

// A secret a login needs, as the person at the console is asked for it.
struct SecretRequest {
    SecretScope scope;
    QString name;                         // "password", "key-passphrase:<file>", "prompt:<server's text>"
    QString prompt;                       // a sentence for a person
    bool canRemember = false;             // a keychain is there and this kind of secret may be kept
    QString whyNotRemembered;             // when it cannot be: why (no keychain, a one-time code)
};

struct SecretAnswer {
    QByteArray secret;
    bool remember = false;
};

// Answers the secrets SSH logins ask for (SshOptions::askSecret): from the OS keychain
// first, else from the person at the console, and keeps an answer in the keychain only
// when the person asked for it *and* the login then succeeded (a mistyped password is
// never stored). A stored secret the node then refuses is removed, so the next attempt
// asks again instead of failing the same way for ever. With no keychain, every login asks,
// and the prompt says why nothing is remembered; nothing is ever written anywhere else.
//
// Thread-safe: fleet polls call it from several worker threads at once; the keychain is
// used by one of them at a time and the person is asked one question at a time.
class SecretBroker {
    Q_DECLARE_TR_FUNCTIONS(SecretBroker)
public:
    // nullopt: the person cancelled (or nobody is there to ask).
    using Prompt = std::function<std::optional<SecretAnswer>(const SecretRequest&)>;
    // `store` may be null (no keychain at all); it must outlive the broker.
    SecretBroker(SecretStore* store, Prompt prompt);

    // The scope a node's secrets live under: user@host:port as the plan names it.
    static SecretScope scopeOf(const plan::Node& node);

    // For SshOptions::askSecret, for one login to one node.
    std::function<std::optional<QByteArray>(const QString& name, const QString& prompt)> askerFor(const SecretScope& scope);
    // After the login: keeps what the person asked to remember, or, when the node refused
    // the login, forgets what was served from the keychain. Returns a sentence for the
    // person when something was removed or could not be stored.
    QString loginFinished(const SecretScope& scope, bool loggedIn, bool refusedCredentials);
    // Every secret of these nodes (they left the plan).
    Status removeScopes(const QList<SecretScope>& scopes);
    // The console is closing: the store stops serving waiting and later calls.
    void shutDown();
    // Why there is no keychain (asked once), or nullopt when there is one.
    std::optional<QString> keychainUnavailable();

private:
    std::optional<QByteArray> ask(const SecretScope& scope, const QString& name, const QString& prompt);

    SecretStore* m_store;
    Prompt m_prompt;
    std::mutex m_keychainMutex;           // one keychain job at a time
    std::mutex m_promptMutex;             // one question at a time
    std::mutex m_stateMutex;              // m_served, m_pending, m_unavailable
    std::optional<std::optional<QString>> m_unavailable;
    QHash<QString, QSet<QString>> m_served;                     // scope id → names read from the keychain
    QHash<QString, QHash<QString, QByteArray>> m_pending;       // scope id → name → secret to keep after a login
};

} // namespace lifeboat::fleet
