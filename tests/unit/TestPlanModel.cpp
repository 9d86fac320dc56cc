// SPDX-License-Identifier: GPL-3.0-or-later
// The plan-wide models (PlanExposure, DatasetChain, PlanRisk, CapacityModel, WhatIf) and
// the Monte Carlo simulator: exact cases derived here from first principles, invariants
// that must hold whatever the numbers, and the simulator agreeing with the analytic
// figures within its intervals on a matrix of plans.
#include "core/model/CapacityModel.h"
#include "core/model/DatasetChain.h"
#include "core/model/IndependentFailures.h"
#include "core/model/MonteCarlo.h"
#include "core/model/PlanRisk.h"
#include "core/model/RecoveryModels.h"
#include "core/model/WhatIf.h"

#include <QJsonArray>
#include <QTest>

#include <cmath>

using namespace lifeboat;
using namespace lifeboat::model;

namespace {

constexpr double kBandwidth = 1e9;   // bytes/s: 3.6e12 bytes take one hour to repair

// A node's repair time is the bytes it holds over the repair bandwidth: a dataset of
// `hours` × 3.6e12 bytes on it takes that many hours (when nothing else is there).
double bytesForHours(double hours) { return hours * 3.6e12; }

struct PlanBuilder {
    plan::Plan p;
    PlanBuilder()
    {
        p.assumptions.repairBytesPerSecond = kBandwidth;
        p.assumptions.restoreBytesPerSecond = kBandwidth;
        p.assumptions.defaultNodeAfr = 0.1;
        p.assumptions.backupFailureProbability = 0;
        p.assumptions.backupCommonCauseProbability = 0;
    }
    PlanBuilder& domain(const QString& id, const QString& level, const QString& parent = {})
    {
        p.domains.push_back({id, level, parent, {}});
        return *this;
    }
    PlanBuilder& node(const QString& name, const QString& domain, const QString& role = QStringLiteral("storage"))
    {
        plan::Node n;
        n.name = name;
        n.domain = domain;
        n.role = role;
        p.nodes.push_back(n);
        return *this;
    }
    PlanBuilder& dataset(const QString& name, const QStringList& nodes, double sizeBytes, plan::DatasetLayout layout = plan::DatasetLayout::Replicated)
    {
        plan::Dataset d;
        d.name = name;
        d.tier = QStringLiteral("high");
        d.layout = layout;
        d.sizeBytes = static_cast<std::int64_t>(sizeBytes);
        for (const QString& n : nodes)
            d.locations.push_back({n, QStringLiteral("/data")});
        p.datasets.push_back(d);
        return *this;
    }
    PlanBuilder& backup(const QString& dataset, const QString& repositoryNode, const QString& cron = QStringLiteral("0 * * * *"), int keepLast = 1)
    {
        plan::Repository r;
        r.name = QStringLiteral("repo-") + dataset + QLatin1Char('-') + repositoryNode;
        r.node = repositoryNode;
        r.path = QStringLiteral("/repo");
        r.capacityBytes = static_cast<std::int64_t>(1e18);
        p.repositories.push_back(r);
        plan::Policy pol;
        pol.name = QStringLiteral("policy-") + r.name;
        pol.dataset = dataset;
        pol.schedule.cron = cron;
        pol.repositories << r.name;
        pol.retention.keepLast = keepLast;
        p.policies.push_back(pol);
        return *this;
    }
    PlanExposure exposure() const
    {
        auto e = PlanExposure::fromPlan(p);
        if (!e)
            qFatal("exposure: %s", qPrintable(e.error().message));
        return *e;
    }
    PlanRisk risk(double years = 1) const
    {
        auto r = PlanRiskModel::evaluate(exposure(), years);
        if (!r)
            qFatal("risk: %s", qPrintable(r.error().message));
        return *r;
    }
};

// By value: callers pass temporaries.
DatasetRisk datasetRisk(const PlanRisk& risk, const QString& name)
{
    for (const DatasetRisk& d : risk.datasets)
        if (d.dataset == name)
            return d;
    qFatal("no dataset %s", qPrintable(name));
}

bool near(double a, double b, double relative) { return std::fabs(a - b) <= relative * std::max(std::fabs(a), std::fabs(b)); }

} // namespace

