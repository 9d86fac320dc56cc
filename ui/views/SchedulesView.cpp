// SPDX-License-Identifier: GPL-3.0-or-later
#include "SchedulesView.h"

#include "TimelineWidget.h"
#include "ui/models/ScheduleProblemsModel.h"
#include "ui/presenters/ScheduleAnalysis.h"

#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QScrollArea>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace lifeboat::ui {

SchedulesView::SchedulesView(PlanDocument* document, QWidget* parent)
    : QWidget(parent), m_analysis(new ScheduleAnalysis(document, this)), m_timeline(new TimelineWidget(m_analysis, this)),
      m_problems(new ScheduleProblemsModel(m_analysis, this)), m_span(new QComboBox(this)), m_start(new QDateEdit(QDate::currentDate(), this)),
      m_summary(new QLabel(this)), m_assumptions(new QLabel(this))
{
    m_span->setObjectName(QStringLiteral("spanComboBox"));
    m_span->addItem(tr("One day"), static_cast<int>(ScheduleAnalysis::Span::Day));
    m_span->addItem(tr("One week"), static_cast<int>(ScheduleAnalysis::Span::Week));
    m_start->setObjectName(QStringLiteral("startDateEdit"));
    m_start->setCalendarPopup(true);
    m_summary->setObjectName(QStringLiteral("schedulesSummaryLabel"));
    m_summary->setWordWrap(true);
    m_assumptions->setWordWrap(true);
    m_assumptions->setEnabled(false);

    auto* scroll = new QScrollArea(this);
    scroll->setWidget(m_timeline);
    scroll->setWidgetResizable(true);
    auto* proxy = new QSortFilterProxyModel(this);
    proxy->setSourceModel(m_problems);
    proxy->setSortRole(ScheduleProblemsModel::SortRole);
    auto* table = new QTableView(this);
    table->setObjectName(QStringLiteral("scheduleProblemsTableView"));
    table->setModel(proxy);
    table->setSortingEnabled(true);
    table->sortByColumn(ScheduleProblemsModel::WhenColumn, Qt::AscendingOrder);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table->horizontalHeader()->setStretchLastSection(true);
    table->setWordWrap(false);

    auto* top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("Show"), this));
    top->addWidget(m_span);
    top->addWidget(new QLabel(tr("from"), this));
    top->addWidget(m_start);
    top->addWidget(m_summary, 1);
    auto* split = new QSplitter(Qt::Vertical, this);
    split->addWidget(scroll);
    split->addWidget(table);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(split, 1);
    layout->addWidget(m_assumptions);

    connect(m_span, &QComboBox::currentIndexChanged, this, &SchedulesView::applySpan);
    connect(m_start, &QDateEdit::dateChanged, this, &SchedulesView::applySpan);
    connect(m_analysis, &ScheduleAnalysis::updated, this, &SchedulesView::refresh);
    applySpan();
}

void SchedulesView::applySpan()
{
    m_analysis->setSpan(m_start->date(), static_cast<ScheduleAnalysis::Span>(m_span->currentData().toInt()));
}

void SchedulesView::refresh()
{
    const model::ScheduleTimeline* t = m_analysis->timeline();
    if (!t) {
        m_summary->setText(m_analysis->problem().isEmpty() ? QString() : tr("No timeline: %1").arg(m_analysis->problem()));
        m_assumptions->clear();
        return;
    }
    int windowProblems = 0;
    for (const auto& r : t->runs)
        windowProblems += r.windowProblem.isEmpty() ? 0 : 1;
    m_summary->setText(tr("%n run(s)", nullptr, static_cast<int>(t->runs.size())) + QStringLiteral("; ")
                       + tr("%n conflict(s)", nullptr, static_cast<int>(t->conflicts.size())) + QStringLiteral("; ")
                       + tr("%n window problem(s)", nullptr, windowProblems) + QLatin1Char('.'));
    m_assumptions->setText(t->assumptions.join(QLatin1Char(' ')));
}

} // namespace lifeboat::ui
