// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/schedule/PlanApply.h"

#include <QAbstractItemModel>

#include <vector>

namespace lifeboat::ui {

// What applying the plan changes, as a tree: a row per node (its state in words), under
// it a row per job (added, changed, removed or unchanged), with the job's schedule, what
// it does and, for a change, each field that differs.
class ApplyChangesModel : public QAbstractItemModel {
    Q_OBJECT
public:
    enum Column { Name = 0, Change, Schedule, Details, ColumnCount };
    explicit ApplyChangesModel(QObject* parent = nullptr);

    // The plan's nodes, each "waiting" until its answer comes.
    void reset(const QStringList& nodes);
    // A node answered (or failed): its row and its job rows replaced.
    void setNode(const schedule::NodeApply& node);
    // These nodes are being asked (again): their rows say so until they answer.
    void setAsking(const QStringList& nodes);
    const std::vector<schedule::NodeApply>& nodes() const { return m_nodes; }
    // The nodes that answered and whose jobs would change (not yet applied).
    QStringList nodesToChange() const;
    // "3 nodes: 2 to change (4 jobs to add, 1 to change, 1 to remove), 1 failed".
    QString summary() const;
    static QString nodeState(const schedule::NodeApply& node, bool asking);
    static QString actionLabel(schedule::JobChange::Action action);

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    std::vector<schedule::NodeApply> m_nodes;   // plan order
    std::vector<bool> m_asking;
};

} // namespace lifeboat::ui
