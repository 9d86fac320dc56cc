// SPDX-License-Identifier: GPL-3.0-or-later
// What the fleet's answers mean: each dataset's state from the nodes' run journals against
// its RPO, each repository's from its free space, each node's from how it answered; and the
// Nagios and Prometheus texts made of them, checked against their formats.
#include "MonitorFormats.h"
#include "core/monitor/AlertBook.h"
#include "core/monitor/FleetHealth.h"
#include "core/monitor/MonitorOutput.h"
#include "core/protocol/NodeStatus.h"
#include "core/schedule/JobPlanner.h"

#include <QFile>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace lifeboat;
using namespace lifeboat::monitor;

namespace {

const QDateTime kNow = QDateTime(QDate(2026, 12, 2), QTime(12, 0), QTimeZone::utc());

QJsonObject run(const QString& op, const QString& dataset, const QString& repo, double hoursAgo, int exit, const QString& error = {})
{
    QJsonObject o{{QStringLiteral("op"), op},
                  {QStringLiteral("repo"), repo},
                  {QStringLiteral("finished"), kNow.addSecs(static_cast<qint64>(-hoursAgo * 3600)).toString(Qt::ISODateWithMs)},
                  {QStringLiteral("exit"), exit}};
    if (!dataset.isEmpty())
        o.insert(QStringLiteral("dataset"), dataset);
    if (!error.isEmpty())
        o.insert(QStringLiteral("error"), error);
    return o;
}

fleet::NodeReport answered(const QString& node, const QJsonArray& runs, const QJsonArray& paths = {})
{
    fleet::NodeReport r;
    r.node = node;
    r.reachable = true;
    r.loggedIn = true;
    r.engine = QStringLiteral("0.1.0");
    r.status = QJsonObject{{QStringLiteral("recent_runs"), runs}, {QStringLiteral("paths"), paths}};
    return r;
}

plan::Dataset dataset(const QString& name, const QString& node)
{
    plan::Dataset d;
    d.name = name;
    d.tier = QStringLiteral("high");
    d.locations = {{node, QStringLiteral("/data/") + name}};
    d.rpo = std::chrono::hours(24);
    return d;
}

plan::Plan fleetPlan()
{
    plan::Plan p;
    p.domains = {{QStringLiteral("r1"), QStringLiteral("rack"), {}, {}}};
    for (const char* name : {"gpu1", "gpu2", "bk1"}) {
        plan::Node n;
        n.name = QLatin1String(name);
        n.domain = QStringLiteral("r1");
        n.address = QStringLiteral("10.0.0.1");
        p.nodes.push_back(n);
    }
    p.datasets = {dataset(QStringLiteral("fresh"), QStringLiteral("gpu1")), dataset(QStringLiteral("aging"), QStringLiteral("gpu1")),
                  dataset(QStringLiteral("stale"), QStringLiteral("gpu1")), dataset(QStringLiteral("broken"), QStringLiteral("gpu1")),
                  dataset(QStringLiteral("damaged"), QStringLiteral("gpu1")), dataset(QStringLiteral("orphan"), QStringLiteral("gpu2"))};
    p.repositories = {{QStringLiteral("main"), QStringLiteral("bk1"), QStringLiteral("/srv/main"), 0, {}},
                      {QStringLiteral("vault"), QStringLiteral("bk1"), QStringLiteral("/srv/vault"), 0, {}}};
    for (const plan::Dataset& d : p.datasets) {
        plan::Policy policy;
        policy.name = d.name;
        policy.dataset = d.name;
        policy.repositories = {d.name == QLatin1String("damaged") ? QStringLiteral("vault") : QStringLiteral("main")};
        p.policies.push_back(policy);
    }
    return p;
}

const HealthItem& item(const std::vector<HealthItem>& items, const QString& kind, const QString& name)
{
    const auto it = std::find_if(items.begin(), items.end(), [&](const HealthItem& i) { return i.kind == kind && i.name == name; });
    if (it == items.end())
        qFatal("no %s %s", qPrintable(kind), qPrintable(name));
    return *it;
}

std::vector<HealthItem> assessed()
{
    const QJsonArray gpu1{run(QStringLiteral("repo.backup"), QStringLiteral("fresh"), QStringLiteral("/srv/main"), 2, 0),
                          run(QStringLiteral("repo.backup"), QStringLiteral("aging"), QStringLiteral("/srv/main"), 20, 0),
                          run(QStringLiteral("repo.backup"), QStringLiteral("stale"), QStringLiteral("/srv/main"), 30, 1),
                          run(QStringLiteral("repo.backup"), QStringLiteral("broken"), QStringLiteral("/srv/main"), 1, 4, QStringLiteral("No space left on device")),
                          run(QStringLiteral("repo.backup"), QStringLiteral("broken"), QStringLiteral("/srv/main"), 5, 0),
                          run(QStringLiteral("repo.backup"), QStringLiteral("damaged"), QStringLiteral("/srv/vault"), 1, 0),
                          // An old run without a dataset (an engine before journals named it): ignored.
                          run(QStringLiteral("repo.backup"), QString(), QStringLiteral("/srv/main"), 0.5, 0)};
    const QJsonArray bk1{run(QStringLiteral("repo.verify"), {}, QStringLiteral("/srv/vault"), 3, 6),
                         run(QStringLiteral("repo.verify"), {}, QStringLiteral("/srv/vault"), 30, 0),
                         run(QStringLiteral("repo.verify"), {}, QStringLiteral("/srv/main"), 3, 0)};
    const QJsonArray paths{QJsonObject{{QStringLiteral("path"), QStringLiteral("/srv/main")}, {QStringLiteral("free_bytes"), 5e11}, {QStringLiteral("total_bytes"), 1e13}},
                           QJsonObject{{QStringLiteral("path"), QStringLiteral("/srv/vault")}, {QStringLiteral("free_bytes"), 2e11}, {QStringLiteral("total_bytes"), 1e13}}};
    fleet::NodeReport gpu2;
    gpu2.node = QStringLiteral("gpu2");
    gpu2.error = Error{Error::Code::Network, QStringLiteral("Cannot connect to 10.0.0.2:22: Connection refused")};
    return FleetHealth::assess(fleetPlan(), {answered(QStringLiteral("gpu1"), gpu1), gpu2, answered(QStringLiteral("bk1"), bk1, paths)}, kNow);
}

} // namespace

