// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/plan/PlanIssue.h"

#include <QTimer>
#include <QWidget>

class QAction;
class QLineEdit;
class QSortFilterProxyModel;
class QTreeView;
class QLabel;

namespace lifeboat::ui {

class FleetTreeModel;
class PlanDocument;

// Failure domains and nodes as a sortable, filterable tree. Node cells (role, address,
// port, user, disk) are editable, and nodes can be deleted (Delete), with undo.
class FleetView : public QWidget {
    Q_OBJECT
public:
    explicit FleetView(PlanDocument* document, QWidget* parent = nullptr);

    bool selectObject(const plan::ObjectRef& ref);
    void setFilterText(const QString& text);   // applied at once, for tests and scripts
    QTreeView* treeView() const { return m_tree; }
    QSortFilterProxyModel* proxyModel() const { return m_proxy; }
    FleetTreeModel* sourceModel() const { return m_model; }
    QLineEdit* filterEdit() const { return m_filter; }
    QAction* deleteNodeAction() const { return m_deleteNode; }
    QAction* failDomainAction() const { return m_failDomain; }
    // The failure domain selected in the tree, or an empty string.
    QString currentDomain() const;
    // The node selected in the tree, or an empty string.
    QString currentNode() const;
    // Asks first (naming what uses it); returns false when nothing was deleted.
    bool deleteCurrentNode();

signals:
    void failDomainRequested(const QString& domain);

private:
    void applyFilter();
    void updateSummary();
    void openTree();

    PlanDocument* m_document;
    FleetTreeModel* m_model;
    QSortFilterProxyModel* m_proxy;
    QTreeView* m_tree;
    QLineEdit* m_filter;
    QLabel* m_summary;
    QAction* m_deleteNode;
    QAction* m_failDomain;
    QTimer m_filterTimer;
};

} // namespace lifeboat::ui
