// SPDX-License-Identifier: GPL-3.0-or-later
#include "MainWindow.h"

#include "Dialogs.h"
#include "FleetConnections.h"
#include "PlanDocument.h"
#include "models/FleetStatusModel.h"
#include "presenters/ActivityStore.h"
#include "core/i18n/Translator.h"
#include "presenters/AlertMonitor.h"
#include "views/AlertsView.h"
#include "presenters/PlanAnalysis.h"
#include "views/ActivityView.h"
#include "wizards/ApplyPlanDialog.h"
#include "wizards/OperationWizards.h"
#include "wizards/RestoreWizard.h"
#include "wizards/ResumeWizard.h"
#include "views/CapacityView.h"
#include "views/DomainFailurePanel.h"
#include "views/FleetStatusView.h"
#include "views/FleetView.h"
#include "views/PendingView.h"
#include "views/PlanView.h"
#include "views/ProblemsPanel.h"
#include "views/RetentionPreviewView.h"
#include "views/RiskView.h"
#include "views/SchedulesView.h"
#include "views/TopologyView.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QDockWidget>
#include <QFileInfo>
#include <QLineEdit>
#include <QListWidget>
#include <QMenuBar>
#include <QProgressBar>
#include <QSettings>
#include <QHBoxLayout>
#include <QStackedWidget>
#include <QSplitter>
#include <QStatusBar>
#include <QSystemTrayIcon>
#include <QTabWidget>
#include <QUndoStack>

