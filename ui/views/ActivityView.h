// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QAction;
class QLabel;
class QTableView;
class QTextBrowser;

namespace lifeboat::ui {

class ActivityModel;
class ActivityStore;

// Every operation the console started, with its report and full log; it survives
// restarts (ActivityStore). Restore, Back Up Now and Verify start from here too.
class ActivityView : public QWidget {
    Q_OBJECT
public:
    explicit ActivityView(ActivityStore* store, QWidget* parent = nullptr);
    QTableView* table() const { return m_table; }
    QTextBrowser* report() const { return m_report; }
    ActivityModel* model() const { return m_model; }
    QAction* restoreAction() const { return m_restore; }
    QAction* backupAction() const { return m_backup; }
    QAction* verifyAction() const { return m_verify; }
    QAction* saveReportAction() const { return m_save; }
    QAction* resumeAction() const { return m_resume; }
    void selectEntry(const QString& id);

signals:
    void resumeRequested(const QString& id);

private:
    void showSelected();
    ActivityStore* m_store;
    ActivityModel* m_model;
    QTableView* m_table;
    QTextBrowser* m_report;
    QLabel* m_problem;
    QAction* m_restore;
    QAction* m_backup;
    QAction* m_verify;
    QAction* m_save;
    QAction* m_resume;
};

} // namespace lifeboat::ui
