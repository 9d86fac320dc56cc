// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLocale>
#include <QString>

class QCoreApplication;

namespace lifeboat::i18n {

// Installs Lifeboat's and Qt's own translations for the first of the locale's UI
// languages that Lifeboat ships (English is the source language and needs none).
// Returns the language chosen, e.g. "zh_CN", or "en".
QString installTranslators(QCoreApplication& app, const QLocale& locale = QLocale());

} // namespace lifeboat::i18n
