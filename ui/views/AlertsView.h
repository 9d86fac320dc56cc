// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/plan/PlanIssue.h"

#include <QWidget>

class QAction;
class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace lifeboat::ui {

class AlertModel;
class AlertMonitor;

// The alerts from the fleet checks: the open ones (or the whole history), acknowledge,
// choose one to go to its object, and the webhook they are also sent to, with a test.
class AlertsView : public QWidget {
    Q_OBJECT
public:
    explicit AlertsView(AlertMonitor* monitor, QWidget* parent = nullptr);
    QTableView* table() const { return m_table; }
    AlertModel* model() const { return m_model; }
    QAction* acknowledgeAction() const { return m_acknowledge; }
    QCheckBox* historyBox() const { return m_history; }
    QLineEdit* webhookEdit() const { return m_url; }
    QCheckBox* webhookEnabledBox() const { return m_enabled; }
    QPushButton* testButton() const { return m_test; }
    QLabel* webhookStatus() const { return m_status; }
    void setPlanName(const QString& name) { m_planName = name; }

signals:
    void objectChosen(const lifeboat::plan::ObjectRef& ref);

private:
    void updateActions();
    AlertMonitor* m_monitor;
    AlertModel* m_model;
    QTableView* m_table;
    QAction* m_acknowledge;
    QCheckBox* m_history;
    QLineEdit* m_url;
    QCheckBox* m_enabled;
    QPushButton* m_test;
    QLabel* m_status;
    QString m_planName;
};

} // namespace lifeboat::ui
