// SPDX-License-Identifier: GPL-3.0-or-later
#include "SecretBroker.h"

namespace lifeboat::fleet {

SecretBroker::SecretBroker(SecretStore* store, Prompt prompt) : m_store(store), m_prompt(std::move(prompt)) {}

SecretScope SecretBroker::scopeOf(const plan::Node& node)
{
    // An alias node is named by its alias: the port and user come from ~/.ssh/config.
    if (node.address.isEmpty())
        return SecretScope{node.user, node.sshAlias, 0};
    return SecretScope{node.user, node.address, node.port};
}

void SecretBroker::shutDown()
{
    if (m_store)
        m_store->shutDown();   // not under m_keychainMutex: a call holding it is what must be released
}

std::optional<QString> SecretBroker::keychainUnavailable()
{
    {
        std::lock_guard lock(m_stateMutex);
        if (m_unavailable)
            return *m_unavailable;
    }
    std::optional<QString> reason;
    if (!m_store) {
        reason = tr("This build of Lifeboat has no keychain. Passwords and passphrases are asked for each time and never stored.");
    } else {
        std::lock_guard keychain(m_keychainMutex);
        reason = m_store->unavailableReason();
    }
    std::lock_guard lock(m_stateMutex);
    m_unavailable = reason;
    return reason;
}

std::function<std::optional<QByteArray>(const QString&, const QString&)> SecretBroker::askerFor(const SecretScope& scope)
{
    return [this, scope](const QString& name, const QString& prompt) { return ask(scope, name, prompt); };
}

std::optional<QByteArray> SecretBroker::ask(const SecretScope& scope, const QString& name, const QString& prompt)
{
    // A server's own question (a one-time code) is never kept: its answer changes.
    const bool rememberable = !name.startsWith(QLatin1String("prompt:"));
    const std::optional<QString> unavailable = keychainUnavailable();
    if (rememberable && !unavailable && m_store) {
        Result<std::optional<QByteArray>> stored = Error{};
        {
            std::lock_guard keychain(m_keychainMutex);
            stored = m_store->read(scope, name);
        }
        if (stored && stored->has_value()) {
            std::lock_guard lock(m_stateMutex);
            m_served[scope.id()].insert(name);
            return **stored;
        }
        // A keychain that fails to read is not a reason to fail the login: ask the person.
    }
    if (!m_prompt)
        return std::nullopt;
    SecretRequest request;
    request.scope = scope;
    request.name = name;
    request.prompt = prompt;
    request.canRemember = rememberable && !unavailable;
    if (!rememberable)
        request.whyNotRemembered = tr("The server asked this itself; its answer is not kept.");
    else if (unavailable)
        request.whyNotRemembered = *unavailable;
    std::optional<SecretAnswer> answer;
    {
        std::lock_guard one(m_promptMutex);
        answer = m_prompt(request);
    }
    if (!answer)
        return std::nullopt;
    if (answer->remember && request.canRemember) {
        std::lock_guard lock(m_stateMutex);
        m_pending[scope.id()].insert(name, answer->secret);
    }
    return answer->secret;
}

QString SecretBroker::loginFinished(const SecretScope& scope, bool loggedIn, bool refusedCredentials)
{
    QSet<QString> served;
    QHash<QString, QByteArray> pending;
    {
        std::lock_guard lock(m_stateMutex);
        served = m_served.take(scope.id());
        pending = m_pending.take(scope.id());
    }
    if (!m_store)
        return {};
    std::lock_guard keychain(m_keychainMutex);
    if (loggedIn) {
        QStringList failed;
        for (auto it = pending.cbegin(); it != pending.cend(); ++it)
            if (auto stored = m_store->write(scope, it.key(), it.value()); !stored)
                failed << stored.error().message;
        return failed.isEmpty() ? QString() : tr("Logged in to %1, but the keychain did not keep the secret: %2").arg(scope.id(), failed.join(QLatin1Char(' ')));
    }
    if (!refusedCredentials || served.isEmpty())
        return {};
    QStringList failed;
    for (const QString& name : std::as_const(served))
        if (auto removed = m_store->remove(scope, name); !removed)
            failed << removed.error().message;
    if (!failed.isEmpty())
        return tr("%1 refused the secret stored in the keychain, and it could not be removed: %2").arg(scope.id(), failed.join(QLatin1Char(' ')));
    return tr("%1 refused the secret stored in the keychain, so it was removed; Lifeboat will ask for it at the next login.").arg(scope.id());
}

Status SecretBroker::removeScopes(const QList<SecretScope>& scopes)
{
    if (!m_store || keychainUnavailable())
        return success();   // nothing can have been stored
    std::lock_guard keychain(m_keychainMutex);
    for (const SecretScope& scope : scopes)
        if (auto removed = m_store->removeScope(scope); !removed)
            return removed;
    return success();
}

} // namespace lifeboat::fleet
