// SPDX-License-Identifier: GPL-3.0-or-later
// The console reaching its fleet, offscreen, against real sshd instances on 127.0.0.1 and
// (in the test_fleet_console run) a real Secret Service: the live status fills in without
// blocking the window, an unknown host key is trusted only after the operator confirms its
// fingerprint, a changed key cannot be trusted, a missing engine is installed from the
// console, a key passphrase is asked once and then comes from the keychain (and a refused
// one is forgotten), deleting a node and saving deletes its secrets, and Stop stops.
// test_fleet_console_no_keychain runs the same binary with no Secret Service at all.
#include "SshdFixture.h"
#include "core/Version.h"
#include "core/fleet/NodeHealth.h"
#include "core/fleet/keychain/KeychainStore.h"
#include "ui/Dialogs.h"
#include "ui/FleetConnections.h"
#include "ui/FleetDialogs.h"
#include "ui/MainWindow.h"
#include "ui/PlanDocument.h"
#include "ui/models/FleetStatusModel.h"
#include "ui/models/AlertModel.h"
#include "ui/models/ApplyChangesModel.h"
#include "ui/presenters/ActivityStore.h"
#include "ui/wizards/ApplyPlanDialog.h"
#include "ui/models/FleetTreeModel.h"
#include "ui/presenters/AlertMonitor.h"
#include "ui/views/AlertsView.h"
#include "ui/views/FleetStatusView.h"
#include "ui/views/FleetView.h"

#include <QAction>
#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QProcess>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeView>
#include <QUndoStack>

using namespace lifeboat;
using namespace lifeboat::ui;
using fleet::NodeState;
using lifeboat::test::SshdFixture;

namespace {

const QString kCli = QStringLiteral(LIFEBOAT_CLI_PATH);

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

bool run(const QString& program, const QStringList& arguments)
{
    QProcess p;
    p.start(program, arguments);
    return p.waitForFinished(60000) && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
}

QJsonObject nodeJson(const QString& name, const QString& address, int port)
{
    return QJsonObject{{QStringLiteral("name"), name},         {QStringLiteral("domain"), QStringLiteral("r1")}, {QStringLiteral("role"), QStringLiteral("storage")},
                       {QStringLiteral("address"), address}, {QStringLiteral("port"), port}};
}

QJsonObject datasetJson(const QString& name, const QString& node, const QString& path, const QString& rpo)
{
    return QJsonObject{{QStringLiteral("name"), name},
                       {QStringLiteral("tier"), QStringLiteral("high")},
                       {QStringLiteral("size"), QStringLiteral("1 GB")},
                       {QStringLiteral("rpo"), rpo},
                       {QStringLiteral("rto"), QStringLiteral("4h")},
                       {QStringLiteral("locations"), QJsonArray{QJsonObject{{QStringLiteral("node"), node}, {QStringLiteral("path"), path}}}}};
}

QString writePlan(const QString& path, const QJsonArray& nodes, const QJsonArray& datasets)
{
    const QJsonObject plan{{QStringLiteral("version"), 1},
                           {QStringLiteral("name"), QStringLiteral("fleet console test")},
                           {QStringLiteral("fleet"), QJsonObject{{QStringLiteral("domains"), QJsonArray{QJsonObject{{QStringLiteral("id"), QStringLiteral("r1")},
                                                                                                                {QStringLiteral("level"), QStringLiteral("rack")}}}},
                                                                 {QStringLiteral("nodes"), nodes}}},
                           {QStringLiteral("datasets"), datasets}};
    writeText(path, QJsonDocument(plan).toJson());
    return path;
}

bool openAndWait(MainWindow& window, const QString& path)
{
    QSignalSpy loaded(window.document(), &PlanDocument::loaded);
    return window.openFile(path) && loaded.wait(20000);
}

// Until the view has nothing running (a poll, an install and the poll after it).
bool waitIdle(FleetStatusView* view, int timeoutMs = 60000)
{
    QElapsedTimer timer;
    timer.start();
    QSignalSpy busy(view, &FleetStatusView::busyChanged);
    while (view->isBusy()) {
        if (timer.elapsed() > timeoutMs || !busy.wait(static_cast<int>(timeoutMs - timer.elapsed())))
            return false;
    }
    return true;
}

NodeState stateOf(MainWindow& window, const QString& node)
{
    return window.fleetStatusView()->model()->health(node).state;
}

QString details(MainWindow& window, const QString& node)
{
    return window.fleetStatusView()->model()->health(node).reason;
}

bool expectNoKeychain() { return qEnvironmentVariableIsSet("LIFEBOAT_EXPECT_NO_KEYCHAIN"); }

} // namespace

