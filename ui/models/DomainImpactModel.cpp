// SPDX-License-Identifier: GPL-3.0-or-later
#include "DomainImpactModel.h"

#include "RiskTableModel.h"
#include "SeverityIcons.h"
#include "ui/presenters/PlanAnalysis.h"
#include "core/util/Readable.h"

namespace lifeboat::ui {
DomainImpactModel::DomainImpactModel(PlanAnalysis* analysis, QObject* parent) : QAbstractTableModel(parent), m_analysis(analysis)
{
    connect(analysis, &PlanAnalysis::updated, this, [this] {
        beginResetModel();
        endResetModel();
    });
}

int DomainImpactModel::rowCount(const QModelIndex& parent) const
{
    const model::DomainFailureImpact* impact = m_analysis->domainFailure();
    return parent.isValid() || !impact ? 0 : static_cast<int>(impact->datasets.size());
}

int DomainImpactModel::columnCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant DomainImpactModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (static_cast<Column>(section)) {
    case DatasetColumn: return tr("Dataset");
    case CopiesColumn: return tr("Copies lost");
    case BackupsLostColumn: return tr("Backups lost");
    case RestoreFromColumn: return tr("Restore from");
    case RestoreColumn: return tr("Restore time");
    case DoneColumn: return tr("Done after");
    case LossBeforeColumn: return tr("Loss / year before");
    case LossDownColumn: return tr("Loss / year while down");
    case ColumnCount: break;
    }
    return {};
}

QVariant DomainImpactModel::data(const QModelIndex& index, int role) const
{
    const model::DomainFailureImpact* impact = m_analysis->domainFailure();
    if (!index.isValid() || !impact || index.row() >= rowCount())
        return {};
    const model::DatasetImpact& d = impact->datasets[static_cast<std::size_t>(index.row())];
    const bool unrecoverable = d.needsRestore && d.restoreFrom.isEmpty();
    if (role == NeedsRestoreRole)
        return d.needsRestore;
    if (role == UnrecoverableRole)
        return unrecoverable;
    if (role == Qt::DecorationRole && index.column() == DatasetColumn)
        return unrecoverable ? severityIcon(plan::Severity::Error) : d.needsRestore ? severityIcon(plan::Severity::Warning) : QVariant();
    if (role == Qt::ToolTipRole && index.column() == DoneColumn && d.needsRestore && !d.restoreFrom.isEmpty())
        return d.withinRto ? tr("Within its RTO.") : tr("Misses its RTO of %1.").arg(readable::hours(d.rtoTargetHours));
    if (role == SortRole) {
        switch (static_cast<Column>(index.column())) {
        case CopiesColumn: return d.copiesLost;
        case RestoreColumn: return d.restoreHours.value_or(-1);
        case DoneColumn: return d.needsRestore ? d.finishesAfterHours : -1.0;
        case LossBeforeColumn: return d.lossPerYearBefore.value_or(-1);
        case LossDownColumn: return d.lossPerYearWhileDown.value_or(-1);
        default: role = Qt::DisplayRole;
        }
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (static_cast<Column>(index.column())) {
    case DatasetColumn: return d.dataset;
    case CopiesColumn: return tr("%1 of %2").arg(d.copiesLost).arg(d.copies);
    case BackupsLostColumn: return d.backupsLost.isEmpty() ? tr("none") : d.backupsLost.join(QStringLiteral(", "));
    case RestoreFromColumn:
        if (!d.needsRestore)
            return tr("not needed: a copy is left");
        if (unrecoverable)
            return tr("LOST: no backup survives");
        return tr("%1 (point at most %2 old)").arg(d.restoreFrom, readable::hours(d.restorePointAgeHours.value_or(0)));
    case RestoreColumn: return d.needsRestore && !unrecoverable && d.restoreHours ? readable::hours(*d.restoreHours) : QString();
    case DoneColumn:
        if (!d.needsRestore || unrecoverable)
            return {};
        return d.withinRto ? readable::hours(d.finishesAfterHours) : tr("%1 (RTO missed)").arg(readable::hours(d.finishesAfterHours));
    case LossBeforeColumn: return d.lossPerYearBefore ? readable::probability(*d.lossPerYearBefore) : QString();
    case LossDownColumn:
        if (unrecoverable)
            return tr("lost");
        return d.lossPerYearWhileDown ? readable::probability(*d.lossPerYearWhileDown) : d.needsRestore ? tr("being restored") : QString();
    case ColumnCount: break;
    }
    return {};
}

} // namespace lifeboat::ui
