// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/repo/ChunkCodec.h"

#include <QTest>

#include <zstd.h>

#include <random>

using namespace lifeboat;
using namespace lifeboat::repo;

namespace {

std::span<const std::uint8_t> bytesOf(const QByteArray& a)
{
    return {reinterpret_cast<const std::uint8_t*>(a.constData()), static_cast<std::size_t>(a.size())};
}

QByteArray randomBytes(qsizetype size)
{
    QByteArray bytes(size, Qt::Uninitialized);
    std::mt19937 random(11);
    for (char& c : bytes)
        c = static_cast<char>(random());
    return bytes;
}

QByteArray jsonLines(qsizetype size)
{
    QByteArray text;
    for (int i = 0; text.size() < size; ++i)
        text += QByteArrayLiteral("{\"id\": ") + QByteArray::number(i) + QByteArrayLiteral(", \"text\": \"the quick brown fox jumps over the lazy dog\", \"tokens\": 12}\n");
    text.truncate(size);
    return text;
}

// A standard zstd frame made by libzstd directly, not by the code under test.
QByteArray zstdFrame(const QByteArray& content)
{
    QByteArray out(static_cast<qsizetype>(ZSTD_compressBound(static_cast<std::size_t>(content.size()))), Qt::Uninitialized);
    const std::size_t n = ZSTD_compress(out.data(), static_cast<std::size_t>(out.size()), content.constData(), static_cast<std::size_t>(content.size()), 3);
    out.resize(static_cast<qsizetype>(n));
    return out;
}

} // namespace

class TestChunkCodec : public QObject {
    Q_OBJECT
private slots:
    void compressibleDataIsStoredAsZstdAndComesBack()
    {
        const QByteArray text = jsonLines(1024 * 1024);
        const EncodedChunk encoded = ChunkCodecs::encode(bytesOf(text), 3);
        QCOMPARE(encoded.codec, ChunkCodec::Zstd);
        QVERIFY(encoded.bytes.size() < text.size() / 4);
        // A standard frame: libzstd itself reads it back.
        QByteArray viaLibrary(text.size(), Qt::Uninitialized);
        QCOMPARE(ZSTD_decompress(viaLibrary.data(), static_cast<std::size_t>(viaLibrary.size()), encoded.bytes.constData(),
                                 static_cast<std::size_t>(encoded.bytes.size())),
                 static_cast<std::size_t>(text.size()));
        QCOMPARE(viaLibrary, text);
        const auto decoded = ChunkCodecs::decode(encoded.codec, bytesOf(encoded.bytes), static_cast<std::size_t>(text.size()));
        QVERIFY(decoded);
        QCOMPARE(*decoded, text);
    }

    void incompressibleDataIsStoredRaw()
    {
        const QByteArray noise = randomBytes(1024 * 1024);
        const EncodedChunk encoded = ChunkCodecs::encode(bytesOf(noise), 3);
        QCOMPARE(encoded.codec, ChunkCodec::Raw);
        QCOMPARE(encoded.bytes, noise);
        const auto decoded = ChunkCodecs::decode(encoded.codec, bytesOf(encoded.bytes), static_cast<std::size_t>(noise.size()));
        QVERIFY(decoded);
        QCOMPARE(*decoded, noise);
    }

    void aFrameLongerThanRecordedIsRefusedWithoutExpanding()
    {
        // A "bomb": 64 MiB of zeros compresses to a few KiB; the index says 1 KiB.
        const QByteArray bomb = zstdFrame(QByteArray(64 * 1024 * 1024, '\0'));
        QVERIFY(bomb.size() < 64 * 1024);
        const auto decoded = ChunkCodecs::decode(ChunkCodec::Zstd, bytesOf(bomb), 1024);
        QVERIFY(!decoded);
        QVERIFY2(decoded.error().message.contains(QStringLiteral("1024")) || decoded.error().message.contains(QStringLiteral("zstd")), qPrintable(decoded.error().message));
    }

    void aFrameShorterThanRecordedIsRefused()
    {
        const QByteArray frame = zstdFrame(jsonLines(1000));
        const auto decoded = ChunkCodecs::decode(ChunkCodec::Zstd, bytesOf(frame), 2000);
        QVERIFY(!decoded);
        QVERIFY(decoded.error().message.contains(QStringLiteral("2000")));
    }

    void damagedFramesAreRefused()
    {
        const QByteArray text = jsonLines(256 * 1024);
        const QByteArray frame = zstdFrame(text);
        const auto truncated = ChunkCodecs::decode(ChunkCodec::Zstd, bytesOf(frame.left(frame.size() / 2)), static_cast<std::size_t>(text.size()));
        QVERIFY(!truncated);
        const EncodedChunk encoded = ChunkCodecs::encode(bytesOf(text), 3);   // has a content checksum
        QByteArray flipped = encoded.bytes;
        flipped[flipped.size() / 2] = static_cast<char>(flipped[flipped.size() / 2] ^ 0x40);
        const auto corrupted = ChunkCodecs::decode(ChunkCodec::Zstd, bytesOf(flipped), static_cast<std::size_t>(text.size()));
        QVERIFY(!corrupted);
        QVERIFY(!ChunkCodecs::decode(ChunkCodec::Zstd, bytesOf(QByteArray("not zstd at all")), 15));
    }

    void rawLengthAndUnknownCodecsAreChecked()
    {
        QVERIFY(!ChunkCodecs::decode(ChunkCodec::Raw, bytesOf(QByteArray("abc")), 4));
        QVERIFY(!ChunkCodecs::decode(static_cast<ChunkCodec>(9), bytesOf(QByteArray("abc")), 3));
        QVERIFY(!ChunkCodecs::decode(ChunkCodec::Invalid, bytesOf(QByteArray("abc")), 3));
        const EncodedChunk empty = ChunkCodecs::encode({}, 3);
        QCOMPARE(empty.codec, ChunkCodec::Raw);
        QVERIFY(ChunkCodecs::decode(empty.codec, bytesOf(empty.bytes), 0));
    }
};

QTEST_APPLESS_MAIN(TestChunkCodec)
#include "TestChunkCodec.moc"
