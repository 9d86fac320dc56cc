// SPDX-License-Identifier: GPL-3.0-or-later
#include "Translator.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

namespace lifeboat::i18n {

QString installTranslators(QCoreApplication& app, const QLocale& locale)
{
    // The .qm files are embedded by translations/CMakeLists.txt under :/i18n.
    auto* ours = new QTranslator(&app);
    if (!ours->load(locale, QStringLiteral("lifeboat"), QStringLiteral("_"), QStringLiteral(":/i18n"))) {
        delete ours;
        return QStringLiteral("en");
    }
    app.installTranslator(ours);
    auto* qt = new QTranslator(&app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        app.installTranslator(qt);
    else
        delete qt;
    return ours->language().isEmpty() ? locale.name() : ours->language();
}

} // namespace lifeboat::i18n
