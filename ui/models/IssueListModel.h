// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/plan/PlanIssue.h"

#include <QAbstractTableModel>

namespace lifeboat::ui {

class PlanDocument;

// The validation results of the open plan, errors first.
class IssueListModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { SeverityColumn = 0, MessageColumn, PathColumn, ColumnCount };
    enum Role { ObjectKindRole = Qt::UserRole + 1, ObjectNameRole, IssueKindRole };

    explicit IssueListModel(PlanDocument* document, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    const plan::PlanIssue* issueAt(int row) const;

private:
    void reload();

    PlanDocument* m_document;
    plan::PlanIssues m_issues;
};

} // namespace lifeboat::ui
