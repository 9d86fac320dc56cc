// SPDX-License-Identifier: GPL-3.0-or-later
// What the restore wizard computes before it touches anything: what a scenario affects and
// from where to restore it, which restore points are complete (every shard of one
// generation, none damaged), the equivalent shell command, and the activity log that keeps
// every operation across restarts.
#include "core/activity/ActivityLog.h"
#include "core/restore/RestoreCommand.h"
#include "core/restore/RestorePoints.h"
#include "core/restore/RestoreScope.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace lifeboat;
using namespace lifeboat::restore;

namespace {

plan::Node node(const QString& name, const QString& domain, const QString& address = QStringLiteral("10.0.0.1"), int port = 22)
{
    plan::Node n;
    n.name = name;
    n.domain = domain;
    n.address = address;
    n.port = port;
    n.user = QStringLiteral("backup");
    return n;
}

// site1 holds racks r1 and r2, site2 holds r3. Datasets on r1; repositories in r1 (same
// rack), r2 (same site) and r3 (other site).
plan::Plan fleet()
{
    plan::Plan p;
    p.domains = {{QStringLiteral("site1"), QStringLiteral("site"), {}, {}},
                 {QStringLiteral("site2"), QStringLiteral("site"), {}, {}},
                 {QStringLiteral("r1"), QStringLiteral("rack"), QStringLiteral("site1"), {}},
                 {QStringLiteral("r2"), QStringLiteral("rack"), QStringLiteral("site1"), {}},
                 {QStringLiteral("r3"), QStringLiteral("rack"), QStringLiteral("site2"), {}}};
    p.nodes = {node(QStringLiteral("gpu1"), QStringLiteral("r1")), node(QStringLiteral("gpu2"), QStringLiteral("r1")),
               node(QStringLiteral("bk-r1"), QStringLiteral("r1")), node(QStringLiteral("bk-r2"), QStringLiteral("r2"), QStringLiteral("10.0.0.2"), 2222),
               node(QStringLiteral("bk-r3"), QStringLiteral("r3"))};
    plan::Dataset corpus;
    corpus.name = QStringLiteral("corpus");
    corpus.tier = QStringLiteral("medium");
    corpus.locations = {{QStringLiteral("gpu1"), QStringLiteral("/data/corpus")}};
    corpus.sizeBytes = 36'000'000'000;
    plan::Dataset ckpt;
    ckpt.name = QStringLiteral("ckpt");
    ckpt.tier = QStringLiteral("critical");
    ckpt.layout = plan::DatasetLayout::Sharded;
    ckpt.locations = {{QStringLiteral("gpu1"), QStringLiteral("/data/ckpt")}, {QStringLiteral("gpu2"), QStringLiteral("/data/ckpt")}};
    ckpt.sizeBytes = 72'000'000'000;
    p.datasets = {corpus, ckpt};
    p.repositories = {{QStringLiteral("local"), QStringLiteral("bk-r1"), QStringLiteral("/bk"), 0, {}},
                      {QStringLiteral("site"), QStringLiteral("bk-r2"), QStringLiteral("/bk"), 0, {}},
                      {QStringLiteral("far"), QStringLiteral("bk-r3"), QStringLiteral("/bk"), 0, {}}};
    plan::Policy a;
    a.name = QStringLiteral("corpus-policy");
    a.dataset = QStringLiteral("corpus");
    a.repositories = {QStringLiteral("far"), QStringLiteral("site"), QStringLiteral("local")};
    plan::Policy b;
    b.name = QStringLiteral("ckpt-policy");
    b.dataset = QStringLiteral("ckpt");
    b.repositories = {QStringLiteral("far"), QStringLiteral("local")};
    p.policies = {a, b};
    p.assumptions.restoreBytesPerSecond = 1e9;   // 1 GB/s
    return p;
}

repo::Snapshot snapshot(const QString& id, const QString& dataset, const QString& host, const QString& path, const QString& generation, int minutesAgo)
{
    repo::Snapshot s;
    s.id = id.leftJustified(64, QLatin1Char('0'));
    s.dataset = dataset;
    s.hostname = host;
    s.paths = {path};
    s.generation = generation;
    s.time = QDateTime::currentDateTimeUtc().addSecs(-60 * minutesAgo);
    s.summary.bytes = 1000;
    return s;
}

} // namespace