class TestFleetHealth : public QObject {
    Q_OBJECT

private slots:
    void datasetsAreJudgedByTheirNewestRuns()
    {
        const auto items = assessed();
        QCOMPARE(item(items, "dataset", "fresh").state, HealthState::Ok);
        QCOMPARE(*item(items, "dataset", "fresh").lastBackupAgeSeconds, 2 * 3600.0);
        // 20 h of a 24 h RPO is past the 75% warning share (18 h).
        QCOMPARE(item(items, "dataset", "aging").state, HealthState::RpoAtRisk);
        QCOMPARE(item(items, "dataset", "aging").severity, Severity::Warning);
        // Exit 1 is a backup that finished (some files unreadable): it counts, and is 30 h old.
        QCOMPARE(item(items, "dataset", "stale").state, HealthState::RpoBreached);
        QVERIFY(item(items, "dataset", "stale").reason.contains(QStringLiteral("beyond its RPO")));
        // The newest run failed: said with the node's own words, though a good backup is 5 h old.
        const HealthItem& broken = item(items, "dataset", "broken");
        QCOMPARE(broken.state, HealthState::LastRunFailed);
        QCOMPARE(broken.severity, Severity::Critical);
        QVERIFY2(broken.reason.contains(QStringLiteral("No space left on device")) && broken.reason.contains(QStringLiteral("gpu1")), qPrintable(broken.reason));
        QCOMPARE(*broken.lastBackupAgeSeconds, 5 * 3600.0);
        // Its repository's newest verification found damage (the older clean one does not help).
        QCOMPARE(item(items, "dataset", "damaged").state, HealthState::VerificationFailed);
        QVERIFY(item(items, "dataset", "damaged").reason.contains(QStringLiteral("/srv/vault")));
        // Its only node did not answer: nothing to judge by.
        QCOMPARE(item(items, "dataset", "orphan").state, HealthState::Unknown);
        QCOMPARE(item(items, "dataset", "orphan").severity, Severity::Unknown);
    }

