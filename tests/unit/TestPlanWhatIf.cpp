// SPDX-License-Identifier: GPL-3.0-or-later
// The console's what-if controls (PlanWhatIf) on the demo plan: each control moves the
// figures in the direction it must, by exact amounts where the model makes them exact,
// nothing moves when nothing is asked, and impossible values are refused by name. And the
// copies curve against the single-device case worked by hand.
#include "core/model/IndependentFailures.h"
#include "core/model/PlanRisk.h"
#include "core/model/PlanWhatIf.h"
#include "PlanFixtures.h"

#include <QTest>

#include <cmath>
#include <functional>

using namespace lifeboat;
using namespace lifeboat::model;

namespace {

PlanRisk riskOf(plan::Plan plan, const PlanWhatIf& whatIf)
{
    whatIf.apply(plan);
    auto exposure = PlanExposure::fromPlan(plan);
    if (!exposure)
        qFatal("exposure: %s", qPrintable(exposure.error().message));
    auto risk = PlanRiskModel::evaluate(*exposure);
    if (!risk)
        qFatal("risk: %s", qPrintable(risk.error().message));
    return *risk;
}

} // namespace

class TestPlanWhatIf : public QObject {
    Q_OBJECT

    plan::Plan m_demo = test::demoPlan();
    PlanRisk m_base = riskOf(m_demo, PlanWhatIf{});

private slots:
    void nothingAskedChangesNothing()
    {
        plan::Plan copy = m_demo;
        PlanWhatIf none;
        QVERIFY(none.isNeutral());
        QVERIFY(none.describe().isEmpty());
        none.apply(copy);
        QVERIFY(copy == m_demo);
    }

    // Failure rates × 2: every dataset's loss goes up (none is immune to node failures).
    void higherFailureRatesRaiseEveryLoss()
    {
        PlanWhatIf w;
        w.afrFactor = 2;
        plan::Plan p = m_demo;
        w.apply(p);
        QCOMPARE(p.assumptions.defaultNodeAfr, 2 * m_demo.assumptions.defaultNodeAfr);
        for (auto it = m_demo.assumptions.nodeAfr.cbegin(); it != m_demo.assumptions.nodeAfr.cend(); ++it)
            QCOMPARE(p.assumptions.nodeAfr.value(it.key()), 2 * it.value());
        const PlanRisk worse = riskOf(m_demo, w);
        for (std::size_t i = 0; i < m_base.datasets.size(); ++i) {
            QCOMPARE(worse.datasets[i].dataset, m_base.datasets[i].dataset);
            QVERIFY2(worse.datasets[i].pLiveLoss > m_base.datasets[i].pLiveLoss, qPrintable(m_base.datasets[i].dataset));
            QVERIFY2(worse.datasets[i].pDataLoss >= m_base.datasets[i].pDataLoss, qPrintable(m_base.datasets[i].dataset));
        }
        QVERIFY(w.describe().join(QLatin1Char(' ')).contains(QStringLiteral("× 2")));
    }

    // Ten times the repair bandwidth: repairs are shorter, so no dataset's live loss goes up
    // and the ones lost to failures during a repair go down.
    void fasterRepairNeverRaisesLoss()
    {
        PlanWhatIf w;
        w.repairBytesPerSecond = 10 * m_demo.assumptions.repairBytesPerSecond;
        const PlanRisk better = riskOf(m_demo, w);
        int lower = 0;
        for (std::size_t i = 0; i < m_base.datasets.size(); ++i) {
            QVERIFY2(better.datasets[i].pLiveLoss <= m_base.datasets[i].pLiveLoss * (1 + 1e-12), qPrintable(m_base.datasets[i].dataset));
            lower += better.datasets[i].pLiveLoss < m_base.datasets[i].pLiveLoss * 0.999 ? 1 : 0;
        }
        QVERIFY(lower > 0);
    }

    // No rack outages: datasets whose largest cause was a rack outage lose much less.
    void rackOutagesAreWhatTheyAre()
    {
        PlanWhatIf none;
        none.outagesPerYear.insert(QStringLiteral("rack"), 0);
        PlanWhatIf many;
        many.outagesPerYear.insert(QStringLiteral("rack"), 2);
        const PlanRisk calm = riskOf(m_demo, none);
        const PlanRisk storm = riskOf(m_demo, many);
        int rackBound = 0;
        for (std::size_t i = 0; i < m_base.datasets.size(); ++i) {
            QVERIFY(calm.datasets[i].pDataLoss <= m_base.datasets[i].pDataLoss * (1 + 1e-12));
            QVERIFY(storm.datasets[i].pDataLoss >= m_base.datasets[i].pDataLoss * (1 - 1e-12));
            if (!m_base.datasets[i].causes.empty() && m_base.datasets[i].causes.front().cause.contains(QStringLiteral("rack"))) {
                ++rackBound;
                QVERIFY2(calm.datasets[i].pDataLoss < 0.5 * m_base.datasets[i].pDataLoss, qPrintable(m_base.datasets[i].dataset));
            }
        }
        QVERIFY(rackBound > 0);   // the demo's ckpt-llama70b shares a rack with its backup
    }

