// SPDX-License-Identifier: GPL-3.0-or-later
#include "Units.h"

#include "DurationParts.h"

#include <QRegularExpression>

#include <array>
#include <cmath>
#include <limits>

namespace lifeboat::units {
namespace {

struct Unit {
    const char* name;
    double factor;
};

// Longest names first so "kib" is not read as "k" + "ib".
constexpr std::array<Unit, 20> kByteUnits{{
    {"eib", 1152921504606846976.0}, {"pib", 1125899906842624.0}, {"tib", 1099511627776.0},
    {"gib", 1073741824.0},          {"mib", 1048576.0},          {"kib", 1024.0},
    {"eb", 1e18}, {"pb", 1e15}, {"tb", 1e12}, {"gb", 1e9}, {"mb", 1e6}, {"kb", 1e3},
    {"e", 1e18},  {"p", 1e15},  {"t", 1e12},  {"g", 1e9},  {"m", 1e6},  {"k", 1e3},
    {"b", 1.0},   {"", 1.0},
}};

std::optional<double> parseScaledNumber(const QString& text)
{
    static const QRegularExpression re(QStringLiteral(R"(^\s*([0-9]+(?:\.[0-9]+)?)\s*([A-Za-z]*)\s*$)"));
    const auto match = re.match(text);
    if (!match.hasMatch())
        return std::nullopt;
    bool ok = false;
    const double number = match.captured(1).toDouble(&ok);
    if (!ok)
        return std::nullopt;
    const QString unit = match.captured(2).toLower();
    for (const Unit& u : kByteUnits) {
        if (unit == QLatin1String(u.name))
            return number * u.factor;
    }
    return std::nullopt;
}

} // namespace

std::optional<std::int64_t> parseBytes(const QString& text)
{
    const auto value = parseScaledNumber(text);
    // 2^63 bytes is 8 EiB: anything above cannot be represented and is certainly a typo.
    if (!value || *value >= 9.2e18)
        return std::nullopt;
    return static_cast<std::int64_t>(std::llround(*value));
}

QString formatBytesExact(std::int64_t bytes)
{
    if (bytes == 0)
        return QStringLiteral("0 B");
    struct Named {
        const char* name;
        std::int64_t factor;
    };
    static constexpr std::array<Named, 10> kUnits{{
        {"EB", 1000000000000000000LL}, {"EiB", 1152921504606846976LL}, {"PB", 1000000000000000LL},
        {"PiB", 1125899906842624LL},   {"TB", 1000000000000LL},        {"TiB", 1099511627776LL},
        {"GB", 1000000000LL},          {"GiB", 1073741824LL},          {"MB", 1000000LL},
        {"MiB", 1048576LL},
    }};
    // The largest unit that gives an exact value with at most one decimal: "1.5 TB" reads
    // better than "1500 GB", and neither loses a byte.
    for (const Named& unit : kUnits) {
        if (bytes < unit.factor)
            continue;
        if (bytes % unit.factor == 0)
            return QStringLiteral("%1 %2").arg(bytes / unit.factor).arg(QLatin1String(unit.name));
        if (bytes < std::numeric_limits<std::int64_t>::max() / 10 && (bytes * 10) % unit.factor == 0)
            return QStringLiteral("%1 %2").arg(static_cast<double>(bytes) / static_cast<double>(unit.factor), 0, 'f', 1).arg(QLatin1String(unit.name));
    }
    return QStringLiteral("%1 B").arg(bytes);
}

std::optional<std::chrono::seconds> parseDuration(const QString& text)
{
    static const QRegularExpression whole(QStringLiteral(R"(^\s*(?:[0-9]+(?:\.[0-9]+)?\s*[smhdw]\s*)+$)"));
    static const QRegularExpression part(QStringLiteral(R"(([0-9]+(?:\.[0-9]+)?)\s*([smhdw]))"));
    if (!whole.match(text).hasMatch())
        return std::nullopt;
    double seconds = 0;
    auto it = part.globalMatch(text);
    while (it.hasNext()) {
        const auto m = it.next();
        const double n = m.captured(1).toDouble();
        switch (m.captured(2).at(0).toLatin1()) {
        case 's': seconds += n; break;
        case 'm': seconds += n * 60; break;
        case 'h': seconds += n * 3600; break;
        case 'd': seconds += n * 86400; break;
        case 'w': seconds += n * 604800; break;
        default: return std::nullopt;
        }
    }
    if (seconds > 1e12)
        return std::nullopt;
    return std::chrono::seconds(std::llround(seconds));
}

QString formatDuration(std::chrono::seconds duration)
{
    if (duration.count() == 0)
        return QStringLiteral("0s");
    QString out = duration.count() < 0 ? QStringLiteral("-") : QString();
    for (const auto& [count, unit] : durationParts(duration))
        out += QString::number(count) + QLatin1Char(unit);
    return out;
}

std::optional<double> parsePercent(const QString& text)
{
    QString t = text.trimmed();
    const bool percent = t.endsWith(QLatin1Char('%'));
    if (percent)
        t.chop(1);
    static const QRegularExpression number(QStringLiteral(R"(^\s*[0-9]+(?:\.[0-9]+)?(?:[eE][-+]?[0-9]+)?\s*$)"));
    if (!number.match(t).hasMatch())
        return std::nullopt;
    const double value = t.toDouble();
    return percent ? value / 100.0 : value;
}

QString formatPercent(double fraction)
{
    return QString::number(fraction * 100.0, 'g', 12) + QLatin1Char('%');
}

std::optional<double> parseBytesPerSecond(const QString& text)
{
    QString t = text.trimmed();
    if (!t.endsWith(QLatin1String("/s")))
        return std::nullopt;
    t.chop(2);
    return parseScaledNumber(t);
}

QString formatBytesPerSecond(double bytesPerSecond)
{
    const auto asBytes = static_cast<std::int64_t>(std::llround(bytesPerSecond));
    return formatBytesExact(asBytes) + QStringLiteral("/s");
}

} // namespace lifeboat::units
