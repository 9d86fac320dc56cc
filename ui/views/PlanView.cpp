// SPDX-License-Identifier: GPL-3.0-or-later
#include "PlanView.h"

#include "core/plan/PlanEdit.h"
#include "ui/PlanDocument.h"
#include "ui/models/PlanTableModel.h"
#include "ui/views/ObjectFormDialog.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTabWidget>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace lifeboat::ui {
namespace {

PlanTableModel* sourceOf(const QTableView* view)
{
    return static_cast<PlanTableModel*>(static_cast<QSortFilterProxyModel*>(view->model())->sourceModel());
}

} // namespace

PlanView::PlanView(PlanDocument* document, QWidget* parent)
    : QWidget(parent), m_document(document), m_header(new QLabel(this)), m_tabs(new QTabWidget(this)),
      m_add(new QAction(QIcon::fromTheme(QStringLiteral("list-add")), tr("&Add…"), this)),
      m_edit(new QAction(QIcon::fromTheme(QStringLiteral("document-edit")), tr("&Edit…"), this)),
      m_delete(new QAction(QIcon::fromTheme(QStringLiteral("list-remove")), tr("&Delete"), this))
{
    m_header->setWordWrap(true);
    m_header->setTextFormat(Qt::PlainText);
    using Table = PlanTableModel::Table;
    addTable(new PlanTableModel(document, Table::Datasets, this), tr("Datasets"), QStringLiteral("datasetsTableView"));
    addTable(new PlanTableModel(document, Table::Repositories, this), tr("Repositories"), QStringLiteral("repositoriesTableView"));
    addTable(new PlanTableModel(document, Table::Policies, this), tr("Policies"), QStringLiteral("policiesTableView"));
    addTable(new PlanTableModel(document, Table::Domains, this), tr("Failure domains"), QStringLiteral("domainsTableView"));
    addTable(new PlanTableModel(document, Table::Nodes, this), tr("Nodes"), QStringLiteral("nodesTableView"));

    // Shortcuts of the table they act on, so Delete in a text field elsewhere stays a key.
    m_add->setShortcut(QKeySequence(Qt::Key_Insert));
    m_delete->setShortcut(QKeySequence::Delete);
    m_add->setToolTip(tr("Add an object to the current table (Insert)"));
    m_edit->setToolTip(tr("Edit the selected object in a form (Enter or double-click)"));
    m_delete->setToolTip(tr("Delete the selected object (Delete); Ctrl+Z brings it back"));
    for (QAction* a : {m_add, m_edit, m_delete}) {
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        addAction(a);
    }
    connect(m_add, &QAction::triggered, this, &PlanView::addObject);
    connect(m_edit, &QAction::triggered, this, &PlanView::editObject);
    connect(m_delete, &QAction::triggered, this, &PlanView::deleteObject);

    auto* buttons = new QHBoxLayout;
    for (QAction* a : {m_add, m_edit, m_delete}) {
        auto* b = new QToolButton(this);
        b->setDefaultAction(a);
        b->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        buttons->addWidget(b);
    }
    buttons->addStretch(1);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_header);
    layout->addLayout(buttons);
    layout->addWidget(m_tabs, 1);
    const auto update = [this] {
        const plan::Plan& p = m_document->plan();
        m_header->setText(p.description.isEmpty() ? p.name : p.name + QStringLiteral("\n") + p.description);
        for (QTableView* t : std::as_const(m_tables))
            t->resizeColumnsToContents();
        updateActions();
    };
    connect(document, &PlanDocument::loaded, this, update);
    connect(document, &PlanDocument::listChanged, this, &PlanView::updateActions);
    connect(m_tabs, &QTabWidget::currentChanged, this, &PlanView::updateActions);
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
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    // Only the cells a model marks editable take edits in place (a policy's schedule); a
    // double-click anywhere else opens the object's form.
    view->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed);
    // Enter on a row, or a double-click where no in-place editor opened, opens the form
    // (an editor that opens takes the click, and activated() is not emitted).
    connect(view, &QTableView::activated, this, [this, view] {
        if (view == m_tabs->currentWidget())
            editObject();
    });
    connect(view->selectionModel(), &QItemSelectionModel::currentChanged, this, &PlanView::updateActions);
    connect(model, &PlanTableModel::editRefused, this, &PlanView::editRefused);
    view->verticalHeader()->hide();
    view->setWordWrap(false);
    view->horizontalHeader()->setStretchLastSection(true);
    m_tabs->addTab(view, title);
    m_tables << view;
    return view;
}

