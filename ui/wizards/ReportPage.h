// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWizardPage>

class QLabel;
class QPushButton;
class QTextBrowser;

namespace lifeboat::ui {

class OperationRun;
class OperationWizard;

// After the run: the check (a restore's every file compared with the snapshot), then the
// report, kept in the Activity view and saved as HTML or PDF on request.
class ReportPage : public QWizardPage {
    Q_OBJECT
public:
    explicit ReportPage(OperationWizard* wizard);
    void initializePage() override;
    bool isComplete() const override { return m_done; }
    bool succeeded() const { return m_ok; }
    QString summary() const;

signals:
    void reportReady(bool ok);

private:
    void finish();

    OperationWizard* m_wizard;
    OperationRun* m_check;
    QLabel* m_summary;
    QTextBrowser* m_report;
    QPushButton* m_save;
    bool m_done = false;
    bool m_ok = false;
    bool m_started = false;
};

} // namespace lifeboat::ui
