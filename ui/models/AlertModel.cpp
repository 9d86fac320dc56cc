// SPDX-License-Identifier: GPL-3.0-or-later
#include "AlertModel.h"

#include "ui/presenters/AlertMonitor.h"

#include <QBrush>
#include <QColor>

namespace lifeboat::ui {

using monitor::FleetHealth;

AlertModel::AlertModel(AlertMonitor* monitor, QObject* parent) : QAbstractTableModel(parent), m_monitor(monitor)
{
    connect(monitor, &AlertMonitor::changed, this, &AlertModel::refresh);
    refresh();
}

void AlertModel::setShowHistory(bool history)
{
    m_history = history;
    refresh();
}

void AlertModel::refresh()
{
    beginResetModel();
    m_rows.clear();
    for (const monitor::Alert& a : m_monitor->book().alerts()) {
        if (m_history || a.open())
            m_rows.push_back(&a);
    }
    endResetModel();
}

int AlertModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int AlertModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

const monitor::Alert* AlertModel::alert(int row) const
{
    return row >= 0 && row < rowCount() ? m_rows[static_cast<std::size_t>(row)] : nullptr;
}

QVariant AlertModel::data(const QModelIndex& index, int role) const
{
    const monitor::Alert* a = alert(index.row());
    if (!a)
        return {};
    if (role == Qt::ToolTipRole)
        return a->reason;
    if (role == Qt::ForegroundRole && index.column() == Severity && a->open())
        return a->severity == monitor::Severity::Critical ? QBrush(QColor(0xc6, 0x28, 0x28)) : QBrush(QColor(0xb2, 0x6a, 0x00));
    if (role != Qt::DisplayRole)
        return {};
    const auto when = [](const QDateTime& t) { return t.isValid() ? t.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")) : QString(); };
    switch (index.column()) {
    case Raised:
        return when(a->raised);
    case Severity:
        return a->severity == monitor::Severity::Critical ? tr("Critical") : a->severity == monitor::Severity::Warning ? tr("Warning") : tr("Unknown");
    case Object:
        return QStringLiteral("%1 %2").arg(a->kind == QLatin1String("dataset") ? tr("dataset") : a->kind == QLatin1String("repository") ? tr("repository") : tr("node"), a->name);
    case State:
        return FleetHealth::stateLabel(a->state);
    case Reason:
        return a->reason;
    case Acknowledged:
        return a->acknowledged.isValid() ? tr("%1 by %2").arg(when(a->acknowledged), a->acknowledgedBy) : QString();
    case Cleared:
        return when(a->cleared);
    default:
        return {};
    }
}

QVariant AlertModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Raised:
        return tr("Raised");
    case Severity:
        return tr("Severity");
    case Object:
        return tr("Object");
    case State:
        return tr("State");
    case Reason:
        return tr("Reason");
    case Acknowledged:
        return tr("Acknowledged");
    case Cleared:
        return tr("Cleared");
    default:
        return {};
    }
}

} // namespace lifeboat::ui
