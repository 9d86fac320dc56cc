// SPDX-License-Identifier: GPL-3.0-or-later
// Expected run times below were worked out by hand from the cron rules and the tz
// database's 2026 transitions (EU: 29 March and 25 October at 01:00 UTC; US Eastern:
// 8 March at 07:00 UTC and 1 November at 06:00 UTC), not taken from the code.
#include "core/plan/CronExpression.h"

#include <QTest>

using lifeboat::plan::CronExpression;
using lifeboat::plan::timeZoneFromId;

namespace {

QDateTime utc(const char* iso)
{
    QDateTime t = QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate);
    t.setTimeZone(QTimeZone::utc());
    return t;
}

QStringList runs(const QString& expression, const char* zone, const char* fromIso, int count)
{
    const auto cron = CronExpression::parse(expression);
    if (!cron)
        return {QStringLiteral("parse error: ") + cron.error().message};
    const QTimeZone tz = timeZoneFromId(QString::fromLatin1(zone));
    QStringList out;
    QDateTime t = utc(fromIso);
    for (int i = 0; i < count; ++i) {
        const auto next = cron->nextRun(t, tz);
        if (!next)
            break;
        out << next->toString(QStringLiteral("yyyy-MM-ddTHH:mm"));
        t = *next;
    }
    return out;
}

} // namespace

class TestCronExpression : public QObject {
    Q_OBJECT
private slots:
    void rejectsBadExpressions_data()
    {
        QTest::addColumn<QString>("expression");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("four fields") << "0 2 * *" << "5";
        QTest::newRow("minute 60") << "60 * * * *" << "minute";
        QTest::newRow("hour 24") << "0 24 * * *" << "hour";
        QTest::newRow("day 0") << "0 0 0 * *" << "day of month";
        QTest::newRow("month 13") << "0 0 1 13 *" << "month";
        QTest::newRow("weekday 8") << "0 0 * * 8" << "day of week";
        QTest::newRow("bad name") << "0 0 * * funday" << "funday";
        QTest::newRow("step zero") << "*/0 * * * *" << "step";
        QTest::newRow("backwards range") << "0 0 * * 5-1" << "backwards";
        QTest::newRow("empty list item") << "0,,5 * * * *" << "empty";
        QTest::newRow("unknown macro") << "@fortnightly" << "@fortnightly";
    }
    void rejectsBadExpressions()
    {
        QFETCH(QString, expression);
        QFETCH(QString, mentions);
        const auto cron = CronExpression::parse(expression);
        QVERIFY(!cron);
        QVERIFY2(cron.error().message.contains(mentions), qPrintable(cron.error().message));
    }

    void listsRangesStepsAndNames()
    {
        // Weekdays 09:00-17:00 every 15 minutes, from Friday 2026-01-02 16:40 UTC.
        QCOMPARE(runs(QStringLiteral("*/15 9-17 * * mon-fri"), "UTC", "2026-01-02T16:40:00", 5),
                 (QStringList{"2026-01-02T16:45", "2026-01-02T17:00", "2026-01-02T17:15", "2026-01-02T17:30", "2026-01-02T17:45"}));
        QCOMPARE(runs(QStringLiteral("0 9-17/4 * * MON-FRI"), "UTC", "2026-01-02T16:40:00", 3),
                 (QStringList{"2026-01-02T17:00", "2026-01-05T09:00", "2026-01-05T13:00"}));
        QCOMPARE(runs(QStringLiteral("30 6 1,15 jan,jul *"), "UTC", "2026-01-10T00:00:00", 3),
                 (QStringList{"2026-01-15T06:30", "2026-07-01T06:30", "2026-07-15T06:30"}));
        QCOMPARE(runs(QStringLiteral("0 12 * * 7"), "UTC", "2026-01-01T00:00:00", 2), (QStringList{"2026-01-04T12:00", "2026-01-11T12:00"}));
        QCOMPARE(runs(QStringLiteral("5/20 * * * *"), "UTC", "2026-01-01T00:00:00", 3),
                 (QStringList{"2026-01-01T00:05", "2026-01-01T00:25", "2026-01-01T00:45"}));
    }