    void repositoriesAndNodes()
    {
        auto items = assessed();
        QCOMPARE(item(items, "repository", "main").state, HealthState::RepositoryNearlyFull);   // 5% free
        QCOMPARE(item(items, "repository", "main").severity, Severity::Warning);
        QCOMPARE(item(items, "repository", "vault").severity, Severity::Critical);              // 2% free
        QCOMPARE(item(items, "node", "gpu1").state, HealthState::Ok);
        QVERIFY(item(items, "node", "gpu1").up);
        QCOMPARE(item(items, "node", "gpu2").state, HealthState::NodeUnreachable);
        QVERIFY(item(items, "node", "gpu2").reason.contains(QStringLiteral("Connection refused")));
        QCOMPARE(FleetHealth::worst(items), Severity::Critical);
        // Nagios: CRITICAL outranks UNKNOWN, UNKNOWN outranks WARNING.
        const std::vector<HealthItem> unknownAndWarning{item(items, "dataset", "orphan"), item(items, "dataset", "aging")};
        QCOMPARE(FleetHealth::worst(unknownAndWarning), Severity::Unknown);
        QCOMPARE(FleetHealth::worst({item(items, "dataset", "fresh")}), Severity::Ok);
    }

    void aNodeWhoseJobsAreNotThePlansSaysSo()
    {
        plan::Plan p = fleetPlan();
        p.name = QStringLiteral("health test");
        p.policies[0].schedule.cron = QStringLiteral("0 * * * *");   // "fresh" on gpu1, hourly
        const schedule::NodeJobs wanted = schedule::JobPlanner::jobsForNode(p, QStringLiteral("gpu1"));
        QCOMPARE(wanted.jobs.size(), std::size_t(1));
        const auto withSchedules = [&](const QJsonArray& schedules) {
            fleet::NodeReport r = answered(QStringLiteral("gpu1"), {});
            r.status.insert(QStringLiteral("schedules"), schedules);
            return item(FleetHealth::assess(p, {r}, kNow), "node", "gpu1");
        };
        const auto installedAs = [&](const std::vector<schedule::ScheduledJob>& jobs, const QStringList& entries) {
            QJsonArray list;
            for (const auto& j : jobs)
                list.append(j.toJson());
            return QJsonArray{QJsonObject{{QStringLiteral("owner"), QStringLiteral("health-test--gpu1")}, {QStringLiteral("jobs"), list},
                                          {QStringLiteral("installed"), QJsonArray::fromStringList(entries)}}};
        };
        // Never applied.
        const HealthItem never = withSchedules({});
        QCOMPARE(never.state, HealthState::ScheduleNotApplied);
        QCOMPARE(never.severity, Severity::Warning);
        QVERIFY(never.up);
        QVERIFY2(never.reason.contains(QStringLiteral("gpu1")) && never.reason.contains(QStringLiteral("never applied")), qPrintable(never.reason));
        // Applied, with its entry: OK.
        QCOMPARE(withSchedules(installedAs(wanted.jobs, {QStringLiteral("backup-fresh")})).state, HealthState::Ok);
        // The job file without its cron entry does not run.
        const HealthItem noEntry = withSchedules(installedAs(wanted.jobs, {}));
        QCOMPARE(noEntry.state, HealthState::ScheduleNotApplied);
        QVERIFY2(noEntry.reason.contains(QStringLiteral("0 to add, 1 to change, 0 to remove")), qPrintable(noEntry.reason));
        // The plan changed since: its new schedule is not what the node runs.
        schedule::ScheduledJob older = wanted.jobs[0];
        older.cron = QStringLiteral("0 */2 * * *");
        schedule::ScheduledJob stale = wanted.jobs[0];
        stale.id = QStringLiteral("backup-gone");
        const HealthItem drifted = withSchedules(installedAs({older, stale}, {QStringLiteral("backup-fresh"), QStringLiteral("backup-gone")}));
        QCOMPARE(drifted.state, HealthState::ScheduleNotApplied);
        QVERIFY2(drifted.reason.contains(QStringLiteral("0 to add, 1 to change, 1 to remove")), qPrintable(drifted.reason));
        // An engine too old to list its jobs is not judged on them.
        QCOMPARE(item(FleetHealth::assess(p, {answered(QStringLiteral("gpu1"), {})}, kNow), "node", "gpu1").state, HealthState::Ok);
        // Prometheus: the node is up, its schedule is not applied.
        const QString text = MonitorOutput::prometheus({never}, kNow);
        QVERIFY(text.contains(QStringLiteral("lifeboat_node_up{node=\"gpu1\"} 1\n")));
        QVERIFY(text.contains(QStringLiteral("lifeboat_node_schedule_applied{node=\"gpu1\"} 0\n")));
        QCOMPARE(test::prometheusProblem(text), QString());
    }

