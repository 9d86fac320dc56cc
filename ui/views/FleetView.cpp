// SPDX-License-Identifier: GPL-3.0-or-later
#include "FleetView.h"

#include "ui/FleetDialogs.h"
#include "ui/PlanDocument.h"
#include "ui/models/FleetTreeModel.h"

#include <QAction>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QSortFilterProxyModel>
#include <QTreeView>
#include <QVBoxLayout>

namespace lifeboat::ui {

FleetView::FleetView(PlanDocument* document, QWidget* parent)
    : QWidget(parent), m_document(document), m_model(new FleetTreeModel(document, this)), m_proxy(new QSortFilterProxyModel(this)),
      m_tree(new QTreeView(this)), m_filter(new QLineEdit(this)), m_summary(new QLabel(this)), m_deleteNode(new QAction(tr("&Delete Node"), this)),
      m_failDomain(new QAction(tr("What If This Domain &Fails"), this))
{
    m_proxy->setSourceModel(m_model);
    m_proxy->setRecursiveFilteringEnabled(true);   // a matching node keeps its rack and site visible
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterKeyColumn(-1);
    m_proxy->setSortRole(FleetTreeModel::SortRole);

    m_filter->setPlaceholderText(tr("Filter by name, role, address, user or disk (Ctrl+F)"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setObjectName(QStringLiteral("fleetFilterLineEdit"));
    m_filterTimer.setSingleShot(true);
    m_filterTimer.setInterval(150);   // a keystroke does not re-filter 100,000 rows
    connect(m_filter, &QLineEdit::textChanged, &m_filterTimer, qOverload<>(&QTimer::start));
    connect(&m_filterTimer, &QTimer::timeout, this, &FleetView::applyFilter);

    m_tree->setObjectName(QStringLiteral("fleetTreeView"));
    m_tree->setModel(m_proxy);
    m_tree->setUniformRowHeights(true);
    m_tree->setSortingEnabled(true);
    m_tree->sortByColumn(-1, Qt::AscendingOrder);   // plan order until the user sorts
    m_tree->setAlternatingRowColors(true);
    m_tree->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed);
    m_tree->header()->setSectionResizeMode(QHeaderView::Interactive);
    m_tree->setColumnWidth(FleetTreeModel::NameColumn, 200);
    m_tree->setColumnWidth(FleetTreeModel::AddressColumn, 260);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_filter);
    layout->addWidget(m_tree, 1);
    layout->addWidget(m_summary);

    m_deleteNode->setShortcut(QKeySequence::Delete);
    m_deleteNode->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_deleteNode->setEnabled(false);
    connect(m_deleteNode, &QAction::triggered, this, &FleetView::deleteCurrentNode);
    m_tree->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_tree->addAction(m_deleteNode);
    addAction(m_deleteNode);
    m_failDomain->setToolTip(tr("Every node at or below the selected domain goes down: see what is lost, restored from where, and by when"));
    m_failDomain->setEnabled(false);
    connect(m_failDomain, &QAction::triggered, this, [this] {
        if (!currentDomain().isEmpty())
            emit failDomainRequested(currentDomain());
    });
    m_tree->addAction(m_failDomain);
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this, [this] {
        m_deleteNode->setEnabled(!currentNode().isEmpty());
        m_failDomain->setEnabled(!currentDomain().isEmpty());
    });

    connect(document, &PlanDocument::loaded, this, &FleetView::openTree);
    connect(document, &PlanDocument::nodesChanged, this, &FleetView::openTree);
    updateSummary();
}

void FleetView::openTree()
{
    // Small fleets open fully; a large one opens to its top levels only.
    if (m_document->plan().nodes.size() + m_document->plan().domains.size() <= 1000)
        m_tree->expandAll();
    else
        m_tree->expandToDepth(0);
    m_deleteNode->setEnabled(!currentNode().isEmpty());
    m_failDomain->setEnabled(!currentDomain().isEmpty());
    updateSummary();
}

QString FleetView::currentDomain() const
{
    const QModelIndex current = m_tree->selectionModel()->currentIndex();
    if (!current.isValid() || current.data(FleetTreeModel::ObjectKindRole).toInt() != static_cast<int>(plan::ObjectRef::Kind::Domain))
        return {};
    return current.siblingAtColumn(FleetTreeModel::NameColumn).data(FleetTreeModel::ObjectNameRole).toString();
}

QString FleetView::currentNode() const
{
    const QModelIndex current = m_tree->selectionModel()->currentIndex();
    if (!current.isValid() || current.data(FleetTreeModel::ObjectKindRole).toInt() != static_cast<int>(plan::ObjectRef::Kind::Node))
        return {};
    return current.siblingAtColumn(FleetTreeModel::NameColumn).data(FleetTreeModel::ObjectNameRole).toString();
}

bool FleetView::deleteCurrentNode()
{
    const QString node = currentNode();
    if (node.isEmpty())
        return false;
    const auto& nodes = m_document->plan().nodes;
    const auto it = std::find_if(nodes.begin(), nodes.end(), [&](const plan::Node& n) { return n.name == node; });
    if (it == nodes.end() || !FleetDialogs::confirmDeleteNode(this, node, m_document->nodeUsers(node)))
        return false;
    return m_document->removeNode(static_cast<int>(it - nodes.begin()));
}

void FleetView::setFilterText(const QString& text)
{
    m_filter->setText(text);
    m_filterTimer.stop();
    applyFilter();
}

void FleetView::applyFilter()
{
    m_proxy->setFilterFixedString(m_filter->text());
    // Matches are shown opened up; the proxy holds only the matching branches, and
    // bench_plan_load measures this with 100,000 nodes.
    if (!m_filter->text().isEmpty())
        m_tree->expandAll();
    updateSummary();
}

void FleetView::updateSummary()
{
    const plan::Plan& plan = m_document->plan();
    m_summary->setText(tr("%1 failure domains, %2 nodes").arg(plan.domains.size()).arg(plan.nodes.size()));
}

bool FleetView::selectObject(const plan::ObjectRef& ref)
{
    QModelIndex source = m_model->indexForObject(ref);
    if (!source.isValid())
        return false;
    QModelIndex proxy = m_proxy->mapFromSource(source);
    if (!proxy.isValid()) {
        // Filtered out: clear the filter rather than pretend the object is not there.
        setFilterText(QString());
        proxy = m_proxy->mapFromSource(source);
    }
    m_tree->scrollTo(proxy);
    m_tree->selectionModel()->setCurrentIndex(proxy, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    return true;
}

} // namespace lifeboat::ui