class TestPlanModel : public QObject {
    Q_OBJECT

private slots:
    // The chain over distinct devices is the birth–death chain when the devices are equal
    // (Greenan, Plank & Wylie 2010 §2; shared/notes/models.md example B: 3 replicas, AFR 2%,
    // 24 h, parallel repair, MTTDL 5.5521063e9 years).
    void subsetChainOfEqualDevicesIsTheBirthDeathChain()
    {
        const std::vector<Device> three(3, Device{0.02, 365});
        const auto mttdl = IndependentFailures::mttdl(three, 2);
        QVERIFY(mttdl);
        QVERIFY(near(mttdl.value(), 5.5521063e9, 1e-7));
        RedundancyGroup g{3, 2, 0.02, 365, RepairMode::Parallel};
        const auto p = IndependentFailures::lossProbability(three, 2, 10);
        const auto q = IndependentFailures::lossProbability(g, 10);
        QVERIFY(p && q);
        QVERIFY(near(p.value(), q.value(), 1e-9));
        // Distinct devices: two copies, λ1 ≠ λ2. Exact MTTDL of the 3-state chain, solved by hand:
        // T0 = (1 + λ1·T{1} + λ2·T{2}) / (λ1+λ2), T{1} = (1 + μ1·T0)/(μ1+λ2), T{2} = (1 + μ2·T0)/(μ2+λ1).
        const double l1 = 0.3, l2 = 0.05, m1 = 20, m2 = 50;
        const double a1 = 1 / (m1 + l2), b1 = m1 / (m1 + l2);
        const double a2 = 1 / (m2 + l1), b2 = m2 / (m2 + l1);
        const double t0 = (1 + l1 * a1 + l2 * a2) / (l1 + l2 - l1 * b1 - l2 * b2);
        const auto distinct = IndependentFailures::mttdl(std::vector<Device>{{l1, m1}, {l2, m2}}, 1);
        QVERIFY(distinct);
        QVERIFY(near(distinct.value(), t0, 1e-12));
        QVERIFY(!IndependentFailures::mttdl(std::vector<Device>(7, Device{0.1, 10}), 2));   // more than kMaxDistinctDevices
        QVERIFY(!IndependentFailures::mttdl(three, 3));
    }

    // Two copies in one rack that has outages at rate β: states 0 and "one down"; from 0 both
    // fail at 2λ (one) or β (both, loss); from "one down" repair μ, loss at λ + β. Solved by hand.
    void outageOfTheRackHoldingBothCopiesIsAJumpToLoss()
    {
        PlanBuilder b;
        b.domain(QStringLiteral("r1"), QStringLiteral("rack")).node(QStringLiteral("a"), QStringLiteral("r1")).node(QStringLiteral("b"), QStringLiteral("r1"));
        b.dataset(QStringLiteral("d"), {QStringLiteral("a"), QStringLiteral("b")}, bytesForHours(100));
        b.p.assumptions.domainOutagesPerYear.insert(QStringLiteral("rack"), 0.2);
        const double lambda = 0.1, beta = 0.2, mu = kHoursPerYear / 100;
        const double t1Const = 1 / (mu + lambda + beta), t1Slope = mu / (mu + lambda + beta);
        const double t0 = (1 + 2 * lambda * t1Const) / (2 * lambda + beta - 2 * lambda * t1Slope);
        const DatasetRisk r = datasetRisk(b.risk(), QStringLiteral("d"));
        QVERIFY2(near(r.liveLossPerYear, 1 / t0, 1e-9), qPrintable(QString::number(r.liveLossPerYear) + " vs " + QString::number(1 / t0)));
        QVERIFY(r.lossModel.contains(QStringLiteral("Markov")));
        // No backup: the data is lost whenever the live data is.
        QVERIFY(near(r.dataLossPerYear, r.liveLossPerYear, 1e-12));
        // Over a year, the transient solution: a little below 1 − e^{−Y/MTTDL}, since a loss
        // from two node failures first needs one of them (shared/notes/models.md §1).
        QVERIFY(r.lossModel.contains(QStringLiteral("transient")));
        QVERIFY(r.pLiveLoss < -std::expm1(-1 / t0));
        QVERIFY(r.pLiveLoss > -std::expm1(-1 / t0) * 0.97);
    }