class TestRestorePlanning : public QObject {
    Q_OBJECT

private slots:
    void aLostNodeAffectsItsDatasetsInTierOrder()
    {
        auto affected = RestoreScope::compute(fleet(), ScopeRequest{Scenario::NodeLost, QStringLiteral("gpu2"), {}, {}});
        QVERIFY(affected);
        // Only the sharded checkpoint has a shard on gpu2; it comes back as a whole.
        QCOMPARE(affected->size(), std::size_t(1));
        QCOMPARE(affected->front().dataset, QStringLiteral("ckpt"));
        QCOMPARE(affected->front().locations.size(), std::size_t(2));

        auto rack = RestoreScope::compute(fleet(), ScopeRequest{Scenario::DomainLost, {}, QStringLiteral("r1"), {}});
        QVERIFY(rack);
        QCOMPARE(rack->size(), std::size_t(2));
        QCOMPARE(rack->at(0).dataset, QStringLiteral("ckpt"));      // critical before medium
        QCOMPARE(rack->at(1).dataset, QStringLiteral("corpus"));
    }

    void theRecommendedSourceIsTheNearestOneNotLost()
    {
        // Files lost on gpu1: nothing else is lost; the repository in the same rack wins,
        // then the same site, then the far one.
        auto files = RestoreScope::compute(fleet(), ScopeRequest{Scenario::FilesLost, {}, {}, QStringLiteral("corpus")});
        QVERIFY(files);
        QCOMPARE(files->front().sources.size(), std::size_t(3));
        QCOMPARE(files->front().sources[0].repository, QStringLiteral("local"));
        QCOMPARE(files->front().sources[1].repository, QStringLiteral("site"));
        QCOMPARE(files->front().sources[2].repository, QStringLiteral("far"));
        QVERIFY(files->front().recoverable());

        // The rack is gone with its repository: the same-site one is recommended, the
        // lost one is last and marked.
        auto rack = RestoreScope::compute(fleet(), ScopeRequest{Scenario::DomainLost, {}, QStringLiteral("r1"), {}});
        const AffectedDataset& corpus = rack->at(1);
        QCOMPARE(corpus.sources[0].repository, QStringLiteral("site"));
        QVERIFY(!corpus.sources[0].lost);
        QCOMPARE(corpus.sources.back().repository, QStringLiteral("local"));
        QVERIFY(corpus.sources.back().lost);

        // The whole first site is gone: for the checkpoint only the far copy is left.
        auto site = RestoreScope::compute(fleet(), ScopeRequest{Scenario::DomainLost, {}, QStringLiteral("site1"), {}});
        QCOMPARE(site->at(0).sources[0].repository, QStringLiteral("far"));
        QVERIFY(site->at(0).recoverable());
    }

    void theEstimateIsTheSizeOverThePlansBandwidth()
    {
        auto files = RestoreScope::compute(fleet(), ScopeRequest{Scenario::FilesLost, {}, {}, QStringLiteral("corpus")});
        // 36 GB at 1 GB/s: 36 s.
        QCOMPARE(files->front().estimatedHours * 3600, 36.0);
        // 72 GB over two shards restoring in parallel: 36 s as well.
        auto ckpt = RestoreScope::compute(fleet(), ScopeRequest{Scenario::RollBack, {}, {}, QStringLiteral("ckpt")});
        QCOMPARE(ckpt->front().estimatedHours * 3600, 36.0);
        plan::Plan noBandwidth = fleet();
        noBandwidth.assumptions.restoreBytesPerSecond = 0;
        QCOMPARE(RestoreScope::compute(noBandwidth, ScopeRequest{Scenario::RollBack, {}, {}, QStringLiteral("ckpt")})->front().estimatedHours, -1.0);
    }

    void unknownSubjectsAreNamed()
    {
        auto missing = RestoreScope::compute(fleet(), ScopeRequest{Scenario::NodeLost, QStringLiteral("gpu9"), {}, {}});
        QVERIFY(!missing);
        QVERIFY(missing.error().message.contains(QStringLiteral("gpu9")));
        QVERIFY(!RestoreScope::compute(fleet(), ScopeRequest{}));
    }

