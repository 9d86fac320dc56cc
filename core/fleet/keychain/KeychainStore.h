// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/fleet/SecretStore.h"

#include <QCoreApplication>

#include <memory>

namespace lifeboat::fleet {

// SecretStore on the OS keychain through QtKeychain: Secret Service (GNOME Keyring, KWallet)
// on Linux, Keychain on macOS, Credential Manager on Windows, as KeePassXC and Nextcloud
// desktop do. The plain-text fallback QtKeychain offers stays off.
//
// Blocking. QtKeychain's jobs must run on the application's main thread, so a call from any
// other thread hands its job to the main thread's event loop and waits; a call on the main
// thread runs it in a local event loop (fine for the CLI and tests, to be avoided in the
// console, whose fleet threads call it). shutDown() releases every waiting call with an
// error, for when the main thread is about to wait for those threads.
//
// Each scope keeps an index entry listing its secret names, because keychains cannot be
// listed portably; removeScope() deletes what the index names, then the index.
class KeychainStore final : public SecretStore {
    Q_DECLARE_TR_FUNCTIONS(KeychainStore)
public:
    explicit KeychainStore(QString service = QStringLiteral("Lifeboat"));
    ~KeychainStore() override;
    void shutDown() override;
    std::optional<QString> unavailableReason() override;
    Result<std::optional<QByteArray>> read(const SecretScope& scope, const QString& name) override;
    Status write(const SecretScope& scope, const QString& name, const QByteArray& secret) override;
    Status remove(const SecretScope& scope, const QString& name) override;
    Status removeScope(const SecretScope& scope) override;

private:
    Result<std::optional<QByteArray>> readKey(const QString& key);
    Status writeKey(const QString& key, const QByteArray& data);
    Status removeKey(const QString& key);
    Result<QList<QByteArray>> indexNames(const SecretScope& scope);
    QString m_service;

public:
    struct Waits;

private:
    std::shared_ptr<Waits> m_waits;
};

} // namespace lifeboat::fleet
