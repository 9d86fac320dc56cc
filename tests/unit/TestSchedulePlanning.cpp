// SPDX-License-Identifier: GPL-3.0-or-later
// From a plan to what each node runs: the jobs the planner gives each node (hand-written
// below), the difference between installed and wanted jobs in words, how a schedule is
// written for cron (in the node's zone, or widened with a due check) and for systemd, how
// the entry's command is quoted (run through a real sh), and a node's job store applying
// into a cron.d directory: nothing written by a dry run, nothing rewritten by a second
// apply, and nothing changed when the scheduler refuses.
#include "core/schedule/JobPlanner.h"
#include "core/schedule/JobStore.h"
#include "core/schedule/Scheduler.h"
#include "core/platform/FileSystem.h"

#include <QJsonArray>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace lifeboat;
using namespace lifeboat::schedule;

namespace {

plan::Node node(const char* name, const char* address, int port, const char* user)
{
    plan::Node n;
    n.name = QLatin1String(name);
    n.domain = QStringLiteral("r-") + n.name;
    n.address = QLatin1String(address);
    n.port = port;
    n.user = QLatin1String(user);
    return n;
}

plan::Plan labPlan()
{
    plan::Plan p;
    p.name = QStringLiteral("Lab fleet");
    p.nodes = {node("gpu1", "10.0.0.1", 22, "ops"), node("gpu2", "10.0.0.2", 2222, "ops"), node("bk1", "10.0.0.3", 22, "backup")};
    plan::Dataset corpus;
    corpus.name = QStringLiteral("corpus");
    corpus.locations = {{QStringLiteral("gpu1"), QStringLiteral("/data/corpus")}};
    plan::Dataset ckpt;
    ckpt.name = QStringLiteral("ckpt");
    ckpt.layout = plan::DatasetLayout::Sharded;
    ckpt.locations = {{QStringLiteral("gpu1"), QStringLiteral("/ckpt/s0")}, {QStringLiteral("gpu2"), QStringLiteral("/ckpt/s1")}};
    p.datasets = {corpus, ckpt};
    p.repositories = {{QStringLiteral("main"), QStringLiteral("bk1"), QStringLiteral("/srv/main"), 0, {}},
                      {QStringLiteral("far"), QStringLiteral("gpu2"), QStringLiteral("/srv/far"), 0, {}}};
    plan::Policy hourly;
    hourly.name = QStringLiteral("corpus-hourly");
    hourly.dataset = QStringLiteral("corpus");
    hourly.schedule = {QStringLiteral("0 * * * *"), {}};
    hourly.repositories = {QStringLiteral("main"), QStringLiteral("far")};
    hourly.retention.keepDaily = 7;
    hourly.retention.keepWeekly = 4;
    hourly.verification = {QStringLiteral("30 4 * * 0"), 0.1};
    plan::Policy sixHourly;
    sixHourly.name = QStringLiteral("ckpt-6h");
    sixHourly.dataset = QStringLiteral("ckpt");
    sixHourly.schedule = {QStringLiteral("15 */6 * * *"), QStringLiteral("Europe/Berlin")};
    sixHourly.repositories = {QStringLiteral("main")};
    sixHourly.retention.keepLast = 5;
    p.policies = {hourly, sixHourly};
    return p;
}

const NodeJobs& jobsOf(const std::vector<NodeJobs>& all, const char* node)
{
    for (const NodeJobs& n : all)
        if (n.node == QLatin1String(node))
            return n;
    qFatal("no node %s", node);
}

QStringList ids(const NodeJobs& n)
{
    QStringList out;
    for (const ScheduledJob& j : n.jobs)
        out << j.id;
    return out;
}

ScheduledJob job(const QString& id, const QString& cron, const QString& zone = {})
{
    ScheduledJob j;
    j.id = id;
    j.kind = QStringLiteral("verify");
    j.cron = cron;
    j.timeZone = zone;
    j.repository = QStringLiteral("main");
    j.summary = QStringLiteral("Verify main");
    j.steps = {JobStep{{QStringLiteral("repo"), QStringLiteral("verify"), QStringLiteral("--repo"), QStringLiteral("/srv/main")}, QStringLiteral("main"), {}, false}};
    return j;
}

QByteArray readAll(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

class TestSchedulePlanning : public QObject {
    Q_OBJECT

private slots:
    void aDrillRunsOnItsNodeFromItsRepository()
    {
        plan::Plan p = labPlan();
        // corpus drilled on gpu2 (which also holds "far") from main on bk1, 5% a week.
        p.policies[0].drill = {QStringLiteral("0 6 * * sat"), QStringLiteral("gpu2"), QStringLiteral("/scratch/drill"), 0.05, {}};
        // ckpt drilled in full on bk1, next to its repository, in Berlin time.
        p.policies[1].drill = {QStringLiteral("0 7 1 * *"), QStringLiteral("bk1"), QStringLiteral("/scratch"), 1.0, QStringLiteral("main")};
        const auto all = JobPlanner::jobsFor(p);
        const NodeJobs& gpu2 = jobsOf(all, "gpu2");
        QCOMPARE(ids(gpu2), (QStringList{QStringLiteral("backup-ckpt"), QStringLiteral("drill-corpus"), QStringLiteral("verify-far"), QStringLiteral("maintain-far")}));
        const ScheduledJob& corpus = gpu2.jobs[1];
        QCOMPARE(corpus.kind, QStringLiteral("drill"));
        QCOMPARE(corpus.cron, QStringLiteral("0 6 * * sat"));
        QCOMPARE(corpus.dataset, QStringLiteral("corpus"));
        QCOMPARE(corpus.repository, QStringLiteral("main"));
        QCOMPARE(corpus.steps.size(), std::size_t(1));
        QCOMPARE(corpus.steps[0].arguments,
                 (QStringList{QStringLiteral("repo"), QStringLiteral("drill"), QStringLiteral("--repo"), QStringLiteral("sftp://backup@10.0.0.3/srv/main"),
                              QStringLiteral("--dataset"), QStringLiteral("corpus"), QStringLiteral("--target"), QStringLiteral("/scratch/drill"), QStringLiteral("--sample"),
                              QStringLiteral("5%")}));
        QCOMPARE(corpus.steps[0].passwordOf, QStringLiteral("main"));
        const NodeJobs& bk1 = jobsOf(all, "bk1");
        QVERIFY(ids(bk1).contains(QStringLiteral("drill-ckpt")));
        const ScheduledJob& ckpt = bk1.jobs[static_cast<std::size_t>(ids(bk1).indexOf(QStringLiteral("drill-ckpt")))];
        QCOMPARE(ckpt.timeZone, QStringLiteral("Europe/Berlin"));
        // Its repository is local there, by path; the whole snapshot, so no --sample.
        QCOMPARE(ckpt.steps[0].arguments, (QStringList{QStringLiteral("repo"), QStringLiteral("drill"), QStringLiteral("--repo"), QStringLiteral("/srv/main"),
                                                       QStringLiteral("--dataset"), QStringLiteral("ckpt"), QStringLiteral("--target"), QStringLiteral("/scratch")}));
        // Stored and read back as a job like the others.
        const auto back = ScheduledJob::fromJson(ckpt.toJson());
        QVERIFY(back);
        QVERIFY(back->sameWork(ckpt));
        // A drill is no backup: gpu1's jobs are unchanged by it.
        QCOMPARE(ids(jobsOf(all, "gpu1")), (QStringList{QStringLiteral("backup-corpus"), QStringLiteral("backup-ckpt")}));
    }

    void eachNodeGetsTheJobsOfItsData()
    {
        const auto all = JobPlanner::jobsFor(labPlan());
        QCOMPARE(all.size(), std::size_t(3));
        const NodeJobs& gpu1 = jobsOf(all, "gpu1");
        QCOMPARE(gpu1.owner, QStringLiteral("lab-fleet--gpu1"));
        QCOMPARE(ids(gpu1), (QStringList{QStringLiteral("backup-corpus"), QStringLiteral("backup-ckpt")}));
        const ScheduledJob& corpus = gpu1.jobs[0];
        QCOMPARE(corpus.kind, QStringLiteral("backup"));
        QCOMPARE(corpus.cron, QStringLiteral("0 * * * *"));
        QCOMPARE(corpus.steps.size(), std::size_t(2));
        // The repository on bk1 is reached from gpu1 over SFTP, as bk1's user.
        QCOMPARE(corpus.steps[0].arguments,
                 (QStringList{QStringLiteral("repo"), QStringLiteral("backup"), QStringLiteral("--repo"), QStringLiteral("sftp://backup@10.0.0.3/srv/main"),
                              QStringLiteral("--dataset"), QStringLiteral("corpus"), QStringLiteral("--host"), QStringLiteral("gpu1"), QStringLiteral("--"),
                              QStringLiteral("/data/corpus")}));
        QCOMPARE(corpus.steps[0].passwordOf, QStringLiteral("main"));
        // Then the new snapshot copied to the second repository, on gpu2's port 2222.
        QCOMPARE(corpus.steps[1].arguments, (QStringList{QStringLiteral("repo"), QStringLiteral("copy"), QStringLiteral("--from-repo"), QStringLiteral("sftp://backup@10.0.0.3/srv/main"),
                                                         QStringLiteral("--repo"), QStringLiteral("sftp://ops@10.0.0.2:2222/srv/far")}));
        QCOMPARE(corpus.steps[1].passwordOf, QStringLiteral("far"));
        QCOMPARE(corpus.steps[1].fromPasswordOf, QStringLiteral("main"));
        QVERIFY(corpus.steps[1].copiesNewSnapshot);
        // A sharded dataset: each shard backed up on its own node, in the policy's zone.
        QCOMPARE(gpu1.jobs[1].timeZone, QStringLiteral("Europe/Berlin"));
        QCOMPARE(gpu1.jobs[1].steps[0].arguments.mid(6), (QStringList{QStringLiteral("--host"), QStringLiteral("gpu1"), QStringLiteral("--"), QStringLiteral("/ckpt/s0")}));

        const NodeJobs& gpu2 = jobsOf(all, "gpu2");
        QCOMPARE(ids(gpu2), (QStringList{QStringLiteral("backup-ckpt"), QStringLiteral("verify-far"), QStringLiteral("maintain-far")}));
        QCOMPARE(gpu2.jobs[0].steps[0].arguments.mid(6), (QStringList{QStringLiteral("--host"), QStringLiteral("gpu2"), QStringLiteral("--"), QStringLiteral("/ckpt/s1")}));
        // Its own repository by path; 10 % of the data re-read, at the policy's verification time.
        QCOMPARE(gpu2.jobs[1].cron, QStringLiteral("30 4 * * 0"));
        QCOMPARE(gpu2.jobs[1].steps[0].arguments, (QStringList{QStringLiteral("repo"), QStringLiteral("verify"), QStringLiteral("--repo"), QStringLiteral("/srv/far"),
                                                               QStringLiteral("--read-data-subset"), QStringLiteral("10%")}));
        QCOMPARE(gpu2.jobs[2].cron, QStringLiteral("17 3 * * *"));
        QCOMPARE(gpu2.jobs[2].steps.size(), std::size_t(2));
        QCOMPARE(gpu2.jobs[2].steps[0].arguments, (QStringList{QStringLiteral("repo"), QStringLiteral("forget"), QStringLiteral("--repo"), QStringLiteral("/srv/far"),
                                                               QStringLiteral("--dataset"), QStringLiteral("corpus"), QStringLiteral("--keep-daily"), QStringLiteral("7"),
                                                               QStringLiteral("--keep-weekly"), QStringLiteral("4")}));
        QCOMPARE(gpu2.jobs[2].steps[1].arguments, (QStringList{QStringLiteral("repo"), QStringLiteral("prune"), QStringLiteral("--repo"), QStringLiteral("/srv/far")}));

        // bk1 keeps main: one verify (only one policy verifies), one maintenance for both
        // datasets, with one prune at the end.
        const NodeJobs& bk1 = jobsOf(all, "bk1");
        QCOMPARE(ids(bk1), (QStringList{QStringLiteral("verify-main"), QStringLiteral("maintain-main")}));
        const auto& maintain = bk1.jobs[1].steps;
        QCOMPARE(maintain.size(), std::size_t(3));
        QCOMPARE(maintain[1].arguments.mid(4), (QStringList{QStringLiteral("--dataset"), QStringLiteral("ckpt"), QStringLiteral("--keep-last"), QStringLiteral("5")}));
        QCOMPARE(maintain[2].arguments.value(1), QStringLiteral("prune"));

        // A repository that is not in the plan: that backup is left out, and said so.
        plan::Plan broken = labPlan();
        broken.policies[0].repositories = {QStringLiteral("gone")};
        const NodeJobs n = JobPlanner::jobsForNode(broken, QStringLiteral("gpu1"));
        QCOMPARE(ids(n), QStringList{QStringLiteral("backup-ckpt")});
        QCOMPARE(n.warnings.size(), 1);
        QVERIFY(n.warnings[0].contains(QStringLiteral("gone")) && n.warnings[0].contains(QStringLiteral("corpus-hourly")));
        // Every job survives its JSON form, the way it travels to the node.
        for (const NodeJobs& each : all)
            for (const ScheduledJob& j : each.jobs) {
                auto back = ScheduledJob::fromJson(j.toJson());
                QVERIFY(back);
                QVERIFY(back->sameWork(j));
            }
    }

    void theDifferenceIsSaidFieldByField()
    {
        const std::vector<ScheduledJob> installed{job(QStringLiteral("verify-main"), QStringLiteral("0 * * * *")), job(QStringLiteral("old-job"), QStringLiteral("@daily")),
                                                  job(QStringLiteral("same"), QStringLiteral("5 4 * * *"))};
        ScheduledJob renamed = job(QStringLiteral("same"), QStringLiteral("5 4 * * *"));
        renamed.summary = QStringLiteral("another wording, same work");
        const std::vector<ScheduledJob> wanted{job(QStringLiteral("verify-main"), QStringLiteral("30 * * * *"), QStringLiteral("Europe/Berlin")), renamed,
                                               job(QStringLiteral("new-job"), QStringLiteral("@weekly"))};
        const auto changes = JobDiff::between(installed, wanted);
        QCOMPARE(changes.size(), std::size_t(4));
        QCOMPARE(changes[0].action, JobChange::Action::Change);
        QCOMPARE(changes[0].differences,
                 (QStringList{QStringLiteral("cron: \"0 * * * *\" → \"30 * * * *\""), QStringLiteral("timeZone: \"UTC\" → \"Europe/Berlin\"")}));
        QCOMPARE(changes[1].action, JobChange::Action::Keep);
        QCOMPARE(changes[2].action, JobChange::Action::Add);
        QCOMPARE(changes[2].id, QStringLiteral("new-job"));
        QCOMPARE(changes[3].action, JobChange::Action::Remove);
        QCOMPARE(changes[3].id, QStringLiteral("old-job"));
        QVERIFY(JobDiff::changesAnything(changes));
        QVERIFY(!JobDiff::changesAnything(JobDiff::between(installed, installed)));
        // A step's arguments differ: the step is named with both versions.
        ScheduledJob deeper = installed[0];
        deeper.steps[0].arguments << QStringLiteral("--read-data");
        const auto step = JobDiff::between({installed[0]}, {deeper});
        QCOMPARE(step[0].differences, QStringList{QStringLiteral("step 1: \"repo verify --repo /srv/main\" → \"repo verify --repo /srv/main --read-data\"")});
        // Through JSON and back, as the node answers.
        auto back = JobDiff::fromJson(JobDiff::toJson(changes[0]));
        QVERIFY(back);
        QCOMPARE(back->differences, changes[0].differences);
        // Only engine commands travel as jobs.
        QJsonObject sneaky = installed[0].toJson();
        sneaky.insert(QStringLiteral("steps"), QJsonArray{QJsonObject{{QStringLiteral("arguments"), QJsonArray{QStringLiteral("serve")}}}});
        QVERIFY(!ScheduledJob::fromJson(sneaky));
        QVERIFY(!ScheduledJob::validId(QStringLiteral("../etc")));
        QCOMPARE(idPart(QStringLiteral("Lab fleet / GPU #1")), QStringLiteral("lab-fleet-gpu-1"));
    }

    void cronRunsInTheNodesZoneOrChecksItself()
    {
        const QTimeZone utc = QTimeZone::utc();
        auto same = Scheduler::cronTiming(job(QStringLiteral("a"), QStringLiteral("30 2 * * 1-5")), utc);
        QVERIFY(same);
        QCOMPARE(same->fields, QStringLiteral("30 2 * * 1-5"));
        QVERIFY(!same->dueCheck);
        // Berlin and Paris follow the same rules all year: as written.
        auto paris = Scheduler::cronTiming(job(QStringLiteral("a"), QStringLiteral("30 2 * * *"), QStringLiteral("Europe/Berlin")), QTimeZone("Europe/Paris"));
        QVERIFY(paris);
        QCOMPARE(paris->fields, QStringLiteral("30 2 * * *"));
        // Berlin on a UTC node: every hour at :30, the run itself decides in Berlin time.
        auto berlin = Scheduler::cronTiming(job(QStringLiteral("a"), QStringLiteral("30 2 * * *"), QStringLiteral("Europe/Berlin")), utc);
        QVERIFY(berlin);
        QCOMPARE(berlin->fields, QStringLiteral("30 * * * *"));
        QVERIFY(berlin->dueCheck);
        // India is 5:30 off UTC: every minute.
        auto india = Scheduler::cronTiming(job(QStringLiteral("a"), QStringLiteral("0 9 * * *"), QStringLiteral("Asia/Kolkata")), utc);
        QVERIFY(india);
        QCOMPARE(india->fields, QStringLiteral("* * * * *"));
        QVERIFY(india->dueCheck);
        auto bad = Scheduler::cronTiming(job(QStringLiteral("a"), QStringLiteral("0 9 * * *"), QStringLiteral("Mars/Olympus")), utc);
        QVERIFY(!bad);
        QVERIFY(bad.error().message.contains(QStringLiteral("Mars/Olympus")));
        QVERIFY(!Scheduler::cronTiming(job(QStringLiteral("a"), QStringLiteral("61 * * * *")), utc));
    }

    void systemdTimersSayTheSameSchedule()
    {
        const auto calendars = [](const QString& cron, const QString& zone = {}) {
            auto c = Scheduler::systemdCalendars(job(QStringLiteral("a"), cron, zone));
            return c ? c.value() : QStringList{c.error().message};
        };
        QCOMPARE(calendars(QStringLiteral("30 2 * * *"), QStringLiteral("Europe/Berlin")), QStringList{QStringLiteral("*-*-* 2:30:00 Europe/Berlin")});
        QCOMPARE(calendars(QStringLiteral("*/15 * * * 1-5")), QStringList{QStringLiteral("Mon,Tue,Wed,Thu,Fri *-*-* *:0,15,30,45:00 UTC")});
        QCOMPARE(calendars(QStringLiteral("0 6 1 */3 *")), QStringList{QStringLiteral("*-1,4,7,10-1 6:0:00 UTC")});
        // Both day fields restricted: cron runs on either, so two calendars.
        QCOMPARE(calendars(QStringLiteral("0 0 1,15 * 5")), (QStringList{QStringLiteral("*-*-1,15 0:0:00 UTC"), QStringLiteral("Fri *-*-* 0:0:00 UTC")}));
        QCOMPARE(calendars(QStringLiteral("@daily")), QStringList{QStringLiteral("*-*-* 0:0:00 UTC")});
        QCOMPARE(Scheduler::systemdQuote(QStringLiteral("/opt/a \"b\"/100%$x")), QStringLiteral("\"/opt/a \\\"b\\\"/100%%$$x\""));
        // Where systemd is installed, it reads them the same way.
        const QString analyze = QStandardPaths::findExecutable(QStringLiteral("systemd-analyze"));
        if (analyze.isEmpty()) {
            qInfo("systemd-analyze is not installed: the calendars were compared as text only");
            return;
        }
        for (const QString& c : calendars(QStringLiteral("0 0 1,15 * 5")) + calendars(QStringLiteral("*/15 * * * 1-5")) + calendars(QStringLiteral("30 2 * * *"), QStringLiteral("Europe/Berlin"))) {
            QProcess p;
            p.start(analyze, {QStringLiteral("calendar"), c});
            QVERIFY(p.waitForFinished(10000));
            QVERIFY2(p.exitCode() == 0, qPrintable(c + QLatin1Char(' ') + QString::fromUtf8(p.readAllStandardError())));
        }
    }

    void theEntrysCommandReachesTheEngineIntact()
    {
        // A real sh runs the command as cron would (after cron turns "\%" back into "%"):
        // the engine, here a script that prints its arguments, must get each value whole.
        QTemporaryDir dir;
        const QString folder = dir.filePath(QStringLiteral("it's 100% $(odd)"));
        QVERIFY(QDir().mkpath(folder));
        const QString engine = folder + QStringLiteral("/engine");
        {
            QFile f(engine);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("#!/bin/sh\nfor a in \"$@\"; do printf '%s\\n' \"$a\"; done\n");
        }
        QFile::setPermissions(engine, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
        RunContext context{QStringLiteral("lab--gpu1"), engine, folder + QStringLiteral("/data; rm -rf x"), folder + QStringLiteral("/runs `x`.jsonl")};
        auto command = Scheduler::cronCommand(context, QStringLiteral("backup-corpus"), true);
        QVERIFY(command);
        QVERIFY2(!command->contains(QStringLiteral("100%")), qPrintable(*command));   // every % escaped for cron
        QProcess sh;
        sh.start(QStringLiteral("/bin/sh"), {QStringLiteral("-c"), QString(*command).replace(QStringLiteral("\\%"), QStringLiteral("%"))});
        QVERIFY(sh.waitForFinished(10000));
        QCOMPARE(QString::fromUtf8(sh.readAllStandardOutput()).split(QLatin1Char('\n'), Qt::SkipEmptyParts),
                 (QStringList{QStringLiteral("schedule"), QStringLiteral("run"), QStringLiteral("--data-dir"), context.dataDir, QStringLiteral("--journal"), context.journal,
                              QStringLiteral("--due-check"), QStringLiteral("lab--gpu1/backup-corpus")}));
        context.dataDir = QStringLiteral("/a\nb");
        QVERIFY(!Scheduler::cronCommand(context, QStringLiteral("x"), false));
    }

    void aNodesStoreAppliesWholeOrNotAtAll()
    {
        QTemporaryDir dir;
        const JobStore store(dir.filePath(QStringLiteral("data")));
        auto scheduler = Scheduler::choose(QStringLiteral("cron-file:") + dir.filePath(QStringLiteral("cron.d")));
        QVERIFY(scheduler);
        const RunContext context{QStringLiteral("lab--bk1"), QStringLiteral("/usr/bin/lifeboat-cli"), store.dataDir(), dir.filePath(QStringLiteral("runs.jsonl"))};
        const std::vector<ScheduledJob> wanted{job(QStringLiteral("verify-main"), QStringLiteral("30 4 * * 0")), job(QStringLiteral("check"), QStringLiteral("@daily"))};
        const QString cronFile = dir.filePath(QStringLiteral("cron.d/lifeboat-lab--bk1"));

        auto dry = store.apply(context, wanted, *scheduler.value(), true);
        QVERIFY(dry);
        QCOMPARE(dry->changes.size(), std::size_t(2));
        QCOMPARE(dry->changes[0].action, JobChange::Action::Add);
        QVERIFY(!dry->changed);
        QVERIFY(!QFileInfo::exists(cronFile));
        QVERIFY(store.owners().isEmpty());
        QVERIFY(dry->warnings.join(QLatin1Char(' ')).contains(QStringLiteral("No passphrase is stored on this node for repository main")));

        auto applied = store.apply(context, wanted, *scheduler.value(), false);
        QVERIFY2(applied, qPrintable(applied ? QString() : applied.error().message));
        QVERIFY(applied->changed);
        QCOMPARE(store.owners(), QStringList{QStringLiteral("lab--bk1")});
        QCOMPARE(store.schedulerOf(QStringLiteral("lab--bk1")), scheduler.value()->name());
        const QByteArray table = readAll(cronFile);
        const QByteArray user = platform::FileSystem::runningAsRoot() ? QByteArray("root") : qgetenv("USER");
        const QByteArray line = "\n30 4 * * 0 " + user + " '/usr/bin/lifeboat-cli' schedule run --data-dir '" + store.dataDir().toUtf8() + "' --journal '"
                              + context.journal.toUtf8() + "' 'lab--bk1/verify-main'\n";
        QVERIFY2(table.contains(line), table.constData());
        QVERIFY(table.contains(QByteArray("\n@daily " + user + " '/usr/bin/lifeboat-cli' schedule run")));
        QCOMPARE(scheduler.value()->installedIds(QStringLiteral("lab--bk1")).value(), (QStringList{QStringLiteral("verify-main"), QStringLiteral("check")}));
        auto back = store.job(QStringLiteral("lab--bk1"), QStringLiteral("verify-main"));
        QVERIFY(back);
        QVERIFY(back->sameWork(wanted[0]));

        // Again: nothing differs, nothing is rewritten (a rewrite renames a new file, with
        // a new inode, over the old one).
        const auto inodeOf = [](const QString& path) {
            auto st = platform::FileSystem::statNoFollow(platform::FileSystem::encodeName(path));
            return st ? st->inode : 0;
        };
        const std::uint64_t written = inodeOf(cronFile);
        const std::uint64_t jobWritten = inodeOf(store.dataDir() + QStringLiteral("/jobs/lab--bk1/verify-main.json"));
        QVERIFY(written != 0 && jobWritten != 0);
        auto again = store.apply(context, wanted, *scheduler.value(), false);
        QVERIFY(again);
        QVERIFY(!again->changed);
        QVERIFY(!JobDiff::changesAnything(again->changes));
        QCOMPARE(inodeOf(cronFile), written);
        QCOMPARE(inodeOf(store.dataDir() + QStringLiteral("/jobs/lab--bk1/verify-main.json")), jobWritten);

        // A cron entry removed by hand is noticed and put back.
        QFile::remove(cronFile);
        auto repaired = store.apply(context, wanted, *scheduler.value(), true);
        QVERIFY(repaired);
        QCOMPARE(repaired->changes[0].action, JobChange::Action::Change);
        QVERIFY(repaired->changes[0].differences.join(QLatin1Char(' ')).contains(QStringLiteral("entry")));
        QVERIFY(store.apply(context, wanted, *scheduler.value(), false));
        QVERIFY(QFileInfo::exists(cronFile));

        // A scheduler that cannot write: the error names the place, and the node's jobs and
        // entries stay exactly as they were.
        const QByteArray jobBefore = readAll(store.dataDir() + QStringLiteral("/jobs/lab--bk1/verify-main.json"));
        const QByteArray tableBefore = readAll(cronFile);
        QFile blocker(dir.filePath(QStringLiteral("not-a-dir")));
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        auto broken = Scheduler::choose(QStringLiteral("cron-file:") + dir.filePath(QStringLiteral("not-a-dir/cron.d")));
        QVERIFY(broken);
        auto refused = store.apply(context, {job(QStringLiteral("verify-main"), QStringLiteral("45 4 * * 0"))}, *broken.value(), false);
        QVERIFY(!refused);
        QVERIFY2(refused.error().message.contains(QStringLiteral("not-a-dir")), qPrintable(refused.error().message));
        QCOMPARE(readAll(store.dataDir() + QStringLiteral("/jobs/lab--bk1/verify-main.json")), jobBefore);
        QCOMPARE(readAll(cronFile), tableBefore);
        QCOMPARE(store.owners(), QStringList{QStringLiteral("lab--bk1")});
        QVERIFY(!QFileInfo::exists(store.dataDir() + QStringLiteral("/jobs/lab--bk1.new")));

        // An empty set removes the owner's jobs and its cron file.
        auto emptied = store.apply(context, {}, *scheduler.value(), false);
        QVERIFY(emptied);
        QCOMPARE(emptied->changes.size(), std::size_t(2));
        QCOMPARE(emptied->changes[0].action, JobChange::Action::Remove);
        QVERIFY(!QFileInfo::exists(cronFile));
        QVERIFY(store.owners().isEmpty());

        // A passphrase kept for the jobs is readable by its owner only.
        QVERIFY(store.writeKey(QStringLiteral("main"), "correct horse"));
        QCOMPARE(QFileInfo(store.keyFile(QStringLiteral("main"))).permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther | QFileDevice::WriteGroup | QFileDevice::WriteOther),
                 QFileDevice::Permissions{});
        QCOMPARE(readAll(store.keyFile(QStringLiteral("main"))), QByteArray("correct horse\n"));
    }
};

QTEST_GUILESS_MAIN(TestSchedulePlanning)
#include "TestSchedulePlanning.moc"
