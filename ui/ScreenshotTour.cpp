// SPDX-License-Identifier: GPL-3.0-or-later
#include "ScreenshotTour.h"

#include "Dialogs.h"
#include "MainWindow.h"
#include "PlanDocument.h"
#include "views/FleetView.h"
#include "views/ProblemsPanel.h"
#include "core/plan/PlanReader.h"

#include <QApplication>
#include <QDir>
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
