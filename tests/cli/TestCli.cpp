// SPDX-License-Identifier: GPL-3.0-or-later
// lifeboat-cli run as a process, as operators and scripts run it: outputs and exit codes.
#include "../unit/PlanFixtures.h"
#include "CliRunner.h"
#include "core/Version.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#include <unistd.h>
#endif

namespace {

using lifeboat::test::cli;
using lifeboat::test::Run;

QString demo()
{
    return QStringLiteral(LIFEBOAT_SOURCE_DIR "/resources/demo/demo.lifeboat.json");
}

QString write(const QTemporaryDir& dir, const QString& name, const QByteArray& content)
{
    const QString path = lifeboat::test::writeFile(dir.path(), name, content);
    if (path.isEmpty())
        qFatal("cannot write test file");
    return path;
}

} // namespace

class TestCli : public QObject {
    Q_OBJECT
private slots:
    void versionAndHelp()
    {
        const Run version = cli({QStringLiteral("--version")});
        QVERIFY_RUN(version, 0);
        QCOMPARE(version.out.trimmed(), QByteArray("lifeboat-cli ") + lifeboat::kVersion);
        const Run help = cli({QStringLiteral("--help")});
        QVERIFY_RUN(help, 0);
        QVERIFY(help.out.contains("plan check FILE"));
        QVERIFY(help.out.contains("Exit codes"));
        const Run none = cli({});
        QVERIFY_RUN(none, 2);
        QVERIFY(none.err.contains("Usage"));
        const Run unknown = cli({QStringLiteral("frobnicate")});
        QVERIFY_RUN(unknown, 2);
        QVERIFY(unknown.err.contains("frobnicate"));
        const Run badOption = cli({QStringLiteral("plan"), QStringLiteral("check"), demo(), QStringLiteral("--jsn")});
        QVERIFY_RUN(badOption, 2);
        QVERIFY(badOption.err.contains("--jsn"));
        const Run noFile = cli({QStringLiteral("plan"), QStringLiteral("check")});
        QVERIFY_RUN(noFile, 2);
    }

    void checkDemoGivesItsTwoWarnings()
    {
        const Run human = cli({QStringLiteral("plan"), QStringLiteral("check"), demo()});
        QVERIFY_RUN(human, 1);
        QVERIFY(human.out.contains("valid, with 2 warning(s)"));
        // Compiler-style lines name the file and the JSON path.
        QVERIFY2(human.err.contains((demo() + QStringLiteral(": $.datasets[2]: warning: Every copy of `ckpt-llama70b` (its shards and its backup) is in rack `dc1/r2`")).toUtf8()),
                 human.err.constData());
        QVERIFY(human.err.contains((demo() + QStringLiteral(": $.policies[7].schedule.cron: warning:")).toUtf8()));

        const Run json = cli({QStringLiteral("plan"), QStringLiteral("check"), QStringLiteral("--json"), demo()});
        QVERIFY_RUN(json, 1);
        QJsonParseError error;
        const QJsonObject o = QJsonDocument::fromJson(json.out, &error).object();
        QCOMPARE(error.error, QJsonParseError::NoError);
        QCOMPARE(o.value(QLatin1String("valid")).toBool(), true);
        QCOMPARE(o.value(QLatin1String("errors")).toInt(), 0);
        QCOMPARE(o.value(QLatin1String("warnings")).toInt(), 2);
        const QJsonArray issues = o.value(QLatin1String("issues")).toArray();
        QCOMPARE(issues.size(), 2);
        QStringList kinds;
        for (const QJsonValue& v : issues)
            kinds << v.toObject().value(QLatin1String("kind")).toString();
        QVERIFY(kinds.contains(QStringLiteral("shared-domain")));
        QVERIFY(kinds.contains(QStringLiteral("rpo-unachievable")));
        QVERIFY(json.err.isEmpty());
    }

    void checkValidAndInvalidPlans()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString valid = write(dir, QStringLiteral("valid.json"), lifeboat::test::toJson(lifeboat::test::minimalPlan()));
        const Run ok = cli({QStringLiteral("plan"), QStringLiteral("check"), valid});
        QVERIFY_RUN(ok, 0);
        QVERIFY(ok.err.isEmpty());

        const QString invalid = write(dir, QStringLiteral("invalid.json"),
                                      lifeboat::test::toJson(lifeboat::test::patched(lifeboat::test::minimalPlan(), R"([["set", "/fleet/nodes/0/domain", "dc1/r9"]])")));
        const Run bad = cli({QStringLiteral("plan"), QStringLiteral("check"), invalid});
        QVERIFY_RUN(bad, 2);
        QVERIFY(bad.err.contains((invalid + QStringLiteral(": $.fleet.nodes[0].domain: error:")).toUtf8()));
        QVERIFY(bad.out.contains("invalid"));
        const Run show = cli({QStringLiteral("plan"), QStringLiteral("show"), invalid});
        QVERIFY_RUN(show, 2);
        QVERIFY(show.err.contains("$.fleet.nodes[0].domain"));
    }

    void badFiles_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("missing") << "missing" << 3 << "no such file";
        QTest::newRow("directory") << "directory" << 3 << "is a directory";
