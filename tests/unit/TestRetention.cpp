// SPDX-License-Identifier: GPL-3.0-or-later
// Retention rules on hand-built snapshot lists; expected sets worked out from the calendar.
#include "core/engine/Retention.h"

#include <QTest>

using namespace lifeboat;
using engine::Retention;
using engine::RetentionPolicy;

namespace {

repo::Snapshot snapshotAt(const QString& isoUtc, const QString& host = "node-1", const QStringList& tags = {})
{
    repo::Snapshot s;
    s.time = QDateTime::fromString(isoUtc, Qt::ISODate);
    s.time.setTimeZone(QTimeZone::utc());
    s.id = isoUtc;   // readable in failures
    s.hostname = host;
    s.paths = {"/data/ckpt"};
    s.tags = tags;
    return s;
}

QStringList kept(const std::vector<engine::RetentionGroup>& groups)
{
    QStringList out;
    for (const auto& group : groups) {
        for (const auto& decision : group.decisions) {
            if (decision.kept())
                out << decision.snapshot.id;
        }
    }
    out.sort();
    return out;
}

RetentionPolicy utcPolicy()
{
    RetentionPolicy policy;
    policy.timeZone = QTimeZone::utc();
    return policy;
}

} // namespace

class TestRetention : public QObject {
    Q_OBJECT
private slots:
    void anEmptyPolicyKeepsEverything()
    {
        const QList<repo::Snapshot> all{snapshotAt("2026-01-01T12:00:00"), snapshotAt("2026-01-02T12:00:00")};
        const auto groups = Retention::apply(all, utcPolicy());
        QCOMPARE(kept(groups).size(), 2);
        QVERIFY(!groups.front().removesEverything());
    }

    void keepLast()
    {
        QList<repo::Snapshot> all;
        for (int day = 1; day <= 10; ++day)
            all << snapshotAt(QStringLiteral("2026-01-%1T12:00:00").arg(day, 2, 10, QLatin1Char('0')));
        RetentionPolicy policy = utcPolicy();
        policy.keep.keepLast = 2;
        const auto groups = Retention::apply(all, policy);
        QCOMPARE(kept(groups), (QStringList{"2026-01-09T12:00:00", "2026-01-10T12:00:00"}));
        QCOMPARE(groups.front().decisions.front().reasons, QStringList{"last 1"});
    }

    void keepDailyTakesTheNewestOfEachDay()
    {
        const QList<repo::Snapshot> all{snapshotAt("2026-01-08T12:00:00"), snapshotAt("2026-01-09T12:00:00"), snapshotAt("2026-01-10T08:00:00"),
                                        snapshotAt("2026-01-10T20:00:00"), snapshotAt("2026-01-07T12:00:00")};
        RetentionPolicy policy = utcPolicy();
        policy.keep.keepDaily = 3;
        QCOMPARE(kept(Retention::apply(all, policy)), (QStringList{"2026-01-08T12:00:00", "2026-01-09T12:00:00", "2026-01-10T20:00:00"}));
    }

    void keepWeeklyUsesIsoWeeks()
    {
        // 2026-01-01 is a Thursday: ISO week 1 runs Mon 2025-12-29 .. Sun 2026-01-04.
        const QList<repo::Snapshot> all{snapshotAt("2026-01-01T12:00:00"), snapshotAt("2026-01-05T12:00:00"), snapshotAt("2026-01-11T12:00:00"),
                                        snapshotAt("2026-01-12T12:00:00")};
        RetentionPolicy policy = utcPolicy();
        policy.keep.keepWeekly = 2;
        QCOMPARE(kept(Retention::apply(all, policy)), (QStringList{"2026-01-11T12:00:00", "2026-01-12T12:00:00"}));
        policy.keep.keepWeekly = 3;
        QCOMPARE(kept(Retention::apply(all, policy)).size(), 3);
        QVERIFY(!kept(Retention::apply(all, policy)).contains("2026-01-05T12:00:00"));
    }

    void keepMonthlyAndYearlyAcrossTheYearEnd()
    {
        const QList<repo::Snapshot> all{snapshotAt("2025-11-15T00:00:00"), snapshotAt("2025-12-01T00:00:00"), snapshotAt("2025-12-31T23:00:00"),
                                        snapshotAt("2026-01-02T00:00:00")};
        RetentionPolicy policy = utcPolicy();
        policy.keep.keepMonthly = 2;
        QCOMPARE(kept(Retention::apply(all, policy)), (QStringList{"2025-12-31T23:00:00", "2026-01-02T00:00:00"}));
        RetentionPolicy yearly = utcPolicy();
        yearly.keep.keepYearly = 5;
        QCOMPARE(kept(Retention::apply(all, yearly)), (QStringList{"2025-12-31T23:00:00", "2026-01-02T00:00:00"}));
    }

    void keepWithinCountsFromTheNewestSnapshot()
    {
        const QList<repo::Snapshot> all{snapshotAt("2020-05-01T00:00:00"), snapshotAt("2020-05-02T23:00:00"), snapshotAt("2020-05-03T00:00:00")};
        RetentionPolicy policy = utcPolicy();
        policy.keep.keepWithin = std::chrono::hours(48);
        // Years old, but within 48 h of the newest: the first one is exactly 48 h older.
        QCOMPARE(kept(Retention::apply(all, policy)).size(), 3);
        policy.keep.keepWithin = std::chrono::hours(47);
        QCOMPARE(kept(Retention::apply(all, policy)), (QStringList{"2020-05-02T23:00:00", "2020-05-03T00:00:00"}));
    }

    void tagsAndGroups()
    {
        const QList<repo::Snapshot> all{snapshotAt("2026-01-01T00:00:00", "node-1", {"release"}), snapshotAt("2026-01-02T00:00:00", "node-1"),
                                        snapshotAt("2026-01-01T00:00:00", "node-2"), snapshotAt("2026-01-03T00:00:00", "node-2")};
        RetentionPolicy policy = utcPolicy();
        policy.keep.keepLast = 1;
        policy.keepTags = {"release"};
        const auto groups = Retention::apply(all, policy);
        QCOMPARE(groups.size(), std::size_t(2));
        // node-1 keeps its newest and the tagged one; node-2 only its newest.
        QCOMPARE(kept(groups).size(), 3);
        RetentionPolicy onlyTags = utcPolicy();
        onlyTags.keepTags = {"release"};
        const auto tagged = Retention::apply(all, onlyTags);
        const auto node2 = std::find_if(tagged.begin(), tagged.end(), [](const auto& g) { return g.hostname == "node-2"; });
        QVERIFY(node2->removesEverything());
    }

    void daysBeginInThePolicysTimeZone()
    {
        // 23:30 and 00:30 UTC are two days in UTC, one day (07:30 and 08:30) in Shanghai.
        const QList<repo::Snapshot> all{snapshotAt("2026-03-01T23:30:00"), snapshotAt("2026-03-02T00:30:00")};
        RetentionPolicy utc = utcPolicy();
        utc.keep.keepDaily = 2;
        QCOMPARE(kept(Retention::apply(all, utc)).size(), 2);
        RetentionPolicy shanghai = utc;
        shanghai.timeZone = QTimeZone("Asia/Shanghai");
        QVERIFY(shanghai.timeZone.isValid());
        QCOMPARE(kept(Retention::apply(all, shanghai)), QStringList{"2026-03-02T00:30:00"});
    }
};

QTEST_GUILESS_MAIN(TestRetention)
#include "TestRetention.moc"
