// SPDX-License-Identifier: GPL-3.0-or-later
// The console's alerts, offscreen: a fleet check's answers raise alerts for what is wrong,
// a real HTTP server on 127.0.0.1 receives each new one as JSON (and the test button's),
// acknowledging marks it, recovery clears it into the history, and an alert leads to its
// object. A refused or failing webhook is said in words.
#include "core/monitor/AlertBook.h"
#include "ui/models/AlertModel.h"
#include "ui/presenters/AlertMonitor.h"
#include "ui/views/AlertsView.h"

#include <QAction>
#include <QCheckBox>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTableView>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

using namespace lifeboat;
using namespace lifeboat::ui;

namespace {

// A minimal HTTP/1.1 server: reads one request (headers and a Content-Length body) per
// connection, keeps it, answers with `status`.
class HookServer : public QObject {
    Q_OBJECT
public:
    explicit HookServer(int status) : m_status(status)
    {
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket* socket = m_server.nextPendingConnection()) {
                auto* buffer = new QByteArray;
                connect(socket, &QTcpSocket::readyRead, this, [this, socket, buffer] {
                    buffer->append(socket->readAll());
                    const qsizetype end = buffer->indexOf("\r\n\r\n");
                    if (end < 0)
                        return;
                    const QByteArray head = buffer->left(end);
                    qsizetype length = 0;
                    for (const QByteArray& line : head.split('\n'))
                        if (line.toLower().startsWith("content-length:"))
                            length = line.mid(15).trimmed().toLongLong();
                    if (buffer->size() < end + 4 + length)
                        return;
                    requests.append({head, buffer->mid(end + 4, length)});
                    socket->write(QStringLiteral("HTTP/1.1 %1 X\r\nContent-Length: 0\r\nConnection: close\r\n\r\n").arg(m_status).toUtf8());
                    socket->disconnectFromHost();
                    buffer->clear();
                    emit received();
                });
                connect(socket, &QTcpSocket::disconnected, socket, [socket, buffer] {
                    delete buffer;
                    socket->deleteLater();
                });
            }
        });
        m_server.listen(QHostAddress::LocalHost);
    }
    QString url() const { return QStringLiteral("http://127.0.0.1:%1/hook").arg(m_server.serverPort()); }
    struct Request {
        QByteArray head;
        QByteArray body;
    };
    QList<Request> requests;

signals:
    void received();

private:
    QTcpServer m_server;
    int m_status;
};

plan::Plan testPlan()
{
    plan::Plan p;
    p.name = QStringLiteral("alerts test");
    p.domains = {{QStringLiteral("r1"), QStringLiteral("rack"), {}, {}}};
    for (const char* name : {"n1", "n2"}) {
        plan::Node n;
        n.name = QLatin1String(name);
        n.domain = QStringLiteral("r1");
        n.address = QStringLiteral("127.0.0.1");
        p.nodes.push_back(n);
    }
    plan::Dataset d;
    d.name = QStringLiteral("corpus");
    d.tier = QStringLiteral("high");
    d.locations = {{QStringLiteral("n1"), QStringLiteral("/data/corpus")}};
    d.rpo = std::chrono::hours(24);
    p.datasets = {d};
    return p;
}

std::vector<fleet::NodeReport> reports(bool backedUp, bool n2Up)
{
    fleet::NodeReport n1;
    n1.node = QStringLiteral("n1");
    n1.reachable = n1.loggedIn = true;
    n1.engine = QStringLiteral("0.1.0");
    QJsonArray runs;
    if (backedUp)
        runs.append(QJsonObject{{QStringLiteral("op"), QStringLiteral("repo.backup")}, {QStringLiteral("dataset"), QStringLiteral("corpus")},
                                {QStringLiteral("finished"), QDateTime::currentDateTimeUtc().addSecs(-3600).toString(Qt::ISODateWithMs)}, {QStringLiteral("exit"), 0}});
    n1.status = QJsonObject{{QStringLiteral("recent_runs"), runs}};
    fleet::NodeReport n2 = n1;
    n2.node = QStringLiteral("n2");
    n2.status = {};
    if (!n2Up) {
        n2.reachable = n2.loggedIn = false;
        n2.error = Error{Error::Code::Network, QStringLiteral("Cannot connect to 127.0.0.1:1: Connection refused")};
    }
    return {n1, n2};
}

} // namespace

