// SPDX-License-Identifier: GPL-3.0-or-later
#include "PlanTableModel.h"

#include "core/util/Readable.h"
#include "ui/PlanDocument.h"

#include <algorithm>

namespace lifeboat::ui {
namespace {

QString bytes(std::int64_t value)
{
    return value > 0 ? readable::bytes(static_cast<double>(value)) : QString();
}

} // namespace

PlanTableModel::PlanTableModel(PlanDocument* document, Table table, QObject* parent) : QAbstractTableModel(parent), m_document(document), m_table(table)
{
    const auto reset = [this] {
        beginResetModel();
        endResetModel();
    };
    connect(document, &PlanDocument::loaded, this, reset);
    connect(document, &PlanDocument::listChanged, this, [this, reset](plan::ObjectRef::Kind changed) {
        // A domain's node count follows the nodes.
        if (changed == kind() || (m_table == Table::Domains && changed == plan::ObjectRef::Kind::Node))
            reset();
    });
    if (table == Table::Nodes)
        connect(document, &PlanDocument::nodeChanged, this, [this](int row) { emit dataChanged(index(row, 0), index(row, columnCount() - 1)); });
    if (table == Table::Policies)
        connect(document, &PlanDocument::policyChanged, this, [this](int row) { emit dataChanged(index(row, 0), index(row, columnCount() - 1)); });
}

Qt::ItemFlags PlanTableModel::flags(const QModelIndex& index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (m_table == Table::Policies && index.column() == kPolicyScheduleColumn)
        f |= Qt::ItemIsEditable;
    return f;
}

bool PlanTableModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (role != Qt::EditRole || m_table != Table::Policies || index.column() != kPolicyScheduleColumn)
        return false;
    QString error;
    const bool changed = m_document->setPolicySchedule(index.row(), value.toString(), &error);
    if (!error.isEmpty())
        emit editRefused(error);
    return changed;
}

int PlanTableModel::rowCount(const QModelIndex& parent) const
{
    if (parent.isValid())
        return 0;
    const plan::Plan& p = m_document->plan();
    switch (m_table) {
    case Table::Domains: return static_cast<int>(p.domains.size());
    case Table::Nodes: return static_cast<int>(p.nodes.size());
    case Table::Datasets: return static_cast<int>(p.datasets.size());
    case Table::Repositories: return static_cast<int>(p.repositories.size());
    case Table::Policies: return static_cast<int>(p.policies.size());
    }
    return 0;
}

int PlanTableModel::columnCount(const QModelIndex& parent) const
{
    if (parent.isValid())
        return 0;
    switch (m_table) {
    case Table::Domains: return 5;
    case Table::Nodes: return 8;
    case Table::Datasets: return 9;
    case Table::Repositories: return 4;
    case Table::Policies: return 6;
    }
    return 0;
}

QVariant PlanTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (m_table) {
    case Table::Domains: {
        const QStringList headers{tr("Domain"), tr("Level"), tr("Inside"), tr("Nodes"), tr("Description")};
        return headers.value(section);
    }
    case Table::Nodes: {
        const QStringList headers{tr("Node"), tr("Failure domain"), tr("Role"), tr("Address"), tr("Port"), tr("User"), tr("Capacity"), tr("Disk")};
        return headers.value(section);
    }
    case Table::Datasets: {
        const QStringList headers{tr("Dataset"), tr("Tier"), tr("Layout"), tr("Size"), tr("Growth / month"), tr("Change / day"), tr("RPO"), tr("RTO"), tr("Locations")};
        return headers.value(section);
    }
    case Table::Repositories: {
        const QStringList headers{tr("Repository"), tr("Node"), tr("Path"), tr("Capacity")};
        return headers.value(section);
    }
    case Table::Policies: {
        const QStringList headers{tr("Policy"), tr("Dataset"), tr("Schedule"), tr("Time zone"), tr("Repositories"), tr("Retention")};
        return headers.value(section);
    }
    }
    return {};
}

QVariant PlanTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid())
        return {};
    switch (m_table) {
    case Table::Domains: return domainData(index.row(), index.column(), role);
    case Table::Nodes: return nodeData(index.row(), index.column(), role);
    case Table::Datasets: return datasetData(index.row(), index.column(), role);
    case Table::Repositories: return repositoryData(index.row(), index.column(), role);
    case Table::Policies: return policyData(index.row(), index.column(), role);
    }
    return {};
}

plan::ObjectRef::Kind PlanTableModel::kind() const
{
    switch (m_table) {
    case Table::Domains: return plan::ObjectRef::Kind::Domain;
    case Table::Nodes: return plan::ObjectRef::Kind::Node;
    case Table::Datasets: return plan::ObjectRef::Kind::Dataset;
    case Table::Repositories: return plan::ObjectRef::Kind::Repository;
    case Table::Policies: return plan::ObjectRef::Kind::Policy;
    }
    return plan::ObjectRef::Kind::None;
}

QVariant PlanTableModel::domainData(int row, int column, int role) const
{
    const plan::FailureDomain& d = m_document->plan().domains.at(static_cast<std::size_t>(row));
    if (role == ObjectNameRole)
        return d.id;
    if (role == Qt::ToolTipRole)
        return d.description.isEmpty() ? QVariant() : QVariant(d.description);
    if (role != Qt::DisplayRole && role != SortRole)
        return {};
    switch (column) {
    case 0: return d.id;
    case 1:
        if (role == SortRole)   // by size of the domain, not alphabetically
            return static_cast<int>(plan::knownDomainLevels().indexOf(d.level));
        return plan::domainLevelLabel(d.level);
    case 2: return d.parent;
    case 3: {
        const auto& nodes = m_document->plan().nodes;
        return static_cast<int>(std::count_if(nodes.begin(), nodes.end(), [&](const plan::Node& n) { return n.domain == d.id; }));
    }
    case 4: return d.description;
    default: return {};
    }
}

