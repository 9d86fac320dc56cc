// SPDX-License-Identifier: GPL-3.0-or-later
// Expected digests are the published test vectors (FIPS 180-2 appendix B, RFC 4231).
#include "core/repo/ContentHash.h"

#include <QTest>

using namespace lifeboat::repo;

namespace {

std::span<const std::uint8_t> bytesOf(const QByteArray& a)
{
    return {reinterpret_cast<const std::uint8_t*>(a.constData()), static_cast<std::size_t>(a.size())};
}

} // namespace

class TestContentHash : public QObject {
    Q_OBJECT
private slots:
    void sha256Vectors()
    {
        QCOMPARE(sha256(bytesOf(QByteArray("abc"))).toHex(), QStringLiteral("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"));
        QCOMPARE(sha256(bytesOf(QByteArray())).toHex(), QStringLiteral("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"));
        QCOMPARE(sha256(bytesOf(QByteArray("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq"))).toHex(),
                 QStringLiteral("248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"));
    }

    void hmacSha256Vectors()
    {
        // RFC 4231 test case 1 and 2.
        QCOMPARE(hmacSha256(bytesOf(QByteArray(20, '\x0b')), bytesOf(QByteArray("Hi There"))).toHex(),
                 QStringLiteral("b0344c61d8db38535ca8afceaf0bf12b881dc200c9833da726e9376c2e32cff7"));
        QCOMPARE(hmacSha256(bytesOf(QByteArray("Jefe")), bytesOf(QByteArray("what do ya want for nothing?"))).toHex(),
                 QStringLiteral("5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843"));
    }

    void hexRoundTrip()
    {
        const ContentId id = sha256(bytesOf(QByteArray("lifeboat")));
        ContentId back;
        QVERIFY(ContentId::fromHex(id.toHex(), back));
        QVERIFY(back == id);
        QVERIFY(!ContentId::fromHex(QStringLiteral("xyz"), back));
        QVERIFY(!ContentId::fromHex(id.toHex().toUpper(), back));   // ids are written in lower case only
    }
};

QTEST_APPLESS_MAIN(TestContentHash)
#include "TestContentHash.moc"
