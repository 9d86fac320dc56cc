// SPDX-License-Identifier: GPL-3.0-or-later
// bench_make_dataset DIR [SIZE_MIB] [--mutate [--round N]]
//
// Writes a deterministic AI-like data set (shared/notes/engines.md §3): float32 checkpoint
// shards (normal, σ = 0.02: zstd gains ~8%), tokenized JSONL text (zstd ~3.5×), uint16
// token shards (Zipf-distributed ids: ~8%), and ~20k small files (configs, metadata,
// eval samples). The same arguments always give the same bytes.
// --mutate changes about 5% of the bytes of an existing set in place: edits in the middle
// of checkpoint shards, appends to JSONL, a new token shard, edited and new small files.
// --round N makes the Nth mutation of a history differ from the others (default 0).
#include <QByteArray>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QTextStream>

#include <cmath>
#include <cstdint>
#include <cstring>
#include <vector>

namespace {

struct Rng {
    std::uint64_t state;
    std::uint64_t next()
    {
        state += 0x9E3779B97F4A7C15ull;
        std::uint64_t z = state;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
        return z ^ (z >> 31);
    }
    double uniform() { return static_cast<double>(next() >> 11) * (1.0 / 9007199254740992.0); }
};

QByteArray floatShard(std::size_t bytes, std::uint64_t seed)
{
    Rng rng{seed};
    QByteArray out(static_cast<qsizetype>(bytes), Qt::Uninitialized);
    auto* values = reinterpret_cast<float*>(out.data());
    const std::size_t count = bytes / sizeof(float);
    for (std::size_t i = 0; i + 1 < count; i += 2) {
        // Box–Muller: two normals per pair of uniforms.
        const double u1 = std::max(rng.uniform(), 1e-300);
        const double u2 = rng.uniform();
        const double r = std::sqrt(-2.0 * std::log(u1)) * 0.02;
        values[i] = static_cast<float>(r * std::cos(2 * M_PI * u2));
        values[i + 1] = static_cast<float>(r * std::sin(2 * M_PI * u2));
    }
    return out;
}

std::uint32_t zipf(Rng& rng, std::uint32_t n)
{
    // Inverse CDF of a continuous 1/x law: many small ids, a long tail.
    return static_cast<std::uint32_t>(std::exp(rng.uniform() * std::log(static_cast<double>(n)))) - 1;
}

QByteArray tokenShard(std::size_t bytes, std::uint64_t seed)
{
    Rng rng{seed};
    QByteArray out(static_cast<qsizetype>(bytes), Qt::Uninitialized);
    auto* tokens = reinterpret_cast<std::uint16_t*>(out.data());
    for (std::size_t i = 0; i < bytes / 2; ++i)
        tokens[i] = static_cast<std::uint16_t>(zipf(rng, 50000));
    return out;
}

const std::vector<QByteArray>& vocabulary()
{
    static const std::vector<QByteArray> words = [] {
        std::vector<QByteArray> v;
        Rng rng{42};
        for (int i = 0; i < 30000; ++i) {
            QByteArray word;
            const int length = 2 + static_cast<int>(rng.next() % 9);
            for (int j = 0; j < length; ++j)
                word.append(static_cast<char>('a' + rng.next() % 26));
            v.push_back(word);
        }
        return v;
    }();
    return words;
}

QByteArray jsonl(std::size_t bytes, std::uint64_t seed)
{
    Rng rng{seed};
    QByteArray out;
    out.reserve(static_cast<qsizetype>(bytes + 4096));
    std::uint64_t id = seed * 1000000;
    while (static_cast<std::size_t>(out.size()) < bytes) {
        out.append("{\"id\": ");
        out.append(QByteArray::number(id++));
        out.append(", \"source\": \"web-crawl-2026\", \"text\": \"");
        const int words = 40 + static_cast<int>(rng.next() % 200);
        for (int w = 0; w < words; ++w) {
            if (w)
                out.append(' ');
            out.append(vocabulary()[zipf(rng, 30000)]);
        }
        out.append("\", \"tokens\": ");
        out.append(QByteArray::number(words * 13 / 10));
        out.append("}\n");
    }
    out.truncate(static_cast<qsizetype>(bytes));
    return out;
}

QByteArray smallFile(std::uint64_t seed)
{
    Rng rng{seed};
    QByteArray out = "{\n  \"model\": \"lifeboat-bench\",\n  \"step\": " + QByteArray::number(rng.next() % 100000) + ",\n  \"metrics\": {";
    const int n = 5 + static_cast<int>(rng.next() % 60);
    for (int i = 0; i < n; ++i)
        out.append("\n    \"" + vocabulary()[zipf(rng, 30000)] + "\": " + QByteArray::number(rng.uniform(), 'f', 6) + (i + 1 < n ? "," : ""));
    out.append("\n  }\n}\n");
    return out;
}

void write(const QString& path, const QByteArray& data)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(data) != data.size())
        qFatal("cannot write %s", qPrintable(path));
}

