// SPDX-License-Identifier: GPL-3.0-or-later
// Placement advice and "lost for good" on the demo plan. The expected lists are read off the
// plan file by hand: which node is in which rack, which repository each policy writes to.
#include "PlanFixtures.h"
#include "core/model/DomainFailure.h"
#include "core/model/PlacementAdvice.h"

#include <QTest>

using namespace lifeboat;
using namespace lifeboat::model;

class TestPlacementAdvice : public QObject {
    Q_OBJECT

    plan::Plan m_demo = test::demoPlan();

private slots:
    // Copies: each replica, the shard set as one, each repository of the dataset's policies.
    // ckpt-llama70b: shards and backup all in dc1/r2. ckpt-llama8b: gpu-17 and gpu-18 in dc2/r1
    // (its backup is in dc1/r4). eval-suites, configs-code and rlhf-preferences each have a copy
    // and a repository (repo-dc1, on bkp-dc1-01) in dc1/r4. Two copies in one site of two are
    // not advice; the others have at most one copy per rack.
    void theDemosCrowdedRacks()
    {
        const auto advice = Placement::advise(m_demo);
        QStringList got;
        for (const PlacementAdvice& a : advice)
            got << a.dataset + QLatin1Char('@') + a.domain;
        got.sort();
        QCOMPARE(got, (QStringList{QStringLiteral("ckpt-llama70b@dc1/r2"), QStringLiteral("ckpt-llama8b@dc2/r1"), QStringLiteral("configs-code@dc1/r4"),
                                   QStringLiteral("eval-suites@dc1/r4"), QStringLiteral("rlhf-preferences@dc1/r4")}));
        for (const PlacementAdvice& a : advice) {
            QCOMPARE(a.single, a.dataset == QLatin1String("ckpt-llama70b"));
            QVERIFY(!a.suggestion.isEmpty());
            QVERIFY2(a.sentence.contains(a.dataset) && a.sentence.contains(a.domain) && a.sentence.contains(a.suggestion), qPrintable(a.sentence));
            // The suggestion holds no copy of the dataset: a rack of the other site first.
            QVERIFY(a.suggestion.left(3) != a.domain.left(3));
        }
    }

    void lostForGoodPerDomain()
    {
        const auto lost = [&](const QString& domain) { return Placement::lostForGood(m_demo, DomainFailure::nodesBelow(m_demo, domain)); };
        QCOMPARE(lost(QStringLiteral("dc1/r2")), QStringList{QStringLiteral("ckpt-llama70b")});
        QCOMPARE(lost(QStringLiteral("dc1")), QStringList{QStringLiteral("ckpt-llama70b")});   // everything else has a copy or a backup in dc2
        QCOMPARE(lost(QStringLiteral("dc1/r4")), QStringList{});
        QCOMPARE(lost(QStringLiteral("dc2")), QStringList{});
        // The same answer as the full what-if.
        auto impact = DomainFailure::analyze(m_demo, QStringLiteral("dc1/r2"));
        QVERIFY(impact);
        QCOMPARE(impact->unrecoverable, lost(QStringLiteral("dc1/r2")));
    }
};

QTEST_GUILESS_MAIN(TestPlacementAdvice)
#include "TestPlacementAdvice.moc"
