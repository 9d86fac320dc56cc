// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLabel;
class QTableView;

namespace lifeboat::ui {

class DomainImpactModel;
class PlanAnalysis;

// The answer to "what if this domain fails": which datasets lose copies or backups, which
// must be restored, from where, in what order and by when, and which are lost for good;
// with the assumptions behind it. Shown under the failure-domain tree.
class DomainFailurePanel : public QWidget {
    Q_OBJECT
public:
    DomainFailurePanel(PlanAnalysis* analysis, QWidget* parent = nullptr);

    DomainImpactModel* model() const { return m_model; }
    QTableView* tableView() const { return m_table; }
    QLabel* summaryLabel() const { return m_summary; }

private:
    void refresh();

    PlanAnalysis* m_analysis;
    DomainImpactModel* m_model;
    QLabel* m_summary;
    QTableView* m_table;
    QLabel* m_assumptions;
};

} // namespace lifeboat::ui
