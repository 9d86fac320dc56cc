// SPDX-License-Identifier: GPL-3.0-or-later
#include "PlanView.h"

#include "ui/PlanDocument.h"
#include "ui/models/PlanTableModel.h"

#include <QHeaderView>
#include <QLabel>
#include <QSortFilterProxyModel>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace lifeboat::ui {

PlanView::PlanView(PlanDocument* document, QWidget* parent) : QWidget(parent), m_document(document), m_header(new QLabel(this)), m_tabs(new QTabWidget(this))
{
    m_header->setWordWrap(true);
    m_header->setTextFormat(Qt::PlainText);
    m_datasets = addTable(new PlanTableModel(document, PlanTableModel::Table::Datasets, this), tr("Datasets"), QStringLiteral("datasetsTableView"));
    m_repositories = addTable(new PlanTableModel(document, PlanTableModel::Table::Repositories, this), tr("Repositories"), QStringLiteral("repositoriesTableView"));
    m_policies = addTable(new PlanTableModel(document, PlanTableModel::Table::Policies, this), tr("Policies"), QStringLiteral("policiesTableView"));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_header);
    layout->addWidget(m_tabs, 1);
    const auto update = [this] {
        const plan::Plan& p = m_document->plan();
        m_header->setText(p.description.isEmpty() ? p.name : p.name + QStringLiteral("\n") + p.description);
        for (QTableView* t : {m_datasets, m_repositories, m_policies})
            t->resizeColumnsToContents();
    };
    connect(document, &PlanDocument::loaded, this, update);
    update();
}

QTableView* PlanView::addTable(PlanTableModel* model, const QString& title, const QString& objectName)
{
    auto* proxy = new QSortFilterProxyModel(this);
    proxy->setSourceModel(model);
    proxy->setSortRole(PlanTableModel::SortRole);
    auto* view = new QTableView(this);
    view->setObjectName(objectName);
    view->setModel(proxy);
    view->setSortingEnabled(true);
    view->sortByColumn(-1, Qt::AscendingOrder);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    // Only the cells a model marks editable take edits (the policies' schedules so far).
    view->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed);
    connect(model, &PlanTableModel::editRefused, this, &PlanView::editRefused);
    view->verticalHeader()->hide();
    view->setWordWrap(false);
    view->horizontalHeader()->setStretchLastSection(true);
    m_tabs->addTab(view, title);
    return view;
}

QTableView* PlanView::tableFor(plan::ObjectRef::Kind kind) const
{
    switch (kind) {
    case plan::ObjectRef::Kind::Dataset: return m_datasets;
    case plan::ObjectRef::Kind::Repository: return m_repositories;
    case plan::ObjectRef::Kind::Policy: return m_policies;
    default: return nullptr;
    }
}

bool PlanView::selectObject(const plan::ObjectRef& ref)
{
    QTableView* view = tableFor(ref.kind);
    if (!view)
        return false;
    auto* proxy = static_cast<QSortFilterProxyModel*>(view->model());
    auto* model = static_cast<PlanTableModel*>(proxy->sourceModel());
    const int row = model->rowOfName(ref.name);
    if (row < 0)
        return false;
    m_tabs->setCurrentWidget(view);
    const QModelIndex index = proxy->mapFromSource(model->index(row, 0));
    view->scrollTo(index);
    view->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    return true;
}

} // namespace lifeboat::ui
