// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractTableModel>

namespace lifeboat::ui {

class PlanDocument;

// One of the plan's lists as a read-only table: datasets, repositories or policies.
// (Editing them is the plan editor's work, issue #7.)
class PlanTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum class Table { Datasets, Repositories, Policies };
    enum Role { ObjectNameRole = Qt::UserRole + 1, SortRole };

    PlanTableModel(PlanDocument* document, Table table, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    // Policies: the schedule (cron) cell is editable, through the document's undo stack.
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    static constexpr int kPolicyScheduleColumn = 2;

    int rowOfName(const QString& name) const;

signals:
    // An edit that was not taken, and why (shown in the status bar).
    void editRefused(const QString& reason);

private:
    QVariant datasetData(int row, int column, int role) const;
    QVariant repositoryData(int row, int column, int role) const;
    QVariant policyData(int row, int column, int role) const;

    PlanDocument* m_document;
    Table m_table;
};

} // namespace lifeboat::ui
