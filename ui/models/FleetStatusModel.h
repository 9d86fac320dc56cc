// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/fleet/FleetStatus.h"
#include "core/fleet/NodeHealth.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QSet>

namespace lifeboat::ui {

class PlanDocument;

// The live status of every node of the open plan, one row per node in plan order, filled
// as the fleet poller's reports stream in: reachability, engine, free space, the age of the
// newest backup against the datasets' RPO, and the reason in words. Rows follow the plan
// (a node added, removed or renamed); reports are kept by node name.
class FleetStatusModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { NodeColumn = 0, AddressColumn, StateColumn, EngineColumn, FreeSpaceColumn, LastBackupColumn, DetailsColumn, ColumnCount };
    enum Role { StateRole = Qt::UserRole + 1, SortRole, NodeNameRole };

    explicit FleetStatusModel(PlanDocument* document, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void markChecking(const QStringList& nodes);
    void addReport(const fleet::NodeReport& report);
    // The poll ended: nodes a cancelled poll never asked show what was known before.
    void pollFinished();

    int rowOfNode(const QString& name) const;
    QString nodeAt(int row) const;
    // The state is kept per node as reports arrive; the sentence is composed when shown.
    fleet::NodeState state(const QString& node) const;
    fleet::NodeHealth health(const QString& node) const;
    const fleet::NodeReport* report(const QString& node) const;
    // How many nodes are in each state, for the summary line.
    const QHash<fleet::NodeState, int>& stateCounts() const { return m_counts; }

private:
    void resetRows();
    void updateState(const QString& node);
    void nodeDataChanged(const QString& node);
    QVariant displayData(const plan::Node& node, int column) const;
    QVariant toolTipData(const plan::Node& node, int column) const;
    QVariant sortData(const plan::Node& node, int column) const;

    PlanDocument* m_document;
    QHash<QString, fleet::NodeReport> m_reports;
    QSet<QString> m_checking;
    // Kept up to date so a report costs O(1), not a pass over thousands of nodes.
    QHash<QString, int> m_rowOfNode;
    QHash<QString, fleet::NodeState> m_states;
    QHash<fleet::NodeState, int> m_counts;
};

} // namespace lifeboat::ui