namespace lifeboat::ui {
namespace {

constexpr int kMaxRecentFiles = 10;
const QString kRecentFilesKey = QStringLiteral("recentFiles");
const QString kGeometryKey = QStringLiteral("mainWindow/geometry");
const QString kStateKey = QStringLiteral("mainWindow/state");
const QString kLastDirectoryKey = QStringLiteral("lastDirectory");

} // namespace

QString MainWindow::viewTitle(View view)
{
    switch (view) {
    case View::Plan: return tr("Plan");
    case View::Fleet: return tr("Fleet");
    case View::Topology: return tr("Topology");
    case View::Schedules: return tr("Schedules");
    case View::Risk: return tr("Risk");
    case View::Capacity: return tr("Capacity");
    case View::Snapshots: return tr("Snapshots");
    case View::Activity: return tr("Activity");
    case View::Count: break;
    }
    return {};
}

MainWindow::MainWindow(QWidget* parent) : QMainWindow(parent), m_document(new PlanDocument(this)), m_connections(new FleetConnections(this)),
      m_analysis(new PlanAnalysis(m_document, this)), m_activity(new ActivityStore(activity::ActivityLog::defaultFile(), this)),
      m_alerts(new AlertMonitor(AlertMonitor::defaultFile(), this))
{
    setObjectName(QStringLiteral("mainWindow"));
    m_connections->setDialogParent(this);
    createViews();
    createActions();
    connect(m_document, &PlanDocument::loaded, this, &MainWindow::onLoaded);
    connect(m_document, &PlanDocument::loadFailed, this, &MainWindow::onLoadFailed);
    connect(m_document, &PlanDocument::modifiedChanged, this, &MainWindow::updateTitle);
    connect(m_document, &PlanDocument::filePathChanged, this, &MainWindow::updateTitle);
    connect(m_document, &PlanDocument::secretScopesLeft, m_connections, &FleetConnections::forgetScopes);
    connect(m_connections, &FleetConnections::message, this, [this](const QString& text) { statusBar()->showMessage(text, 15000); });
    connect(m_fleetStatusView, &FleetStatusView::message, this, [this](const QString& text) { statusBar()->showMessage(text, 15000); });
    connect(m_planView, &PlanView::editRefused, this, [this](const QString& text) { statusBar()->showMessage(text, 15000); });

    QSettings settings;
    if (!restoreGeometry(settings.value(kGeometryKey).toByteArray()))
        resize(1280, 800);
    restoreState(settings.value(kStateKey).toByteArray());
    m_document->newPlan();
    updateTitle();
}

MainWindow::~MainWindow()
{
    // Fleet threads may be inside a login waiting for a question to be answered: answer
    // "none", then wait for them, while everything they use still exists.
    m_fleetStatusView->stopAndWait();
}

void MainWindow::setSecretStore(fleet::SecretStore* store) { m_connections->setSecretStore(store); }

void MainWindow::createViews()
{
    m_viewList = new QListWidget(this);
    m_viewList->setObjectName(QStringLiteral("viewListWidget"));
    m_stack = new QStackedWidget(this);
    m_planView = new PlanView(m_document, this);
    m_fleetView = new FleetView(m_document, this);
    m_fleetStatusView = new FleetStatusView(m_document, m_connections, this);
    m_fleetTabs = new QTabWidget(this);
    m_fleetTabs->setObjectName(QStringLiteral("fleetTabWidget"));
    m_domainFailure = new DomainFailurePanel(m_analysis, this);
    auto* domainsPage = new QSplitter(Qt::Vertical, this);
    domainsPage->addWidget(m_fleetView);
    domainsPage->addWidget(m_domainFailure);
    domainsPage->setStretchFactor(0, 3);
    domainsPage->setStretchFactor(1, 2);
    connect(m_fleetView, &FleetView::failDomainRequested, m_analysis, &PlanAnalysis::setFailedDomain);
    m_fleetTabs->addTab(domainsPage, tr("Domains and Nodes"));
    m_fleetTabs->addTab(m_fleetStatusView, tr("Live Status"));
    m_alertsView = new AlertsView(m_alerts, this);
    m_fleetTabs->addTab(m_alertsView, tr("Alerts"));
    // Each finished check of the whole fleet is judged against the plan; new alerts show
    // as desktop notifications where the desktop has a tray.
    connect(m_fleetStatusView, &FleetStatusView::checkFinished, this, [this](bool cancelled) {
        if (cancelled)
            return;
        std::vector<fleet::NodeReport> reports;
        for (const plan::Node& node : m_document->plan().nodes) {
            if (const fleet::NodeReport* r = m_fleetStatusView->model()->report(node.name))
                reports.push_back(*r);
        }
        m_alertsView->setPlanName(m_document->plan().name);
        m_alerts->assess(m_document->plan(), reports);
        // The drills' measured restore throughput replaces the assumed one in the Risk view.
        m_analysis->setMeasuredRestores(m_alerts->measuredRestores());
    });
    connect(m_alertsView, &AlertsView::objectChosen, this, [this](const plan::ObjectRef& ref) { selectObject(ref); });
    if (QSystemTrayIcon::isSystemTrayAvailable()) {
        m_tray = new QSystemTrayIcon(windowIcon(), this);
        m_tray->show();
    }
    connect(m_alerts, &AlertMonitor::alertRaised, this, [this](const monitor::Alert& alert) {
        if (m_tray)
            m_tray->showMessage(tr("Lifeboat: %1").arg(monitor::FleetHealth::stateLabel(alert.state)), alert.reason,
                                alert.severity == monitor::Severity::Critical ? QSystemTrayIcon::Critical : QSystemTrayIcon::Warning);
        statusBar()->showMessage(alert.reason, 15000);
    });
    m_riskView = new RiskView(m_analysis, this);
    m_capacityView = new CapacityView(m_analysis, this);
    m_schedulesView = new SchedulesView(m_document, this);
    m_topologyView = new TopologyView(m_document, m_analysis, this);
    m_retentionView = new RetentionPreviewView(m_document, this);
    m_retentionView->setFleetConnections(m_connections);
    m_schedulesTabs = new QTabWidget(this);
    m_schedulesTabs->setObjectName(QStringLiteral("schedulesTabWidget"));
    m_schedulesTabs->addTab(m_schedulesView, tr("Timeline"));
    m_schedulesTabs->addTab(m_retentionView, tr("Retention Preview"));

    const auto pending = [this](const QString& sentence) { return new PendingView(sentence, this); };
    for (int i = 0; i < static_cast<int>(View::Count); ++i) {
        const View view = static_cast<View>(i);
        QWidget* page = nullptr;
        switch (view) {
        case View::Plan: page = m_planView; break;
        case View::Fleet: page = m_fleetTabs; break;
        case View::Topology: page = m_topologyView; break;
        case View::Schedules: page = m_schedulesTabs; break;
        case View::Risk: page = m_riskView; break;
        case View::Capacity: page = m_capacityView; break;
        case View::Snapshots:
            page = pending(tr("Not built yet: browsing snapshots in the console. The engine lists, compares and verifies them: "
                              "\"lifeboat-cli repo snapshots\", \"repo diff\", \"repo verify\"."));
            break;
        case View::Activity:
            m_activityView = new ActivityView(m_activity, this);
            page = m_activityView;
            break;
        case View::Count: break;
        }
        m_stack->addWidget(page);
        auto* item = new QListWidgetItem(viewTitle(view), m_viewList);
        item->setToolTip(tr("Ctrl+%1").arg(i + 1));
    }
    m_viewList->setFixedWidth(m_viewList->sizeHintForColumn(0) + 48);
    connect(m_viewList, &QListWidget::currentRowChanged, m_stack, &QStackedWidget::setCurrentIndex);

    auto* central = new QWidget(this);
    auto* layout = new QHBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_viewList);
    layout->addWidget(m_stack, 1);
    setCentralWidget(central);

