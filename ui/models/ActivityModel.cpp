// SPDX-License-Identifier: GPL-3.0-or-later
#include "ActivityModel.h"

#include "ui/presenters/ActivityStore.h"

#include "core/util/Readable.h"

namespace lifeboat::ui {

using activity::ActivityLog;

ActivityModel::ActivityModel(ActivityStore* store, QObject* parent) : QAbstractTableModel(parent), m_store(store)
{
    connect(store, &ActivityStore::changed, this, [this] {
        // Entries are few (one per operation) and a change can add one at the top.
        beginResetModel();
        endResetModel();
    });
}

int ActivityModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_store->entries().size());
}

int ActivityModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

const activity::ActivityEntry* ActivityModel::entry(int row) const
{
    if (row < 0 || row >= rowCount())
        return nullptr;
    return &m_store->entries()[static_cast<std::size_t>(row)];
}

QVariant ActivityModel::data(const QModelIndex& index, int role) const
{
    const activity::ActivityEntry* e = entry(index.row());
    if (!e)
        return {};
    if (role == Qt::ToolTipRole)
        return e->summary;
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Started:
        return e->started.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    case Operation:
        return e->kind == QLatin1String("restore") ? tr("Restore")
             : e->kind == QLatin1String("backup")  ? tr("Backup")
             : e->kind == QLatin1String("verify")  ? tr("Verify")
             : e->kind == QLatin1String("apply")   ? tr("Apply plan")
                                                   : e->kind;
    case Title:
        return e->title;
    case Outcome:
        return ActivityLog::outcomeLabel(e->outcome);
    case StartedBy:
        return e->startedBy;
    case Reason:
        return e->reason;
    case Duration:
        return e->finished.isValid() ? readable::duration(std::chrono::seconds(e->started.secsTo(e->finished))) : QString();
    default:
        return {};
    }
}

QVariant ActivityModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Started:
        return tr("Started");
    case Operation:
        return tr("Operation");
    case Title:
        return tr("What");
    case Outcome:
        return tr("Result");
    case StartedBy:
        return tr("Started by");
    case Reason:
        return tr("Reason");
    case Duration:
        return tr("Took");
    default:
        return {};
    }
}

} // namespace lifeboat::ui
