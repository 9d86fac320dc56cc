// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QTableWidget;

namespace lifeboat::ui {

class ChartPanel;
class PlanDocument;
class RetentionAnalysis;

// For a policy: which of its restore points its retention keeps, and by which rule, and
// which would go — on a history simulated from its schedule, or on the real snapshots of a
// repository on this machine — before anything is changed.
class RetentionPreviewView : public QWidget {
    Q_OBJECT
public:
    RetentionPreviewView(PlanDocument* document, QWidget* parent = nullptr);

    RetentionAnalysis* analysis() const { return m_analysis; }
    QComboBox* policyComboBox() const { return m_policy; }
    QComboBox* historyComboBox() const { return m_history; }
    QTableWidget* table() const { return m_table; }
    QLabel* summaryLabel() const { return m_summary; }
    ChartPanel* chart() const { return m_chart; }

private:
    void fillPolicies();
    void refresh();
    void historyChosen(int index);
    QString suggestedRepositoryPath() const;

    PlanDocument* m_document;
    RetentionAnalysis* m_analysis;
    QComboBox* m_policy;
    QComboBox* m_history;
    QLabel* m_summary;
    QTableWidget* m_table;
    ChartPanel* m_chart;
};

} // namespace lifeboat::ui
