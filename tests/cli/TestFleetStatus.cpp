// SPDX-License-Identifier: GPL-3.0-or-later
// `lifeboat-cli fleet status PLAN`: every node asked over SSH through a bounded pool. Two
// nodes on a real sshd answer; one refuses connections and one accepts TCP but never
// speaks (a hung node). The hung node must cost its own timeout, not everyone's.
#include "CliRunner.h"
#include "SshdFixture.h"
#include "core/fleet/FleetStatus.h"
#include "core/fleet/NodeHealth.h"
#include "core/fleet/RemoteSnapshots.h"
#include "core/repo/LocalStorage.h"
#include "core/repo/Repository.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace lifeboat;
using lifeboat::test::cli;
using lifeboat::test::Run;
using lifeboat::test::SshdFixture;

class TestFleetStatus : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;

    static plan::Node node(const QString& name, const QString& address, int port)
    {
        plan::Node n;
        n.name = name;
        n.domain = QStringLiteral("r1");
        n.role = QStringLiteral("storage");
        n.address = address;
        n.port = port;
        return n;
    }

    static fleet::FleetOptions options(const SshdFixture& sshd)
    {
        fleet::FleetOptions o;
        o.ssh.knownHostsFile = sshd.knownHosts();
        o.ssh.identityFile = sshd.identity();
        o.ssh.configFile = sshd.hostileConfig();
        o.ssh.acceptFingerprint = sshd.fingerprint(QStringLiteral("a"));
        o.ssh.timeoutSeconds = 10;
        o.enginePath = QStringLiteral(LIFEBOAT_CLI_PATH);
        return o;
    }

