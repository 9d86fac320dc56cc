// SPDX-License-Identifier: GPL-3.0-or-later
#include "CronExpression.h"

#include <QRegularExpression>
#include <QStringList>

#include <algorithm>
#include <array>

namespace lifeboat::plan {
namespace {

struct FieldSpec {
    const char* name;
    int min;
    int max;
    const char* const* names;   // optional, index = value - nameBase
    int nameCount;
    int nameBase;
};

constexpr std::array<const char*, 12> kMonthNames{"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"};
constexpr std::array<const char*, 7> kDayNames{"sun", "mon", "tue", "wed", "thu", "fri", "sat"};

std::optional<int> fieldValue(const QString& token, const FieldSpec& spec)
{
    bool ok = false;
    const int number = token.toInt(&ok);
    if (ok)
        return number;
    const QString lower = token.toLower();
    for (int i = 0; i < spec.nameCount; ++i) {
        if (lower == QLatin1String(spec.names[i]))
            return i + spec.nameBase;
    }
    return std::nullopt;
}

// Parses one field into `bits` (indexed by value). Returns an error sentence or empty.
template <std::size_t N>
QString parseField(const QString& field, const FieldSpec& spec, std::bitset<N>& bits)
{
    // Day of week accepts 7 for Sunday, as Vixie cron does.
    const int max = spec.max;
    const auto outOfRange = [&](const QString& token) {
        return CronExpression::tr("%1 value \"%2\" is outside %3-%4").arg(CronExpression::tr(spec.name), token).arg(spec.min).arg(max);
    };
    for (const QString& item : field.split(QLatin1Char(','))) {
        if (item.isEmpty())
            return CronExpression::tr("empty item in the %1 field").arg(CronExpression::tr(spec.name));
        QString range = item;
        int step = 1;
        const qsizetype slash = item.indexOf(QLatin1Char('/'));
        if (slash >= 0) {
            bool ok = false;
            step = item.mid(slash + 1).toInt(&ok);
            if (!ok || step <= 0)
                return CronExpression::tr("bad step \"%1\" in the %2 field").arg(item.mid(slash + 1), CronExpression::tr(spec.name));
            range = item.left(slash);
        }
        int from = spec.min;
        int to = max;
        if (range != QLatin1String("*")) {
            const qsizetype dash = range.indexOf(QLatin1Char('-'));
            const auto first = fieldValue(dash >= 0 ? range.left(dash) : range, spec);
            if (!first)
                return CronExpression::tr("\"%1\" is not a valid %2").arg(dash >= 0 ? range.left(dash) : range, CronExpression::tr(spec.name));
            from = *first;
            if (dash >= 0) {
                const auto last = fieldValue(range.mid(dash + 1), spec);
                if (!last)
                    return CronExpression::tr("\"%1\" is not a valid %2").arg(range.mid(dash + 1), CronExpression::tr(spec.name));
                to = *last;
            } else {
                // "5/15" means from 5 to the end in steps of 15 (cronie); a lone "5" is just 5.
                to = slash >= 0 ? max : from;
            }
            if (from < spec.min || from > max)
                return outOfRange(QString::number(from));
            if (to < spec.min || to > max)
                return outOfRange(QString::number(to));
            if (from > to)
                return CronExpression::tr("range %1-%2 in the %3 field runs backwards").arg(from).arg(to).arg(CronExpression::tr(spec.name));
        }
        for (int v = from; v <= to; v += step)
            bits.set(static_cast<std::size_t>(v));
    }
    return {};
}

} // namespace

QTimeZone timeZoneFromId(const QString& id)
{
    if (id.isEmpty() || id == QLatin1String("UTC"))
        return QTimeZone::utc();
    return QTimeZone(id.toUtf8());
}

Result<CronExpression> CronExpression::parse(const QString& text)
{
    const QString trimmed = text.trimmed();
    QString expanded = trimmed;
    static const QList<std::pair<QString, QString>> kMacros{
        {QStringLiteral("@yearly"), QStringLiteral("0 0 1 1 *")},  {QStringLiteral("@annually"), QStringLiteral("0 0 1 1 *")},
        {QStringLiteral("@monthly"), QStringLiteral("0 0 1 * *")}, {QStringLiteral("@weekly"), QStringLiteral("0 0 * * 0")},
        {QStringLiteral("@daily"), QStringLiteral("0 0 * * *")},   {QStringLiteral("@midnight"), QStringLiteral("0 0 * * *")},
        {QStringLiteral("@hourly"), QStringLiteral("0 * * * *")},
    };
    if (trimmed.startsWith(QLatin1Char('@'))) {
        const auto it = std::find_if(kMacros.begin(), kMacros.end(), [&](const auto& m) { return m.first == trimmed.toLower(); });
        if (it == kMacros.end())
            return Error{Error::Code::Syntax, tr("\"%1\" is not a known shorthand (use @hourly, @daily, @weekly, @monthly or @yearly)").arg(trimmed)};
        expanded = it->second;
    }
    static const QRegularExpression whitespace(QStringLiteral("\\s+"));
    const QStringList fields = expanded.split(whitespace, Qt::SkipEmptyParts);
    if (fields.size() != 5)
        return Error{Error::Code::Syntax, tr("\"%1\" has %2 fields; cron needs 5: minute hour day-of-month month day-of-week").arg(trimmed).arg(fields.size())};

    static constexpr FieldSpec kMinute{QT_TR_NOOP("minute"), 0, 59, nullptr, 0, 0};
    static constexpr FieldSpec kHour{QT_TR_NOOP("hour"), 0, 23, nullptr, 0, 0};
    static constexpr FieldSpec kDayOfMonth{QT_TR_NOOP("day of month"), 1, 31, nullptr, 0, 0};
    static constexpr FieldSpec kMonth{QT_TR_NOOP("month"), 1, 12, kMonthNames.data(), 12, 1};
    static constexpr FieldSpec kDayOfWeek{QT_TR_NOOP("day of week"), 0, 7, kDayNames.data(), 7, 0};

    CronExpression cron;
    cron.m_text = trimmed;
    std::bitset<8> daysOfWeek;
    QString problem = parseField(fields[0], kMinute, cron.m_minutes);
    if (problem.isEmpty())
        problem = parseField(fields[1], kHour, cron.m_hours);
    if (problem.isEmpty())
        problem = parseField(fields[2], kDayOfMonth, cron.m_daysOfMonth);
    if (problem.isEmpty())
        problem = parseField(fields[3], kMonth, cron.m_months);
    if (problem.isEmpty())
        problem = parseField(fields[4], kDayOfWeek, daysOfWeek);
    if (!problem.isEmpty())
        return Error{Error::Code::Syntax, tr("\"%1\": %2").arg(trimmed, problem)};
    for (std::size_t d = 0; d < 7; ++d)
        cron.m_daysOfWeek.set(d, daysOfWeek.test(d) || (d == 0 && daysOfWeek.test(7)));
    // Vixie decides "restricted" by the first character only: "*/2" counts as a star.
    cron.m_dayOfMonthStar = fields[2].startsWith(QLatin1Char('*'));
    cron.m_dayOfWeekStar = fields[4].startsWith(QLatin1Char('*'));
    return cron;
}

bool CronExpression::matchesDate(QDate date) const
{
    if (!m_months.test(static_cast<std::size_t>(date.month())))
        return false;
    const bool dom = m_daysOfMonth.test(static_cast<std::size_t>(date.day()));
    const bool dow = m_daysOfWeek.test(static_cast<std::size_t>(date.dayOfWeek() % 7));
    if (m_dayOfMonthStar || m_dayOfWeekStar)
        return dom && dow;
    return dom || dow;
}

namespace {

// How one local day maps to UTC: a fixed offset, or a single transition inside it.
struct DayOffsets {
    int before = 0;              // offset (s) before the transition, or the day's offset
    int after = 0;
    qint64 transitionSecs = 0;   // UTC seconds of the transition; only if hasTransition
    bool hasTransition = false;
};

DayOffsets offsetsForDay(QDate date, const QTimeZone& zone)
{
    DayOffsets result;
    const QDateTime dayStartUtc(date, QTime(0, 0), QTimeZone::utc());
    if (zone.hasTransitions()) {
        // A window wide enough for any UTC offset (-12h .. +14h) around the local day.
        const auto transitions = zone.transitions(dayStartUtc.addSecs(-15 * 3600), dayStartUtc.addSecs(39 * 3600));
        if (!transitions.isEmpty()) {
            const auto& t = transitions.first();
            result.hasTransition = true;
            result.transitionSecs = t.atUtc.toSecsSinceEpoch();
            result.after = t.offsetFromUtc;
            result.before = zone.offsetFromUtc(t.atUtc.addSecs(-1));
            return result;
        }
    }
    result.before = result.after = zone.offsetFromUtc(dayStartUtc.addSecs(12 * 3600));
    return result;
}

// The UTC instant of a local wall time, with the gap and overlap rules of the class comment.
qint64 resolveWallTime(qint64 wallSecs, const DayOffsets& day)
{
    if (!day.hasTransition)
        return wallSecs - day.before;
    const qint64 withBefore = wallSecs - day.before;
    const qint64 withAfter = wallSecs - day.after;
    const bool beforeValid = withBefore < day.transitionSecs;
    const bool afterValid = withAfter >= day.transitionSecs;
    if (beforeValid && afterValid)
        return std::min(withBefore, withAfter);   // fall-back: the first occurrence
    if (afterValid)
        return withAfter;
    return withBefore;   // valid before the change, or in the gap: moved later by the gap
}

} // namespace

std::optional<qint64> CronExpression::nextRunSecs(qint64 afterSecs, const QTimeZone& zone) const
{
    const QDate firstDay = QDateTime::fromSecsSinceEpoch(afterSecs, zone).date().addDays(-1);
    constexpr int kSearchDays = 5 * 366 + 2;
    std::optional<qint64> best;
    for (int i = 0; i < kSearchDays; ++i) {
        const QDate date = firstDay.addDays(i);
        if (best && QDateTime(date, QTime(0, 0), QTimeZone::utc()).toSecsSinceEpoch() - 14 * 3600 > *best)
            break;   // every wall time of this day and later lies after the best found
        if (!matchesDate(date))
            continue;
        if (QDateTime(date, QTime(0, 0), QTimeZone::utc()).toSecsSinceEpoch() + 38 * 3600 <= afterSecs)
            continue;   // every wall time of this day lies before `after`, whatever the offset
        const DayOffsets offsets = offsetsForDay(date, zone);
        const qint64 dayWall = QDateTime(date, QTime(0, 0), QTimeZone::utc()).toSecsSinceEpoch();
        for (std::size_t h = 0; h < 24; ++h) {
            if (!m_hours.test(h))
                continue;
            for (std::size_t m = 0; m < 60; ++m) {
                if (!m_minutes.test(m))
                    continue;
                const qint64 instant = resolveWallTime(dayWall + static_cast<qint64>(h) * 3600 + static_cast<qint64>(m) * 60, offsets);
                if (instant > afterSecs && (!best || instant < *best)) {
                    best = instant;
                    if (!offsets.hasTransition)
                        break;   // wall order is instant order on a day without a change
                }
            }
            if (best && !offsets.hasTransition)
                break;
        }
    }
    return best;
}

std::optional<QDateTime> CronExpression::nextRun(const QDateTime& after, const QTimeZone& zone) const
{
    const auto secs = nextRunSecs(after.toSecsSinceEpoch(), zone);
    if (!secs)
        return std::nullopt;
    return QDateTime::fromSecsSinceEpoch(*secs, QTimeZone::utc());
}

std::optional<std::chrono::seconds> CronExpression::longestGap(const QTimeZone& zone) const
{
    // A fixed reference year keeps the answer the same from one day to the next.
    const qint64 yearStart = QDateTime(QDate(2026, 1, 1), QTime(0, 0), QTimeZone::utc()).toSecsSinceEpoch();
    const qint64 yearEnd = QDateTime(QDate(2027, 2, 1), QTime(0, 0), QTimeZone::utc()).toSecsSinceEpoch();
    std::vector<std::pair<qint64, qint64>> windows;
    windows.emplace_back(yearStart, yearEnd);
    if (zone.hasTransitions()) {
        for (const auto& t : zone.transitions(QDateTime::fromSecsSinceEpoch(yearStart, QTimeZone::utc()),
                                              QDateTime::fromSecsSinceEpoch(yearEnd, QTimeZone::utc())))
            windows.emplace_back(t.atUtc.toSecsSinceEpoch() - 2 * 86400, t.atUtc.toSecsSinceEpoch() + 2 * 86400);
    }
    constexpr int kMaxRunsPerWindow = 4000;
    qint64 longest = 0;
    bool any = false;
    for (const auto& [from, to] : windows) {
        auto previous = nextRunSecs(from, zone);
        if (!previous)
            return std::nullopt;
        for (int n = 0; n < kMaxRunsPerWindow && *previous < to; ++n) {
            const auto next = nextRunSecs(*previous, zone);
            if (!next)
                break;
            longest = std::max(longest, *next - *previous);
            any = true;
            previous = next;
        }
    }
    if (!any)
        return std::nullopt;
    return std::chrono::seconds(longest);
}

} // namespace lifeboat::plan
