// SPDX-License-Identifier: GPL-3.0-or-later
#include "PlanFixtures.h"
#include "core/plan/PlanReader.h"
#include "core/plan/PlanWriter.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace lifeboat;
using namespace lifeboat::plan;

namespace {

const PlanIssue* findIssue(const PlanIssues& issues, const QString& kind, const QString& path)
{
    for (const PlanIssue& i : issues) {
        if (i.kind == kind && i.path == path)
            return &i;
    }
    return nullptr;
}

QString demoPath()
{
    return QStringLiteral(LIFEBOAT_SOURCE_DIR "/resources/demo/demo.lifeboat.json");
}

} // namespace

class TestPlanJson : public QObject {
    Q_OBJECT
private slots:
    void readsEveryFieldOfTheMinimalPlan()
    {
        const LoadedPlan loaded = PlanReader::parse(test::toJson(test::minimalPlan()));
        QVERIFY2(loaded.issues.empty(), qPrintable(test::describeIssues(loaded.issues)));
        const Plan& p = loaded.plan;
        QCOMPARE(p.version, 1);
        QCOMPARE(p.domains.size(), std::size_t(5));
        QCOMPARE(p.domains[2].parent, QStringLiteral("dc1"));
        QCOMPARE(p.nodes.size(), std::size_t(4));
        QCOMPARE(p.nodes[3].port, 2222);
        QCOMPARE(p.nodes[3].user, QStringLiteral("lb"));
        QCOMPARE(p.nodes[3].capacityBytes, std::int64_t(1'000'000'000'000'000));
        QCOMPARE(p.nodes[0].port, 22);   // the default when absent
        const Dataset& d = p.datasets.at(0);
        QCOMPARE(d.layout, DatasetLayout::Replicated);
        QCOMPARE(d.locations.size(), std::size_t(2));
        QCOMPARE(d.locations[1].node, QStringLiteral("n2"));
        QCOMPARE(d.sizeBytes, std::int64_t(10'000'000'000'000));
        QCOMPARE(d.changeFractionPerDay, 0.01);
        QCOMPARE(d.rpo.count(), 26 * 3600);
        QCOMPARE(p.policies[0].retention.keepWeekly, 4);
        QCOMPARE(p.policies[0].window.duration.count(), 4 * 3600);
        QCOMPARE(p.policies[0].verification.readDataFraction, 0.1);
        QCOMPARE(p.assumptions.nodeAfr.value(QStringLiteral("backup")), 0.03);
        QCOMPARE(p.assumptions.domainOutagesPerYear.value(QStringLiteral("site")), 0.01);
        QCOMPARE(p.assumptions.restoreBytesPerSecond, 2e9);
    }

    void readsADrill()
    {
        const LoadedPlan loaded = PlanReader::parse(test::toJson(test::patched(
            test::minimalPlan(), R"([["set", "/policies/0/drill", {"cron": "0 6 * * sat", "node": "n2", "path": "/scratch/drill", "sample": "5%", "repository": "repo"}]])")));
        QVERIFY2(loaded.issues.empty(), qPrintable(test::describeIssues(loaded.issues)));
        const Drill& drill = loaded.plan.policies.at(0).drill;
        QCOMPARE(drill.cron, QStringLiteral("0 6 * * sat"));
        QCOMPARE(drill.node, QStringLiteral("n2"));
        QCOMPARE(drill.path, QStringLiteral("/scratch/drill"));
        QCOMPARE(drill.sample, 0.05);
        QCOMPARE(drill.repository, QStringLiteral("repo"));
        // Without a sample: all of it; without a drill: none.
        const LoadedPlan whole = PlanReader::parse(
            test::toJson(test::patched(test::minimalPlan(), R"([["set", "/policies/0/drill", {"cron": "@weekly", "node": "n2", "path": "/scratch"}]])")));
        QCOMPARE(whole.plan.policies.at(0).drill.sample, 1.0);
        QVERIFY(PlanReader::parse(test::toJson(test::minimalPlan())).plan.policies.at(0).drill.cron.isEmpty());
        QVERIFY(!PlanWriter::toJson(PlanReader::parse(test::toJson(test::minimalPlan())).plan).contains("drill"));
    }

    void roundTripGivesAnEqualPlan_data()
    {
        QTest::addColumn<QString>("path");
        QTest::newRow("demo") << demoPath();
        QTest::newRow("minimal") << QString();
    }
    void roundTripGivesAnEqualPlan()
    {
        QFETCH(QString, path);
        QByteArray original;
        if (path.isEmpty()) {
            original = test::toJson(test::minimalPlan());
        } else {
            const auto bytes = PlanReader::readFile(path);
            QVERIFY(bytes);
            original = *bytes;
        }
        const LoadedPlan first = PlanReader::parse(original);
        QVERIFY2(!hasErrors(first.issues), qPrintable(test::describeIssues(first.issues)));

        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString saved = dir.filePath(QStringLiteral("saved.lifeboat.json"));
        QVERIFY(PlanWriter::save(first.plan, saved));
        const auto bytes = PlanReader::readFile(saved);
        QVERIFY(bytes);
        const LoadedPlan second = PlanReader::parse(*bytes);
        QVERIFY2(second.issues.empty(), qPrintable(test::describeIssues(second.issues)));
        QVERIFY(second.plan == first.plan);
        // And writing is stable: the second save is byte-identical to the first.
        QCOMPARE(PlanWriter::toJson(second.plan), *bytes);
    }

    void roundTripKeepsNumbersThatHaveNoUnit()
    {
        QJsonObject plan = test::patched(test::minimalPlan(), R"([["set", "/datasets/0/size", 1234567], ["set", "/datasets/0/changePerDay", 0.0123456789],
                                                                 ["set", "/assumptions/restoreBandwidth", 123456789.5]])");
        const LoadedPlan first = PlanReader::parse(test::toJson(plan));
        QVERIFY2(first.issues.empty(), qPrintable(test::describeIssues(first.issues)));
        const LoadedPlan second = PlanReader::parse(PlanWriter::toJson(first.plan));
        QVERIFY(second.plan == first.plan);
        QCOMPARE(second.plan.datasets[0].sizeBytes, std::int64_t(1234567));
        QCOMPARE(second.plan.datasets[0].changeFractionPerDay, 0.0123456789);
        QCOMPARE(second.plan.assumptions.restoreBytesPerSecond, 123456789.5);
    }

    void fileLevelProblems_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("empty") << QByteArray("") << "empty" << "$" << "empty";
        QTest::newRow("whitespace") << QByteArray(" \n\t ") << "empty" << "$" << "empty";
        QTest::newRow("not json") << QByteArray("version: 1\n") << "not-json" << "$" << "line 1";
        QTest::newRow("truncated") << QByteArray("{\n  \"version\": 1,\n  \"fleet\": {") << "not-json" << "$" << "line 3";
        QTest::newRow("array") << QByteArray("[1, 2]") << "wrong-type" << "$" << "object";
        QTest::newRow("no version") << QByteArray("{\"name\": \"x\"}") << "missing-field" << "$.version" << "version";
        QTest::newRow("version string") << QByteArray("{\"version\": \"1\"}") << "wrong-type" << "$.version" << "whole number";
        QTest::newRow("version fraction") << QByteArray("{\"version\": 1.5}") << "wrong-type" << "$.version" << "1.5";
        QTest::newRow("version zero") << QByteArray("{\"version\": 0}") << "wrong-type" << "$.version" << "from 1";
        QTest::newRow("newer version") << QByteArray("{\"version\": 7, \"whatever\": []}") << "newer-version" << "$.version" << "newer Lifeboat";
    }
    void fileLevelProblems()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, kind);
        QFETCH(QString, path);
        QFETCH(QString, mentions);
        const LoadedPlan loaded = PlanReader::parse(content);
        const PlanIssue* issue = findIssue(loaded.issues, kind, path);
        QVERIFY2(issue, qPrintable(test::describeIssues(loaded.issues)));
        QCOMPARE(issue->severity, Severity::Error);
        QVERIFY2(issue->message.contains(mentions), qPrintable(issue->message));
        // Nothing else is guessed from a file that cannot be a plan.
        QCOMPARE(loaded.issues.size(), std::size_t(1));
    }

    // The published schema and the reader accept the same fields, object by object.
    void schemaAndReaderAgreeOnFields()
    {
        const auto bytes = PlanReader::readFile(QStringLiteral(LIFEBOAT_SOURCE_DIR "/resources/schema/lifeboat-plan.schema.json"));
        QVERIFY(bytes);
        const QJsonObject schema = QJsonDocument::fromJson(*bytes).object();
        const QJsonObject defs = schema.value(QLatin1String("$defs")).toObject();
        const auto propertiesOf = [](const QJsonObject& object) {
            QStringList keys = object.value(QLatin1String("properties")).toObject().keys();
            keys.sort();
            return keys;
        };
        const QJsonObject policy = defs.value(QLatin1String("policy")).toObject().value(QLatin1String("properties")).toObject();
        const QHash<QString, QJsonObject> schemaObjects{
            {QStringLiteral("plan"), schema},
            {QStringLiteral("fleet"), schema.value(QLatin1String("properties")).toObject().value(QLatin1String("fleet")).toObject()},
            {QStringLiteral("domain"), defs.value(QLatin1String("domain")).toObject()},
            {QStringLiteral("node"), defs.value(QLatin1String("node")).toObject()},
            {QStringLiteral("dataset"), defs.value(QLatin1String("dataset")).toObject()},
            {QStringLiteral("location"), defs.value(QLatin1String("dataset")).toObject().value(QLatin1String("properties")).toObject()
                                             .value(QLatin1String("locations")).toObject().value(QLatin1String("items")).toObject()},
            {QStringLiteral("repository"), defs.value(QLatin1String("repository")).toObject()},
            {QStringLiteral("policy"), defs.value(QLatin1String("policy")).toObject()},
            {QStringLiteral("schedule"), policy.value(QLatin1String("schedule")).toObject()},
            {QStringLiteral("window"), policy.value(QLatin1String("window")).toObject()},
            {QStringLiteral("retention"), policy.value(QLatin1String("retention")).toObject()},
            {QStringLiteral("verify"), policy.value(QLatin1String("verify")).toObject()},
            {QStringLiteral("drill"), policy.value(QLatin1String("drill")).toObject()},
            {QStringLiteral("assumptions"), defs.value(QLatin1String("assumptions")).toObject()},
        };
        const auto& reader = PlanReader::knownFields();
        QCOMPARE(reader.size(), schemaObjects.size());
        for (auto it = reader.begin(); it != reader.end(); ++it) {
            QVERIFY2(schemaObjects.contains(it.key()), qPrintable(it.key()));
            QStringList expected = it.value();
            expected.sort();
            QCOMPARE(propertiesOf(schemaObjects.value(it.key())), expected);
            QVERIFY2(schemaObjects.value(it.key()).value(QLatin1String("additionalProperties")) == QJsonValue(false), qPrintable(it.key()));
        }
    }

    void readFileRefusesWhatIsNotARegularFile()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const auto missing = PlanReader::readFile(dir.filePath(QStringLiteral("nope.json")));
        QVERIFY(!missing);
        QCOMPARE(missing.error().code, Error::Code::NotFound);
        QVERIFY(missing.error().message.contains(QStringLiteral("nope.json")));
        const auto directory = PlanReader::readFile(dir.path());
        QVERIFY(!directory);
        QCOMPARE(directory.error().code, Error::Code::NotAFile);

        QFile big(dir.filePath(QStringLiteral("big.json")));
        QVERIFY(big.open(QIODevice::WriteOnly));
        QVERIFY(big.resize(2048));
        big.close();
        const auto tooLarge = PlanReader::readFile(big.fileName(), 1024);
        QVERIFY(!tooLarge);
        QCOMPARE(tooLarge.error().code, Error::Code::TooLarge);
    }

    void saveIntoAMissingDirectoryFailsNamingThePath()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString target = dir.filePath(QStringLiteral("missing-dir/plan.lifeboat.json"));
        const auto result = PlanWriter::save(Plan{}, target);
        QVERIFY(!result);
        QVERIFY(result.error().message.contains(QStringLiteral("missing-dir")));
    }
};

QTEST_APPLESS_MAIN(TestPlanJson)
#include "TestPlanJson.moc"
