// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/util/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <optional>

namespace lifeboat::fleet {

// Where the console keeps SSH passwords, key passphrases and repository passphrases: the
// operating system's keychain, and nowhere else (no plain-text fallback). core only knows
// this interface; the QtKeychain implementation (core/fleet/keychain) is linked by the
// console, so the engine on a node needs no keychain at all.
//
// Secrets are scoped per user@host:port and named inside that scope ("password",
// "key-passphrase:/home/op/.ssh/id_ed25519", "repository:/srv/repo"), so removing a node
// removes exactly its secrets.
struct SecretScope {
    QString user;
    QString host;
    int port = 22;
    QString id() const;   // "user@host:port"
};

class SecretStore {
public:
    virtual ~SecretStore() = default;
    // Why there is no keychain, when there is none: the console then asks every time and
    // shows this sentence.
    virtual std::optional<QString> unavailableReason() = 0;
    // nullopt: nothing stored under that name.
    virtual Result<std::optional<QByteArray>> read(const SecretScope& scope, const QString& name) = 0;
    virtual Status write(const SecretScope& scope, const QString& name, const QByteArray& secret) = 0;
    virtual Status remove(const SecretScope& scope, const QString& name) = 0;
    // Every secret of one node (when the node is deleted from the plan).
    virtual Status removeScope(const SecretScope& scope) = 0;
    // Calls still waiting (in other threads) give up with an error, and later ones fail at
    // once: the application is closing and will not serve them.
    virtual void shutDown() {}
};

} // namespace lifeboat::fleet
