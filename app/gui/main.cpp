// SPDX-License-Identifier: GPL-3.0-or-later
// lifeboat: the console. Wires the window to the command line; everything else lives in ui/.
#include "core/Version.h"
#include "core/fleet/keychain/KeychainStore.h"
#include "core/i18n/Translator.h"
#include "ui/MainWindow.h"
#include "ui/PlanDocument.h"
#include "ui/ScreenshotTour.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QLocale>
#include <QTextStream>

#include <cstdio>

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QLatin1String(lifeboat::kApplicationName));
    QApplication::setApplicationDisplayName(QLatin1String(lifeboat::kApplicationName));
    QApplication::setApplicationVersion(QLatin1String(lifeboat::kVersion));
    QApplication::setOrganizationName(QLatin1String(lifeboat::kOrganizationName));
    QApplication::setOrganizationDomain(QLatin1String(lifeboat::kOrganizationDomain));
    QApplication::setDesktopFileName(QStringLiteral("io.github.lifeboat.Lifeboat"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/lifeboat-256.png")));
    // The preference (View ▸ Language) wins over the system's language; dates and numbers
    // then follow it too.
    const QString preferred = lifeboat::i18n::preferredLanguage();
    if (!preferred.isEmpty())
        QLocale::setDefault(QLocale(preferred));
    lifeboat::i18n::installTranslators(app, QLocale(), preferred);

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Lifeboat console: plan, watch and restore the backups of AI datasets."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("plan"), QApplication::translate("main", "Plan file to open (*.lifeboat.json)."));
    const QCommandLineOption screenshots(QStringLiteral("screenshots"),
                                         QApplication::translate("main", "Render every view and dialog to PNG files in <directory>, then quit."),
                                         QStringLiteral("directory"));
    parser.addOption(screenshots);
    parser.process(app);

    // Declared before the window, so it outlives every login the window starts.
    lifeboat::fleet::KeychainStore keychain;
    lifeboat::ui::MainWindow window;
    window.setSecretStore(&keychain);
    const QStringList plans = parser.positionalArguments();
    if (parser.isSet(screenshots)) {
        const QString directory = parser.value(screenshots);
        const auto runTour = [&window, &app, directory] {
            QString error;
            const int written = lifeboat::ui::ScreenshotTour::run(window, directory, &error);
            QTextStream err(stderr);
            if (written < 0) {
                err << QApplication::translate("main", "lifeboat: screenshots failed: %1").arg(error) << '\n';
                app.exit(1);
            } else {
                err << QApplication::translate("main", "lifeboat: wrote %1 screenshots to %2").arg(written).arg(directory) << '\n';
                app.exit(0);
            }
        };
        if (plans.isEmpty()) {
            QMetaObject::invokeMethod(&window, runTour, Qt::QueuedConnection);
        } else {
            QObject::connect(window.document(), &lifeboat::ui::PlanDocument::loaded, &window, runTour, Qt::QueuedConnection);
            QObject::connect(window.document(), &lifeboat::ui::PlanDocument::loadFailed, &window, [&app](const QString&, const QString& message) {
                QTextStream(stderr) << message << '\n';
                app.exit(1);
            });
        }
    } else {
        window.show();
    }
    if (!plans.isEmpty())
        window.openFile(plans.first());
    return app.exec();
}
