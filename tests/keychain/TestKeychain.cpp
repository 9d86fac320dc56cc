// SPDX-License-Identifier: GPL-3.0-or-later
// KeychainStore against a real Secret Service (GNOME Keyring on a private D-Bus session,
// tests/keychain/with-keyring.sh), and against none at all.
#include "SshdFixture.h"
#include "core/fleet/keychain/KeychainStore.h"
#include "core/ssh/SshSession.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace lifeboat;
using namespace lifeboat::fleet;

class TestKeychain : public QObject {
    Q_OBJECT

    static bool expectNoKeychain() { return qEnvironmentVariableIsSet("LIFEBOAT_EXPECT_NO_KEYCHAIN"); }

private slots:
    void secretsRoundTripPerNode()
    {
        if (expectNoKeychain())
            QSKIP("this run has no Secret Service on purpose (see noKeychainIsSaidAndNothingIsStored)");
        KeychainStore store(QStringLiteral("Lifeboat-test"));
        const auto reason = store.unavailableReason();
        QVERIFY2(!reason, qPrintable(reason.value_or(QString())));
        const SecretScope a{QStringLiteral("op"), QStringLiteral("gpu-07"), 22};
        const SecretScope b{QStringLiteral("op"), QStringLiteral("gpu-08"), 22};
        const QByteArray binary("pass\0phrase with \xff bytes", 24);
        QVERIFY(store.write(a, QStringLiteral("password"), "hunter2-unique-7f3a"));
        QVERIFY(store.write(a, QStringLiteral("key-passphrase:/home/op/.ssh/id_ed25519"), binary));
        QVERIFY(store.write(b, QStringLiteral("password"), "other-node-secret"));
        auto read = store.read(a, QStringLiteral("password"));
        QVERIFY(read && read->has_value());
        QCOMPARE(**read, QByteArray("hunter2-unique-7f3a"));
        read = store.read(a, QStringLiteral("key-passphrase:/home/op/.ssh/id_ed25519"));
        QVERIFY(read && read->has_value());
        QCOMPARE(**read, binary);
        QVERIFY(store.write(a, QStringLiteral("password"), "changed"));   // overwrite
        QCOMPARE(**store.read(a, QStringLiteral("password")), QByteArray("changed"));
        auto missing = store.read(a, QStringLiteral("repository:/nowhere"));
        QVERIFY(missing && !missing->has_value());
        QVERIFY(!store.write(a, QStringLiteral(".index"), "x"));   // reserved

        // Deleting a node deletes its secrets and only its secrets.
        QVERIFY(store.removeScope(a));
        QVERIFY(!store.read(a, QStringLiteral("password"))->has_value());
        QVERIFY(!store.read(a, QStringLiteral("key-passphrase:/home/op/.ssh/id_ed25519"))->has_value());
        QCOMPARE(**store.read(b, QStringLiteral("password")), QByteArray("other-node-secret"));
        QVERIFY(store.remove(b, QStringLiteral("password")));
        QVERIFY(!store.read(b, QStringLiteral("password"))->has_value());
    }

    // What the keyring keeps on disk is encrypted: the secret's bytes appear in no file.
    void nothingIsStoredInPlainText()
    {
        if (expectNoKeychain())
            QSKIP("no Secret Service in this run");
        KeychainStore store(QStringLiteral("Lifeboat-test"));
        const SecretScope s{QStringLiteral("op"), QStringLiteral("stor-01"), 2222};
        const QByteArray secret("plain-text-must-not-appear-9c41e");
        QVERIFY(store.write(s, QStringLiteral("password"), secret));
        const QString dir = qEnvironmentVariable("LIFEBOAT_TEST_KEYRING_DIR");
        QVERIFY2(!dir.isEmpty() && QDir(dir).exists(), qPrintable(dir));
        int files = 0;
        for (QDirIterator it(dir, QDir::Files, QDirIterator::Subdirectories); it.hasNext();) {
            QFile f(it.next());
            QVERIFY(f.open(QIODevice::ReadOnly));
            QVERIFY2(!f.readAll().contains(secret), qPrintable(f.fileName()));
            ++files;
        }
        QVERIFY(files > 0);   // the keyring did write its (encrypted) file
        QVERIFY(store.removeScope(s));
    }