    // A sharded dataset needs every shard: its live data goes at the first failure of any.
    void shardedDataIsLostAtTheFirstShardFailure()
    {
        PlanBuilder b;
        for (int i = 0; i < 4; ++i)
            b.node(QStringLiteral("n%1").arg(i), {});
        b.p.assumptions.nodeAfr.insert(QStringLiteral("storage"), 0.05);
        b.dataset(QStringLiteral("s"), {QStringLiteral("n0"), QStringLiteral("n1"), QStringLiteral("n2"), QStringLiteral("n3")}, bytesForHours(10),
                  plan::DatasetLayout::Sharded);
        const DatasetRisk r = datasetRisk(b.risk(2), QStringLiteral("s"));
        QVERIFY(near(r.liveLossPerYear, 0.2, 1e-12));
        QVERIFY(near(r.pLiveLoss, 1 - std::exp(-0.4), 1e-12));
    }

    // The point of tracking the repository's node: a backup in the rack of the data is lost
    // with it, one in another rack is not (shared/notes/models.md §6, "backups in other domains
    // change the answer").
    void aBackupInTheSameRackDoesNotProtectAgainstThatRack()
    {
        const auto build = [](const QString& backupRack) {
            PlanBuilder b;
            b.domain(QStringLiteral("r1"), QStringLiteral("rack")).domain(QStringLiteral("r2"), QStringLiteral("rack"));
            b.node(QStringLiteral("a"), QStringLiteral("r1")).node(QStringLiteral("bk"), backupRack);
            b.dataset(QStringLiteral("d"), {QStringLiteral("a")}, bytesForHours(10));
            b.backup(QStringLiteral("d"), QStringLiteral("bk"));
            b.p.assumptions.domainOutagesPerYear.insert(QStringLiteral("rack"), 0.1);
            return datasetRisk(b.risk(), QStringLiteral("d"));
        };
        const DatasetRisk same = build(QStringLiteral("r1"));
        const DatasetRisk other = build(QStringLiteral("r2"));
        // Every outage of r1 loses it, except while the data is already being restored
        // (a's repair, 10 h in 8760: the model counts a loss when the live data goes).
        QVERIFY2(same.dataLossPerYear >= 0.1 * (1 - 1e-3), qPrintable(QString::number(same.dataLossPerYear)));
        QVERIFY(other.dataLossPerYear < same.dataLossPerYear / 50);
        QVERIFY(same.causes.front().cause.contains(QStringLiteral("r1")));
        QVERIFY(near(same.liveLossPerYear, other.liveLossPerYear, 1e-12));
    }

    // Invariants: more copies, shorter repairs, more kept restore points and better backups
    // never make data loss more likely.
    void moreRedundancyNeverLowersDurability()
    {
        const auto lossWith = [](int copies, double repairHours, int kept, double badBackup) {
            PlanBuilder b;
            b.domain(QStringLiteral("r1"), QStringLiteral("rack")).domain(QStringLiteral("r2"), QStringLiteral("rack"));
            QStringList names;
            for (int i = 0; i < 5; ++i) {   // the same fleet every time: a burst takes 30% of it
                b.node(QStringLiteral("n%1").arg(i), i % 2 ? QStringLiteral("r2") : QStringLiteral("r1"));
                if (i < copies)
                    names << QStringLiteral("n%1").arg(i);
            }
            b.node(QStringLiteral("bk"), QStringLiteral("r2"));
            b.dataset(QStringLiteral("d"), names, bytesForHours(repairHours));
            b.backup(QStringLiteral("d"), QStringLiteral("bk"), QStringLiteral("0 * * * *"), kept);
            b.p.assumptions.domainOutagesPerYear.insert(QStringLiteral("rack"), 0.05);
            b.p.assumptions.backupFailureProbability = badBackup;
            b.p.assumptions.burstsPerYear = 1;
            b.p.assumptions.burstNodeFraction = 0.3;
            return datasetRisk(b.risk(), QStringLiteral("d")).dataLossPerYear;
        };
        for (int c = 1; c < 5; ++c)
            QVERIFY2(lossWith(c + 1, 48, 3, 0.1) <= lossWith(c, 48, 3, 0.1), qPrintable(QString::number(c)));
        for (double h : {12.0, 48.0, 200.0})
            QVERIFY(lossWith(2, h, 3, 0.1) <= lossWith(2, h * 2, 3, 0.1));
        for (int k : {1, 2, 5})
            QVERIFY(lossWith(2, 48, k + 1, 0.3) <= lossWith(2, 48, k, 0.3));
        QVERIFY(lossWith(2, 48, 3, 0.1) <= lossWith(2, 48, 3, 0.5));
    }

