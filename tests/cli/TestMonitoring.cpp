// SPDX-License-Identifier: GPL-3.0-or-later
// `lifeboat-cli check PLAN` and `lifeboat-cli metrics PLAN` against nodes behind a real
// sshd: real backups run through the node's engine (`serve`) are journaled on the node with
// their dataset, snapshot and bytes, or their error in words; a failed run and an old one
// in the journal turn into the states and texts monitoring reads; a node that does not
// answer is named. Outputs are checked against the Nagios and Prometheus formats.
#include "../unit/MonitorFormats.h"
#include "CliRunner.h"
#include "SshdFixture.h"
#include "core/fleet/EngineSession.h"
#include "core/fleet/SshTransport.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using namespace lifeboat;
using lifeboat::test::cli;
using lifeboat::test::Run;
using lifeboat::test::SshdFixture;

namespace {

bool writeText(const QString& path, const QByteArray& text, bool append = false)
{
    QDir().mkpath(QFileInfo(path).path());
    QFile f(path);
    return f.open(append ? QIODevice::Append : (QIODevice::WriteOnly | QIODevice::Truncate)) && f.write(text) == text.size();
}

QList<QJsonObject> journalLines(const QString& path)
{
    QList<QJsonObject> out;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return out;
    for (const QByteArray& line : f.readAll().split('\n'))
        if (!line.trimmed().isEmpty())
            out << QJsonDocument::fromJson(line).object();
    return out;
}

} // namespace

