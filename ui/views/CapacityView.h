// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLabel;
class QTableView;

namespace lifeboat::ui {

class CapacityTableModel;
class ChartPanel;
class PlanAnalysis;
class WhatIfPanel;

// Every repository's projected usage over 24 months with the day it fills, under what-if
// controls for retention, backup frequency, growth, dedup and compression.
class CapacityView : public QWidget {
    Q_OBJECT
public:
    CapacityView(PlanAnalysis* analysis, QWidget* parent = nullptr);

    CapacityTableModel* tableModel() const { return m_model; }
    QTableView* tableView() const { return m_table; }
    WhatIfPanel* whatIfPanel() const { return m_whatIf; }
    ChartPanel* chart() const { return m_chart; }
    QLabel* bannerLabel() const { return m_banner; }

private:
    void refresh();

    PlanAnalysis* m_analysis;
    CapacityTableModel* m_model;
    QTableView* m_table;
    WhatIfPanel* m_whatIf;
    ChartPanel* m_chart;
    QLabel* m_banner;
};

} // namespace lifeboat::ui
