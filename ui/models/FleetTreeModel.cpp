// SPDX-License-Identifier: GPL-3.0-or-later
#include "FleetTreeModel.h"

#include "SeverityIcons.h"
#include "ui/PlanDocument.h"
#include "core/plan/Plan.h"
#include "core/util/Readable.h"

namespace lifeboat::ui {

using plan::domainLevelLabel;
using plan::ObjectRef;

FleetTreeModel::FleetTreeModel(PlanDocument* document, QObject* parent) : QAbstractItemModel(parent), m_document(document)
{
    connect(document, &PlanDocument::loaded, this, &FleetTreeModel::rebuild);
    connect(document, &PlanDocument::nodesChanged, this, &FleetTreeModel::rebuild);
    connect(document, &PlanDocument::issuesChanged, this, &FleetTreeModel::updateSeverities);
    connect(document, &PlanDocument::nodeChanged, this, [this](int nodeIndex) {
        if (nodeIndex < 0 || static_cast<std::size_t>(nodeIndex) >= m_itemOfNode.size())
            return;
        const int item = m_itemOfNode[static_cast<std::size_t>(nodeIndex)];
        const int row = m_items[static_cast<std::size_t>(item)].row;
        emit dataChanged(createIndex(row, 0, quintptr(item)), createIndex(row, ColumnCount - 1, quintptr(item)));
    });
    rebuild();
}

void FleetTreeModel::rebuild()
{
    beginResetModel();
    const plan::Plan& plan = m_document->plan();
    m_items.clear();
    m_roots.clear();
    m_domainItem.clear();
    m_nodeItem.clear();
    m_items.reserve(plan.domains.size() + plan.nodes.size());
    for (std::size_t i = 0; i < plan.domains.size(); ++i) {
        Item item;
        item.planIndex = static_cast<int>(i);
        m_domainItem.insert(plan.domains[i].id, static_cast<int>(m_items.size()));   // a duplicate id: the last one wins, both are shown
        m_items.push_back(item);
    }
    // A domain hangs under its parent only if walking up ends at a root: a missing
    // parent or a cycle puts it at the top instead.
    // Iterative and linear: each domain is walked once, however deep or looped the tree.
    enum : int { Unknown = -1, OnWalk = -2 };
    std::vector<int> reachesRoot(plan.domains.size(), Unknown);
    for (std::size_t i = 0; i < plan.domains.size(); ++i) {
        std::vector<std::size_t> walk;
        std::size_t current = i;
        int verdict = 0;
        while (true) {
            if (reachesRoot[current] >= 0) {
                verdict = reachesRoot[current];
                break;
            }
            if (reachesRoot[current] == OnWalk) {
                verdict = 0;   // a cycle
                break;
            }
            reachesRoot[current] = OnWalk;
            walk.push_back(current);
            const QString& parent = plan.domains[current].parent;
            const auto it = m_domainItem.constFind(parent);
            if (parent.isEmpty() || it == m_domainItem.constEnd()) {
                verdict = 1;   // a root, or an unknown parent: this domain becomes a root
                break;
            }
            current = static_cast<std::size_t>(*it);
        }
        for (std::size_t w : walk)
            reachesRoot[w] = verdict;
    }
    const auto attach = [this](int item, int parent) {
        m_items[static_cast<std::size_t>(item)].parent = parent;
        std::vector<int>& siblings = parent < 0 ? m_roots : m_items[static_cast<std::size_t>(parent)].children;
        m_items[static_cast<std::size_t>(item)].row = static_cast<int>(siblings.size());
        siblings.push_back(item);
    };
    for (std::size_t i = 0; i < plan.domains.size(); ++i) {
        const auto parent = m_domainItem.constFind(plan.domains[i].parent);
        const bool underParent = reachesRoot[i] == 1 && !plan.domains[i].parent.isEmpty() && parent != m_domainItem.constEnd();
        attach(static_cast<int>(i), underParent ? *parent : -1);
    }
    m_itemOfNode.assign(plan.nodes.size(), -1);
    for (std::size_t i = 0; i < plan.nodes.size(); ++i) {
        Item item;
        item.isNode = true;
        item.planIndex = static_cast<int>(i);
        const int itemIndex = static_cast<int>(m_items.size());
        m_items.push_back(item);
        m_nodeItem.insert(plan.nodes[i].name, itemIndex);
        m_itemOfNode[i] = itemIndex;
        const auto domain = m_domainItem.constFind(plan.nodes[i].domain);
        attach(itemIndex, domain == m_domainItem.constEnd() ? -1 : *domain);
        for (int p = m_items[static_cast<std::size_t>(itemIndex)].parent; p >= 0; p = m_items[static_cast<std::size_t>(p)].parent)
            ++m_items[static_cast<std::size_t>(p)].nodesBelow;
    }
    endResetModel();
    updateSeverities();
}

void FleetTreeModel::updateSeverities()
{
    m_domainSeverity.clear();
    m_nodeSeverity.clear();
    for (const plan::PlanIssue& issue : m_document->issues()) {
        QHash<QString, plan::Severity>* target = issue.object.kind == ObjectRef::Kind::Node     ? &m_nodeSeverity
                                                 : issue.object.kind == ObjectRef::Kind::Domain ? &m_domainSeverity
                                                                                                 : nullptr;
        if (target && issue.severity > target->value(issue.object.name, plan::Severity::Invalid))
            target->insert(issue.object.name, issue.severity);
    }
    // One signal per sibling range, not per row: a fleet of 100,000 nodes has a few
    // thousand ranges.
    if (!m_roots.empty())
        emit dataChanged(index(0, NameColumn), index(static_cast<int>(m_roots.size()) - 1, NameColumn), {Qt::DecorationRole});
    for (std::size_t i = 0; i < m_items.size(); ++i) {
        const Item& item = m_items[i];
        if (item.children.empty())
            continue;
        const int first = item.children.front();
        const int last = item.children.back();
        emit dataChanged(createIndex(0, NameColumn, quintptr(first)),
                         createIndex(m_items[static_cast<std::size_t>(last)].row, NameColumn, quintptr(last)), {Qt::DecorationRole});
    }
}

int FleetTreeModel::itemOf(const QModelIndex& index) const
{
    return index.isValid() ? static_cast<int>(index.internalId()) : -1;
}

QModelIndex FleetTreeModel::index(int row, int column, const QModelIndex& parent) const
{
    if (row < 0 || column < 0 || column >= ColumnCount)
        return {};
    const int parentItem = itemOf(parent);
    const std::vector<int>& children = parentItem < 0 ? m_roots : m_items[static_cast<std::size_t>(parentItem)].children;
    if (static_cast<std::size_t>(row) >= children.size())
        return {};
    return createIndex(row, column, quintptr(children[static_cast<std::size_t>(row)]));
}

QModelIndex FleetTreeModel::parent(const QModelIndex& child) const
{
    const int item = itemOf(child);
    if (item < 0)
        return {};
    const int parent = m_items[static_cast<std::size_t>(item)].parent;
    if (parent < 0)
        return {};
    return createIndex(m_items[static_cast<std::size_t>(parent)].row, 0, quintptr(parent));
}

int FleetTreeModel::rowCount(const QModelIndex& parent) const
{
    if (parent.column() > 0)
        return 0;
    const int item = itemOf(parent);
    return static_cast<int>(item < 0 ? m_roots.size() : m_items[static_cast<std::size_t>(item)].children.size());
}

int FleetTreeModel::columnCount(const QModelIndex&) const
{
    return ColumnCount;
}

QString FleetTreeModel::fieldOfColumn(int column)
{
    switch (column) {
    case RoleColumn: return QStringLiteral("role");
    case AddressColumn: return QStringLiteral("address");
    case PortColumn: return QStringLiteral("port");
    case UserColumn: return QStringLiteral("user");
    case DiskColumn: return QStringLiteral("disk");
    default: return {};
    }
}

QVariant FleetTreeModel::data(const QModelIndex& index, int role) const
{
    const int itemIndex = itemOf(index);
    if (itemIndex < 0)
        return {};
    const Item& item = m_items[static_cast<std::size_t>(itemIndex)];
    const plan::Plan& plan = m_document->plan();
    if (!item.isNode) {
        const plan::FailureDomain& d = plan.domains[static_cast<std::size_t>(item.planIndex)];
        switch (role) {
        case ObjectKindRole: return static_cast<int>(ObjectRef::Kind::Domain);
        case ObjectNameRole: return d.id;
        case Qt::DecorationRole:
            return index.column() == NameColumn ? severityIcon(m_domainSeverity.value(d.id, plan::Severity::Invalid)) : QVariant();
        case Qt::ToolTipRole: return d.description.isEmpty() ? QVariant() : QVariant(d.description);
        case Qt::DisplayRole:
        case SortRole:
            switch (index.column()) {
            case NameColumn: return d.id;
            case KindColumn: return domainLevelLabel(d.level);
            case NodesColumn: return item.nodesBelow;
            default: return {};
            }
        default: return {};
        }
    }
    const plan::Node& n = plan.nodes[static_cast<std::size_t>(item.planIndex)];
    switch (role) {
    case ObjectKindRole: return static_cast<int>(ObjectRef::Kind::Node);
    case ObjectNameRole: return n.name;
    case Qt::DecorationRole:
        return index.column() == NameColumn ? severityIcon(m_nodeSeverity.value(n.name, plan::Severity::Invalid)) : QVariant();
    case Qt::ToolTipRole:
        return n.sshAlias.isEmpty() ? QVariant() : QVariant(tr("SSH alias: %1").arg(n.sshAlias));
    case Qt::DisplayRole:
    case Qt::EditRole:
    case SortRole:
        switch (index.column()) {
        case NameColumn: return n.name;
        case KindColumn: return tr("node");
        case RoleColumn: return n.role;
        case AddressColumn: return n.address.isEmpty() ? n.sshAlias : n.address;
        case PortColumn: return n.port;
        case UserColumn: return n.user;
        case CapacityColumn:
            if (role == SortRole)
                return static_cast<qlonglong>(n.capacityBytes);
            return n.capacityBytes > 0 ? readable::bytes(static_cast<double>(n.capacityBytes)) : QString();
        case DiskColumn: return n.disk;
        default: return {};
        }
    default: return {};
    }
}

bool FleetTreeModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    const int itemIndex = itemOf(index);
    if (role != Qt::EditRole || itemIndex < 0 || !m_items[static_cast<std::size_t>(itemIndex)].isNode)
        return false;
    const QString field = fieldOfColumn(index.column());
    if (field.isEmpty())
        return false;
    const QVariant typed = index.column() == PortColumn ? QVariant(value.toInt()) : QVariant(value.toString().trimmed());
    return m_document->setNodeField(m_items[static_cast<std::size_t>(itemIndex)].planIndex, field, typed);
}

