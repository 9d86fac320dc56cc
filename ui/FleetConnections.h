// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/fleet/FleetStatus.h"
#include "core/fleet/SecretBroker.h"

#include <QFutureSynchronizer>
#include <QHash>
#include <QObject>
#include <QPointer>

#include <future>
#include <memory>
#include <mutex>

class QWidget;

namespace lifeboat::ui {

// How the console reaches the fleet: the SSH settings (QSettings group "fleet": known_hosts,
// ssh_config, identity, parallel sessions, timeout, engine path on the nodes), the host keys
// the operator accepted for the next connection, and the secrets broker that answers
// logins from the keychain or by asking the person at the console. The store (the OS
// keychain) is given by the application; without one, every login asks.
class FleetConnections : public QObject {
    Q_OBJECT
public:
    explicit FleetConnections(QObject* parent = nullptr);
    ~FleetConnections() override;

    // Where to show questions.
    void setDialogParent(QWidget* parent) { m_dialogParent = parent; }
    // At start-up, before any poll: the store (may be null) must outlive this object.
    void setSecretStore(fleet::SecretStore* store);
    fleet::SecretBroker& broker() { return *m_broker; }

    fleet::FleetOptions options();
    // For the next connection to `node` only: a key with exactly this fingerprint is added
    // to known_hosts. A changed key is refused whatever is accepted here.
    void acceptHostKey(const QString& node, const QString& fingerprint);
    QString knownHostsFile() const;   // for messages: the file trust decisions go to
    // The lifeboat-cli the console runs with, which it can install on nodes.
    static QString localEngineBuild();
    // Makes `path` the engine Install Engine puts on nodes: a lifeboat-cli, or an engine
    // bundle folder (checked against its SHA256SUMS first); empty: this console's own
    // lifeboat-cli again. A path that is neither is refused and the setting kept.
    static Status setLocalEngineBuild(const QString& path);

    // Unblocks every login waiting for an answer (with none) and refuses new questions:
    // called before the fleet threads are waited for, so none waits on a closed window.
    void shutDown();

    // Forgets the secrets of nodes that left the plan, off the GUI thread.
    void forgetScopes(const QList<fleet::SecretScope>& scopes);

signals:
    // Something the person should read (a stored secret was refused and removed, the keychain failed).
    void message(const QString& text);
    // forgetScopes() is done (`ok`: every secret of those nodes is gone).
    void secretsForgotten(bool ok);

private:
    std::optional<fleet::SecretAnswer> askOnGuiThread(const fleet::SecretRequest& request);

    QPointer<QWidget> m_dialogParent;
    std::unique_ptr<fleet::SecretBroker> m_broker;
    QHash<QString, QString> m_accepted;
    std::mutex m_mutex;
    bool m_shutDown = false;
    std::vector<std::shared_ptr<std::promise<std::optional<fleet::SecretAnswer>>>> m_waiting;
    QFutureSynchronizer<void> m_background;   // keychain removals, waited for on destruction
};

} // namespace lifeboat::ui