    m_problems = new ProblemsPanel(m_document, this);
    m_problemsDock = new QDockWidget(tr("Problems"), this);
    m_problemsDock->setObjectName(QStringLiteral("problemsDock"));
    m_problemsDock->setWidget(m_problems);
    addDockWidget(Qt::BottomDockWidgetArea, m_problemsDock);
    connect(m_problems, &ProblemsPanel::objectChosen, this, [this](const plan::ObjectRef& ref) { selectObject(ref); });

    m_busy = new QProgressBar(this);
    m_busy->setRange(0, 0);   // loading has no measurable steps: a busy indicator
    m_busy->setMaximumWidth(160);
    m_busy->hide();
    statusBar()->addPermanentWidget(m_busy);
    m_viewList->setCurrentRow(static_cast<int>(View::Fleet));
}

void MainWindow::createActions()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    QAction* newAction = file->addAction(tr("&New Plan"), this, &MainWindow::newPlan);
    newAction->setShortcut(QKeySequence::New);
    QAction* openAction = file->addAction(tr("&Open…"), this, [this] {
        QSettings settings;
        const QString path = Dialogs::openPlanFileName(this, settings.value(kLastDirectoryKey, QDir::homePath()).toString());
        if (!path.isEmpty())
            openFile(path);
    });
    openAction->setShortcut(QKeySequence::Open);
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    file->addSeparator();
    QAction* saveAction = file->addAction(tr("&Save"), this, &MainWindow::save);
    saveAction->setShortcut(QKeySequence::Save);
    QAction* saveAsAction = file->addAction(tr("Save &As…"), this, &MainWindow::saveAs);
    saveAsAction->setShortcut(QKeySequence::SaveAs);
    file->addSeparator();
    QAction* quitAction = file->addAction(tr("&Quit"), this, &QWidget::close);
    quitAction->setShortcut(QKeySequence::Quit);
    quitAction->setMenuRole(QAction::QuitRole);

    QMenu* edit = menuBar()->addMenu(tr("&Edit"));
    QAction* undo = m_document->undoStack()->createUndoAction(this, tr("&Undo"));
    undo->setShortcut(QKeySequence::Undo);
    QAction* redo = m_document->undoStack()->createRedoAction(this, tr("&Redo"));
    redo->setShortcut(QKeySequence::Redo);
    edit->addAction(undo);
    edit->addAction(redo);
    edit->addSeparator();
    QAction* find = edit->addAction(tr("&Find in Fleet"), this, [this] {
        showView(View::Fleet);
        m_fleetTabs->setCurrentIndex(0);
        m_fleetView->filterEdit()->setFocus();
        m_fleetView->filterEdit()->selectAll();
    });
    find->setShortcut(QKeySequence::Find);
    edit->addSeparator();
    edit->addAction(m_fleetView->deleteNodeAction());
    // The Plan view's forms: they act on its current table, so they show it first.
    edit->addSeparator();
    for (QAction* a : {m_planView->addObjectAction(), m_planView->editObjectAction(), m_planView->deleteObjectAction()}) {
        edit->addAction(a);
        connect(a, &QAction::triggered, this, [this] { showView(View::Plan); });
    }

    // The what-if of the failure-domain tree.
    QMenu* whatIf = menuBar()->addMenu(tr("&What If"));
    whatIf->addAction(m_fleetView->failDomainAction());
    connect(m_fleetView->failDomainAction(), &QAction::triggered, this, [this] { m_fleetTabs->setCurrentIndex(0); });

    QMenu* fleet = menuBar()->addMenu(tr("F&leet"));
    for (QAction* a : {m_fleetStatusView->checkAllAction(), m_fleetStatusView->stopAction(), m_fleetStatusView->trustAction(), m_fleetStatusView->installAction()}) {
        fleet->addAction(a);
        a->setShortcutContext(Qt::WindowShortcut);
    }
    fleet->addAction(m_fleetStatusView->chooseBundleAction());
    fleet->addAction(m_fleetStatusView->ownEngineAction());
    connect(m_fleetStatusView->checkAllAction(), &QAction::triggered, this, [this] {
        showView(View::Fleet);
        m_fleetTabs->setCurrentWidget(m_fleetStatusView);
    });

    QMenu* actions = menuBar()->addMenu(tr("&Actions"));
    actions->addAction(m_activityView->restoreAction());
    actions->addAction(m_activityView->backupAction());
    actions->addAction(m_activityView->verifyAction());
    for (QAction* a : {m_activityView->restoreAction(), m_activityView->backupAction(), m_activityView->verifyAction()})
        a->setShortcutContext(Qt::WindowShortcut);
    connect(m_activityView->restoreAction(), &QAction::triggered, this, &MainWindow::openRestoreWizard);
    connect(m_activityView->backupAction(), &QAction::triggered, this, &MainWindow::openBackupWizard);
    connect(m_activityView->verifyAction(), &QAction::triggered, this, &MainWindow::openVerifyWizard);
    connect(m_activityView, &ActivityView::resumeRequested, this, &MainWindow::openResumeWizard);
    actions->addSeparator();
    m_applyAction = actions->addAction(tr("A&pply Plan to Fleet…"), this, &MainWindow::openApplyDialog);
    m_applyAction->setShortcut(QKeySequence(tr("Ctrl+Shift+A")));
    m_applyAction->setShortcutContext(Qt::WindowShortcut);
    m_applyAction->setStatusTip(tr("Install the plan's backups, copies, verifications and retention on its nodes, after showing each node's difference."));

    QMenu* view = menuBar()->addMenu(tr("&View"));
    for (int i = 0; i < static_cast<int>(View::Count); ++i) {
        QAction* a = view->addAction(viewTitle(static_cast<View>(i)), this, [this, i] { showView(static_cast<View>(i)); });
        a->setShortcut(QKeySequence(Qt::CTRL | static_cast<Qt::Key>(Qt::Key_1 + i)));
    }
    view->addSeparator();
    view->addAction(m_problemsDock->toggleViewAction());
    view->addSeparator();
    m_languageMenu = view->addMenu(tr("&Language"));
    auto* languages = new QActionGroup(this);
    const QString current = i18n::preferredLanguage();
    QStringList choices{QString()};
    choices << i18n::shippedLanguages();
    for (const QString& language : choices) {
        QAction* a = m_languageMenu->addAction(language.isEmpty() ? tr("System Default") : i18n::nativeName(language));
        a->setCheckable(true);
        a->setChecked(language == current);
        a->setData(language);
        languages->addAction(a);
        connect(a, &QAction::triggered, this, [this, language] { chooseLanguage(language); });
    }

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    QAction* about = help->addAction(tr("&About Lifeboat"), this, [this] { Dialogs::showAbout(this); });
    about->setMenuRole(QAction::AboutRole);
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
    updateRecentMenu();
}

