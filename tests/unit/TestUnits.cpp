// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/util/Units.h"

#include <QTest>

using namespace lifeboat::units;
using namespace std::chrono_literals;

class TestUnits : public QObject {
    Q_OBJECT
private slots:
    void parsesBytes_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<qint64>("bytes");
        QTest::newRow("plain") << "512" << qint64(512);
        QTest::newRow("B") << "512 B" << qint64(512);
        QTest::newRow("kB") << "2kB" << qint64(2000);
        QTest::newRow("KiB") << "2 KiB" << qint64(2048);
        QTest::newRow("TB") << "420 TB" << qint64(420'000'000'000'000);
        QTest::newRow("TiB fraction") << "1.5 TiB" << qint64(1'649'267'441'664);
        QTest::newRow("PB lower case") << "1.4 pb" << qint64(1'400'000'000'000'000);
        QTest::newRow("G short") << "3G" << qint64(3'000'000'000);
    }
    void parsesBytes()
    {
        QFETCH(QString, text);
        QFETCH(qint64, bytes);
        const auto parsed = parseBytes(text);
        QVERIFY(parsed.has_value());
        QCOMPARE(*parsed, bytes);
    }

    void rejectsBadBytes_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("negative") << "-5 TB";
        QTest::newRow("word") << "lots";
        QTest::newRow("unknown unit") << "5 XB";
        QTest::newRow("empty") << "";
        QTest::newRow("overflow") << "100 EB";
        QTest::newRow("two numbers") << "5 5 TB";
    }
    void rejectsBadBytes()
    {
        QFETCH(QString, text);
        QVERIFY(!parseBytes(text).has_value());
    }

    void formatsBytesExactlyAndBack_data()
    {
        QTest::addColumn<qint64>("bytes");
        QTest::addColumn<QString>("text");
        QTest::newRow("TB") << qint64(420'000'000'000'000) << "420 TB";
        QTest::newRow("TiB") << qint64(1'099'511'627'776) << "1 TiB";
        QTest::newRow("1.5 TB") << qint64(1'500'000'000'000) << "1.5 TB";
        QTest::newRow("odd") << qint64(1'234'567) << "1234567 B";
        QTest::newRow("zero") << qint64(0) << "0 B";
    }
    void formatsBytesExactlyAndBack()
    {
        QFETCH(qint64, bytes);
        QFETCH(QString, text);
        QCOMPARE(formatBytesExact(bytes), text);
        QCOMPARE(parseBytes(text).value(), bytes);
    }

    void parsesDurations_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<qint64>("seconds");
        QTest::newRow("minutes") << "30m" << qint64(1800);
        QTest::newRow("hours") << "4h" << qint64(14400);
        QTest::newRow("mixed") << "2h30m" << qint64(9000);
        QTest::newRow("days") << "7d" << qint64(604800);
        QTest::newRow("weeks") << "2w" << qint64(1209600);
        QTest::newRow("spaces") << "1d 12h" << qint64(129600);
        QTest::newRow("fraction") << "1.5h" << qint64(5400);
    }
    void parsesDurations()
    {
        QFETCH(QString, text);
        QFETCH(qint64, seconds);
        QCOMPARE(parseDuration(text).value().count(), seconds);
    }

    void rejectsBadDurations()
    {
        QVERIFY(!parseDuration(QStringLiteral("soon")).has_value());
        QVERIFY(!parseDuration(QStringLiteral("5")).has_value());
        QVERIFY(!parseDuration(QStringLiteral("5y")).has_value());
        QVERIFY(!parseDuration(QStringLiteral("-5h")).has_value());
    }

    void formatsDurations()
    {
        QCOMPARE(formatDuration(9000s), QStringLiteral("2h30m"));
        QCOMPARE(formatDuration(604800s), QStringLiteral("1w"));
        QCOMPARE(formatDuration(90000s), QStringLiteral("1d1h"));
        QCOMPARE(formatDuration(864000s), QStringLiteral("10d"));
        QCOMPARE(parseDuration(formatDuration(987654s)).value().count(), 987654);
    }

    void parsesPercentAndRates()
    {
        QCOMPARE(parsePercent(QStringLiteral("1.5%")).value(), 0.015);
        QCOMPARE(parsePercent(QStringLiteral("0.25")).value(), 0.25);
        QVERIFY(!parsePercent(QStringLiteral("much")).has_value());
        QCOMPARE(parseBytesPerSecond(QStringLiteral("2 GB/s")).value(), 2e9);
        QCOMPARE(parseBytesPerSecond(QStringLiteral("800MiB/s")).value(), 800.0 * 1048576);
        QVERIFY(!parseBytesPerSecond(QStringLiteral("2 GB")).has_value());
    }
};

QTEST_APPLESS_MAIN(TestUnits)
#include "TestUnits.moc"