#ifdef Q_OS_UNIX
        QTest::newRow("fifo") << "fifo" << 3 << "not a regular file";
        QTest::newRow("unreadable") << "unreadable" << 3 << "cannot be read";
#endif
        QTest::newRow("2 GB") << "huge" << 3 << "larger than";
        QTest::newRow("empty") << "empty" << 2 << "empty";
        QTest::newRow("not json") << "garbage" << 2 << "line 2, column";
        QTest::newRow("newer version") << "newer" << 2 << "newer Lifeboat";
    }
    void badFiles()
    {
        QFETCH(QString, kind);
        QFETCH(int, exitCode);
        QFETCH(QString, mentions);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QString path = dir.filePath(kind);
        if (kind == QLatin1String("directory")) {
            path = dir.path();
        } else if (kind == QLatin1String("fifo")) {
#ifdef Q_OS_UNIX
            QVERIFY(::mkfifo(QFile::encodeName(path).constData(), 0600) == 0);   // opening it would block forever
#endif
        } else if (kind == QLatin1String("huge")) {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            QVERIFY(file.resize(2LL * 1024 * 1024 * 1024));   // sparse: 2 GB that take no disk
        } else if (kind == QLatin1String("empty")) {
            write(dir, kind, QByteArray());
        } else if (kind == QLatin1String("garbage")) {
            write(dir, kind, "{\n  \"version\": 1,, \n}");
        } else if (kind == QLatin1String("newer")) {
            write(dir, kind, "{\"version\": 99}");
        }
        QString asUser;
        if (kind == QLatin1String("unreadable")) {
            write(dir, kind, "{\"version\": 1}");
            QVERIFY(QFile::setPermissions(path, QFileDevice::Permissions()));
#ifdef Q_OS_UNIX
            if (::geteuid() == 0) {
                // Root reads any file whatever its mode: run the CLI as an unprivileged user.
                QVERIFY(QFile::setPermissions(dir.path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner | QFileDevice::ReadOther
                                                              | QFileDevice::ExeOther | QFileDevice::ReadGroup | QFileDevice::ExeGroup));
                asUser = QString::number(65534);   // nobody
                if (cli({QStringLiteral("--version")}, 30000, asUser).exitCode != 0)
                    QSKIP("running as root, and the CLI cannot be started as user 65534 here (setpriv missing, or the build tree is not readable by others)");
            }
#endif
        }
        for (const QString& verb : {QStringLiteral("check"), QStringLiteral("show")}) {
            const Run run = cli({QStringLiteral("plan"), verb, path}, 30000, asUser);
            QVERIFY_RUN(run, exitCode);
            QVERIFY2(run.err.contains(mentions.toUtf8()), run.err.constData());
            QVERIFY2(run.err.contains(path.toUtf8()), run.err.constData());
        }
    }

    void showPrintsThePlan()
    {
        const Run human = cli({QStringLiteral("plan"), QStringLiteral("show"), demo()});
        QVERIFY_RUN(human, 0);
        QVERIFY(human.out.contains("Fleet: 9 failure domains, 40 nodes"));
        QVERIFY(human.out.contains("ckpt-llama70b"));
        QVERIFY(human.out.contains("next run 20"));
        const Run json = cli({QStringLiteral("plan"), QStringLiteral("show"), demo(), QStringLiteral("--json")});
        QVERIFY_RUN(json, 0);
        const QJsonObject o = QJsonDocument::fromJson(json.out).object();
        const QJsonObject summary = o.value(QLatin1String("summary")).toObject();
        // Counted from the demo file itself, not from the CLI's output.
        QFile file(demo());
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QJsonObject source = QJsonDocument::fromJson(file.readAll()).object();
        QCOMPARE(summary.value(QLatin1String("nodes")).toInt(), source.value(QLatin1String("fleet")).toObject().value(QLatin1String("nodes")).toArray().size());
        QCOMPARE(summary.value(QLatin1String("datasets")).toInt(), source.value(QLatin1String("datasets")).toArray().size());
        QCOMPARE(o.value(QLatin1String("nextRuns")).toObject().size(), source.value(QLatin1String("policies")).toArray().size());
        QVERIFY(o.value(QLatin1String("plan")).toObject().contains(QLatin1String("fleet")));
    }

    void aPlanOf100000NodesLoads()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = write(dir, QStringLiteral("large.json"), lifeboat::test::largePlanJson(100000));
        const Run check = cli({QStringLiteral("plan"), QStringLiteral("check"), path, QStringLiteral("--json")}, 300000);
        QVERIFY_RUN(check, 0);
        QCOMPARE(QJsonDocument::fromJson(check.out).object().value(QLatin1String("errors")).toInt(), 0);
        const Run show = cli({QStringLiteral("plan"), QStringLiteral("show"), path, QStringLiteral("--json")}, 300000);
        QVERIFY_RUN(show, 0);
        QCOMPARE(QJsonDocument::fromJson(show.out).object().value(QLatin1String("summary")).toObject().value(QLatin1String("nodes")).toInt(), 100000);
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "TestCli.moc"
