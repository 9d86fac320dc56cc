// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractTableModel>
#include <QDate>

namespace lifeboat::ui {

class PlanAnalysis;

// Each repository's projected usage under the current what-if: now, in 12 and 24 months,
// its capacity and the day it fills (CapacityModel: growth, daily change, retention, dedup
// and compression).
class CapacityTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { RepositoryColumn = 0, CapacityColumn, NowColumn, YearColumn, TwoYearsColumn, FillsColumn, ColumnCount };
    enum Role { SortRole = Qt::UserRole + 1 };

    explicit CapacityTableModel(PlanAnalysis* analysis, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // Day 0 of the projection: today, unless a test fixes it.
    void setToday(const QDate& today);
    QDate today() const { return m_today; }

private:
    PlanAnalysis* m_analysis;
    QDate m_today = QDate::currentDate();
};

} // namespace lifeboat::ui
