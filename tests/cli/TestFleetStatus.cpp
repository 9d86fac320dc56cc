// SPDX-License-Identifier: GPL-3.0-or-later
// `lifeboat-cli fleet status PLAN`: every node asked over SSH through a bounded pool. Two
// nodes on a real sshd answer; one refuses connections and one accepts TCP but never
// speaks (a hung node). The hung node must cost its own timeout, not everyone's.
#include "CliRunner.h"
#include "SshdFixture.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using lifeboat::test::cli;
using lifeboat::test::Run;
using lifeboat::test::SshdFixture;

class TestFleetStatus : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;

private slots:
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
};

QTEST_GUILESS_MAIN(TestFleetStatus)
#include "TestFleetStatus.moc"