    void macros()
    {
        QCOMPARE(runs(QStringLiteral("@hourly"), "UTC", "2026-01-01T10:20:00", 2), (QStringList{"2026-01-01T11:00", "2026-01-01T12:00"}));
        QCOMPARE(runs(QStringLiteral("@daily"), "UTC", "2026-01-01T10:20:00", 2), (QStringList{"2026-01-02T00:00", "2026-01-03T00:00"}));
        QCOMPARE(runs(QStringLiteral("@weekly"), "UTC", "2026-01-01T10:20:00", 2), (QStringList{"2026-01-04T00:00", "2026-01-11T00:00"}));
        QCOMPARE(runs(QStringLiteral("@monthly"), "UTC", "2026-01-01T10:20:00", 2), (QStringList{"2026-02-01T00:00", "2026-03-01T00:00"}));
        QCOMPARE(runs(QStringLiteral("@yearly"), "UTC", "2026-01-01T10:20:00", 1), (QStringList{"2027-01-01T00:00"}));
        // Fields separated by tabs and several spaces, as crontab files often are.
        QCOMPARE(runs(QStringLiteral("0\t2  * *\t*"), "UTC", "2026-01-01T10:20:00", 1), (QStringList{"2026-01-02T02:00"}));
    }

    void vixieDayOfMonthOrDayOfWeek()
    {
        // Both restricted: the 13th OR any Friday. Feb 2026: Fri 6, Fri 13, Fri 20.
        QCOMPARE(runs(QStringLiteral("0 0 13 * 5"), "UTC", "2026-02-01T00:00:00", 4),
                 (QStringList{"2026-02-06T00:00", "2026-02-13T00:00", "2026-02-20T00:00", "2026-02-27T00:00"}));
        // April 2026: the 13th is a Monday, and it runs too.
        QCOMPARE(runs(QStringLiteral("0 0 13 * 5"), "UTC", "2026-04-01T00:00:00", 4),
                 (QStringList{"2026-04-03T00:00", "2026-04-10T00:00", "2026-04-13T00:00", "2026-04-17T00:00"}));
        // Day of week starts with '*': AND, so only the 13th when it is... any day (*/1).
        QCOMPARE(runs(QStringLiteral("0 0 13 * */1"), "UTC", "2026-02-01T00:00:00", 2), (QStringList{"2026-02-13T00:00", "2026-03-13T00:00"}));
        // Day of month '*': only Fridays.
        QCOMPARE(runs(QStringLiteral("0 0 * * 5"), "UTC", "2026-02-01T00:00:00", 2), (QStringList{"2026-02-06T00:00", "2026-02-13T00:00"}));
    }

    void neverFires()
    {
        const auto cron = CronExpression::parse(QStringLiteral("0 0 30 2 *"));
        QVERIFY(cron);
        QVERIFY(!cron->nextRun(utc("2026-01-01T00:00:00"), QTimeZone::utc()).has_value());
        QVERIFY(!cron->longestGap(QTimeZone::utc()).has_value());
        // 29 February does fire, in leap years only.
        QCOMPARE(runs(QStringLiteral("0 0 29 2 *"), "UTC", "2026-01-01T00:00:00", 1), (QStringList{"2028-02-29T00:00"}));
    }

    void berlinSpringForwardDailyRunsOnce()
    {
        // 29 March 2026: 02:00 CET becomes 03:00 CEST; 02:30 does not exist. It runs at
        // 02:30 in the old offset (+01:00) = 01:30 UTC = 03:30 CEST, once.
        QCOMPARE(runs(QStringLiteral("30 2 * * *"), "Europe/Berlin", "2026-03-27T12:00:00", 4),
                 (QStringList{"2026-03-28T01:30", "2026-03-29T01:30", "2026-03-30T00:30", "2026-03-31T00:30"}));
    }

