// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/plan/PlanIssue.h"

#include <QMainWindow>
#include <QStringList>

class QAction;
class QDockWidget;
class QListWidget;
class QMenu;
class QProgressBar;
class QStackedWidget;
class QSystemTrayIcon;
class QTabWidget;

namespace lifeboat::fleet {
class SecretStore;
}

namespace lifeboat::ui {

class ActivityStore;
class AlertMonitor;
class AlertsView;
class ActivityView;
class ApplyPlanDialog;
class BackupWizard;
class CapacityView;
class RestoreWizard;
class ResumeWizard;
class VerifyWizard;
class DomainFailurePanel;
class FleetConnections;
class PlanAnalysis;
class RetentionPreviewView;
class RiskView;
class SchedulesView;
class TopologyView;
class FleetStatusView;
class FleetView;
class PlanDocument;
class PlanView;
class ProblemsPanel;

class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    // The sidebar's views, in order (DESIGN.md "The console").
    enum class View { Plan = 0, Fleet, Topology, Schedules, Risk, Capacity, Snapshots, Activity, Count };

    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    PlanDocument* document() const { return m_document; }
    FleetView* fleetView() const { return m_fleetView; }
    FleetStatusView* fleetStatusView() const { return m_fleetStatusView; }
    QTabWidget* fleetTabs() const { return m_fleetTabs; }
    FleetConnections* connections() const { return m_connections; }
    PlanAnalysis* analysis() const { return m_analysis; }
    RiskView* riskView() const { return m_riskView; }
    CapacityView* capacityView() const { return m_capacityView; }
    DomainFailurePanel* domainFailurePanel() const { return m_domainFailure; }
    SchedulesView* schedulesView() const { return m_schedulesView; }
    TopologyView* topologyView() const { return m_topologyView; }
    RetentionPreviewView* retentionView() const { return m_retentionView; }
    QTabWidget* schedulesTabs() const { return m_schedulesTabs; }
    // The OS keychain for SSH passwords and key passphrases (set by the application before
    // the first connection; without one, every login asks). Must outlive the window.
    void setSecretStore(fleet::SecretStore* store);
    PlanView* planView() const { return m_planView; }
    ActivityStore* activityStore() const { return m_activity; }
    ActivityView* activityView() const { return m_activityView; }
    AlertMonitor* alertMonitor() const { return m_alerts; }
    AlertsView* alertsView() const { return m_alertsView; }
    // The wizards act on the plan as it is now; each opens without blocking the window.
    RestoreWizard* openRestoreWizard();
    BackupWizard* openBackupWizard();
    VerifyWizard* openVerifyWizard();
    ResumeWizard* openResumeWizard(const QString& activityId);
    // Actions ▸ Apply Plan to Fleet…: opens and asks every node for its difference at once.
    ApplyPlanDialog* openApplyDialog();
    QAction* applyAction() const { return m_applyAction; }
    ProblemsPanel* problemsPanel() const { return m_problems; }
    QListWidget* viewList() const { return m_viewList; }
    QStackedWidget* viewStack() const { return m_stack; }
    static QString viewTitle(View view);

    // Asks about unsaved changes first; returns false when the user cancelled.
    bool openFile(const QString& path);
    bool save();
    bool saveAs();
    void newPlan();
    void showView(View view);
    bool selectObject(const plan::ObjectRef& ref);
    QStringList recentFiles() const;
    // View ▸ Language: stores the preference (empty: the system's); it applies at the next start.
    void chooseLanguage(const QString& language);
    QMenu* languageMenu() const { return m_languageMenu; }

signals:
    void languageChosen(const QString& language);

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void createViews();
    void createActions();
    void updateTitle();
    void updateRecentMenu();
    void addRecentFile(const QString& path);
    bool maybeSave();
    void onLoaded();
    void onLoadFailed(const QString& path, const QString& message);
    void setBusy(bool busy, const QString& message = {});

    PlanDocument* m_document;
    FleetConnections* m_connections;
    PlanAnalysis* m_analysis;
    ActivityStore* m_activity;
    ActivityView* m_activityView = nullptr;
    AlertMonitor* m_alerts;
    AlertsView* m_alertsView = nullptr;
    QSystemTrayIcon* m_tray = nullptr;
    QAction* m_applyAction = nullptr;
    QListWidget* m_viewList = nullptr;
    QStackedWidget* m_stack = nullptr;
    PlanView* m_planView = nullptr;
    FleetView* m_fleetView = nullptr;
    FleetStatusView* m_fleetStatusView = nullptr;
    QTabWidget* m_fleetTabs = nullptr;
    RiskView* m_riskView = nullptr;
    CapacityView* m_capacityView = nullptr;
    DomainFailurePanel* m_domainFailure = nullptr;
    SchedulesView* m_schedulesView = nullptr;
    TopologyView* m_topologyView = nullptr;
    RetentionPreviewView* m_retentionView = nullptr;
    QTabWidget* m_schedulesTabs = nullptr;
    ProblemsPanel* m_problems = nullptr;
    QDockWidget* m_problemsDock = nullptr;
    QMenu* m_recentMenu = nullptr;
    QMenu* m_languageMenu = nullptr;
    QProgressBar* m_busy = nullptr;
};

} // namespace lifeboat::ui