    // Retention in steady state: keep-last 12 every 2 h plus 3 dailies = 12 + 2 more points.
    void keptRestorePointsFollowTheRetentionRules()
    {
        plan::Retention r;
        r.keepLast = 12;
        r.keepDaily = 3;
        const std::vector<double> ages = keptRestorePointAges(r, 2);
        QCOMPARE(static_cast<int>(ages.size()), 14);
        QCOMPARE(ages.front(), 0.0);
        QCOMPARE(ages[11], 22.0);
        QCOMPARE(ages[12], 24.0);
        QCOMPARE(ages[13], 48.0);
        QCOMPARE(static_cast<int>(keptRestorePointAges(plan::Retention{}, 24).size()), 1);
        // Stored share: first copy + each gap's changed bytes, at most one copy per gap.
        QVERIFY(near(storedSizeFactor({0, 24, 48}, 0.1), 1.2, 1e-12));
        QVERIFY(near(storedSizeFactor({0, 24 * 30}, 0.1), 2.0, 1e-12));
    }

    // A repository holding one dataset that grows linearly: it fills when
    // size(t)·(1 + change)/(dedup·compression) reaches the capacity — solved for t here.
    void capacityFillsWhenTheProjectionCrossesIt()
    {
        PlanBuilder b;
        b.node(QStringLiteral("a"), {}).node(QStringLiteral("bk"), {});
        b.dataset(QStringLiteral("d"), {QStringLiteral("a")}, 100e12);
        b.p.datasets[0].growthBytesPerMonth = static_cast<std::int64_t>(10e12);
        b.p.datasets[0].changeFractionPerDay = 0.05;
        b.backup(QStringLiteral("d"), QStringLiteral("bk"), QStringLiteral("0 0 * * *"), 2);   // daily, two kept: factor 1.05
        b.p.repositories[0].capacityBytes = static_cast<std::int64_t>(200e12);
        b.p.assumptions.dedupRatio = 1.05;
        b.p.assumptions.compressionRatio = 1.0;
        const PlanRisk risk = b.risk();
        QCOMPARE(static_cast<int>(risk.repositories.size()), 1);
        const RepositoryCapacity& c = risk.repositories[0];
        // (100 + 10 m)·1.05/1.05 = 200 → m = 10 months of 730 h → 304.17 days.
        QVERIFY(c.fullAfterDays);
        QVERIFY2(std::fabs(*c.fullAfterDays - 10 * 730 / 24.0) <= 1.0, qPrintable(QString::number(*c.fullAfterDays)));
        QVERIFY(near(c.bytesByMonth[0], 100e12 / 1.05, 1e-9));          // before the second point exists
        QVERIFY(near(c.bytesByMonth[1], 110e12, 1e-9));
        b.p.repositories[0].capacityBytes = static_cast<std::int64_t>(50e12);
        QCOMPARE(*b.risk().repositories[0].fullAfterDays, 0.0);
        b.p.repositories[0].capacityBytes = static_cast<std::int64_t>(1e18);
        QVERIFY(!b.risk().repositories[0].fullAfterDays);
    }

    // RPO from the schedule and RTO from the restore bandwidth, checked against targets.
    void rpoAndRtoAgainstTargets()
    {
        PlanBuilder b;
        b.node(QStringLiteral("a"), {}).node(QStringLiteral("bk"), {});
        b.dataset(QStringLiteral("d"), {QStringLiteral("a")}, 7.2e12);   // 2 h to restore at 1 GB/s
        b.p.datasets[0].changeFractionPerDay = 0;                         // backups take no time
        b.p.datasets[0].rpo = std::chrono::hours(6);
        b.p.datasets[0].rto = std::chrono::hours(1);
        b.backup(QStringLiteral("d"), QStringLiteral("bk"), QStringLiteral("0 */4 * * *"), 6);
        const DatasetRisk r = datasetRisk(b.risk(), QStringLiteral("d"));
        QVERIFY(r.rpoExpectedHours && near(*r.rpoExpectedHours, 2.0, 1e-9));   // I/2 with q = 0
        QVERIFY(r.rpoWorstHours && near(*r.rpoWorstHours, 4.0, 1e-9));
        QVERIFY(r.rpoMet);
        QVERIFY(r.restoreHours && near(*r.restoreHours, 2.0, 1e-9));
        QVERIFY(!r.rtoMet);
        QCOMPARE(r.keptPoints, 6);
        b.p.datasets[0].rpo = std::chrono::hours(3);
        QVERIFY(!datasetRisk(b.risk(), QStringLiteral("d")).rpoMet);
    }

