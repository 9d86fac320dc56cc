// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractTableModel>

namespace lifeboat::activity {
struct ActivityEntry;
}

namespace lifeboat::ui {

class ActivityStore;

// The activity store's entries as a table, newest first.
class ActivityModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Started = 0, Operation, Title, Outcome, StartedBy, Reason, Duration, ColumnCount };
    explicit ActivityModel(ActivityStore* store, QObject* parent = nullptr);
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    const activity::ActivityEntry* entry(int row) const;

private:
    ActivityStore* m_store;
};

} // namespace lifeboat::ui