QTableView* PlanView::tableFor(plan::ObjectRef::Kind kind) const
{
    for (QTableView* t : m_tables)
        if (sourceOf(t)->kind() == kind)
            return t;
    return nullptr;
}

plan::ObjectRef::Kind PlanView::currentKind() const
{
    auto* view = qobject_cast<QTableView*>(m_tabs->currentWidget());
    return view ? sourceOf(view)->kind() : plan::ObjectRef::Kind::None;
}

int PlanView::currentIndex() const
{
    auto* view = qobject_cast<QTableView*>(m_tabs->currentWidget());
    if (!view || !view->selectionModel()->hasSelection())
        return -1;
    const QModelIndex current = view->currentIndex();
    if (!current.isValid())
        return -1;
    return static_cast<QSortFilterProxyModel*>(view->model())->mapToSource(current).row();
}

void PlanView::updateActions()
{
    const bool any = currentIndex() >= 0;
    m_edit->setEnabled(any);
    m_delete->setEnabled(any);
    const QString kind = plan::PlanEdit::kindLabel(currentKind());
    m_add->setText(tr("&Add %1…").arg(kind));
}

void PlanView::addObject()
{
    if (currentKind() != plan::ObjectRef::Kind::None)
        openForm(currentKind(), -1);
}

void PlanView::editObject()
{
    if (currentIndex() >= 0)
        openForm(currentKind(), currentIndex());
}

void PlanView::openForm(plan::ObjectRef::Kind kind, int index)
{
    // open(), not exec(): window-modal, and the rest of the console keeps painting.
    auto* dialog = new ObjectFormDialog(m_document, kind, index, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, kind, dialog] { selectObject({kind, dialog->result().name}); });
    dialog->open();
}

void PlanView::deleteObject()
{
    const int index = currentIndex();
    const plan::ObjectRef::Kind kind = currentKind();
    if (index < 0)
        return;
    const plan::Plan& plan = m_document->plan();
    const QString name = plan::PlanEdit::nameAt(plan, kind, index);
    const QStringList users = plan::PlanEdit::referencesTo(plan, kind, name);
    const QString kindLabel = plan::PlanEdit::kindLabel(kind);
    if (!users.isEmpty()) {
        // Asked only when something would be left pointing at nothing; otherwise undo is enough.
        QMessageBox box(QMessageBox::Warning, tr("Delete %1 %2?").arg(kindLabel, name),
                        tr("%1 %2 is used by %3. They will refer to nothing until you change them (Problems lists each one).")
                            .arg(kindLabel, name, users.join(QStringLiteral(", "))),
                        QMessageBox::Cancel, this);
        QPushButton* remove = box.addButton(tr("Delete"), QMessageBox::DestructiveRole);
        box.setDefaultButton(QMessageBox::Cancel);
        box.setObjectName(QStringLiteral("confirmDeleteBox"));
        box.exec();
        if (box.clickedButton() != static_cast<QAbstractButton*>(remove))
            return;
    }
    m_document->applyEdit(plan::PlanEdit::remove(plan, kind, index), tr("Delete %1 %2").arg(kindLabel, name));
}

bool PlanView::selectObject(const plan::ObjectRef& ref)
{
    QTableView* view = tableFor(ref.kind);
    if (!view)
        return false;
    auto* proxy = static_cast<QSortFilterProxyModel*>(view->model());
    auto* model = sourceOf(view);
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
