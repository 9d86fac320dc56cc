// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractTableModel>

namespace lifeboat::monitor {
struct Alert;
}

namespace lifeboat::ui {

class AlertMonitor;

// The alerts as a table: the open ones, or the whole history.
class AlertModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Raised = 0, Severity, Object, State, Reason, Acknowledged, Cleared, ColumnCount };
    explicit AlertModel(AlertMonitor* monitor, QObject* parent = nullptr);
    void setShowHistory(bool history);
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    const monitor::Alert* alert(int row) const;

private:
    void refresh();
    AlertMonitor* m_monitor;
    bool m_history = false;
    std::vector<const monitor::Alert*> m_rows;
};

} // namespace lifeboat::ui