QVariant PlanTableModel::nodeData(int row, int column, int role) const
{
    const plan::Node& n = m_document->plan().nodes.at(static_cast<std::size_t>(row));
    if (role == ObjectNameRole)
        return n.name;
    if (role == SortRole && column == 6)
        return static_cast<qlonglong>(n.capacityBytes);
    if (role == SortRole && column == 4)
        return n.port;
    if (role != Qt::DisplayRole && role != SortRole)
        return {};
    switch (column) {
    case 0: return n.name;
    case 1: return n.domain;
    case 2: return n.role;
    case 3: return n.address.isEmpty() ? n.sshAlias : n.address;
    case 4: return n.port;
    case 5: return n.user;
    case 6: return bytes(n.capacityBytes);
    case 7: return n.disk;
    default: return {};
    }
}

QVariant PlanTableModel::datasetData(int row, int column, int role) const
{
    const plan::Dataset& d = m_document->plan().datasets.at(static_cast<std::size_t>(row));
    if (role == ObjectNameRole)
        return d.name;
    if (role == Qt::ToolTipRole)
        return d.description.isEmpty() ? QVariant() : QVariant(d.description);
    if (role == SortRole) {
        switch (column) {
        case 3: return static_cast<qlonglong>(d.sizeBytes);
        case 4: return static_cast<qlonglong>(d.growthBytesPerMonth);
        case 5: return d.changeFractionPerDay;
        case 6: return static_cast<qlonglong>(d.rpo.count());
        case 7: return static_cast<qlonglong>(d.rto.count());
        default: break;
        }
    }
    if (role != Qt::DisplayRole && role != SortRole)
        return {};
    switch (column) {
    case 0: return d.name;
    case 1:
        if (role == SortRole)   // by importance, not alphabetically
            return static_cast<int>(plan::knownTiers().indexOf(d.tier));
        return plan::tierLabel(d.tier);
    case 2: return d.layout == plan::DatasetLayout::Sharded ? tr("sharded") : tr("replicated");
    case 3: return bytes(d.sizeBytes);
    case 4: return bytes(d.growthBytesPerMonth);
    case 5: return readable::percent(d.changeFractionPerDay, 2);
    case 6: return readable::duration(d.rpo);
    case 7: return readable::duration(d.rto);
    case 8: {
        QStringList where;
        for (const plan::DatasetLocation& l : d.locations)
            where << l.node + QLatin1Char(':') + l.path;
        return where.join(QStringLiteral(", "));
    }
    default: return {};
    }
}

QVariant PlanTableModel::repositoryData(int row, int column, int role) const
{
    const plan::Repository& r = m_document->plan().repositories.at(static_cast<std::size_t>(row));
    if (role == ObjectNameRole)
        return r.name;
    if (role == Qt::ToolTipRole)
        return r.description.isEmpty() ? QVariant() : QVariant(r.description);
    if (role == SortRole && column == 3)
        return static_cast<qlonglong>(r.capacityBytes);
    if (role != Qt::DisplayRole && role != SortRole)
        return {};
    switch (column) {
    case 0: return r.name;
    case 1: return r.node;
    case 2: return r.path;
    case 3: return bytes(r.capacityBytes);
    default: return {};
    }
}

QVariant PlanTableModel::policyData(int row, int column, int role) const
{
    const plan::Policy& p = m_document->plan().policies.at(static_cast<std::size_t>(row));
    if (role == ObjectNameRole)
        return p.name;
    if (role == Qt::ToolTipRole && column == kPolicyScheduleColumn)
        return tr("Double-click or F2 to change; the Schedules view follows at once. Undo with Ctrl+Z.");
    if (role != Qt::DisplayRole && role != SortRole && role != Qt::EditRole)
        return {};
    switch (column) {
    case 0: return p.name;
    case 1: return p.dataset;
    case 2: return p.schedule.cron;
    case 3: return p.schedule.timeZone.isEmpty() ? QStringLiteral("UTC") : p.schedule.timeZone;
    case 4: return p.repositories.join(QStringLiteral(", "));
    case 5: {
        const plan::Retention& r = p.retention;
        QStringList parts;
        if (r.keepLast) parts << tr("last %1").arg(r.keepLast);
        if (r.keepHourly) parts << tr("hourly %1").arg(r.keepHourly);
        if (r.keepDaily) parts << tr("daily %1").arg(r.keepDaily);
        if (r.keepWeekly) parts << tr("weekly %1").arg(r.keepWeekly);
        if (r.keepMonthly) parts << tr("monthly %1").arg(r.keepMonthly);
        if (r.keepYearly) parts << tr("yearly %1").arg(r.keepYearly);
        if (r.keepWithin.count()) parts << tr("within %1").arg(readable::duration(r.keepWithin));
        return parts.join(QStringLiteral(", "));
    }
    default: return {};
    }
}

int PlanTableModel::rowOfName(const QString& name) const
{
    const int rows = rowCount();
    for (int row = 0; row < rows; ++row) {
        if (data(index(row, 0), ObjectNameRole).toString() == name)
            return row;
    }
    return -1;
}

} // namespace lifeboat::ui