    void aDrilledDatasetsRtoIsProvenByItsDrills()
    {
        plan::Plan p = fleetPlan();
        // "fresh": 1 TB with an RTO of 4 h, drilled on bk1 from main.
        auto fresh = std::find_if(p.datasets.begin(), p.datasets.end(), [](const plan::Dataset& d) { return d.name == QLatin1String("fresh"); });
        fresh->sizeBytes = 1000000000000LL;
        fresh->rto = std::chrono::hours(4);
        p.policies[0].drill = {QStringLiteral("0 6 * * sat"), QStringLiteral("bk1"), QStringLiteral("/scratch/drill"), 0.1, {}};
        const QJsonObject backup = run(QStringLiteral("repo.backup"), QStringLiteral("fresh"), QStringLiteral("/srv/main"), 2, 0);
        const auto drill = [&](double hoursAgo, int exit, double bytesPerSecond, const QString& error = {}) {
            QJsonObject o = run(QStringLiteral("repo.drill"), QStringLiteral("fresh"), QStringLiteral("/srv/main"), hoursAgo, exit, error);
            o.insert(QStringLiteral("bytesPerSecond"), bytesPerSecond);
            return o;
        };
        const auto judged = [&](const QJsonArray& recent, const QJsonArray& latest = {}) {
            fleet::NodeReport gpu1 = answered(QStringLiteral("gpu1"), {backup});
            fleet::NodeReport bk1 = answered(QStringLiteral("bk1"), recent);
            bk1.status.insert(QStringLiteral("latest_runs"), latest);
            return item(FleetHealth::assess(p, {gpu1, bk1}, kNow), "dataset", "fresh");
        };

        // Never drilled: the backups are fine, the RTO is not proven.
        const HealthItem never = judged({});
        QCOMPARE(never.state, HealthState::RtoNotProven);
        QCOMPARE(never.severity, Severity::Warning);
        QVERIFY(never.drilled);
        QVERIFY2(never.reason.contains(QStringLiteral("RTO not proven: no successful restore drill")), qPrintable(never.reason));

        // A good drill 2 days ago at 100 MB/s: 10^12 B / 10^8 B/s = 10 000 s, within 4 h.
        const HealthItem proven = judged({drill(48, 0, 1e8)});
        QCOMPARE(proven.state, HealthState::Ok);
        QCOMPARE(*proven.lastDrillAgeSeconds, 48 * 3600.0);
        QCOMPARE(*proven.drillBytesPerSecond, 1e8);
        QCOMPARE(qRound(*proven.restoreEstimateSeconds), 10000);
        QVERIFY2(proven.reason.contains(QStringLiteral("restore drill")), qPrintable(proven.reason));

        // Measured at 10 MB/s: 100 000 s, beyond 4 h.
        const HealthItem slow = judged({drill(48, 0, 1e7)});
        QCOMPARE(slow.state, HealthState::RtoNotProven);
        QCOMPARE(qRound(*slow.restoreEstimateSeconds), 100000);
        QVERIFY2(slow.reason.contains(QStringLiteral("beyond its RTO")), qPrintable(slow.reason));

        // The last good drill is 40 days old, known only from the latest runs (the journal's
        // tail is all backups); the newest drill after it failed.
        const HealthItem old = judged({drill(24, 4, 0, QStringLiteral("The scratch directory /scratch/drill cannot be created."))}, {drill(40 * 24, 0, 1e8)});
        QCOMPARE(old.state, HealthState::RtoNotProven);
        QVERIFY2(old.reason.contains(QStringLiteral("no restore drill in 30d (the last good one was 40d ago)")) && old.reason.contains(QStringLiteral("cannot be created")), qPrintable(old.reason));
        QCOMPARE(*old.lastDrillAgeSeconds, 40 * 24 * 3600.0);

        // A drill whose restored bytes were not the snapshot's: critical, whatever came before.
        const HealthItem damaged = judged({drill(1, 6, 1e8, QStringLiteral("data/a.bin")), drill(48, 0, 1e8)});
        QCOMPARE(damaged.state, HealthState::VerificationFailed);
        QCOMPARE(damaged.severity, Severity::Critical);
        QVERIFY2(damaged.reason.contains(QStringLiteral("data/a.bin")), qPrintable(damaged.reason));

        // A dataset no policy drills is not judged on drills.
        QVERIFY(!item(FleetHealth::assess(fleetPlan(), {answered(QStringLiteral("gpu1"), {backup})}, kNow), "dataset", "fresh").drilled);
        QCOMPARE(item(FleetHealth::assess(fleetPlan(), {answered(QStringLiteral("gpu1"), {backup})}, kNow), "dataset", "fresh").state, HealthState::Ok);

        // What monitoring reads.
        const QString text = MonitorOutput::prometheus({proven, slow}, kNow);
        QCOMPARE(test::prometheusProblem(text), QString());
        QVERIFY(text.contains(QStringLiteral("lifeboat_dataset_drill_restore_bytes_per_second{dataset=\"fresh\"} 100000000\n")));
        QVERIFY(text.contains(QStringLiteral("lifeboat_dataset_restore_estimate_seconds{dataset=\"fresh\"} 10000\n")));
        QVERIFY(text.contains(QStringLiteral("lifeboat_dataset_last_drill_age_seconds{dataset=\"fresh\"} 172800\n")));
        QVERIFY(text.contains(QStringLiteral("lifeboat_dataset_rto_seconds{dataset=\"fresh\"} 14400\n")));
        QVERIFY(text.contains(QStringLiteral("lifeboat_dataset_state{dataset=\"fresh\",state=\"rto-not-proven\"} 1\n")));
        const QString nagios = MonitorOutput::nagios({slow});
        QCOMPARE(test::nagiosProblem(nagios, 1), QString());
        QVERIFY2(nagios.contains(QStringLiteral("'fresh restore estimate'=100000s;14400;;0")), qPrintable(nagios));
    }

