// SPDX-License-Identifier: GPL-3.0-or-later
#include "CapacityTableModel.h"

#include "SeverityIcons.h"
#include "core/util/Readable.h"
#include "ui/presenters/PlanAnalysis.h"

#include <QLocale>

namespace lifeboat::ui {

CapacityTableModel::CapacityTableModel(PlanAnalysis* analysis, QObject* parent) : QAbstractTableModel(parent), m_analysis(analysis)
{
    connect(analysis, &PlanAnalysis::updated, this, [this] {
        beginResetModel();
        endResetModel();
    });
}

void CapacityTableModel::setToday(const QDate& today)
{
    beginResetModel();
    m_today = today;
    endResetModel();
}

int CapacityTableModel::rowCount(const QModelIndex& parent) const
{
    if (parent.isValid() || !m_analysis->risk())
        return 0;
    return static_cast<int>(m_analysis->risk()->repositories.size());
}

int CapacityTableModel::columnCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant CapacityTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (static_cast<Column>(section)) {
    case RepositoryColumn: return tr("Repository");
    case CapacityColumn: return tr("Capacity");
    case NowColumn: return tr("First backups");
    case YearColumn: return tr("In 12 months");
    case TwoYearsColumn: return tr("In 24 months");
    case FillsColumn: return tr("Full on");
    case ColumnCount: break;
    }
    return {};
}

QVariant CapacityTableModel::data(const QModelIndex& index, int role) const
{
    const model::PlanRisk* risk = m_analysis->risk();
    if (!index.isValid() || !risk || index.row() >= rowCount())
        return {};
    const model::RepositoryCapacity& c = risk->repositories[static_cast<std::size_t>(index.row())];
    const auto at = [&](std::size_t month) { return month < c.bytesByMonth.size() ? c.bytesByMonth[month] : 0.0; };
    const bool fillsWithinTwoYears = c.fullAfterDays && *c.fullAfterDays <= 730;
    if (role == Qt::DecorationRole && index.column() == FillsColumn && fillsWithinTwoYears)
        return severityIcon(*c.fullAfterDays <= 90 ? plan::Severity::Error : plan::Severity::Warning);
    if (role == SortRole) {
        switch (static_cast<Column>(index.column())) {
        case CapacityColumn: return c.capacityBytes;
        case NowColumn: return at(0);
        case YearColumn: return at(12);
        case TwoYearsColumn: return at(24);
        case FillsColumn: return c.fullAfterDays.value_or(1e9);
        default: role = Qt::DisplayRole;
        }
    }
    if (role == Qt::ToolTipRole && index.column() == FillsColumn)
        return tr("Projected from each dataset's size, growth and daily change, the restore points retention keeps, "
                  "and the dedup and compression ratios (CapacityModel, docs/models.md).");
    if (role != Qt::DisplayRole)
        return {};
    switch (static_cast<Column>(index.column())) {
    case RepositoryColumn: return c.repository;
    case CapacityColumn: return c.capacityBytes > 0 ? readable::bytes(c.capacityBytes) : tr("not set");
    case NowColumn: return readable::bytes(at(0));
    case YearColumn: return readable::bytes(at(12));
    case TwoYearsColumn: return readable::bytes(at(24));
    case FillsColumn:
        if (c.capacityBytes <= 0)
            return tr("no capacity set");
        if (!c.fullAfterDays)
            return tr("not within 10 years");
        if (*c.fullAfterDays <= 0)
            return tr("full already");
        return QLocale().toString(m_today.addDays(static_cast<qint64>(*c.fullAfterDays)), QLocale::ShortFormat);
    case ColumnCount: break;
    }
    return {};
}

} // namespace lifeboat::ui
