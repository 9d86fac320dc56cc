// SPDX-License-Identifier: GPL-3.0-or-later
#include "RiskView.h"

#include "WhatIfPanel.h"
#include "ui/charts/ChartPanel.h"
#include "ui/models/RiskTableModel.h"
#include "ui/presenters/PlanAnalysis.h"
#include "core/util/Readable.h"

#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QTextBrowser>
#include <QVBoxLayout>

#include <climits>
#include <cmath>

namespace lifeboat::ui {
namespace {

// Log axes cannot show 0, and doubles end near 1e-300: values below this are drawn here.
constexpr double kFloor = 1e-15;

} // namespace

RiskView::RiskView(PlanAnalysis* analysis, QWidget* parent)
    : QWidget(parent), m_analysis(analysis), m_model(new RiskTableModel(analysis, this)), m_proxy(new QSortFilterProxyModel(this)),
      m_table(new QTableView(this)),
      m_whatIf(new WhatIfPanel(analysis, WhatIfPanel::FailureRates | WhatIfPanel::RepairBandwidth | WhatIfPanel::RestoreBandwidth | WhatIfPanel::Outages
                                             | WhatIfPanel::BackupInterval | WhatIfPanel::KeepDaily,
                               this)),
      m_banner(new QLabel(this)), m_charts(new QTabWidget(this)), m_lossChart(new ChartPanel(this)), m_copiesChart(new ChartPanel(this)),
      m_simulate(new QPushButton(tr("Simulate"), this)), m_stop(new QPushButton(tr("Stop"), this)), m_trials(new QSpinBox(this)),
      m_seed(new QSpinBox(this)), m_progress(new QProgressBar(this)), m_simulationStatus(new QLabel(this)),
      m_showAssumptions(new QPushButton(tr("How are these computed?"), this)), m_assumptions(new QTextBrowser(this))
{
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(RiskTableModel::SortRole);
    m_table->setObjectName(QStringLiteral("riskTableView"));
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(-1, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 6);
    m_table->setWordWrap(false);

    m_banner->setObjectName(QStringLiteral("riskBannerLabel"));
    m_banner->setWordWrap(true);
    m_lossChart->setObjectName(QStringLiteral("lossChart"));
    m_copiesChart->setObjectName(QStringLiteral("copiesChart"));
    m_charts->addTab(m_lossChart, tr("Loss per year"));
    m_charts->addTab(m_copiesChart, tr("Copies (selected dataset)"));

    auto* whatIfBox = new QGroupBox(tr("What if…"), this);
    auto* whatIfLayout = new QVBoxLayout(whatIfBox);
    whatIfLayout->addWidget(m_whatIf);

    auto* simulateBox = new QGroupBox(tr("Monte Carlo"), this);
    auto* simulateLayout = new QVBoxLayout(simulateBox);
    m_trials->setObjectName(QStringLiteral("trialsSpinBox"));
    m_trials->setRange(1000, 50'000'000);
    m_trials->setSingleStep(100'000);
    m_trials->setValue(200'000);
    m_trials->setGroupSeparatorShown(true);
    m_trials->setPrefix(tr("trials: "));
    m_trials->setToolTip(tr("One-year trials of the whole plan; more trials, narrower intervals."));
    m_seed->setRange(1, 1'000'000);
    m_seed->setValue(1);
    m_seed->setPrefix(tr("seed: "));
    m_seed->setToolTip(tr("The same seed gives the same answer on any number of threads."));
    m_simulate->setObjectName(QStringLiteral("simulateButton"));
    m_simulate->setToolTip(tr("Cross-check the analytic figures with a discrete-event simulation of the same plan (fixed repair times)."));
    m_stop->setEnabled(false);
    m_progress->setObjectName(QStringLiteral("simulationProgressBar"));
    m_progress->setRange(0, 1);
    m_progress->setValue(0);
    m_simulationStatus->setWordWrap(true);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_simulate);
    buttons->addWidget(m_stop);
    simulateLayout->addWidget(m_trials);
    simulateLayout->addWidget(m_seed);
    simulateLayout->addLayout(buttons);
    simulateLayout->addWidget(m_progress);
    simulateLayout->addWidget(m_simulationStatus);

    m_showAssumptions->setObjectName(QStringLiteral("assumptionsButton"));
    m_showAssumptions->setCheckable(true);
    m_assumptions->setObjectName(QStringLiteral("assumptionsBrowser"));
    m_assumptions->setVisible(false);
    connect(m_showAssumptions, &QPushButton::toggled, m_assumptions, &QWidget::setVisible);

    auto* side = new QVBoxLayout;
    side->addWidget(whatIfBox);
    side->addWidget(simulateBox);
    side->addWidget(m_showAssumptions);
    side->addStretch(1);
    auto* sideWidget = new QWidget(this);
    sideWidget->setLayout(side);
    sideWidget->setMaximumWidth(340);

    auto* split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_table);
    split->addWidget(m_charts);
    split->addWidget(m_assumptions);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 3);
    m_charts->setMinimumHeight(300);   // a label per dataset on the chart's axis
    split->setChildrenCollapsible(false);

