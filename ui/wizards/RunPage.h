// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QElapsedTimer>
#include <QWizardPage>

class QLabel;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QTableWidget;

namespace lifeboat::ui {

class ChartPanel;
class OperationRun;
class OperationWizard;

// The run of an operation: one combined bar with bytes, files, throughput and ETA, a row
// per job (shard, location, repository), the throughput over time, the log, and Pause,
// Resume and Cancel. Next is enabled once every job is done.
class RunPage : public QWizardPage {
    Q_OBJECT
public:
    explicit RunPage(OperationWizard* wizard);
    OperationRun* run() const { return m_run; }
    QPushButton* pauseButton() const { return m_pause; }
    QPushButton* resumeButton() const { return m_resume; }
    QPushButton* cancelButton() const { return m_cancel; }
    QString stateText() const;

    void initializePage() override;
    bool isComplete() const override;
    void cleanupPage() override;

signals:
    void runStopped();              // every job is done, or the run paused, failed or was cancelled

private:
    void refresh();
    void refreshJob(int index);
    void onStopped();

    OperationWizard* m_wizard;
    OperationRun* m_run;
    QProgressBar* m_bar;
    QLabel* m_figures;
    QLabel* m_state;
    QTableWidget* m_jobs;
    ChartPanel* m_chart;
    QPlainTextEdit* m_log;
    QPushButton* m_pause;
    QPushButton* m_resume;
    QPushButton* m_cancel;
    bool m_started = false;
    QElapsedTimer m_sinceChart;
};

} // namespace lifeboat::ui