class TestMonitoring : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    SshdFixture m_sshd{m_dir.filePath(QStringLiteral("sshd"))};
    QString m_engine;
    QString m_journal;
    QString m_repo;
    QString m_plan;
    int m_deadPort = 0;

    QStringList fleetArguments() const
    {
        return {QStringLiteral("--known-hosts"), m_sshd.knownHosts(), QStringLiteral("--ssh-identity"), m_sshd.identity(), QStringLiteral("--ssh-config"),
                m_sshd.hostileConfig(), QStringLiteral("--accept-host-key"), m_sshd.fingerprint(QStringLiteral("a")), QStringLiteral("--engine"), m_engine,
                QStringLiteral("--timeout"), QStringLiteral("3")};
    }

    // A request to the node's engine over SSH, as the console or a scheduled job makes it.
    Result<fleet::EngineResponse> onNode(const QString& op, const QJsonObject& params)
    {
        ssh::SshTarget target;
        target.host = QStringLiteral("127.0.0.1");
        target.port = m_sshd.port();
        ssh::SshOptions options;
        options.knownHostsFile = m_sshd.knownHosts();
        options.identityFile = m_sshd.identity();
        options.configFile = m_sshd.hostileConfig();
        options.acceptFingerprint = m_sshd.fingerprint(QStringLiteral("a"));
        auto transport = fleet::SshTransport::start(target, options, m_engine);
        if (!transport)
            return transport.error();
        auto session = fleet::EngineSession::open(std::unique_ptr<fleet::EngineTransport>(std::move(transport.value())));
        if (!session)
            return session.error();
        return session.value()->request(op, params);
    }

    QString writePlan(const QStringList& datasets, bool withDeadNode)
    {
        const auto node = [](const QString& name, int port) {
            return QJsonObject{{QStringLiteral("name"), name}, {QStringLiteral("domain"), QStringLiteral("r1")}, {QStringLiteral("role"), QStringLiteral("storage")},
                               {QStringLiteral("address"), QStringLiteral("127.0.0.1")}, {QStringLiteral("port"), port}};
        };
        QJsonArray nodes{node(QStringLiteral("n1"), m_sshd.port())};
        if (withDeadNode)
            nodes.append(node(QStringLiteral("dead"), m_deadPort));
        QJsonArray sets;
        QJsonArray policies;
        for (const QString& name : datasets) {
            sets.append(QJsonObject{{QStringLiteral("name"), name}, {QStringLiteral("tier"), QStringLiteral("high")}, {QStringLiteral("size"), QStringLiteral("1 GB")},
                                    {QStringLiteral("rpo"), QStringLiteral("24h")}, {QStringLiteral("rto"), QStringLiteral("4h")},
                                    {QStringLiteral("locations"), QJsonArray{QJsonObject{{QStringLiteral("node"), QStringLiteral("n1")}, {QStringLiteral("path"), m_dir.filePath(name)}}}}});
            policies.append(QJsonObject{{QStringLiteral("name"), QString(name + QStringLiteral("-daily"))}, {QStringLiteral("dataset"), name},
                                        {QStringLiteral("schedule"), QJsonObject{{QStringLiteral("cron"), QStringLiteral("0 1 * * *")}}},
                                        {QStringLiteral("repositories"), QJsonArray{QStringLiteral("repo")}},
                                        {QStringLiteral("retention"), QJsonObject{{QStringLiteral("keepDaily"), 7}}}});
        }
        const QJsonObject plan{{QStringLiteral("version"), 1},
                               {QStringLiteral("name"), QStringLiteral("monitoring test")},
                               {QStringLiteral("fleet"), QJsonObject{{QStringLiteral("domains"), QJsonArray{QJsonObject{{QStringLiteral("id"), QStringLiteral("r1")},
                                                                                                                    {QStringLiteral("level"), QStringLiteral("rack")}}}},
                                                                     {QStringLiteral("nodes"), nodes}}},
                               {QStringLiteral("datasets"), sets},
                               {QStringLiteral("repositories"), QJsonArray{QJsonObject{{QStringLiteral("name"), QStringLiteral("repo")}, {QStringLiteral("node"), QStringLiteral("n1")},
                                                                                      {QStringLiteral("path"), m_repo}}}},
                               {QStringLiteral("policies"), policies}};
        const QString file = m_dir.filePath(QStringLiteral("plan-%1.json").arg(datasets.size() + (withDeadNode ? 100 : 0)));
        writeText(file, QJsonDocument(plan).toJson());
        return file;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        const QString problem = m_sshd.start();
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        QTcpServer closed;
        QVERIFY(closed.listen(QHostAddress::LocalHost));
        m_deadPort = closed.serverPort();
        closed.close();
        // The node's engine keeps its run journal where the test can read and seed it.
        m_journal = m_dir.filePath(QStringLiteral("node/runs.jsonl"));
        m_engine = m_dir.filePath(QStringLiteral("node/engine"));
        // Its jobs in the test's folder too, installed into a cron.d of its own.
        QVERIFY(writeText(m_engine, QStringLiteral("#!/bin/sh\nexport XDG_DATA_HOME='%3' LIFEBOAT_SCHEDULER='cron-file:%4'\nexec '%1' \"$@\" --journal '%2'\n")
                                        .arg(QStringLiteral(LIFEBOAT_CLI_PATH), m_journal, m_dir.filePath(QStringLiteral("node/xdg")), m_dir.filePath(QStringLiteral("node/cron.d")))
                                        .toUtf8()));
        QFile(m_engine).setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
        m_repo = m_dir.filePath(QStringLiteral("repo"));
        QVERIFY(writeText(m_dir.filePath(QStringLiteral("fresh/a.bin")), QByteArray(100000, 'a')));
        QVERIFY_RUN(cli({QStringLiteral("repo"), QStringLiteral("init"), QStringLiteral("--repo"), m_repo, QStringLiteral("--insecure-no-encryption")}), 0);
    }

    void runsAreJournaledOnTheNode()
    {
        auto good = onNode(QStringLiteral("repo.backup"), QJsonObject{{QStringLiteral("repo"), m_repo}, {QStringLiteral("dataset"), QStringLiteral("fresh")},
                                                                      {QStringLiteral("host"), QStringLiteral("n1")}, {QStringLiteral("args"), QJsonArray{m_dir.filePath(QStringLiteral("fresh"))}}});
        QVERIFY2(good, qPrintable(good ? QString() : good.error().message));
        // The source of "broken" is gone: the backup fails, and says why.
        auto bad = onNode(QStringLiteral("repo.backup"), QJsonObject{{QStringLiteral("repo"), m_repo}, {QStringLiteral("dataset"), QStringLiteral("broken")},
                                                                     {QStringLiteral("args"), QJsonArray{m_dir.filePath(QStringLiteral("broken"))}}});
        QVERIFY(!bad);
        const QList<QJsonObject> lines = journalLines(m_journal);
        QCOMPARE(lines.size(), 2);
        QCOMPARE(lines[0].value(QStringLiteral("dataset")).toString(), QStringLiteral("fresh"));
        QCOMPARE(lines[0].value(QStringLiteral("exit")).toInt(), 0);
        QCOMPARE(lines[0].value(QStringLiteral("snapshot")).toString(), good->result.value(QStringLiteral("id")).toString());
        QCOMPARE(lines[0].value(QStringLiteral("bytes")).toDouble(), 100000.0);
        QCOMPARE(lines[0].value(QStringLiteral("repo")).toString(), m_repo);
        QCOMPARE(lines[1].value(QStringLiteral("dataset")).toString(), QStringLiteral("broken"));
        QVERIFY(lines[1].value(QStringLiteral("exit")).toInt() != 0);
        QVERIFY2(lines[1].value(QStringLiteral("error")).toString().contains(m_dir.filePath(QStringLiteral("broken"))), qPrintable(lines[1].value(QStringLiteral("error")).toString()));
    }

    void checkSpeaksNagios()
    {
        // A backup of "stale" that ended 30 h ago, as an earlier run left it in the journal.
        const QDateTime old = QDateTime::currentDateTimeUtc().addSecs(-30 * 3600);
        QVERIFY(writeText(m_journal,
                          QJsonDocument(QJsonObject{{QStringLiteral("op"), QStringLiteral("repo.backup")}, {QStringLiteral("dataset"), QStringLiteral("stale")},
                                                    {QStringLiteral("repo"), m_repo}, {QStringLiteral("started"), old.addSecs(-60).toString(Qt::ISODateWithMs)},
                                                    {QStringLiteral("finished"), old.toString(Qt::ISODateWithMs)}, {QStringLiteral("exit"), 0}})
                                  .toJson(QJsonDocument::Compact)
                              + '\n',
                          true));
        const QString all = writePlan({QStringLiteral("fresh"), QStringLiteral("broken"), QStringLiteral("stale")}, true);
        const Run check = cli(QStringList{QStringLiteral("check"), all} + fleetArguments(), 120000);
        QCOMPARE(check.exitCode, 2);
        const QString out = QString::fromUtf8(check.out);
        QCOMPARE(test::nagiosProblem(out, check.exitCode), QString());
        QVERIFY2(out.startsWith(QStringLiteral("LIFEBOAT CRITICAL - ")), qPrintable(out));
        QVERIFY2(out.contains(QStringLiteral("CRITICAL dataset: Dataset broken: its last backup on n1 failed")), qPrintable(out));
        QVERIFY2(out.contains(QStringLiteral("CRITICAL dataset: Dataset stale: its newest good backup is 1d6h old, beyond its RPO of 1d.")), qPrintable(out));
        QVERIFY2(out.contains(QStringLiteral("CRITICAL node: ")) && out.contains(QStringLiteral("dead")), qPrintable(out));
        QVERIFY(out.contains(QStringLiteral("'fresh backup age'=")));
        QVERIFY(!out.contains(QStringLiteral("dataset: Dataset fresh")));

        // Only the healthy dataset, its schedule never applied: a warning that says so.
        const QString healthy = writePlan({QStringLiteral("fresh")}, false);
        const Run unapplied = cli(QStringList{QStringLiteral("check"), healthy} + fleetArguments(), 120000);
        QCOMPARE(unapplied.exitCode, 1);
        QCOMPARE(test::nagiosProblem(QString::fromUtf8(unapplied.out), 1), QString());
        QVERIFY2(unapplied.out.contains("WARNING node: Node n1: the plan's schedule was never applied here (2 job(s) to install): run Apply."), unapplied.out.constData());
        // Applied: OK, exit 0.
        QVERIFY_RUN(cli(QStringList{QStringLiteral("apply"), healthy} + fleetArguments(), 120000), 0);
        const Run ok = cli(QStringList{QStringLiteral("check"), healthy} + fleetArguments(), 120000);
        QCOMPARE(ok.exitCode, 0);
        QCOMPARE(test::nagiosProblem(QString::fromUtf8(ok.out), 0), QString());
        QVERIFY2(ok.out.startsWith("LIFEBOAT OK - "), ok.out.constData());
        // A check that cannot run is UNKNOWN (3) with a status line, as Nagios expects.
        const Run broken = cli({QStringLiteral("check"), m_dir.filePath(QStringLiteral("no-such-plan.json"))});
        QCOMPARE(broken.exitCode, 3);
        QCOMPARE(test::nagiosProblem(QString::fromUtf8(broken.out), 3), QString());
        QVERIFY(!broken.err.isEmpty());
        QCOMPARE(cli({QStringLiteral("check"), all, QStringLiteral("--rpo-warning"), QStringLiteral("2")}).exitCode, 3);
    }

    void metricsSpeakPrometheus()
    {
        const QString all = writePlan({QStringLiteral("fresh"), QStringLiteral("broken"), QStringLiteral("stale")}, true);
        const QString prom = m_dir.filePath(QStringLiteral("textfile/lifeboat.prom"));
        QDir().mkpath(QFileInfo(prom).path());
        QVERIFY_RUN(cli(QStringList{QStringLiteral("metrics"), all, QStringLiteral("--output"), prom} + fleetArguments(), 120000), 0);
        QFile f(prom);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(f.readAll());
        QCOMPARE(test::prometheusProblem(text), QString());
        QVERIFY(text.contains(QStringLiteral("lifeboat_dataset_state{dataset=\"fresh\",state=\"ok\"} 1\n")));
        QVERIFY(text.contains(QStringLiteral("lifeboat_dataset_state{dataset=\"broken\",state=\"last-run-failed\"} 1\n")));
        QVERIFY(text.contains(QStringLiteral("lifeboat_dataset_state{dataset=\"stale\",state=\"rpo-breached\"} 1\n")));
        QVERIFY(text.contains(QStringLiteral("lifeboat_node_up{node=\"n1\"} 1\n")));
        QVERIFY(text.contains(QStringLiteral("lifeboat_node_up{node=\"dead\"} 0\n")));
        QVERIFY(text.contains(QStringLiteral("lifeboat_repository_free_bytes{repository=\"repo\"} ")));
        // Written whole or not at all: no temporary file is left beside it.
        QCOMPARE(QDir(QFileInfo(prom).path()).entryList(QDir::Files), QStringList{QStringLiteral("lifeboat.prom")});
        // To stdout without --output.
        const Run out = cli(QStringList{QStringLiteral("metrics"), writePlan({QStringLiteral("fresh")}, false)} + fleetArguments(), 120000);
        QVERIFY_RUN(out, 0);
        QCOMPARE(test::prometheusProblem(QString::fromUtf8(out.out)), QString());
    }
};

QTEST_GUILESS_MAIN(TestMonitoring)
#include "TestMonitoring.moc"
