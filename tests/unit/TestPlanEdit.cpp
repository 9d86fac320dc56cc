// SPDX-License-Identifier: GPL-3.0-or-later
// Editing one object through its JSON form, as the console's forms do. The names and
// references below are read off resources/demo/demo.lifeboat.json by hand.
#include "PlanFixtures.h"
#include "core/plan/PlanEdit.h"

#include <QJsonArray>
#include <QTest>

using namespace lifeboat;
using namespace lifeboat::plan;
using Kind = ObjectRef::Kind;

namespace {

const Kind kKinds[] = {Kind::Domain, Kind::Node, Kind::Dataset, Kind::Repository, Kind::Policy};

QStringList fieldsWithErrors(const PlanEdit::Result& r, Kind kind = Kind::Node)
{
    QStringList fields;
    for (const PlanIssue& i : r.issues)
        if (i.severity == Severity::Error)
            fields << PlanEdit::fieldOf(PlanEdit::objectPath(kind, r.index), i.path);
    return fields;
}

} // namespace

class TestPlanEdit : public QObject {
    Q_OBJECT

    Plan m_demo = test::demoPlan();

private slots:
    // Every object of the demo, handed back unchanged, gives back the same plan: the form's
    // JSON and the file's are one format.
    void anUnchangedObjectLeavesThePlanEqual()
    {
        for (Kind kind : kKinds) {
            QVERIFY(PlanEdit::count(m_demo, kind) > 0);
            for (int i = 0; i < PlanEdit::count(m_demo, kind); ++i) {
                const auto r = PlanEdit::put(m_demo, kind, i, PlanEdit::toJson(m_demo, kind, i));
                QVERIFY2(r.plan == m_demo, qPrintable(PlanEdit::objectPath(kind, i)));
                QCOMPARE(r.index, i);
                QCOMPARE(r.name, PlanEdit::nameAt(m_demo, kind, i));
                QVERIFY(r.followed.isEmpty());
            }
        }
    }

    void unitsAreReadAsInAFile()
    {
        const int i = PlanEdit::indexOf(m_demo, Kind::Dataset, QStringLiteral("vector-index"));
        QJsonObject o = PlanEdit::toJson(m_demo, Kind::Dataset, i);
        o.insert(QStringLiteral("size"), QStringLiteral("3 TiB"));
        o.insert(QStringLiteral("rpo"), QStringLiteral("90m"));
        o.insert(QStringLiteral("changePerDay"), QStringLiteral("2%"));
        const auto r = PlanEdit::put(m_demo, Kind::Dataset, i, o);
        QVERIFY(r.acceptable());
        const Dataset& d = r.plan.datasets[static_cast<std::size_t>(i)];
        QCOMPARE(d.sizeBytes, std::int64_t(3) << 40);
        QCOMPARE(d.rpo.count(), 90 * 60);
        QCOMPARE(d.changeFractionPerDay, 0.02);
        // Nothing else moved.
        Plan back = r.plan;
        back.datasets[static_cast<std::size_t>(i)] = m_demo.datasets[static_cast<std::size_t>(i)];
        QVERIFY(back == m_demo);
    }

    // A value the reader cannot take is an error on that field, not a silent default.
    void aValueThatCannotBeReadIsAnErrorOnItsField()
    {
        QJsonObject o = PlanEdit::toJson(m_demo, Kind::Node, 0);
        o.insert(QStringLiteral("port"), QStringLiteral("twenty-two"));
        o.insert(QStringLiteral("capacity"), QStringLiteral("lots"));
        const auto r = PlanEdit::put(m_demo, Kind::Node, 0, o);
        QVERIFY(!r.acceptable());
        QStringList fields = fieldsWithErrors(r);
        fields.sort();
        QCOMPARE(fields, (QStringList{QStringLiteral("capacity"), QStringLiteral("port")}));
    }

