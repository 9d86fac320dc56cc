// SPDX-License-Identifier: GPL-3.0-or-later
#include "FleetStatusModel.h"

#include "SeverityIcons.h"
#include "core/util/Readable.h"
#include "ui/PlanDocument.h"

#include <QApplication>
#include <QJsonArray>
#include <QStyle>

namespace lifeboat::ui {

using fleet::NodeHealth;
using fleet::NodeReport;
using fleet::NodeState;

namespace {

// The path of the node with the least free space: the one that fills first.
struct FreeSpace {
    QString path;
    double freeBytes = -1;
    double totalBytes = 0;
};

FreeSpace tightestPath(const NodeReport& r)
{
    FreeSpace out;
    for (const QJsonValue& v : r.status.value(QLatin1String("paths")).toArray()) {
        const QJsonObject p = v.toObject();
        const double free = p.value(QLatin1String("free_bytes")).toDouble(-1);
        if (free < 0)
            continue;
        if (out.freeBytes < 0 || free < out.freeBytes)
            out = FreeSpace{p.value(QLatin1String("path")).toString(), free, p.value(QLatin1String("total_bytes")).toDouble()};
    }
    return out;
}

QString ageText(double hours)
{
    if (hours < 1.0)
        return FleetStatusModel::tr("%L1 min ago").arg(std::max(0, static_cast<int>(hours * 60.0)));
    if (hours < 48.0)
        return FleetStatusModel::tr("%L1 h ago").arg(hours, 0, 'f', 1);
    return FleetStatusModel::tr("%L1 days ago").arg(hours / 24.0, 0, 'f', 1);
}

QVariant stateIcon(NodeState state)
{
    QStyle* style = QApplication::style();
    switch (state) {
    case NodeState::Ok: return style->standardIcon(QStyle::SP_DialogApplyButton);
    case NodeState::Checking: return style->standardIcon(QStyle::SP_BrowserReload);
    case NodeState::Attention:
    case NodeState::HostKeyUnknown: return severityIcon(plan::Severity::Warning);
    case NodeState::Unreachable:
    case NodeState::HostKeyChanged:
    case NodeState::LoginFailed:
    case NodeState::EngineMissing:
    case NodeState::EngineOutdated:
    case NodeState::BadAddress: return severityIcon(plan::Severity::Error);
    case NodeState::Unknown: break;
    }
    return {};
}

} // namespace

FleetStatusModel::FleetStatusModel(PlanDocument* document, QObject* parent) : QAbstractTableModel(parent), m_document(document)
{
    connect(document, &PlanDocument::loaded, this, [this] {
        m_reports.clear();   // another plan: what was known of the old one's nodes does not apply
        m_checking.clear();
        resetRows();
    });
    connect(document, &PlanDocument::nodesChanged, this, &FleetStatusModel::resetRows);
    connect(document, &PlanDocument::nodeChanged, this, [this](int nodeIndex) {
        emit dataChanged(index(nodeIndex, 0), index(nodeIndex, ColumnCount - 1));
    });
}

void FleetStatusModel::resetRows()
{
    beginResetModel();
    m_rowOfNode.clear();
    m_states.clear();
    m_counts.clear();
    const auto& nodes = m_document->plan().nodes;
    for (std::size_t i = 0; i < nodes.size(); ++i) {
        m_rowOfNode.insert(nodes[i].name, static_cast<int>(i));   // a duplicate name: the first row wins
        const NodeState s = m_checking.contains(nodes[i].name) ? NodeState::Checking
                          : m_reports.contains(nodes[i].name)  ? NodeHealth::stateOf(m_reports[nodes[i].name])
                                                               : NodeState::Unknown;
        m_states.insert(nodes[i].name, s);
        ++m_counts[s];
    }
    endResetModel();
}

void FleetStatusModel::updateState(const QString& node)
{
    const auto it = m_states.find(node);
    if (it == m_states.end())
        return;   // not a node of the plan (a report for a node deleted meanwhile)
    const NodeState now = m_checking.contains(node) ? NodeState::Checking
                        : m_reports.contains(node)  ? NodeHealth::stateOf(m_reports[node])
                                                    : NodeState::Unknown;
    --m_counts[*it];
    ++m_counts[now];
    *it = now;
}

void FleetStatusModel::nodeDataChanged(const QString& node)
{
    updateState(node);
    if (const int row = rowOfNode(node); row >= 0)
        emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

int FleetStatusModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_document->plan().nodes.size());
}

int FleetStatusModel::columnCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant FleetStatusModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (static_cast<Column>(section)) {
    case NodeColumn: return tr("Node");
    case AddressColumn: return tr("Address");
    case StateColumn: return tr("State");
    case EngineColumn: return tr("Engine");
    case FreeSpaceColumn: return tr("Least free space");
    case LastBackupColumn: return tr("Last backup");
    case DetailsColumn: return tr("Details");
    case ColumnCount: break;
    }
    return {};
}

int FleetStatusModel::rowOfNode(const QString& name) const { return m_rowOfNode.value(name, -1); }

QString FleetStatusModel::nodeAt(int row) const
{
    const auto& nodes = m_document->plan().nodes;
    return row >= 0 && static_cast<std::size_t>(row) < nodes.size() ? nodes[static_cast<std::size_t>(row)].name : QString();
}

const NodeReport* FleetStatusModel::report(const QString& node) const
{
    const auto it = m_reports.constFind(node);
    return it == m_reports.constEnd() ? nullptr : &*it;
}

