// SPDX-License-Identifier: GPL-3.0-or-later
#include "FleetConnections.h"

#include "core/fleet/EngineInstaller.h"

#include "FleetDialogs.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSettings>
#include <QWidget>
#include <QtConcurrent/QtConcurrentRun>

namespace lifeboat::ui {

FleetConnections::FleetConnections(QObject* parent) : QObject(parent) { setSecretStore(nullptr); }

FleetConnections::~FleetConnections()
{
    shutDown();
    m_background.waitForFinished();
}

void FleetConnections::setSecretStore(fleet::SecretStore* store)
{
    m_broker = std::make_unique<fleet::SecretBroker>(store, [this](const fleet::SecretRequest& r) { return askOnGuiThread(r); });
}

std::optional<fleet::SecretAnswer> FleetConnections::askOnGuiThread(const fleet::SecretRequest& request)
{
    // Called on a fleet thread inside a login: the question goes to the GUI thread, this
    // thread waits for the answer (libssh asks for secrets synchronously). shutDown() answers
    // "none" for every question still open, so no thread waits on a window that is gone.
    auto promise = std::make_shared<std::promise<std::optional<fleet::SecretAnswer>>>();
    std::future<std::optional<fleet::SecretAnswer>> answer = promise->get_future();
    {
        std::lock_guard lock(m_mutex);
        if (m_shutDown)
            return std::nullopt;
        m_waiting.push_back(promise);
    }
    QMetaObject::invokeMethod(this, [this, promise, request] {
        std::optional<fleet::SecretAnswer> given;
        {
            std::lock_guard lock(m_mutex);
            if (m_shutDown)
                return;   // already answered with none
        }
        given = FleetDialogs::askSecret(m_dialogParent, request);
        std::lock_guard lock(m_mutex);
        const auto it = std::find(m_waiting.begin(), m_waiting.end(), promise);
        if (it == m_waiting.end())
            return;   // shutDown() answered meanwhile
        m_waiting.erase(it);
        promise->set_value(std::move(given));
    }, Qt::QueuedConnection);
    return answer.get();
}

void FleetConnections::shutDown()
{
    m_broker->shutDown();
    std::lock_guard lock(m_mutex);
    m_shutDown = true;
    for (const auto& p : m_waiting)
        p->set_value(std::nullopt);
    m_waiting.clear();
}

void FleetConnections::acceptHostKey(const QString& node, const QString& fingerprint) { m_accepted.insert(node, fingerprint); }

QString FleetConnections::knownHostsFile() const
{
    const QString file = QSettings().value(QStringLiteral("fleet/knownHostsFile")).toString();
    return file.isEmpty() ? QStringLiteral("~/.ssh/known_hosts") : QDir::toNativeSeparators(file);
}

QString FleetConnections::localEngineBuild()
{
    const QString configured = QSettings().value(QStringLiteral("fleet/engineBuild")).toString();
    if (!configured.isEmpty())
        return configured;
#ifdef Q_OS_WIN
    return QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("lifeboat-cli.exe"));
#else
    return QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("lifeboat-cli"));
#endif
}

Status FleetConnections::setLocalEngineBuild(const QString& path)
{
    QSettings settings;
    if (path.isEmpty()) {
        settings.remove(QStringLiteral("fleet/engineBuild"));
        return success();
    }
    const QFileInfo info(path);
    if (info.isDir()) {
        if (auto checked = fleet::EngineInstaller::checkedBundle(path); !checked)
            return checked.error();
    } else if (!info.isFile() || !info.isExecutable()) {
        return Error{Error::Code::NotFound, tr("%1 is neither a lifeboat-cli program nor an engine bundle folder.").arg(path)};
    }
    settings.setValue(QStringLiteral("fleet/engineBuild"), info.absoluteFilePath());
    return success();
}

fleet::FleetOptions FleetConnections::options()
{
    QSettings settings;
    settings.beginGroup(QStringLiteral("fleet"));
    fleet::FleetOptions o;
    o.parallel = std::clamp(settings.value(QStringLiteral("parallel"), o.parallel).toInt(), 1, 256);
    o.ssh.timeoutSeconds = std::clamp(settings.value(QStringLiteral("timeoutSeconds"), o.ssh.timeoutSeconds).toInt(), 1, 600);
    o.ssh.knownHostsFile = settings.value(QStringLiteral("knownHostsFile")).toString();
    o.ssh.configFile = settings.value(QStringLiteral("sshConfigFile")).toString();
    o.ssh.identityFile = settings.value(QStringLiteral("identityFile")).toString();
    o.enginePath = settings.value(QStringLiteral("enginePath")).toString();
    o.acceptedFingerprints = m_accepted;
    fleet::SecretBroker* broker = m_broker.get();
    o.secretsFor = [broker](const plan::Node& node) { return broker->askerFor(fleet::SecretBroker::scopeOf(node)); };
    o.afterNode = [this, broker](const plan::Node& node, const fleet::NodeReport& report) {
        const bool refused = report.error.code == Error::Code::AuthFailed || report.error.code == Error::Code::WrongPassword;
        const QString said = broker->loginFinished(fleet::SecretBroker::scopeOf(node), report.loggedIn, refused);
        if (!said.isEmpty())
            emit message(said);
    };
    return o;
}

void FleetConnections::forgetScopes(const QList<fleet::SecretScope>& scopes)
{
    if (scopes.isEmpty())
        return;
    fleet::SecretBroker* broker = m_broker.get();
    // Keychain calls block; the result comes back as a message when there is something to say.
    QFuture<Status> removal = QtConcurrent::run([broker, scopes] { return broker->removeScopes(scopes); });
    m_background.addFuture(QFuture<void>(removal));   // the work itself: never a continuation on this thread
    removal.then(this, [this](const Status& removed) {
        if (!removed)
            emit message(tr("The keychain kept secrets of a deleted node: %1").arg(removed.error().message));
        emit secretsForgotten(removed.ok());
    });
}

} // namespace lifeboat::ui
