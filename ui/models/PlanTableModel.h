// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/plan/PlanIssue.h"

#include <QAbstractTableModel>

namespace lifeboat::ui {

class PlanDocument;

// One of the plan's lists as a table: domains, nodes, datasets, repositories or policies.
// Objects are edited through forms (ObjectFormDialog); a policy's schedule also in place.
class PlanTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum class Table { Domains, Nodes, Datasets, Repositories, Policies };
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
    Table table() const { return m_table; }
    plan::ObjectRef::Kind kind() const;

signals:
    // An edit that was not taken, and why (shown in the status bar).
    void editRefused(const QString& reason);

private:
    QVariant domainData(int row, int column, int role) const;
    QVariant nodeData(int row, int column, int role) const;
    QVariant datasetData(int row, int column, int role) const;
    QVariant repositoryData(int row, int column, int role) const;
    QVariant policyData(int row, int column, int role) const;

    PlanDocument* m_document;
    Table m_table;
};

} // namespace lifeboat::ui
