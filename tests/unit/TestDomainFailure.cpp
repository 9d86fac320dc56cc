// SPDX-License-Identifier: GPL-3.0-or-later
// "Fail this domain" on the demo plan. The expected lists are read off the plan file by
// hand (which node sits in which rack, which repository each policy writes to), not taken
// from the code's output.
#include "core/model/DomainFailure.h"
#include "PlanFixtures.h"

#include <QTest>

using namespace lifeboat;
using namespace lifeboat::model;

namespace {

QStringList names(const DomainFailureImpact& impact, bool onlyRestores = false)
{
    QStringList out;
    for (const DatasetImpact& d : impact.datasets)
        if (!onlyRestores || d.needsRestore)
            out << d.dataset;
    return out;
}

const DatasetImpact& find(const DomainFailureImpact& impact, const QString& dataset)
{
    for (const DatasetImpact& d : impact.datasets)
        if (d.dataset == dataset)
            return d;
    qFatal("%s not affected", qPrintable(dataset));
}

} // namespace

class TestDomainFailure : public QObject {
    Q_OBJECT

    plan::Plan m_demo = test::demoPlan();

private slots:
    // Rack dc1/r2 holds all four Llama-70B shards and gpu-12, the node of its only backup
    // (ckpt-scratch-r2): that dataset is lost for good, and nothing else is touched.
    void losingRackR2LosesTheLlama70bCheckpointsForGood()
    {
        auto impact = DomainFailure::analyze(m_demo, QStringLiteral("dc1/r2"));
        QVERIFY2(impact, qPrintable(impact ? QString() : impact.error().message));
        QCOMPARE(names(*impact), QStringList{QStringLiteral("ckpt-llama70b")});
        QCOMPARE(impact->unrecoverable, QStringList{QStringLiteral("ckpt-llama70b")});
        const DatasetImpact& ckpt = find(*impact, QStringLiteral("ckpt-llama70b"));
        QCOMPARE(ckpt.copies, 4);
        QCOMPARE(ckpt.copiesLost, 4);
        QVERIFY(ckpt.needsRestore);
        QVERIFY(ckpt.restoreFrom.isEmpty());
        QCOMPARE(ckpt.backupsLost, QStringList{QStringLiteral("ckpt-scratch-r2")});
        QVERIFY(impact->nodesLost.contains(QStringLiteral("gpu-12")));
        QVERIFY(!impact->nodesLost.contains(QStringLiteral("gpu-17")));
    }

    // Rack dc1/r4: stor-05 … stor-08, ctl-01 and bkp-dc1-01 (repository repo-dc1). Every
    // dataset with a copy there or a policy writing to repo-dc1 is listed, and exactly those.
    void losingRackR4ListsExactlyTheDatasetsThatLoseCopiesOrBackups()
    {
        auto impact = DomainFailure::analyze(m_demo, QStringLiteral("dc1/r4"));
        QVERIFY(impact);
        QStringList affected = names(*impact);
        affected.sort();
        QCOMPARE(affected, (QStringList{QStringLiteral("ckpt-llama8b"), QStringLiteral("configs-code"), QStringLiteral("eval-suites"),
                                        QStringLiteral("rlhf-preferences"), QStringLiteral("tokens-mix-2026q4"), QStringLiteral("training-logs"),
                                        QStringLiteral("vector-index")}));
        // To restore: the single-copy datasets there and the sharded one that lost stor-05,
        // in tier order (critical, high, medium), each from the repository that survives.
        QCOMPARE(names(*impact, true), (QStringList{QStringLiteral("configs-code"), QStringLiteral("tokens-mix-2026q4"), QStringLiteral("vector-index")}));
        QVERIFY(impact->unrecoverable.isEmpty());
        for (const QString& d : {QStringLiteral("configs-code"), QStringLiteral("tokens-mix-2026q4"), QStringLiteral("vector-index")})
            QCOMPARE(find(*impact, d).restoreFrom, QStringLiteral("repo-dc2"));
        const DatasetImpact& configs = find(*impact, QStringLiteral("configs-code"));
        const DatasetImpact& tokens = find(*impact, QStringLiteral("tokens-mix-2026q4"));
        QCOMPARE(configs.startsAfterHours, 0.0);
        QCOMPARE(tokens.startsAfterHours, configs.finishesAfterHours);   // one after the other
        QCOMPARE(find(*impact, QStringLiteral("tokens-mix-2026q4")).copiesLost, 1);
        // Still live, with fewer copies and no repo-dc1: no more likely to survive than before.
        const DatasetImpact& eval = find(*impact, QStringLiteral("eval-suites"));
        QVERIFY(!eval.needsRestore);
        QCOMPARE(eval.copiesLost, 1);
        QCOMPARE(eval.backupsLost, QStringList{QStringLiteral("repo-dc1")});
        QVERIFY(eval.lossPerYearWhileDown && eval.lossPerYearBefore);
        QVERIFY(*eval.lossPerYearWhileDown > *eval.lossPerYearBefore);
        const DatasetImpact& llama8b = find(*impact, QStringLiteral("ckpt-llama8b"));
        QCOMPARE(llama8b.copiesLost, 0);   // listed for its backup, not its copies
        QVERIFY(llama8b.lossPerYearWhileDown && *llama8b.lossPerYearWhileDown >= *llama8b.lossPerYearBefore);
    }

    // A site contains its racks: losing dc1 loses what r2 and r4 lose, and more.
    void aSiteContainsItsRacks()
    {
        auto site = DomainFailure::analyze(m_demo, QStringLiteral("dc1"));
        QVERIFY(site);
        for (const QString& rack : {QStringLiteral("dc1/r2"), QStringLiteral("dc1/r4")}) {
            auto r = DomainFailure::analyze(m_demo, rack);
            QVERIFY(r);
            for (const QString& node : r->nodesLost)
                QVERIFY(site->nodesLost.contains(node));
            for (const QString& d : names(*r))
                QVERIFY(names(*site).contains(d));
        }
        QVERIFY(site->unrecoverable.contains(QStringLiteral("ckpt-llama70b")));
    }

    void anUnknownDomainIsNamed()
    {
        auto none = DomainFailure::analyze(m_demo, QStringLiteral("dc9/r9"));
        QVERIFY(!none);
        QVERIFY(none.error().message.contains(QStringLiteral("dc9/r9")));
    }
};

QTEST_GUILESS_MAIN(TestDomainFailure)
#include "TestDomainFailure.moc"