    void onlyGenerationsWithEveryShardVerifiedAreComplete()
    {
        const plan::Plan p = fleet();
        const plan::Dataset& ckpt = p.datasets[1];
        const QList<repo::Snapshot> snapshots{
            snapshot(QStringLiteral("a1"), QStringLiteral("ckpt"), QStringLiteral("gpu1"), QStringLiteral("/data/ckpt"), QStringLiteral("step-100"), 300),
            snapshot(QStringLiteral("a2"), QStringLiteral("ckpt"), QStringLiteral("gpu2"), QStringLiteral("/data/ckpt"), QStringLiteral("step-100"), 299),
            snapshot(QStringLiteral("b1"), QStringLiteral("ckpt"), QStringLiteral("gpu1"), QStringLiteral("/data/ckpt"), QStringLiteral("step-200"), 200),
            snapshot(QStringLiteral("b2"), QStringLiteral("ckpt"), QStringLiteral("gpu2"), QStringLiteral("/data/ckpt"), QStringLiteral("step-200"), 199),
            snapshot(QStringLiteral("c1"), QStringLiteral("ckpt"), QStringLiteral("gpu1"), QStringLiteral("/data/ckpt"), QStringLiteral("step-300"), 100),
            snapshot(QStringLiteral("d9"), QStringLiteral("ckpt"), QStringLiteral("gpu2"), QStringLiteral("/data/ckpt"), QString(), 50),
            snapshot(QStringLiteral("e1"), QStringLiteral("corpus"), QStringLiteral("gpu1"), QStringLiteral("/data/corpus"), QString(), 10),
        };
        QSet<QString> damaged{snapshots[3].id};   // b2
        const auto points = RestorePoints::compute(ckpt, snapshots, damaged);
        QCOMPARE(points.size(), std::size_t(4));   // d9 (no generation), step-300, step-200, step-100
        QVERIFY(points[0].generation.isEmpty());
        QVERIFY(!points[0].complete());
        QVERIFY(points[0].problems.join(QString()).contains(QStringLiteral("no generation")));
        QCOMPARE(points[1].generation, QStringLiteral("step-300"));
        QVERIFY(!points[1].complete());
        QVERIFY(!points[1].shards[1].has_value());
        QVERIFY2(points[1].problems.join(QString()).contains(QStringLiteral("Shard 2 (gpu2:/data/ckpt)")), qPrintable(points[1].problems.join(QString())));
        QCOMPARE(points[2].generation, QStringLiteral("step-200"));
        QVERIFY(points[2].damaged);
        QVERIFY(!points[2].complete());
        QVERIFY(points[2].problems.join(QString()).contains(QStringLiteral("failed verification")));
        QCOMPARE(points[3].generation, QStringLiteral("step-100"));
        QVERIFY(points[3].complete());
        QCOMPARE(points[3].shards[0]->id, snapshots[0].id);
        QCOMPARE(points[3].shards[1]->id, snapshots[1].id);
        QCOMPARE(points[3].bytes, std::uint64_t(2000));

        // A replicated dataset: every snapshot of it is a point; a damaged one is flagged.
        const auto corpus = RestorePoints::compute(p.datasets[0], snapshots, {snapshots[6].id});
        QCOMPARE(corpus.size(), std::size_t(1));
        QVERIFY(corpus[0].damaged);
        QVERIFY(RestorePoints::compute(p.datasets[0], snapshots, {}).front().complete());
    }

    void theCommandLineQuotesEveryValue()
    {
        const plan::Plan p = fleet();
        RestoreJob job;
        job.place = EnginePlace{QStringLiteral("bk-r2")};
        job.repository = QStringLiteral("/bk");
        job.snapshot = QStringLiteral("0123abcd");
        job.target = QStringLiteral("/restore/it's here; rm -rf /");
        job.includes = {QStringLiteral("data/$(touch x)")};
        const QString local = [&] {
            RestoreJob l = job;
            l.place = {};
            return RestoreCommand::commandLine(l, p);
        }();
        QCOMPARE(local, QStringLiteral("lifeboat-cli repo restore --repo '/bk' --target '/restore/it'\\''s here; rm -rf /' --conflict skip "
                                       "--include 'data/$(touch x)' -- '0123abcd'"));
        // A POSIX shell gives back exactly the values.
        QProcess sh;
        sh.start(QStringLiteral("sh"), {QStringLiteral("-c"), QStringLiteral("printf '%s\\n' ") + RestoreCommand::shellQuote(job.target)});
        QVERIFY(sh.waitForFinished());
        QCOMPARE(QString::fromUtf8(sh.readAllStandardOutput()), job.target + QLatin1Char('\n'));
        const QString remote = RestoreCommand::commandLine(job, p);
        QVERIFY(remote.startsWith(QStringLiteral("ssh -p 2222 -- 'backup@10.0.0.2' '")));
        // The remote part, unquoted once by the local shell, is the local command.
        QProcess unquote;
        unquote.start(QStringLiteral("sh"), {QStringLiteral("-c"), QStringLiteral("printf '%s' ") + remote.mid(remote.indexOf(QStringLiteral(" 'lifeboat-cli")) + 1)});
        QVERIFY(unquote.waitForFinished());
        QCOMPARE(QString::fromUtf8(unquote.readAllStandardOutput()), local);
    }

