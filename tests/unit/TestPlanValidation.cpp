// SPDX-License-Identifier: GPL-3.0-or-later
#include "PlanFixtures.h"
#include "core/plan/PlanLoader.h"
#include "core/plan/PlanReader.h"

#include <QTest>

using namespace lifeboat;
using namespace lifeboat::plan;

namespace {

LoadedPlan check(const QJsonObject& plan)
{
    LoadedPlan loaded = PlanReader::parse(test::toJson(plan));
    checkLoadedPlan(loaded);
    return loaded;
}

} // namespace

class TestPlanValidation : public QObject {
    Q_OBJECT
private slots:
    void minimalPlanHasNoIssue()
    {
        const LoadedPlan loaded = check(test::minimalPlan());
        QVERIFY2(loaded.issues.empty(), qPrintable(test::describeIssues(loaded.issues)));
    }

    void demoPlanHasOnlyItsTwoDeliberateWarnings()
    {
        const auto loaded = loadAndCheckPlan(QStringLiteral(LIFEBOAT_SOURCE_DIR "/resources/demo/demo.lifeboat.json"));
        QVERIFY(loaded);
        QVERIFY2(loaded->issues.size() == 2, qPrintable(test::describeIssues(loaded->issues)));
        QStringList kinds;
        for (const PlanIssue& i : loaded->issues) {
            QCOMPARE(i.severity, Severity::Warning);
            kinds << i.kind;
        }
        kinds.sort();
        QCOMPARE(kinds, (QStringList{QStringLiteral("rpo-unachievable"), QStringLiteral("shared-domain")}));
    }

