// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLabel;
class QProgressBar;
class QPushButton;
class QSortFilterProxyModel;
class QSpinBox;
class QTableView;
class QTabWidget;
class QTextBrowser;

namespace lifeboat::ui {

class ChartPanel;
class PlanAnalysis;
class RiskTableModel;
class WhatIfPanel;

// Per dataset: how likely it is to be lost in a year, in nines, the bytes expected lost,
// RPO and RTO against its targets, under what-if controls that recompute everything at
// once; Simulate runs the Monte Carlo and draws its estimate and interval beside the
// analytic value; the model and assumptions behind every number are one click away.
class RiskView : public QWidget {
    Q_OBJECT
public:
    RiskView(PlanAnalysis* analysis, QWidget* parent = nullptr);

    RiskTableModel* tableModel() const { return m_model; }
    QTableView* tableView() const { return m_table; }
    WhatIfPanel* whatIfPanel() const { return m_whatIf; }
    ChartPanel* lossChart() const { return m_lossChart; }
    ChartPanel* copiesChart() const { return m_copiesChart; }
    QPushButton* simulateButton() const { return m_simulate; }
    QProgressBar* simulationProgress() const { return m_progress; }
    QSpinBox* trialsSpinBox() const { return m_trials; }
    QLabel* bannerLabel() const { return m_banner; }
    QTextBrowser* assumptionsBrowser() const { return m_assumptions; }
    QPushButton* assumptionsButton() const { return m_showAssumptions; }

private:
    void refresh();
    void drawLossChart();
    void drawCopiesChart();
    void updateAssumptions();
    QString selectedDataset() const;

    PlanAnalysis* m_analysis;
    RiskTableModel* m_model;
    QSortFilterProxyModel* m_proxy;
    QTableView* m_table;
    WhatIfPanel* m_whatIf;
    QLabel* m_banner;
    QTabWidget* m_charts;
    ChartPanel* m_lossChart;
    ChartPanel* m_copiesChart;
    QPushButton* m_simulate;
    QPushButton* m_stop;
    QSpinBox* m_trials;
    QSpinBox* m_seed;
    QProgressBar* m_progress;
    QLabel* m_simulationStatus;
    QPushButton* m_showAssumptions;
    QTextBrowser* m_assumptions;
};

} // namespace lifeboat::ui
