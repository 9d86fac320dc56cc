// SPDX-License-Identifier: GPL-3.0-or-later
// The reliability models against published figures and exact closed forms (sources in
// shared/notes/models.md, cited per case), and invariants any correct model keeps.
#include "core/model/IndependentFailures.h"
#include "core/model/RecoveryModels.h"
#include "core/model/SimultaneousFailures.h"

#include <QTest>

#include <cmath>

using namespace lifeboat;
using namespace lifeboat::model;

namespace {

bool near(double actual, double expected, double relative) { return std::fabs(actual - expected) <= relative * std::fabs(expected); }

#define QVERIFY_NEAR(actual, expected, relative)                                                                                       \
    QVERIFY2(near((actual), (expected), (relative)),                                                                                   \
             qPrintable(QStringLiteral("%1 is %2, expected %3 (relative %4)").arg(#actual).arg((actual), 0, 'g', 12).arg((expected), 0, 'g', 12).arg(relative)))

RedundancyGroup group(int devices, int tolerated, double lambda, double mu, RepairMode repair = RepairMode::Parallel)
{
    return RedundancyGroup{devices, tolerated, lambda, mu, repair};
}

} // namespace

class TestModels : public QObject {
    Q_OBJECT

private slots:
    // Worked example A (Greenan, Plank & Wylie, HotStorage 2010 §2): RAID-5 of 8 disks,
    // MTTF 10^6 h, MTTR 24 h. Exact: ((2n−1)λ + μ) / (n(n−1)λ²) = 7.4431548e8 h; the
    // classic MTTF²/(n(n−1)MTTR) gives 7.4405e8 h.
    void raid5MatchesTheExactFormula()
    {
        const double lambda = 1e-6;
        const double mu = 1.0 / 24;
        const double exact = ((2 * 8 - 1) * lambda + mu) / (8 * 7 * lambda * lambda);
        for (RepairMode repair : {RepairMode::Parallel, RepairMode::OneAtATime}) {   // the same for m = 1
            auto mttdl = IndependentFailures::mttdl(group(8, 1, lambda, mu, repair));
            QVERIFY(mttdl);
            QVERIFY_NEAR(mttdl.value(), exact, 1e-9);
            QVERIFY_NEAR(mttdl.value(), 7.4431548e8, 1e-8);
        }
        QVERIFY(!near(IndependentFailures::mttdl(group(8, 1, lambda, mu)).value(), 7.4405e8, 1e-4));   // not the approximation
        // P(loss in one 8766-hour year): models.md gives 1.1777e-5 = 1 − e^{−t/MTTDL}. The
        // exact transient is a little lower — starting with no failed disk, a loss first
        // needs a failure and then a second one during its ~24 h repair — by about
        // MTTR/t = 0.27% here.
        auto year = IndependentFailures::lossProbability(group(8, 1, lambda, mu), 8766);
        QVERIFY(year);
        QVERIFY(year.value() < 1.1777e-5);
        QVERIFY_NEAR(year.value(), 1.1777e-5, 1.2 * 24 / 8766);
    }

    // Worked example B: 3 replicas, λ = 0.02/yr, MTTR 24 h (μ = 365/yr): parallel
    // 5.5521063e9 yr = μ²/(3λ³) + 7μ/(6λ²) + 11/(6λ); one at a time 2.7761293e9 yr =
    // μ²/(6λ³) + 2μ/(3λ²) + 11/(6λ).
    void threeReplicasMatchTheClosedForms()
    {
        const double l = 0.02;
        const double m = 365;
        auto parallel = IndependentFailures::mttdl(group(3, 2, l, m));
        auto serial = IndependentFailures::mttdl(group(3, 2, l, m, RepairMode::OneAtATime));
        QVERIFY_NEAR(parallel.value(), m * m / (3 * l * l * l) + 7 * m / (6 * l * l) + 11 / (6 * l), 1e-12);
        QVERIFY_NEAR(serial.value(), m * m / (6 * l * l * l) + 2 * m / (3 * l * l) + 11 / (6 * l), 1e-12);
        // The published figures have 8 significant digits.
        QVERIFY_NEAR(parallel.value(), 5.5521063e9, 2e-8);
        QVERIFY_NEAR(serial.value(), 2.7761293e9, 2e-8);
        // The CLI's year: 24 hours of repair is μ = 8760/24 = 365 per year.
        QCOMPARE(kHoursPerYear / 24, 365.0);
    }

    // The generic linear solve agrees with the birth–death sum on every shape.
    void theLinearSolveAgreesWithTheBirthDeathSum()
    {
        for (const auto& g : {group(3, 2, 0.02, 365), group(20, 3, 0.00405, 365 / 6.5), group(14, 4, 0.05, 100, RepairMode::OneAtATime), group(2, 1, 1, 1),
                              group(8, 1, 1e-6, 1.0 / 24)}) {
            const double sum = IndependentFailures::mttdl(g).value();
            const double solved = IndependentFailures::mttdlBySolve(g).value();
            QVERIFY_NEAR(solved, sum, 1e-9);
        }
    }

    // When MTTDL ≫ repair time, absorption is nearly exponential: P(t) ≈ 1 − e^{−t/MTTDL},
    // lower by the start-up lag of at most m repair times (a loss needs m+1 failures first).
    void lossProbabilityIsNearlyExponentialForLongMttdl()
    {
        for (RepairMode repair : {RepairMode::Parallel, RepairMode::OneAtATime}) {
            const RedundancyGroup g = group(3, 2, 0.02, 365, repair);
            const double mttdl = IndependentFailures::mttdl(g).value();
            for (double years : {1.0, 5.0, 10.0}) {
                const double p = IndependentFailures::lossProbability(g, years).value();
                const double exponential = -std::expm1(-years / mttdl);
                QVERIFY(p < exponential);
                QVERIFY_NEAR(p, exponential, 2.0 / 365 / years);
            }
        }
        QCOMPARE(IndependentFailures::lossProbability(group(3, 2, 0.02, 365), 0).value(), 0.0);
    }

    // More replicas never lower durability; a shorter repair never lowers it; a higher
    // failure rate never raises it.
    void invariants()
    {
        for (RepairMode repair : {RepairMode::Parallel, RepairMode::OneAtATime}) {
            double previous = 0;
            for (int copies = 1; copies <= 6; ++copies) {
                const double mttdl = IndependentFailures::mttdl(group(copies, copies - 1, 0.02, 365, repair)).value();
                QVERIFY(mttdl > previous);
                previous = mttdl;
            }
            double last = 0;
            for (double hours : {720.0, 168.0, 24.0, 6.0, 1.0}) {
                const double mttdl = IndependentFailures::mttdl(group(3, 2, 0.02, kHoursPerYear / hours, repair)).value();
                QVERIFY(mttdl > last);
                last = mttdl;
            }
            QVERIFY(IndependentFailures::lossProbability(group(3, 2, 0.04, 365, repair), 1).value()
                    > IndependentFailures::lossProbability(group(3, 2, 0.02, 365, repair), 1).value());
        }
    }

    void badGroupsAreErrorsNotNaN()
    {
        QVERIFY(!IndependentFailures::mttdl(group(3, 3, 0.02, 365)));
        QVERIFY(!IndependentFailures::mttdl(group(3, 2, 0, 365)));
        QVERIFY(!IndependentFailures::mttdl(group(3, 2, 0.02, std::nan(""))));
        QVERIFY(!IndependentFailures::lossProbability(group(3, 2, 0.02, 365), -1));
    }

    // Worked example C (Cidon et al., ATC 2013, abstract: "0.15%"): 5000 nodes, R = 3,
    // 1% fail at once, minimal copysets ⌊5000/3⌋ = 1666 → 0.15671%; exact 0.15673%.
    void copysetsMinimalPlacement()
    {
        const SimultaneousFailure event{5000, 3, 50};
        QVERIFY_NEAR(SimultaneousFailures::lossProbability(event, 1666).value(), 0.0015671, 1e-3);
        QVERIFY_NEAR(SimultaneousFailures::lossProbabilityDisjointExact(event, 1666).value(), 0.0015673, 1e-3);
        QCOMPARE(SimultaneousFailures::copysetReplicationCount(5000, 3, 2).value(), std::int64_t(1666));
    }

    // Worked example D: Copyset Replication with scatter width 10 → 5 × 1666 = 8330
    // copysets (the paper: "about 8,300") → 0.781% (the paper: 0.78%).
    void copysetReplicationWithScatterWidthTen()
    {
        QCOMPARE(SimultaneousFailures::copysetReplicationCount(5000, 3, 10).value(), std::int64_t(8330));
        const double p = SimultaneousFailures::lossProbability({5000, 3, 50}, 8330).value();
        QVERIFY2(std::fabs(p - 0.007811) <= 5e-5, qPrintable(QString::number(p, 'g', 8)));
    }

    // Random placement of many chunks: nearly every R-set is a copyset, so loss is nearly
    // certain (the paper's Figure 1 shape); and more failed nodes never lower the risk.
    void randomPlacementAndMonotonicity()
    {
        const double p = SimultaneousFailures::lossProbabilityRandomPlacement({5000, 3, 50}, 1e9).value();
        QVERIFY(p > 0.99);
        double previous = 0;
        for (int failed : {3, 10, 25, 50, 100}) {
            const double q = SimultaneousFailures::lossProbability({5000, 3, failed}, 8330).value();
            QVERIFY(q >= previous);
            previous = q;
        }
        QCOMPARE(SimultaneousFailures::lossProbability({5000, 3, 2}, 8330).value(), 0.0);
    }

    // A 1+2 "code" is 3-way replication: the stripe tail equals C(F,3)/C(N,3).
    void aStripeOfOnePlusTwoIsThreeReplicas()
    {
        const double stripe = SimultaneousFailures::stripeFailureProbability(5000, 1, 2, 50).value();
        const double copyset = SimultaneousFailures::copysetFailureProbability({5000, 3, 50}).value();
        QVERIFY_NEAR(stripe, copyset, 1e-9);
        // More parity never raises the per-stripe risk.
        QVERIFY(SimultaneousFailures::stripeFailureProbability(1000, 10, 4, 50).value() < SimultaneousFailures::stripeFailureProbability(1000, 10, 3, 50).value());
    }

    // Worked example E (Backblaze calculator README, commit 37f758d): 17+3, shard AFR
    // 0.405%, 6.5-day replacement → annual loss 7.354e-12.
    void backblazeFixedWindow()
    {
        auto result = RecoveryModels::fixedWindow(17, 3, 0.00405, 6.5);
        QVERIFY(result);
        QVERIFY_NEAR(result->annualLoss, 7.354e-12, 5e-4);
        QVERIFY_NEAR(1 - result->durability, 7.354e-12, 1e-3);
        // The continuous-time chain with the same mean repair counts failures that straddle a
        // window boundary too: about m + 1 = 4 times the fixed-window figure (models.md §5).
        const RedundancyGroup g = group(20, 3, 0.00405, 365 / 6.5);
        const double ctmc = IndependentFailures::lossProbability(g, 1).value();
        const double ratio = ctmc / result->annualLoss;
        QVERIFY2(ratio > 3.5 && ratio < 4.5, qPrintable(QString::number(ratio)));
    }

    void backupsRpoRtoAndDetection()
    {
        // P(no usable backup) = p_cm + (1 − p_cm) q^K.
        QVERIFY_NEAR(RecoveryModels::noUsableBackup(0.1, 3, 0).value(), 1e-3, 1e-12);
        QVERIFY_NEAR(RecoveryModels::noUsableBackup(0.1, 3, 0.01).value(), 0.01 + 0.99e-3, 1e-12);
        // Backups every 24 h usable 2 h after their start: E = 2 + 12, worst 26.
        auto rpo = RecoveryModels::rpo(24, 2);
        QCOMPARE(rpo->expectedHours, 14.0);
        QCOMPARE(rpo->worstHours, 26.0);
        // With q = 0.1, K = 3: E[J] = (1·0.09 + 2·0.009) / (0.9 + 0.09 + 0.009).
        auto risky = RecoveryModels::rpo(24, 2, 0.1, 3);
        QVERIFY_NEAR(risky->expectedHours, 14 + 24 * (0.09 + 0.018) / 0.999, 1e-12);
        QCOMPARE(risky->worstHours, 74.0);
        // 10 TB over 10 Gbit/s: 8000 s.
        QVERIFY_NEAR(RecoveryModels::rtoHours(1e13, 10).value(), 8000.0 / 3600, 1e-12);
        QVERIFY_NEAR(RecoveryModels::rtoHours(1e13, 10, 0.5).value(), 16000.0 / 3600, 1e-12);
        QVERIFY_NEAR(RecoveryModels::rtoHours(1e13, 10, 1, 4, 1).value(), 20000.0 / 3600, 1e-12);   // 4 streams of 1 Gbit/s
        // Checks every 60 min finding a fault half the time: E = 60·(2 − 0.5) = 90 min;
        // within one interval exactly 1 − (1 − d) = 0.5; within 1.5 intervals 1 − 0.5·(1 − 0.25).
        QCOMPARE(RecoveryModels::meanDetectionDelay(60, 0.5).value(), 90.0);
        QVERIFY_NEAR(RecoveryModels::detectedWithin(60, 0.5, 60).value(), 0.5, 1e-12);
        QVERIFY_NEAR(RecoveryModels::detectedWithin(60, 0.5, 90).value(), 0.625, 1e-12);
        QVERIFY(!RecoveryModels::detectedWithin(60, 0, 60));
        QVERIFY(!RecoveryModels::rpo(0, 1));
        QVERIFY(!RecoveryModels::rtoHours(1e12, 10, 1.5));
    }
};

QTEST_GUILESS_MAIN(TestModels)
#include "TestModels.moc"
