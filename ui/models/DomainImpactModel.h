// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractTableModel>

namespace lifeboat::ui {

class PlanAnalysis;

// What failing one domain does to each dataset it touches (DomainFailure): copies lost,
// where a restore comes from, how long it takes and when it is done in the restore order,
// and the loss probability before and while the domain is down.
class DomainImpactModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { DatasetColumn = 0, CopiesColumn, BackupsLostColumn, RestoreFromColumn, RestoreColumn, DoneColumn, LossBeforeColumn, LossDownColumn, ColumnCount };
    enum Role { SortRole = Qt::UserRole + 1, NeedsRestoreRole, UnrecoverableRole };

    explicit DomainImpactModel(PlanAnalysis* analysis, QObject* parent = nullptr);
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    PlanAnalysis* m_analysis;
};

} // namespace lifeboat::ui