    void theJournalRemembersTheNewestRunOfEachKind()
    {
        QTemporaryDir dir;
        const protocol::RunJournal journal(dir.filePath(QStringLiteral("runs.jsonl")));
        journal.append(run(QStringLiteral("repo.drill"), QStringLiteral("fresh"), QStringLiteral("/srv/main"), 50, 0));
        journal.append(run(QStringLiteral("repo.drill"), QStringLiteral("fresh"), QStringLiteral("/srv/main"), 49, 4, QStringLiteral("disk full")));
        for (int i = 0; i < 300; ++i)
            journal.append(run(QStringLiteral("repo.backup"), QStringLiteral("fresh"), QStringLiteral("/srv/main"), 48 - i * 0.1, 0));
        const QJsonArray recent = journal.recent(200);
        QCOMPARE(recent.size(), 200);
        QVERIFY(std::none_of(recent.begin(), recent.end(), [](const QJsonValue& v) { return v[QLatin1String("op")] == QLatin1String("repo.drill"); }));
        const QJsonArray latest = journal.latest();
        // The newest drill (failed), the newest good drill, the newest backup (good, so twice).
        QCOMPARE(latest.size(), 4);
        int drills = 0;
        for (const QJsonValue& v : latest) {
            if (v[QLatin1String("op")] != QLatin1String("repo.drill"))
                continue;
            ++drills;
            QVERIFY(v[QLatin1String("exit")].toInt() == 4 || v[QLatin1String("finished")].toString() == run({}, {}, {}, 50, 0).value(QLatin1String("finished")).toString());
        }
        QCOMPARE(drills, 2);
    }

    void aRepositoryOfUnknownSizeIsNotJudgedFull()
    {
        const QJsonArray paths{QJsonObject{{QStringLiteral("path"), QStringLiteral("/srv/main")}, {QStringLiteral("free_bytes"), 5e9}},
                               QJsonObject{{QStringLiteral("path"), QStringLiteral("/srv/vault")}}};
        const auto items = FleetHealth::assess(fleetPlan(), {answered(QStringLiteral("bk1"), {}, paths)}, kNow);
        QCOMPARE(item(items, "repository", "main").state, HealthState::Ok);
        QVERIFY(item(items, "repository", "main").reason.contains(QStringLiteral("not known")));
        QVERIFY(!item(items, "repository", "main").totalBytes);
        QCOMPARE(item(items, "repository", "vault").state, HealthState::Unknown);
    }

