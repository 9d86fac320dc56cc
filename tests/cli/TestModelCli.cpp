// SPDX-License-Identifier: GPL-3.0-or-later
// `lifeboat-cli model ...` as operators script it: the published reference cases through
// the command line, one JSON object with --json, and bad arguments named, never a NaN.
#include "CliRunner.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <cmath>

using lifeboat::test::cli;
using lifeboat::test::Run;

namespace {

QString demoPlan() { return QStringLiteral(LIFEBOAT_SOURCE_DIR "/resources/demo/demo.lifeboat.json"); }

QJsonObject datasetNamed(const QJsonObject& result, const QString& name)
{
    for (const QJsonValue& d : result.value("datasets").toArray())
        if (d.toObject().value("dataset").toString() == name)
            return d.toObject();
    qFatal("no dataset %s", qPrintable(name));
}

QJsonObject object(const Run& run)
{
    const QJsonDocument document = QJsonDocument::fromJson(run.out);
    if (!document.isObject())
        qFatal("not one JSON object: %s", run.out.constData());
    return document.object();
}

} // namespace

class TestModelCli : public QObject {
    Q_OBJECT

private slots:
    // Cidon et al., ATC 2013: minimal copysets 0.15671% (abstract "0.15%"); Copyset
    // Replication with scatter width 10: 8330 copysets, 0.781% ("0.78%").
    void copysetsThroughTheCommandLine()
    {
        const Run minimal = cli({"model", "simultaneous", "--nodes", "5000", "--replicas", "3", "--failed", "50", "--copysets", "1666", "--json"});
        QVERIFY_RUN(minimal, 0);
        QVERIFY(std::fabs(object(minimal).value("p_loss").toDouble() - 0.0015671) < 0.0015671e-3);
        const Run scatter = cli({"model", "simultaneous", "--nodes", "5000", "--replicas", "3", "--failed", "50", "--scatter-width", "10", "--json",
                                 "--bytes-per-node", "3TB"});
        QVERIFY_RUN(scatter, 0);
        QCOMPARE(object(scatter).value("copysets").toDouble(), 8330.0);
        QVERIFY(std::fabs(object(scatter).value("p_loss").toDouble() - 0.007811) < 5e-5);
        // Expected bytes lost = unique data × p_copyset = 5000·3 TB/3 · C(50,3)/C(5000,3).
        const double expected = 5000 * 3e12 / 3 * (50.0 * 49 * 48) / (5000.0 * 4999 * 4998);
        QVERIFY(std::fabs(object(scatter).value("expected_bytes_lost").toDouble() - expected) < expected * 1e-6);
    }

