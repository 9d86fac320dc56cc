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

QString domainLevelLabel(const QString& level)
{
    // The file keeps the English key; only what people read is translated.
    static const char* const kLabels[][2] = {
        {"region", QT_TRANSLATE_NOOP("DomainLevel", "region")}, {"site", QT_TRANSLATE_NOOP("DomainLevel", "site")},
        {"building", QT_TRANSLATE_NOOP("DomainLevel", "building")}, {"room", QT_TRANSLATE_NOOP("DomainLevel", "room")},
        {"row", QT_TRANSLATE_NOOP("DomainLevel", "row")}, {"pdu", QT_TRANSLATE_NOOP("DomainLevel", "pdu")},
        {"rack", QT_TRANSLATE_NOOP("DomainLevel", "rack")}, {"chassis", QT_TRANSLATE_NOOP("DomainLevel", "chassis")},
    };
    for (const auto& entry : kLabels) {
        if (level == QLatin1String(entry[0]))
            return QCoreApplication::translate("DomainLevel", entry[1]);
    }
    return level;
}

QString tierLabel(const QString& tier)
{
    static const char* const kLabels[][2] = {
        {"critical", QT_TRANSLATE_NOOP("Tier", "critical")}, {"high", QT_TRANSLATE_NOOP("Tier", "high")},
        {"medium", QT_TRANSLATE_NOOP("Tier", "medium")},     {"low", QT_TRANSLATE_NOOP("Tier", "low")},
    };
    for (const auto& entry : kLabels) {
        if (tier == QLatin1String(entry[0]))
            return QCoreApplication::translate("Tier", entry[1]);
    }
    return tier;
}

} // namespace lifeboat::plan
