// SPDX-License-Identifier: GPL-3.0-or-later
#include "CapacityView.h"

#include "WhatIfPanel.h"
#include "ui/charts/ChartPanel.h"
#include "ui/models/CapacityTableModel.h"
#include "ui/presenters/PlanAnalysis.h"

#include <QDateTime>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace lifeboat::ui {
namespace {

constexpr int kMonths = 24;
constexpr double kTerabyte = 1e12;
constexpr qint64 kMsPerMonth = 730LL * 3600 * 1000;   // the model's month of 730 h

const QColor kPalette[] = {QColor(0x1f, 0x77, 0xb4), QColor(0xff, 0x7f, 0x0e), QColor(0x2c, 0xa0, 0x2c), QColor(0xd6, 0x27, 0x28),
                           QColor(0x94, 0x67, 0xbd), QColor(0x8c, 0x56, 0x4b), QColor(0xe3, 0x77, 0xc2), QColor(0x7f, 0x7f, 0x7f)};

} // namespace

CapacityView::CapacityView(PlanAnalysis* analysis, QWidget* parent)
    : QWidget(parent), m_analysis(analysis), m_model(new CapacityTableModel(analysis, this)), m_table(new QTableView(this)),
      m_whatIf(new WhatIfPanel(analysis, WhatIfPanel::KeepDaily | WhatIfPanel::BackupInterval | WhatIfPanel::Growth | WhatIfPanel::Ratios, this)),
      m_chart(new ChartPanel(this)), m_banner(new QLabel(this))
{
    auto* proxy = new QSortFilterProxyModel(this);
    proxy->setSourceModel(m_model);
    proxy->setSortRole(CapacityTableModel::SortRole);
    m_table->setObjectName(QStringLiteral("capacityTableView"));
    m_table->setModel(proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(-1, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_chart->setObjectName(QStringLiteral("capacityChart"));
    m_banner->setObjectName(QStringLiteral("capacityBannerLabel"));
    m_banner->setWordWrap(true);

    auto* whatIfBox = new QGroupBox(tr("What if…"), this);
    auto* whatIfLayout = new QVBoxLayout(whatIfBox);
    whatIfLayout->addWidget(m_whatIf);
    whatIfLayout->addStretch(1);
    whatIfBox->setMaximumWidth(340);

    auto* split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_table);
    split->addWidget(m_chart);
    split->setStretchFactor(1, 2);
    auto* main = new QVBoxLayout;
    main->addWidget(m_banner);
    main->addWidget(split, 1);
    auto* layout = new QHBoxLayout(this);
    layout->addLayout(main, 1);
    layout->addWidget(whatIfBox);
    connect(analysis, &PlanAnalysis::updated, this, &CapacityView::refresh);
    refresh();
}

void CapacityView::refresh()
{
    const model::PlanRisk* risk = m_analysis->risk();
    if (!risk) {
        m_banner->setText(m_analysis->problem().isEmpty() ? tr("No figures yet.")
                                                          : tr("No figures: %1 Fix the plan (see Problems) or the what-if.").arg(m_analysis->problem()));
        m_chart->setMessage(tr("No figures"));
        return;
    }
    const QStringList whatIf = m_analysis->whatIf().describe();
    m_banner->setText(whatIf.isEmpty() ? tr("The plan as it is: projected from the first full backups, month by month.")
                                       : tr("What if: %1.").arg(whatIf.join(QStringLiteral("; "))));
    if (risk->repositories.empty()) {
        m_chart->setMessage(tr("The plan has no repositories."));
        return;
    }
    const QDateTime start(m_model->today(), QTime(0, 0));   // local midnight: the axis shows local dates
    QList<ChartSeries> series;
    double highest = 0;
    for (std::size_t i = 0; i < risk->repositories.size(); ++i) {
        const model::RepositoryCapacity& c = risk->repositories[i];
        const QColor colour = kPalette[i % std::size(kPalette)];
        ChartSeries used{c.repository, ChartSeries::Kind::Line, {}, colour};
        for (int m = 0; m <= kMonths && static_cast<std::size_t>(m) < c.bytesByMonth.size(); ++m) {
            used.points << QPointF(static_cast<double>(start.toMSecsSinceEpoch() + m * kMsPerMonth), c.bytesByMonth[static_cast<std::size_t>(m)] / kTerabyte);
            highest = std::max(highest, c.bytesByMonth[static_cast<std::size_t>(m)] / kTerabyte);
        }
        series << used;
        if (c.capacityBytes > 0) {
            ChartSeries cap{tr("%1 capacity").arg(c.repository), ChartSeries::Kind::DashedLine, {}, colour, false};
            cap.points << QPointF(static_cast<double>(start.toMSecsSinceEpoch()), c.capacityBytes / kTerabyte)
                       << QPointF(static_cast<double>(start.toMSecsSinceEpoch() + kMonths * kMsPerMonth), c.capacityBytes / kTerabyte);
            highest = std::max(highest, c.capacityBytes / kTerabyte);
            series << cap;
        }
    }
    const ChartAxis x{ChartAxis::Kind::DateTime, tr("Month"), {}, QStringLiteral("MMM yyyy"), static_cast<double>(start.toMSecsSinceEpoch()),
                      static_cast<double>(start.toMSecsSinceEpoch() + kMonths * kMsPerMonth)};
    const ChartAxis y{ChartAxis::Kind::Linear, tr("Stored (TB)"), {}, QStringLiteral("%.0f"), 0.0, highest * 1.05 + 1e-9};
    m_chart->setChart(tr("Repository usage over 24 months (dashed: capacity)"), x, y, series);
}

} // namespace lifeboat::ui
