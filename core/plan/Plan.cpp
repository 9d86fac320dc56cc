// SPDX-License-Identifier: GPL-3.0-or-later
#include "Plan.h"

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

} // namespace lifeboat::plan