void MainWindow::showView(View view)
{
    m_viewList->setCurrentRow(static_cast<int>(view));
}

bool MainWindow::selectObject(const plan::ObjectRef& ref)
{
    switch (ref.kind) {
    case plan::ObjectRef::Kind::Node:
    case plan::ObjectRef::Kind::Domain:
        showView(View::Fleet);
        m_fleetTabs->setCurrentIndex(0);
        return m_fleetView->selectObject(ref);
    case plan::ObjectRef::Kind::Dataset:
    case plan::ObjectRef::Kind::Repository:
    case plan::ObjectRef::Kind::Policy:
        showView(View::Plan);
        return m_planView->selectObject(ref);
    case plan::ObjectRef::Kind::Plan:
    case plan::ObjectRef::Kind::Assumptions:
        showView(View::Plan);
        return true;
    case plan::ObjectRef::Kind::None: break;
    }
    return false;
}

void MainWindow::updateTitle()
{
    setWindowTitle(tr("%1[*] — Lifeboat").arg(m_document->displayName()));
    setWindowModified(m_document->isModified());
}

bool MainWindow::maybeSave()
{
    if (!m_document->isModified())
        return true;
    switch (Dialogs::askUnsavedChanges(this, m_document->displayName())) {
    case Dialogs::UnsavedAnswer::Save: return save();
    case Dialogs::UnsavedAnswer::Discard: return true;
    case Dialogs::UnsavedAnswer::Cancel: return false;
    }
    return false;
}

