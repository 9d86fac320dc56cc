// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/plan/PlanIssue.h"

#include <QAbstractItemModel>
#include <QHash>

#include <vector>

namespace lifeboat::ui {

class PlanDocument;

// The failure-domain tree with the nodes inside it, over the open plan. Domains whose
// parent is missing or part of a cycle, and nodes in no known domain, are shown at the
// top level so nothing of the plan is hidden (the Problems panel says why).
class FleetTreeModel : public QAbstractItemModel {
    Q_OBJECT
public:
    enum Column { NameColumn = 0, KindColumn, NodesColumn, RoleColumn, AddressColumn, PortColumn, UserColumn, CapacityColumn, DiskColumn, ColumnCount };
    enum Role { ObjectKindRole = Qt::UserRole + 1, ObjectNameRole, SortRole };

    explicit FleetTreeModel(PlanDocument* document, QObject* parent = nullptr);

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;

    QModelIndex indexForObject(const plan::ObjectRef& ref) const;

private:
    struct Item {
        bool isNode = false;
        int planIndex = -1;       // into plan().domains or plan().nodes
        int parent = -1;          // item index, -1 at the top
        int row = 0;              // among its parent's children
        int nodesBelow = 0;
        std::vector<int> children;
    };
    void rebuild();
    void updateSeverities();
    int itemOf(const QModelIndex& index) const;
    static QString fieldOfColumn(int column);

    PlanDocument* m_document;
    std::vector<Item> m_items;
    std::vector<int> m_roots;
    QHash<QString, int> m_domainItem;
    QHash<QString, int> m_nodeItem;
    std::vector<int> m_itemOfNode;   // plan node index -> item
    QHash<QString, plan::Severity> m_domainSeverity;
    QHash<QString, plan::Severity> m_nodeSeverity;
};

} // namespace lifeboat::ui
