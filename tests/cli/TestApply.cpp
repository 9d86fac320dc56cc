// SPDX-License-Identifier: GPL-3.0-or-later
// `lifeboat-cli apply PLAN` against three nodes, each behind its own real sshd on
// 127.0.0.1 with its own engine, job store, run journal and cron.d directory: the dry run
// shows every node's jobs and writes nothing; the apply installs them and they are read
// back from the cron files and through the node's engine; an entry run the way cron runs
// it backs up over SFTP, copies the snapshot to the second site and is journaled as a
// scheduled run; a failed scheduled run turns into "last run failed"; a changed plan shows
// its exact difference, is applied, and applied again changes nothing; a node whose
// scheduler refuses is named and left as it was while the others are applied.
#include "../unit/MonitorFormats.h"
#include "CliRunner.h"
#include "SshdFixture.h"
#include "core/fleet/EngineSession.h"
#include "core/fleet/SshTransport.h"
#include "core/platform/FileSystem.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include <array>
#include <memory>

using namespace lifeboat;
using lifeboat::test::cli;
using lifeboat::test::Run;
using lifeboat::test::SshdFixture;

namespace {

const QByteArray kPassphrase = "correct horse";

bool writeText(const QString& path, const QByteArray& text)
{
    QDir().mkpath(QFileInfo(path).path());
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(text) == text.size();
}

QByteArray readAll(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QList<QJsonObject> jsonLines(const QByteArray& text)
{
    QList<QJsonObject> out;
    for (const QByteArray& line : text.split('\n'))
        if (!line.trimmed().isEmpty())
            out << QJsonDocument::fromJson(line).object();
    return out;
}

std::uint64_t inodeOf(const QString& path)
{
    auto st = platform::FileSystem::statNoFollow(platform::FileSystem::encodeName(path));
    return st ? st->inode : 0;
}

// "action id" for each change, in order.
QStringList changeList(const QJsonObject& node)
{
    QStringList out;
    for (const QJsonValue& c : node.value(QStringLiteral("changes")).toArray())
        out << c.toObject().value(QStringLiteral("action")).toString() + QLatin1Char(' ') + c.toObject().value(QStringLiteral("id")).toString();
    return out;
}

QJsonObject changeOf(const QJsonObject& node, const QString& id)
{
    for (const QJsonValue& c : node.value(QStringLiteral("changes")).toArray())
        if (c.toObject().value(QStringLiteral("id")).toString() == id)
            return c.toObject();
    return {};
}

QStringList stringsOf(const QJsonValue& array)
{
    QStringList out;
    for (const QJsonValue& v : array.toArray())
        out << v.toString();
    return out;
}

} // namespace

class TestApply : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    std::array<std::unique_ptr<SshdFixture>, 3> m_sshd;
    QString m_knownHosts;
    QString m_cliReal;   // the engine binary as the node sees itself (its entries start it)

    QString nodeDir(int i) const { return m_dir.filePath(QStringLiteral("n%1").arg(i + 1)); }
    QString cronFile(int i) const { return nodeDir(i) + QStringLiteral("/cron.d/lifeboat-apply-test--n%1").arg(i + 1); }
    QString dataDir(int i) const { return nodeDir(i) + QStringLiteral("/xdg/lifeboat"); }
    QString journal(int i) const { return nodeDir(i) + QStringLiteral("/runs.jsonl"); }
    QString jobFile(int i, const QString& id) const { return dataDir(i) + QStringLiteral("/jobs/apply-test--n%1/%2.json").arg(i + 1).arg(id); }
    // One engine command for the whole fleet, as on real nodes; the node it runs on is told
    // by the sshd port the login came in on ($SSH_CONNECTION).
    QString engine() const { return m_dir.filePath(QStringLiteral("engine")); }
    QString primary() const { return m_dir.filePath(QStringLiteral("repos/primary")); }
    QString offsite() const { return m_dir.filePath(QStringLiteral("repos/offsite")); }