    // The simulator against the analytic figures (shared/notes/models.md §11: "Monte Carlo
    // estimates within ≈2–3 standard errors"): rates inflated so that 200,000 trials see
    // thousands of losses; exponential repairs, as the chain assumes; 99.9% intervals.
    void monteCarloAgreesWithTheAnalyticFigures_data()
    {
        QTest::addColumn<int>("shape");
        QTest::newRow("two copies, no backup") << 0;
        QTest::newRow("two copies in one rack, backup in another") << 1;
        QTest::newRow("sharded over 3 nodes, backup with bad points") << 2;
        QTest::newRow("three copies over two racks, bursts, backup in one of them") << 3;
        QTest::newRow("sharded over 8 nodes (sum of causes)") << 4;
        QTest::newRow("silent corruptions found by weekly verification of half the data") << 5;
        QTest::newRow("silent corruptions never verified") << 6;
    }
    void monteCarloAgreesWithTheAnalyticFigures()
    {
        QFETCH(int, shape);
        PlanBuilder b;
        b.domain(QStringLiteral("r1"), QStringLiteral("rack")).domain(QStringLiteral("r2"), QStringLiteral("rack"));
        for (int i = 0; i < 10; ++i)
            b.node(QStringLiteral("n%1").arg(i), i < 5 ? QStringLiteral("r1") : QStringLiteral("r2"));
        b.p.assumptions.defaultNodeAfr = 0.4;
        switch (shape) {
        case 0:
            b.dataset(QStringLiteral("d"), {QStringLiteral("n0"), QStringLiteral("n5")}, bytesForHours(500));
            break;
        case 1:
            b.dataset(QStringLiteral("d"), {QStringLiteral("n0"), QStringLiteral("n1")}, bytesForHours(300));
            b.backup(QStringLiteral("d"), QStringLiteral("n6"));
            b.p.assumptions.domainOutagesPerYear.insert(QStringLiteral("rack"), 0.3);
            b.p.assumptions.backupCommonCauseProbability = 0.05;
            break;
        case 2:
            b.dataset(QStringLiteral("d"), {QStringLiteral("n0"), QStringLiteral("n1"), QStringLiteral("n2")}, bytesForHours(100), plan::DatasetLayout::Sharded);
            b.backup(QStringLiteral("d"), QStringLiteral("n7"), QStringLiteral("0 */6 * * *"), 2);
            b.p.datasets[0].changeFractionPerDay = 0.2;   // bytes lost since the restore point count too
            b.p.assumptions.backupFailureProbability = 0.3;
            b.p.assumptions.domainOutagesPerYear.insert(QStringLiteral("rack"), 0.2);
            break;
        case 3:
            b.dataset(QStringLiteral("d"), {QStringLiteral("n0"), QStringLiteral("n1"), QStringLiteral("n5")}, bytesForHours(400));
            b.backup(QStringLiteral("d"), QStringLiteral("n6"));
            b.p.assumptions.domainOutagesPerYear.insert(QStringLiteral("rack"), 0.2);
            b.p.assumptions.burstsPerYear = 2;
            b.p.assumptions.burstNodeFraction = 0.3;
            break;
        case 5:
        case 6:
            b.dataset(QStringLiteral("d"), {QStringLiteral("n0"), QStringLiteral("n1")}, bytesForHours(300), plan::DatasetLayout::Sharded);
            b.backup(QStringLiteral("d"), QStringLiteral("n7"), QStringLiteral("0 0 * * *"), 14);
            b.p.assumptions.silentCorruptionsPerYear = 3;
            if (shape == 5) {
                b.p.policies[0].verification.cron = QStringLiteral("0 6 * * sun");
                b.p.policies[0].verification.readDataFraction = 0.5;
            }
            break;
        default:
            b.dataset(QStringLiteral("d"), {QStringLiteral("n0"), QStringLiteral("n1"), QStringLiteral("n2"), QStringLiteral("n3"), QStringLiteral("n4"),
                                            QStringLiteral("n5"), QStringLiteral("n6"), QStringLiteral("n7")},
                      bytesForHours(80), plan::DatasetLayout::Sharded);
            b.p.assumptions.domainOutagesPerYear.insert(QStringLiteral("rack"), 0.1);
            break;
        }
        const PlanExposure e = b.exposure();
        const double years = 1;
        const DatasetRisk analytic = datasetRisk(*PlanRiskModel::evaluate(e, years), QStringLiteral("d"));
        SimulationOptions o;
        o.years = years;
        o.trials = 200000;
        o.seed = 20261124;
        o.repair = RepairDistribution::Exponential;
        o.confidence = 0.999;
        const auto result = MonteCarlo::run(e, o);
        QVERIFY(result);
        const DatasetEstimate& mc = result->datasets.front();
        QVERIFY2(mc.liveLossTrials > 1000, qPrintable(QString::number(mc.liveLossTrials)));
        QVERIFY2(mc.pLiveLoss.contains(analytic.pLiveLoss),
                 qPrintable(QStringLiteral("live: MC %1 [%2, %3], analytic %4").arg(mc.pLiveLoss.value).arg(mc.pLiveLoss.low).arg(mc.pLiveLoss.high).arg(analytic.pLiveLoss)));
        QVERIFY2(mc.pDataLoss.contains(analytic.pDataLoss),
                 qPrintable(QStringLiteral("data: MC %1 [%2, %3], analytic %4").arg(mc.pDataLoss.value).arg(mc.pDataLoss.low).arg(mc.pDataLoss.high).arg(analytic.pDataLoss)));
        QVERIFY2(mc.expectedBytesLostPerYear.contains(analytic.expectedBytesLostPerYear),
                 qPrintable(QStringLiteral("bytes: MC %1 [%2, %3], analytic %4")
                                .arg(mc.expectedBytesLostPerYear.value)
                                .arg(mc.expectedBytesLostPerYear.low)
                                .arg(mc.expectedBytesLostPerYear.high)
                                .arg(analytic.expectedBytesLostPerYear)));
        if (shape == 4)
            QVERIFY(analytic.lossModel.contains(QStringLiteral("sum")));
        if (shape == 2) {
            // RPO: the age of the restore point the simulator restored from against W + I/2 + I·E[J].
            QVERIFY2(mc.restorePointAgeHours.contains(*analytic.rpoExpectedHours),
                     qPrintable(QStringLiteral("age: MC %1 [%2, %3], analytic %4")
                                    .arg(mc.restorePointAgeHours.value)
                                    .arg(mc.restorePointAgeHours.low)
                                    .arg(mc.restorePointAgeHours.high)
                                    .arg(*analytic.rpoExpectedHours)));
        }
    }

