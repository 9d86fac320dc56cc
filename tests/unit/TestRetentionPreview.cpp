// SPDX-License-Identifier: GPL-3.0-or-later
// The retention preview on simulated histories, counted by hand: hourly backups with
// keep-last 3 and keep-daily 7 keep the three newest and the newest of each of the six days
// before today (today's newest is already one of the three): 9.
#include "core/model/RetentionPreview.h"
#include "core/repo/LocalStorage.h"
#include "core/repo/Repository.h"

#include <QDir>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace lifeboat;
using namespace lifeboat::model;

class TestRetentionPreview : public QObject {
    Q_OBJECT

    static plan::Policy policy(const QString& cron)
    {
        plan::Policy p;
        p.name = QStringLiteral("p");
        p.dataset = QStringLiteral("d");
        p.schedule.cron = cron;
        p.schedule.timeZone = QStringLiteral("UTC");
        return p;
    }

private slots:
    void onARepositorysRealSnapshots();
    void hourlyWithLastAndDaily()
    {
        plan::Policy p = policy(QStringLiteral("0 * * * *"));
        p.retention.keepLast = 3;
        p.retention.keepDaily = 7;
        const QDateTime now(QDate(2026, 12, 1), QTime(12, 30), QTimeZone::utc());
        auto r = RetentionPreview::simulate(p, now);
        QVERIFY2(r, qPrintable(r ? QString() : r.error().message));
        QCOMPARE(r->kept, 9);
        QCOMPARE(r->points.front().time, QDateTime(QDate(2026, 12, 1), QTime(12, 0), QTimeZone::utc()));   // newest first
        QVERIFY(r->points.front().reasons.join(QLatin1Char(' ')).contains(QStringLiteral("last")));
        // The oldest kept: the newest run of 25 November (23:00), six days before today.
        QCOMPARE(r->oldestKeptAgeHours, QDateTime(QDate(2026, 11, 25), QTime(23, 0), QTimeZone::utc()).secsTo(now) / 3600.0);
        int removed = 0;
        for (const PreviewPoint& pt : r->points)
            removed += pt.kept() ? 0 : 1;
        QCOMPARE(removed, static_cast<int>(r->points.size()) - 9);
        QVERIFY(removed > 100);
        QCOMPARE(r->from, now.addDays(-9));   // keep-daily 7 reaches 9 days back, no further
    }

    // No rule at all keeps everything (an empty policy never deletes all), and says so.
    void anEmptyPolicyKeepsEverything()
    {
        const QDateTime now(QDate(2026, 12, 1), QTime(0, 0), QTimeZone::utc());
        auto r = RetentionPreview::simulate(policy(QStringLiteral("0 0 * * *")), now);
        QVERIFY(r);
        QCOMPARE(r->kept, static_cast<int>(r->points.size()));
        QVERIFY(r->notes.join(QLatin1Char(' ')).contains(QStringLiteral("everything is kept")));
    }

    // Every minute with keep-yearly 2: far too many snapshots; the newest are kept in view.
    void aFrequentScheduleIsCutAtItsOldEnd()
    {
        plan::Policy p = policy(QStringLiteral("* * * * *"));
        p.retention.keepLast = 5;
        p.retention.keepYearly = 2;
        const QDateTime now(QDate(2026, 12, 1), QTime(0, 0), QTimeZone::utc());
        auto r = RetentionPreview::simulate(p, now);
        QVERIFY(r);
        QVERIFY(static_cast<int>(r->points.size()) <= RetentionPreview::kMaxSnapshots);
        QCOMPARE(r->points.front().time, now);
        QVERIFY(r->notes.join(QLatin1Char(' ')).contains(QStringLiteral("1440 times a day")));
        QVERIFY(!RetentionPreview::simulate(policy(QStringLiteral("not cron")), now));
    }
};

// Real snapshots: one a day at noon UTC, 1 to 20 November, and one of another dataset.
// keep-last 12 keeps 9 ... 20 November; keep-daily 3 keeps 18, 19, 20, already kept: 12 kept.
void TestRetentionPreview::onARepositorysRealSnapshots()
{
    QTemporaryDir dir;
    repo::InitOptions options;
    options.passphrase = "correct horse";
    options.scrypt.n = 1024;   // fast for a test; the cost is stored per key
    auto created = repo::Repository::init(std::make_shared<repo::LocalStorage>(dir.path()), options);
    QVERIFY2(created, qPrintable(created ? QString() : created.error().message));
    QStringList ids;
    for (int day = 1; day <= 21; ++day) {
        repo::Snapshot s;
        s.time = QDateTime(QDate(2026, 11, std::min(day, 20)), QTime(12, 0), QTimeZone::utc());
        s.hostname = QStringLiteral("gpu-07");
        s.paths = {QStringLiteral("/data/ckpt")};
        s.dataset = day <= 20 ? QStringLiteral("d") : QStringLiteral("other");
        auto saved = (*created)->saveSnapshot(s);
        QVERIFY(saved);
        if (day <= 20)
            ids << *saved;
    }
    QVERIFY(*RetentionPreview::needsPassphrase(dir.path()));
    QStringList damaged;
    QVERIFY(!RetentionPreview::readSnapshots(dir.path(), "wrong", &damaged));
    auto snapshots = RetentionPreview::readSnapshots(dir.path(), "correct horse", &damaged);
    QVERIFY2(snapshots, qPrintable(snapshots ? QString() : snapshots.error().message));
    QCOMPARE(snapshots->size(), 21);
    QVERIFY(damaged.isEmpty());

    plan::Policy p = policy(QStringLiteral("0 12 * * *"));
    p.retention.keepLast = 12;
    p.retention.keepDaily = 3;
    auto r = RetentionPreview::onSnapshots(p, *snapshots, QDateTime(QDate(2026, 12, 1), QTime(0, 0), QTimeZone::utc()), dir.path());
    QVERIFY(r);
    QVERIFY(!r->simulated);
    QCOMPARE(r->points.size(), std::size_t(20));
    QCOMPARE(r->kept, 12);
    for (const PreviewPoint& point : r->points) {
        QCOMPARE(point.kept(), point.time.date().day() >= 9);
        QVERIFY(ids.contains(point.snapshot) || std::any_of(ids.begin(), ids.end(), [&](const QString& id) { return id.startsWith(point.snapshot); }));
    }
    QVERIFY(r->notes.join(QLatin1Char(' ')).contains(QStringLiteral("1 other")));
    // Read-only: the repository still has every snapshot.
    QCOMPARE(RetentionPreview::readSnapshots(dir.path(), "correct horse", &damaged)->size(), 21);
    // Not a repository: an error naming what is missing, not an empty preview.
    QTemporaryDir empty;
    QVERIFY(!RetentionPreview::readSnapshots(empty.path(), "x", &damaged));
}

QTEST_GUILESS_MAIN(TestRetentionPreview)
#include "TestRetentionPreview.moc"