    // What a node's engine is started with: its own data directory and cron.d, the node's
    // way to the others (known hosts, key), and UTC as its local time.
    QProcessEnvironment nodeEnvironment(int i) const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("XDG_DATA_HOME"), nodeDir(i) + QStringLiteral("/xdg"));
        env.insert(QStringLiteral("LIFEBOAT_SCHEDULER"), QStringLiteral("cron-file:") + nodeDir(i) + QStringLiteral("/cron.d"));
        env.insert(QStringLiteral("LIFEBOAT_KNOWN_HOSTS"), m_knownHosts);
        env.insert(QStringLiteral("LIFEBOAT_SSH_IDENTITY"), m_sshd[0]->identity());
        env.insert(QStringLiteral("TZ"), QStringLiteral("UTC"));
        env.remove(QStringLiteral("LIFEBOAT_PASSWORD"));
        return env;
    }

    QStringList fleetArguments() const
    {
        return {QStringLiteral("--known-hosts"), m_knownHosts, QStringLiteral("--ssh-identity"), m_sshd[0]->identity(), QStringLiteral("--ssh-config"),
                m_sshd[0]->hostileConfig(), QStringLiteral("--timeout"), QStringLiteral("10")};
    }

    // `apply` with --json; the node lines by node name and the summary line.
    struct Applied {
        Run run;
        QHash<QString, QJsonObject> nodes;
        QJsonObject summary;
    };
    Applied apply(const QString& plan, const QStringList& extra = {})
    {
        Applied a;
        a.run = cli(QStringList{QStringLiteral("apply"), plan, QStringLiteral("--json"), QStringLiteral("--engine"), engine()} + extra + fleetArguments(), 180000);
        for (const QJsonObject& o : jsonLines(a.run.out)) {
            if (o.value(QStringLiteral("type")).toString() == QLatin1String("summary"))
                a.summary = o;
            else
                a.nodes.insert(o.value(QStringLiteral("node")).toString(), o);
        }
        return a;
    }

    Result<fleet::EngineResponse> onNode(int i, const QString& op, const QJsonObject& params)
    {
        ssh::SshTarget target;
        target.host = QStringLiteral("127.0.0.1");
        target.port = m_sshd[static_cast<std::size_t>(i)]->port();
        ssh::SshOptions options;
        options.knownHostsFile = m_knownHosts;
        options.identityFile = m_sshd[0]->identity();
        options.configFile = m_sshd[0]->hostileConfig();
        auto transport = fleet::SshTransport::start(target, options, engine());
        if (!transport)
            return transport.error();
        auto session = fleet::EngineSession::open(std::unique_ptr<fleet::EngineTransport>(std::move(transport.value())));
        if (!session)
            return session.error();
        return session.value()->request(op, params);
    }

    // The plan: corpus on n1 and checkpoints on n2, backed up to "primary" on n3; corpus
    // copied on to "offsite" on n2.
    QString writePlan(const QString& name, const QString& corpusCron, bool withCheckpoints, const QString& verifyCron = QStringLiteral("30 4 * * 0"),
                      const QJsonObject& corpusDrill = {})
    {
        QJsonArray nodes;
        for (int i = 0; i < 3; ++i)
            nodes.append(QJsonObject{{QStringLiteral("name"), QStringLiteral("n%1").arg(i + 1)}, {QStringLiteral("domain"), QStringLiteral("site%1").arg(i + 1)},
                                     {QStringLiteral("role"), QStringLiteral("storage")}, {QStringLiteral("address"), QStringLiteral("127.0.0.1")},
                                     {QStringLiteral("port"), m_sshd[static_cast<std::size_t>(i)]->port()}});
        QJsonArray domains;
        for (int i = 0; i < 3; ++i)
            domains.append(QJsonObject{{QStringLiteral("id"), QStringLiteral("site%1").arg(i + 1)}, {QStringLiteral("level"), QStringLiteral("site")}});
        const auto dataset = [&](const QString& n, const QString& node, const QString& path) {
            return QJsonObject{{QStringLiteral("name"), n}, {QStringLiteral("tier"), QStringLiteral("high")}, {QStringLiteral("size"), QStringLiteral("1 GB")},
                               {QStringLiteral("rpo"), QStringLiteral("24h")}, {QStringLiteral("rto"), QStringLiteral("4h")},
                               {QStringLiteral("locations"), QJsonArray{QJsonObject{{QStringLiteral("node"), node}, {QStringLiteral("path"), path}}}}};
        };
        QJsonArray datasets{dataset(QStringLiteral("corpus"), QStringLiteral("n1"), m_dir.filePath(QStringLiteral("data/corpus")))};
        QJsonArray policies{QJsonObject{{QStringLiteral("name"), QStringLiteral("corpus-hourly")},
                                        {QStringLiteral("dataset"), QStringLiteral("corpus")},
                                        {QStringLiteral("schedule"), QJsonObject{{QStringLiteral("cron"), corpusCron}}},
                                        {QStringLiteral("repositories"), QJsonArray{QStringLiteral("primary"), QStringLiteral("offsite")}},
                                        {QStringLiteral("retention"), QJsonObject{{QStringLiteral("keepDaily"), 7}}},
                                        {QStringLiteral("verify"), QJsonObject{{QStringLiteral("cron"), verifyCron}, {QStringLiteral("readData"), 0.1}}}}};
        if (!corpusDrill.isEmpty()) {
            QJsonObject corpus = policies[0].toObject();
            corpus.insert(QStringLiteral("drill"), corpusDrill);
            policies[0] = corpus;
        }
        if (withCheckpoints) {
            datasets.append(dataset(QStringLiteral("checkpoints"), QStringLiteral("n2"), m_dir.filePath(QStringLiteral("data/checkpoints"))));
            policies.append(QJsonObject{{QStringLiteral("name"), QStringLiteral("checkpoints-6h")},
                                        {QStringLiteral("dataset"), QStringLiteral("checkpoints")},
                                        {QStringLiteral("schedule"), QJsonObject{{QStringLiteral("cron"), QStringLiteral("15 */6 * * *")}, {QStringLiteral("timeZone"), QStringLiteral("Europe/Berlin")}}},
                                        {QStringLiteral("repositories"), QJsonArray{QStringLiteral("primary")}},
                                        {QStringLiteral("retention"), QJsonObject{{QStringLiteral("keepLast"), 5}}}});
        }
        const QJsonObject plan{{QStringLiteral("version"), 1},
                               {QStringLiteral("name"), QStringLiteral("apply test")},
                               {QStringLiteral("fleet"), QJsonObject{{QStringLiteral("domains"), domains}, {QStringLiteral("nodes"), nodes}}},
                               {QStringLiteral("datasets"), datasets},
                               {QStringLiteral("repositories"), QJsonArray{QJsonObject{{QStringLiteral("name"), QStringLiteral("primary")}, {QStringLiteral("node"), QStringLiteral("n3")},
                                                                                      {QStringLiteral("path"), primary()}},
                                                                          QJsonObject{{QStringLiteral("name"), QStringLiteral("offsite")}, {QStringLiteral("node"), QStringLiteral("n2")},
                                                                                      {QStringLiteral("path"), offsite()}}}},
                               {QStringLiteral("policies"), policies}};
        const QString file = m_dir.filePath(name + QStringLiteral(".lifeboat.json"));
        writeText(file, QJsonDocument(plan).toJson());
        return file;
    }

    // The command of the cron entry that starts `id`, as cron hands it to /bin/sh.
    QString cronCommandOf(int i, const QString& id) const
    {
        for (const QByteArray& raw : readAll(cronFile(i)).split('\n')) {
            const QString line = QString::fromUtf8(raw);
            if (line.startsWith(QLatin1Char('#')) || !line.endsWith(QStringLiteral("/%1'").arg(id)))
                continue;
            // Five time fields and the user, then the command.
            return line.section(QLatin1Char(' '), 6).replace(QStringLiteral("\\%"), QStringLiteral("%"));
        }
        return {};
    }

    Run runAsCron(int i, const QString& command)
    {
        QProcess sh;
        sh.setProcessEnvironment(nodeEnvironment(i));
        sh.start(QStringLiteral("/bin/sh"), {QStringLiteral("-c"), command});
        Run r;
        if (!sh.waitForFinished(120000))
            return r;
        r.exitCode = sh.exitCode();
        r.out = sh.readAllStandardOutput();
        r.err = sh.readAllStandardError();
        return r;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_cliReal = QFileInfo(QStringLiteral(LIFEBOAT_CLI_PATH)).canonicalFilePath();
        QByteArray known;
        QByteArray script = "#!/bin/sh\nset -- \"$@\" --journal\ncase \"$SSH_CONNECTION\" in\n";
        for (int i = 0; i < 3; ++i) {
            m_sshd[static_cast<std::size_t>(i)] = std::make_unique<SshdFixture>(nodeDir(i) + QStringLiteral("/sshd"));
            const QString problem = m_sshd[static_cast<std::size_t>(i)]->start();
            QVERIFY2(problem.isEmpty(), qPrintable(problem));
            known += QStringLiteral("[127.0.0.1]:%1 ").arg(m_sshd[static_cast<std::size_t>(i)]->port()).toUtf8()
                   + readAll(nodeDir(i) + QStringLiteral("/sshd/hostkey_a.pub")).trimmed() + '\n';
            // One operator key logs in everywhere, as on a fleet.
            if (i > 0) {
                QFile keys(nodeDir(i) + QStringLiteral("/sshd/authorized_keys"));
                QVERIFY(keys.open(QIODevice::Append));
                keys.write(readAll(m_sshd[0]->identity() + QStringLiteral(".pub")));
            }
        }
        for (int i = 0; i < 3; ++i) {
            const QProcessEnvironment env = nodeEnvironment(i);
            script += QStringLiteral("*' %1')\n").arg(m_sshd[static_cast<std::size_t>(i)]->port()).toUtf8();
            for (const char* name : {"XDG_DATA_HOME", "LIFEBOAT_SCHEDULER", "LIFEBOAT_KNOWN_HOSTS", "LIFEBOAT_SSH_IDENTITY", "TZ"})
                script += QStringLiteral("  export %1='%2'\n").arg(QLatin1String(name), env.value(QLatin1String(name))).toUtf8();
            script += QStringLiteral("  exec '%1' \"$@\" '%2';;\n").arg(QStringLiteral(LIFEBOAT_CLI_PATH), journal(i)).toUtf8();
        }
        script += "esac\necho \"no node for $SSH_CONNECTION\" >&2\nexit 3\n";
        QVERIFY(writeText(engine(), script));
        QFile::setPermissions(engine(), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
        m_knownHosts = m_dir.filePath(QStringLiteral("known_hosts"));
        QVERIFY(writeText(m_knownHosts, known));
        QVERIFY(writeText(m_dir.filePath(QStringLiteral("data/corpus/shard-0.bin")), QByteArray(300000, 'c')));
        QVERIFY(writeText(m_dir.filePath(QStringLiteral("data/corpus/README")), "the corpus\n"));
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("LIFEBOAT_PASSWORD"), QString::fromUtf8(kPassphrase));
        for (const QString& repo : {primary(), offsite()})
            QVERIFY_RUN(cli({QStringLiteral("repo"), QStringLiteral("init"), QStringLiteral("--repo"), repo, QStringLiteral("--scrypt-n"), QStringLiteral("1024")}, 60000, {}, env), 0);
    }

    void aDryRunShowsEveryNodesJobsAndWritesNothing()
    {
        const Applied a = apply(writePlan(QStringLiteral("v1"), QStringLiteral("0 * * * *"), true), {QStringLiteral("--dry-run")});
        QVERIFY_RUN(a.run, 1);   // something would change
        QCOMPARE(a.summary.value(QStringLiteral("changed")).toInt(), 3);
        QCOMPARE(a.summary.value(QStringLiteral("failed")).toInt(), 0);
        QCOMPARE(changeList(a.nodes.value(QStringLiteral("n1"))), QStringList{QStringLiteral("add backup-corpus")});
        QCOMPARE(changeList(a.nodes.value(QStringLiteral("n2"))),
                 (QStringList{QStringLiteral("add backup-checkpoints"), QStringLiteral("add verify-offsite"), QStringLiteral("add maintain-offsite")}));
        QCOMPARE(changeList(a.nodes.value(QStringLiteral("n3"))), (QStringList{QStringLiteral("add verify-primary"), QStringLiteral("add maintain-primary")}));
        QCOMPARE(a.nodes.value(QStringLiteral("n1")).value(QStringLiteral("scheduler")).toString(), QStringLiteral("cron-file:") + nodeDir(0) + QStringLiteral("/cron.d"));
        const QString warnings = stringsOf(a.nodes.value(QStringLiteral("n1")).value(QStringLiteral("warnings"))).join(QLatin1Char('\n'));
        QVERIFY2(warnings.contains(QStringLiteral("repository primary")) && warnings.contains(QStringLiteral("repository offsite")), qPrintable(warnings));
        for (int i = 0; i < 3; ++i) {
            QVERIFY(!a.nodes.value(QStringLiteral("n%1").arg(i + 1)).value(QStringLiteral("applied")).toBool());
            QVERIFY(!QFileInfo::exists(nodeDir(i) + QStringLiteral("/cron.d")));
            QVERIFY(!QFileInfo::exists(dataDir(i) + QStringLiteral("/jobs")));
        }
        // The same for people: one line per job with its schedule.
        const Run human = cli(QStringList{QStringLiteral("apply"), m_dir.filePath(QStringLiteral("v1.lifeboat.json")), QStringLiteral("--dry-run"), QStringLiteral("--node"),
                                          QStringLiteral("n2"), QStringLiteral("--engine"), engine()}
                                  + fleetArguments(),
                              120000);
        QVERIFY_RUN(human, 1);
        const QString text = QString::fromUtf8(human.out);
        QVERIFY2(text.contains(QStringLiteral("+ backup-checkpoints")) && text.contains(QStringLiteral("[15 */6 * * * Europe/Berlin]")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("would change (dry run: nothing was changed).")), qPrintable(text));
        QVERIFY2(!text.contains(QStringLiteral("n1 (")), qPrintable(text));   // --node: only n2 asked
        // A node the plan does not have is refused before anything is asked.
        QCOMPARE(cli(QStringList{QStringLiteral("apply"), m_dir.filePath(QStringLiteral("v1.lifeboat.json")), QStringLiteral("--node"), QStringLiteral("n9")} + fleetArguments()).exitCode,
                 2);
    }

    void applyingInstallsWhatIsReadBack()
    {
        // The passphrases the jobs need, kept on each node by its engine (0600).
        const QList<std::pair<int, QString>> keys{{0, QStringLiteral("primary")}, {0, QStringLiteral("offsite")}, {1, QStringLiteral("primary")},
                                                  {1, QStringLiteral("offsite")}, {2, QStringLiteral("primary")}};
        for (const auto& [i, repo] : keys) {
            auto stored = onNode(i, QStringLiteral("schedule.set-key"), QJsonObject{{QStringLiteral("args"), QJsonArray{repo}}, {QStringLiteral("password"), QString::fromUtf8(kPassphrase)}});
            QVERIFY2(stored, qPrintable(stored ? QString() : stored.error().message));
            QCOMPARE(readAll(dataDir(i) + QStringLiteral("/keys/%1.key").arg(repo)), kPassphrase + '\n');
        }
        const Applied a = apply(m_dir.filePath(QStringLiteral("v1.lifeboat.json")));
        QVERIFY_RUN(a.run, 0);
        QCOMPARE(a.summary.value(QStringLiteral("changed")).toInt(), 3);
        for (const QString& n : {QStringLiteral("n1"), QStringLiteral("n2"), QStringLiteral("n3")}) {
            QVERIFY(a.nodes.value(n).value(QStringLiteral("applied")).toBool());
            QVERIFY2(stringsOf(a.nodes.value(n).value(QStringLiteral("warnings"))).isEmpty(), qPrintable(stringsOf(a.nodes.value(n).value(QStringLiteral("warnings"))).join(' ')));
        }
        // Read back from the cron files: the entry that starts each job, exactly.
        const auto entry = [&](int i, const QString& fields, const QString& id, bool dueCheck) {
            const QString user = platform::FileSystem::runningAsRoot() ? QStringLiteral("root") : qEnvironmentVariable("USER");
            return QStringLiteral("%1 %8 '%2' schedule run --data-dir '%3' --journal '%4'%5 'apply-test--n%6/%7'")
                .arg(fields, m_cliReal, dataDir(i), journal(i), dueCheck ? QStringLiteral(" --due-check") : QString())
                .arg(i + 1)
                .arg(id, user);
        };
        const QStringList n1 = QString::fromUtf8(readAll(cronFile(0))).split(QLatin1Char('\n'));
        QVERIFY2(n1.contains(entry(0, QStringLiteral("0 * * * *"), QStringLiteral("backup-corpus"), false)), qPrintable(n1.join('\n')));
        const QStringList n2 = QString::fromUtf8(readAll(cronFile(1))).split(QLatin1Char('\n'));
        // Berlin's 15 */6 on a node whose cron runs in UTC: at :15 of every hour, checked in Berlin.
        QVERIFY2(n2.contains(entry(1, QStringLiteral("15 * * * *"), QStringLiteral("backup-checkpoints"), true)), qPrintable(n2.join('\n')));
        QVERIFY(n2.contains(entry(1, QStringLiteral("30 4 * * 0"), QStringLiteral("verify-offsite"), false)));
        QVERIFY(n2.contains(entry(1, QStringLiteral("17 3 * * *"), QStringLiteral("maintain-offsite"), false)));
        const QStringList n3 = QString::fromUtf8(readAll(cronFile(2))).split(QLatin1Char('\n'));
        QVERIFY(n3.contains(entry(2, QStringLiteral("30 4 * * 0"), QStringLiteral("verify-primary"), false)));
        QVERIFY(n3.contains(entry(2, QStringLiteral("17 3 * * *"), QStringLiteral("maintain-primary"), false)));
        // And through the node's engine, as the console reads it.
        auto listed = onNode(1, QStringLiteral("schedule.list"), {});
        QVERIFY2(listed, qPrintable(listed ? QString() : listed.error().message));
        const QJsonArray owners = listed->result.value(QStringLiteral("owners")).toArray();
        QCOMPARE(owners.size(), 1);
        QCOMPARE(owners[0].toObject().value(QStringLiteral("owner")).toString(), QStringLiteral("apply-test--n2"));
        QStringList installed;
        for (const QJsonValue& j : owners[0].toObject().value(QStringLiteral("jobs")).toArray())
            if (j.toObject().value(QStringLiteral("installed")).toBool())
                installed << j.toObject().value(QStringLiteral("id")).toString();
        QCOMPARE(installed, (QStringList{QStringLiteral("backup-checkpoints"), QStringLiteral("maintain-offsite"), QStringLiteral("verify-offsite")}));
        // The monitoring side agrees: every node's schedule is the plan's.
        const Run check = cli(QStringList{QStringLiteral("check"), m_dir.filePath(QStringLiteral("v1.lifeboat.json")), QStringLiteral("--engine"), engine()} + fleetArguments(), 120000);
        QVERIFY2(!check.out.contains("schedule"), check.out.constData());
    }

    void aScheduledRunIsJournaledOnItsNode()
    {
        // Exactly what cron would run, through /bin/sh: back up corpus to primary (on n3,
        // over SFTP), then copy that snapshot to offsite (on n2).
        const QString command = cronCommandOf(0, QStringLiteral("backup-corpus"));
        QVERIFY(!command.isEmpty());
        const Run r = runAsCron(0, command);
        QVERIFY_RUN(r, 0);
        // The journal also has the console's own requests (schedule.set …): the scheduled
        // runs are the ones marked so.
        QList<QJsonObject> lines;
        for (const QJsonObject& o : jsonLines(readAll(journal(0))))
            if (o.value(QStringLiteral("scheduled")).toBool())
                lines << o;
        QCOMPARE(lines.size(), 2);
        QCOMPARE(lines[0].value(QStringLiteral("op")).toString(), QStringLiteral("repo.backup"));
        QCOMPARE(lines[0].value(QStringLiteral("dataset")).toString(), QStringLiteral("corpus"));
        QCOMPARE(lines[0].value(QStringLiteral("job")).toString(), QStringLiteral("apply-test--n1/backup-corpus"));
        QVERIFY(lines[0].value(QStringLiteral("scheduled")).toBool());
        QCOMPARE(lines[0].value(QStringLiteral("exit")).toInt(), 0);
        QCOMPARE(lines[0].value(QStringLiteral("bytes")).toDouble(), 300000.0 + 11.0);
        const QString snapshot = lines[0].value(QStringLiteral("snapshot")).toString();
        QVERIFY(!snapshot.isEmpty());
        QCOMPARE(lines[1].value(QStringLiteral("op")).toString(), QStringLiteral("repo.copy"));
        QCOMPARE(lines[1].value(QStringLiteral("exit")).toInt(), 0);
        // Both sites hold the corpus now, from host n1.
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("LIFEBOAT_PASSWORD"), QString::fromUtf8(kPassphrase));
        for (const QString& repo : {primary(), offsite()}) {
            const Run listed = cli({QStringLiteral("repo"), QStringLiteral("snapshots"), QStringLiteral("--repo"), repo, QStringLiteral("--json")}, 60000, {}, env);
            QVERIFY_RUN(listed, 0);
            const QJsonArray snapshots = test::resultLine(listed.out).value(QStringLiteral("snapshots")).toArray();
            QCOMPARE(snapshots.size(), 1);
            QCOMPARE(snapshots[0].toObject().value(QStringLiteral("dataset")).toString(), QStringLiteral("corpus"));
            QCOMPARE(snapshots[0].toObject().value(QStringLiteral("hostname")).toString(), QStringLiteral("n1"));
        }

        // checkpoints' folder does not exist on n2: its scheduled backup fails, in words.
        const Run failed = runAsCron(1, QString(cronCommandOf(1, QStringLiteral("backup-checkpoints"))).remove(QStringLiteral(" --due-check")));
        QCOMPARE(failed.exitCode, 4);
        const QList<QJsonObject> n2 = jsonLines(readAll(journal(1)));
        QVERIFY(!n2.isEmpty());
        QVERIFY(n2.last().value(QStringLiteral("scheduled")).toBool());
        QVERIFY2(n2.last().value(QStringLiteral("error")).toString().contains(m_dir.filePath(QStringLiteral("data/checkpoints"))), qPrintable(n2.last().value(QStringLiteral("error")).toString()));
        const Run check = cli(QStringList{QStringLiteral("check"), m_dir.filePath(QStringLiteral("v1.lifeboat.json")), QStringLiteral("--engine"), engine()} + fleetArguments(), 120000);
        QCOMPARE(check.exitCode, 2);
        QCOMPARE(test::nagiosProblem(QString::fromUtf8(check.out), check.exitCode), QString());
        QVERIFY2(check.out.contains("CRITICAL dataset: Dataset checkpoints: its last backup on n2 failed"), check.out.constData());
        QVERIFY2(!check.out.contains("Dataset corpus"), check.out.constData());   // backed up a moment ago

        // With --due-check (the widened entry) it runs only when due in Berlin: at :15 of
        // hours 0, 6, 12 and 18 there.
        const qsizetype before = jsonLines(readAll(journal(1))).size();
        const QDateTime berlin = QDateTime::currentDateTimeUtc().toTimeZone(QTimeZone("Europe/Berlin"));
        const bool due = berlin.time().minute() == 15 && berlin.time().hour() % 6 == 0;
        const Run gated = runAsCron(1, cronCommandOf(1, QStringLiteral("backup-checkpoints")));
        if (QDateTime::currentDateTimeUtc().toTimeZone(QTimeZone("Europe/Berlin")).time().minute() == berlin.time().minute()) {
            QCOMPARE(gated.exitCode, due ? 4 : 0);
            QCOMPARE(jsonLines(readAll(journal(1))).size(), before + (due ? 1 : 0));
        }
    }

    void aChangedPlanShowsItsExactDifference()
    {
        const QString v2 = writePlan(QStringLiteral("v2"), QStringLiteral("30 * * * *"), false);
        // Monitoring sees the drift before anything is applied.
        const Run drift = cli(QStringList{QStringLiteral("check"), v2, QStringLiteral("--engine"), engine()} + fleetArguments(), 120000);
        QVERIFY2(drift.out.contains("WARNING node: Node n1: the installed schedule is not the plan's (0 to add, 1 to change, 0 to remove): run Apply."), drift.out.constData());
        QVERIFY2(drift.out.contains("Node n2: the installed schedule is not the plan's (0 to add, 0 to change, 1 to remove)"), drift.out.constData());

        const Applied dry = apply(v2, {QStringLiteral("--dry-run")});
        QVERIFY_RUN(dry.run, 1);
        const QJsonObject n1 = dry.nodes.value(QStringLiteral("n1"));
        QCOMPARE(changeList(n1), QStringList{QStringLiteral("change backup-corpus")});
        QCOMPARE(stringsOf(changeOf(n1, QStringLiteral("backup-corpus")).value(QStringLiteral("differences"))),
                 QStringList{QStringLiteral("cron: \"0 * * * *\" → \"30 * * * *\"")});
        QCOMPARE(changeList(dry.nodes.value(QStringLiteral("n2"))),
                 (QStringList{QStringLiteral("keep verify-offsite"), QStringLiteral("keep maintain-offsite"), QStringLiteral("remove backup-checkpoints")}));
        const QJsonObject n3 = dry.nodes.value(QStringLiteral("n3"));
        QCOMPARE(changeList(n3), (QStringList{QStringLiteral("keep verify-primary"), QStringLiteral("change maintain-primary")}));
        QCOMPARE(stringsOf(changeOf(n3, QStringLiteral("maintain-primary")).value(QStringLiteral("differences"))),
                 (QStringList{QStringLiteral("step 2: \"repo forget --repo %1 --dataset checkpoints --keep-last 5\" → \"repo prune --repo %1\"").arg(primary()),
                              QStringLiteral("step 3: \"repo prune --repo %1\" → \"(none)\"").arg(primary())}));
        // The dry run changed nothing.
        QVERIFY(QFileInfo::exists(jobFile(1, QStringLiteral("backup-checkpoints"))));

        const Applied applied = apply(v2);
        QVERIFY_RUN(applied.run, 0);
        QCOMPARE(applied.summary.value(QStringLiteral("changed")).toInt(), 3);
        QVERIFY(!QFileInfo::exists(jobFile(1, QStringLiteral("backup-checkpoints"))));
        QVERIFY(!readAll(cronFile(1)).contains("backup-checkpoints"));
        QVERIFY(readAll(cronFile(1)).contains("verify-offsite"));
        QVERIFY(QString::fromUtf8(readAll(cronFile(0))).split(QLatin1Char('\n')).filter(QStringLiteral("backup-corpus'")).constFirst().startsWith(QStringLiteral("30 * * * * ")));

        // Applied again: every node up to date, and not one file rewritten.
        QList<std::uint64_t> inodes;
        for (int i = 0; i < 3; ++i)
            inodes << inodeOf(cronFile(i));
        const Applied again = apply(v2);
        QVERIFY_RUN(again.run, 0);
        QCOMPARE(again.summary.value(QStringLiteral("changed")).toInt(), 0);
        for (int i = 0; i < 3; ++i)
            QCOMPARE(inodeOf(cronFile(i)), inodes[i]);
        const Run upToDate = cli(QStringList{QStringLiteral("apply"), v2, QStringLiteral("--engine"), engine()} + fleetArguments(), 120000);
        QVERIFY_RUN(upToDate, 0);
        QVERIFY2(upToDate.out.contains("up to date.") && upToDate.out.contains("3 node(s): 0 changed, 3 already up to date, 0 failed."), upToDate.out.constData());
    }

    void aNodeThatRefusesIsLeftAsItWas()
    {
        // n3's cron.d is now a file: its scheduler cannot write there.
        const QString cronDir = nodeDir(2) + QStringLiteral("/cron.d");
        QVERIFY(QDir().rename(cronDir, cronDir + QStringLiteral(".saved")));
        QVERIFY(writeText(cronDir, "not a directory\n"));
        const QByteArray jobBefore = readAll(jobFile(2, QStringLiteral("verify-primary")));
        QVERIFY(!jobBefore.isEmpty());

        const QString v3 = writePlan(QStringLiteral("v3"), QStringLiteral("30 * * * *"), false, QStringLiteral("0 5 * * 6"));
        const Applied a = apply(v3);
        QVERIFY_RUN(a.run, 4);
        QCOMPARE(a.summary.value(QStringLiteral("failed")).toInt(), 1);
        const QJsonObject n3 = a.nodes.value(QStringLiteral("n3"));
        QVERIFY(!n3.value(QStringLiteral("applied")).toBool());
        QVERIFY2(n3.value(QStringLiteral("error")).toString().contains(cronDir), qPrintable(n3.value(QStringLiteral("error")).toString()));
        QCOMPARE(readAll(jobFile(2, QStringLiteral("verify-primary"))), jobBefore);
        QCOMPARE(readAll(cronDir + QStringLiteral(".saved/lifeboat-apply-test--n3")).count("verify-primary'"), 1);
        // The others are applied all the same.
        QVERIFY(a.nodes.value(QStringLiteral("n2")).value(QStringLiteral("applied")).toBool());
        QVERIFY(readAll(cronFile(1)).contains("\n0 5 * * 6 "));

        // Once n3 can write again, applying finishes the job there and leaves the others be.
        QVERIFY(QFile::remove(cronDir));
        QVERIFY(QDir().rename(cronDir + QStringLiteral(".saved"), cronDir));
        const Applied fixed = apply(v3);
        QVERIFY_RUN(fixed.run, 0);
        QCOMPARE(changeList(fixed.nodes.value(QStringLiteral("n3"))), (QStringList{QStringLiteral("change verify-primary"), QStringLiteral("keep maintain-primary")}));
        QCOMPARE(changeList(fixed.nodes.value(QStringLiteral("n2"))), (QStringList{QStringLiteral("keep verify-offsite"), QStringLiteral("keep maintain-offsite")}));
        QVERIFY(readAll(cronFile(2)).contains("\n0 5 * * 6 "));
    }

    void aPlanWithoutPoliciesRemovesEveryJob()
    {
        QJsonObject plan = QJsonDocument::fromJson(readAll(m_dir.filePath(QStringLiteral("v3.lifeboat.json")))).object();
        plan.insert(QStringLiteral("policies"), QJsonArray{});
        const QString empty = m_dir.filePath(QStringLiteral("empty.lifeboat.json"));
        QVERIFY(writeText(empty, QJsonDocument(plan).toJson()));
        const Applied a = apply(empty);
        QVERIFY_RUN(a.run, 0);
        QCOMPARE(changeList(a.nodes.value(QStringLiteral("n1"))), QStringList{QStringLiteral("remove backup-corpus")});
        for (int i = 0; i < 3; ++i) {
            QVERIFY(!QFileInfo::exists(cronFile(i)));
            QVERIFY(!QFileInfo::exists(dataDir(i) + QStringLiteral("/jobs/apply-test--n%1").arg(i + 1)));
        }
    }

    // A drill scheduled by the plan: installed on its node, run by cron's command line, it
    // restores half of corpus from primary (on n3, over SFTP) into n2's scratch path,
    // journals what it measured, and `check` stops saying the RTO is not proven.
    void aScheduledDrillProvesTheRto()
    {
        const QString scratch = m_dir.filePath(QStringLiteral("scratch-n2"));
        const QString plan = writePlan(QStringLiteral("v4"), QStringLiteral("0 * * * *"), false, QStringLiteral("30 4 * * 0"),
                                       QJsonObject{{QStringLiteral("cron"), QStringLiteral("0 6 * * sat")}, {QStringLiteral("node"), QStringLiteral("n2")},
                                                   {QStringLiteral("path"), scratch}, {QStringLiteral("sample"), QStringLiteral("50%")}});
        const Applied a = apply(plan);
        QVERIFY_RUN(a.run, 0);
        QVERIFY(changeList(a.nodes.value(QStringLiteral("n2"))).contains(QStringLiteral("add drill-corpus")));
        QVERIFY(readAll(cronFile(1)).contains("0 6 * * sat "));
        // The backup it drills (the plan without policies removed the earlier jobs, not the snapshots).
        QVERIFY_RUN(runAsCron(0, cronCommandOf(0, QStringLiteral("backup-corpus"))), 0);

        const QStringList checkArguments = QStringList{QStringLiteral("check"), plan, QStringLiteral("--engine"), engine()} + fleetArguments();
        const Run before = cli(checkArguments, 120000);
        QCOMPARE(before.exitCode, 1);
        QVERIFY2(before.out.contains("WARNING dataset: Dataset corpus: RTO not proven: no successful restore drill is recorded"), before.out.constData());

        const Run drill = runAsCron(1, cronCommandOf(1, QStringLiteral("drill-corpus")));
        QVERIFY_RUN(drill, 0);
        QList<QJsonObject> drills;
        for (const QJsonObject& o : jsonLines(readAll(journal(1))))
            if (o.value(QStringLiteral("op")).toString() == QLatin1String("repo.drill"))
                drills << o;
        QCOMPARE(drills.size(), 1);
        const QJsonObject& line = drills[0];
        QVERIFY(line.value(QStringLiteral("scheduled")).toBool());
        QCOMPARE(line.value(QStringLiteral("job")).toString(), QStringLiteral("apply-test--n2/drill-corpus"));
        QCOMPARE(line.value(QStringLiteral("dataset")).toString(), QStringLiteral("corpus"));
        QCOMPARE(line.value(QStringLiteral("exit")).toInt(), 0);
        QVERIFY(line.value(QStringLiteral("identical")).toBool());
        // 50% of 300 011 bytes in two files: the larger one, whichever comes first, reaches it.
        QCOMPARE(line.value(QStringLiteral("snapshotBytes")).toDouble(), 300011.0);
        QVERIFY(line.value(QStringLiteral("bytes")).toDouble() >= 150000.0);
        QVERIFY(line.value(QStringLiteral("bytesPerSecond")).toDouble() > 0);
        // Cleaned up: nothing left in the scratch path.
        QCOMPARE(QDir(scratch).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden), QStringList());

        const Run after = cli(checkArguments, 120000);
        QVERIFY2(!after.out.contains("RTO not proven"), after.out.constData());
        QCOMPARE(test::nagiosProblem(QString::fromUtf8(after.out), after.exitCode), QString());
        QVERIFY2(after.out.contains("'corpus drill age'="), after.out.constData());
        QVERIFY2(after.out.contains("'corpus restore estimate'="), after.out.constData());
    }
};

QTEST_GUILESS_MAIN(TestApply)
#include "TestApply.moc"
