// SPDX-License-Identifier: GPL-3.0-or-later
// The engine protocol (`lifeboat-cli serve`, docs/protocol.md) through the console's
// EngineSession, the same suite over the local transport (a child process) and the SSH
// transport (a real sshd on 127.0.0.1 with throw-away keys): hello, status, a backup with
// its progress, bad input, cancellation, a dropped and a hung connection, and values that
// try to become options or shell commands.
#include "SshdFixture.h"
#include "core/fleet/EngineInstaller.h"
#include "core/fleet/EngineSession.h"
#include "core/fleet/LocalTransport.h"
#include "core/fleet/SessionWorker.h"
#include "core/fleet/SshTransport.h"

#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QTemporaryDir>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QThread>

#include <csignal>
#include <random>

using namespace lifeboat;
using namespace lifeboat::fleet;
using lifeboat::test::SshdFixture;

namespace {

const QString kCli = QStringLiteral(LIFEBOAT_CLI_PATH);

void writeFile(const QString& path, qint64 bytes, std::uint64_t seed)
{
    QDir().mkpath(QFileInfo(path).path());
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        qFatal("cannot write %s", qPrintable(path));
    std::mt19937_64 random(seed);
    QByteArray block(1 << 20, '\0');
    for (qint64 done = 0; done < bytes; done += block.size()) {
        for (qsizetype i = 0; i + 8 <= block.size(); i += 8) {
            const std::uint64_t v = random();
            std::memcpy(block.data() + i, &v, 8);
        }
        f.write(block.constData(), std::min<qint64>(block.size(), bytes - done));
    }
}

} // namespace