class TestFleetConsole : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<SshdFixture> m_good;       // known key
    std::unique_ptr<SshdFixture> m_stranger;   // not in known_hosts
    std::unique_ptr<SshdFixture> m_changed;    // known_hosts has its key "a"; it now shows "b"
    std::unique_ptr<fleet::KeychainStore> m_keychain;
    std::unique_ptr<MainWindow> m_window;
    QString m_knownHosts;
    QString m_engine;                          // a wrapper: the real engine with a journal of the test's own
    QString m_marker;
    QString m_plan;
    QString m_engineVersion;   // of the lifeboat-cli under test (the test may be older than a rebuilt engine)

    static QString engineVersion()
    {
        QProcess p;
        p.start(kCli, {QStringLiteral("--version")});
        if (!p.waitForFinished(30000))
            return {};
        return QString::fromUtf8(p.readAllStandardOutput()).trimmed().split(QLatin1Char(' ')).last();
    }

    QString fixtureDir(const QString& name) const { return m_dir.filePath(QStringLiteral("sshd-") + name); }

    std::unique_ptr<SshdFixture> startSshd(const QString& name)
    {
        auto sshd = std::make_unique<SshdFixture>(fixtureDir(name));
        const QString problem = sshd->start();
        if (!problem.isEmpty())
            qFatal("sshd %s: %s", qPrintable(name), qPrintable(problem));
        return sshd;
    }

    // known_hosts lines as OpenSSH writes them for a non-standard port.
    QByteArray knownHostsLine(const QString& name, int port, const QString& key) const
    {
        QByteArray pub = readAll(fixtureDir(name) + QStringLiteral("/hostkey_") + key + QStringLiteral(".pub")).trimmed();
        return QStringLiteral("[127.0.0.1]:%1 ").arg(port).toUtf8() + pub.left(pub.lastIndexOf(' ')) + '\n';
    }

    fleet::SecretScope scopeOf(const QString& node) const
    {
        for (const plan::Node& n : m_window->document()->plan().nodes)
            if (n.name == node)
                return fleet::SecretBroker::scopeOf(n);
        return {};
    }

    void checkAll()
    {
        FleetStatusView* view = m_window->fleetStatusView();
        QVERIFY(view->checkAllAction()->isEnabled());
        view->checkAllAction()->trigger();
        QVERIFY(view->isBusy());
        QVERIFY(waitIdle(view));
    }