    // Verification shortens how long a silent corruption spoils the restore points: more
    // frequent or more thorough checks never make loss more likely (models.md §7).
    void verificationLowersTheCostOfSilentCorruption()
    {
        const auto lossWith = [](const QString& verifyCron, double readData) {
            PlanBuilder b;
            b.node(QStringLiteral("a"), {}).node(QStringLiteral("bk"), {});
            b.dataset(QStringLiteral("d"), {QStringLiteral("a")}, bytesForHours(10));
            b.backup(QStringLiteral("d"), QStringLiteral("bk"), QStringLiteral("0 0 * * *"), 30);
            b.p.policies[0].verification.cron = verifyCron;
            b.p.policies[0].verification.readDataFraction = readData;
            b.p.assumptions.silentCorruptionsPerYear = 1;
            const DatasetRisk r = datasetRisk(b.risk(), QStringLiteral("d"));
            return std::make_pair(r.dataLossPerYear, r.backupsReachedByCorruption.value_or(-1));
        };
        const auto never = lossWith({}, 0);
        const auto monthly = lossWith(QStringLiteral("0 6 1 * *"), 0.1);
        const auto weekly = lossWith(QStringLiteral("0 6 * * sun"), 0.1);
        const auto weeklyFull = lossWith(QStringLiteral("0 6 * * sun"), 1.0);
        QVERIFY(weekly.first < monthly.first);
        QVERIFY(weeklyFull.first < weekly.first);
        QVERIFY(monthly.first <= never.first);
        // Weekly, every byte read: found 3.5 days later on average → 1 + 3.5 daily backups reached.
        QVERIFY2(near(weeklyFull.second, 1 + 3.5, 1e-3), qPrintable(QString::number(weeklyFull.second)));
        QCOMPARE(never.second, -1.0);   // never verified: no detection figures
    }