    // A key with a passphrase, the passphrase kept in the keychain under the node's scope:
    // the SSH login asks the store and gets in; a wrong one is said as such; none, too.
    void keyPassphraseComesFromTheKeychain()
    {
        if (expectNoKeychain())
            QSKIP("no Secret Service in this run");
        QTemporaryDir dir;
        test::SshdFixture sshd(dir.filePath(QStringLiteral("sshd")));
        const QString problem = sshd.start();
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        const QString key = dir.filePath(QStringLiteral("locked_key"));
        QProcess keygen;
        keygen.start(QStringLiteral("ssh-keygen"), {QStringLiteral("-q"), QStringLiteral("-t"), QStringLiteral("ed25519"), QStringLiteral("-N"),
                                                    QStringLiteral("correct horse"), QStringLiteral("-f"), key});
        QVERIFY(keygen.waitForFinished());
        QCOMPARE(keygen.exitCode(), 0);
        QFile authorized(dir.filePath(QStringLiteral("sshd/authorized_keys")));
        QFile pub(key + QStringLiteral(".pub"));
        QVERIFY(authorized.open(QIODevice::Append) && pub.open(QIODevice::ReadOnly));
        authorized.write(pub.readAll());
        authorized.close();

        KeychainStore store(QStringLiteral("Lifeboat-test"));
        const SecretScope scope{QStringLiteral("root"), QStringLiteral("127.0.0.1"), sshd.port()};
        QVERIFY(store.write(scope, QStringLiteral("key-passphrase:") + key, "correct horse"));
        ssh::SshOptions options;
        options.knownHostsFile = sshd.knownHosts();
        options.configFile = sshd.hostileConfig();
        options.acceptFingerprint = sshd.fingerprint(QStringLiteral("a"));
        options.identityFile = key;
        QStringList asked;
        options.askSecret = [&](const QString& name, const QString&) -> std::optional<QByteArray> {
            asked << name;
            auto secret = store.read(scope, name);
            return secret ? secret.value() : std::nullopt;
        };
        const ssh::SshTarget target{{}, QStringLiteral("127.0.0.1"), sshd.port(), {}};
        auto session = ssh::SshSession::connect(target, options);
        QVERIFY2(session, qPrintable(session ? QString() : session.error().message));
        QCOMPARE(asked, QStringList{QStringLiteral("key-passphrase:") + key});

        QVERIFY(store.write(scope, QStringLiteral("key-passphrase:") + key, "wrong horse"));
        auto wrong = ssh::SshSession::connect(target, options);
        QVERIFY(!wrong);
        QCOMPARE(wrong.error().code, Error::Code::WrongPassword);
        QVERIFY(store.removeScope(scope));
        auto none = ssh::SshSession::connect(target, options);
        QVERIFY(!none);
        QVERIFY2(none.error().message.contains(QStringLiteral("passphrase")), qPrintable(none.error().message));
    }

    // No Secret Service (run with a session bus address that leads nowhere): the store says
    // why, and refuses to store rather than fall back to a plain file.
    void noKeychainIsSaidAndNothingIsStored()
    {
        if (!expectNoKeychain())
            QSKIP("run by test_keychain_unavailable");
        KeychainStore store(QStringLiteral("Lifeboat-test"));
        const auto reason = store.unavailableReason();
        QVERIFY(reason);
        QVERIFY2(reason->contains(QStringLiteral("asked for each time")), qPrintable(*reason));
        QVERIFY(!store.write(SecretScope{QStringLiteral("op"), QStringLiteral("gpu-07"), 22}, QStringLiteral("password"), "x"));
        const QString home = QDir::homePath();
        QVERIFY(!QFile::exists(home + QStringLiteral("/.config/Unknown Organization/Lifeboat-test.conf")));
    }
};

QTEST_GUILESS_MAIN(TestKeychain)
#include "TestKeychain.moc"