private slots:
    void initTestCase()
    {
        // Settings of this process only: ctest runs this binary twice at once (with and
        // without a keychain), and a shared settings file would mix their known_hosts paths.
        QVERIFY(m_dir.isValid());
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_dir.filePath(QStringLiteral("settings")));
        QSettings().clear();
        // The alerts and activity the window keeps go to Qt's test locations, not the user's.
        QStandardPaths::setTestModeEnabled(true);
        QFile::remove(AlertMonitor::defaultFile());
        Dialogs::setSuppressErrors(true);
        m_engineVersion = engineVersion();
        QVERIFY(!m_engineVersion.isEmpty());
        m_good = startSshd(QStringLiteral("good"));
        m_stranger = startSshd(QStringLiteral("stranger"));
        m_changed = startSshd(QStringLiteral("changed"));
        // One operator key logs in everywhere.
        for (const QString& other : {QStringLiteral("stranger"), QStringLiteral("changed")})
            QVERIFY(writeText(fixtureDir(other) + QStringLiteral("/authorized_keys"), readAll(m_good->identity() + QStringLiteral(".pub"))));
        m_knownHosts = m_dir.filePath(QStringLiteral("known_hosts"));
        QVERIFY(writeText(m_knownHosts, knownHostsLine(QStringLiteral("good"), m_good->port(), QStringLiteral("a"))
                                            + knownHostsLine(QStringLiteral("changed"), m_changed->port(), QStringLiteral("a"))));
        QCOMPARE(m_changed->restartWithHostKey(QStringLiteral("b")), QString());

        // The engine on the "nodes" writes its run journal here, with one backup 2 h ago.
        const QString journal = m_dir.filePath(QStringLiteral("node/runs.jsonl"));
        const QDateTime twoHoursAgo = QDateTime::currentDateTimeUtc().addSecs(-7200);
        QVERIFY(writeText(journal, QJsonDocument(QJsonObject{{QStringLiteral("op"), QStringLiteral("repo.backup")},
                                                             {QStringLiteral("repo"), QStringLiteral("/srv/repo")},
                                                             {QStringLiteral("started"), twoHoursAgo.addSecs(-60).toString(Qt::ISODateWithMs)},
                                                             {QStringLiteral("finished"), twoHoursAgo.toString(Qt::ISODateWithMs)},
                                                             {QStringLiteral("exit"), 0}})
                                           .toJson(QJsonDocument::Compact)
                                       + '\n'));
        m_engine = m_dir.filePath(QStringLiteral("node/engine"));
        // Its jobs (Apply) go to the test's folder and a cron.d of its own, never the machine's.
        QVERIFY(writeText(m_engine, QStringLiteral("#!/bin/sh\nexport XDG_DATA_HOME='%3' LIFEBOAT_SCHEDULER='cron-file:%4'\nexec '%1' \"$@\" --journal '%2'\n")
                                        .arg(kCli, journal, m_dir.filePath(QStringLiteral("node/xdg")), m_dir.filePath(QStringLiteral("node/cron.d")))
                                        .toUtf8()));
        QFile(m_engine).setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);

        init();

        QTcpServer closed;
        QVERIFY(closed.listen(QHostAddress::LocalHost));
        const int deadPort = closed.serverPort();
        closed.close();
        m_marker = m_dir.filePath(QStringLiteral("pwned"));
        const QString present = m_dir.filePath(QStringLiteral("data/present"));
        QDir().mkpath(present);
        m_plan = writePlan(m_dir.filePath(QStringLiteral("fleet.lifeboat.json")),
                           QJsonArray{nodeJson(QStringLiteral("good"), QStringLiteral("127.0.0.1"), m_good->port()),
                                      nodeJson(QStringLiteral("stranger"), QStringLiteral("127.0.0.1"), m_stranger->port()),
                                      nodeJson(QStringLiteral("changed"), QStringLiteral("127.0.0.1"), m_changed->port()),
                                      nodeJson(QStringLiteral("dead"), QStringLiteral("127.0.0.1"), deadPort),
                                      nodeJson(QStringLiteral("hostile"), QStringLiteral("-oProxyCommand=touch %1").arg(m_marker), 22)},
                           QJsonArray{datasetJson(QStringLiteral("corpus"), QStringLiteral("good"), present, QStringLiteral("24h")),
                                      datasetJson(QStringLiteral("ckpt"), QStringLiteral("stranger"), m_dir.filePath(QStringLiteral("data/absent")),
                                                  QStringLiteral("1h"))});

        if (!expectNoKeychain()) {
            m_keychain = std::make_unique<fleet::KeychainStore>(QStringLiteral("Lifeboat-console-test"));
            const auto reason = m_keychain->unavailableReason();
            QVERIFY2(!reason, qPrintable(reason.value_or(QString())));
        }
        m_window = std::make_unique<MainWindow>();
        m_window->setSecretStore(m_keychain.get());
        m_window->show();
        QVERIFY(openAndWait(*m_window, m_plan));
        m_window->showView(MainWindow::View::Fleet);
        m_window->fleetTabs()->setCurrentWidget(m_window->fleetStatusView());
    }

    void cleanupTestCase()
    {
        m_window.reset();
        m_good.reset();
        m_stranger.reset();
        m_changed.reset();
    }

    // Each case starts from the same settings, whatever the one before left.
    void init()
    {
        FleetDialogs::reset();
        QSettings s;
        s.setValue(QStringLiteral("fleet/knownHostsFile"), m_knownHosts);
        s.setValue(QStringLiteral("fleet/identityFile"), m_good->identity());
        s.setValue(QStringLiteral("fleet/sshConfigFile"), m_good->hostileConfig());   // says StrictHostKeyChecking no: ignored
        s.setValue(QStringLiteral("fleet/enginePath"), m_engine);
        s.setValue(QStringLiteral("fleet/timeoutSeconds"), 3);
        s.setValue(QStringLiteral("fleet/engineBuild"), kCli);
        s.remove(QStringLiteral("fleet/parallel"));
    }

    // Every node's state, streamed in off the GUI thread: the window keeps answering
    // events while connections wait on the network (up to 3 s here for the dead node).
    void liveStatusFillsInWithoutBlockingTheWindow()
    {
        FleetStatusView* view = m_window->fleetStatusView();
        QCOMPARE(view->model()->rowCount(), 5);
        QVERIFY2(stateOf(*m_window, QStringLiteral("good")) == NodeState::Unknown, qPrintable(details(*m_window, QStringLiteral("good"))));
        QElapsedTimer sinceTick;
        qint64 longestGap = 0;
        QTimer tick;
        tick.setInterval(10);
        connect(&tick, &QTimer::timeout, this, [&] {
            longestGap = std::max(longestGap, sinceTick.restart());
        });
        sinceTick.start();
        tick.start();
        checkAll();
        tick.stop();
        // A blocked GUI thread would stall for a whole connect timeout (3 s for the dead node);
        // the margin below that absorbs a busy 2-core CI machine.
        QVERIFY2(longestGap < 500, qPrintable(QStringLiteral("the GUI thread stalled for %1 ms").arg(longestGap)));

        QVERIFY2(stateOf(*m_window, QStringLiteral("good")) == NodeState::Ok, qPrintable(details(*m_window, QStringLiteral("good"))));
        QVERIFY2(stateOf(*m_window, QStringLiteral("stranger")) == NodeState::HostKeyUnknown, qPrintable(details(*m_window, QStringLiteral("stranger"))));
        QVERIFY2(details(*m_window, QStringLiteral("stranger")).contains(m_stranger->fingerprint(QStringLiteral("a"))),
                 qPrintable(details(*m_window, QStringLiteral("stranger"))));
        QVERIFY2(stateOf(*m_window, QStringLiteral("changed")) == NodeState::HostKeyChanged, qPrintable(details(*m_window, QStringLiteral("changed"))));
        QVERIFY2(stateOf(*m_window, QStringLiteral("dead")) == NodeState::Unreachable, qPrintable(details(*m_window, QStringLiteral("dead"))));
        QVERIFY2(stateOf(*m_window, QStringLiteral("hostile")) == NodeState::BadAddress, qPrintable(details(*m_window, QStringLiteral("hostile"))));
        QVERIFY(!QFile::exists(m_marker));

        FleetStatusModel* model = view->model();
        const int good = model->rowOfNode(QStringLiteral("good"));
        QCOMPARE(model->index(good, FleetStatusModel::EngineColumn).data().toString(), m_engineVersion);
        QVERIFY(model->index(good, FleetStatusModel::FreeSpaceColumn).data().toString().contains(m_dir.filePath(QStringLiteral("data/present"))));
        QVERIFY(model->index(good, FleetStatusModel::LastBackupColumn).data().toString().contains(QStringLiteral("2.0 h ago")));
        QVERIFY(view->trustAction()->isEnabled());
        view->selectNode(QStringLiteral("good"));
        QVERIFY(!view->installAction()->isEnabled());   // it has a working engine
        QVERIFY2(view->summaryLabel()->text().startsWith(QStringLiteral("5 node(s): 1 host key changed")), qPrintable(view->summaryLabel()->text()));
        // The same rows sort by state and filter by words.
        view->proxyModel()->sort(FleetStatusModel::StateColumn);
        QCOMPARE(view->proxyModel()->index(0, FleetStatusModel::NodeColumn).data().toString(), QStringLiteral("good"));
        view->proxyModel()->setFilterFixedString(QStringLiteral("known_hosts"));
        QCOMPARE(view->proxyModel()->rowCount(), 2);   // the unknown and the changed key say so
        view->proxyModel()->setFilterFixedString(QString());
        view->proxyModel()->sort(-1);
    }

    // Trust goes only to the unknown key, and only to the key that was shown: the changed
    // key is not even offered, and its known_hosts line stays as it was.
    void trustingANewKeyAddsExactlyThatKey()
    {
        FleetStatusView* view = m_window->fleetStatusView();
        const QByteArray before = readAll(m_knownHosts);
        FleetDialogs::queueHostKeyAnswer(true);
        view->trustAction()->trigger();
        QVERIFY(waitIdle(view));
        // Reachable now; its dataset path is missing and its last backup is past a 1 h RPO.
        QVERIFY2(stateOf(*m_window, QStringLiteral("stranger")) == NodeState::Attention, qPrintable(details(*m_window, QStringLiteral("stranger"))));
        QVERIFY2(details(*m_window, QStringLiteral("stranger")).contains(m_dir.filePath(QStringLiteral("data/absent"))),
                 qPrintable(details(*m_window, QStringLiteral("stranger"))));
        QVERIFY(details(*m_window, QStringLiteral("stranger")).contains(QStringLiteral("ckpt")));
        QVERIFY2(stateOf(*m_window, QStringLiteral("changed")) == NodeState::HostKeyChanged, qPrintable(details(*m_window, QStringLiteral("changed"))));
        const QByteArray after = readAll(m_knownHosts);
        QVERIFY(after.startsWith(before));   // nothing changed, one line added
        const QList<QByteArray> added = after.mid(before.size()).trimmed().split('\n');
        QCOMPARE(added.size(), 1);
        QVERIFY2(added[0].startsWith(QStringLiteral("[127.0.0.1]:%1 ssh-ed25519 ").arg(m_stranger->port()).toUtf8()), added[0].constData());
        QVERIFY(!view->trustAction()->isEnabled());   // nothing left to trust: a changed key never is
    }

    // A node without the engine: said so, installed from the console over SFTP, and then it answers.
    void aMissingEngineIsInstalledAndThenAnswers()
    {
        FleetStatusView* view = m_window->fleetStatusView();
        const QString installed = m_dir.filePath(QStringLiteral("node-home/bin/lifeboat-cli"));
        QSettings().setValue(QStringLiteral("fleet/enginePath"), installed);
        view->checkNodes({QStringLiteral("good")});
        QVERIFY(waitIdle(view));
        QVERIFY2(stateOf(*m_window, QStringLiteral("good")) == NodeState::EngineMissing, qPrintable(details(*m_window, QStringLiteral("good"))));
        view->selectNode(QStringLiteral("good"));
        QVERIFY(view->installAction()->isEnabled());
        FleetDialogs::queueConfirmation(true);
        view->installAction()->trigger();
        QVERIFY(waitIdle(view));
        // It answers now (its own run journal is empty, so the dataset is past its RPO).
        const fleet::NodeReport* report = view->model()->report(QStringLiteral("good"));
        QVERIFY(report && report->reachable);
        QCOMPARE(report->engine, m_engineVersion);
        QCOMPARE(QCryptographicHash::hash(readAll(installed), QCryptographicHash::Sha256), QCryptographicHash::hash(readAll(kCli), QCryptographicHash::Sha256));
        QVERIFY(QFileInfo(installed).isExecutable());
    }

    // An encrypted key: its passphrase asked once, kept only after it worked, then read from
    // the keychain; a mistyped one is never kept; one the key no longer takes is forgotten.
    void keyPassphraseIsAskedOnceThenComesFromTheKeychain()
    {
        if (expectNoKeychain())
            QSKIP("no Secret Service in this run (see withoutAKeychainEveryLoginAsksAndSaysWhy)");
        FleetStatusView* view = m_window->fleetStatusView();
        const QString key = m_dir.filePath(QStringLiteral("encrypted_key"));
        QVERIFY(QFile::copy(m_good->identity(), key));
        QFile(key).setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        QVERIFY(run(QStringLiteral("ssh-keygen"), {QStringLiteral("-q"), QStringLiteral("-p"), QStringLiteral("-P"), QString(), QStringLiteral("-N"),
                                                   QStringLiteral("first-pass"), QStringLiteral("-f"), key}));
        QSettings().setValue(QStringLiteral("fleet/identityFile"), key);
        const fleet::SecretScope scope = scopeOf(QStringLiteral("good"));
        const QString name = QStringLiteral("key-passphrase:") + key;

        FleetDialogs::queueSecretAnswer(fleet::SecretAnswer{"mistyped", true});
        view->checkNodes({QStringLiteral("good")});
        QVERIFY(waitIdle(view));
        QVERIFY2(stateOf(*m_window, QStringLiteral("good")) == NodeState::LoginFailed, qPrintable(details(*m_window, QStringLiteral("good"))));
        QVERIFY(!m_keychain->read(scope, name)->has_value());   // a wrong answer is never kept

        FleetDialogs::queueSecretAnswer(fleet::SecretAnswer{"first-pass", true});
        view->checkNodes({QStringLiteral("good")});
        QVERIFY(waitIdle(view));
        QVERIFY2(stateOf(*m_window, QStringLiteral("good")) == NodeState::Ok, qPrintable(details(*m_window, QStringLiteral("good"))));
        QCOMPARE(FleetDialogs::askedSecrets().size(), 2);
        QCOMPARE(FleetDialogs::askedSecrets().at(1).name, name);
        QVERIFY(FleetDialogs::askedSecrets().at(1).canRemember);
        QCOMPARE(m_keychain->read(scope, name)->value_or(QByteArray()), QByteArray("first-pass"));

        view->checkNodes({QStringLiteral("good")});   // from the keychain, nobody asked
        QVERIFY(waitIdle(view));
        QVERIFY2(stateOf(*m_window, QStringLiteral("good")) == NodeState::Ok, qPrintable(details(*m_window, QStringLiteral("good"))));
        QCOMPARE(FleetDialogs::askedSecrets().size(), 2);

        // The key's passphrase changes: the stored one is refused and removed, and said so.
        QVERIFY(run(QStringLiteral("ssh-keygen"), {QStringLiteral("-q"), QStringLiteral("-p"), QStringLiteral("-P"), QStringLiteral("first-pass"),
                                                   QStringLiteral("-N"), QStringLiteral("second-pass"), QStringLiteral("-f"), key}));
        QSignalSpy said(m_window->connections(), &FleetConnections::message);
        view->checkNodes({QStringLiteral("good")});
        QVERIFY(waitIdle(view));
        QVERIFY2(stateOf(*m_window, QStringLiteral("good")) == NodeState::LoginFailed, qPrintable(details(*m_window, QStringLiteral("good"))));
        QVERIFY(said.count() > 0 || said.wait(5000));
        QVERIFY2(said.last().at(0).toString().contains(QStringLiteral("removed")), qPrintable(said.last().at(0).toString()));
        QVERIFY(!m_keychain->read(scope, name)->has_value());

        FleetDialogs::queueSecretAnswer(fleet::SecretAnswer{"second-pass", false});   // not to be remembered
        view->checkNodes({QStringLiteral("good")});
        QVERIFY(waitIdle(view));
        QVERIFY2(stateOf(*m_window, QStringLiteral("good")) == NodeState::Ok, qPrintable(details(*m_window, QStringLiteral("good"))));
        QVERIFY(!m_keychain->read(scope, name)->has_value());
    }

    void withoutAKeychainEveryLoginAsksAndSaysWhy()
    {
        if (!expectNoKeychain())
            QSKIP("this run has a Secret Service (test_fleet_console_no_keychain runs without)");
        FleetStatusView* view = m_window->fleetStatusView();
        const QString key = m_dir.filePath(QStringLiteral("encrypted_key_nk"));
        QVERIFY(QFile::copy(m_good->identity(), key));
        QFile(key).setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        QVERIFY(run(QStringLiteral("ssh-keygen"), {QStringLiteral("-q"), QStringLiteral("-p"), QStringLiteral("-P"), QString(), QStringLiteral("-N"),
                                                   QStringLiteral("pass"), QStringLiteral("-f"), key}));
        QSettings().setValue(QStringLiteral("fleet/identityFile"), key);
        for (int i = 0; i < 2; ++i) {
            FleetDialogs::queueSecretAnswer(fleet::SecretAnswer{"pass", true});
            view->checkNodes({QStringLiteral("good")});
            QVERIFY(waitIdle(view));
            QVERIFY2(stateOf(*m_window, QStringLiteral("good")) == NodeState::Ok, qPrintable(details(*m_window, QStringLiteral("good"))));
        }
        const auto asked = FleetDialogs::askedSecrets();
        QCOMPARE(asked.size(), 2);   // asked every time
        for (const auto& r : asked) {
            QVERIFY(!r.canRemember);
            QVERIFY2(!r.whyNotRemembered.isEmpty(), "the prompt must say why nothing is remembered");
        }
        // Nothing was written in plain text anywhere the console keeps files.
        const QString settingsFile = QSettings().fileName();
        QVERIFY(!readAll(settingsFile).contains("pass\n") && !readAll(settingsFile).contains("=pass"));
    }

    // Deleting a node is undoable; its secrets go when the plan is saved without it, and
    // the other nodes' stay.
    void deletingANodeAndSavingDeletesItsSecrets()
    {
        if (expectNoKeychain())
            QSKIP("no Secret Service in this run");
        const fleet::SecretScope dead = scopeOf(QStringLiteral("dead"));
        const fleet::SecretScope good = scopeOf(QStringLiteral("good"));
        QVERIFY(m_keychain->write(dead, QStringLiteral("password"), "dead-node-secret"));
        QVERIFY(m_keychain->write(good, QStringLiteral("password"), "good-node-secret"));
        m_window->selectObject(plan::ObjectRef{plan::ObjectRef::Kind::Node, QStringLiteral("dead")});
        QCOMPARE(m_window->fleetView()->currentNode(), QStringLiteral("dead"));
        FleetDialogs::queueConfirmation(true);
        QVERIFY(m_window->fleetView()->deleteCurrentNode());
        QCOMPARE(m_window->document()->plan().nodes.size(), std::size_t(4));
        QCOMPARE(m_window->fleetStatusView()->model()->rowCount(), 4);
        QCOMPARE(m_window->fleetStatusView()->model()->rowOfNode(QStringLiteral("dead")), -1);
        m_window->document()->undoStack()->undo();
        QCOMPARE(m_window->document()->plan().nodes.size(), std::size_t(5));
        QCOMPARE(m_window->document()->plan().nodes[3].name, QStringLiteral("dead"));   // back in its place
        m_window->document()->undoStack()->redo();
        QVERIFY(m_keychain->read(dead, QStringLiteral("password"))->has_value());   // not saved yet: kept

        QSignalSpy left(m_window->document(), &PlanDocument::secretScopesLeft);
        QSignalSpy forgotten(m_window->connections(), &FleetConnections::secretsForgotten);
        Dialogs::setNextFileName(m_dir.filePath(QStringLiteral("saved.lifeboat.json")));
        QVERIFY(m_window->saveAs());
        QCOMPARE(left.count(), 1);
        QVERIFY(forgotten.wait(20000));
        QVERIFY(!m_keychain->read(dead, QStringLiteral("password"))->has_value());
        QCOMPARE(m_keychain->read(good, QStringLiteral("password"))->value_or(QByteArray()), QByteArray("good-node-secret"));
        QVERIFY(m_keychain->removeScope(good));
    }

    // Stop, once the first node has answered: the node being asked then finishes within its
    // own timeout, and the nodes after it are never asked.
    void stopAsksNoFurtherNodes()
    {
        QTcpServer hung;   // accepts TCP and never speaks
        QVERIFY(hung.listen(QHostAddress::LocalHost));
        const QString plan = writePlan(m_dir.filePath(QStringLiteral("stop.lifeboat.json")),
                                       QJsonArray{nodeJson(QStringLiteral("first"), QStringLiteral("127.0.0.1"), m_good->port()),
                                                  nodeJson(QStringLiteral("hung"), QStringLiteral("127.0.0.1"), hung.serverPort()),
                                                  nodeJson(QStringLiteral("later-1"), QStringLiteral("127.0.0.1"), m_good->port()),
                                                  nodeJson(QStringLiteral("later-2"), QStringLiteral("127.0.0.1"), m_good->port())},
                                       {});
        QVERIFY(openAndWait(*m_window, plan));
        QSettings().setValue(QStringLiteral("fleet/parallel"), 1);   // one node after the other, in plan order
        FleetStatusView* view = m_window->fleetStatusView();
        QSignalSpy said(view, &FleetStatusView::message);
        connect(view->progressBar(), &QProgressBar::valueChanged, this, [view](int answered) {
            if (answered == 1)
                view->stopAction()->trigger();
        });
        QElapsedTimer timer;
        timer.start();
        view->checkAllAction()->trigger();
        QVERIFY(waitIdle(view, 20000));
        disconnect(view->progressBar(), nullptr, this, nullptr);
        QVERIFY2(stateOf(*m_window, QStringLiteral("first")) == NodeState::Ok, qPrintable(details(*m_window, QStringLiteral("first"))));
        QVERIFY2(stateOf(*m_window, QStringLiteral("later-1")) == NodeState::Unknown, qPrintable(details(*m_window, QStringLiteral("later-1"))));   // never asked
        QVERIFY2(stateOf(*m_window, QStringLiteral("later-2")) == NodeState::Unknown, qPrintable(details(*m_window, QStringLiteral("later-2"))));
        QVERIFY(timer.elapsed() < 10000);   // the hung node's 3 s at most, never the others'
        QVERIFY(!said.isEmpty());
        QVERIFY2(said.last().at(0).toString().startsWith(QStringLiteral("Stopped")), qPrintable(said.last().at(0).toString()));
    }

    // A finished check is judged against the plan: the nodes that did not answer and the
    // datasets with no backup on record become alerts in the Alerts tab.
    void aFleetCheckRaisesAlerts()
    {
        QVERIFY(openAndWait(*m_window, m_plan));
        checkAll();
        const auto& alerts = m_window->alertMonitor()->book().alerts();
        const auto openFor = [&](const QString& kind, const QString& name) {
            return std::any_of(alerts.begin(), alerts.end(), [&](const monitor::Alert& a) { return a.open() && a.kind == kind && a.name == name; });
        };
        QVERIFY(openFor(QStringLiteral("node"), QStringLiteral("dead")));
        QVERIFY(openFor(QStringLiteral("node"), QStringLiteral("changed")));
        QVERIFY(!openFor(QStringLiteral("node"), QStringLiteral("good")));
        QVERIFY(m_window->alertsView()->model()->rowCount() >= 2);
        QCOMPARE(m_window->fleetTabs()->tabText(2), QStringLiteral("Alerts"));
    }

    // Actions ▸ Apply Plan to Fleet…: the difference of every node first (the dead node
    // named with its reason), then Apply installs the jobs where they change, the apply is
    // in the Activity view, and the "schedule not applied" alert of the node clears.
    void applyingThePlanShowsTheDifferenceThenInstallsIt()
    {
        QJsonObject plan = QJsonDocument::fromJson(readAll(m_plan)).object();
        QTcpServer closed;
        QVERIFY(closed.listen(QHostAddress::LocalHost));
        const int deadPort = closed.serverPort();
        closed.close();
        QJsonObject fleet = plan.value(QStringLiteral("fleet")).toObject();
        fleet.insert(QStringLiteral("nodes"), QJsonArray{nodeJson(QStringLiteral("good"), QStringLiteral("127.0.0.1"), m_good->port()),
                                                         nodeJson(QStringLiteral("dead"), QStringLiteral("127.0.0.1"), deadPort)});
        plan.insert(QStringLiteral("fleet"), fleet);
        plan.insert(QStringLiteral("datasets"), QJsonArray{datasetJson(QStringLiteral("corpus"), QStringLiteral("good"), m_dir.filePath(QStringLiteral("data/present")),
                                                                       QStringLiteral("24h"))});
        plan.insert(QStringLiteral("repositories"), QJsonArray{QJsonObject{{QStringLiteral("name"), QStringLiteral("main")}, {QStringLiteral("node"), QStringLiteral("good")},
                                                                           {QStringLiteral("path"), m_dir.filePath(QStringLiteral("repo"))}}});
        plan.insert(QStringLiteral("policies"), QJsonArray{QJsonObject{{QStringLiteral("name"), QStringLiteral("corpus-hourly")},
                                                                       {QStringLiteral("dataset"), QStringLiteral("corpus")},
                                                                       {QStringLiteral("schedule"), QJsonObject{{QStringLiteral("cron"), QStringLiteral("0 * * * *")}}},
                                                                       {QStringLiteral("repositories"), QJsonArray{QStringLiteral("main")}},
                                                                       {QStringLiteral("retention"), QJsonObject{{QStringLiteral("keepLast"), 24}}}}});
        const QString file = m_dir.filePath(QStringLiteral("apply.lifeboat.json"));
        QVERIFY(writeText(file, QJsonDocument(plan).toJson()));
        QVERIFY(openAndWait(*m_window, file));
        const auto alertFor = [&](const QString& node) -> const monitor::Alert* {
            for (const monitor::Alert& a : m_window->alertMonitor()->book().alerts())
                if (a.open() && a.kind == QLatin1String("node") && a.name == node)
                    return &a;
            return nullptr;
        };
        checkAll();
        const monitor::Alert* notApplied = alertFor(QStringLiteral("good"));
        QVERIFY(notApplied);
        QCOMPARE(notApplied->state, monitor::HealthState::ScheduleNotApplied);
        QVERIFY2(notApplied->reason.contains(QStringLiteral("never applied")), qPrintable(notApplied->reason));

        QVERIFY(m_window->applyAction()->isEnabled());
        ApplyPlanDialog* dialog = m_window->openApplyDialog();
        QSignalSpy passes(dialog, &ApplyPlanDialog::passFinished);
        QVERIFY(dialog->isBusy());
        QVERIFY(passes.wait(60000));
        QCOMPARE(passes.takeFirst().value(0).toBool(), true);   // the dry run
        ApplyChangesModel* model = dialog->model();
        QCOMPARE(model->rowCount(), 2);
        const QModelIndex good = model->index(0, 0);
        QCOMPARE(model->index(0, ApplyChangesModel::Change).data().toString(), QStringLiteral("To change"));
        QCOMPARE(model->rowCount(good), 2);
        QCOMPARE(model->index(0, ApplyChangesModel::Name, good).data().toString(), QStringLiteral("backup-corpus"));
        QCOMPARE(model->index(0, ApplyChangesModel::Change, good).data().toString(), QStringLiteral("Add"));
        QCOMPARE(model->index(0, ApplyChangesModel::Schedule, good).data().toString(), QStringLiteral("0 * * * * (UTC)"));
        QCOMPARE(model->index(1, ApplyChangesModel::Name, good).data().toString(), QStringLiteral("maintain-main"));
        QVERIFY2(model->index(1, ApplyChangesModel::Change).data().toString().startsWith(QStringLiteral("FAILED: ")), qPrintable(model->index(1, ApplyChangesModel::Change).data().toString()));
        QVERIFY2(dialog->summaryLabel()->text().contains(QStringLiteral("1 to change (2 job(s) to add, 0 to change, 0 to remove)")), qPrintable(dialog->summaryLabel()->text()));
        const QString cronFile = m_dir.filePath(QStringLiteral("node/cron.d/lifeboat-fleet-console-test--good"));
        QVERIFY(!QFileInfo::exists(cronFile));   // a dry run

        QVERIFY(dialog->applyButton()->isEnabled());
        QTest::mouseClick(dialog->applyButton(), Qt::LeftButton);
        QVERIFY(passes.wait(60000));
        QCOMPARE(passes.takeFirst().value(0).toBool(), false);
        QCOMPARE(model->index(0, ApplyChangesModel::Change).data().toString(), QStringLiteral("Applied"));
        QVERIFY(readAll(cronFile).contains("'fleet-console-test--good/backup-corpus'"));
        QVERIFY(!dialog->applyButton()->isEnabled());
        const activity::ActivityEntry& entry = m_window->activityStore()->entries().front();
        QCOMPARE(entry.kind, QStringLiteral("apply"));
        QCOMPARE(entry.outcome, activity::Outcome::Succeeded);
        QVERIFY2(entry.log.join(QLatin1Char('\n')).contains(QStringLiteral("good: applied")), qPrintable(entry.log.join(QLatin1Char('\n'))));

        // Asked again: up to date, nothing to apply.
        dialog->checkAll();
        QVERIFY(passes.wait(60000));
        QCOMPARE(model->index(0, ApplyChangesModel::Change).data().toString(), QStringLiteral("Up to date"));
        QVERIFY(!dialog->applyButton()->isEnabled());
        dialog->close();

        // The fleet check now finds the schedule applied: that alert is cleared.
        checkAll();
        const monitor::Alert* after = alertFor(QStringLiteral("good"));
        QVERIFY2(!after, after ? qPrintable(after->reason) : "");
    }
};

QTEST_MAIN(TestFleetConsole)
#include "TestFleetConsole.moc"
