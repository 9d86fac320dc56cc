// SPDX-License-Identifier: GPL-3.0-or-later
#include "FleetStatus.h"
#include "core/util/Parallel.h"

#include "SshTransport.h"

#include <QDateTime>
#include <QJsonArray>

#include <algorithm>
#include <chrono>
#include <condition_variable>
#include <mutex>
#include <random>
#include <thread>

namespace lifeboat::fleet {

bool FleetStatus::isRetryable(const Error& error)
{
    if (error.code != Error::Code::Network)
        return false;
    const QString m = error.message.toLower();
    return m.contains(QLatin1String("reset")) || m.contains(QLatin1String("kex_exchange_identification")) || m.contains(QLatin1String("socket error: disconnected"))
        || m.contains(QLatin1String("connection closed by remote"));
}

namespace {

// Counts logins in progress per sshd (address and port), so a burst never exceeds what one
// sshd accepts: MaxStartups is a setting of each server, and nodes behind one address on
// different ports (containers, a bastion's forwards) are different servers.
class HostSlots {
public:
    explicit HostSlots(int perHost) : m_perHost(std::max(1, perHost)) {}
    void acquire(const QString& host)
    {
        std::unique_lock lock(m_mutex);
        m_freed.wait(lock, [&] { return m_inUse.value(host) < m_perHost; });
        ++m_inUse[host];
    }
    void release(const QString& host)
    {
        {
            std::lock_guard lock(m_mutex);
            --m_inUse[host];
        }
        m_freed.notify_all();
    }

private:
    const int m_perHost;
    std::mutex m_mutex;
    std::condition_variable m_freed;
    QHash<QString, int> m_inUse;
};

NodeReport pollOne(const plan::Plan& plan, const plan::Node& node, const FleetOptions& options, HostSlots* logins);

} // namespace

std::pair<ssh::SshTarget, ssh::SshOptions> FleetStatus::connectionFor(const plan::Node& node, const FleetOptions& options)
{
    ssh::SshTarget target;
    target.user = node.user;
    target.host = node.address.isEmpty() ? node.sshAlias : node.address;
    target.port = node.address.isEmpty() ? 0 : node.port;
    ssh::SshOptions ssh = options.ssh;
    if (const auto it = options.acceptedFingerprints.constFind(node.name); it != options.acceptedFingerprints.constEnd())
        ssh.acceptFingerprint = *it;
    if (options.secretsFor)
        ssh.askSecret = options.secretsFor(node);
    return {target, ssh};
}

NodeReport FleetStatus::pollNode(const plan::Plan& plan, const plan::Node& node, const FleetOptions& options)
{
    HostSlots logins(options.handshakesPerHost);
    return pollOne(plan, node, options, &logins);
}

namespace {

// A session to the node's engine, with retries of handshakes a busy sshd dropped; null
// with report.error saying why when there is none. Fills the report's login facts.
std::unique_ptr<EngineSession> openSession(const plan::Node& node, const FleetOptions& options, HostSlots* logins, NodeReport& report)
{
    report.node = node.name;
    auto [target, ssh] = FleetStatus::connectionFor(node, options);
    report.address = target.display();
    ssh.onHostKey = [&report](const QString& type, const QString& fingerprint) {
        report.hostKeyType = type;
        report.hostKeyFingerprint = fingerprint;
    };
    if (!ssh::SshTarget::validHost(target.host)) {
        report.error = Error{Error::Code::Invalid, FleetStatus::tr("Node %1 has no usable address (\"%2\"); nothing was sent.").arg(node.name, target.host)};
        return nullptr;
    }
    std::mt19937 jitter(static_cast<unsigned>(std::hash<QString>{}(node.name)));
    const QString server = target.host + QLatin1Char(':') + QString::number(target.port);
    for (int attempt = 1; attempt <= std::max(1, options.attempts); ++attempt) {
        report.attempts = attempt;
        logins->acquire(server);
        auto transport = SshTransport::start(target, ssh, options.enginePath);
        if (transport) {
            report.loggedIn = true;
            auto opened = EngineSession::open(std::unique_ptr<EngineTransport>(std::move(transport.value())), options.session);
            logins->release(server);
            if (opened) {
                report.engine = opened.value()->hello().engine;
                report.error = {};
                return std::move(opened.value());
            }
            report.error = opened.error();
        } else {
            logins->release(server);
            report.error = transport.error();
        }
        if (!FleetStatus::isRetryable(report.error) || attempt == options.attempts)
            return nullptr;
        // Jittered exponential backoff: 0.25 s, 0.5 s, 1 s … so a burst does not retry in step.
        const int base = 250 << (attempt - 1);
        std::this_thread::sleep_for(std::chrono::milliseconds(base + static_cast<int>(jitter() % static_cast<unsigned>(base))));
    }
    return nullptr;
}

NodeReport pollOne(const plan::Plan& plan, const plan::Node& node, const FleetOptions& options, HostSlots* logins)
{
    const auto started = std::chrono::steady_clock::now();
    NodeReport report;
    const auto finish = [&] {
        report.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
        if (options.afterNode)
            options.afterNode(node, report);
        return report;
    };

    QStringList paths;
    for (const plan::Dataset& d : plan.datasets)
        for (const plan::DatasetLocation& l : d.locations)
            if (l.node == node.name && !paths.contains(l.path))
                paths << l.path;
    for (const plan::Repository& r : plan.repositories)
        if (r.node == node.name && !paths.contains(r.path))
            paths << r.path;

    std::unique_ptr<EngineSession> session = openSession(node, options, logins, report);
    if (!session)
        return finish();
    auto status = session->request(QStringLiteral("status"), QJsonObject{{QStringLiteral("paths"), QJsonArray::fromStringList(paths)}});
    if (!status) {
        report.error = status.error();
        return finish();
    }
    report.reachable = true;
    report.error = {};
    report.status = status->result;
    for (const QJsonValue& p : report.status.value(QLatin1String("paths")).toArray())
        if (!p.toObject().value(QLatin1String("exists")).toBool())
            report.missingPaths << p.toObject().value(QLatin1String("path")).toString();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (const QJsonValue& run : report.status.value(QLatin1String("recent_runs")).toArray()) {
        const QJsonObject r = run.toObject();
        const int exit = r.value(QLatin1String("exit")).toInt(-1);
        if (r.value(QLatin1String("op")).toString() != QLatin1String("repo.backup") || (exit != 0 && exit != 1))
            continue;
        const QDateTime finished = QDateTime::fromString(r.value(QLatin1String("finished")).toString(), Qt::ISODateWithMs);
        if (!finished.isValid())
            continue;
        const double age = static_cast<double>(finished.secsTo(now)) / 3600.0;
        if (!report.lastBackupAgeHours || age < *report.lastBackupAgeHours)
            report.lastBackupAgeHours = age;
    }
    for (const plan::Dataset& d : plan.datasets) {
        const bool here = std::any_of(d.locations.begin(), d.locations.end(), [&](const plan::DatasetLocation& l) { return l.node == node.name; });
        if (!here || d.rpo.count() == 0)
            continue;
        if (!report.lastBackupAgeHours || *report.lastBackupAgeHours * 3600.0 > static_cast<double>(d.rpo.count()))
            report.datasetsPastRpo << d.name;
    }
    session->close();
    return finish();
}

} // namespace

void FleetStatus::withSessions(const plan::Plan& plan, const QStringList& nodes, const FleetOptions& options,
                               const std::function<void(const plan::Node&, NodeReport&, EngineSession*)>& work, const std::atomic<bool>* cancel)
{
    std::vector<const plan::Node*> chosen;
    for (const plan::Node& n : plan.nodes)
        if (nodes.isEmpty() || nodes.contains(n.name))
            chosen.push_back(&n);
    HostSlots logins(options.handshakesPerHost);
    std::atomic<std::size_t> next{0};
    const auto run = [&] {
        for (std::size_t i = next++; i < chosen.size(); i = next++) {
            if (cancel && cancel->load())
                return;
            NodeReport report;
            std::unique_ptr<EngineSession> session = openSession(*chosen[i], options, &logins, report);
            // The login is decided: the console keeps (or forgets) the secrets it used.
            if (options.afterNode)
                options.afterNode(*chosen[i], report);
            work(*chosen[i], report, session.get());
            if (session)
                session->close();
        }
    };
    runOnThreads(std::clamp(options.parallel, 1, std::max(1, static_cast<int>(chosen.size()))), run);
}

std::vector<NodeReport> FleetStatus::poll(const plan::Plan& plan, const FleetOptions& options, const std::function<void(const NodeReport&)>& onReport,
                                          const std::atomic<bool>* cancel)
{
    std::vector<NodeReport> reports(plan.nodes.size());
    HostSlots logins(options.handshakesPerHost);
    std::atomic<std::size_t> next{0};
    std::mutex reportMutex;
    const auto work = [&] {
        for (std::size_t i = next++; i < plan.nodes.size(); i = next++) {
            if (cancel && cancel->load())
                return;
            NodeReport r = pollOne(plan, plan.nodes[i], options, &logins);
            std::lock_guard lock(reportMutex);
            reports[i] = r;
            if (onReport)
                onReport(r);
        }
    };
    const int threads = std::clamp(options.parallel, 1, std::max(1, static_cast<int>(plan.nodes.size())));
    runOnThreads(threads, work);
    return reports;
}

} // namespace lifeboat::fleet
