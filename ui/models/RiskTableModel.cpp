// SPDX-License-Identifier: GPL-3.0-or-later
#include "RiskTableModel.h"

#include "SeverityIcons.h"
#include "core/plan/Plan.h"
#include "core/util/Readable.h"
#include "ui/presenters/PlanAnalysis.h"

#include <QApplication>
#include <QStyle>

#include <cmath>

namespace lifeboat::ui {
namespace {

const model::DatasetEstimate* estimateFor(const model::SimulationResult* s, const QString& dataset)
{
    if (!s)
        return nullptr;
    for (const auto& d : s->datasets)
        if (d.dataset == dataset)
            return &d;
    return nullptr;
}

} // namespace

RiskTableModel::RiskTableModel(PlanAnalysis* analysis, QObject* parent) : QAbstractTableModel(parent), m_analysis(analysis)
{
    connect(analysis, &PlanAnalysis::updated, this, &RiskTableModel::reset);
    connect(analysis, &PlanAnalysis::simulationFinished, this, &RiskTableModel::reset);
}

void RiskTableModel::reset()
{
    beginResetModel();
    endResetModel();
}

int RiskTableModel::rowCount(const QModelIndex& parent) const
{
    if (parent.isValid() || !m_analysis->risk())
        return 0;
    return static_cast<int>(m_analysis->risk()->datasets.size());
}

int RiskTableModel::columnCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant RiskTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::ToolTipRole) {
        switch (static_cast<Column>(section)) {
        case LossColumn: return tr("Probability that the dataset is lost for good within a year: its live copies and every backup that could restore it.");
        case NinesColumn: return tr("Durability in nines: −log10 of the yearly loss probability.");
        case SimulatedColumn: return tr("The Monte Carlo estimate of the same probability, with its 95% interval, after Simulate.");
        case BytesLostColumn: return tr("Expected bytes lost per year: the whole dataset when it cannot be restored, else what was written since the restore point.");
        case RpoColumn: return tr("Worst age of the newest usable restore point at a failure (the longest gap between backups plus a backup's duration); hover a cell for the expected age.");
        case RtoColumn: return tr("Time to restore the dataset at the plan's restore bandwidth.");
        default: return {};
        }
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (static_cast<Column>(section)) {
    case DatasetColumn: return tr("Dataset");
    case TierColumn: return tr("Tier");
    case LossColumn: return tr("Loss / year");
    case NinesColumn: return tr("Nines");
    case SimulatedColumn: return tr("Simulated");
    case BytesLostColumn: return tr("Lost / year");
    case RpoColumn: return tr("RPO worst");
    case RpoTargetColumn: return tr("RPO target");
    case RtoColumn: return tr("Restore");
    case RtoTargetColumn: return tr("RTO target");
    case ComplianceColumn: return tr("Targets");
    case ModelColumn: return tr("Model");
    case ColumnCount: break;
    }
    return {};
}

QVariant RiskTableModel::data(const QModelIndex& index, int role) const
{
    const model::PlanRisk* risk = m_analysis->risk();
    if (!index.isValid() || !risk || index.row() >= rowCount())
        return {};
    const model::DatasetRisk& d = risk->datasets[static_cast<std::size_t>(index.row())];
    const bool compliant = d.rpoMet && d.rtoMet && !d.windowOverrun;
    const model::DatasetEstimate* simulated = estimateFor(m_analysis->simulation(), d.dataset);
    if (role == CompliantRole)
        return compliant;
    if (role == SortRole) {
        switch (static_cast<Column>(index.column())) {
        case LossColumn: return d.pDataLoss;
        case NinesColumn: return d.durabilityNines;
        case SimulatedColumn: return simulated ? simulated->pDataLoss.value : -1.0;
        case BytesLostColumn: return d.expectedBytesLostPerYear;
        case RpoColumn: return d.rpoWorstHours.value_or(1e12);
        case RpoTargetColumn: return d.rpoTargetHours;
        case RtoColumn: return d.restoreHours.value_or(1e12);
        case RtoTargetColumn: return d.rtoTargetHours;
        case ComplianceColumn: return compliant ? 1 : 0;
        case TierColumn: return model::tierRank(d.tier);
        default: break;
        }
        role = Qt::DisplayRole;
    }
    if (role == Qt::DecorationRole && index.column() == ComplianceColumn)
        return compliant ? QApplication::style()->standardIcon(QStyle::SP_DialogApplyButton) : severityIcon(plan::Severity::Warning);
    if (role == Qt::ToolTipRole) {
        if (index.column() == DatasetColumn && !d.causes.empty()) {
            QStringList lines{tr("Largest causes, per year:")};
            for (std::size_t i = 0; i < std::min<std::size_t>(4, d.causes.size()); ++i)
                lines << QStringLiteral("  %1: %2").arg(d.causes[i].cause, readable::probability(d.causes[i].perYear));
            return lines.join(QLatin1Char('\n'));
        }
        if (index.column() == ComplianceColumn && d.windowOverrun)
            return tr("A backup is estimated to take longer than its policy's window.");
        if (index.column() == ModelColumn)
            return d.lossModel;
        if (index.column() == RtoColumn && d.restoreHours)
            return d.restoreMeasured ? tr("All of it at the throughput its last restore drill measured (%1 ago, on the drill's node).")
                                           .arg(readable::duration(std::chrono::seconds(static_cast<qint64>(d.restoreMeasuredAgeSeconds))))
                                     : tr("All of it at the plan's assumed restore bandwidth; no restore drill has measured it.");
        if (index.column() == RpoColumn && d.rpoExpectedHours)
            return tr("Expected age at a random failure: %1 (interval, window and bad backups). Worst: %2.")
                .arg(readable::hours(*d.rpoExpectedHours), readable::hours(d.rpoWorstHours.value_or(0)));
        return {};
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (static_cast<Column>(index.column())) {
    case DatasetColumn: return d.dataset;
    case TierColumn: return plan::tierLabel(d.tier);
    case LossColumn: return readable::probability(d.pDataLoss);
    case NinesColumn: return d.pDataLoss > 0 ? readable::number(d.durabilityNines, 1) : QStringLiteral("∞");
    case SimulatedColumn:
        return simulated ? tr("%1 [%2, %3]").arg(readable::probability(simulated->pDataLoss.value), readable::probability(simulated->pDataLoss.low),
                                                 readable::probability(simulated->pDataLoss.high))
                         : QString();
    case BytesLostColumn: return readable::bytes(d.expectedBytesLostPerYear);
    case RpoColumn: return d.rpoWorstHours ? readable::hours(*d.rpoWorstHours) : tr("no backup");
    case RpoTargetColumn: return d.rpoTargetHours > 0 ? readable::hours(d.rpoTargetHours) : tr("none");
    case RtoColumn:
        if (!d.restoreHours)
            return tr("unknown");
        return d.restoreMeasured ? tr("%1 (drill)").arg(readable::hours(*d.restoreHours)) : readable::hours(*d.restoreHours);
    case RtoTargetColumn: return d.rtoTargetHours > 0 ? readable::hours(d.rtoTargetHours) : tr("none");
    case ComplianceColumn: {
        QStringList missed;
        if (!d.rpoMet)
            missed << tr("RPO missed");
        if (!d.rtoMet)
            missed << tr("RTO missed");
        if (d.windowOverrun)
            missed << tr("window overrun");
        return missed.isEmpty() ? tr("met") : missed.join(QStringLiteral(", "));
    }
    case ModelColumn: return d.lossModel;
    case ColumnCount: break;
    }
    return {};
}

} // namespace lifeboat::ui