    // bkp-dc1-01 holds repository repo-dc1 and no dataset; gpu-07 holds shards of ckpt-llama70b.
    void aRenamedNodeTakesItsReferencesAlong()
    {
        const int i = PlanEdit::indexOf(m_demo, Kind::Node, QStringLiteral("bkp-dc1-01"));
        QJsonObject o = PlanEdit::toJson(m_demo, Kind::Node, i);
        o.insert(QStringLiteral("name"), QStringLiteral("backup-a"));
        const auto r = PlanEdit::put(m_demo, Kind::Node, i, o);
        QVERIFY(r.acceptable());
        QCOMPARE(r.followed, QStringList{QStringLiteral("repository repo-dc1")});
        QCOMPARE(r.plan.repositories[0].node, QStringLiteral("backup-a"));
        QCOMPARE(PlanEdit::referencesTo(r.plan, Kind::Node, QStringLiteral("bkp-dc1-01")), QStringList{});
        QCOMPARE(PlanEdit::referencesTo(m_demo, Kind::Node, QStringLiteral("gpu-07")), QStringList{QStringLiteral("dataset ckpt-llama70b")});
    }

    // dc1/r2 holds gpu-07 ... gpu-12; renaming it moves none of them out of it.
    void aRenamedDomainKeepsItsNodes()
    {
        const int i = PlanEdit::indexOf(m_demo, Kind::Domain, QStringLiteral("dc1/r2"));
        QJsonObject o = PlanEdit::toJson(m_demo, Kind::Domain, i);
        o.insert(QStringLiteral("id"), QStringLiteral("dc1/pod-b"));
        const auto r = PlanEdit::put(m_demo, Kind::Domain, i, o);
        QVERIFY(r.acceptable());
        QCOMPARE(r.followed.size(), 6);
        QStringList inIt;
        for (const Node& n : r.plan.nodes)
            if (n.domain == QLatin1String("dc1/pod-b"))
                inIt << n.name;
        QCOMPARE(inIt, (QStringList{QStringLiteral("gpu-07"), QStringLiteral("gpu-08"), QStringLiteral("gpu-09"), QStringLiteral("gpu-10"),
                                    QStringLiteral("gpu-11"), QStringLiteral("gpu-12")}));
    }

    // A dataset renamed: its policy follows. A repository renamed: both policies writing to it follow.
    void policiesFollowDatasetsAndRepositories()
    {
        const int d = PlanEdit::indexOf(m_demo, Kind::Dataset, QStringLiteral("training-logs"));
        QJsonObject o = PlanEdit::toJson(m_demo, Kind::Dataset, d);
        o.insert(QStringLiteral("name"), QStringLiteral("logs"));
        auto r = PlanEdit::put(m_demo, Kind::Dataset, d, o);
        QCOMPARE(r.followed, QStringList{QStringLiteral("policy logs-nightly")});

        const int repo = PlanEdit::indexOf(m_demo, Kind::Repository, QStringLiteral("repo-dc2-archive"));
        o = PlanEdit::toJson(m_demo, Kind::Repository, repo);
        o.insert(QStringLiteral("name"), QStringLiteral("archive"));
        r = PlanEdit::put(m_demo, Kind::Repository, repo, o);
        QCOMPARE(r.followed, (QStringList{QStringLiteral("policy corpus-weekly"), QStringLiteral("policy rlhf-6h")}));
        QVERIFY(r.acceptable());
    }

    // Taking another object's name is a duplicate, and nothing is rewired to the wrong one.
    void aTakenNameIsRefusedAndNothingFollows()
    {
        const int i = PlanEdit::indexOf(m_demo, Kind::Node, QStringLiteral("bkp-dc1-01"));
        QJsonObject o = PlanEdit::toJson(m_demo, Kind::Node, i);
        o.insert(QStringLiteral("name"), QStringLiteral("gpu-01"));
        const auto r = PlanEdit::put(m_demo, Kind::Node, i, o);
        QVERIFY(!r.acceptable());
        QVERIFY(r.followed.isEmpty());
        QCOMPARE(r.plan.repositories[0].node, QStringLiteral("bkp-dc1-01"));
        QVERIFY(fieldsWithErrors(r).contains(QStringLiteral("name")));
    }