    auto* main = new QVBoxLayout;
    main->addWidget(m_banner);
    main->addWidget(split, 1);
    auto* layout = new QHBoxLayout(this);
    layout->addLayout(main, 1);
    layout->addWidget(sideWidget);

    connect(analysis, &PlanAnalysis::updated, this, &RiskView::refresh);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &RiskView::drawCopiesChart);
    connect(m_simulate, &QPushButton::clicked, this, [this] {
        model::SimulationOptions o;
        o.years = 1;
        o.trials = m_trials->value();
        o.seed = static_cast<std::uint64_t>(m_seed->value());
        m_progress->setRange(0, m_trials->value());
        m_progress->setValue(0);
        m_simulationStatus->setText(tr("Simulating %L1 one-year trials…").arg(m_trials->value()));
        m_simulate->setEnabled(false);
        m_stop->setEnabled(true);
        m_analysis->simulate(o);
    });
    connect(m_stop, &QPushButton::clicked, m_analysis, &PlanAnalysis::cancelSimulation);
    connect(analysis, &PlanAnalysis::simulationProgress, this, [this](qint64 done, qint64 total) {
        m_progress->setRange(0, static_cast<int>(std::min<qint64>(total, INT_MAX)));
        m_progress->setValue(static_cast<int>(std::min<qint64>(done, INT_MAX)));
    });
    connect(analysis, &PlanAnalysis::simulationFinished, this, [this](const QString& problem) {
        m_simulate->setEnabled(m_analysis->risk() != nullptr);
        m_stop->setEnabled(false);
        if (const model::SimulationResult* s = m_analysis->simulation())
            m_simulationStatus->setText(tr("%L1 trials on %L2 threads in %L3 s (%L4 node-years/s). Intervals: 95%, Wilson.")
                                            .arg(s->trials)
                                            .arg(s->threads)
                                            .arg(s->seconds, 0, 'f', 1)
                                            .arg(s->nodeYearsPerSecond, 0, 'g', 3));
        else
            m_simulationStatus->setText(problem);
        drawLossChart();
        updateAssumptions();
    });
    refresh();
}

QString RiskView::selectedDataset() const
{
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    if (current.isValid())
        return current.siblingAtColumn(RiskTableModel::DatasetColumn).data().toString();
    const model::PlanRisk* risk = m_analysis->risk();
    return risk && !risk->datasets.empty() ? risk->datasets.front().dataset : QString();
}