bool MainWindow::openFile(const QString& path)
{
    if (m_document->isLoading() || !maybeSave())
        return false;
    setBusy(true, tr("Opening %1…").arg(QDir::toNativeSeparators(path)));
    m_document->open(path);
    return true;
}

void MainWindow::onLoaded()
{
    setBusy(false);
    if (m_document->filePath().isEmpty())
        return;
    addRecentFile(m_document->filePath());
    QSettings().setValue(kLastDirectoryKey, QFileInfo(m_document->filePath()).absolutePath());
    const plan::PlanIssues& issues = m_document->issues();
    const int errors = plan::countIssues(issues, plan::Severity::Error);
    statusBar()->showMessage(errors > 0 ? tr("Opened %1 — it has %2 error(s), listed under Problems.").arg(m_document->displayName()).arg(errors)
                                        : tr("Opened %1.").arg(m_document->displayName()),
                             10000);
}

void MainWindow::onLoadFailed(const QString& path, const QString& message)
{
    setBusy(false);
    statusBar()->showMessage(tr("Could not open %1.").arg(QDir::toNativeSeparators(path)), 10000);
    Dialogs::showOpenError(this, message);
}

void MainWindow::setBusy(bool busy, const QString& message)
{
    m_busy->setVisible(busy);
    if (busy)
        statusBar()->showMessage(message);
    else
        statusBar()->clearMessage();
}

void MainWindow::newPlan()
{
    if (!maybeSave())
        return;
    m_document->newPlan();
}

bool MainWindow::save()
{
    if (m_document->filePath().isEmpty())
        return saveAs();
    if (m_document->hasUnreadFields() && !Dialogs::confirmSaveWithUnreadFields(this, m_document->displayName()))
        return false;
    QString error;
    if (!m_document->saveAs(m_document->filePath(), &error)) {
        Dialogs::showSaveError(this, error);
        return false;
    }
    statusBar()->showMessage(tr("Saved %1.").arg(m_document->displayName()), 5000);
    return true;
}