void append(const QString& path, const QByteArray& data)
{
    QFile f(path);
    if (!f.open(QIODevice::Append) || f.write(data) != data.size())
        qFatal("cannot append to %s", qPrintable(path));
}

struct Layout {
    int checkpointShards;
    std::size_t checkpointBytes;
    int jsonlShards;
    std::size_t jsonlBytes;
    int tokenShards;
    std::size_t tokenBytes;
    int smallFiles;
};

Layout layoutFor(std::size_t totalMiB)
{
    // 50% checkpoints, 25% JSONL, 15% tokens, ~10% small files (about 20k at 1 GiB).
    const std::size_t total = totalMiB << 20;
    Layout l{};
    l.checkpointBytes = 64u << 20;
    l.checkpointShards = std::max(1, static_cast<int>(total / 2 / l.checkpointBytes));
    l.jsonlBytes = 32u << 20;
    l.jsonlShards = std::max(1, static_cast<int>(total / 4 / l.jsonlBytes));
    l.tokenBytes = 32u << 20;
    l.tokenShards = std::max(1, static_cast<int>(total * 15 / 100 / l.tokenBytes));
    l.smallFiles = std::max(100, static_cast<int>(totalMiB * 20));
    return l;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 2) {
        QTextStream(stderr) << "usage: bench_make_dataset DIR [SIZE_MIB] [--mutate]\n";
        return 2;
    }
    const QString dir = args.at(1);
    const std::size_t mib = args.size() > 2 && !args.at(2).startsWith("--") ? args.at(2).toULong() : 1024;
    const bool mutate = args.contains("--mutate");
    const qsizetype roundAt = args.indexOf("--round");
    const std::uint64_t round = roundAt > 0 ? args.value(roundAt + 1).toULongLong() : 0;
    const std::uint64_t r = round * 100003;
    const Layout l = layoutFor(mib);
    if (!mutate) {
        for (int i = 0; i < l.checkpointShards; ++i)
            write(QStringLiteral("%1/checkpoints/step-12000/model-%2-of-%3.safetensors").arg(dir).arg(i, 5, 10, QLatin1Char('0')).arg(l.checkpointShards, 5, 10, QLatin1Char('0')),
                  floatShard(l.checkpointBytes, 1000 + i));
        for (int i = 0; i < l.jsonlShards; ++i)
            write(QStringLiteral("%1/corpus/shard-%2.jsonl").arg(dir).arg(i, 4, 10, QLatin1Char('0')), jsonl(l.jsonlBytes, 2000 + i));
        for (int i = 0; i < l.tokenShards; ++i)
            write(QStringLiteral("%1/tokens/train-%2.bin").arg(dir).arg(i, 4, 10, QLatin1Char('0')), tokenShard(l.tokenBytes, 3000 + i));
        for (int i = 0; i < l.smallFiles; ++i)
            write(QStringLiteral("%1/eval/set-%2/sample-%3.json").arg(dir).arg(i / 500, 3, 10, QLatin1Char('0')).arg(i, 6, 10, QLatin1Char('0')), smallFile(4000 + i));
        return 0;
    }
    // About 5% of the bytes: one 4 MiB edit in the middle of every other checkpoint shard,
    // 8% appended to each JSONL shard, one new token shard, 2% of the small files edited
    // and 1% added.
    for (int i = 0; i < l.checkpointShards; i += 2) {
        QFile f(QStringLiteral("%1/checkpoints/step-12000/model-%2-of-%3.safetensors").arg(dir).arg(i, 5, 10, QLatin1Char('0')).arg(l.checkpointShards, 5, 10, QLatin1Char('0')));
        if (!f.open(QIODevice::ReadWrite) || !f.seek(static_cast<qint64>(l.checkpointBytes / 2)))
            qFatal("cannot edit a checkpoint shard");
        f.write(floatShard(4u << 20, 5000 + i + r));
    }
    for (int i = 0; i < l.jsonlShards; ++i)
        append(QStringLiteral("%1/corpus/shard-%2.jsonl").arg(dir).arg(i, 4, 10, QLatin1Char('0')), jsonl(l.jsonlBytes * 8 / 100, 6000 + i + r));
    write(QStringLiteral("%1/tokens/train-%2.bin").arg(dir).arg(l.tokenShards + static_cast<int>(round), 4, 10, QLatin1Char('0')),
          tokenShard(std::min<std::size_t>(l.tokenBytes, (mib << 20) / 100), 7000 + r));
    for (int i = 0; i < l.smallFiles; i += 50)
        write(QStringLiteral("%1/eval/set-%2/sample-%3.json").arg(dir).arg(i / 500, 3, 10, QLatin1Char('0')).arg(i, 6, 10, QLatin1Char('0')), smallFile(8000 + i + r));
    for (int i = 0; i < l.smallFiles / 100; ++i)
        write(QStringLiteral("%1/eval/new/sample-%2.json").arg(dir).arg(i, 6, 10, QLatin1Char('0')), smallFile(9000 + i));
    return 0;
}
