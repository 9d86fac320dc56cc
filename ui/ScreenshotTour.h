// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

namespace lifeboat::ui {

class MainWindow;

// Renders every view and dialog of the console to PNG files, so what users see can be
// reviewed without a display (`./scripts/screenshots`, offscreen platform). Call it
// after the plan has loaded. Returns the number of files written, or -1 on a failure
// (the message goes to `error`).
class ScreenshotTour {
    Q_DECLARE_TR_FUNCTIONS(ScreenshotTour)
public:
    static int run(MainWindow& window, const QString& directory, QString* error);
};

} // namespace lifeboat::ui