bool MainWindow::saveAs()
{
    QString suggestion = m_document->filePath();
    if (suggestion.isEmpty())
        suggestion = QDir(QSettings().value(kLastDirectoryKey, QDir::homePath()).toString()).filePath(QStringLiteral("plan.lifeboat.json"));
    const QString path = Dialogs::savePlanFileName(this, suggestion);
    if (path.isEmpty())
        return false;
    QString error;
    if (!m_document->saveAs(path, &error)) {
        Dialogs::showSaveError(this, error);
        return false;
    }
    addRecentFile(m_document->filePath());
    statusBar()->showMessage(tr("Saved %1.").arg(m_document->displayName()), 5000);
    return true;
}

QStringList MainWindow::recentFiles() const
{
    return QSettings().value(kRecentFilesKey).toStringList();
}

void MainWindow::addRecentFile(const QString& path)
{
    QStringList files = recentFiles();
    files.removeAll(path);
    files.prepend(path);
    while (files.size() > kMaxRecentFiles)
        files.removeLast();
    QSettings().setValue(kRecentFilesKey, files);
    updateRecentMenu();
}

void MainWindow::updateRecentMenu()
{
    m_recentMenu->clear();
    const QStringList files = recentFiles();
    for (int i = 0; i < files.size(); ++i) {
        const QString path = files.at(i);
        QAction* a = m_recentMenu->addAction(QStringLiteral("&%1 %2").arg(i + 1).arg(QDir::toNativeSeparators(path)), this, [this, path] { openFile(path); });
        a->setEnabled(QFileInfo::exists(path));
    }
    if (files.isEmpty()) {
        m_recentMenu->addAction(tr("No recent plans"))->setEnabled(false);
        return;
    }
    m_recentMenu->addSeparator();
    m_recentMenu->addAction(tr("&Clear List"), this, [this] {
        QSettings().remove(kRecentFilesKey);
        updateRecentMenu();
    });
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    if (!maybeSave()) {
        event->ignore();
        return;
    }
    QSettings settings;
    settings.setValue(kGeometryKey, saveGeometry());
    settings.setValue(kStateKey, saveState());
    event->accept();
}

template <typename Wizard>
static Wizard* openWizard(MainWindow* window, PlanDocument* document, FleetConnections* connections, ActivityStore* activity)
{
    auto* wizard = new Wizard(document->plan(), connections, activity, window);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    // Its activity shows in the Activity view as it runs.
    QObject::connect(wizard, &QWizard::finished, window, [window] { window->showView(MainWindow::View::Activity); });
    wizard->show();
    return wizard;
}

RestoreWizard* MainWindow::openRestoreWizard()
{
    return openWizard<RestoreWizard>(this, m_document, m_connections, m_activity);
}

BackupWizard* MainWindow::openBackupWizard()
{
    return openWizard<BackupWizard>(this, m_document, m_connections, m_activity);
}

VerifyWizard* MainWindow::openVerifyWizard()
{
    return openWizard<VerifyWizard>(this, m_document, m_connections, m_activity);
}

ApplyPlanDialog* MainWindow::openApplyDialog()
{
    auto* dialog = new ApplyPlanDialog(m_document->plan(), m_connections, m_activity, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
    dialog->checkAll();
    return dialog;
}

ResumeWizard* MainWindow::openResumeWizard(const QString& activityId)
{
    const activity::ActivityEntry* earlier = m_activity->find(activityId);
    if (!earlier || !ResumeWizard::canResume(*earlier))
        return nullptr;
    auto* wizard = new ResumeWizard(m_document->plan(), m_connections, m_activity, *earlier, this);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    wizard->show();
    return wizard;
}

void MainWindow::chooseLanguage(const QString& language)
{
    if (language == i18n::preferredLanguage())
        return;
    i18n::setPreferredLanguage(language);
    // Every window, menu and model was built with the old translation: the new one takes
    // hold when Lifeboat starts again (as in KeePassXC and Qt Creator).
    statusBar()->showMessage(tr("The language changes the next time Lifeboat starts."), 15000);
    emit languageChosen(language);
}

} // namespace lifeboat::ui
