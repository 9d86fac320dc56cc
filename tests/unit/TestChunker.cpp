// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/repo/Chunker.h"
#include "core/repo/ContentHash.h"

#include <QBuffer>
#include <QTest>

#include <random>
#include <set>
#include <vector>

using namespace lifeboat;
using namespace lifeboat::repo;

namespace {

constexpr std::size_t kMiB = 1024 * 1024;

QByteArray randomBytes(std::size_t size, std::uint64_t seed)
{
    QByteArray bytes(static_cast<qsizetype>(size), Qt::Uninitialized);
    std::mt19937_64 random(seed);
    for (qsizetype i = 0; i + 8 <= bytes.size(); i += 8) {
        const std::uint64_t v = random();
        std::memcpy(bytes.data() + i, &v, 8);
    }
    for (qsizetype i = bytes.size() / 8 * 8; i < bytes.size(); ++i)
        bytes[i] = static_cast<char>(random());
    return bytes;
}

// A device that hands out the data in small, irregular reads, as a pipe or a network does.
class TrickleDevice : public QIODevice {
public:
    explicit TrickleDevice(QByteArray data) : m_data(std::move(data)) { open(QIODevice::ReadOnly); }
    bool isSequential() const override { return true; }
    bool atEnd() const override { return m_position >= m_data.size() && QIODevice::atEnd(); }

protected:
    qint64 readData(char* data, qint64 maxSize) override
    {
        const qint64 n = std::min({maxSize, static_cast<qint64>(m_data.size()) - m_position, static_cast<qint64>(1 + m_random() % 70000)});
        std::memcpy(data, m_data.constData() + m_position, static_cast<std::size_t>(n));
        m_position += n;
        return n;
    }
    qint64 writeData(const char*, qint64) override { return -1; }

private:
    QByteArray m_data;
    qint64 m_position = 0;
    std::mt19937 m_random{7};
};

struct Chunk {
    std::size_t length;
    QString id;
    bool operator==(const Chunk&) const = default;
};

std::vector<Chunk> chunksOf(QIODevice& device, const ChunkerParams& params = {})
{
    std::vector<Chunk> chunks;
    const Chunker chunker(params);
    const auto result = chunker.split(device, [&](std::span<const std::uint8_t> chunk) { chunks.push_back({chunk.size(), sha256(chunk).toHex()}); });
    if (!result)
        qFatal("split failed");
    return chunks;
}

std::vector<Chunk> chunksOf(const QByteArray& data, const ChunkerParams& params = {})
{
    QBuffer buffer;
    buffer.setData(data);
    buffer.open(QIODevice::ReadOnly);
    return chunksOf(buffer, params);
}

} // namespace

class TestChunker : public QObject {
    Q_OBJECT
private slots:
    void defaultParametersAreValid()
    {
        QVERIFY(ChunkerParams{}.valid());
        QVERIFY(!(ChunkerParams{512 * 1024, 1000 * 1000, 8 * 1024 * 1024, 0}.valid()));   // average not a power of two
        QVERIFY(!(ChunkerParams{2 * 1024 * 1024, 1024 * 1024, 8 * 1024 * 1024, 0}.valid()));   // min above average
    }

    void emptyAndSmallInputs()
    {
        QCOMPARE(chunksOf(QByteArray()).size(), std::size_t(0));
        const auto small = chunksOf(randomBytes(100 * 1024, 1));
        QCOMPARE(small.size(), std::size_t(1));
        QCOMPARE(small[0].length, std::size_t(100 * 1024));
    }

    void sameBytesGiveSameChunksWhateverTheReadSizes()
    {
        const QByteArray data = randomBytes(40 * kMiB + 12345, 2);
        const auto whole = chunksOf(data);
        TrickleDevice trickle(data);
        const auto trickled = chunksOf(trickle);
        QVERIFY(whole.size() > 10);
        QVERIFY(whole == trickled);
        std::size_t total = 0;
        for (const Chunk& c : whole)
            total += c.length;
        QCOMPARE(total, static_cast<std::size_t>(data.size()));
    }

    void sizesStayWithinBoundsAndNearTheAverage()
    {
        const ChunkerParams params;
        const auto chunks = chunksOf(randomBytes(96 * kMiB, 3), params);
        for (std::size_t i = 0; i + 1 < chunks.size(); ++i) {
            QVERIFY2(chunks[i].length >= params.minBytes, qPrintable(QString::number(chunks[i].length)));
            QVERIFY(chunks[i].length <= params.maxBytes);
        }
        // Expected mean for normalization level 2 with these bounds, from the cut
        // probabilities (2^-22 per byte from 512 KiB to 1 MiB, 2^-18 after):
        // 0.1175 × ~768 KiB + 0.8825 × (1 MiB + 256 KiB) ≈ 1.2 MiB.
        const double mean = 96.0 * kMiB / static_cast<double>(chunks.size());
        QVERIFY2(mean > 1.0 * kMiB && mean < 1.45 * kMiB, qPrintable(QString::number(mean / kMiB)));
    }

    void anInsertNearTheStartChangesOnlyNearbyChunks()
    {
        const QByteArray original = randomBytes(48 * kMiB, 4);
        QByteArray edited = original;
        edited.insert(1000, randomBytes(100, 5));
        const auto before = chunksOf(original);
        const auto after = chunksOf(edited);
        std::set<QString> afterIds;
        for (const Chunk& c : after)
            afterIds.insert(c.id);
        std::size_t lost = 0;
        for (const Chunk& c : before)
            lost += afterIds.count(c.id) == 0 ? 1 : 0;
        // The insert lies in the first chunk; at most it and the one after it change.
        QVERIFY2(lost >= 1 && lost <= 2, qPrintable(QStringLiteral("%1 of %2 chunks changed").arg(lost).arg(before.size())));
    }

    void aDifferentGearSeedCutsElsewhere()
    {
        const QByteArray data = randomBytes(24 * kMiB, 6);
        ChunkerParams keyed;
        keyed.gearSeed = 0x5EED;
        QVERIFY(chunksOf(data) != chunksOf(data, keyed));
    }

    void identicalContentDeduplicates()
    {
        const QByteArray block = randomBytes(20 * kMiB, 8);
        const auto once = chunksOf(block);
        const auto twice = chunksOf(block + block);
        std::set<QString> ids;
        for (const Chunk& c : twice)
            ids.insert(c.id);
        // The second copy starts in the middle of a chunk and re-synchronises within a few
        // chunks (normalization makes a cut depend on the distance from the chunk start,
        // so it takes longer than with plain CDC): far fewer than twice the distinct chunks.
        QVERIFY2(ids.size() < once.size() * 3 / 2, qPrintable(QStringLiteral("%1 distinct for %2 in one copy").arg(ids.size()).arg(once.size())));
    }
};

QTEST_APPLESS_MAIN(TestChunker)
#include "TestChunker.moc"
