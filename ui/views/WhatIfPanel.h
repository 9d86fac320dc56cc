// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QComboBox;
class QDoubleSpinBox;
class QSpinBox;

namespace lifeboat::ui {

class PlanAnalysis;

// The what-if controls of one view, over the analysis both the Risk and the Capacity view
// share: a change here recomputes every figure, and the other view's controls follow.
// Every control starts at "as in the plan"; Reset puts them all back.
class WhatIfPanel : public QWidget {
    Q_OBJECT
public:
    enum Field {
        FailureRates = 1 << 0,
        RepairBandwidth = 1 << 1,
        RestoreBandwidth = 1 << 2,
        Outages = 1 << 3,
        BackupInterval = 1 << 4,
        KeepDaily = 1 << 5,
        Growth = 1 << 6,
        Ratios = 1 << 7,
    };
    WhatIfPanel(PlanAnalysis* analysis, int fields, QWidget* parent = nullptr);

    QDoubleSpinBox* afrFactorSpinBox() const { return m_afr; }
    QDoubleSpinBox* repairSpinBox() const { return m_repair; }
    QDoubleSpinBox* restoreSpinBox() const { return m_restore; }
    QDoubleSpinBox* rackOutagesSpinBox() const { return m_rackOutages; }
    QDoubleSpinBox* siteOutagesSpinBox() const { return m_siteOutages; }
    QComboBox* intervalComboBox() const { return m_interval; }
    QSpinBox* keepDailySpinBox() const { return m_keepDaily; }
    QDoubleSpinBox* growthSpinBox() const { return m_growth; }
    QDoubleSpinBox* dedupSpinBox() const { return m_dedup; }
    QDoubleSpinBox* compressionSpinBox() const { return m_compression; }

private:
    void push();   // controls → analysis
    void pull();   // analysis → controls

    PlanAnalysis* m_analysis;
    QDoubleSpinBox* m_afr = nullptr;
    QDoubleSpinBox* m_repair = nullptr;
    QDoubleSpinBox* m_restore = nullptr;
    QDoubleSpinBox* m_rackOutages = nullptr;
    QDoubleSpinBox* m_siteOutages = nullptr;
    QComboBox* m_interval = nullptr;
    QSpinBox* m_keepDaily = nullptr;
    QDoubleSpinBox* m_growth = nullptr;
    QDoubleSpinBox* m_dedup = nullptr;
    QDoubleSpinBox* m_compression = nullptr;
    bool m_pulling = false;
};

} // namespace lifeboat::ui