NodeState FleetStatusModel::state(const QString& node) const { return m_states.value(node, NodeState::Unknown); }

NodeHealth FleetStatusModel::health(const QString& node) const
{
    if (m_checking.contains(node))
        return {NodeState::Checking, tr("Asking %1 for its status…").arg(node)};
    if (const NodeReport* r = report(node))
        return NodeHealth::of(*r);
    return {NodeState::Unknown, tr("Not checked yet: use Check Fleet (F5).")};
}

void FleetStatusModel::markChecking(const QStringList& nodes)
{
    for (const QString& n : nodes) {
        m_checking.insert(n);
        nodeDataChanged(n);
    }
}

void FleetStatusModel::addReport(const NodeReport& report)
{
    m_checking.remove(report.node);
    m_reports.insert(report.node, report);
    nodeDataChanged(report.node);
}

void FleetStatusModel::pollFinished()
{
    const QSet<QString> left = std::exchange(m_checking, {});
    for (const QString& n : left)
        nodeDataChanged(n);
}

QVariant FleetStatusModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const plan::Node& node = m_document->plan().nodes[static_cast<std::size_t>(index.row())];
    switch (role) {
    case Qt::DisplayRole: return displayData(node, index.column());
    case Qt::ToolTipRole: return toolTipData(node, index.column());
    case SortRole: return sortData(node, index.column());
    case StateRole: return static_cast<int>(state(node.name));
    case NodeNameRole: return node.name;
    case Qt::DecorationRole:
        if (index.column() == StateColumn)
            return stateIcon(state(node.name));
        if (index.column() == LastBackupColumn) {
            const NodeReport* r = report(node.name);
            if (r && r->reachable && !r->datasetsPastRpo.isEmpty())
                return severityIcon(plan::Severity::Warning);
        }
        return {};
    default: return {};
    }
}

QVariant FleetStatusModel::displayData(const plan::Node& node, int column) const
{
    const NodeReport* r = report(node.name);
    switch (static_cast<Column>(column)) {
    case NodeColumn: return node.name;
    case AddressColumn:
        if (r && !r->address.isEmpty())
            return r->address;
        return node.address.isEmpty() ? node.sshAlias : node.address;
    case StateColumn: return NodeHealth::label(state(node.name));
    case EngineColumn: return r && r->reachable ? r->engine : QString();
    case FreeSpaceColumn: {
        if (!r || !r->reachable)
            return {};
        const FreeSpace f = tightestPath(*r);
        return f.freeBytes < 0 ? tr("no paths of the plan") : tr("%1 on %2").arg(readable::bytes(f.freeBytes), f.path);
    }
    case LastBackupColumn:
        if (!r || !r->reachable)
            return {};
        return r->lastBackupAgeHours ? ageText(*r->lastBackupAgeHours) : tr("none recorded");
    case DetailsColumn: return health(node.name).reason;
    case ColumnCount: break;
    }
    return {};
}

QVariant FleetStatusModel::toolTipData(const plan::Node& node, int column) const
{
    const NodeReport* r = report(node.name);
    switch (static_cast<Column>(column)) {
    case StateColumn:
    case DetailsColumn: return health(node.name).reason;
    case FreeSpaceColumn: {
        if (!r || !r->reachable)
            return {};
        QStringList lines;
        for (const QJsonValue& v : r->status.value(QLatin1String("paths")).toArray()) {
            const QJsonObject p = v.toObject();
            const QString where = p.value(QLatin1String("path")).toString();
            if (!p.value(QLatin1String("exists")).toBool())
                lines << tr("%1: missing (%2 free where it would be created)").arg(where, readable::bytes(p.value(QLatin1String("free_bytes")).toDouble()));
            else
                lines << tr("%1: %2 free of %3").arg(where, readable::bytes(p.value(QLatin1String("free_bytes")).toDouble()),
                                                        readable::bytes(p.value(QLatin1String("total_bytes")).toDouble()));
        }
        return lines.join(QLatin1Char('\n'));
    }
    case LastBackupColumn:
        if (r && r->reachable && !r->datasetsPastRpo.isEmpty())
            return tr("Past the RPO of: %1. The age is that of the newest successful backup run in the node's journal.").arg(r->datasetsPastRpo.join(QStringLiteral(", ")));
        return tr("The newest successful backup run in the node's journal.");
    case EngineColumn:
        if (r && r->reachable)
            return tr("lifeboat-cli %1, protocol %2, on %3").arg(r->engine).arg(r->status.value(QLatin1String("protocol")).toInt()).arg(r->status.value(QLatin1String("hostname")).toString());
        return {};
    case NodeColumn:
    case AddressColumn:
    case ColumnCount: break;
    }
    return {};
}

QVariant FleetStatusModel::sortData(const plan::Node& node, int column) const
{
    const NodeReport* r = report(node.name);
    switch (static_cast<Column>(column)) {
    case StateColumn: return static_cast<int>(state(node.name));
    case FreeSpaceColumn: return r && r->reachable ? tightestPath(*r).freeBytes : -2.0;
    case LastBackupColumn: return r && r->lastBackupAgeHours ? *r->lastBackupAgeHours : 1e12;
    case NodeColumn:
    case AddressColumn:
    case EngineColumn:
    case DetailsColumn: return displayData(node, column);
    case ColumnCount: break;
    }
    return {};
}

} // namespace lifeboat::ui
