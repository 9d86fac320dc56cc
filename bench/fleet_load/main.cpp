// SPDX-License-Identifier: GPL-3.0-or-later
// bench/fleet_load: 32 nodes, each a real sshd on its own loopback port with its own host
// key. Asks all of them for status in parallel (FleetStatus, as the Fleet view does), runs a
// small backup on each at once through engine sessions, and compares the cost of one session
// (connect, host key, auth, engine start, hello, status) with OpenSSH's `ssh host true`.
//   build/ci/bin/bench_fleet_load [NODES]
#include "SshdFixture.h"
#include "core/fleet/EngineSession.h"
#include "core/fleet/FleetStatus.h"
#include "core/fleet/SshTransport.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QProcess>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <atomic>
#include <thread>
#include <vector>

using namespace lifeboat;

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const int nodes = app.arguments().size() > 1 ? app.arguments().at(1).toInt() : 32;
    const QString cli = QCoreApplication::applicationDirPath() + QStringLiteral("/lifeboat-cli");
    QTextStream out(stdout);
    QTemporaryDir dir;
    std::vector<std::unique_ptr<test::SshdFixture>> sshd;
    QByteArray knownHosts;
    QElapsedTimer setup;
    setup.start();
    for (int i = 0; i < nodes; ++i) {
        sshd.push_back(std::make_unique<test::SshdFixture>(dir.filePath(QStringLiteral("node%1").arg(i))));
        const QString problem = sshd.back()->start();
        if (!problem.isEmpty()) {
            out << "node " << i << ": " << problem << '\n';
            return 1;
        }
        // One client key for the whole fleet, each node with its own host key, all in one known_hosts.
        QFile own(dir.filePath(QStringLiteral("node%1/authorized_keys").arg(i)));
        QFile first(sshd[0]->identity() + QStringLiteral(".pub"));
        if (i > 0 && own.open(QIODevice::Append) && first.open(QIODevice::ReadOnly))
            own.write(first.readAll());
        QFile hostKey(dir.filePath(QStringLiteral("node%1/hostkey_a.pub").arg(i)));
        hostKey.open(QIODevice::ReadOnly);
        const QList<QByteArray> parts = hostKey.readAll().split(' ');
        knownHosts += "[127.0.0.1]:" + QByteArray::number(sshd.back()->port()) + ' ' + parts.value(0) + ' ' + parts.value(1) + '\n';
    }
    const QString knownHostsFile = dir.filePath(QStringLiteral("known_hosts"));
    QFile kh(knownHostsFile);
    kh.open(QIODevice::WriteOnly);
    kh.write(knownHosts);
    kh.close();
    out << QStringLiteral("%1 sshd nodes on 127.0.0.1 started in %2 s\n").arg(nodes).arg(static_cast<double>(setup.elapsed()) / 1000.0, 0, 'f', 1);

    plan::Plan plan;
    for (int i = 0; i < nodes; ++i) {
        plan::Node n;
        n.name = QStringLiteral("node-%1").arg(i, 2, 10, QLatin1Char('0'));
        n.address = QStringLiteral("127.0.0.1");
        n.port = sshd[static_cast<std::size_t>(i)]->port();
        plan.nodes.push_back(n);
        const QString data = dir.filePath(QStringLiteral("data%1").arg(i));
        QDir().mkpath(data);
        QFile f(data + QStringLiteral("/small.bin"));
        f.open(QIODevice::WriteOnly);
        f.write(QByteArray(1 << 20, static_cast<char>(i)));
        plan::Dataset d;
        d.name = QStringLiteral("d%1").arg(i);
        d.locations.push_back({n.name, data});
        plan.datasets.push_back(d);
    }
    fleet::FleetOptions options;
    options.parallel = nodes;
    options.ssh.knownHostsFile = knownHostsFile;
    options.ssh.identityFile = sshd[0]->identity();
    options.ssh.configFile = dir.filePath(QStringLiteral("empty_config"));
    QFile(options.ssh.configFile).open(QIODevice::WriteOnly);
    options.enginePath = cli;

    QElapsedTimer timer;
    timer.start();
    const auto reports = fleet::FleetStatus::poll(plan, options);
    const double statusSeconds = static_cast<double>(timer.elapsed()) / 1000.0;
    const auto statusFailures = std::count_if(reports.begin(), reports.end(), [](const fleet::NodeReport& r) { return !r.reachable; });
    for (const auto& r : reports)
        if (!r.reachable)
            out << "  " << r.node << ": " << r.error.message << '\n';
    out << QStringLiteral("status of all %1 nodes in parallel: %2 s wall, %3 failures\n").arg(nodes).arg(statusSeconds, 0, 'f', 2).arg(statusFailures);

    // A small backup on every node at once (1 MiB each; init + backup, one session per node).
    std::atomic<int> backupFailures{0};
    timer.restart();
    std::vector<std::thread> workers;
    for (int i = 0; i < nodes; ++i) {
        workers.emplace_back([&, i] {
            const ssh::SshTarget target{{}, QStringLiteral("127.0.0.1"), plan.nodes[static_cast<std::size_t>(i)].port, {}};
            auto t = fleet::SshTransport::start(target, options.ssh, cli);
            if (!t) {
                ++backupFailures;
                return;
            }
            auto s = fleet::EngineSession::open(std::unique_ptr<fleet::EngineTransport>(std::move(t.value())));
            if (!s) {
                ++backupFailures;
                return;
            }
            const QString repo = dir.filePath(QStringLiteral("repo%1").arg(i));
            const QJsonObject base{{QStringLiteral("repo"), repo}, {QStringLiteral("password"), QStringLiteral("bench")}};
            QJsonObject backup = base;
            backup.insert(QStringLiteral("args"), QJsonArray{plan.datasets[static_cast<std::size_t>(i)].locations[0].path});
            if (!s.value()->request(QStringLiteral("repo.init"), base) || !s.value()->request(QStringLiteral("repo.backup"), backup))
                ++backupFailures;
        });
    }
    for (auto& w : workers)
        w.join();
    const double backupSeconds = static_cast<double>(timer.elapsed()) / 1000.0;
    out << QStringLiteral("init + 1 MiB backup on all %1 nodes at once: %2 s wall, %3 failures\n").arg(nodes).arg(backupSeconds, 0, 'f', 2).arg(backupFailures.load());

    // Per-session overhead, one node after another: ours (connect … status) vs `ssh host true`.
    timer.restart();
    for (int i = 0; i < nodes; ++i)
        fleet::FleetStatus::pollNode(plan, plan.nodes[static_cast<std::size_t>(i)], options);
    const double oursEach = static_cast<double>(timer.elapsed()) / 1000.0 / nodes;
    timer.restart();
    int sshFailures = 0;
    for (int i = 0; i < nodes; ++i) {
        QProcess ssh;
        ssh.start(QStringLiteral("ssh"), {QStringLiteral("-F"), options.ssh.configFile, QStringLiteral("-o"), QStringLiteral("BatchMode=yes"), QStringLiteral("-o"),
                                          QStringLiteral("UserKnownHostsFile=") + knownHostsFile, QStringLiteral("-o"), QStringLiteral("StrictHostKeyChecking=yes"),
                                          QStringLiteral("-i"), options.ssh.identityFile, QStringLiteral("-p"), QString::number(plan.nodes[static_cast<std::size_t>(i)].port),
                                          QStringLiteral("127.0.0.1"), QStringLiteral("true")});
        ssh.waitForFinished(30000);
        sshFailures += ssh.exitCode() != 0;
    }
    const double sshEach = static_cast<double>(timer.elapsed()) / 1000.0 / nodes;
    out << QStringLiteral("one session, sequential over %1 nodes: lifeboat (connect + engine + hello + status) %2 ms, OpenSSH `ssh host true` %3 ms (%4 failures): ratio %5\n")
               .arg(nodes)
               .arg(oursEach * 1000, 0, 'f', 1)
               .arg(sshEach * 1000, 0, 'f', 1)
               .arg(sshFailures)
               .arg(oursEach / sshEach, 0, 'f', 2);
    return statusFailures == 0 && backupFailures == 0 && sshFailures == 0 ? 0 : 1;
}
