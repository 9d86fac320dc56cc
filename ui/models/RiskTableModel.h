// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractTableModel>

namespace lifeboat::ui {

class PlanAnalysis;

// Every dataset's figures under the current what-if, one row each: loss probability per
// year (and in nines), expected bytes lost, RPO and RTO against the dataset's targets, and
// the model that produced them; with the Monte Carlo estimate beside the analytic value
// once a simulation has run on the same input.
class RiskTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        DatasetColumn = 0,
        TierColumn,
        LossColumn,
        NinesColumn,
        SimulatedColumn,
        BytesLostColumn,
        RpoColumn,
        RpoTargetColumn,
        RtoColumn,
        RtoTargetColumn,
        ComplianceColumn,
        ModelColumn,
        ColumnCount
    };
    enum Role { SortRole = Qt::UserRole + 1, CompliantRole };

    explicit RiskTableModel(PlanAnalysis* analysis, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    void reset();
    PlanAnalysis* m_analysis;
};

} // namespace lifeboat::ui
