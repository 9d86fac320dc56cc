// SPDX-License-Identifier: GPL-3.0-or-later
#include "Plan.h"

#include <QCoreApplication>

namespace lifeboat::plan {

QString layoutName(DatasetLayout layout)
{
    switch (layout) {
    case DatasetLayout::Replicated: return QStringLiteral("replicated");
    case DatasetLayout::Sharded: return QStringLiteral("sharded");
    case DatasetLayout::Invalid: break;
    }
    return {};
}

DatasetLayout layoutFromName(const QString& name)
{
    if (name == QLatin1String("replicated"))
        return DatasetLayout::Replicated;
    if (name == QLatin1String("sharded"))
        return DatasetLayout::Sharded;
    return DatasetLayout::Invalid;
}

const QStringList& knownTiers()
{
    static const QStringList tiers{QStringLiteral("critical"), QStringLiteral("high"), QStringLiteral("medium"), QStringLiteral("low")};
    return tiers;
}

const QStringList& knownDomainLevels()
{
    static const QStringList levels{QStringLiteral("region"), QStringLiteral("site"), QStringLiteral("building"),
                                    QStringLiteral("room"),   QStringLiteral("row"),  QStringLiteral("pdu"),
                                    QStringLiteral("rack"),   QStringLiteral("chassis")};
    return levels;
}

namespace {

// Keys as written in plan files, and their labels for people (translated in `context`).
template <std::size_t N>
QString translatedLabel(const char* const (&table)[N][2], const char* context, const QString& key)
{
    for (const auto& entry : table) {
        if (key == QLatin1String(entry[0]))
            return QCoreApplication::translate(context, entry[1]);
    }
    return key;   // not a known key: shown as written
}

} // namespace

QString domainLevelLabel(const QString& level)
{
    static const char* const kLabels[][2] = {
        {"region", QT_TRANSLATE_NOOP("DomainLevel", "region")}, {"site", QT_TRANSLATE_NOOP("DomainLevel", "site")},
        {"building", QT_TRANSLATE_NOOP("DomainLevel", "building")}, {"room", QT_TRANSLATE_NOOP("DomainLevel", "room")},
        {"row", QT_TRANSLATE_NOOP("DomainLevel", "row")}, {"pdu", QT_TRANSLATE_NOOP("DomainLevel", "pdu")},
        {"rack", QT_TRANSLATE_NOOP("DomainLevel", "rack")}, {"chassis", QT_TRANSLATE_NOOP("DomainLevel", "chassis")},
    };
    return translatedLabel(kLabels, "DomainLevel", level);
}

QString tierLabel(const QString& tier)
{
    static const char* const kLabels[][2] = {
        {"critical", QT_TRANSLATE_NOOP("Tier", "critical")}, {"high", QT_TRANSLATE_NOOP("Tier", "high")},
        {"medium", QT_TRANSLATE_NOOP("Tier", "medium")},     {"low", QT_TRANSLATE_NOOP("Tier", "low")},
    };
    return translatedLabel(kLabels, "Tier", tier);
}

} // namespace lifeboat::plan
