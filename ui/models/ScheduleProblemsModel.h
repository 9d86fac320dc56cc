// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractTableModel>
#include <QDateTime>

#include <vector>

namespace lifeboat::ui {

class ScheduleAnalysis;

// Everything wrong with the schedule in the span shown, one row each: two runs sharing a
// repository or a link at the same time, and runs that miss or overrun their window.
class ScheduleProblemsModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { WhenColumn = 0, KindColumn, WhatColumn, ReasonColumn, ColumnCount };
    enum Role { SortRole = Qt::UserRole + 1 };

    explicit ScheduleProblemsModel(ScheduleAnalysis* analysis, QObject* parent = nullptr);
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Row {
        QDateTime when;
        QString kind;
        QString what;
        QString reason;
    };
    void rebuild();
    ScheduleAnalysis* m_analysis;
    std::vector<Row> m_rows;
};

} // namespace lifeboat::ui
