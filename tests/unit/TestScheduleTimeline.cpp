// SPDX-License-Identifier: GPL-3.0-or-later
// The schedule timeline on a crafted plan where every run lasts exactly one hour (3.6 TB
// changed a day at 1 GB/s): two policies writing to one repository half an hour apart, two
// crossing the same inter-site link, one overrunning its window, one outside its window,
// and one that conflicts with nothing. The expected conflicts are the ones built in.
#include "core/model/ScheduleTimeline.h"

#include <QTest>
#include <QTimeZone>

#include <cmath>

using namespace lifeboat;
using namespace lifeboat::model;

namespace {

plan::Plan crafted()
{
    plan::Plan p;
    p.assumptions.repairBytesPerSecond = 1e9;
    p.assumptions.restoreBytesPerSecond = 1e9;
    p.domains = {{QStringLiteral("s1"), QStringLiteral("site"), {}, {}}, {QStringLiteral("s2"), QStringLiteral("site"), {}, {}},
                 {QStringLiteral("s1/r1"), QStringLiteral("rack"), QStringLiteral("s1"), {}}, {QStringLiteral("s2/r1"), QStringLiteral("rack"), QStringLiteral("s2"), {}}};
    for (const auto& [name, domain] : {std::pair{"a", "s1/r1"}, {"b", "s1/r1"}, {"c", "s2/r1"}, {"d", "s2/r1"}}) {
        plan::Node n;
        n.name = QString::fromLatin1(name);
        n.domain = QString::fromLatin1(domain);
        n.role = QStringLiteral("storage");
        p.nodes.push_back(n);
    }
    for (const auto& [name, node] : {std::pair{"R1", "b"}, {"R2", "c"}, {"R3", "d"}}) {
        plan::Repository r;
        r.name = QString::fromLatin1(name);
        r.node = QString::fromLatin1(node);
        r.path = QStringLiteral("/repo");
        p.repositories.push_back(r);
    }
    const auto policy = [&](const QString& name, const QString& repository, const QString& cron, const QString& windowStart = {}, int windowMinutes = 0) {
        plan::Dataset d;
        d.name = QStringLiteral("data-") + name;
        d.tier = QStringLiteral("high");
        d.sizeBytes = static_cast<std::int64_t>(3.6e12);
        d.changeFractionPerDay = 1.0;   // a daily run moves the whole 3.6 TB: one hour at 1 GB/s
        d.locations.push_back({QStringLiteral("a"), QStringLiteral("/data/") + name});
        p.datasets.push_back(d);
        plan::Policy pol;
        pol.name = name;
        pol.dataset = d.name;
        pol.schedule.cron = cron;
        pol.repositories << repository;
        pol.retention.keepDaily = 7;
        pol.window.start = windowStart;
        pol.window.duration = std::chrono::minutes(windowMinutes);
        p.policies.push_back(pol);
    };
    policy(QStringLiteral("P1"), QStringLiteral("R1"), QStringLiteral("0 2 * * *"), QStringLiteral("01:00"), 240);
    policy(QStringLiteral("P2"), QStringLiteral("R1"), QStringLiteral("30 2 * * *"));
    policy(QStringLiteral("P3"), QStringLiteral("R2"), QStringLiteral("0 5 * * *"));
    policy(QStringLiteral("P4"), QStringLiteral("R3"), QStringLiteral("15 5 * * *"));
    policy(QStringLiteral("P5"), QStringLiteral("R1"), QStringLiteral("0 23 * * *"), QStringLiteral("22:00"), 90);
    policy(QStringLiteral("P6"), QStringLiteral("R1"), QStringLiteral("0 12 * * *"), QStringLiteral("22:00"), 120);
    policy(QStringLiteral("P7"), QStringLiteral("R1"), QStringLiteral("0 8 * * *"));
    return p;
}

} // namespace

class TestScheduleTimeline : public QObject {
    Q_OBJECT
private slots:
    void conflictsAndWindowsOfOneDay()
    {
        const QDateTime from(QDate(2026, 12, 2), QTime(0, 0), QTimeZone::utc());
        auto t = ScheduleTimelineModel::compute(crafted(), from, from.addDays(1));
        QVERIFY2(t, qPrintable(t ? QString() : t.error().message));
        QCOMPARE(t->runs.size(), std::size_t(7));   // each daily policy once
        for (const ScheduledRun& r : t->runs)
            QVERIFY2(std::fabs(r.durationHours - 1.0) < 1e-9, qPrintable(r.policy));
        QCOMPARE(t->runs.front().policy, QStringLiteral("P1"));   // in start order
        QCOMPARE(t->runs.front().start, from.addSecs(2 * 3600));
        QCOMPARE(t->runs.front().end, from.addSecs(3 * 3600));

        QCOMPARE(t->conflicts.size(), std::size_t(2));
        const ScheduleConflict& repo = t->conflicts[0];
        QCOMPARE(repo.kind, ScheduleConflict::Kind::Repository);
        QCOMPARE(repo.resource, QStringLiteral("R1"));
        QCOMPARE(t->runs[static_cast<std::size_t>(repo.first)].policy, QStringLiteral("P1"));
        QCOMPARE(t->runs[static_cast<std::size_t>(repo.second)].policy, QStringLiteral("P2"));
        QVERIFY(repo.reason.contains(QStringLiteral("P1")) && repo.reason.contains(QStringLiteral("P2")) && repo.reason.contains(QStringLiteral("R1")));
        const ScheduleConflict& link = t->conflicts[1];
        QCOMPARE(link.kind, ScheduleConflict::Kind::Link);
        QCOMPARE(link.resource, QStringLiteral("s1 → s2"));
        QCOMPARE(t->runs[static_cast<std::size_t>(link.first)].policy, QStringLiteral("P3"));
        QCOMPARE(t->runs[static_cast<std::size_t>(link.second)].policy, QStringLiteral("P4"));

        QStringList overrun;
        QStringList outside;
        for (const ScheduledRun& r : t->runs) {
            if (r.overrunsWindow)
                overrun << r.policy;
            if (r.outsideWindow)
                outside << r.policy;
            QCOMPARE(r.windowProblem.isEmpty(), !r.overrunsWindow && !r.outsideWindow);
        }
        QCOMPARE(overrun, QStringList{QStringLiteral("P5")});   // 23:00 + 1 h against a window closing at 23:30
        QCOMPARE(outside, QStringList{QStringLiteral("P6")});   // noon, for a window of 22:00-00:00
        for (const ScheduledRun& r : t->runs)
            if (r.policy == QLatin1String("P5"))
                QVERIFY2(r.windowProblem.contains(QStringLiteral("0.5 h")), qPrintable(r.windowProblem));
    }

    // A week of an every-two-hours policy: 84 runs, none conflicting with itself.
    void aWeekOfFrequentRuns()
    {
        plan::Plan p = crafted();
        p.policies.resize(1);
        p.policies[0].schedule.cron = QStringLiteral("0 */2 * * *");
        p.policies[0].window = {};
        const QDateTime from(QDate(2026, 12, 7), QTime(0, 0), QTimeZone::utc());
        auto t = ScheduleTimelineModel::compute(p, from, from.addDays(7));
        QVERIFY(t);
        QCOMPARE(t->runs.size(), std::size_t(84));
        QVERIFY(t->conflicts.empty());
    }
};

QTEST_GUILESS_MAIN(TestScheduleTimeline)
#include "TestScheduleTimeline.moc"
