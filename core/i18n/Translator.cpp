// SPDX-License-Identifier: GPL-3.0-or-later
#include "Translator.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QSettings>
#include <QTranslator>

namespace lifeboat::i18n {

namespace {

constexpr char kLanguageKey[] = "ui/language";

} // namespace

const QStringList& shippedLanguages()
{
    static const QStringList languages{QStringLiteral("en"), QStringLiteral("zh_CN")};
    return languages;
}

QString nativeName(const QString& language)
{
    // Each in its own language, so a reader who cannot read the current one finds theirs.
    if (language == QLatin1String("zh_CN"))
        return QStringLiteral("简体中文");
    if (language == QLatin1String("en"))
        return QStringLiteral("English");
    return language;
}

QString preferredLanguage()
{
    const QString language = QSettings().value(QLatin1String(kLanguageKey)).toString();
    return shippedLanguages().contains(language) ? language : QString();
}

void setPreferredLanguage(const QString& language)
{
    QSettings settings;
    if (shippedLanguages().contains(language))
        settings.setValue(QLatin1String(kLanguageKey), language);
    else
        settings.remove(QLatin1String(kLanguageKey));
}

QString installTranslators(QCoreApplication& app, const QLocale& locale, const QString& preferred)
{
    if (preferred == QLatin1String("en"))
        return preferred;
    const QLocale chosen = shippedLanguages().contains(preferred) ? QLocale(preferred) : locale;
    // The .qm files are embedded by translations/CMakeLists.txt under :/i18n.
    auto* ours = new QTranslator(&app);
    if (!ours->load(chosen, QStringLiteral("lifeboat"), QStringLiteral("_"), QStringLiteral(":/i18n"))) {
        delete ours;
        return QStringLiteral("en");
    }
    app.installTranslator(ours);
    auto* qt = new QTranslator(&app);
    if (qt->load(chosen, QStringLiteral("qtbase"), QStringLiteral("_"), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        app.installTranslator(qt);
    else
        delete qt;
    return ours->language().isEmpty() ? chosen.name() : ours->language();
}

} // namespace lifeboat::i18n