    // Each row: edits to the minimal plan, and the problem they must cause.
    void invalidPlans_data()
    {
        QTest::addColumn<QByteArray>("edits");
        QTest::addColumn<QString>("severity");
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("mentions");

        QTest::newRow("duplicate node") << QByteArray(R"([["append", "/fleet/nodes", {"name": "n1", "domain": "dc1/r1", "address": "x"}]])")
                                        << "error" << "duplicate-name" << "$.fleet.nodes[4].name" << "`n1`";
        QTest::newRow("duplicate domain") << QByteArray(R"([["append", "/fleet/domains", {"id": "dc2", "level": "site"}]])")
                                          << "error" << "duplicate-name" << "$.fleet.domains[5].id" << "`dc2`";
        QTest::newRow("duplicate dataset") << QByteArray(R"([["append", "/datasets", {"name": "ds", "locations": [{"node": "n3", "path": "/x"}]}]])")
                                           << "error" << "duplicate-name" << "$.datasets[1].name" << "$.datasets[0]";
        QTest::newRow("duplicate repository") << QByteArray(R"([["append", "/repositories", {"name": "repo", "node": "n3", "path": "/r"}]])")
                                              << "error" << "duplicate-name" << "$.repositories[1].name" << "`repo`";
        QTest::newRow("duplicate policy")
            << QByteArray(R"([["append", "/policies", {"name": "p", "dataset": "ds", "schedule": {"cron": "@daily"}, "repositories": ["repo"], "retention": {"keepLast": 3}}]])")
            << "error" << "duplicate-name" << "$.policies[1].name" << "`p`";
        QTest::newRow("unknown domain parent") << QByteArray(R"([["set", "/fleet/domains/2/parent", "dc9"]])")
                                               << "error" << "unknown-reference" << "$.fleet.domains[2].parent" << "`dc9`";
        QTest::newRow("domain cycle") << QByteArray(R"([["set", "/fleet/domains/0/parent", "dc1/r1"]])")
                                      << "error" << "domain-cycle" << "$.fleet.domains[0].parent" << "dc1 → dc1/r1 → dc1";
        QTest::newRow("domain own parent") << QByteArray(R"([["set", "/fleet/domains/1/parent", "dc2"]])")
                                           << "error" << "domain-cycle" << "$.fleet.domains[1].parent" << "own parent";
        QTest::newRow("unknown domain level") << QByteArray(R"([["set", "/fleet/domains/2/level", "cupboard"]])")
                                              << "warning" << "unknown-level" << "$.fleet.domains[2].level" << "cupboard";
        QTest::newRow("node in unknown domain") << QByteArray(R"([["set", "/fleet/nodes/0/domain", "dc1/r9"]])")
                                                << "error" << "unknown-reference" << "$.fleet.nodes[0].domain" << "`dc1/r9`";
        QTest::newRow("port out of range") << QByteArray(R"([["set", "/fleet/nodes/0/port", 70000]])")
                                           << "error" << "bad-port" << "$.fleet.nodes[0].port" << "70000";
        QTest::newRow("port not a number") << QByteArray(R"([["set", "/fleet/nodes/0/port", "ssh"]])")
                                           << "error" << "wrong-type" << "$.fleet.nodes[0].port" << "a string";
        QTest::newRow("node without name") << QByteArray(R"([["remove", "/fleet/nodes/0/name"]])")
                                           << "error" << "missing-field" << "$.fleet.nodes[0].name" << "name";
        QTest::newRow("node with empty name") << QByteArray(R"([["set", "/fleet/nodes/0/name", "  "]])")
                                              << "error" << "empty-name" << "$.fleet.nodes[0].name" << "empty";
        QTest::newRow("node not reachable") << QByteArray(R"([["remove", "/fleet/nodes/2/address"]])")
                                            << "warning" << "no-address" << "$.fleet.nodes[2]" << "`n3`";
        QTest::newRow("negative size") << QByteArray(R"([["set", "/datasets/0/size", -5]])")
                                       << "error" << "negative" << "$.datasets[0].size" << "negative";
        QTest::newRow("negative size string") << QByteArray(R"([["set", "/datasets/0/size", "-5 TB"]])")
                                              << "error" << "negative" << "$.datasets[0].size" << "negative";
        QTest::newRow("size not a size") << QByteArray(R"([["set", "/datasets/0/size", "lots"]])")
                                         << "error" << "bad-size" << "$.datasets[0].size" << "lots";
        QTest::newRow("absurd size") << QByteArray(R"([["set", "/datasets/0/size", "5 EB"]])")
                                     << "error" << "absurd-size" << "$.datasets[0].size" << "not plausible";
        QTest::newRow("absurd node capacity") << QByteArray(R"([["set", "/fleet/nodes/1/capacity", "2 EB"]])")
                                              << "error" << "absurd-size" << "$.fleet.nodes[1].capacity" << "`n2`";
        QTest::newRow("location on unknown node") << QByteArray(R"([["set", "/datasets/0/locations/1/node", "n9"]])")
                                                  << "error" << "unknown-reference" << "$.datasets[0].locations[1].node" << "`n9`";
        QTest::newRow("relative path") << QByteArray(R"([["set", "/datasets/0/locations/0/path", "data/ds"]])")
                                       << "error" << "relative-path" << "$.datasets[0].locations[0].path" << "absolute";
        QTest::newRow("no locations") << QByteArray(R"([["set", "/datasets/0/locations", []]])")
                                      << "error" << "no-locations" << "$.datasets[0].locations" << "`ds`";
        QTest::newRow("locations not an array") << QByteArray(R"([["set", "/datasets/0/locations", "n1:/data"]])")
                                                << "error" << "wrong-type" << "$.datasets[0].locations" << "array";
        QTest::newRow("bad layout") << QByteArray(R"([["set", "/datasets/0/layout", "striped"]])")
                                    << "error" << "bad-value" << "$.datasets[0].layout" << "striped";
        QTest::newRow("change over 100%") << QByteArray(R"([["set", "/datasets/0/changePerDay", "150%"]])")
                                          << "error" << "bad-value" << "$.datasets[0].changePerDay" << "150%";
        QTest::newRow("bad rpo") << QByteArray(R"([["set", "/datasets/0/rpo", "soon"]])")
                                 << "error" << "bad-duration" << "$.datasets[0].rpo" << "soon";
        QTest::newRow("unknown tier") << QByteArray(R"([["set", "/datasets/0/tier", "gold"]])")
                                      << "warning" << "unknown-tier" << "$.datasets[0].tier" << "gold";
        QTest::newRow("policy for unknown dataset") << QByteArray(R"([["set", "/policies/0/dataset", "dz"]])")
                                                    << "error" << "unknown-reference" << "$.policies[0].dataset" << "`dz`";
        QTest::newRow("policy into unknown repository") << QByteArray(R"([["set", "/policies/0/repositories/0", "repo-x"]])")
                                                        << "error" << "unknown-reference" << "$.policies[0].repositories[0]" << "`repo-x`";
        QTest::newRow("repository twice in a policy") << QByteArray(R"([["append", "/policies/0/repositories", "repo"]])")
                                                      << "warning" << "duplicate-reference" << "$.policies[0].repositories[1]" << "twice";
        QTest::newRow("policy without repositories") << QByteArray(R"([["set", "/policies/0/repositories", []]])")
                                                     << "error" << "no-repositories" << "$.policies[0].repositories" << "`p`";
        QTest::newRow("bad cron") << QByteArray(R"([["set", "/policies/0/schedule/cron", "61 * * * *"]])")
                                  << "error" << "bad-cron" << "$.policies[0].schedule.cron" << "minute";
        QTest::newRow("cron that never runs") << QByteArray(R"([["set", "/policies/0/schedule/cron", "0 0 30 2 *"]])")
                                              << "error" << "cron-never-fires" << "$.policies[0].schedule.cron" << "never runs";
        QTest::newRow("missing schedule") << QByteArray(R"([["remove", "/policies/0/schedule"]])")
                                          << "error" << "missing-field" << "$.policies[0].schedule" << "schedule";
        QTest::newRow("bad time zone") << QByteArray(R"([["set", "/policies/0/schedule/timeZone", "Mars/Olympus_Mons"]])")
                                       << "error" << "bad-time-zone" << "$.policies[0].schedule.timeZone" << "Mars/Olympus_Mons";
        QTest::newRow("bad verify cron") << QByteArray(R"([["set", "/policies/0/verify/cron", "every sunday"]])")
                                         << "error" << "bad-cron" << "$.policies[0].verify.cron" << "verification";
        QTest::newRow("verify reads over 100%") << QByteArray(R"([["set", "/policies/0/verify/readData", "200%"]])")
                                                << "error" << "bad-value" << "$.policies[0].verify.readData" << "200%";
        QTest::newRow("window start") << QByteArray(R"([["set", "/policies/0/window/start", "25:00"]])")
                                      << "error" << "bad-window" << "$.policies[0].window.start" << "25:00";
        QTest::newRow("window too long") << QByteArray(R"([["set", "/policies/0/window/duration", "30h"]])")
                                         << "error" << "bad-window" << "$.policies[0].window.duration" << "1d6h";
        QTest::newRow("retention keeps nothing") << QByteArray(R"([["set", "/policies/0/retention", {}]])")
                                                 << "error" << "keeps-nothing" << "$.policies[0].retention" << "every backup would be deleted";
        QTest::newRow("retention missing") << QByteArray(R"([["remove", "/policies/0/retention"]])")
                                           << "error" << "missing-field" << "$.policies[0].retention" << "retention";
        QTest::newRow("negative retention") << QByteArray(R"([["set", "/policies/0/retention/keepDaily", -1]])")
                                            << "error" << "negative" << "$.policies[0].retention.keepDaily" << "keepDaily";
        QTest::newRow("repository on unknown node") << QByteArray(R"([["set", "/repositories/0/node", "ghost"]])")
                                                    << "error" << "unknown-reference" << "$.repositories[0].node" << "`ghost`";
        QTest::newRow("repository relative path") << QByteArray(R"([["set", "/repositories/0/path", "repo"]])")
                                                  << "error" << "relative-path" << "$.repositories[0].path" << "absolute";
        QTest::newRow("all copies in one rack")
            << QByteArray(R"([["set", "/fleet/nodes/1/domain", "dc1/r1"], ["set", "/fleet/nodes/3/domain", "dc1/r1"]])")
            << "warning" << "shared-domain" << "$.datasets[0]" << "Every copy of `ds` (2 live copies and its backup) is in rack `dc1/r1`";
        QTest::newRow("both copies in one site") << QByteArray(R"([["set", "/datasets/0/locations", [{"node": "n1", "path": "/d"}]], ["set", "/repositories/0/node", "n2"]])")
                                                 << "warning" << "shared-domain" << "$.datasets[0]" << "Every copy of `ds` (its one live copy and its backup) is in site `dc1`";
        QTest::newRow("backup on the data's node") << QByteArray(R"([["set", "/repositories/0/node", "n1"]])")
                                                   << "warning" << "backup-on-same-node" << "$.datasets[0]" << "`n1`";
        QTest::newRow("rpo shorter than schedule") << QByteArray(R"([["set", "/datasets/0/rpo", "6h"]])")
                                                   << "warning" << "rpo-unachievable" << "$.policies[0].schedule.cron" << "1d";
        QTest::newRow("rto shorter than transfer") << QByteArray(R"([["set", "/datasets/0/size", "80 TB"], ["set", "/datasets/0/rto", "1h"]])")
                                                   << "warning" << "rto-unachievable" << "$.datasets[0].rto" << "11h6m40s";
        QTest::newRow("dataset without policy") << QByteArray(R"([["set", "/policies", []]])")
                                                << "warning" << "no-policy" << "$.datasets[0]" << "`ds`";
        QTest::newRow("node over capacity") << QByteArray(R"([["set", "/fleet/nodes/0/capacity", "1 TB"]])")
                                            << "warning" << "over-capacity" << "$.fleet.nodes[0].capacity" << "`n1`";
        QTest::newRow("unknown field") << QByteArray(R"([["set", "/fleet/nodes/0/capcity", "1 TB"]])")
                                       << "warning" << "unknown-field" << "$.fleet.nodes[0].capcity" << "capcity";
        QTest::newRow("nodes not an array") << QByteArray(R"([["set", "/fleet/nodes", {"n1": {}}]])")
                                            << "error" << "wrong-type" << "$.fleet.nodes" << "an object";
        QTest::newRow("zero dedup ratio") << QByteArray(R"([["set", "/assumptions/dedupRatio", 0]])")
                                          << "error" << "bad-value" << "$.assumptions.dedupRatio" << "greater than 0";
        QTest::newRow("bad bandwidth") << QByteArray(R"([["set", "/assumptions/restoreBandwidth", "fast"]])")
                                       << "error" << "bad-rate" << "$.assumptions.restoreBandwidth" << "fast";
        QTest::newRow("outage rate for unused level") << QByteArray(R"([["set", "/assumptions/domainOutagesPerYear/row", 0.2]])")
                                                      << "warning" << "unknown-level" << "$.assumptions.domainOutagesPerYear.row" << "row";
        QTest::newRow("role without failure rate") << QByteArray(R"([["set", "/fleet/nodes/0/role", "gpu-worker"]])")
                                                   << "info" << "no-failure-rate" << "$.fleet.nodes[0].role" << "gpu-worker";
        QTest::newRow("drill over live data")
            << QByteArray(R"([["set", "/policies/0/drill", {"cron": "@weekly", "node": "n1", "path": "/data"}]])")
            << "error" << "drill-over-live-data" << "$.policies[0].drill.path" << "`ds` at /data/ds";
        QTest::newRow("drill into a repository")
            << QByteArray(R"([["set", "/policies/0/drill", {"cron": "@weekly", "node": "bkp", "path": "/srv/repo/../repo/scratch"}]])")
            << "error" << "drill-over-live-data" << "$.policies[0].drill.path" << "`repo` at /srv/repo";
        QTest::newRow("drill on unknown node") << QByteArray(R"([["set", "/policies/0/drill", {"cron": "@weekly", "node": "n9", "path": "/scratch"}]])")
                                               << "error" << "unknown-reference" << "$.policies[0].drill.node" << "`n9`";
        QTest::newRow("drill sample over 100%")
            << QByteArray(R"([["set", "/policies/0/drill", {"cron": "@weekly", "node": "n1", "path": "/scratch", "sample": "150%"}]])")
            << "error" << "bad-value" << "$.policies[0].drill.sample" << "150%";
        QTest::newRow("drill sample of nothing")
            << QByteArray(R"([["set", "/policies/0/drill", {"cron": "@weekly", "node": "n1", "path": "/scratch", "sample": 0}]])")
            << "error" << "bad-value" << "$.policies[0].drill.sample" << "0%";
        QTest::newRow("drill relative path") << QByteArray(R"([["set", "/policies/0/drill", {"cron": "@weekly", "node": "n1", "path": "scratch"}]])")
                                             << "error" << "relative-path" << "$.policies[0].drill.path" << "absolute";
        QTest::newRow("drill from another repository")
            << QByteArray(R"([["set", "/policies/0/drill", {"cron": "@weekly", "node": "n1", "path": "/scratch", "repository": "elsewhere"}]])")
            << "error" << "unknown-reference" << "$.policies[0].drill.repository" << "`elsewhere`";
        QTest::newRow("drill bad cron") << QByteArray(R"([["set", "/policies/0/drill", {"cron": "every sunday", "node": "n1", "path": "/scratch"}]])")
                                        << "error" << "bad-cron" << "$.policies[0].drill.cron" << "drill schedule";
        QTest::newRow("drill without path") << QByteArray(R"([["set", "/policies/0/drill", {"cron": "@weekly", "node": "n1"}]])")
                                            << "error" << "missing-field" << "$.policies[0].drill.path" << "path";
        QTest::newRow("repository not used") << QByteArray(R"([["append", "/repositories", {"name": "spare", "node": "n3", "path": "/spare"}]])")
                                             << "info" << "unused-repository" << "$.repositories[1]" << "`spare`";
    }
    void invalidPlans()
    {
        QFETCH(QByteArray, edits);
        QFETCH(QString, severity);
        QFETCH(QString, kind);
        QFETCH(QString, path);
        QFETCH(QString, mentions);
        const LoadedPlan loaded = check(test::patched(test::minimalPlan(), edits));
        const PlanIssue* found = nullptr;
        for (const PlanIssue& i : loaded.issues) {
            if (i.kind == kind && i.path == path)
                found = &i;
        }
        QVERIFY2(found, qPrintable(QStringLiteral("no %1 at %2 among:\n%3").arg(kind, path, test::describeIssues(loaded.issues))));
        QCOMPARE(severityName(found->severity), severity);
        QVERIFY2(found->message.contains(mentions), qPrintable(found->message));
    }

    void everyProblemIsReportedNotJustTheFirst()
    {
        const LoadedPlan loaded = check(test::patched(test::minimalPlan(), R"([["set", "/fleet/nodes/0/port", 0], ["set", "/fleet/nodes/1/port", "x"],
                                                                              ["set", "/datasets/0/rpo", "soon"], ["set", "/policies/0/schedule/cron", "bad"]])"));
        int errors = 0;
        for (const PlanIssue& i : loaded.issues)
            errors += i.severity == Severity::Error ? 1 : 0;
        QVERIFY2(errors == 4, qPrintable(test::describeIssues(loaded.issues)));
    }

    void largePlanValidatesWithoutProblems()
    {
        const LoadedPlan loaded = [] {
            LoadedPlan l = PlanReader::parse(test::largePlanJson(100000));
            checkLoadedPlan(l);
            return l;
        }();
        QCOMPARE(loaded.plan.nodes.size(), std::size_t(100000));
        QVERIFY2(!hasErrors(loaded.issues), qPrintable(test::describeIssues(loaded.issues)));
    }
};

QTEST_APPLESS_MAIN(TestPlanValidation)
#include "TestPlanValidation.moc"
