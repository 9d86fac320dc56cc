// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QWidget>

#include <optional>

class QComboBox;
class QLabel;
class QTableWidget;

namespace lifeboat::ui {

class ChartPanel;
class FleetConnections;
class PlanDocument;
class RetentionAnalysis;

// For a policy: which of its restore points its retention keeps, and by which rule, and
// which would go — on a history simulated from its schedule, or on the real snapshots of a
// repository on this machine — before anything is changed.
class RetentionPreviewView : public QWidget {
    Q_OBJECT
public:
    RetentionPreviewView(PlanDocument* document, QWidget* parent = nullptr);
    // How to reach a repository's node; without it only repositories on this machine can be read.
    void setFleetConnections(FleetConnections* connections) { m_connections = connections; }

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
    void readLocal();
    void readOnNode();
    void restoreHistoryChoice();
    std::optional<QByteArray> askPassphrase(const QString& where);

    PlanDocument* m_document;
    RetentionAnalysis* m_analysis;
    QComboBox* m_policy;
    QComboBox* m_history;
    FleetConnections* m_connections = nullptr;
    int m_pendingSource = 1;   // the history choice of the read under way (1 here, 2 on its node)
    int m_activeSource = 1;    // that of the snapshots in use
    QLabel* m_summary;
    QTableWidget* m_table;
    ChartPanel* m_chart;
};

} // namespace lifeboat::ui
