// SPDX-License-Identifier: GPL-3.0-or-later
// KeychainStore against a real Secret Service (GNOME Keyring on a private D-Bus session,
// tests/keychain/with-keyring.sh), and against none at all.
#include "core/fleet/keychain/KeychainStore.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
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