    void berlinFallBackDailyRunsOnce()
    {
        // 25 October 2026: 03:00 CEST becomes 02:00 CET; 02:30 happens twice (00:30 and
        // 01:30 UTC). It runs once, at the first (00:30 UTC).
        QCOMPARE(runs(QStringLiteral("30 2 * * *"), "Europe/Berlin", "2026-10-23T12:00:00", 4),
                 (QStringList{"2026-10-24T00:30", "2026-10-25T00:30", "2026-10-26T01:30", "2026-10-27T01:30"}));
    }

    void newYorkSpringForwardAndFallBack()
    {
        // 8 March 2026: 02:00 EST becomes 03:00 EDT; 02:30 runs at 02:30 EST = 07:30 UTC.
        QCOMPARE(runs(QStringLiteral("30 2 * * *"), "America/New_York", "2026-03-06T12:00:00", 4),
                 (QStringList{"2026-03-07T07:30", "2026-03-08T07:30", "2026-03-09T06:30", "2026-03-10T06:30"}));
        // 1 November 2026: 02:00 EDT becomes 01:00 EST; 01:30 happens at 05:30 and 06:30 UTC.
        QCOMPARE(runs(QStringLiteral("30 1 * * *"), "America/New_York", "2026-10-30T12:00:00", 4),
                 (QStringList{"2026-10-31T05:30", "2026-11-01T05:30", "2026-11-02T06:30", "2026-11-03T06:30"}));
    }

    void hourlyAcrossBerlinChanges()
    {
        // Spring: every wall hour that exists runs once; the missing 02:30 coincides with
        // 03:30 CEST (01:30 UTC) and is not run twice.
        QCOMPARE(runs(QStringLiteral("30 * * * *"), "Europe/Berlin", "2026-03-28T23:00:00", 4),
                 (QStringList{"2026-03-28T23:30", "2026-03-29T00:30", "2026-03-29T01:30", "2026-03-29T02:30"}));
        // Autumn: the repeated 02:30 runs only the first time, so there is a 2 h gap.
        QCOMPARE(runs(QStringLiteral("30 * * * *"), "Europe/Berlin", "2026-10-24T22:00:00", 4),
                 (QStringList{"2026-10-24T22:30", "2026-10-24T23:30", "2026-10-25T00:30", "2026-10-25T02:30"}));
    }

    void longestGapSeesDaylightSaving()
    {
        const auto daily = CronExpression::parse(QStringLiteral("30 2 * * *"));
        QVERIFY(daily);
        QCOMPARE(daily->longestGap(QTimeZone::utc()).value().count(), 24 * 3600);
        // In Berlin the fall-back day makes one gap 25 hours long.
        QCOMPARE(daily->longestGap(timeZoneFromId(QStringLiteral("Europe/Berlin"))).value().count(), 25 * 3600);
        const auto weekdays = CronExpression::parse(QStringLiteral("0 8 * * 1-5"));
        QVERIFY(weekdays);
        QCOMPARE(weekdays->longestGap(QTimeZone::utc()).value().count(), 72 * 3600);   // Friday to Monday
        const auto everyFive = CronExpression::parse(QStringLiteral("*/5 * * * *"));
        QVERIFY(everyFive);
        QCOMPARE(everyFive->longestGap(timeZoneFromId(QStringLiteral("Europe/Berlin"))).value().count(), 65 * 60);   // the skipped repeated hour
    }

    void unknownTimeZoneIsInvalid()
    {
        QVERIFY(!timeZoneFromId(QStringLiteral("Mars/Olympus_Mons")).isValid());
        QVERIFY(timeZoneFromId(QString()).isValid());
    }
};

QTEST_APPLESS_MAIN(TestCronExpression)
#include "TestCronExpression.moc"
