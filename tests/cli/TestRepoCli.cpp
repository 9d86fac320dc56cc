// SPDX-License-Identifier: GPL-3.0-or-later
// `lifeboat-cli repo ...` run as a process: outputs, JSON lines, exit codes, passphrases,
// interruption.
#include "../engine/EngineFixtures.h"
#include "CliRunner.h"

#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using lifeboat::test::cli;
using lifeboat::test::Run;
using namespace lifeboat::testing;

namespace {

QList<QJsonObject> jsonLines(const QByteArray& out)
{
    QList<QJsonObject> lines;
    for (const QByteArray& line : out.split('\n')) {
        if (line.trimmed().isEmpty())
            continue;
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(line, &error);
        if (error.error != QJsonParseError::NoError || !document.isObject())
            qFatal("not a JSON line: %s", line.constData());
        lines.append(document.object());
    }
    return lines;
}

QJsonObject onlyResult(const QByteArray& out)
{
    QJsonObject result;
    int results = 0;
    for (const QJsonObject& line : jsonLines(out)) {
        if (line.value("type").toString() == "result") {
            result = line;
            ++results;
        }
    }
    if (results != 1)
        qFatal("expected exactly one result line, got %d", results);
    return result;
}

// Damage a repository the way a disk does: one byte inverted at 1/`at` of its largest pack.
bool flipByteOfLargestPack(const QString& repository, int at)
{
    QString largest;
    qint64 size = -1;
    QDirIterator packs(repository + "/data", QDir::Files, QDirIterator::Subdirectories);
    while (packs.hasNext()) {
        const QFileInfo info(packs.next());
        if (info.size() > size) {
            size = info.size();
            largest = info.filePath();
        }
    }
    QFile pack(largest);
    pack.setPermissions(QFile::ReadOwner | QFile::WriteOwner);
    char c = 0;
    if (size <= 0 || !pack.open(QIODevice::ReadWrite) || !pack.seek(size / at) || !pack.getChar(&c) || !pack.seek(size / at))
        return false;
    return pack.putChar(static_cast<char>(~c));
}

// A drill folder kept with --keep holds the snapshot's read-only directory: made writable
// so the test can remove it.
bool removeKeptDrill(const QString& folder)
{
    QDirIterator dirs(folder, QDir::Dirs | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
    while (dirs.hasNext())
        QFile::setPermissions(dirs.next(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    return QDir(folder).removeRecursively();
}

} // namespace

class TestRepoCli : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_repo;
    QString m_source;
    QString m_passwordFile;
    QProcessEnvironment m_env = QProcessEnvironment::systemEnvironment();

    Run repo(const QStringList& arguments, const QProcessEnvironment* environment = nullptr)
    {
        return cli(QStringList{"repo"} + arguments, 300000, {}, environment ? *environment : m_env);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_repo = m_dir.filePath("repo");
        m_source = m_dir.filePath("data");
        m_passwordFile = m_dir.filePath("password");
        writeFile(m_passwordFile, "correct horse battery\n");
        m_env.remove("LIFEBOAT_PASSWORD");
        m_env.remove("LIFEBOAT_REPOSITORY");
        writeFile(m_source + "/weights.bin", pseudoRandom(6 * 1024 * 1024, 1));
        writeFile(m_source + "/corpus.jsonl", QByteArray("{\"text\": \"hello\"}\n").repeated(20000));
        writeFile(m_source + "/eval/sample.json", "{}");
        writeFile(m_source + "/eval/line\nbreak", "x");
        const Run init = repo({"init", "--repo", m_repo, "--password-file", m_passwordFile, "--scrypt-n", "1024"});
        QVERIFY_RUN(init, 0);
        QVERIFY(init.out.contains("AES-256-GCM"));
        // A second init changes nothing and says why.
        const Run again = repo({"init", "--repo", m_repo, "--password-file", m_passwordFile, "--scrypt-n", "1024"});
        QVERIFY_RUN(again, 4);
        QVERIFY(again.err.contains("already holds a repository"));
    }

    void backupSnapshotsLsRestoreVerify()
    {
        const Run backup = repo({"backup", "--repo", m_repo, "--password-file", m_passwordFile, "--json", "--tag", "nightly", m_source});
        QVERIFY_RUN(backup, 0);
        const QJsonObject result = onlyResult(backup.out);
        const QString id = result.value("id").toString();
        QCOMPARE(id.size(), 64);
        QCOMPARE(result.value("files").toInt(), 4);
        for (const QJsonObject& line : jsonLines(backup.out)) {
            if (line.value("type").toString() == "progress")
                QVERIFY(line.contains("bytesTotal") && line.contains("etaSeconds") && line.contains("filesDone"));
        }

        QProcessEnvironment env = m_env;
        env.insert("LIFEBOAT_REPOSITORY", m_repo);
        env.insert("LIFEBOAT_PASSWORD", "correct horse battery");
        const Run snapshots = repo({"snapshots", "--json", "--tag", "nightly"}, &env);
        QVERIFY_RUN(snapshots, 0);
        const QJsonArray list = onlyResult(snapshots.out).value("snapshots").toArray();
        QCOMPARE(list.size(), 1);
        QCOMPARE(list.first().toObject().value("id").toString(), id);
        QCOMPARE(onlyResult(repo({"snapshots", "--json", "--tag", "weekly"}, &env).out).value("snapshots").toArray().size(), 0);

        const Run ls = repo({"ls", id.left(8), "/data/eval"}, &env);
        QVERIFY_RUN(ls, 0);
        QVERIFY2(ls.out.contains("/data/eval/sample.json"), ls.out.constData());
        // One line per entry: a newline in a name is shown escaped.
        QVERIFY2(ls.out.contains("/data/eval/line\\nbreak\n"), ls.out.constData());
        QCOMPARE(ls.out.count('\n'), 3);
        QVERIFY(!ls.out.contains("weights.bin"));

        const QString target = m_dir.filePath("restored");
        const Run restore = repo({"restore", "latest", "--target", target}, &env);
        QVERIFY_RUN(restore, 0);
        QVERIFY(compareTrees(m_source, target + "/data", false).isEmpty());
        // Again: nothing to write, everything already correct.
        const Run again = repo({"restore", "latest", "--target", target, "--json"}, &env);
        QVERIFY_RUN(again, 0);
        QCOMPARE(onlyResult(again.out).value("filesWritten").toInt(), 0);
        QCOMPARE(onlyResult(again.out).value("filesAlreadyCorrect").toInt(), 4);

        const Run verify = repo({"verify", "--read-data"}, &env);
        QVERIFY_RUN(verify, 0);
        QVERIFY(verify.out.contains("No damage found"));

        const Run stats = repo({"stats", "--json"}, &env);
        QVERIFY_RUN(stats, 0);
        QCOMPARE(onlyResult(stats.out).value("logicalBytes").toInteger(), qint64(6 * 1024 * 1024 + 20000 * 18 + 2 + 1));
    }

    void wrongOrMissingPassphrase()
    {
        QProcessEnvironment env = m_env;
        env.insert("LIFEBOAT_PASSWORD", "not it");
        const Run wrong = repo({"snapshots", "--repo", m_repo}, &env);
        QVERIFY_RUN(wrong, 5);
        QVERIFY(wrong.err.contains("does not open any of the 1 key"));
        const Run json = repo({"snapshots", "--repo", m_repo, "--json"}, &env);
        QVERIFY_RUN(json, 5);
        QCOMPARE(jsonLines(json.out).last().value("code").toString(), QString("wrong-password"));
        // No passphrase and no terminal to ask on (setsid: no controlling terminal).
        QProcess process;
        process.setProcessEnvironment(m_env);
        process.start("setsid", {"--wait", lifeboat::test::cliPath(), "repo", "snapshots", "--repo", m_repo});
        QVERIFY(process.waitForFinished(60000));
        QCOMPARE(process.exitCode(), 4);
        QVERIFY(process.readAllStandardError().contains("LIFEBOAT_PASSWORD"));
    }

    void badArgumentsAndNames()
    {
        QProcessEnvironment env = m_env;
        env.insert("LIFEBOAT_REPOSITORY", m_repo);
        env.insert("LIFEBOAT_PASSWORD", "correct horse battery");
        QVERIFY_RUN(repo({"restore", "latest", "--target", m_dir.filePath("x"), "--conflict", "merge"}, &env), 2);
        const Run unknown = repo({"restore", "beef", "--target", m_dir.filePath("x")}, &env);
        QVERIFY_RUN(unknown, 4);
        QVERIFY(unknown.err.contains("No snapshot has an id starting with \"beef\""));
        QVERIFY_RUN(repo({"restore", "abc", "--target", m_dir.filePath("x")}, &env), 2);
        QVERIFY_RUN(repo({"frobnicate"}, &env), 2);
        QVERIFY_RUN(repo({"backup", "--no-such-option", m_source}, &env), 2);
        const Run noRepo = repo({"snapshots", "--repo", m_dir.filePath("nothing-here")}, &env);
        QVERIFY_RUN(noRepo, 4);
        QVERIFY(noRepo.err.contains("no config file"));
    }

    void keysAddPasswdRemove()
    {
        const QString second = m_dir.filePath("second");
        writeFile(second, "another passphrase");
        QProcessEnvironment env = m_env;
        env.insert("LIFEBOAT_REPOSITORY", m_repo);
        env.insert("LIFEBOAT_PASSWORD", "correct horse battery");
        QVERIFY_RUN(repo({"key", "add", "--new-password-file", second, "--scrypt-n", "1024"}, &env), 0);
        QCOMPARE(onlyResult(repo({"key", "list", "--json"}, &env).out).value("keys").toArray().size(), 2);
        QProcessEnvironment other = env;
        other.insert("LIFEBOAT_PASSWORD", "another passphrase");
        QVERIFY_RUN(repo({"snapshots"}, &other), 0);
        // passwd replaces the key in use.
        const QString third = m_dir.filePath("third");
        writeFile(third, "third passphrase");
        QVERIFY_RUN(repo({"key", "passwd", "--new-password-file", third, "--scrypt-n", "1024"}, &other), 0);
        QVERIFY_RUN(repo({"snapshots"}, &other), 5);
        QVERIFY_RUN(repo({"snapshots"}, &env), 0);
    }

    // What the restore wizard's pre-flight and check stand on: a dry run that compares the
    // target with the snapshot without writing, a generation recorded with a backup (from a
    // marker file too), a verification of one snapshot that names damaged snapshots by id,
    // and a rate limit that holds.
    void dryRunGenerationsAndOneSnapshotsVerification()
    {
        const QString repoPath = m_dir.filePath("generations-repo");
        QProcessEnvironment env = m_env;
        env.insert("LIFEBOAT_REPOSITORY", repoPath);
        QVERIFY_RUN(repo({"init", "--insecure-no-encryption"}, &env), 0);
        const QString marker = m_dir.filePath("latest");
        writeFile(marker, "step-4200\nignored second line\n");
        const Run first = repo({"backup", "--json", "--dataset", "ckpt", "--generation-file", marker, m_source}, &env);
        QVERIFY_RUN(first, 0);
        QCOMPARE(onlyResult(first.out).value("generation").toString(), QStringLiteral("step-4200"));
        const Run second = repo({"backup", "--json", "--generation", "step-4300", m_source}, &env);
        QVERIFY_RUN(second, 0);
        const QJsonArray listed = onlyResult(repo({"snapshots", "--json"}, &env).out).value("snapshots").toArray();
        QCOMPARE(listed.size(), 2);
        QCOMPARE(listed.at(0).toObject().value("generation").toString(), QStringLiteral("step-4200"));
        QCOMPARE(listed.at(1).toObject().value("generation").toString(), QStringLiteral("step-4300"));
        QVERIFY_RUN(repo({"backup", "--generation", "a", "--generation-file", marker, m_source}, &env), 2);
        writeFile(marker, "");
        const Run empty = repo({"backup", "--generation-file", marker, m_source}, &env);
        QVERIFY_RUN(empty, 2);
        QVERIFY(empty.err.contains("is empty"));
        QVERIFY_RUN(repo({"backup", "--generation", "bad\x01", m_source}, &env), 2);

        // Dry run into a target that does not exist yet: every file missing, nothing made.
        const QString target = m_dir.filePath("dry-target");
        const Run missing = repo({"restore", "latest", "--target", target, "--dry-run", "--json"}, &env);
        QVERIFY_RUN(missing, 1);
        QJsonObject r = onlyResult(missing.out);
        QCOMPARE(r.value("filesMissing").toInt(), 4);
        QCOMPARE(r.value("identical").toBool(), false);
        const qint64 sourceBytes = 6 * 1024 * 1024 + QByteArray("{\"text\": \"hello\"}\n").size() * 20000 + 2 + 1;
        QCOMPARE(r.value("bytesToWrite").toInteger(), sourceBytes);
        QVERIFY(!QFileInfo::exists(target));
        // After a restore it proves every byte; one changed byte and one deleted file show.
        QVERIFY_RUN(repo({"restore", "latest", "--target", target}, &env), 0);
        r = onlyResult(repo({"restore", "latest", "--target", target, "--dry-run", "--json"}, &env).out);
        QCOMPARE(r.value("identical").toBool(), true);
        QCOMPARE(r.value("filesAlreadyCorrect").toInt(), 4);
        QFile weights(target + "/data/weights.bin");
        QVERIFY(weights.open(QIODevice::ReadWrite) && weights.seek(3 * 1024 * 1024));
        char c = 0;
        weights.getChar(&c);
        weights.seek(3 * 1024 * 1024);
        weights.putChar(static_cast<char>(c ^ 1));
        weights.close();
        QVERIFY(QFile::remove(target + "/data/eval/sample.json"));
        const QStringList before = snapshotOfDirectory(target);
        const Run changed = repo({"restore", "latest", "--target", target, "--dry-run", "--json"}, &env);
        QVERIFY_RUN(changed, 1);
        r = onlyResult(changed.out);
        QCOMPARE(r.value("filesDifferent").toInt(), 1);
        QCOMPARE(r.value("filesMissing").toInt(), 1);
        QCOMPARE(r.value("filesAlreadyCorrect").toInt(), 2);
        // Under skip a different file would be left; only the missing one is written.
        QCOMPARE(r.value("bytesToWrite").toInteger(), 2);
        QVERIFY(r.value("differences").toArray().contains(QStringLiteral("data/weights.bin")));
        QCOMPARE(snapshotOfDirectory(target), before);   // nothing written
        r = onlyResult(repo({"restore", "latest", "--target", target, "--dry-run", "--json", "--conflict", "overwrite"}, &env).out);
        QCOMPARE(r.value("bytesToWrite").toInteger(), 6 * 1024 * 1024 + 2);

        // One snapshot's verification, and damage named by snapshot id.
        const QString latest = listed.at(1).toObject().value("id").toString();
        r = onlyResult(repo({"verify", "--json", "--snapshot", latest.left(8)}, &env).out);
        QCOMPARE(r.value("clean").toBool(), true);
        QCOMPARE(r.value("snapshots").toInt(), 1);
        QVERIFY(r.value("damagedSnapshots").toArray().isEmpty());
        const Run unknown = repo({"verify", "--snapshot", "feedbeef"}, &env);
        QVERIFY_RUN(unknown, 4);
        QVERIFY(unknown.err.contains("feedbeef"));
        for (const QFileInfo& dir : QDir(repoPath + "/data").entryInfoList(QDir::Dirs | QDir::NoDotAndDotDot)) {
            for (const QFileInfo& pack : QDir(dir.filePath()).entryInfoList(QDir::Files))
                QVERIFY(QFile::remove(pack.filePath()));
        }
        const Run damaged = repo({"verify", "--json"}, &env);
        QVERIFY_RUN(damaged, 6);
        r = onlyResult(damaged.out);
        QCOMPARE(r.value("damagedSnapshots").toArray().size(), 2);
        QVERIFY(r.value("damagedSnapshots").toArray().contains(latest));
        // An unreadable snapshot file of another snapshot does not stop checking this one:
        // it is reported, and this one is judged on its own.
        const QString older = listed.at(0).toObject().value("id").toString();
        QStringList files;
        for (const QString& name : QDir(repoPath + "/snapshots").entryList(QDir::Files))
            if (name.startsWith(older.left(8)))
                files << name;
        QCOMPARE(files.size(), 1);
        writeFile(repoPath + "/snapshots/" + files.first(), "not a snapshot");
        const Run one = repo({"verify", "--json", "--snapshot", latest.left(8)}, &env);
        QVERIFY_RUN(one, 6);
        r = onlyResult(one.out);
        QCOMPARE(r.value("snapshots").toInt(), 1);
        QCOMPARE(r.value("damagedSnapshots").toArray(), QJsonArray{latest});   // its own packs are gone, as above
    }

    void aRestoreHoldsItsRateLimit()
    {
        const QString source = m_dir.filePath("rate-source");
        writeFile(source + "/big.bin", pseudoRandom(8 * 1024 * 1024, 11));
        QProcessEnvironment env = m_env;
        env.insert("LIFEBOAT_REPOSITORY", m_dir.filePath("rate-repo"));
        QVERIFY_RUN(repo({"init", "--insecure-no-encryption"}, &env), 0);
        QVERIFY_RUN(repo({"backup", source}, &env), 0);
        QVERIFY_RUN(repo({"restore", "latest", "--target", m_dir.filePath("rate-target"), "--limit-rate", "fast"}, &env), 2);
        QElapsedTimer timer;
        timer.start();
        // 8 MiB at 4 MiB/s: two seconds at least, whatever the machine.
        QVERIFY_RUN(repo({"restore", "latest", "--target", m_dir.filePath("rate-target"), "--limit-rate", "4MiB/s"}, &env), 0);
        QVERIFY2(timer.elapsed() >= 1900, qPrintable(QString::number(timer.elapsed())));
        QVERIFY(compareTrees(source, m_dir.filePath("rate-target") + "/rate-source", false).isEmpty());
    }

    void damageIsReportedWithExitSix()
    {
        const QString repoPath = m_dir.filePath("damaged-repo");
        QProcessEnvironment env = m_env;
        env.insert("LIFEBOAT_REPOSITORY", repoPath);
        QVERIFY_RUN(repo({"init", "--insecure-no-encryption"}, &env), 0);
        QVERIFY_RUN(repo({"backup", m_source}, &env), 0);
        QVERIFY(flipByteOfLargestPack(repoPath, 3));
        const Run verify = repo({"verify", "--read-data", "--json"}, &env);
        QVERIFY_RUN(verify, 6);
        const QJsonObject result = onlyResult(verify.out);
        QCOMPARE(result.value("clean").toBool(), false);
        QVERIFY(!result.value("affected").toArray().isEmpty());
    }

    // A drill restores a sample of the newest snapshot of a dataset into a new folder under
    // the scratch path, re-reads every restored byte, measures, and removes the folder,
    // leaving everything else in the scratch path and the source as they were.
    void aDrillRestoresASampleChecksEveryByteAndCleansUp()
    {
        const QString source = m_dir.filePath("drill-source");
        for (int i = 0; i < 16; ++i)
            writeFile(source + QStringLiteral("/part-%1.bin").arg(i, 2, 10, QLatin1Char('0')), pseudoRandom(40000, 100 + static_cast<quint64>(i)));
        writeFile(source + "/ro/frozen.bin", pseudoRandom(40000, 99));
        QVERIFY(QFile::setPermissions(source + "/ro", QFile::ReadOwner | QFile::ExeOwner | QFile::ReadGroup | QFile::ExeGroup));
        QVERIFY(QFile::link("part-00.bin", source + "/link"));
        const QStringList sourceBefore = snapshotOfDirectory(source);
        QProcessEnvironment env = m_env;
        env.insert("LIFEBOAT_REPOSITORY", m_dir.filePath("drill-repo"));
        QVERIFY_RUN(repo({"init", "--insecure-no-encryption"}, &env), 0);
        QVERIFY_RUN(repo({"backup", "--dataset", "eval", source}, &env), 0);
        const QString scratch = m_dir.filePath("scratch");
        writeFile(scratch + "/keep-me.txt", "not the drill's");
        const auto scratchEntries = [&] { return QDir(scratch).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System); };

        // 17 files of 40 000 bytes; 25% is 170 000 bytes, so the fifth file reaches it.
        const Run sampled = repo({"drill", "--dataset", "eval", "--target", scratch, "--sample", "25%", "--json"}, &env);
        QVERIFY_RUN(sampled, 0);
        const QJsonObject r = onlyResult(sampled.out);
        QCOMPARE(r.value("filesInSnapshots").toInt(), 17);
        QCOMPARE(r.value("bytesInSnapshots").toInt(), 680000);
        QCOMPARE(r.value("filesRestored").toInt(), 5);
        QCOMPARE(r.value("bytesRestored").toInt(), 200000);
        QCOMPARE(r.value("filesChecked").toInt(), 5);
        QVERIFY(r.value("identical").toBool());
        QVERIFY(r.value("removed").toBool());
        QVERIFY(r.value("bytesPerSecond").toDouble() > 0);
        QCOMPARE(r.value("snapshots").toArray().size(), 1);
        QCOMPARE(scratchEntries(), QStringList{"keep-me.txt"});

        // Kept for inspection: the same snapshot gives the same sample, byte for byte the source's.
        const QString kept = m_dir.filePath("scratch-kept");
        QStringList samples[2];
        for (QStringList& files : samples) {
            const Run keep = repo({"drill", "--dataset", "eval", "--target", kept, "--sample", "25%", "--keep", "--json"}, &env);
            QVERIFY_RUN(keep, 0);
            const QString folder = onlyResult(keep.out).value("folder").toString();
            QVERIFY(folder.startsWith(kept + "/lifeboat-drill-"));
            QDirIterator it(folder, QDir::Files, QDirIterator::Subdirectories);
            while (it.hasNext()) {
                const QString file = it.next();
                // FOLDER/<snapshot>/drill-source/part-NN.bin
                const QString inSnapshot = QDir(folder).relativeFilePath(file).section('/', 1);
                QFile restored(file);
                QFile original(m_dir.filePath(inSnapshot));
                QVERIFY(restored.open(QIODevice::ReadOnly) && original.open(QIODevice::ReadOnly));
                QVERIFY2(restored.readAll() == original.readAll(), qPrintable(inSnapshot));
                files << inSnapshot;
            }
            files.sort();
            QVERIFY(removeKeptDrill(folder));
        }
        QCOMPARE(samples[0].size(), 5);
        QCOMPARE(samples[0], samples[1]);

        // Everything, read-only directory and symlink included, and still removed.
        const Run full = repo({"drill", "--dataset", "eval", "--target", scratch, "--json"}, &env);
        QVERIFY_RUN(full, 0);
        QCOMPARE(onlyResult(full.out).value("filesRestored").toInt(), 17);
        QCOMPARE(onlyResult(full.out).value("filesChecked").toInt(), 17);
        QVERIFY(onlyResult(full.out).value("removed").toBool());
        QCOMPARE(scratchEntries(), QStringList{"keep-me.txt"});

        // Nothing to drill, and shares that are not shares.
        const Run none = repo({"drill", "--dataset", "nope", "--target", scratch}, &env);
        QVERIFY_RUN(none, 4);
        QVERIFY(none.err.contains("no snapshot of dataset nope"));
        QVERIFY_RUN(repo({"drill", "--dataset", "eval", "--target", scratch, "--sample", "0%"}, &env), 2);
        QVERIFY_RUN(repo({"drill", "--dataset", "eval", "--target", scratch, "--sample", "150%"}, &env), 2);

        // A damaged pack: the drill says so with exit 6, and still cleans up after itself.
        QVERIFY(flipByteOfLargestPack(m_dir.filePath("drill-repo"), 2));
        const Run damaged = repo({"drill", "--dataset", "eval", "--target", scratch, "--json"}, &env);
        QVERIFY_RUN(damaged, 6);
        const QJsonObject d = onlyResult(damaged.out);
        QVERIFY(!d.value("identical").toBool());
        QVERIFY(!d.value("failures").toArray().isEmpty());
        QVERIFY(d.value("removed").toBool());
        QCOMPARE(scratchEntries(), QStringList{"keep-me.txt"});
        QCOMPARE(snapshotOfDirectory(source), sourceBefore);
        QFile sentinel(scratch + "/keep-me.txt");
        QVERIFY(sentinel.open(QIODevice::ReadOnly));
        QCOMPARE(sentinel.readAll(), QByteArray("not the drill's"));
        QFile::setPermissions(source + "/ro", QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    }

    // A real full disk: a 24 MiB tmpfs mounted in a private mount namespace (unprivileged,
    // through a user namespace), a backup that does not fit, then verify and restore.
    void aFullDiskFailsCleanlyAndLosesNothing()
    {
        if (QStandardPaths::findExecutable("unshare").isEmpty())
            QSKIP("unshare (util-linux) is not installed");
        const QString base = m_dir.filePath("full-disk");
        const QString mount = base + "/mnt";
        QVERIFY(QDir().mkpath(mount));
        writeFile(base + "/first/model.bin", pseudoRandom(2 * 1024 * 1024, 7));
        writeFile(base + "/second/model.bin", pseudoRandom(40 * 1024 * 1024, 8));
        writeFile(base + "/third/model.bin", pseudoRandom(8 * 1024 * 1024, 9));
        const QString script = QStringLiteral(
            "mount -t tmpfs -o size=24m tmpfs \"$MNT\" || exit 99\n"
            "\"$CLI\" repo init --repo \"$MNT/repo\" --scrypt-n 1024 >/dev/null || exit 98\n"
            "\"$CLI\" repo backup --repo \"$MNT/repo\" \"$BASE/first\" >/dev/null || exit 97\n"
            "head -c 6291456 /dev/zero > \"$MNT/ballast\" || exit 96\n"
            "\"$CLI\" repo backup --repo \"$MNT/repo\" \"$BASE/second\"; echo \"backup=$?\"\n"
            "\"$CLI\" repo verify --repo \"$MNT/repo\" --read-data >/dev/null; echo \"verify=$?\"\n"
            "\"$CLI\" repo restore --repo \"$MNT/repo\" latest --target \"$BASE/restored\" >/dev/null; echo \"restore=$?\"\n"
            // Space freed (the ballast, then what the failed backup left): the next backup works.
            "rm \"$MNT/ballast\"\n"
            "\"$CLI\" repo prune --repo \"$MNT/repo\" --grace 0 >/dev/null; echo \"prune=$?\"\n"
            "\"$CLI\" repo backup --repo \"$MNT/repo\" \"$BASE/third\" >/dev/null; echo \"next=$?\"\n"
            "\"$CLI\" repo verify --repo \"$MNT/repo\" --read-data >/dev/null; echo \"verify2=$?\"\n");
        QProcessEnvironment env = m_env;
        env.insert("LIFEBOAT_PASSWORD", "correct horse battery");
        env.insert("MNT", mount);
        env.insert("BASE", base);
        env.insert("CLI", lifeboat::test::cliPath());
        QProcess process;
        process.setProcessEnvironment(env);
        process.start("unshare", {"-Urm", "sh", "-c", script});
        QVERIFY(process.waitForFinished(300000));
        const QByteArray out = process.readAllStandardOutput();
        const QByteArray err = process.readAllStandardError();
        const QByteArray both = out + err;
        if (process.exitCode() == 99 || err.contains("unshare failed") || err.contains("Operation not permitted"))
            QSKIP("mount namespaces are not available here");
        QVERIFY2(out.contains("backup=4\n"), both.constData());
        QVERIFY2(err.contains("No space left on device"), err.constData());
        QVERIFY2(out.contains("verify=0\n"), both.constData());
        QVERIFY2(out.contains("restore=0\n"), both.constData());
        QVERIFY(compareTrees(base + "/first", base + "/restored/first", false).isEmpty());
        QVERIFY2(out.contains("prune=0\n"), both.constData());
        QVERIFY2(out.contains("next=0\n"), both.constData());
        QVERIFY2(out.contains("verify2=0\n"), both.constData());
    }

    void interruptStopsCleanlyAndTheNextBackupFinishes()
    {
        const QString source = m_dir.filePath("big");
        // Enough data (512 MiB, incompressible) that the backup is still running when the
        // first progress event with data read arrives (events come every 250 ms).
        for (int i = 0; i < 8; ++i)
            writeFile(source + QStringLiteral("/shard%1.bin").arg(i), pseudoRandom(64 * 1024 * 1024, 100 + i));
        QProcessEnvironment env = m_env;
        env.insert("LIFEBOAT_REPOSITORY", m_repo);
        env.insert("LIFEBOAT_PASSWORD", "correct horse battery");
        QProcess process;
        process.setProcessEnvironment(env);
        process.start(lifeboat::test::cliPath(), {"repo", "backup", "--json", source});
        QVERIFY(process.waitForStarted());
        // Interrupt at the first progress event that shows data read.
        QByteArray seen;
        bool interrupted = false;
        while (!interrupted && process.state() == QProcess::Running && process.waitForReadyRead(120000)) {
            seen += process.readAllStandardOutput();
            const qsizetype complete = seen.lastIndexOf('\n') + 1;
            for (const QJsonObject& line : jsonLines(seen.left(complete))) {
                if (!interrupted && line.value("type").toString() == "progress" && line.value("bytesDone").toInteger() > 0) {
                    ::kill(static_cast<pid_t>(process.processId()), SIGINT);
                    interrupted = true;
                }
            }
        }
        if (process.state() != QProcess::NotRunning)
            QVERIFY(process.waitForFinished(120000));
        if (!interrupted)
            QSKIP("the backup finished before a progress event arrived");
        seen += process.readAllStandardOutput();
        if (process.exitCode() == 0)
            QSKIP("the backup finished before the interrupt was handled");
        QCOMPARE(process.exitCode(), 130);
        QCOMPARE(jsonLines(seen).last().value("code").toString(), QString("cancelled"));
        QVERIFY_RUN(repo({"verify", "--read-data"}, &env), 0);
        QVERIFY_RUN(repo({"backup", source}, &env), 0);
    }
};

QTEST_GUILESS_MAIN(TestRepoCli)
#include "TestRepoCli.moc"
