// SPDX-License-Identifier: GPL-3.0-or-later
#include "IssueListModel.h"

#include "SeverityIcons.h"
#include "ui/PlanDocument.h"

#include <algorithm>

namespace lifeboat::ui {

IssueListModel::IssueListModel(PlanDocument* document, QObject* parent) : QAbstractTableModel(parent), m_document(document)
{
    connect(document, &PlanDocument::issuesChanged, this, &IssueListModel::reload);
    reload();
}

void IssueListModel::reload()
{
    beginResetModel();
    m_issues = m_document->issues();
    std::stable_sort(m_issues.begin(), m_issues.end(), [](const plan::PlanIssue& a, const plan::PlanIssue& b) { return a.severity > b.severity; });
    endResetModel();
}

int IssueListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_issues.size());
}

int IssueListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

const plan::PlanIssue* IssueListModel::issueAt(int row) const
{
    if (row < 0 || static_cast<std::size_t>(row) >= m_issues.size())
        return nullptr;
    return &m_issues[static_cast<std::size_t>(row)];
}

QVariant IssueListModel::data(const QModelIndex& index, int role) const
{
    const plan::PlanIssue* issue = issueAt(index.row());
    if (!issue)
        return {};
    switch (role) {
    case ObjectKindRole: return static_cast<int>(issue->object.kind);
    case ObjectNameRole: return issue->object.name;
    case IssueKindRole: return issue->kind;
    case Qt::DecorationRole: return index.column() == SeverityColumn ? severityIcon(issue->severity) : QVariant();
    case Qt::ToolTipRole: return issue->message;
    case Qt::DisplayRole:
        switch (index.column()) {
        case SeverityColumn: return plan::severityLabel(issue->severity);
        case MessageColumn: return issue->message;
        case PathColumn: return issue->path;
        default: return {};
        }
    default: return {};
    }
}

QVariant IssueListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case SeverityColumn: return tr("Severity");
    case MessageColumn: return tr("Problem");
    case PathColumn: return tr("Where in the file");
    default: return {};
    }
}

} // namespace lifeboat::ui