    void theNagiosOutputFollowsThePluginGuidelines()
    {
        const auto items = assessed();
        const QString out = MonitorOutput::nagios(items);
        QCOMPARE(test::nagiosProblem(out, static_cast<int>(FleetHealth::worst(items))), QString());
        QVERIFY(out.startsWith(QStringLiteral("LIFEBOAT CRITICAL - ")));
        QVERIFY2(out.contains(QStringLiteral("'fresh backup age'=7200s;64800;86400;0")), qPrintable(out));
        QVERIFY(out.contains(QStringLiteral("'main free'=500000000000B;;;0;10000000000000")));
        QVERIFY(out.contains(QStringLiteral("datasets_ok=1;;;0;6")));
        // One line per problem after the status line.
        QVERIFY(out.contains(QStringLiteral("\nCRITICAL dataset: Dataset broken: its last backup on gpu1 failed")));
        QVERIFY(out.contains(QStringLiteral("\nWARNING dataset: Dataset aging")));
        QVERIFY(!out.contains(QStringLiteral("dataset: Dataset fresh")));
        // An all-clear check.
        const std::vector<HealthItem> ok{item(items, "dataset", "fresh"), item(items, "node", "gpu1")};
        const QString clear = MonitorOutput::nagios(ok);
        QCOMPARE(test::nagiosProblem(clear, 0), QString());
        QVERIFY(clear.startsWith(QStringLiteral("LIFEBOAT OK - 1 datasets within their RPO")));
        // A name with a quote and an '=' still gives valid performance data.
        HealthItem odd = item(items, "dataset", "fresh");
        odd.name = QStringLiteral("it's a=b | c");
        QCOMPARE(test::nagiosProblem(MonitorOutput::nagios({odd}), 0), QString());
        // The checker itself refuses what the guidelines do not allow.
        QVERIFY(!test::nagiosProblem(QStringLiteral("LIFEBOAT OK - fine | a=1;2;3;4;5;6"), 0).isEmpty());
        QVERIFY(!test::nagiosProblem(QStringLiteral("LIFEBOAT OK - fine"), 2).isEmpty());
    }

    void thePrometheusTextFollowsTheExpositionFormat()
    {
        const auto items = assessed();
        const QString text = MonitorOutput::prometheus(items, kNow);
        QCOMPARE(test::prometheusProblem(text), QString());
        QVERIFY(text.contains(QStringLiteral("lifeboat_dataset_state{dataset=\"broken\",state=\"last-run-failed\"} 1\n")));
        QVERIFY(text.contains(QStringLiteral("lifeboat_dataset_state{dataset=\"broken\",state=\"ok\"} 0\n")));
        QVERIFY(text.contains(QStringLiteral("lifeboat_dataset_last_backup_age_seconds{dataset=\"aging\"} 72000\n")));
        QVERIFY(text.contains(QStringLiteral("lifeboat_dataset_rpo_seconds{dataset=\"aging\"} 86400\n")));
        QVERIFY(text.contains(QStringLiteral("lifeboat_repository_free_bytes{repository=\"vault\"} 200000000000\n")));
        QVERIFY(text.contains(QStringLiteral("lifeboat_node_up{node=\"gpu2\"} 0\n")));
        QVERIFY(text.contains(QStringLiteral("lifeboat_check_timestamp_seconds %1\n").arg(kNow.toSecsSinceEpoch())));
        QVERIFY(!text.contains(QStringLiteral("dataset=\"orphan\"} 0\nlifeboat_dataset_last_backup_age")));   // no age without a backup
        // Label values are escaped.
        HealthItem odd = item(items, "dataset", "fresh");
        odd.name = QStringLiteral("a\"b\\c\nd");
        const QString escaped = MonitorOutput::prometheus({odd}, kNow);
        QCOMPARE(test::prometheusProblem(escaped), QString());
        QVERIFY(escaped.contains(QStringLiteral("dataset=\"a\\\"b\\\\c\\nd\"")));
        // The checker refuses what the format does not allow.
        QVERIFY(!test::prometheusProblem(QStringLiteral("x 1\n")).isEmpty());                                      // no TYPE
        QVERIFY(!test::prometheusProblem(QStringLiteral("# TYPE x gauge\nx{a=\"b} 1\n")).isEmpty());               // broken label
        QVERIFY(!test::prometheusProblem(QStringLiteral("# TYPE x gauge\n# TYPE y gauge\nx 1\ny 1\nx 2\n")).isEmpty());   // split family
    }