class TestAlerts : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_dir.filePath(QStringLiteral("settings")));
        QSettings().clear();
    }

    void aCheckRaisesAlertsThatReachTheWebhook()
    {
        HookServer hook(204);
        AlertMonitor monitor(m_dir.filePath(QStringLiteral("alerts.jsonl")));
        AlertsView view(&monitor);
        view.show();
        view.webhookEdit()->setText(hook.url());
        view.webhookEnabledBox()->setChecked(true);   // saved with the URL
        QCOMPARE(monitor.webhookUrl(), hook.url());

        QSignalSpy raised(&monitor, &AlertMonitor::alertRaised);
        QSignalSpy received(&hook, &HookServer::received);
        monitor.assess(testPlan(), reports(false, false));
        QCOMPARE(raised.count(), 2);   // corpus: no backup recorded; n2: unreachable
        while (hook.requests.size() < 2)
            QVERIFY(received.wait(10000));
        QStringList states;
        for (const auto& r : hook.requests) {
            QVERIFY(r.head.startsWith("POST /hook HTTP/1.1"));
            QVERIFY(r.head.toLower().contains("content-type: application/json"));
            const QJsonObject body = QJsonDocument::fromJson(r.body).object();
            QCOMPARE(body.value(QStringLiteral("source")).toString(), QStringLiteral("lifeboat"));
            QCOMPARE(body.value(QStringLiteral("plan")).toString(), QStringLiteral("alerts test"));
            QCOMPARE(body.value(QStringLiteral("severity")).toString(), QStringLiteral("CRITICAL"));
            states << body.value(QStringLiteral("state")).toString();
        }
        states.sort();
        QCOMPARE(states, (QStringList{QStringLiteral("node-unreachable"), QStringLiteral("rpo-breached")}));
        QCOMPARE(view.model()->rowCount(), 2);

        // Acknowledge the first: marked, by whom, and no longer acknowledgeable.
        view.table()->selectRow(0);
        QVERIFY(view.acknowledgeAction()->isEnabled());
        view.acknowledgeAction()->trigger();
        const QString ack = view.model()->index(0, AlertModel::Acknowledged).data().toString();
        QVERIFY2(ack.contains(QStringLiteral(" by ")), qPrintable(ack));
        view.table()->selectRow(0);
        QVERIFY(!view.acknowledgeAction()->isEnabled());

        // The same answers again: nothing new is sent.
        monitor.assess(testPlan(), reports(false, false));
        QCOMPARE(raised.count(), 2);
        // Recovered: both clear, the open list empties, the history keeps them.
        monitor.assess(testPlan(), reports(true, true));
        QCOMPARE(view.model()->rowCount(), 0);
        view.historyBox()->setChecked(true);
        QCOMPARE(view.model()->rowCount(), 2);
        QVERIFY(!view.model()->index(0, AlertModel::Cleared).data().toString().isEmpty());
        QCOMPARE(hook.requests.size(), 2);

        // After a restart the history and the acknowledgement are still there.
        AlertMonitor again(m_dir.filePath(QStringLiteral("alerts.jsonl")));
        QCOMPARE(again.book().alerts().size(), std::size_t(2));
        QVERIFY(std::any_of(again.book().alerts().begin(), again.book().alerts().end(), [](const monitor::Alert& a) { return a.acknowledged.isValid(); }));
    }

    void theTestButtonSaysWhatHappened()
    {
        AlertMonitor monitor(m_dir.filePath(QStringLiteral("alerts-test.jsonl")));
        AlertsView view(&monitor);
        QSignalSpy result(&monitor, &AlertMonitor::webhookResult);
        {
            HookServer hook(204);
            view.webhookEdit()->setText(hook.url());
            view.testButton()->click();
            QVERIFY(result.wait(10000));
            QCOMPARE(result.last().first().toBool(), true);
            QCOMPARE(view.webhookStatus()->text(), QStringLiteral("Delivered to 127.0.0.1 (HTTP 204)."));
            QCOMPARE(QJsonDocument::fromJson(hook.requests.first().body).object().value(QStringLiteral("kind")).toString(), QStringLiteral("test"));
        }
        {
            HookServer failing(500);
            view.webhookEdit()->setText(failing.url());
            view.testButton()->click();
            QVERIFY(result.wait(10000));
            QCOMPARE(result.last().first().toBool(), false);
            QVERIFY2(view.webhookStatus()->text().contains(QStringLiteral("answered HTTP 500")), qPrintable(view.webhookStatus()->text()));
        }
        view.webhookEdit()->setText(QStringLiteral("ftp://example.org/x"));
        view.testButton()->click();
        QVERIFY(result.wait(10000));
        QVERIFY(view.webhookStatus()->text().contains(QStringLiteral("not an http or https URL")));
        // Nobody listening: refused, said so.
        QTcpServer closed;
        QVERIFY(closed.listen(QHostAddress::LocalHost));
        const int port = closed.serverPort();
        closed.close();
        view.webhookEdit()->setText(QStringLiteral("http://127.0.0.1:%1/").arg(port));
        view.testButton()->click();
        QVERIFY(result.wait(15000));
        QVERIFY2(view.webhookStatus()->text().startsWith(QStringLiteral("Not delivered to 127.0.0.1")), qPrintable(view.webhookStatus()->text()));
    }

    void anAlertLeadsToItsObject()
    {
        AlertMonitor monitor(m_dir.filePath(QStringLiteral("alerts-link.jsonl")));
        AlertsView view(&monitor);
        view.show();
        monitor.assess(testPlan(), reports(false, true));
        QCOMPARE(view.model()->rowCount(), 1);
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QSignalSpy chosen(&view, &AlertsView::objectChosen);
        view.table()->setFocus();
        view.table()->setCurrentIndex(view.model()->index(0, AlertModel::Object));
        QTest::keyClick(view.table(), Qt::Key_Return);
        QCOMPARE(chosen.count(), 1);
        const auto ref = chosen.first().first().value<plan::ObjectRef>();
        QCOMPARE(ref.kind, plan::ObjectRef::Kind::Dataset);
        QCOMPARE(ref.name, QStringLiteral("corpus"));
    }
};

QTEST_MAIN(TestAlerts)
#include "TestAlerts.moc"