    // Hourly backups: no dataset's worst restore-point age gets longer, and the daily ones
    // get shorter; weekly ones: longer.
    void backupIntervalMovesTheRpo()
    {
        PlanWhatIf hourly;
        hourly.backupIntervalHours = 1;
        PlanWhatIf weekly;
        weekly.backupIntervalHours = 168;
        const PlanRisk often = riskOf(m_demo, hourly);
        const PlanRisk rarely = riskOf(m_demo, weekly);
        for (std::size_t i = 0; i < m_base.datasets.size(); ++i) {
            const auto& b = m_base.datasets[i];
            if (!b.rpoWorstHours)
                continue;
            QVERIFY(*often.datasets[i].rpoWorstHours <= *b.rpoWorstHours + 1e-9);
            QVERIFY(*rarely.datasets[i].rpoWorstHours >= *b.rpoWorstHours - 1e-9);
            QVERIFY(*rarely.datasets[i].rpoWorstHours >= 168);
        }
        PlanWhatIf fiveHourly;
        fiveHourly.backupIntervalHours = 5;   // not writable as an even cron step
        QVERIFY(!fiveHourly.validate());
    }

    // Keeping more daily points and growing faster fill repositories sooner; dedup and
    // compression divide every repository's bytes exactly.
    void retentionGrowthAndRatiosMoveCapacity()
    {
        PlanWhatIf keep;
        keep.keepDaily = 90;
        PlanWhatIf grow;
        grow.growthFactor = 3;
        PlanWhatIf squeeze;
        squeeze.dedupRatio = 2 * m_demo.assumptions.dedupRatio;
        squeeze.compressionRatio = 1.5 * m_demo.assumptions.compressionRatio;
        const PlanRisk kept = riskOf(m_demo, keep);
        const PlanRisk grown = riskOf(m_demo, grow);
        const PlanRisk squeezed = riskOf(m_demo, squeeze);
        for (std::size_t i = 0; i < m_base.repositories.size(); ++i) {
            const auto& base = m_base.repositories[i].bytesByMonth;
            QVERIFY(kept.repositories[i].bytesByMonth[24] >= base[24]);
            QVERIFY(grown.repositories[i].bytesByMonth[24] >= base[24]);
            for (int month : {0, 12, 24})
                QVERIFY(std::fabs(squeezed.repositories[i].bytesByMonth[static_cast<std::size_t>(month)] * 3.0 - base[static_cast<std::size_t>(month)])
                        <= 1e-9 * base[static_cast<std::size_t>(month)]);
        }
        QVERIFY(kept.repositories[0].bytesByMonth[24] > m_base.repositories[0].bytesByMonth[24]);
        QVERIFY(grown.repositories[0].bytesByMonth[24] > m_base.repositories[0].bytesByMonth[24]);
    }

    void impossibleValuesAreRefusedByName()
    {
        QVERIFY(PlanWhatIf{}.validate());
        const auto with = [](const std::function<void(PlanWhatIf&)>& set) {
            PlanWhatIf w;
            set(w);
            return w;
        };
        const std::pair<PlanWhatIf, const char*> cases[] = {
            {with([](PlanWhatIf& w) { w.afrFactor = -1; }), "failure-rate"},
            {with([](PlanWhatIf& w) { w.afrFactor = std::nan(""); }), "failure-rate"},
            {with([](PlanWhatIf& w) { w.repairBytesPerSecond = 0.0; }), "repair bandwidth"},
            {with([](PlanWhatIf& w) { w.restoreBytesPerSecond = -5.0; }), "restore bandwidth"},
            {with([](PlanWhatIf& w) { w.keepDaily = -2; }), "daily"},
            {with([](PlanWhatIf& w) { w.growthFactor = -0.5; }), "growth"},
            {with([](PlanWhatIf& w) { w.dedupRatio = 0.5; }), "dedup"},
        };
        for (const auto& [w, names] : cases) {
            const Status s = w.validate();
            QVERIFY(!s);
            QVERIFY2(s.error().message.contains(QLatin1String(names)), qPrintable(s.error().message));
        }
        PlanWhatIf outage;
        outage.outagesPerYear.insert(QStringLiteral("rack"), -1);
        QVERIFY(!outage.validate());
    }

    // One copy of data on a device failing at rate λ: lost within a year with probability
    // 1 − e^{−λ}, whatever the repair (nothing is left to repair from). More copies, less loss.
    void copiesCurveStartsAtTheSingleDevice()
    {
        auto exposure = PlanExposure::fromPlan(m_demo);
        QVERIFY(exposure);
        for (int d = 0; d < static_cast<int>(exposure->datasets.size()); ++d) {
            auto curve = CopiesCurve::of(*exposure, d);
            QVERIFY(curve);
            QCOMPARE(curve->size(), std::size_t(5));
            double lambda = 0;
            for (int n : exposure->datasets[static_cast<std::size_t>(d)].liveNodes)
                lambda += exposure->nodes[static_cast<std::size_t>(n)].failuresPerYear;
            lambda /= static_cast<double>(exposure->datasets[static_cast<std::size_t>(d)].liveNodes.size());
            QVERIFY(std::fabs(curve->front().lossPerYear - (-std::expm1(-lambda))) <= 1e-9 * curve->front().lossPerYear);
            for (std::size_t c = 1; c < curve->size(); ++c)
                QVERIFY((*curve)[c].lossPerYear < (*curve)[c - 1].lossPerYear);
        }
        QVERIFY(!CopiesCurve::of(*exposure, 99));
    }
};

QTEST_GUILESS_MAIN(TestPlanWhatIf)
#include "TestPlanWhatIf.moc"