class TestEngineProtocol : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<SshdFixture> m_sshd;
    QString m_sshdProblem;

    ssh::SshOptions sshOptions() const
    {
        ssh::SshOptions o;
        o.knownHostsFile = m_sshd->knownHosts();
        o.identityFile = m_sshd->identity();
        o.configFile = m_sshd->hostileConfig();
        o.acceptFingerprint = m_sshd->fingerprint(QStringLiteral("a"));
        o.timeoutSeconds = 10;
        return o;
    }
    ssh::SshTarget target() const { return ssh::SshTarget{{}, QStringLiteral("127.0.0.1"), m_sshd->port(), {}}; }

    Result<std::unique_ptr<EngineTransport>> transport(const QString& kind, const QStringList& serveArguments = {})
    {
        if (kind == QLatin1String("local")) {
            auto t = LocalTransport::start(kCli, QStringList{QStringLiteral("--journal"), m_dir.filePath(QStringLiteral("journal.jsonl"))} + serveArguments);
            if (!t)
                return t.error();
            return std::unique_ptr<EngineTransport>(std::move(t.value()));
        }
        auto t = SshTransport::start(target(), sshOptions(), kCli);
        if (!t)
            return t.error();
        return std::unique_ptr<EngineTransport>(std::move(t.value()));
    }

    std::unique_ptr<EngineSession> session(const QString& kind, EngineSession::Options options = {})
    {
        auto t = transport(kind);
        if (!t)
            qFatal("transport: %s", qPrintable(t.error().message));
        auto s = EngineSession::open(std::move(t.value()), options);
        if (!s)
            qFatal("session: %s", qPrintable(s.error().message));
        return std::move(s.value());
    }

    bool skipSsh(const QString& kind)
    {
        return kind == QLatin1String("ssh") && !m_sshdProblem.isEmpty();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_sshd = std::make_unique<SshdFixture>(m_dir.filePath(QStringLiteral("sshd")));
        m_sshdProblem = m_sshd->start();
        // The suite installs openssh-server; a missing sshd is a set-up bug, not a skip.
        QVERIFY2(m_sshdProblem.isEmpty(), qPrintable(m_sshdProblem));
    }

    void cleanupTestCase() { m_sshd.reset(); }

    void transports_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::newRow("local") << QStringLiteral("local");
        QTest::newRow("ssh") << QStringLiteral("ssh");
    }

    void helloAndStatus_data() { transports_data(); }
    void helloAndStatus()
    {
        QFETCH(QString, kind);
        auto s = session(kind);
        QCOMPARE(s->hello().protocol, protocol::kProtocolVersion);
        QVERIFY(s->hello().ops.contains(QStringLiteral("repo.backup")));
        QVERIFY(!s->hello().node.value(QStringLiteral("hostname")).toString().isEmpty());
        const QString here = m_dir.filePath(QStringLiteral("present"));
        QDir().mkpath(here);
        auto status = s->request(QStringLiteral("status"), QJsonObject{{QStringLiteral("paths"), QJsonArray{here, m_dir.filePath(QStringLiteral("absent/x"))}}});
        QVERIFY2(status, qPrintable(status ? QString() : status.error().message));
        const QJsonArray paths = status->result.value(QStringLiteral("paths")).toArray();
        QCOMPARE(paths.size(), 2);
        QCOMPARE(paths[0].toObject().value(QStringLiteral("exists")).toBool(), true);
        QCOMPARE(paths[1].toObject().value(QStringLiteral("exists")).toBool(), false);
        QVERIFY(paths[1].toObject().value(QStringLiteral("free_bytes")).toDouble() > 0);   // where it would be created
        QCOMPARE(status->result.value(QStringLiteral("engine")).toString(), s->hello().engine);
    }

    // A whole backup through the protocol: progress events stream in, one result, and the
    // snapshot is there afterwards; secrets travel in the request, never on a command line.
    void backupThroughTheSession_data() { transports_data(); }
    void backupThroughTheSession()
    {
        QFETCH(QString, kind);
        const QString repo = m_dir.filePath(kind + QStringLiteral("-repo"));
        const QString data = m_dir.filePath(kind + QStringLiteral("-data"));
        writeFile(data + QStringLiteral("/a.bin"), 3 << 20, 1);
        writeFile(data + QStringLiteral("/sub/b.bin"), 1 << 20, 2);
        auto s = session(kind);
        auto init = s->request(QStringLiteral("repo.init"), QJsonObject{{QStringLiteral("repo"), repo}, {QStringLiteral("password"), QStringLiteral("pw")}});
        QVERIFY2(init, qPrintable(init ? QString() : init.error().message));
        int progress = 0;
        auto backup = s->request(QStringLiteral("repo.backup"),
                                 QJsonObject{{QStringLiteral("repo"), repo}, {QStringLiteral("password"), QStringLiteral("pw")}, {QStringLiteral("args"), QJsonArray{data}}},
                                 [&](const QJsonObject& e) { progress += e.value(QStringLiteral("type")).toString() == QLatin1String("progress"); });
        QVERIFY2(backup, qPrintable(backup ? QString() : backup.error().message));
        QCOMPARE(backup->exit, 0);
        QCOMPARE(backup->result.value(QStringLiteral("files")).toInt(), 2);
        QVERIFY(progress >= 1);
        auto list = s->request(QStringLiteral("repo.snapshots"), QJsonObject{{QStringLiteral("repo"), repo}, {QStringLiteral("password"), QStringLiteral("pw")}});
        QVERIFY(list);
        QCOMPARE(list->result.value(QStringLiteral("snapshots")).toArray().size(), 1);
        auto wrong = s->request(QStringLiteral("repo.snapshots"), QJsonObject{{QStringLiteral("repo"), repo}, {QStringLiteral("password"), QStringLiteral("nope")}});
        QVERIFY(!wrong);
        QCOMPARE(wrong.error().code, Error::Code::WrongPassword);
        auto none = s->request(QStringLiteral("repo.snapshots"), QJsonObject{{QStringLiteral("repo"), repo}});
        QVERIFY(!none);
        QVERIFY2(none.error().message.contains(QStringLiteral("password")), qPrintable(none.error().message));   // asked for in the request, not on a terminal
    }

    // Bad input gets an error line and the session goes on (raw lines, not EngineSession).
    void badInputIsAnsweredAndTheSessionGoesOn_data() { transports_data(); }
    void badInputIsAnsweredAndTheSessionGoesOn()
    {
        QFETCH(QString, kind);
        auto t = transport(kind);
        QVERIFY(t);
        EngineTransport& raw = *t.value();
        const auto next = [&]() -> QJsonObject {
            for (int i = 0; i < 50; ++i) {
                auto line = raw.readLine(std::chrono::seconds(10));
                if (!line || !line->has_value())
                    qFatal("no line: %s", line ? "timeout" : qPrintable(line.error().message));
                const QJsonObject o = QJsonDocument::fromJson(**line).object();
                if (o.value(QStringLiteral("type")).toString() != QLatin1String("heartbeat"))
                    return o;
            }
            qFatal("only heartbeats");
        };
        QCOMPARE(next().value(QStringLiteral("type")).toString(), QStringLiteral("hello"));
        const struct {
            QByteArray line;
            const char* code;
        } cases[] = {
            {"this is not json", "bad-json"},
            {"[1,2,3]", "bad-json"},
            {R"({"id":1})", "missing-field"},
            {R"({"id":2,"op":7})", "bad-field"},
            {R"({"op":"status"})", "missing-field"},
            {R"({"id":3,"op":"format-disk"})", "unknown-op"},
            {R"({"id":4,"op":"repo.snapshots","params":"x"})", "bad-field"},
            {R"({"id":5,"op":"repo.snapshots","params":{"Bad Key":1}})", "bad-field"},
            {QByteArray(protocol::kMaxLineBytes + 10, 'x'), "line-too-long"},
        };
        for (const auto& c : cases) {
            QVERIFY(raw.writeLine(c.line));
            const QJsonObject answer = next();
            QCOMPARE(answer.value(QStringLiteral("type")).toString(), QStringLiteral("error"));
            QCOMPARE(answer.value(QStringLiteral("code")).toString(), QString::fromLatin1(c.code));
        }
        QVERIFY(raw.writeLine(R"({"id":"after","op":"status"})"));
        const QJsonObject ok = next();
        QCOMPARE(ok.value(QStringLiteral("type")).toString(), QStringLiteral("result"));
        QCOMPARE(ok.value(QStringLiteral("id")).toString(), QStringLiteral("after"));
        raw.close();
    }

    // Values stay values: a path that looks like an option, shell syntax in a path, quotes.
    // Nothing is executed and the answer names the literal text.
    void valuesAreNeverOptionsOrCommands_data() { transports_data(); }
    void valuesAreNeverOptionsOrCommands()
    {
        QFETCH(QString, kind);
        auto s = session(kind);
        const QString marker = m_dir.filePath(kind + QStringLiteral("-pwned"));
        for (const QString& hostile : {QStringLiteral("-rf"), QStringLiteral("--help"), QStringLiteral("$(touch %1)").arg(marker),
                                       QStringLiteral("`touch %1`").arg(marker), QStringLiteral("x; touch %1").arg(marker), QStringLiteral("it's \"quoted\"")}) {
            auto r = s->request(QStringLiteral("repo.snapshots"), QJsonObject{{QStringLiteral("repo"), hostile}, {QStringLiteral("password"), QStringLiteral("pw")}});
            QVERIFY2(!r, qPrintable(hostile));
            auto l = s->request(QStringLiteral("repo.ls"), QJsonObject{{QStringLiteral("repo"), m_dir.filePath(QStringLiteral("none"))},
                                                                         {QStringLiteral("password"), QStringLiteral("pw")},
                                                                         {QStringLiteral("args"), QJsonArray{hostile}}});
            QVERIFY2(!l, qPrintable(hostile));
        }
        QVERIFY(!QFile::exists(marker));
        if (kind == QLatin1String("ssh")) {
            // An operator-chosen engine path is quoted for the shell, not pasted.
            auto bad = SshTransport::start(target(), sshOptions(), QStringLiteral("/nonexistent/lifeboat-cli; touch %1").arg(marker));
            QVERIFY(bad);
            auto opened = EngineSession::open(std::unique_ptr<EngineTransport>(std::move(bad.value())));
            QVERIFY(!opened);
            QCOMPARE(opened.error().code, Error::Code::NotFound);   // the quoted path as one word: no such engine
            QVERIFY(!QFile::exists(marker));
            QCOMPARE(SshTransport::shellQuote(QStringLiteral("a'b")), QByteArray("'a'\\''b'"));
        }
    }

    // Cancel a running backup: a "cancelled" error, the repository still verifies, and the
    // next writer is not locked out.
    void cancelStopsTheRunningOperation_data() { transports_data(); }
    void cancelStopsTheRunningOperation()
    {
        QFETCH(QString, kind);
        const QString repo = m_dir.filePath(kind + QStringLiteral("-cancel-repo"));
        const QString data = m_dir.filePath(kind + QStringLiteral("-cancel-data"));
        for (int i = 0; i < 24; ++i)
            writeFile(data + QStringLiteral("/f%1.bin").arg(i), 16 << 20, 100 + static_cast<std::uint64_t>(i));
        auto s = session(kind);
        const QJsonObject base{{QStringLiteral("repo"), repo}, {QStringLiteral("password"), QStringLiteral("pw")}};
        QVERIFY(s->request(QStringLiteral("repo.init"), base));
        std::atomic<bool> cancel{false};
        QJsonObject backupParams = base;
        backupParams.insert(QStringLiteral("args"), QJsonArray{data});
        backupParams.insert(QStringLiteral("threads"), 1);
        auto backup = s->request(QStringLiteral("repo.backup"), backupParams, [&](const QJsonObject& e) {
            // At the first progress line: 384 MB are still to be read, hashed and stored.
            if (e.value(QStringLiteral("type")).toString() == QLatin1String("progress"))
                cancel = true;
        }, &cancel);
        QVERIFY2(!backup, "the backup finished before the cancel reached it");
        QCOMPARE(backup.error().code, Error::Code::Cancelled);
        auto verify = s->request(QStringLiteral("repo.verify"), base);
        QVERIFY2(verify, qPrintable(verify ? QString() : verify.error().message));
        QCOMPARE(verify->exit, 0);
        auto again = s->request(QStringLiteral("repo.backup"), backupParams);
        QVERIFY2(again, qPrintable(again ? QString() : again.error().message));
    }

    // A dropped connection mid-operation is reported at once; the repository is intact for
    // the next session.
    void droppedConnectionIsReported()
    {
        const QString repo = m_dir.filePath(QStringLiteral("drop-repo"));
        const QString data = m_dir.filePath(QStringLiteral("drop-data"));
        for (int i = 0; i < 16; ++i)
            writeFile(data + QStringLiteral("/f%1.bin").arg(i), 16 << 20, 300 + static_cast<std::uint64_t>(i));
        const QJsonObject base{{QStringLiteral("repo"), repo}, {QStringLiteral("password"), QStringLiteral("pw")}};
        {
            auto s = session(QStringLiteral("ssh"));
            QVERIFY(s->request(QStringLiteral("repo.init"), base));
            QJsonObject params = base;
            params.insert(QStringLiteral("args"), QJsonArray{data});
            params.insert(QStringLiteral("threads"), 1);
            bool dropped = false;
            QElapsedTimer sinceDrop;
            auto backup = s->request(QStringLiteral("repo.backup"), params, [&](const QJsonObject& e) {
                if (!dropped && e.value(QStringLiteral("type")).toString() == QLatin1String("progress")) {   // the first one: most of the work is ahead
                    dropped = true;
                    sinceDrop.start();
                    m_sshd->killConnections();
                }
            });
            QVERIFY(dropped);
            QVERIFY(!backup);
            QCOMPARE(backup.error().code, Error::Code::Network);
            QVERIFY2(sinceDrop.elapsed() < 5000, qPrintable(QString::number(sinceDrop.elapsed())));
        }
        // The engine on the node saw its stdin close, stopped between units and left no
        // lock: a new session verifies and backs up.
        auto s = session(QStringLiteral("ssh"));
        auto verify = s->request(QStringLiteral("repo.verify"), base);
        QVERIFY2(verify, qPrintable(verify ? QString() : verify.error().message));
    }

    // A hung node (frozen, no FIN): the session reports it after the documented peer
    // timeout, not never.
    void hungPeerIsReportedWithinThePeerTimeout_data() { transports_data(); }
    void hungPeerIsReportedWithinThePeerTimeout()
    {
        QFETCH(QString, kind);
        EngineSession::Options options;
        options.heartbeat = std::chrono::milliseconds(500);
        options.peerTimeout = std::chrono::milliseconds(2000);
        auto s = session(kind, options);
        QVERIFY(s->request(QStringLiteral("status")));
        // Freeze the far end: the engine process locally, the sshd connection processes remotely.
        qint64 frozenPid = 0;
        if (kind == QLatin1String("local")) {
            QProcess pgrep;
            pgrep.start(QStringLiteral("pgrep"), {QStringLiteral("-n"), QStringLiteral("-f"), QStringLiteral("lifeboat-cli serve --journal %1").arg(m_dir.filePath(QStringLiteral("journal.jsonl")))});
            pgrep.waitForFinished();
            frozenPid = pgrep.readAll().trimmed().toLongLong();
            QVERIFY(frozenPid > 0);
            ::kill(static_cast<pid_t>(frozenPid), SIGSTOP);
        } else {
            m_sshd->hangConnections();
        }
        QElapsedTimer timer;
        timer.start();
        auto r = s->request(QStringLiteral("status"));
        const qint64 took = timer.elapsed();
        if (frozenPid)
            ::kill(static_cast<pid_t>(frozenPid), SIGCONT);
        else
            m_sshd->resumeConnections();
        QVERIFY(!r);
        QCOMPARE(r.error().code, Error::Code::Network);
        QVERIFY2(r.error().message.contains(QStringLiteral("not even a heartbeat")), qPrintable(r.error().message));
        QVERIFY2(took >= 1900 && took < 4000, qPrintable(QString::number(took)));
    }

    // The engine ends when its console goes quiet for longer than its peer timeout.
    void silentConsoleStopsTheEngine()
    {
        auto t = transport(QStringLiteral("local"), {QStringLiteral("--peer-timeout-seconds"), QStringLiteral("1"), QStringLiteral("--heartbeat-seconds"), QStringLiteral("0.2")});
        QVERIFY(t);
        QElapsedTimer timer;
        timer.start();
        Error ended;
        for (;;) {
            auto line = t.value()->readLine(std::chrono::seconds(10));
            if (!line) {
                ended = line.error();
                break;
            }
            QVERIFY(line->has_value());
        }
        QVERIFY2(timer.elapsed() >= 900 && timer.elapsed() < 5000, qPrintable(QString::number(timer.elapsed())));
        QVERIFY2(ended.message.contains(QStringLiteral("stopped")), qPrintable(ended.message));
    }

    // Installing the engine on a node over SFTP: byte-identical (SHA-256 read back),
    // executable, replaceable, and it then answers a session.
    void installEngineOnANode()
    {
        const QString directory = m_dir.filePath(QStringLiteral("node-home/bin"));
        auto first = EngineInstaller::install(target(), sshOptions(), kCli, directory);
        QVERIFY2(first, qPrintable(first ? QString() : first.error().message));
        QCOMPARE(first->remotePath, directory + QStringLiteral("/lifeboat-cli"));
        QFile local(kCli);
        QVERIFY(local.open(QIODevice::ReadOnly));
        QCOMPARE(first->sha256, QCryptographicHash::hash(local.readAll(), QCryptographicHash::Sha256).toHex());
        QVERIFY(QFileInfo(first->remotePath).isExecutable());
        auto again = EngineInstaller::install(target(), sshOptions(), kCli, directory);   // over the old one
        QVERIFY2(again, qPrintable(again ? QString() : again.error().message));
        QCOMPARE(QDir(directory).entryList(QDir::Files | QDir::Hidden), QStringList{QStringLiteral("lifeboat-cli")});   // no leftovers
        auto t = SshTransport::start(target(), sshOptions(), first->remotePath);
        QVERIFY(t);
        auto s = EngineSession::open(std::unique_ptr<EngineTransport>(std::move(t.value())));
        QVERIFY(s);
        QVERIFY(!EngineInstaller::install(target(), sshOptions(), kCli, QStringLiteral("../escape")));
        QVERIFY(!EngineInstaller::install(target(), sshOptions(), m_dir.filePath(QStringLiteral("no-such-build")), directory));
    }

    // The self-contained engine bundle (packaging/linux/engine-bundle.sh) installed over
    // SFTP: checked against its SHA256SUMS before anything is sent, every file read back
    // and compared on the node, the launcher a link to the bundle's engine, which then
    // answers a session. A damaged bundle changes nothing on the node.
    void installEngineBundleOnANode()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("patchelf")).isEmpty())
            QSKIP("patchelf is not installed (./scripts/test installs it)");
        const QString out = m_dir.filePath(QStringLiteral("bundle-out"));
        QProcess make;
        make.start(QStringLiteral(LIFEBOAT_SOURCE_DIR "/packaging/linux/engine-bundle.sh"), {kCli, out});
        QVERIFY(make.waitForFinished(120000));
        QVERIFY2(make.exitCode() == 0, make.readAllStandardError().constData());
        const QStringList made = QDir(out).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
        QCOMPARE(made.size(), 1);
        const QString bundle = QDir(out).filePath(made.first());
        const QString directory = m_dir.filePath(QStringLiteral("bundle-home/bin"));

        // A library damaged after the bundle was made: refused before any upload.
        const QString damaged = m_dir.filePath(QStringLiteral("damaged/") + made.first());
        QVERIFY(QDir().mkpath(damaged + QStringLiteral("/lib")));
        for (const QString& f : {QStringLiteral("lifeboat-cli"), QStringLiteral("SHA256SUMS"), QStringLiteral("MANIFEST")})
            QVERIFY(QFile::copy(bundle + QLatin1Char('/') + f, damaged + QLatin1Char('/') + f));
        for (const QString& lib : QDir(bundle + QStringLiteral("/lib")).entryList(QDir::Files))
            QVERIFY(QFile::copy(bundle + QStringLiteral("/lib/") + lib, damaged + QStringLiteral("/lib/") + lib));
        {
            QFile lib(damaged + QStringLiteral("/lib/libzstd.so.1"));
            char c = 0;
            QVERIFY(lib.setPermissions(QFile::ReadOwner | QFile::WriteOwner) && lib.open(QIODevice::ReadWrite) && lib.seek(1000) && lib.getChar(&c));
            QVERIFY(lib.seek(1000) && lib.putChar(static_cast<char>(~c)));
        }
        auto refused = EngineInstaller::install(target(), sshOptions(), damaged, directory);
        QVERIFY(!refused);
        QVERIFY2(refused.error().message.contains(QStringLiteral("lib/libzstd.so.1")), qPrintable(refused.error().message));
        QVERIFY(!QFileInfo::exists(directory));

        auto installed = EngineInstaller::install(target(), sshOptions(), bundle, directory);
        QVERIFY2(installed, qPrintable(installed ? QString() : installed.error().message));
        const QString launcher = directory + QStringLiteral("/lifeboat-cli");
        QCOMPARE(installed->remotePath, launcher);
        QVERIFY(QFileInfo(launcher).isSymLink());
        const QString remoteBundle = directory + QStringLiteral("/.lifeboat-engines/") + made.first();
        QCOMPARE(QFileInfo(launcher).canonicalFilePath(), QFileInfo(remoteBundle + QStringLiteral("/lifeboat-cli")).canonicalFilePath());
        QVERIFY(QFileInfo(remoteBundle + QStringLiteral("/lifeboat-cli")).isExecutable());
        for (const QString& lib : QDir(bundle + QStringLiteral("/lib")).entryList(QDir::Files)) {
            QFile a(bundle + QStringLiteral("/lib/") + lib);
            QFile b(remoteBundle + QStringLiteral("/lib/") + lib);
            QVERIFY(a.open(QIODevice::ReadOnly) && b.open(QIODevice::ReadOnly));
            QVERIFY2(a.readAll() == b.readAll(), qPrintable(lib));
        }
        auto t = SshTransport::start(target(), sshOptions(), launcher);
        QVERIFY2(t, qPrintable(t ? QString() : t.error().message));
        auto s = EngineSession::open(std::unique_ptr<EngineTransport>(std::move(t.value())));
        QVERIFY2(s, qPrintable(s ? QString() : s.error().message));
        // Again (the same version): one bundle, no staging or link leftovers.
        auto again = EngineInstaller::install(target(), sshOptions(), bundle, directory);
        QVERIFY2(again, qPrintable(again ? QString() : again.error().message));
        QCOMPARE(QDir(directory + QStringLiteral("/.lifeboat-engines")).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden), QStringList{made.first()});
        QCOMPARE(QDir(directory).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden),
                 (QStringList{QStringLiteral(".lifeboat-engines"), QStringLiteral("lifeboat-cli")}));
        QVERIFY(again->removedBundles.isEmpty());

        // Newer versions (the same files under other names): the one the launcher named
        // before stays as the way back, older ones and an interrupted upload's leftovers go.
        const QString engines = directory + QStringLiteral("/.lifeboat-engines/");
        const auto version = [&](const QString& name) {
            const QString path = m_dir.filePath(name);
            return QFile::link(bundle, path) ? path : QString();
        };
        const QString second = version(QStringLiteral("lifeboat-engine-9.1.0-linux-x86_64"));
        QVERIFY(!second.isEmpty());
        auto upgraded = EngineInstaller::install(target(), sshOptions(), second, directory);
        QVERIFY2(upgraded, qPrintable(upgraded ? QString() : upgraded.error().message));
        QVERIFY(upgraded->removedBundles.isEmpty());
        QCOMPARE(QDir(engines).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden),
                 (QStringList{made.first(), QStringLiteral("lifeboat-engine-9.1.0-linux-x86_64")}));
        const QString leftover = made.first() + QStringLiteral(".upload-0badf00d");
        QVERIFY(QDir().mkpath(engines + leftover + QStringLiteral("/lib")));
        const QString third = version(QStringLiteral("lifeboat-engine-9.2.0-linux-x86_64"));
        QVERIFY(!third.isEmpty());
        auto latest = EngineInstaller::install(target(), sshOptions(), third, directory);
        QVERIFY2(latest, qPrintable(latest ? QString() : latest.error().message));
        QCOMPARE(latest->removedBundles, (QStringList{made.first(), leftover}));
        QCOMPARE(QDir(engines).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden),
                 (QStringList{QStringLiteral("lifeboat-engine-9.1.0-linux-x86_64"), QStringLiteral("lifeboat-engine-9.2.0-linux-x86_64")}));
        QCOMPARE(QFileInfo(launcher).symLinkTarget(), QFileInfo(engines + QStringLiteral("lifeboat-engine-9.2.0-linux-x86_64/lifeboat-cli")).absoluteFilePath());
        auto t2 = SshTransport::start(target(), sshOptions(), launcher);
        QVERIFY2(t2, qPrintable(t2 ? QString() : t2.error().message));
        QVERIFY(EngineSession::open(std::unique_ptr<EngineTransport>(std::move(t2.value()))));
    }

    // Authentication through a real ssh-agent (a fixture agent holding the test key): no key
    // file given, the agent's key logs in; with the agent gone, the refusal names what was tried.
    void agentAuthentication()
    {
        const QString socket = m_dir.filePath(QStringLiteral("agent.sock"));
        QProcess agent;
        agent.start(QStringLiteral("ssh-agent"), {QStringLiteral("-D"), QStringLiteral("-a"), socket});
        QVERIFY(agent.waitForStarted());
        // Ready when it prints its environment lines (it binds the socket first).
        QByteArray said;
        while (!said.contains("SSH_AUTH_SOCK") && agent.waitForReadyRead(10000))
            said += agent.readAllStandardOutput();
        QVERIFY2(QFileInfo::exists(socket), said.constData());
        const QByteArray previous = qgetenv("SSH_AUTH_SOCK");
        qputenv("SSH_AUTH_SOCK", socket.toLocal8Bit());
        QProcess add;
        add.start(QStringLiteral("ssh-add"), {m_sshd->identity()});
        QVERIFY(add.waitForFinished());
        QCOMPARE(add.exitCode(), 0);
        ssh::SshOptions o = sshOptions();
        o.identityFile.clear();
        o.configFile = m_dir.filePath(QStringLiteral("empty_ssh_config"));
        QFile(o.configFile).open(QIODevice::WriteOnly);
        auto viaAgent = SshTransport::start(target(), o, kCli);
        QVERIFY2(viaAgent, qPrintable(viaAgent ? QString() : viaAgent.error().message));
        QVERIFY(EngineSession::open(std::unique_ptr<EngineTransport>(std::move(viaAgent.value()))));
        agent.kill();
        agent.waitForFinished();
        auto without = SshTransport::start(target(), o, kCli);
        QVERIFY(!without);
        QCOMPARE(without.error().code, Error::Code::AuthFailed);   // not retried as a network fault
        QVERIFY2(without.error().message.contains(QStringLiteral("ssh-agent")), qPrintable(without.error().message));
        qputenv("SSH_AUTH_SOCK", previous);
    }

    // The session on its own thread, driven by queued signals (how the GUI uses it): the
    // caller's thread never blocks, answers arrive as signals on the caller's thread, in order.
    void sessionWorkerAnswersThroughSignals_data() { transports_data(); }
    void sessionWorkerAnswersThroughSignals()
    {
        QFETCH(QString, kind);
        SessionWorker::Target t;
        t.local = kind == QLatin1String("local");
        t.localProgram = kCli;
        if (!t.local) {
            t.ssh = target();
            t.sshOptions = sshOptions();
            t.enginePath = kCli;
        }
        SessionWorker worker(t);
        QSignalSpy ready(&worker, &SessionWorker::ready);
        QSignalSpy finished(&worker, &SessionWorker::finished);
        QSignalSpy failed(&worker, &SessionWorker::failed);
        QList<qint64> order;
        bool onCallerThread = true;
        connect(&worker, &SessionWorker::finished, this, [&](qint64 id) {
            order << id;
            onCallerThread = onCallerThread && QThread::currentThread() == thread();
        });
        QElapsedTimer timer;
        timer.start();
        worker.start();
        worker.request(1, QStringLiteral("status"));
        worker.request(2, QStringLiteral("hello"));
        worker.request(3, QStringLiteral("repo.snapshots"), QJsonObject{{QStringLiteral("repo"), m_dir.filePath(QStringLiteral("nothing-here"))}});
        QVERIFY2(timer.elapsed() < 50, "start() or request() blocked the caller");
        QTRY_COMPARE_WITH_TIMEOUT(ready.count(), 1, 20000);
        QTRY_COMPARE_WITH_TIMEOUT(finished.count() + failed.count(), 3, 20000);
        // The spies count on the worker thread as the signals are emitted; the lambda above
        // runs when the queued calls reach this thread, a moment later.
        QTRY_COMPARE_WITH_TIMEOUT(order.size(), finished.count(), 5000);
        QStringList failures;
        for (const QList<QVariant>& f : failed)
            failures << QStringLiteral("%1: %2").arg(f.at(0).toLongLong()).arg(f.at(2).toString());
        QVERIFY2(order == (QList<qint64>{1, 2}), qPrintable(failures.join(QLatin1Char('\n'))));
        QVERIFY(onCallerThread);
        QCOMPARE(failed.count(), 1);
        QCOMPARE(failed.at(0).at(0).toLongLong(), 3);
    }

    // Host keys through the engine transport: unknown without approval, and a changed key
    // refused even though the ssh config says StrictHostKeyChecking no.
    void hostKeysAreChecked()
    {
        ssh::SshOptions o = sshOptions();
        o.knownHostsFile = m_dir.filePath(QStringLiteral("fresh_known_hosts"));
        o.acceptFingerprint.clear();
        auto unknown = SshTransport::start(target(), o);
        QVERIFY(!unknown);
        QCOMPARE(unknown.error().code, Error::Code::HostKeyUnknown);
        QVERIFY(unknown.error().message.contains(m_sshd->fingerprint(QStringLiteral("a"))));
        o.acceptFingerprint = m_sshd->fingerprint(QStringLiteral("a"));
        QVERIFY(SshTransport::start(target(), o));   // accepted and remembered
        QCOMPARE(m_sshd->restartWithHostKey(QStringLiteral("b")), QString());
        o.acceptFingerprint = m_sshd->fingerprint(QStringLiteral("b"));   // not even an explicit accept overrides a change
        QString seenType;
        QString seenFingerprint;
        o.onHostKey = [&](const QString& type, const QString& fp) {
            seenType = type;
            seenFingerprint = fp;
        };
        auto changed = SshTransport::start(target(), o);
        QVERIFY(!changed);
        QCOMPARE(changed.error().code, Error::Code::HostKeyChanged);
        QCOMPARE(seenFingerprint, m_sshd->fingerprint(QStringLiteral("b")));   // what the operator is shown
        QCOMPARE(seenType, QStringLiteral("ssh-ed25519"));
        // A key of another type than the one known: a hard stop too, accepted or not.
        QCOMPARE(m_sshd->restartWithHostKey(QStringLiteral("rsa")), QString());
        o.acceptFingerprint = m_sshd->fingerprint(QStringLiteral("rsa"));
        auto other = SshTransport::start(target(), o);
        QVERIFY(!other);
        QCOMPARE(other.error().code, Error::Code::HostKeyChanged);
        QCOMPARE(seenType, QStringLiteral("ssh-rsa"));
        QCOMPARE(m_sshd->restartWithHostKey(QStringLiteral("a")), QString());
    }
};

QTEST_GUILESS_MAIN(TestEngineProtocol)
#include "TestEngineProtocol.moc"
