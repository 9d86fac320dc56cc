// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLocale>
#include <QString>
#include <QStringList>

class QCoreApplication;

namespace lifeboat::i18n {

// The languages Lifeboat ships, source language first: "en", "zh_CN".
const QStringList& shippedLanguages();
// A shipped language's name in that language ("English", "简体中文"), for a menu.
QString nativeName(const QString& language);

// The console's language preference (QSettings "ui/language"): empty for the system's.
QString preferredLanguage();
void setPreferredLanguage(const QString& language);

// Installs Lifeboat's and Qt's own translations for `preferred` when it is a shipped
// language, otherwise for the first of the locale's UI languages that Lifeboat ships
// (English is the source language and needs none). Returns the language chosen, e.g.
// "zh_CN", or "en".
QString installTranslators(QCoreApplication& app, const QLocale& locale = QLocale(), const QString& preferred = QString());

} // namespace lifeboat::i18n
