// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/util/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QTimeZone>

#include <bitset>
#include <chrono>
#include <optional>

namespace lifeboat::plan {

// A Vixie-cron schedule: five fields (minute hour day-of-month month day-of-week) with
// lists, ranges, steps and month/day names, or @hourly/@daily/@midnight/@weekly/@monthly/
// @yearly/@annually. Day-of-month and day-of-week follow Vixie's rule: when both are
// restricted (neither starts with '*'), a day matches if EITHER matches.
//
// Runs are wall-clock times in a time zone. Across DST changes (documented in
// docs/schedules.md and tested in tests/unit/TestCronExpression.cpp):
//  - a wall time that does not exist (the spring-forward gap) runs at the instant that
//    wall time would have had in the offset before the change, i.e. moved later by the
//    length of the gap (02:30 in Europe/Berlin becomes 03:30 CEST); if that instant is
//    already a run, it runs once;
//  - a wall time that occurs twice (fall-back) runs once, at its first occurrence.
class CronExpression {
    Q_DECLARE_TR_FUNCTIONS(CronExpression)
public:
    static Result<CronExpression> parse(const QString& text);

    // The first run strictly after `after`, as a UTC date-time; nullopt when the
    // expression never fires within five years (e.g. "0 0 30 2 *").
    std::optional<QDateTime> nextRun(const QDateTime& after, const QTimeZone& zone) const;

    // The longest time between two consecutive runs, looked for over a year of runs and
    // around every DST change of that year: the best RPO this schedule can give.
    std::optional<std::chrono::seconds> longestGap(const QTimeZone& zone) const;

    bool matchesDate(QDate date) const;
    const QString& text() const { return m_text; }

    // The expanded fields, for writing the same schedule in another scheduler's syntax.
    struct Fields {
        std::bitset<60> minutes;
        std::bitset<24> hours;
        std::bitset<32> daysOfMonth;   // 1..31
        std::bitset<13> months;        // 1..12
        std::bitset<7> daysOfWeek;     // 0 = Sunday
        bool dayOfMonthStar = false;
        bool dayOfWeekStar = false;
    };
    Fields fields() const { return Fields{m_minutes, m_hours, m_daysOfMonth, m_months, m_daysOfWeek, m_dayOfMonthStar, m_dayOfWeekStar}; }

private:
    CronExpression() = default;
    std::optional<qint64> nextRunSecs(qint64 afterSecs, const QTimeZone& zone) const;

    QString m_text;
    std::bitset<60> m_minutes;
    std::bitset<24> m_hours;
    std::bitset<32> m_daysOfMonth;   // 1..31
    std::bitset<13> m_months;        // 1..12
    std::bitset<7> m_daysOfWeek;     // 0 = Sunday
    bool m_dayOfMonthStar = false;
    bool m_dayOfWeekStar = false;
};

// An IANA time zone id, or UTC when empty. Invalid ids give an invalid QTimeZone.
QTimeZone timeZoneFromId(const QString& id);

} // namespace lifeboat::plan
