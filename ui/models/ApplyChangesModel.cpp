// SPDX-License-Identifier: GPL-3.0-or-later
#include "ApplyChangesModel.h"

#include <QBrush>
#include <QFont>
#include <QPalette>

namespace lifeboat::ui {

using schedule::JobChange;

namespace {

// Node rows have internalId 0; a job row keeps its node's row + 1.
constexpr quintptr kNodeRow = 0;

} // namespace

ApplyChangesModel::ApplyChangesModel(QObject* parent) : QAbstractItemModel(parent) {}

void ApplyChangesModel::reset(const QStringList& nodes)
{
    beginResetModel();
    m_nodes.clear();
    for (const QString& n : nodes) {
        schedule::NodeApply a;
        a.node = n;
        m_nodes.push_back(a);
    }
    m_asking.assign(m_nodes.size(), true);
    endResetModel();
}

void ApplyChangesModel::setAsking(const QStringList& nodes)
{
    for (std::size_t i = 0; i < m_nodes.size(); ++i) {
        if (!nodes.contains(m_nodes[i].node))
            continue;
        m_asking[i] = true;
        emit dataChanged(index(static_cast<int>(i), 0), index(static_cast<int>(i), ColumnCount - 1));
    }
}

void ApplyChangesModel::setNode(const schedule::NodeApply& node)
{
    for (std::size_t i = 0; i < m_nodes.size(); ++i) {
        if (m_nodes[i].node != node.node)
            continue;
        const QModelIndex parentIndex = index(static_cast<int>(i), 0);
        // The children change as a whole: removed, then the new ones inserted.
        if (!m_nodes[i].changes.empty()) {
            beginRemoveRows(parentIndex, 0, static_cast<int>(m_nodes[i].changes.size()) - 1);
            m_nodes[i].changes.clear();
            endRemoveRows();
        }
        if (!node.changes.empty())
            beginInsertRows(parentIndex, 0, static_cast<int>(node.changes.size()) - 1);
        m_nodes[i] = node;
        m_asking[i] = false;
        if (!node.changes.empty())
            endInsertRows();
        emit dataChanged(parentIndex, index(static_cast<int>(i), ColumnCount - 1));
        return;
    }
}

QStringList ApplyChangesModel::nodesToChange() const
{
    QStringList out;
    for (const schedule::NodeApply& n : m_nodes)
        if (n.reached && n.error.message.isEmpty() && n.changesAnything() && !n.applied)
            out << n.node;
    return out;
}

QString ApplyChangesModel::summary() const
{
    int add = 0;
    int change = 0;
    int remove = 0;
    int failed = 0;
    int changing = 0;
    int applied = 0;
    for (const schedule::NodeApply& n : m_nodes) {
        if (!n.error.message.isEmpty()) {
            ++failed;
            continue;
        }
        if (n.applied) {
            applied += n.changesAnything() ? 1 : 0;
            continue;
        }
        changing += n.changesAnything() ? 1 : 0;
        for (const JobChange& c : n.changes) {
            add += c.action == JobChange::Action::Add ? 1 : 0;
            change += c.action == JobChange::Action::Change ? 1 : 0;
            remove += c.action == JobChange::Action::Remove ? 1 : 0;
        }
    }
    QString text = tr("%n node(s): ", nullptr, static_cast<int>(m_nodes.size()));
    text += changing == 0 ? tr("every node that answered runs the plan's schedule now") : tr("%n to change", nullptr, changing);
    if (changing > 0)
        text += QLatin1Char(' ') + tr("(%1 job(s) to add, %2 to change, %3 to remove)").arg(add).arg(change).arg(remove);
    if (applied > 0)
        text += tr("; %n applied", nullptr, applied);
    if (failed > 0)
        text += tr("; %n could not be asked or applied", nullptr, failed);
    return text;
}

QString ApplyChangesModel::actionLabel(JobChange::Action action)
{
    switch (action) {
    case JobChange::Action::Add: return tr("Add");
    case JobChange::Action::Change: return tr("Change");
    case JobChange::Action::Remove: return tr("Remove");
    case JobChange::Action::Keep: break;
    }
    return tr("Unchanged");
}

QString ApplyChangesModel::nodeState(const schedule::NodeApply& node, bool asking)
{
    if (asking)
        return tr("Asking…");
    if (!node.error.message.isEmpty())
        return tr("FAILED: %1").arg(node.error.message);
    if (node.applied)
        return node.changesAnything() ? tr("Applied") : tr("Up to date");
    return node.changesAnything() ? tr("To change") : tr("Up to date");
}

QModelIndex ApplyChangesModel::index(int row, int column, const QModelIndex& parent) const
{
    if (row < 0 || column < 0 || column >= ColumnCount)
        return {};
    if (!parent.isValid())
        return row < static_cast<int>(m_nodes.size()) ? createIndex(row, column, kNodeRow) : QModelIndex();
    if (parent.internalId() != kNodeRow)
        return {};
    const auto& changes = m_nodes[static_cast<std::size_t>(parent.row())].changes;
    return row < static_cast<int>(changes.size()) ? createIndex(row, column, static_cast<quintptr>(parent.row()) + 1) : QModelIndex();
}

QModelIndex ApplyChangesModel::parent(const QModelIndex& child) const
{
    if (!child.isValid() || child.internalId() == kNodeRow)
        return {};
    return createIndex(static_cast<int>(child.internalId() - 1), 0, kNodeRow);
}

int ApplyChangesModel::rowCount(const QModelIndex& parent) const
{
    if (!parent.isValid())
        return static_cast<int>(m_nodes.size());
    if (parent.internalId() != kNodeRow || parent.column() != 0)
        return 0;
    return static_cast<int>(m_nodes[static_cast<std::size_t>(parent.row())].changes.size());
}

int ApplyChangesModel::columnCount(const QModelIndex&) const { return ColumnCount; }

QVariant ApplyChangesModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid())
        return {};
    if (index.internalId() == kNodeRow) {
        const schedule::NodeApply& n = m_nodes[static_cast<std::size_t>(index.row())];
        const bool asking = m_asking[static_cast<std::size_t>(index.row())];
        if (role == Qt::DisplayRole) {
            switch (index.column()) {
            case Name: return n.address.isEmpty() ? n.node : tr("%1 (%2)").arg(n.node, n.address);
            case Change: return nodeState(n, asking);
            case Schedule: return n.scheduler;
            case Details: return n.warnings.join(QLatin1Char(' '));
            default: break;
            }
        }
        if (role == Qt::ToolTipRole) {
            QStringList lines{nodeState(n, asking)};
            lines += n.warnings;
            if (!n.hostKeyFingerprint.isEmpty())
                lines << tr("The node showed a host key that is not in known_hosts (%1): check it and trust it in Fleet ▸ Status, then check again.").arg(n.hostKeyFingerprint);
            return lines.join(QLatin1Char('\n'));
        }
        if (role == Qt::FontRole) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        if (role == Qt::ForegroundRole && !n.error.message.isEmpty() && index.column() == Change)
            return QBrush(Qt::red);
        return {};
    }
    const schedule::NodeApply& n = m_nodes[static_cast<std::size_t>(index.internalId() - 1)];
    const JobChange& c = n.changes[static_cast<std::size_t>(index.row())];
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Name: return c.id;
        case Change: return actionLabel(c.action);
        case Schedule:
            return c.job.cron.isEmpty() ? QString() : tr("%1 (%2)").arg(c.job.cron, c.job.timeZone.isEmpty() ? QStringLiteral("UTC") : c.job.timeZone);
        case Details: {
            QStringList parts{c.job.summary};
            parts += c.differences;
            parts.removeAll(QString());
            return parts.join(QStringLiteral("; "));
        }
        default: break;
        }
    }
    if (role == Qt::ToolTipRole) {
        QStringList lines{c.job.summary};
        lines += c.differences;
        return lines.join(QLatin1Char('\n'));
    }
    if (role == Qt::ForegroundRole && c.action == JobChange::Action::Keep)
        return QPalette().brush(QPalette::Disabled, QPalette::Text);
    return {};
}

QVariant ApplyChangesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name: return tr("Node / job");
    case Change: return tr("Change");
    case Schedule: return tr("Schedule");
    case Details: return tr("What it does");
    default: break;
    }
    return {};
}

} // namespace lifeboat::ui