    // Same seed, same answer, on one thread or four; another seed, another sample.
    void simulationIsReproducibleAcrossThreadCounts()
    {
        PlanBuilder b;
        for (int i = 0; i < 6; ++i)
            b.node(QStringLiteral("n%1").arg(i), {});
        b.p.assumptions.defaultNodeAfr = 0.5;
        b.dataset(QStringLiteral("d"), {QStringLiteral("n0"), QStringLiteral("n1")}, bytesForHours(200));
        b.backup(QStringLiteral("d"), QStringLiteral("n2"));
        const PlanExposure e = b.exposure();
        SimulationOptions o;
        o.years = 2;
        o.trials = 3 * MonteCarlo::kTrialsPerBlock + 17;
        o.seed = 99;
        o.threads = 1;
        const auto one = MonteCarlo::run(e, o);
        o.threads = 4;
        const auto four = MonteCarlo::run(e, o);
        QVERIFY(one && four);
        QCOMPARE(four->threads, 4);
        QCOMPARE(one->datasets[0].liveLossTrials, four->datasets[0].liveLossTrials);
        QCOMPARE(one->datasets[0].expectedBytesLostPerYear.value, four->datasets[0].expectedBytesLostPerYear.value);
        QCOMPARE(one->datasets[0].restorePointAgeHours.value, four->datasets[0].restorePointAgeHours.value);
        o.seed = 100;
        const auto other = MonteCarlo::run(e, o);
        QVERIFY(other->datasets[0].expectedBytesLostPerYear.value != one->datasets[0].expectedBytesLostPerYear.value);
        o.years = 0;
        QVERIFY(!MonteCarlo::run(e, o));
    }

    // Wilson's interval (Wilson 1927): 0 of n still gives an upper bound; 95% z = 1.959964.
    void wilsonIntervalBehavesAtTheEdges()
    {
        QVERIFY(std::fabs(MonteCarlo::normalQuantile(0.95) - 1.959964) < 1e-6);
        const Estimate none = MonteCarlo::wilson(0, 1000, 0.95);
        QCOMPARE(none.value, 0.0);
        QVERIFY(none.low < 1e-12 && none.high > 0.003 && none.high < 0.004);   // z²/(n+z²) = 0.00383
        const Estimate half = MonteCarlo::wilson(500, 1000, 0.95);
        QVERIFY(half.low < 0.5 && half.high > 0.5 && near(0.5 - half.low, half.high - 0.5, 1e-9));
    }

    void whatIfEditsTheDocument()
    {
        QJsonObject root{{QStringLiteral("assumptions"), QJsonObject{{QStringLiteral("dedupRatio"), 1.0}}},
                         {QStringLiteral("datasets"), QJsonArray{QJsonObject{{QStringLiteral("name"), QStringLiteral("a")}, {QStringLiteral("size"), QStringLiteral("1 TB")}},
                                                                 QJsonObject{{QStringLiteral("name"), QStringLiteral("b")}, {QStringLiteral("size"), QStringLiteral("2 TB")}}}}};
        QVERIFY(WhatIf::apply(root, QStringLiteral("assumptions.dedupRatio=2.5")));
        QCOMPARE(root.value("assumptions").toObject().value("dedupRatio").toDouble(), 2.5);
        QVERIFY(WhatIf::apply(root, QStringLiteral("$.datasets[b].size=40 TB")));
        QCOMPARE(root.value("datasets").toArray().at(1).toObject().value("size").toString(), QStringLiteral("40 TB"));
        QVERIFY(WhatIf::apply(root, QStringLiteral("datasets[0].tags=[\"x\",\"y\"]")));
        QCOMPARE(root.value("datasets").toArray().at(0).toObject().value("tags").toArray().size(), 2);
        const auto missing = WhatIf::apply(root, QStringLiteral("datasets[zzz].size=1"));
        QVERIFY(!missing);
        QVERIFY(missing.error().message.contains(QStringLiteral("zzz")));
        const auto outOfRange = WhatIf::apply(root, QStringLiteral("datasets[7].size=1"));
        QVERIFY(!outOfRange);
        QVERIFY(outOfRange.error().message.contains(QStringLiteral("$.datasets[7]")));
        QVERIFY(!WhatIf::apply(root, QStringLiteral("no-equals-sign")));
        QVERIFY(!WhatIf::apply(root, QStringLiteral("assumptions.nothere.deeper=1")));
        QVERIFY(!WhatIf::apply(root, QStringLiteral("datasets[=1")));
    }
};

QTEST_GUILESS_MAIN(TestPlanModel)
#include "TestPlanModel.moc"
