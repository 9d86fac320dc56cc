// SPDX-License-Identifier: GPL-3.0-or-later
#include "ScheduleProblemsModel.h"

#include "ui/presenters/ScheduleAnalysis.h"

#include <QLocale>

#include <algorithm>

namespace lifeboat::ui {

ScheduleProblemsModel::ScheduleProblemsModel(ScheduleAnalysis* analysis, QObject* parent) : QAbstractTableModel(parent), m_analysis(analysis)
{
    connect(analysis, &ScheduleAnalysis::updated, this, &ScheduleProblemsModel::rebuild);
}

void ScheduleProblemsModel::rebuild()
{
    beginResetModel();
    m_rows.clear();
    if (const model::ScheduleTimeline* t = m_analysis->timeline()) {
        for (const auto& c : t->conflicts) {
            const auto& second = t->runs[static_cast<std::size_t>(c.second)];
            m_rows.push_back({second.start, c.kind == model::ScheduleConflict::Kind::Repository ? tr("same repository") : tr("same link"), c.resource, c.reason});
        }
        for (const auto& r : t->runs)
            if (!r.windowProblem.isEmpty())
                m_rows.push_back({r.start, r.overrunsWindow ? tr("overruns its window") : tr("outside its window"), r.policy, r.windowProblem});
        std::stable_sort(m_rows.begin(), m_rows.end(), [](const Row& a, const Row& b) { return a.when < b.when; });
    }
    endResetModel();
}

int ScheduleProblemsModel::rowCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : static_cast<int>(m_rows.size()); }
int ScheduleProblemsModel::columnCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant ScheduleProblemsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (static_cast<Column>(section)) {
    case WhenColumn: return tr("When");
    case KindColumn: return tr("Problem");
    case WhatColumn: return tr("Repository, link or policy");
    case ReasonColumn: return tr("Why");
    case ColumnCount: break;
    }
    return {};
}

QVariant ScheduleProblemsModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const Row& r = m_rows[static_cast<std::size_t>(index.row())];
    if (role == SortRole && index.column() == WhenColumn)
        return r.when;
    if (role == Qt::ToolTipRole)
        return r.reason;
    if (role != Qt::DisplayRole && role != SortRole)
        return {};
    switch (static_cast<Column>(index.column())) {
    case WhenColumn: return QLocale().toString(r.when.toLocalTime(), QLocale::ShortFormat);
    case KindColumn: return r.kind;
    case WhatColumn: return r.what;
    case ReasonColumn: return r.reason;
    case ColumnCount: break;
    }
    return {};
}

} // namespace lifeboat::ui