void RiskView::refresh()
{
    const model::PlanRisk* risk = m_analysis->risk();
    m_simulate->setEnabled(risk && !m_analysis->isSimulating());
    if (!risk) {
        m_banner->setText(m_analysis->problem().isEmpty() ? tr("No figures yet.")
                                                          : tr("No figures: %1 Fix the plan (see Problems) or the what-if.").arg(m_analysis->problem()));
        m_lossChart->setMessage(tr("No figures"));
        m_copiesChart->setMessage(tr("No figures"));
        updateAssumptions();
        return;
    }
    const QStringList whatIf = m_analysis->whatIf().describe();
    m_banner->setText(whatIf.isEmpty() ? tr("The plan as it is. Over one year; each figure names its model (hover or see How are these computed?).")
                                       : tr("What if: %1. Every figure below is for the plan with these changes.").arg(whatIf.join(QStringLiteral("; "))));
    m_simulationStatus->setText(m_analysis->isSimulating() ? m_simulationStatus->text() : QString());
    drawLossChart();
    drawCopiesChart();
    updateAssumptions();
}

void RiskView::drawLossChart()
{
    const model::PlanRisk* risk = m_analysis->risk();
    if (!risk || risk->datasets.empty()) {
        m_lossChart->setMessage(risk ? tr("The plan has no datasets.") : tr("No figures"));
        return;
    }
    ChartAxis y{ChartAxis::Kind::Categories, QString(), {}, {}, {}, {}};   // the labels are the dataset names
    ChartSeries analytic{tr("Analytic (%1)").arg(tr("Markov chain per dataset")), ChartSeries::Kind::Points, {}, QColor(0x1f, 0x77, 0xb4)};
    ChartSeries simulated{tr("Monte Carlo estimate"), ChartSeries::Kind::Points, {}, QColor(0xd6, 0x27, 0x28)};
    ChartSeries intervals{tr("Monte Carlo 95% interval"), ChartSeries::Kind::Intervals, {}, QColor(0xd6, 0x27, 0x28)};
    // The axis starts a decade below the smallest positive value; a simulated 0 (no loss in
    // any trial) has no point on a log scale, so only its interval is drawn, from the axis start.
    double lowest = 1;
    const model::SimulationResult* sim = m_analysis->simulation();
    const auto consider = [&](double v) {
        if (v > 0)
            lowest = std::min(lowest, std::max(kFloor, v));
    };
    for (const model::DatasetRisk& d : risk->datasets)
        consider(d.pDataLoss);
    if (sim)
        for (const auto& e : sim->datasets) {
            consider(e.pDataLoss.value);
            consider(e.pDataLoss.low);
        }
    const double axisStart = std::pow(10.0, std::floor(std::log10(lowest)));
    for (std::size_t i = 0; i < risk->datasets.size(); ++i) {
        const model::DatasetRisk& d = risk->datasets[i];
        y.categories << d.dataset;
        const double row = static_cast<double>(i);
        if (d.pDataLoss > 0)
            analytic.points << QPointF(std::max(axisStart, d.pDataLoss), row);
        if (!sim)
            continue;
        for (const auto& e : sim->datasets) {
            if (e.dataset != d.dataset)
                continue;
            // Slightly below the analytic point, so both stay visible.
            if (e.pDataLoss.value > 0)
                simulated.points << QPointF(e.pDataLoss.value, row - 0.2);
            intervals.points << QPointF(std::max(axisStart, e.pDataLoss.low), row - 0.2) << QPointF(std::max(axisStart, e.pDataLoss.high), row - 0.2);
        }
    }
    const ChartAxis x{ChartAxis::Kind::Log, tr("Probability of losing the dataset within a year"), {}, QStringLiteral("%.0e"), axisStart, 1.0};
    QList<ChartSeries> series{analytic};
    if (sim)
        series << simulated << intervals;
    m_lossChart->setChart(tr("Loss per year, by dataset"), x, y, series);
}