Qt::ItemFlags FleetTreeModel::flags(const QModelIndex& index) const
{
    Qt::ItemFlags f = QAbstractItemModel::flags(index);
    const int itemIndex = itemOf(index);
    if (itemIndex >= 0 && m_items[static_cast<std::size_t>(itemIndex)].isNode && !fieldOfColumn(index.column()).isEmpty())
        f |= Qt::ItemIsEditable;
    return f;
}

QVariant FleetTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn: return tr("Name");
    case KindColumn: return tr("Kind");
    case NodesColumn: return tr("Nodes");
    case RoleColumn: return tr("Role");
    case AddressColumn: return tr("Address");
    case PortColumn: return tr("Port");
    case UserColumn: return tr("User");
    case CapacityColumn: return tr("Capacity");
    case DiskColumn: return tr("Disk");
    default: return {};
    }
}

QModelIndex FleetTreeModel::indexForObject(const plan::ObjectRef& ref) const
{
    const QHash<QString, int>* map = ref.kind == ObjectRef::Kind::Node ? &m_nodeItem : ref.kind == ObjectRef::Kind::Domain ? &m_domainItem : nullptr;
    if (!map)
        return {};
    const auto it = map->constFind(ref.name);
    if (it == map->constEnd())
        return {};
    return createIndex(m_items[static_cast<std::size_t>(*it)].row, 0, quintptr(*it));
}

} // namespace lifeboat::ui
