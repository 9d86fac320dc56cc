// SPDX-License-Identifier: GPL-3.0-or-later
#include "Readable.h"

#include "DurationParts.h"

#include <QCoreApplication>
#include <QLocale>

#include <array>
#include <cmath>
#include <limits>

namespace lifeboat::readable {
namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("lifeboat::readable", text);
}

} // namespace

QString bytes(double bytes)
{
    static constexpr std::array<const char*, 7> kNames{"B", "kB", "MB", "GB", "TB", "PB", "EB"};
    std::size_t index = 0;
    double value = bytes;
    while (std::fabs(value) >= 1000.0 && index + 1 < kNames.size()) {
        value /= 1000.0;
        ++index;
    }
    const int decimals = index == 0 ? 0 : (std::fabs(value) < 10 ? 2 : (std::fabs(value) < 100 ? 1 : 0));
    // SI unit symbols are the same in every language we ship; only the number is localized.
    return QStringLiteral("%1 %2").arg(QLocale().toString(value, 'f', decimals), QLatin1String(kNames[index]));
}

QString bytesPerSecond(double bytesPerSecond)
{
    return tr("%1/s").arg(bytes(bytesPerSecond));
}

QString duration(std::chrono::seconds duration)
{
    if (duration.count() == 0)
        return tr("%L1s").arg(0);
    // QT_TRANSLATE_NOOP so lupdate sees the units; they are translated when used.
    const auto pattern = [](char unit) {
        switch (unit) {
        case 'w': return QT_TRANSLATE_NOOP("lifeboat::readable", "%L1w");
        case 'd': return QT_TRANSLATE_NOOP("lifeboat::readable", "%L1d");
        case 'h': return QT_TRANSLATE_NOOP("lifeboat::readable", "%L1h");
        case 'm': return QT_TRANSLATE_NOOP("lifeboat::readable", "%L1m");
        default: return QT_TRANSLATE_NOOP("lifeboat::readable", "%L1s");
        }
    };
    QString out = duration.count() < 0 ? QLocale().negativeSign() : QString();
    for (const auto& [count, unit] : units::durationParts(duration))
        out += tr(pattern(unit)).arg(count);
    return out;
}

QString durationCeil(double seconds)
{
    if (!std::isfinite(seconds))
        return tr("never");
    const double clamped = std::min(std::ceil(std::fabs(seconds)), static_cast<double>(std::numeric_limits<qint64>::max() / 2));
    return duration(std::chrono::seconds(static_cast<qint64>(seconds < 0 ? -clamped : clamped)));
}

QString hours(double h)
{
    if (h < 1)
        return tr("%L1 min").arg(std::max(0.0, h * 60), 0, 'f', 0);
    if (h < 48)
        return tr("%L1 h").arg(h, 0, 'f', 1);
    return tr("%L1 d").arg(h / 24, 0, 'f', 1);
}

QString number(double value, int decimals)
{
    return QLocale().toString(value, 'f', decimals);
}

QString percent(double fraction, int decimals)
{
    const QLocale locale;
    return locale.toString(fraction * 100.0, 'f', decimals) + locale.percent();
}

QString probability(double p)
{
    if (p <= 0)
        return QStringLiteral("0");
    if (p < 1e-15)
        return tr("< 1e-15");
    return QLocale().toString(p, 'g', 3);
}

} // namespace lifeboat::readable