    // Backblaze 17+3 (calculator README): 7.354e-12; 3 replicas, AFR 2%, 24 h: 5.5521063e9 /
    // 2.7761293e9 years.
    void windowAndMttdlThroughTheCommandLine()
    {
        const Run window = cli({"model", "window", "--data", "17", "--parity", "3", "--afr", "0.00405", "--repair-days", "6.5", "--json"});
        QVERIFY_RUN(window, 0);
        QVERIFY(std::fabs(object(window).value("annual_loss").toDouble() - 7.354e-12) < 7.354e-12 * 5e-4);
        QVERIFY(object(window).value("model").toString().contains("Backblaze"));
        const Run parallel = cli({"model", "mttdl", "--group-size", "3", "--tolerate", "2", "--afr", "0.02", "--repair-hours", "24", "--json"});
        QVERIFY_RUN(parallel, 0);
        QVERIFY(std::fabs(object(parallel).value("mttdl_years").toDouble() - 5.5521063e9) < 5.5521063e9 * 2e-8);
        const Run serial = cli({"model", "mttdl", "--group-size", "3", "--tolerate", "2", "--afr", "0.02", "--repair-hours", "24", "--repair", "serial", "--json"});
        QVERIFY(std::fabs(object(serial).value("mttdl_years").toDouble() - 2.7761293e9) < 2.7761293e9 * 2e-8);
        // The repair time from the bytes to rebuild and the bandwidth: 10.8 TB at 1 Gbit/s = 24 h.
        const Run fromBandwidth = cli({"model", "mttdl", "--group-size", "3", "--tolerate", "2", "--afr", "0.02", "--device-bytes", "10.8TB", "--repair-gbps", "1",
                                       "--bytes", "10.8TB", "--mission-years", "10", "--json"});
        QVERIFY_RUN(fromBandwidth, 0);
        QVERIFY(std::fabs(object(fromBandwidth).value("repair_hours").toDouble() - 24) < 1e-9);
        QVERIFY(std::fabs(object(fromBandwidth).value("mttdl_years").toDouble() - 5.5521063e9) < 5.5521063e9 * 2e-8);
        const double p = object(fromBandwidth).value("p_loss").toDouble();
        QVERIFY(p > 0 && p < 10 / 5.5521063e9);   // just below 1 − e^{−t/MTTDL}
        QVERIFY(std::fabs(object(fromBandwidth).value("expected_bytes_lost").toDouble() - 10.8e12 * p) < 10.8e12 * p * 1e-12);
        const Run human = cli({"model", "rpo", "--interval-hours", "24", "--window-hours", "2"});
        QVERIFY_RUN(human, 0);
        QVERIFY(human.out.contains("expected_hours: 14\n"));
        QVERIFY(human.out.contains("worst_hours: 26\n"));
    }

    // The demo plan's two deliberate weak spots (its description): the Llama-70B checkpoints
    // and their only backup share rack dc1/r2, and that backup repository is too small.
    // `model plan` must name both; moving the backup to the other site must fix the first.
    void planFiguresFindTheDemoWeakSpots()
    {
        const Run run = cli({"model", "plan", demoPlan(), "--json"});
        QVERIFY_RUN(run, 0);
        const QJsonObject result = object(run);
        QCOMPARE(result.value("datasets").toArray().size(), 9);
        for (const QJsonValue& v : result.value("datasets").toArray()) {
            const QJsonObject d = v.toObject();
            const double p = d.value("p_data_loss").toDouble(-1);
            QVERIFY2(p >= 0 && p <= d.value("p_live_loss").toDouble() && d.value("p_live_loss").toDouble() <= 1, qPrintable(d.value("dataset").toString()));
        }
        const QJsonObject ckpt = datasetNamed(result, "ckpt-llama70b");
        const QString largest = ckpt.value("causes").toArray().at(0).toObject().value("cause").toString();
        QVERIFY2(largest.contains("dc1/r2"), qPrintable(largest));
        for (const QJsonValue& r : result.value("repositories").toArray())
            if (r.toObject().value("repository").toString() == "ckpt-scratch-r2")
                QCOMPARE(r.toObject().value("full_after_days").toDouble(-1), 0.0);
        QVERIFY(!result.value("assumptions").toArray().isEmpty());
        QCOMPARE(result.value("restore_order").toArray().at(0).toObject().value("tier").toString(), QStringLiteral("critical"));

        const Run moved = cli({"model", "plan", demoPlan(), "--json", "--what-if", R"(policies[ckpt70b-2h].repositories=["repo-dc2"])"});
        QVERIFY_RUN(moved, 0);
        const double before = ckpt.value("p_data_loss").toDouble();
        const double after = datasetNamed(object(moved), "ckpt-llama70b").value("p_data_loss").toDouble();
        QVERIFY2(after < before / 10, qPrintable(QStringLiteral("%1 -> %2").arg(before).arg(after)));
        QCOMPARE(object(moved).value("what_if").toArray().size(), 1);

        const Run human = cli({"model", "plan", demoPlan()});
        QVERIFY_RUN(human, 0);
        QVERIFY(human.out.contains("ckpt-llama70b"));
        QVERIFY(human.out.contains("Assumptions:"));
    }

