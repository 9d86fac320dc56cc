// SPDX-License-Identifier: GPL-3.0-or-later
// Figures for people follow the reader's locale and language; figures for programs never do.
// Expected strings are written from the locale rules (German: comma decimals, dot groups;
// Chinese: the units 天/小时/分钟), not taken from the code's output.
#include "core/i18n/Translator.h"
#include "core/util/Readable.h"
#include "core/util/Units.h"

#include <QCoreApplication>
#include <QRandomGenerator>
#include <QTest>
#include <QTranslator>

#include <cmath>

using namespace lifeboat;
using namespace std::chrono_literals;

namespace {

void removeTranslators()
{
    for (QTranslator* t : QCoreApplication::instance()->findChildren<QTranslator*>()) {
        QCoreApplication::removeTranslator(t);
        delete t;
    }
}

} // namespace

class TestReadable : public QObject {
    Q_OBJECT

private slots:
    void cleanup()
    {
        removeTranslators();
        QLocale::setDefault(QLocale::c());
    }

    void sizesHaveThreeSignificantDigits()
    {
        QLocale::setDefault(QLocale::c());
        QCOMPARE(readable::bytes(0), QStringLiteral("0 B"));
        QCOMPARE(readable::bytes(999), QStringLiteral("999 B"));
        QCOMPARE(readable::bytes(1000), QStringLiteral("1.00 kB"));
        QCOMPARE(readable::bytes(1.5e12), QStringLiteral("1.50 TB"));
        QCOMPARE(readable::bytes(42.42e9), QStringLiteral("42.4 GB"));
        QCOMPARE(readable::bytes(123456789), QStringLiteral("123 MB"));
        QCOMPARE(readable::bytesPerSecond(6.8e8), QStringLiteral("680 MB/s"));
    }

    void numbersFollowTheLocale()
    {
        QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
        QCOMPARE(readable::bytes(1.5e12), QStringLiteral("1,50 TB"));
        QCOMPARE(readable::number(1234567.25, 2), QStringLiteral("1.234.567,25"));
        QCOMPARE(readable::percent(0.125, 1), QStringLiteral("12,5%"));
        QCOMPARE(readable::hours(3.5), QStringLiteral("3,5 h"));
        // %L placeholders in translated messages take the same locale.
        QCOMPARE(QStringLiteral("%L1 s").arg(2.25, 0, 'f', 2), QStringLiteral("2,25 s"));

        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        QCOMPARE(readable::number(1234567.25, 2), QStringLiteral("1,234,567.25"));
        QCOMPARE(readable::percent(0.125, 1), QStringLiteral("12.5%"));
    }

    void durationsAreExactAndReadBackInEnglish()
    {
        QLocale::setDefault(QLocale::c());
        QCOMPARE(readable::duration(0s), QStringLiteral("0s"));
        QCOMPARE(readable::duration(9000s), QStringLiteral("2h30m"));
        QCOMPARE(readable::duration(90000s), QStringLiteral("1d1h"));
        QCOMPARE(readable::duration(604800s), QStringLiteral("1w"));
        QCOMPARE(readable::duration(864000s), QStringLiteral("10d"));
        QCOMPARE(readable::duration(-90s), QStringLiteral("-1m30s"));
        // Rounded up: an estimate of 59.2 s must not promise 59 s.
        QCOMPARE(readable::durationCeil(59.2), QStringLiteral("1m"));
        QCOMPARE(readable::durationCeil(std::nan("")), QStringLiteral("never"));
        // In English a message's duration is the form the plan file takes, so an operator can
        // copy it into the plan: it parses back to the same number of seconds.
        auto* random = QRandomGenerator::global();
        for (int i = 0; i < 2000; ++i) {
            const auto s = std::chrono::seconds(random->bounded(qint64(1), qint64(400) * 86400));
            const auto back = units::parseDuration(readable::duration(s));
            QVERIFY2(back && *back == s, qPrintable(readable::duration(s)));
        }
    }

    void chineseHasChineseUnits()
    {
        QLocale::setDefault(QLocale(QLocale::Chinese, QLocale::China));
        QCOMPARE(i18n::installTranslators(*QCoreApplication::instance(), QLocale(QStringLiteral("zh_CN"))), QStringLiteral("zh_CN"));
        QCOMPARE(readable::duration(90000s), QStringLiteral("1天1小时"));
        QCOMPARE(readable::duration(9000s), QStringLiteral("2小时30分钟"));
        QCOMPARE(readable::duration(1209600s), QStringLiteral("2周"));
        QCOMPARE(readable::duration(45s), QStringLiteral("45秒"));
        QCOMPARE(readable::hours(0.5), QStringLiteral("30 分钟"));
        QCOMPARE(readable::hours(3.5), QStringLiteral("3.5 小时"));
        QCOMPARE(readable::hours(72), QStringLiteral("3.0 天"));
        QCOMPARE(readable::durationCeil(INFINITY), QStringLiteral("永不"));
        QCOMPARE(readable::probability(1e-20), QStringLiteral("< 1e-15"));
    }

    void probabilitiesKeepThreeDigits()
    {
        QLocale::setDefault(QLocale::c());
        QCOMPARE(readable::probability(0), QStringLiteral("0"));
        QCOMPARE(readable::probability(0.000032123), QStringLiteral("3.21e-05"));
        QCOMPARE(readable::probability(0.5), QStringLiteral("0.5"));
        QCOMPARE(readable::probability(1e-16), QStringLiteral("< 1e-15"));
    }

    void planFilesNeverChangeWithTheLocale()
    {
        // The writer's forms stay C: a German operator's saved plan opens everywhere.
        QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
        QCOMPARE(units::formatPercent(0.015), QStringLiteral("1.5%"));
        QCOMPARE(units::formatBytesExact(1'500'000'000'000), QStringLiteral("1.5 TB"));
        QCOMPARE(units::formatDuration(90000s), QStringLiteral("1d1h"));
    }
};

QTEST_GUILESS_MAIN(TestReadable)
#include "TestReadable.moc"
