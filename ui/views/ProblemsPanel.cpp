// SPDX-License-Identifier: GPL-3.0-or-later
#include "ProblemsPanel.h"

#include "ui/PlanDocument.h"
#include "ui/models/IssueListModel.h"

#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>


namespace lifeboat::ui {

ProblemsPanel::ProblemsPanel(PlanDocument* document, QWidget* parent)
    : QWidget(parent), m_document(document), m_model(new IssueListModel(document, this)), m_table(new QTableView(this)), m_summary(new QLabel(this))
{
    m_table->setObjectName(QStringLiteral("problemsTableView"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(IssueListModel::MessageColumn, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(IssueListModel::SeverityColumn, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(IssueListModel::PathColumn, QHeaderView::ResizeToContents);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_summary);
    layout->addWidget(m_table, 1);

    // Selecting with the keyboard or the mouse both jump, so arrow keys walk the list.
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this](const QModelIndex& current) {
        if (const plan::PlanIssue* issue = m_model->issueAt(current.row()))
            emit objectChosen(issue->object);
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, &ProblemsPanel::updateSummary);
    updateSummary();
}

void ProblemsPanel::updateSummary()
{
    const plan::PlanIssues& issues = m_document->issues();
    const int errors = plan::countIssues(issues, plan::Severity::Error);
    const int warnings = plan::countIssues(issues, plan::Severity::Warning);
    const int infos = plan::countIssues(issues, plan::Severity::Info);
    if (issues.empty())
        m_summary->setText(tr("No problems found in this plan."));
    else
        m_summary->setText(tr("%1 error(s), %2 warning(s), %3 note(s). Select one to go to what it is about.").arg(errors).arg(warnings).arg(infos));
}

} // namespace lifeboat::ui
