// SPDX-License-Identifier: GPL-3.0-or-later
// Repositories on another node: lifeboat-cli against a real OpenSSH sshd on 127.0.0.1.
// Host keys (unknown, accepted, changed, other type, with a hostile ssh_config), backup,
// restore and verify over SFTP, and a connection dropped in the middle of a backup.
#include "../engine/LifecycleFixtures.h"
#include "CliRunner.h"
#include "SshdFixture.h"
#include "core/repo/Crypto.h"
#include "core/repo/SftpStorage.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using lifeboat::test::cli;
using lifeboat::test::Run;
using lifeboat::test::SshdFixture;
using namespace lifeboat;
using namespace lifeboat::testing;

class TestSftpRepository : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<SshdFixture> m_sshd;
    QProcessEnvironment m_env = QProcessEnvironment::systemEnvironment();
    QString m_serverRoot;     // what the server writes, seen locally
    QString m_url;            // the same place as sftp://
    QString m_source;

    // Kills the server's side of every connection at the first progress event of a --json
    // run that shows more than `bytes` done; false when the run ended before that.
    bool dropConnectionsAfter(QProcess& process, qint64 bytes)
    {
        QByteArray seen;
        while (process.state() == QProcess::Running && process.waitForReadyRead(120000)) {
            seen += process.readAllStandardOutput();
            for (const QByteArray& line : seen.split('\n')) {
                const QJsonObject event = QJsonDocument::fromJson(line).object();
                if (event.value("type").toString() == "progress" && event.value("bytesDone").toInteger() > bytes) {
                    m_sshd->killConnections();
                    return true;
                }
            }
        }
        return false;
    }

    Run repo(const QStringList& arguments, const QStringList& extra = {})
    {
        return cli(QStringList{"repo"} + arguments + m_sshd->clientArguments() + extra, 300000, {}, m_env);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_sshd = std::make_unique<SshdFixture>(m_dir.filePath("sshd"));
        const QString why = m_sshd->start();
        if (!why.isEmpty())
            QFAIL(qPrintable(why));   // ./scripts/test installs OpenSSH: its absence is a set-up bug
        m_env.insert("LIFEBOAT_PASSWORD", "correct horse");
        m_env.remove("LIFEBOAT_REPOSITORY");
        m_serverRoot = m_dir.filePath("server/repo");
        m_url = m_sshd->url(m_serverRoot);
        m_source = m_dir.filePath("ckpt");
        writeFile(m_source + "/weights.bin", pseudoRandom(12 * kMiB, 1));
        writeFile(m_source + "/tokens.bin", pseudoRandom(3 * kMiB, 2));
        makeEveryKindTree(m_source + "/every", 4 * kMiB);
    }

    // Unknown: refused with the SHA-256 fingerprint (compared with ssh-keygen's), even
    // though the ssh_config says StrictHostKeyChecking no; accepted only when confirmed.
    void anUnknownHostKeyIsShownAndTrustedOnlyWhenConfirmed()
    {
        const QString fingerprint = m_sshd->fingerprint("a");
        QVERIFY(fingerprint.startsWith("SHA256:"));
        const Run refused = repo({"init", "--repo", m_url, "--scrypt-n", "1024", "--json"});
        QVERIFY_RUN(refused, 4);
        QVERIFY2(refused.err.contains(fingerprint.toUtf8()) && refused.err.contains("not a known host"), refused.err.constData());
        QVERIFY(refused.out.contains("\"host-key-unknown\""));
        QVERIFY(!QFileInfo::exists(m_serverRoot + "/config"));
        const Run wrong = repo({"init", "--repo", m_url, "--scrypt-n", "1024"}, {"--accept-host-key", "SHA256:AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"});
        QVERIFY_RUN(wrong, 4);
        QVERIFY_RUN(repo({"init", "--repo", m_url, "--scrypt-n", "1024"}, {"--accept-host-key", fingerprint}), 0);
        QFile known(m_sshd->knownHosts());
        QVERIFY(known.open(QIODevice::ReadOnly));
        QVERIFY(known.readAll().contains(QStringLiteral("[127.0.0.1]:%1 ssh-ed25519").arg(m_sshd->port()).toUtf8()));
        // Known now: no confirmation needed.
        QVERIFY_RUN(repo({"snapshots", "--repo", m_url}), 0);
    }

    // The storage layer itself: a pack is read back (checked) between writes and commit;
    // reading must not move where the next append goes. Pipelined reads return the bytes
    // written, at any offset and length, including across the read window.
    void theSftpStorageReadsBackAndReadsRangesExactly()
    {
        auto target = ssh::SshTarget::parseSftpUrl(m_sshd->url(m_dir.filePath("server/raw")));
        QVERIFY(target);
        ssh::SshOptions options;
        options.identityFile = m_sshd->identity();
        options.knownHostsFile = m_sshd->knownHosts();
        options.configFile = m_sshd->hostileConfig();
        auto storage = repo::SftpStorage::open(target.value(), options);
        QVERIFY2(storage, qPrintable(storage ? QString() : storage.error().message));
        QVERIFY(storage.value()->makeDirectory(QString()));
        const QByteArray first = pseudoRandom(3 * kMiB + 17, 5);
        const QByteArray second = pseudoRandom(9 * kMiB + 3, 6);
        auto writer = storage.value()->create("blob");
        QVERIFY(writer);
        QVERIFY(writer.value()->append(repo::bytesOf(first)));
        auto back = writer.value()->readBack(1000, 2 * kMiB);
        QVERIFY(back);
        QCOMPARE(back.value(), first.mid(1000, 2 * kMiB));
        QVERIFY(writer.value()->append(repo::bytesOf(second)));
        QVERIFY(writer.value()->commit());
        const QByteArray whole = first + second;
        auto read = storage.value()->read("blob", 64 * kMiB);
        QVERIFY(read);
        QCOMPARE(read.value(), whole);
        for (const auto& [offset, length] : {std::pair<qint64, qint64>{0, 1}, {65535, 65538}, {kMiB - 1, 9 * kMiB}, {whole.size() - 5, 5}}) {
            auto range = storage.value()->readRange("blob", static_cast<std::uint64_t>(offset), static_cast<std::uint64_t>(length));
            QVERIFY(range);
            QCOMPARE(range.value(), whole.mid(offset, length));
        }
        auto beyond = storage.value()->readRange("blob", static_cast<std::uint64_t>(whole.size() - 5), 10);
        QVERIFY(!beyond);
        auto size = storage.value()->size("blob");
        QCOMPARE(size.value(), static_cast<std::uint64_t>(whole.size()));
        QVERIFY(storage.value()->remove("blob"));
        QCOMPARE(storage.value()->exists("blob").value(), false);
        QVERIFY(storage.value()->remove("blob"));   // already gone is not an error
        auto missing = storage.value()->read("nothing", 10);
        QVERIFY(!missing);
        QCOMPARE(missing.error().code, Error::Code::NotFound);
    }

    void backupRestoreAndVerifyOverSftp()
    {
        const Run backup = repo({"backup", "--repo", m_url, "--json", m_source});
        QVERIFY_RUN(backup, 0);
        QVERIFY_RUN(repo({"verify", "--repo", m_url, "--read-data"}), 0);
        const QString target = m_dir.filePath("restored-sftp");
        QVERIFY_RUN(repo({"restore", "--repo", m_url, "latest", "--target", target}), 0);
        const QStringList differences = compareTrees(m_source, target + "/ckpt", false);
        QVERIFY2(differences.isEmpty(), qPrintable(differences.join('\n')));
        // The same format as a local repository: the server's directory opens as one.
        auto local = openRepository(m_serverRoot);
        QVERIFY(verifyAll(*local).clean());
        QCOMPARE(local->snapshots()->size(), 1);
    }

    // The connection dies in the middle of a backup: a clear error naming the server,
    // the repository stays valid, and running the backup again completes it.
    void aDroppedConnectionFailsCleanlyAndTheRerunCompletes()
    {
        const QString big = m_dir.filePath("big");
        for (int i = 0; i < 4; ++i)
            writeFile(big + QStringLiteral("/shard%1.bin").arg(i), pseudoRandom(32 * kMiB, 50 + static_cast<quint64>(i)));
        QProcess process;
        process.setProcessEnvironment(m_env);
        process.start(lifeboat::test::cliPath(), QStringList{"repo", "backup", "--json", "--repo", m_url, big} + m_sshd->clientArguments());
        QVERIFY(process.waitForStarted());
        const bool dropped = dropConnectionsAfter(process, 0);
        QVERIFY(process.waitForFinished(120000));
        if (!dropped)
            QSKIP("the backup finished before a progress event arrived");
        const QByteArray err = process.readAllStandardError();
        QCOMPARE(process.exitCode(), 4);
        QVERIFY2(err.contains("127.0.0.1"), err.constData());
        QCOMPARE(openRepository(m_serverRoot)->snapshots()->size(), 1);   // only the earlier one
        QVERIFY_RUN(repo({"backup", "--repo", m_url, big}), 0);
        QVERIFY_RUN(repo({"verify", "--repo", m_url, "--read-data"}), 0);
        const QString target = m_dir.filePath("restored-big");
        QVERIFY_RUN(repo({"restore", "--repo", m_url, "latest", "--target", target}), 0);
        QVERIFY(compareTrees(big, target + "/big", false).isEmpty());
    }

    // A changed key (same type) and a key of another type: hard stops, with no way to
    // click through — not the hostile ssh_config, not --accept-host-key with the new key.
    void aChangedOrOtherTypeHostKeyIsAHardStop_data()
    {
        QTest::addColumn<QString>("hostKey");
        QTest::newRow("changed ed25519 key") << "b";
        QTest::newRow("an RSA key where ed25519 was known") << "rsa";
    }
    void aChangedOrOtherTypeHostKeyIsAHardStop()
    {
        QFETCH(QString, hostKey);
        const QStringList before = repositoryState(m_serverRoot);
        const QString why = m_sshd->restartWithHostKey(hostKey);
        QVERIFY2(why.isEmpty(), qPrintable(why));
        const QString newFingerprint = m_sshd->fingerprint(hostKey);
        for (const QStringList& extra : {QStringList{}, QStringList{"--accept-host-key", newFingerprint}}) {
            const Run refused = repo({"backup", "--repo", m_url, "--json", m_source}, extra);
            QVERIFY_RUN(refused, 4);
            QVERIFY2(refused.err.contains("not the one in known_hosts"), refused.err.constData());
            QVERIFY(refused.out.contains("\"host-key-changed\""));
        }
        QCOMPARE(repositoryState(m_serverRoot), before);
        QVERIFY(m_sshd->restartWithHostKey("a").isEmpty());
        QVERIFY_RUN(repo({"snapshots", "--repo", m_url}), 0);
    }

    // Site A (local) to site B (over SFTP): only what B lacks is sent; a copy cut off by a
    // dropped connection is finished by running it again, which sends only the rest.
    void copyToAnotherSiteSendsOnlyWhatIsMissingAndResumes()
    {
        const QString siteA = m_dir.filePath("site-a");
        const QString siteB = m_dir.filePath("server/site-b");
        const QString urlB = m_sshd->url(siteB);
        QVERIFY_RUN(repo({"init", "--repo", siteA, "--scrypt-n", "1024"}), 0);
        QVERIFY_RUN(repo({"init", "--repo", urlB, "--scrypt-n", "1024", "--pack-size", "4"}), 0);   // packs commit often
        QVERIFY_RUN(repo({"backup", "--repo", siteA, m_source}), 0);
        const QString copyEnvPassword = "correct horse";
        m_env.insert("LIFEBOAT_FROM_PASSWORD", copyEnvPassword);
        const Run first = repo({"copy", "--from-repo", siteA, "--repo", urlB, "--json"});
        QVERIFY_RUN(first, 0);
        QJsonObject result = lifeboat::test::resultLine(first.out);
        QCOMPARE(result.value("snapshotsCopied").toInteger(), 1);
        const qint64 sentFirst = result.value("bytesWritten").toInteger();
        QVERIFY(sentFirst > 15 * kMiB);                 // the data is random: it is all sent
        const Run again = repo({"copy", "--from-repo", siteA, "--repo", urlB, "--json"});
        QVERIFY_RUN(again, 0);
        QVERIFY(again.out.contains("\"snapshotsAlreadyThere\":1"));
        QVERIFY(again.out.contains("\"blobsCopied\":0"));

        // A second snapshot with one new 48 MiB file; the copy's connection is dropped.
        writeFile(m_source + "/new/shard.bin", pseudoRandom(48 * kMiB, 77));
        QVERIFY_RUN(repo({"backup", "--repo", siteA, m_source}), 0);
        QProcess process;
        process.setProcessEnvironment(m_env);
        process.start(lifeboat::test::cliPath(), QStringList{"repo", "copy", "--json", "--from-repo", siteA, "--repo", urlB} + m_sshd->clientArguments());
        QVERIFY(process.waitForStarted());
        const bool dropped = dropConnectionsAfter(process, 20 * kMiB);
        QVERIFY(process.waitForFinished(120000));
        if (dropped)
            QCOMPARE(process.exitCode(), 4);
        const Run resumed = repo({"copy", "--from-repo", siteA, "--repo", urlB, "--json"});
        QVERIFY_RUN(resumed, 0);
        result = lifeboat::test::resultLine(resumed.out);
        QCOMPARE(result.value("snapshotsCopied").toInteger(), 1);
        if (dropped)
            QVERIFY2(result.value("bytesWritten").toInteger() < 48 * kMiB, qPrintable(QString::number(result.value("bytesWritten").toInteger())));
        QVERIFY_RUN(repo({"verify", "--repo", urlB, "--read-data"}), 0);
        const QString target = m_dir.filePath("restored-site-b");
        QVERIFY_RUN(repo({"restore", "--repo", urlB, "latest", "--target", target}), 0);
        const QStringList differences = compareTrees(m_source, target + "/ckpt", false);
        QVERIFY2(differences.isEmpty(), qPrintable(differences.join('\n')));
        QFile::remove(m_source + "/new/shard.bin");
        QDir(m_source + "/new").removeRecursively();
    }

    void cleanupTestCase()
    {
        if (m_sshd)
            m_sshd->stop();
    }
};

QTEST_GUILESS_MAIN(TestSftpRepository)
#include "TestSftpRepository.moc"
