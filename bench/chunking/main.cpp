// SPDX-License-Identifier: GPL-3.0-or-later
// bench_chunking [MiB]: single-core throughput of the chunker and of chunk-id hashing on
// generated data (random bytes, and float32 "checkpoint" data with a narrow exponent
// range, which is what model shards look like). Median of 5 runs. Compare with the
// figures measured for the C++ pipeline in ../shared/notes/engines.md.
#include "core/repo/ChunkCodec.h"
#include "core/repo/Chunker.h"
#include "core/repo/ContentHash.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTextStream>

#include <algorithm>
#include <cmath>
#include <cstring>
#include <random>
#include <vector>

namespace {

QByteArray randomData(qsizetype size)
{
    QByteArray bytes(size, Qt::Uninitialized);
    std::mt19937_64 random(1);
    for (qsizetype i = 0; i + 8 <= size; i += 8) {
        const std::uint64_t v = random();
        std::memcpy(bytes.data() + i, &v, 8);
    }
    return bytes;
}

QByteArray checkpointData(qsizetype size)
{
    QByteArray bytes(size, Qt::Uninitialized);
    std::mt19937 random(2);
    std::normal_distribution<float> weights(0.0f, 0.02f);
    for (qsizetype i = 0; i + 4 <= size; i += 4) {
        const float w = weights(random);
        std::memcpy(bytes.data() + i, &w, 4);
    }
    return bytes;
}

QByteArray jsonLines(qsizetype size)
{
    QByteArray text;
    text.reserve(size);
    std::mt19937 random(3);
    static const char* const kWords[] = {"model", "token", "the", "gradient", "of", "a", "dataset", "checkpoint", "is", "restored", "quickly", "and"};
    for (int i = 0; text.size() < size; ++i) {
        text += "{\"id\": " + QByteArray::number(i) + ", \"text\": \"";
        for (int w = 0; w < 40; ++w)
            text += QByteArray(kWords[random() % std::size(kWords)]) + ' ';
        text += "\"}\n";
    }
    text.truncate(size);
    return text;
}

template <typename F>
double medianSeconds(F&& step)
{
    std::vector<double> times;
    for (int i = 0; i < 5; ++i) {
        QElapsedTimer timer;
        timer.start();
        step();
        times.push_back(static_cast<double>(timer.nsecsElapsed()) / 1e9);
    }
    std::sort(times.begin(), times.end());
    return times[2];
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const qsizetype mib = app.arguments().size() > 1 ? app.arguments().at(1).toLongLong() : 256;
    QTextStream out(stdout);
    out << "data         chunks  mean chunk MiB  chunking MiB/s  SHA-256 MiB/s  chunk+hash MiB/s  encode MiB/s  stored/raw  zstd chunks\n";
    const lifeboat::repo::Chunker chunker(lifeboat::repo::ChunkerParams{});
    for (const auto& [name, data] : {std::pair{QStringLiteral("random"), randomData(mib * 1024 * 1024)},
                                     std::pair{QStringLiteral("float32"), checkpointData(mib * 1024 * 1024)},
                                     std::pair{QStringLiteral("jsonl"), jsonLines(mib * 1024 * 1024)}}) {
        std::vector<std::pair<std::size_t, std::size_t>> chunks;
        const auto split = [&](bool hash) {
            QBuffer buffer;
            buffer.setData(data);
            buffer.open(QIODevice::ReadOnly);
            chunks.clear();
            std::size_t offset = 0;
            (void)chunker.split(buffer, [&](std::span<const std::uint8_t> chunk) {
                if (hash)
                    (void)lifeboat::repo::sha256(chunk);
                chunks.emplace_back(offset, chunk.size());
                offset += chunk.size();
            });
        };
        const double chunkSeconds = medianSeconds([&] { split(false); });
        const auto* bytes = reinterpret_cast<const std::uint8_t*>(data.constData());
        const double hashSeconds = medianSeconds([&] {
            for (const auto& [offset, length] : chunks)
                (void)lifeboat::repo::sha256(std::span(bytes + offset, length));
        });
        const double bothSeconds = medianSeconds([&] { split(true); });
        std::size_t storedBytes = 0;
        std::size_t zstdChunks = 0;
        const double encodeSeconds = medianSeconds([&] {
            storedBytes = 0;
            zstdChunks = 0;
            for (const auto& [offset, length] : chunks) {
                const auto encoded = lifeboat::repo::ChunkCodecs::encode(std::span(bytes + offset, length), 3);
                storedBytes += static_cast<std::size_t>(encoded.bytes.size());
                zstdChunks += encoded.codec == lifeboat::repo::ChunkCodec::Zstd ? 1 : 0;
            }
        });
        out << QStringLiteral("%1 %2 %3 %4 %5 %6 %7 %8 %9\n")
                   .arg(name, -10)
                   .arg(chunks.size(), 8)
                   .arg(static_cast<double>(data.size()) / static_cast<double>(chunks.size()) / 1048576.0, 15, 'f', 2)
                   .arg(static_cast<double>(mib) / chunkSeconds, 15, 'f', 0)
                   .arg(static_cast<double>(mib) / hashSeconds, 14, 'f', 0)
                   .arg(static_cast<double>(mib) / bothSeconds, 17, 'f', 0)
                   .arg(static_cast<double>(mib) / encodeSeconds, 13, 'f', 0)
                   .arg(static_cast<double>(storedBytes) / static_cast<double>(data.size()), 11, 'f', 3)
                   .arg(zstdChunks, 12);
        out.flush();
    }
    return 0;
}