    // The simulator from the command line: the same seed gives the same figures on one
    // thread or two, and each estimate comes with its interval and the analytic figure.
    void simulateIsReproducibleFromTheCommandLine()
    {
        const QStringList base{"model", "simulate", demoPlan(), "--years", "1", "--trials", "20000", "--seed", "42", "--json"};
        const Run one = cli(base + QStringList{"--threads", "1"});
        const Run two = cli(base + QStringList{"--threads", "2"});
        QVERIFY_RUN(one, 0);
        QVERIFY_RUN(two, 0);
        const QJsonArray a = object(one).value("datasets").toArray();
        const QJsonArray b = object(two).value("datasets").toArray();
        QCOMPARE(a.size(), 9);
        QCOMPARE(a, b);
        for (const QJsonValue& v : a) {
            const QJsonObject p = v.toObject().value("p_live_loss").toObject();
            QVERIFY(p.value("low").toDouble() <= p.value("value").toDouble() && p.value("value").toDouble() <= p.value("high").toDouble());
            QVERIFY(v.toObject().contains("analytic_p_data_loss"));
        }
    }

    void badArgumentsAreNamed_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("named");
        QTest::newRow("not a number") << QStringList{"model", "mttdl", "--group-size", "3", "--tolerate", "2", "--afr", "two", "--repair-hours", "24"} << "--afr";
        QTest::newRow("missing") << QStringList{"model", "simultaneous", "--nodes", "50", "--replicas", "3", "--copysets", "5"} << "--failed";
        QTest::newRow("out of range") << QStringList{"model", "simultaneous", "--nodes", "50", "--replicas", "3", "--failed", "60", "--copysets", "5"} << "--failed";
        QTest::newRow("two placements") << QStringList{"model", "simultaneous", "--nodes", "50", "--replicas", "3", "--failed", "6", "--copysets", "5", "--chunks", "9"} << "--copysets";
        QTest::newRow("repair given twice") << QStringList{"model", "mttdl", "--group-size", "3", "--tolerate", "2", "--afr", "0.02", "--repair-hours", "24", "--device-bytes", "1TB", "--repair-gbps", "1"} << "--repair-hours";
        QTest::newRow("zero repair bandwidth") << QStringList{"model", "mttdl", "--group-size", "3", "--tolerate", "2", "--afr", "0.02", "--device-bytes", "1TB", "--repair-gbps", "0"} << "--repair-gbps";
        QTest::newRow("zero repair") << QStringList{"model", "mttdl", "--group-size", "3", "--tolerate", "2", "--afr", "0.02", "--repair-hours", "0"} << "--repair-hours";
        QTest::newRow("probability above 1") << QStringList{"model", "detection", "--interval-minutes", "60", "--detect-prob", "1.5", "--within-minutes", "60"} << "--detect-prob";
        QTest::newRow("bad size") << QStringList{"model", "rto", "--bytes", "lots", "--bandwidth-gbps", "10"} << "--bytes";
        QTest::newRow("unknown verb") << QStringList{"model", "durability"} << "unknown model command";
        QTest::newRow("what-if path") << QStringList{"model", "plan", demoPlan(), "--what-if", "datasets[no-such-dataset].size=1TB"} << "no-such-dataset";
        QTest::newRow("what-if makes the plan invalid") << QStringList{"model", "plan", demoPlan(), "--what-if", "assumptions.burstNodeFraction=150%"} << "burstNodeFraction";
        QTest::newRow("simulate without years") << QStringList{"model", "simulate", demoPlan()} << "--years";
        QTest::newRow("simulate bad repair") << QStringList{"model", "simulate", demoPlan(), "--years", "1", "--repair", "sometimes"} << "--repair";
    }
    void badArgumentsAreNamed()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, named);
        const Run run = cli(arguments);
        QVERIFY_RUN(run, 2);
        QVERIFY2(run.err.contains(named.toUtf8()), run.err.constData());
        QVERIFY(!run.out.toLower().contains("nan"));
    }
};

QTEST_GUILESS_MAIN(TestModelCli)
#include "TestModelCli.moc"