    void theRepositoryIsReachedWhereItIsRead()
    {
        const plan::Plan p = fleet();
        const plan::Repository& site = p.repositories[1];
        QCOMPARE(RestoreCommand::repositoryAddress(p, site, EnginePlace{QStringLiteral("bk-r2")}, EnginePlace{QStringLiteral("bk-r2")}).value(), QStringLiteral("/bk"));
        QCOMPARE(RestoreCommand::repositoryAddress(p, site, EnginePlace{}, EnginePlace{}).value(), QStringLiteral("/bk"));
        QCOMPARE(RestoreCommand::repositoryAddress(p, site, EnginePlace{QStringLiteral("bk-r2")}, EnginePlace{QStringLiteral("gpu1")}).value(),
                 QStringLiteral("sftp://backup@10.0.0.2:2222/bk"));
        auto unreachable = RestoreCommand::repositoryAddress(p, site, EnginePlace{}, EnginePlace{QStringLiteral("gpu1")});
        QVERIFY(!unreachable);
        QVERIFY(unreachable.error().message.contains(QStringLiteral("gpu1")));
    }

    void literalGlobsMatchOnlyThatName()
    {
        QCOMPARE(RestoreCommand::literalGlob(QStringLiteral("a/b*[c]?.txt")), QStringLiteral("a/b[*][[]c][?].txt"));
        QCOMPARE(RestoreCommand::conflictFromName(RestoreCommand::conflictName(engine::ConflictPolicy::Rename)), engine::ConflictPolicy::Rename);
        QCOMPARE(RestoreCommand::conflictFromName(QStringLiteral("sometimes")), engine::ConflictPolicy::Invalid);
    }

    void theActivityLogKeepsTheLastStateOfEachEntry()
    {
        QTemporaryDir dir;
        activity::ActivityLog log(dir.filePath(QStringLiteral("sub/activity.jsonl")));
        activity::ActivityEntry first;
        first.id = activity::ActivityLog::newId();
        first.kind = QStringLiteral("restore");
        first.title = QStringLiteral("Restore <corpus>");
        first.reason = QStringLiteral("INC-1 <script>alert(1)</script>");
        first.startedBy = activity::ActivityLog::currentUser();
        first.started = QDateTime::currentDateTimeUtc().addSecs(-100);
        first.outcome = activity::Outcome::Running;
        QVERIFY(log.record(first));
        activity::ActivityEntry second = first;
        second.id = activity::ActivityLog::newId();
        second.started = QDateTime::currentDateTimeUtc();
        second.outcome = activity::Outcome::Failed;
        QVERIFY(log.record(second));
        first.outcome = activity::Outcome::Succeeded;
        first.finished = first.started.addSecs(42);
        first.log = {QStringLiteral("line 1"), QStringLiteral("line 2")};
        first.details = QJsonObject{{QStringLiteral("target"), QStringLiteral("gpu1:/data")}, {QStringLiteral("conflict policy"), QStringLiteral("skip")}};
        QVERIFY(log.record(first));
        {
            QFile f(log.file());
            QVERIFY(f.open(QIODevice::Append));
            f.write("{\"id\": \"half a line\n");   // a crash in the middle of a write
        }
        int skipped = 0;
        auto entries = log.load(&skipped);
        QVERIFY(entries);
        QCOMPARE(skipped, 1);
        QCOMPARE(entries->size(), std::size_t(2));
        QCOMPARE(entries->at(0).id, second.id);              // newest first
        QCOMPARE(entries->at(1).outcome, activity::Outcome::Succeeded);
        QCOMPARE(entries->at(1).log, first.log);
        QCOMPARE(entries->at(1).details.value(QStringLiteral("target")).toString(), QStringLiteral("gpu1:/data"));
        QCOMPARE(entries->at(1).started.secsTo(entries->at(1).finished), 42);

        const QString html = activity::ActivityLog::reportHtml(entries->at(1));
        QVERIFY(!html.contains(QStringLiteral("<script>")));
        QVERIFY(html.contains(QStringLiteral("&lt;script&gt;")));
        QVERIFY(html.contains(QStringLiteral("gpu1:/data")));
        QVERIFY(html.contains(QStringLiteral("42.0 s")));
        QVERIFY(html.contains(QStringLiteral("<th>When a file differs</th>")));   // a known key, in words
        QVERIFY(html.contains(QStringLiteral("<th>target</th>")));                // an unknown one as it is
    }
};

QTEST_GUILESS_MAIN(TestRestorePlanning)
#include "TestRestorePlanning.moc"