void RiskView::drawCopiesChart()
{
    const model::PlanExposure* exposure = m_analysis->exposure();
    const QString dataset = selectedDataset();
    if (!exposure || dataset.isEmpty()) {
        m_copiesChart->setMessage(tr("Select a dataset"));
        return;
    }
    int index = -1;
    for (std::size_t i = 0; i < exposure->datasets.size(); ++i)
        if (exposure->datasets[i].name == dataset)
            index = static_cast<int>(i);
    const auto curve = model::CopiesCurve::of(*exposure, index);
    if (!curve) {
        m_copiesChart->setMessage(curve.error().message);
        return;
    }
    ChartSeries line{tr("P(live data lost within a year)"), ChartSeries::Kind::Line, {}, QColor(0x1f, 0x77, 0xb4)};
    ChartSeries now{tr("copies in the plan"), ChartSeries::Kind::Points, {}, QColor(0xff, 0x7f, 0x0e)};
    double lowest = 1;
    const int copies = static_cast<int>(exposure->datasets[static_cast<std::size_t>(index)].liveNodes.size());
    for (const model::CopiesPoint& p : *curve) {
        const double v = std::max(kFloor, p.lossPerYear);
        line.points << QPointF(p.copies, v);
        if (p.copies == copies)
            now.points << QPointF(p.copies, v);
        lowest = std::min(lowest, v);
    }
    const ChartAxis x{ChartAxis::Kind::Linear, tr("Live copies"), {}, QStringLiteral("%d"), 0.5, static_cast<double>(curve->size()) + 0.5};
    const ChartAxis y{ChartAxis::Kind::Log, tr("Probability per year"), {}, QStringLiteral("%.0e"), std::pow(10.0, std::floor(std::log10(lowest))), 1.0};
    m_copiesChart->setChart(tr("%1: copies against loss (%2)").arg(dataset, model::CopiesCurve::modelLabel()), x, y, {line, now});
}

void RiskView::updateAssumptions()
{
    const model::PlanRisk* risk = m_analysis->risk();
    QString html = QStringLiteral("<h3>%1</h3>").arg(tr("How these figures are computed"));
    if (!risk) {
        m_assumptions->setHtml(html + QStringLiteral("<p>%1</p>").arg(m_analysis->problem().toHtmlEscaped()));
        return;
    }
    QStringList models;
    for (const auto& d : risk->datasets)
        if (!models.contains(d.lossModel))
            models << d.lossModel;
    html += QStringLiteral("<p><b>%1</b> %2</p>").arg(tr("Models:"), models.join(QStringLiteral("; ")).toHtmlEscaped());
    html += QStringLiteral("<ul>");
    for (const QString& a : risk->assumptions)
        html += QStringLiteral("<li>%1</li>").arg(a.toHtmlEscaped());
    if (const model::PlanExposure* e = m_analysis->exposure())
        for (const QString& s : e->substitutions)
            html += QStringLiteral("<li>%1</li>").arg(s.toHtmlEscaped());
    html += QStringLiteral("</ul>");
    html += QStringLiteral("<p>%1</p>").arg(tr("A burst of %1 of %2 nodes at once: %3 copysets in this placement, P(some live data lost) %4 (Cidon et al., USENIX ATC 2013).")
                                                .arg(risk->burst.failedNodes)
                                                .arg(risk->burst.nodes)
                                                .arg(risk->burst.copysets)
                                                .arg(readable::probability(risk->burst.pLiveLossPerBurst)));
    html += QStringLiteral("<p>%1</p>").arg(tr("Formulas, sources and the tests that check them: docs/models.md.").toHtmlEscaped());
    if (const model::SimulationResult* s = m_analysis->simulation())
        html += QStringLiteral("<p>%1</p>").arg(tr("Monte Carlo: %L1 trials, seed %2, fixed repair times (Greenan, Plank & Wylie, HotStorage 2010), 95% Wilson intervals.")
                                                    .arg(s->trials)
                                                    .arg(s->seed)
                                                    .toHtmlEscaped());
    m_assumptions->setHtml(html);
}

} // namespace lifeboat::ui
