// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/plan/Plan.h"
#include "core/schedule/PlanApply.h"

#include <QDialog>
#include <QFutureWatcher>

#include <atomic>
#include <vector>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QTreeView;

namespace lifeboat::ui {

class ActivityStore;
class ApplyChangesModel;
class FleetConnections;

// Actions ▸ Apply Plan to Fleet…: asks every node what applying the plan would change
// (a dry run, nothing is touched), shows it per node and per job, and on Apply installs
// the jobs on the nodes that would change. Nodes are independent: one that fails is shown
// with its reason and the others are applied. The apply is recorded in the Activity view.
class ApplyPlanDialog : public QDialog {
    Q_OBJECT
public:
    ApplyPlanDialog(plan::Plan plan, FleetConnections* connections, ActivityStore* activity, QWidget* parent = nullptr);
    ~ApplyPlanDialog() override;

    // The dry run of every node (called when the dialog opens).
    void checkAll();
    void applyChanges();
    // Shows the answers of a dry run made elsewhere, as if this dialog had asked: the
    // screenshot tour shows the difference without a fleet to ask.
    void showDryRun(const std::vector<schedule::NodeApply>& results);
    bool isBusy() const { return m_busy; }
    ApplyChangesModel* model() const { return m_model; }
    QPushButton* applyButton() const { return m_apply; }
    QLabel* summaryLabel() const { return m_summary; }

    void reject() override;

signals:
    // A pass (dry run or apply) finished.
    void passFinished(bool dryRun);

private:
    void resetNodes(const QStringList& nodes);
    void runPass(bool dryRun, const QStringList& nodes);
    void nodeAnswered(const schedule::NodeApply& node);
    void passDone(bool dryRun, const std::vector<schedule::NodeApply>& results);
    void updateState();

    plan::Plan m_plan;
    FleetConnections* m_connections;
    ActivityStore* m_activity;
    ApplyChangesModel* m_model;
    QTreeView* m_tree;
    QLabel* m_summary;
    QProgressBar* m_progress;
    QLineEdit* m_reason;
    QPushButton* m_apply;
    QPushButton* m_checkAgain;
    QDialogButtonBox* m_buttons;
    bool m_busy = false;
    int m_expected = 0;
    int m_answered = 0;
    bool m_closeWhenDone = false;
    bool m_lastPassDry = true;
    std::atomic<bool> m_cancel{false};
    QFutureWatcher<std::vector<schedule::NodeApply>> m_pass;
};

} // namespace lifeboat::ui
