// SPDX-License-Identifier: GPL-3.0-or-later
#include "ScreenshotTour.h"

#include "Dialogs.h"
#include "FleetDialogs.h"
#include "MainWindow.h"
#include "presenters/PlanAnalysis.h"
#include "presenters/RetentionAnalysis.h"
#include "core/plan/PlanEdit.h"
#include "views/ObjectFormDialog.h"
#include "views/RetentionPreviewView.h"
#include "views/TopologyView.h"
#include "views/RiskView.h"
#include "PlanDocument.h"
#include "views/FleetView.h"
#include "views/ProblemsPanel.h"
#include "core/plan/PlanReader.h"
#include "views/AlertsView.h"
#include "wizards/ApplyPlanDialog.h"
#include "wizards/RestorePages.h"
#include "wizards/RestoreWizard.h"
#include "core/schedule/JobPlanner.h"
#include "core/ssh/SshSession.h"

#include <QApplication>
#include <QDialog>
#include <QComboBox>
#include <QDir>
#include <QEventLoop>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QMessageBox>
#include <QTableView>
#include <QWidget>

#include <memory>

namespace lifeboat::ui {
namespace {

bool grabTo(QWidget* widget, const QString& path, QString* error)
{
    QApplication::processEvents();   // let layouts settle before the grab; not a wait for an event
    if (!widget->grab().save(path)) {
        if (error)
            *error = ScreenshotTour::tr("could not write %1").arg(path);
        return false;
    }
    return true;
}

} // namespace

int ScreenshotTour::run(MainWindow& window, const QString& directory, QString* error)
{
    if (!QDir().mkpath(directory)) {
        if (error)
            *error = tr("could not create %1").arg(directory);
        return -1;
    }
    const QDir dir(directory);
    int written = 0;
    window.show();
    // File names stay English whatever the language, so the two sets can be compared.
    static const char* const kSlugs[] = {"plan", "fleet", "topology", "schedules", "risk", "capacity", "snapshots", "activity"};
    static_assert(std::size(kSlugs) == static_cast<std::size_t>(MainWindow::View::Count));
    for (int i = 0; i < static_cast<int>(MainWindow::View::Count); ++i) {
        const auto view = static_cast<MainWindow::View>(i);
        window.showView(view);
        const QString name = QStringLiteral("%1-view-%2.png").arg(i + 1, 2, 10, QLatin1Char('0')).arg(QLatin1String(kSlugs[i]));
        if (!grabTo(&window, dir.filePath(name), error))
            return -1;
        ++written;
    }

    // The Fleet view filtered, and a problem chosen in the Problems panel.
    window.showView(MainWindow::View::Fleet);
    window.fleetView()->setFilterText(QStringLiteral("stor"));
    if (!grabTo(&window, dir.filePath(QStringLiteral("20-fleet-filtered.png")), error))
        return -1;
    ++written;
    window.fleetView()->setFilterText(QString());
    if (window.problemsPanel()->tableView()->model()->rowCount() > 0) {
        window.problemsPanel()->tableView()->selectRow(0);
        if (!grabTo(&window, dir.filePath(QStringLiteral("21-problem-selected.png")), error))
            return -1;
        ++written;
    }

    // The fleet's live status before any check (nothing is invented: every node says so).
    window.showView(MainWindow::View::Fleet);
    window.fleetTabs()->setCurrentIndex(1);
    if (!grabTo(&window, dir.filePath(QStringLiteral("22-fleet-live-status.png")), error))
        return -1;
    ++written;
    // The Alerts tab before any check: nothing raised yet, and how alerts come.
    window.fleetTabs()->setCurrentWidget(window.alertsView());
    if (!grabTo(&window, dir.filePath(QStringLiteral("27-fleet-alerts.png")), error))
        return -1;
    ++written;
    window.fleetTabs()->setCurrentIndex(0);

    // The failed-rack what-if: rack dc1/r2 of the demo holds the Llama-70B shards and their backup.
    if (window.selectObject(plan::ObjectRef{plan::ObjectRef::Kind::Domain, QStringLiteral("dc1/r2")})) {
        QEventLoop computed;
        QObject::connect(window.analysis(), &PlanAnalysis::updated, &computed, &QEventLoop::quit);
        window.analysis()->setFailedDomain(QStringLiteral("dc1/r2"));
        computed.exec();
        if (!grabTo(&window, dir.filePath(QStringLiteral("24-fleet-failed-rack.png")), error))
            return -1;
        ++written;
        window.showView(MainWindow::View::Topology);
        window.topologyView()->graphicsView()->fit();
        if (!grabTo(&window, dir.filePath(QStringLiteral("26-topology-failed-rack.png")), error))
            return -1;
        ++written;
        window.analysis()->setFailedDomain(QString());
    }

    // The Risk view after a Monte Carlo run (its estimates beside the analytic ones), with
    // the models and assumptions open.
    if (window.analysis()->risk()) {
        window.showView(MainWindow::View::Risk);
        QEventLoop simulated;
        QObject::connect(window.analysis(), &PlanAnalysis::simulationFinished, &simulated, &QEventLoop::quit);
        window.riskView()->trialsSpinBox()->setValue(100000);
        window.riskView()->simulateButton()->click();
        simulated.exec();
        window.riskView()->assumptionsButton()->setChecked(true);
        if (!grabTo(&window, dir.filePath(QStringLiteral("23-risk-simulated.png")), error))
            return -1;
        ++written;
        window.riskView()->assumptionsButton()->setChecked(false);
    }

    // The retention preview of the 2-hourly Llama-70B checkpoints.
    window.showView(MainWindow::View::Schedules);
    window.schedulesTabs()->setCurrentIndex(1);
    {
        QEventLoop previewed;
        QObject::connect(window.retentionView()->analysis(), &RetentionAnalysis::updated, &previewed, &QEventLoop::quit);
        window.retentionView()->policyComboBox()->setCurrentText(QStringLiteral("ckpt70b-2h"));
        if (window.retentionView()->analysis()->policy() == QLatin1String("ckpt70b-2h"))
            previewed.exec();
    }
    if (!grabTo(&window, dir.filePath(QStringLiteral("25-retention-preview.png")), error))
        return -1;
    ++written;
    window.schedulesTabs()->setCurrentIndex(0);

    // The fleet's questions, filled with the demo plan's names; the fingerprints are examples.
    fleet::SecretRequest request;
    request.scope = fleet::SecretScope{QStringLiteral("lifeboat"), QStringLiteral("gpu-07.dc1.example"), 22};
    request.name = QStringLiteral("key-passphrase:~/.ssh/id_ed25519");
    request.prompt = QCoreApplication::translate("SshSession", "Passphrase for the key %1:").arg(QStringLiteral("~/.ssh/id_ed25519"));
    request.canRemember = true;
    const QList<HostKeyCandidate> candidates{
        {QStringLiteral("gpu-07"), QStringLiteral("lifeboat@10.1.2.7:22"), QStringLiteral("ssh-ed25519"), QStringLiteral("SHA256:3Nb1yqk0Zp0uF0mE1lq2x0hS0w9bJ4c1kU7o3hQk3mA")},
        {QStringLiteral("stor-03"), QStringLiteral("lifeboat@10.1.9.3:22"), QStringLiteral("ssh-ed25519"), QStringLiteral("SHA256:q0Xy7V1mTz8kR2sW4pE6nB9cD3fG5hJ7lK1aS2dF4gH")}};
    const std::unique_ptr<QDialog> fleetDialogs[] = {
        std::unique_ptr<QDialog>(FleetDialogs::makeSecretDialog(&window, request)),
        std::unique_ptr<QDialog>(FleetDialogs::makeHostKeyDialog(&window, candidates)),
        std::unique_ptr<QDialog>(FleetDialogs::makeInstallEngineBox(&window, {QStringLiteral("gpu-07")}, QStringLiteral("/usr/bin/lifeboat-cli"),
                                                                    QStringLiteral("0.1.0"), QStringLiteral("~/.local/bin"))),
    };
    const QString fleetNames[] = {QStringLiteral("34-dialog-login-secret.png"), QStringLiteral("35-dialog-trust-host-keys.png"),
                                  QStringLiteral("36-dialog-install-engine.png")};
    for (std::size_t i = 0; i < std::size(fleetDialogs); ++i) {
        fleetDialogs[i]->show();
        const bool ok = grabTo(fleetDialogs[i].get(), dir.filePath(fleetNames[i]), error);
        fleetDialogs[i]->hide();
        if (!ok)
            return -1;
        ++written;
    }

    // The restore wizard's first question.
    {
        RestoreWizard* wizard = window.openRestoreWizard();
        bool ok = grabTo(wizard, dir.filePath(QStringLiteral("38-wizard-restore.png")), error);
        // A rack lost: the second page lists what that affects, in order of tier, with the
        // source to restore from and the estimate (all from the plan, no fleet needed).
        RestoreScenarioPage* scenario = wizard->scenarioPage();
        scenario->scenarioBox()->setCurrentIndex(scenario->scenarioBox()->findData(static_cast<int>(restore::Scenario::DomainLost)));
        const int rack = scenario->subjectBox()->findData(QStringLiteral("dc1/r4"));
        if (ok && rack >= 0) {
            scenario->subjectBox()->setCurrentIndex(rack);
            scenario->ticketEdit()->setText(QStringLiteral("INC-4711"));
            scenario->reasonEdit()->setPlainText(tr("Rack dc1/r4 lost power; its disks did not come back."));
            wizard->next();
            ok = wizard->currentPage() == wizard->affectedPage() && grabTo(wizard, dir.filePath(QStringLiteral("40-wizard-restore-affected.png")), error);
            if (ok)
                ++written;
            else if (error->isEmpty())
                *error = tr("the restore wizard did not go on to the affected datasets");
        }
        wizard->reject();
        if (!ok)
            return -1;
        ++written;
    }

    // Apply Plan to Fleet: the difference a first apply shows. There is no fleet to ask, so
    // the answers are the planner's jobs against what the nodes are made to hold here: the
    // first node with jobs has none installed, the second an older schedule and a job the
    // plan dropped, the third does not answer; the rest already run the plan.
    {
        const plan::Plan& plan = window.document()->plan();
        std::vector<schedule::NodeApply> answers;
        int withJobs = 0;
        for (const plan::Node& n : plan.nodes) {
            const schedule::NodeJobs wanted = schedule::JobPlanner::jobsForNode(plan, n.name);
            schedule::NodeApply a;
            a.node = n.name;
            a.address = n.address;
            const int which = wanted.jobs.empty() ? -1 : withJobs++;
            if (which == 2) {
                a.error = Error{Error::Code::Network, QCoreApplication::translate("SshSession", "Cannot connect to %1: %2")
                                                          .arg(n.address, QStringLiteral("Connection refused"))};
                answers.push_back(a);
                continue;
            }
            std::vector<schedule::ScheduledJob> installed = wanted.jobs;
            if (which == 0)
                installed.clear();
            if (which == 1) {
                schedule::ScheduledJob retired = installed.back();
                retired.id = QStringLiteral("verify-retired-repo");
                installed.front().cron = QStringLiteral("30 1 * * *");
                installed.push_back(retired);
            }
            a.reached = true;
            a.scheduler = QStringLiteral("systemd-system");
            a.warnings = wanted.warnings;
            a.changes = schedule::JobDiff::between(installed, wanted.jobs);
            answers.push_back(a);
        }
        ApplyPlanDialog dialog(plan, window.connections(), nullptr, &window);
        dialog.show();
        dialog.showDryRun(answers);
        if (!grabTo(&dialog, dir.filePath(QStringLiteral("39-dialog-apply-plan.png")), error))
            return -1;
        ++written;
    }

    // A policy's form with a schedule that cannot run: the problem is shown under the field.
    {
        const int policy = plan::PlanEdit::indexOf(window.document()->plan(), plan::ObjectRef::Kind::Policy, QStringLiteral("ckpt70b-2h"));
        ObjectFormDialog form(window.document(), plan::ObjectRef::Kind::Policy, policy, &window);
        QEventLoop checked;
        QObject::connect(&form, &ObjectFormDialog::checked, &checked, &QEventLoop::quit);
        form.setText(QStringLiteral("schedule.cron"), QStringLiteral("0 */2 * * 8"));
        form.show();
        checked.exec();
        if (!grabTo(&form, dir.filePath(QStringLiteral("37-dialog-edit-policy.png")), error))
            return -1;
        ++written;
    }

    const std::unique_ptr<QMessageBox> dialogs[] = {
        std::unique_ptr<QMessageBox>(Dialogs::makeAboutBox(&window)),
        std::unique_ptr<QMessageBox>(Dialogs::makeUnsavedChangesBox(&window, window.document()->displayName())),
        // A real error of the reader, so the dialog shows what users would read.
        std::unique_ptr<QMessageBox>(Dialogs::makeOpenErrorBox(&window, plan::PlanReader::readFile(QDir::homePath()).error().message)),
        std::unique_ptr<QMessageBox>(Dialogs::makeUnreadFieldsBox(&window, window.document()->displayName())),
    };
    const QString names[] = {QStringLiteral("30-dialog-about.png"), QStringLiteral("31-dialog-unsaved-changes.png"),
                             QStringLiteral("32-dialog-open-error.png"), QStringLiteral("33-dialog-save-over-unread-fields.png")};
    for (std::size_t i = 0; i < std::size(dialogs); ++i) {
        dialogs[i]->show();
        const bool ok = grabTo(dialogs[i].get(), dir.filePath(names[i]), error);
        dialogs[i]->hide();
        if (!ok)
            return -1;
        ++written;
    }
    return written;
}

} // namespace lifeboat::ui
