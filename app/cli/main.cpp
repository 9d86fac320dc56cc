// SPDX-License-Identifier: GPL-3.0-or-later
// lifeboat-cli: the headless entry point. Never creates a QGuiApplication: it runs on
// fleet nodes over SSH, where there is no display.
#include "core/Version.h"
#include "core/cli/CommandLine.h"
#include "core/i18n/Translator.h"

#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("lifeboat-cli"));
    QCoreApplication::setApplicationVersion(QLatin1String(lifeboat::kVersion));
    QCoreApplication::setOrganizationName(QLatin1String(lifeboat::kOrganizationName));
    // Machine-readable output stays in English whatever the locale.
    const QStringList arguments = QCoreApplication::arguments();
    if (!arguments.contains(QStringLiteral("--json")) && arguments.value(1) != QLatin1String("serve"))
        lifeboat::i18n::installTranslators(app);
    QTextStream out(stdout);
    QTextStream err(stderr);
    const int code = lifeboat::cli::CommandLine::run(QCoreApplication::arguments(), {out, err});
    out.flush();
    err.flush();
    return code;
}