    void alertsAreRaisedClearedAndAcknowledged()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("alerts.jsonl"));
        auto items = assessed();
        QString firstId;
        {
            AlertBook book(file);
            const auto raised = book.update(items, kNow);
            // Everything not OK and not Unknown: aging, stale, broken, damaged, main, vault, gpu2.
            QCOMPARE(raised.size(), std::size_t(7));
            QVERIFY(std::none_of(raised.begin(), raised.end(), [](const Alert& a) { return a.name == QLatin1String("orphan") || a.name == QLatin1String("fresh"); }));
            // The same answers again raise nothing new.
            QCOMPARE(book.update(items, kNow.addSecs(60)).size(), std::size_t(0));
            const auto broken = std::find_if(book.alerts().begin(), book.alerts().end(), [](const Alert& a) { return a.name == QLatin1String("broken"); });
            QVERIFY(broken != book.alerts().end());
            firstId = broken->id;
            QVERIFY(book.acknowledge(firstId, QStringLiteral("oncall"), kNow.addSecs(120)));
            QVERIFY(!book.acknowledge(QStringLiteral("no-such-alert"), QStringLiteral("oncall"), kNow));
        }
        // After a restart: the acknowledgement is kept; "broken" now backs up fine, "aging"
        // got worse: its at-risk alert clears and a breached one opens.
        AlertBook book(file);
        QCOMPARE(book.loadProblem(), QString());
        QCOMPARE(book.find(firstId)->acknowledgedBy, QStringLiteral("oncall"));
        QVERIFY(book.find(firstId)->open());
        for (HealthItem& i : items) {
            if (i.name == QLatin1String("broken")) {
                i.state = HealthState::Ok;
                i.severity = Severity::Ok;
            } else if (i.name == QLatin1String("aging")) {
                i.state = HealthState::RpoBreached;
                i.severity = Severity::Critical;
            }
        }
        // gpu2 left the plan.
        items.erase(std::remove_if(items.begin(), items.end(), [](const HealthItem& i) { return i.name == QLatin1String("gpu2"); }), items.end());
        const auto raised = book.update(items, kNow.addSecs(600));
        QCOMPARE(raised.size(), std::size_t(1));
        QCOMPARE(raised.front().name, QStringLiteral("aging"));
        QCOMPARE(raised.front().state, HealthState::RpoBreached);
        QVERIFY(!book.find(firstId)->open());
        QCOMPARE(book.find(firstId)->cleared, kNow.addSecs(600));
        const auto open = std::count_if(book.alerts().begin(), book.alerts().end(), [](const Alert& a) { return a.open(); });
        QCOMPARE(open, 5);   // 7 − broken − aging (at risk) − gpu2 + aging (breached)
        QCOMPARE(book.alerts().size(), std::size_t(8));   // history keeps the closed ones

        const QJsonObject payload = AlertBook::payload(raised.front(), QStringLiteral("prod"));
        QCOMPARE(payload.value(QStringLiteral("state")).toString(), QStringLiteral("rpo-breached"));
        QCOMPARE(payload.value(QStringLiteral("severity")).toString(), QStringLiteral("CRITICAL"));
        QCOMPARE(payload.value(QStringLiteral("plan")).toString(), QStringLiteral("prod"));
        QCOMPARE(payload.value(QStringLiteral("open")).toBool(), true);
        // A torn last line (a crash mid-write) is skipped and said.
        {
            QFile f(file);
            QVERIFY(f.open(QIODevice::Append));
            f.write("{\"id\": \"x");
        }
        QVERIFY(!AlertBook(file).loadProblem().isEmpty());
        QCOMPARE(AlertBook(file).alerts().size(), std::size_t(8));
    }
};

QTEST_GUILESS_MAIN(TestFleetHealth)
#include "TestFleetHealth.moc"