    void addingAppendsAndANameIsRequired()
    {
        const QJsonObject repo{{QStringLiteral("name"), QStringLiteral("repo-r4")}, {QStringLiteral("node"), QStringLiteral("bkp-dc1-01")},
                               {QStringLiteral("path"), QStringLiteral("/backup/r4")}, {QStringLiteral("capacity"), QStringLiteral("100 TB")}};
        auto r = PlanEdit::put(m_demo, Kind::Repository, -1, repo);
        QVERIFY(r.acceptable());
        QCOMPARE(r.index, PlanEdit::count(m_demo, Kind::Repository));
        QCOMPARE(r.plan.repositories.back().capacityBytes, std::int64_t(100'000'000'000'000));

        QJsonObject nameless = repo;
        nameless.remove(QStringLiteral("name"));
        r = PlanEdit::put(m_demo, Kind::Repository, -1, nameless);
        QVERIFY(!r.acceptable());

        // A repository on a node the plan does not have: the reference is named.
        QJsonObject nowhere = repo;
        nowhere.insert(QStringLiteral("node"), QStringLiteral("no-such-node"));
        r = PlanEdit::put(m_demo, Kind::Repository, -1, nowhere);
        QVERIFY(!r.acceptable());
        QVERIFY(std::any_of(r.issues.begin(), r.issues.end(), [](const PlanIssue& i) { return i.message.contains(QLatin1String("no-such-node")); }));
    }

    void removingLeavesTheOtherListsAlone()
    {
        const int i = PlanEdit::indexOf(m_demo, Kind::Policy, QStringLiteral("logs-nightly"));
        const Plan out = PlanEdit::remove(m_demo, Kind::Policy, i);
        QCOMPARE(out.policies.size() + 1, m_demo.policies.size());
        QCOMPARE(PlanEdit::indexOf(out, Kind::Policy, QStringLiteral("logs-nightly")), -1);
        QVERIFY(out.datasets == m_demo.datasets && out.nodes == m_demo.nodes && out.repositories == m_demo.repositories);
        QVERIFY(PlanEdit::remove(m_demo, Kind::Policy, 99) == m_demo);
    }

    void fieldOfAnIssuePath()
    {
        const QString at = QStringLiteral("$.fleet.nodes[3]");
        QCOMPARE(PlanEdit::fieldOf(at, QStringLiteral("$.fleet.nodes[3].port")), QStringLiteral("port"));
        QCOMPARE(PlanEdit::fieldOf(at, QStringLiteral("$.fleet.nodes[3]")), QStringLiteral(""));
        QVERIFY(!PlanEdit::fieldOf(at, QStringLiteral("$.fleet.nodes[3]")).isNull());
        QVERIFY(PlanEdit::fieldOf(at, QStringLiteral("$.fleet.nodes[31].port")).isNull());
        QVERIFY(PlanEdit::fieldOf(at, QStringLiteral("$.datasets[3].size")).isNull());
        QCOMPARE(PlanEdit::fieldOf(QStringLiteral("$.datasets[0]"), QStringLiteral("$.datasets[0].locations[1].node")), QStringLiteral("locations"));
        QCOMPARE(PlanEdit::fieldOf(QStringLiteral("$.policies[0]"), QStringLiteral("$.policies[0].schedule.cron")), QStringLiteral("schedule"));
        QCOMPARE(PlanEdit::listPath(Kind::Node), QStringLiteral("$.fleet.nodes"));
        QCOMPARE(PlanEdit::listPath(Kind::Policy), QStringLiteral("$.policies"));
    }
};

QTEST_GUILESS_MAIN(TestPlanEdit)
#include "TestPlanEdit.moc"
