// SPDX-License-Identifier: GPL-3.0-or-later
// Which language the programs speak: the preference over the system's, English as the
// source language, the embedded zh_CN translation really loaded.
#include "core/i18n/Translator.h"

#include <QCoreApplication>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>
#include <QTranslator>

using namespace lifeboat;

namespace {

void removeTranslators()
{
    for (QTranslator* t : QCoreApplication::instance()->findChildren<QTranslator*>()) {
        QCoreApplication::removeTranslator(t);
        delete t;
    }
}

QString rtoNotProven()
{
    return QCoreApplication::translate("FleetHealth", "RTO not proven");
}

} // namespace

class TestTranslator : public QObject {
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
    }
    void cleanup() { removeTranslators(); }

    void theSystemsLanguageWhenNothingIsPreferred()
    {
        QCOMPARE(i18n::installTranslators(*QCoreApplication::instance(), QLocale(QStringLiteral("zh_CN"))), QStringLiteral("zh_CN"));
        QCOMPARE(rtoNotProven(), QStringLiteral("RTO 未经证实"));
        removeTranslators();
        // A language Lifeboat does not ship: English, the source.
        QCOMPARE(i18n::installTranslators(*QCoreApplication::instance(), QLocale(QStringLiteral("fr_FR"))), QStringLiteral("en"));
        QCOMPARE(rtoNotProven(), QStringLiteral("RTO not proven"));
    }

    void thePreferenceWinsOverTheSystem()
    {
        QCOMPARE(i18n::installTranslators(*QCoreApplication::instance(), QLocale(QStringLiteral("zh_CN")), QStringLiteral("en")), QStringLiteral("en"));
        QCOMPARE(rtoNotProven(), QStringLiteral("RTO not proven"));
        removeTranslators();
        QCOMPARE(i18n::installTranslators(*QCoreApplication::instance(), QLocale(QStringLiteral("en_US")), QStringLiteral("zh_CN")), QStringLiteral("zh_CN"));
        QCOMPARE(rtoNotProven(), QStringLiteral("RTO 未经证实"));
    }

    void thePreferenceIsStoredOnlyForAShippedLanguage()
    {
        QCOMPARE(i18n::preferredLanguage(), QString());
        i18n::setPreferredLanguage(QStringLiteral("zh_CN"));
        QCOMPARE(i18n::preferredLanguage(), QStringLiteral("zh_CN"));
        i18n::setPreferredLanguage(QStringLiteral("fr"));
        QCOMPARE(i18n::preferredLanguage(), QString());
        QSettings().setValue(QStringLiteral("ui/language"), QStringLiteral("klingon"));   // edited by hand
        QCOMPARE(i18n::preferredLanguage(), QString());
        QCOMPARE(i18n::shippedLanguages(), (QStringList{QStringLiteral("en"), QStringLiteral("zh_CN")}));
        QCOMPARE(i18n::nativeName(QStringLiteral("zh_CN")), QStringLiteral("简体中文"));
    }
};

QTEST_GUILESS_MAIN(TestTranslator)
#include "TestTranslator.moc"