private slots:
    // A repository's snapshots through the node's engine over a real sshd: the same list,
    // times and datasets as stored; a wrong passphrase and a path with no repository are
    // errors that say so; the repository is not changed by being listed.
    void aRepositorysSnapshotsOverSsh()
    {
        SshdFixture sshd(m_dir.filePath(QStringLiteral("sshd-snapshots")));
        const QString problem = sshd.start();
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        const QString path = m_dir.filePath(QStringLiteral("repo-snapshots"));
        repo::InitOptions init;
        init.passphrase = "correct horse";
        init.scrypt.n = 1024;
        auto repository = repo::Repository::init(std::make_shared<repo::LocalStorage>(path), init);
        QVERIFY(repository);
        QStringList ids;
        for (int day = 1; day <= 3; ++day) {
            repo::Snapshot s;
            s.time = QDateTime(QDate(2026, 11, day), QTime(2, 15), QTimeZone::utc());
            s.hostname = QStringLiteral("gpu-07");
            s.paths = {QStringLiteral("/data/ckpt")};
            s.dataset = day < 3 ? QStringLiteral("ckpt") : QString();
            auto saved = (*repository)->saveSnapshot(s);
            QVERIFY(saved);
            ids << *saved;
        }
        const plan::Node n = node(QStringLiteral("bkp-1"), QStringLiteral("127.0.0.1"), sshd.port());

        auto listed = fleet::RemoteSnapshots::list(n, options(sshd), path, "correct horse");
        QVERIFY2(listed, qPrintable(listed ? QString() : listed.error().message));
        QCOMPARE(listed->size(), 3);
        QStringList got;
        for (const repo::Snapshot& s : *listed) {
            got << s.id;
            QCOMPARE(s.time, QDateTime(QDate(2026, 11, s.time.date().day()), QTime(2, 15), QTimeZone::utc()));
            QCOMPARE(s.dataset, s.time.date().day() < 3 ? QStringLiteral("ckpt") : QString());
        }
        got.sort();
        ids.sort();
        QCOMPARE(got, ids);

        auto wrong = fleet::RemoteSnapshots::list(n, options(sshd), path, "wrong");
        QVERIFY(!wrong);
        auto nowhere = fleet::RemoteSnapshots::list(n, options(sshd), m_dir.filePath(QStringLiteral("no-repo-here")), "correct horse");
        QVERIFY(!nowhere);
        QVERIFY2(nowhere.error().message.contains(QLatin1String("no-repo-here")), qPrintable(nowhere.error().message));
        QCOMPARE((*repository)->snapshots()->size(), 3);

        // A listing with a snapshot that has no time is refused, not read as "now".
        QVERIFY(!fleet::RemoteSnapshots::fromListing(QJsonObject{{QStringLiteral("snapshots"), QJsonArray{QJsonObject{{QStringLiteral("id"), ids.front()}}}}}));
        QVERIFY(!fleet::RemoteSnapshots::fromListing(QJsonObject{}));
    }

    void slowAndDeadNodesDoNotStallTheOthers()
    {
        SshdFixture sshd(m_dir.filePath(QStringLiteral("sshd")));
        const QString problem = sshd.start();
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        QTcpServer hung;   // listens, never accepts: the kernel completes the handshake, nobody talks
        QVERIFY(hung.listen(QHostAddress::LocalHost));
        QTcpServer closedPort;
        QVERIFY(closedPort.listen(QHostAddress::LocalHost));
        const int deadPort = closedPort.serverPort();
        closedPort.close();   // nothing listens there now: connection refused

        const QString present = m_dir.filePath(QStringLiteral("data/present"));
        QDir().mkpath(present);
        const QString missing = m_dir.filePath(QStringLiteral("data/missing"));
        const auto node = [](const QString& name, int port) {
            return QJsonObject{{QStringLiteral("name"), name}, {QStringLiteral("domain"), QStringLiteral("r1")}, {QStringLiteral("role"), QStringLiteral("storage")},
                               {QStringLiteral("address"), QStringLiteral("127.0.0.1")}, {QStringLiteral("port"), port}};
        };
        const QJsonObject plan{
            {QStringLiteral("version"), 1},
            {QStringLiteral("name"), QStringLiteral("fleet test")},
            {QStringLiteral("fleet"), QJsonObject{{QStringLiteral("domains"), QJsonArray{QJsonObject{{QStringLiteral("id"), QStringLiteral("r1")}, {QStringLiteral("level"), QStringLiteral("rack")}}}},
                                                  {QStringLiteral("nodes"), QJsonArray{node(QStringLiteral("ok-1"), sshd.port()), node(QStringLiteral("ok-2"), sshd.port()),
                                                                                       node(QStringLiteral("dead"), deadPort), node(QStringLiteral("hung"), hung.serverPort())}}}},
            {QStringLiteral("datasets"), QJsonArray{QJsonObject{{QStringLiteral("name"), QStringLiteral("d1")}, {QStringLiteral("tier"), QStringLiteral("high")},
                                                                {QStringLiteral("size"), QStringLiteral("1 GB")}, {QStringLiteral("rpo"), QStringLiteral("24h")},
                                                                {QStringLiteral("rto"), QStringLiteral("4h")},
                                                                {QStringLiteral("locations"), QJsonArray{QJsonObject{{QStringLiteral("node"), QStringLiteral("ok-1")}, {QStringLiteral("path"), present}},
                                                                                                         QJsonObject{{QStringLiteral("node"), QStringLiteral("ok-2")}, {QStringLiteral("path"), missing}}}}}}},
        };
        const QString planFile = m_dir.filePath(QStringLiteral("plan.json"));
        QFile f(planFile);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QJsonDocument(plan).toJson());
        f.close();

        QElapsedTimer timer;
        timer.start();
        const Run run = cli({"fleet", "status", planFile, "--json", "--parallel", "4", "--timeout", "3", "--known-hosts", sshd.knownHosts(), "--ssh-identity",
                             sshd.identity(), "--ssh-config", sshd.hostileConfig(), "--accept-host-key", sshd.fingerprint(QStringLiteral("a")), "--engine",
                             QStringLiteral(LIFEBOAT_CLI_PATH)},
                            120000);
        const qint64 took = timer.elapsed();
        QVERIFY_RUN(run, 1);   // not every node answered
        QHash<QString, QJsonObject> byNode;
        QJsonObject summary;
        for (const QByteArray& line : run.out.split('\n')) {
            const QJsonObject o = QJsonDocument::fromJson(line).object();
            if (o.value(QStringLiteral("type")).toString() == QLatin1String("node"))
                byNode.insert(o.value(QStringLiteral("node")).toString(), o);
            else if (o.value(QStringLiteral("type")).toString() == QLatin1String("summary"))
                summary = o;
        }
        QCOMPARE(byNode.size(), 4);
        QCOMPARE(summary.value(QStringLiteral("reachable")).toInt(), 2);
        QVERIFY(byNode[QStringLiteral("ok-1")].value(QStringLiteral("reachable")).toBool());
        QVERIFY(!byNode[QStringLiteral("ok-1")].value(QStringLiteral("engine")).toString().isEmpty());
        QCOMPARE(byNode[QStringLiteral("ok-1")].value(QStringLiteral("missing_paths")).toArray().size(), 0);
        QCOMPARE(byNode[QStringLiteral("ok-2")].value(QStringLiteral("missing_paths")).toArray().at(0).toString(), missing);
        QVERIFY(!byNode[QStringLiteral("dead")].value(QStringLiteral("reachable")).toBool());
        QVERIFY(!byNode[QStringLiteral("dead")].value(QStringLiteral("error")).toString().isEmpty());
        const QJsonObject h = byNode[QStringLiteral("hung")];
        QVERIFY(!h.value(QStringLiteral("reachable")).toBool());
        // The hung node costs its own connect timeout (3 s), and the others answer meanwhile:
        // everything is done well before two timeouts in a row.
        QVERIFY2(h.value(QStringLiteral("seconds")).toDouble() >= 2.5 && h.value(QStringLiteral("seconds")).toDouble() < 8, qPrintable(QString::number(h.value(QStringLiteral("seconds")).toDouble())));
        QVERIFY2(byNode[QStringLiteral("ok-1")].value(QStringLiteral("seconds")).toDouble() < 3, "a healthy node waited for the hung one");
        QVERIFY2(took < 15000, qPrintable(QString::number(took)));

        // Human output names each node and the reason.
        const Run human = cli({"fleet", "status", planFile, "--parallel", "4", "--timeout", "3", "--known-hosts", sshd.knownHosts(), "--ssh-identity",
                               sshd.identity(), "--ssh-config", sshd.hostileConfig(), "--engine", QStringLiteral(LIFEBOAT_CLI_PATH)},
                              120000);
        QVERIFY_RUN(human, 1);
        QVERIFY(human.out.contains("ok-2"));
        QVERIFY(human.out.contains("MISSING"));
        QVERIFY(human.out.contains("UNREACHABLE"));
        QVERIFY(human.out.contains("2 of 4 nodes reachable"));
    }

    // Twelve plan nodes behind one address whose sshd drops every unauthenticated
    // connection beyond two (MaxStartups 2). With logins to one host capped at two, all
    // twelve answer on the first attempt, retries off. (Uncapped, the same poll loses
    // several of them to resets: measured by hand, see the closing note of issue #6.)
    void loginsToOneHostAreCapped()
    {
        SshdFixture sshd(m_dir.filePath(QStringLiteral("sshd-busy")));
        sshd.setMaxStartups(QStringLiteral("2"));
        const QString problem = sshd.start();
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        plan::Plan p;
        for (int i = 0; i < 12; ++i)
            p.nodes.push_back(node(QStringLiteral("n%1").arg(i), QStringLiteral("127.0.0.1"), sshd.port()));
        fleet::FleetOptions o = options(sshd);
        o.parallel = 12;
        o.attempts = 1;
        o.handshakesPerHost = 2;
        const auto reports = fleet::FleetStatus::poll(p, o);
        QStringList failed;
        for (const auto& r : reports)
            if (!r.reachable)
                failed << r.node + QStringLiteral(": ") + r.error.message;
        QVERIFY2(failed.isEmpty(), qPrintable(failed.join(QLatin1Char('\n'))));
        if (qEnvironmentVariableIsSet("LIFEBOAT_SHOW_UNCAPPED")) {
            o.handshakesPerHost = 12;
            int lost = 0;
            for (const auto& r : fleet::FleetStatus::poll(p, o))
                lost += r.reachable ? 0 : 1;
            qInfo("uncapped: %d of 12 nodes lost to MaxStartups", lost);
        }
    }

    // Addresses that try to become ssh options or shell commands are refused before any
    // connection, and nothing runs; a node with no engine is said to have none.
    void hostileAddressesAreRefusedAndAMissingEngineIsNamed()
    {
        SshdFixture sshd(m_dir.filePath(QStringLiteral("sshd-hostile")));
        const QString problem = sshd.start();
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        const QString marker = m_dir.filePath(QStringLiteral("pwned"));
        plan::Plan p;
        const QStringList hostile{QStringLiteral("-oProxyCommand=touch %1").arg(marker), QStringLiteral("a;touch %1").arg(marker),
                                  QStringLiteral("$(touch %1)").arg(marker), QStringLiteral("`touch %1`").arg(marker), QStringLiteral("host name"),
                                  QStringLiteral("h\nProxyCommand touch %1").arg(marker)};
        for (int i = 0; i < hostile.size(); ++i)
            p.nodes.push_back(node(QStringLiteral("evil%1").arg(i), hostile[i], sshd.port()));
        plan::Node alias = node(QStringLiteral("evil-alias"), QString(), 22);
        alias.sshAlias = QStringLiteral("-oProxyCommand=touch %1").arg(marker);
        p.nodes.push_back(alias);
        p.nodes.push_back(node(QStringLiteral("no-engine"), QStringLiteral("127.0.0.1"), sshd.port()));
        fleet::FleetOptions o = options(sshd);
        const QString missingEngine = m_dir.filePath(QStringLiteral("nowhere/lifeboat-cli"));
        o.enginePath = missingEngine;
        const auto reports = fleet::FleetStatus::poll(p, o);
        QCOMPARE(reports.size(), p.nodes.size());
        for (std::size_t i = 0; i + 1 < reports.size(); ++i) {
            QCOMPARE(fleet::NodeHealth::of(reports[i]).state, fleet::NodeState::BadAddress);
            QCOMPARE(reports[i].attempts, 0);   // refused before any connection
        }
        const auto& none = reports.back();
        QCOMPARE(none.error.code, Error::Code::NotFound);
        QCOMPARE(fleet::NodeHealth::of(none).state, fleet::NodeState::EngineMissing);
        QVERIFY(none.loggedIn);
        QVERIFY2(none.error.message.contains(QStringLiteral("lifeboat-cli")), qPrintable(none.error.message));
        QVERIFY(!QFile::exists(marker));
    }

    // A node named by a ~/.ssh/config alias: the config gives host, port, user and key; the
    // trust decision stays Lifeboat's (known_hosts is written for the real host and port).
    void anSshConfigAliasGivesHostPortUserAndKey()
    {
        SshdFixture sshd(m_dir.filePath(QStringLiteral("sshd-alias")));
        const QString problem = sshd.start();
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        const QString config = m_dir.filePath(QStringLiteral("alias_config"));
        QFile f(config);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QStringLiteral("Host lifeboat-alias-node\n    HostName 127.0.0.1\n    Port %1\n    User %2\n    IdentityFile %3\n"
                               "    StrictHostKeyChecking no\n")
                    .arg(sshd.port())
                    .arg(qEnvironmentVariable("USER", QStringLiteral("root")), sshd.identity())
                    .toUtf8());
        f.close();
        plan::Plan p;
        plan::Node alias = node(QStringLiteral("aliased"), QString(), 22);
        alias.sshAlias = QStringLiteral("lifeboat-alias-node");
        p.nodes.push_back(alias);
        fleet::FleetOptions o = options(sshd);
        o.ssh.identityFile.clear();   // the alias's IdentityFile logs in
        o.ssh.configFile = config;
        o.ssh.acceptFingerprint.clear();
        auto reports = fleet::FleetStatus::poll(p, o);
        // Unknown first, whatever the config says about StrictHostKeyChecking.
        QCOMPARE(reports.at(0).error.code, Error::Code::HostKeyUnknown);
        QCOMPARE(reports.at(0).hostKeyFingerprint, sshd.fingerprint(QStringLiteral("a")));
        o.acceptedFingerprints.insert(QStringLiteral("aliased"), reports.at(0).hostKeyFingerprint);
        reports = fleet::FleetStatus::poll(p, o);
        QVERIFY2(reports.at(0).reachable, qPrintable(reports.at(0).error.message));
        QFile known(sshd.knownHosts());
        QVERIFY(known.open(QIODevice::ReadOnly));
        QVERIFY(known.readAll().contains(QStringLiteral("[127.0.0.1]:%1 ").arg(sshd.port()).toUtf8()));
    }
};

QTEST_GUILESS_MAIN(TestFleetStatus)
#include "TestFleetStatus.moc"
