// SPDX-License-Identifier: GPL-3.0-or-later
#include "EngineFixtures.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QTest>

#include <fcntl.h>
#include <map>
#include <sys/stat.h>
#include <unistd.h>

namespace lifeboat::testing {

repo::InitOptions testInitOptions(bool encrypted)
{
    repo::InitOptions options;
    options.encrypted = encrypted;
    options.passphrase = "correct horse";
    options.scrypt.n = 1024;
    return options;
}

std::unique_ptr<repo::Repository> initRepository(const QString& path, bool encrypted, std::uint32_t packTargetBytes)
{
    repo::InitOptions options = testInitOptions(encrypted);
    options.packTargetBytes = packTargetBytes;
    auto repository = repo::Repository::init(std::make_shared<repo::LocalStorage>(path), options);
    if (!repository)
        qFatal("init failed: %s", qPrintable(repository.error().message));
    return std::move(repository.value());
}

std::unique_ptr<repo::Repository> openRepository(const QString& path, const QByteArray& passphrase)
{
    auto repository = repo::Repository::open(std::make_shared<repo::LocalStorage>(path), passphrase);
    if (!repository)
        qFatal("open failed: %s", qPrintable(repository.error().message));
    return std::move(repository.value());
}

QByteArray pseudoRandom(qsizetype size, quint64 seed)
{
    QByteArray out(size, Qt::Uninitialized);
    quint64 state = seed;
    for (qsizetype i = 0; i < size; i += 8) {
        state += 0x9E3779B97F4A7C15ull;
        quint64 z = state;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
        z ^= z >> 31;
        std::memcpy(out.data() + i, &z, static_cast<std::size_t>(std::min<qsizetype>(8, size - i)));
    }
    return out;
}

void writeFile(const QString& path, const QByteArray& content)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(content) != content.size())
        qFatal("cannot write %s", qPrintable(path));
}

void setModificationTime(const QString& path, qint64 seconds, long nanoseconds, bool symlink)
{
    struct timespec times[2];
    times[0].tv_sec = seconds;
    times[0].tv_nsec = nanoseconds;
    times[1] = times[0];
    if (::utimensat(AT_FDCWD, QFile::encodeName(path).constData(), times, symlink ? AT_SYMLINK_NOFOLLOW : 0) != 0)
        qFatal("utimensat %s failed", qPrintable(path));
}

void makeEveryKindTree(const QString& root, qint64 sparseBytes)
{
    QDir().mkpath(root);
    writeFile(root + "/empty", QByteArray());
    writeFile(root + "/small.txt", "hello, lifeboat\n");
    writeFile(root + "/multi-chunk.bin", pseudoRandom(5 * 1024 * 1024 + 123, 1));
    writeFile(root + QString::fromUtf8("/数据集-ßü.jsonl"), QByteArray("{\"text\": \"unicode name\"}\n").repeated(1000));
    writeFile(root + "/new\nline", "a name with a newline\n");
    writeFile(root + "/back\\slash", "backslash\n");
    writeFile(root + "/-rf", "leading dash\n");
    writeFile(root + "/with space", "space\n");
    // Sparse: a hole, a little data in the middle, a hole to the end.
    {
        QFile sparse(root + "/sparse.img");
        if (!sparse.open(QIODevice::WriteOnly) || !sparse.resize(sparseBytes) || !sparse.seek(sparseBytes / 2) || sparse.write(pseudoRandom(4096, 2)) != 4096)
            qFatal("cannot write the sparse file");
    }
    writeFile(root + "/dir/a/b/nested.txt", "nested\n");
    writeFile(root + "/dir/linked.bin", pseudoRandom(70000, 3));
    QDir().mkpath(root + "/other");
    if (::link(QFile::encodeName(root + "/dir/linked.bin").constData(), QFile::encodeName(root + "/other/linked-too.bin").constData()) != 0)
        qFatal("link failed");
    QFile::link("a/b/nested.txt", root + "/dir/relative-link");
    QFile::link("/etc/hostname", root + "/absolute-link");
    QFile::link("does/not/exist", root + "/dangling-link");
    QString deep = root + "/deep";
    for (int i = 0; i < 60; ++i)
        deep += QStringLiteral("/level%1").arg(i);
    writeFile(deep + "/bottom.txt", "deep\n");
    writeFile(root + "/modes/private", "0600\n");
    writeFile(root + "/modes/script.sh", "#!/bin/sh\n");
    writeFile(root + "/modes/readonly", "0444\n");
    writeFile(root + "/modes/setuid", "04755\n");
    QDir().mkpath(root + "/modes/closed-dir");
    ::chmod(QFile::encodeName(root + "/modes/private").constData(), 0600);
    ::chmod(QFile::encodeName(root + "/modes/script.sh").constData(), 0755);
    ::chmod(QFile::encodeName(root + "/modes/readonly").constData(), 0444);
    ::chmod(QFile::encodeName(root + "/modes/setuid").constData(), 04755);
    ::chmod(QFile::encodeName(root + "/modes/closed-dir").constData(), 0700);
    setModificationTime(root + "/small.txt", 1234567890, 123456789);
    setModificationTime(root + "/dir/relative-link", 1111111111, 5, true);
    setModificationTime(root + "/dir/a", 1500000000, 42);
    // Before 1970: negative seconds with a positive nanosecond part.
    setModificationTime(root + "/-rf", -315619200, 250000000);
    setModificationTime(root + "/dangling-link", -1, 999999999, true);
}

namespace {

struct Entry {
    struct stat st {};
    QByteArray target;
};

std::map<QByteArray, Entry> listTree(const QString& root)
{
    std::map<QByteArray, Entry> out;
    const QByteArray base = QFile::encodeName(root);
    std::function<void(const QByteArray&)> walk = [&](const QByteArray& relative) {
        const QByteArray dirPath = relative.isEmpty() ? base : QByteArray(base + '/' + relative);
        QDir dir(QFile::decodeName(dirPath));
        const QStringList names = dir.entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot, QDir::Name);
        for (const QString& name : names) {
            const QByteArray rel = relative.isEmpty() ? QFile::encodeName(name) : QByteArray(relative + '/' + QFile::encodeName(name));
            Entry entry;
            const QByteArray full = base + '/' + rel;
            ::lstat(full.constData(), &entry.st);
            if (S_ISLNK(entry.st.st_mode)) {
                char buffer[4096];
                const ssize_t n = ::readlink(full.constData(), buffer, sizeof buffer);
                entry.target = QByteArray(buffer, n > 0 ? static_cast<int>(n) : 0);
            }
            out[rel] = entry;
            if (S_ISDIR(entry.st.st_mode))
                walk(rel);
        }
    };
    walk(QByteArray());
    return out;
}

} // namespace

QStringList compareTrees(const QString& expected, const QString& actual, bool compareSpecialBits)
{
    QStringList differences;
    const auto a = listTree(expected);
    const auto b = listTree(actual);
    std::map<ino_t, QByteArray> firstNameA;
    std::map<ino_t, QByteArray> firstNameB;
    for (const auto& [path, ea] : a) {
        const QString where = QString::fromUtf8(path.toPercentEncoding("/"));
        auto it = b.find(path);
        if (it == b.end()) {
            differences << QStringLiteral("missing: %1").arg(where);
            continue;
        }
        const Entry& eb = it->second;
        const mode_t mask = compareSpecialBits ? 07777 : 0777;
        if ((ea.st.st_mode & S_IFMT) != (eb.st.st_mode & S_IFMT))
            differences << QStringLiteral("type differs: %1").arg(where);
        else if (!S_ISLNK(ea.st.st_mode) && (ea.st.st_mode & mask) != (eb.st.st_mode & mask))
            differences << QStringLiteral("mode %1 vs %2: %3").arg(ea.st.st_mode & mask, 0, 8).arg(eb.st.st_mode & mask, 0, 8).arg(where);
        if (ea.st.st_mtim.tv_sec != eb.st.st_mtim.tv_sec || ea.st.st_mtim.tv_nsec != eb.st.st_mtim.tv_nsec)
            differences << QStringLiteral("mtime differs: %1").arg(where);
        if (S_ISLNK(ea.st.st_mode) && ea.target != eb.target)
            differences << QStringLiteral("link target differs: %1").arg(where);
        if (S_ISREG(ea.st.st_mode)) {
            if (ea.st.st_size != eb.st.st_size) {
                differences << QStringLiteral("size %1 vs %2: %3").arg(ea.st.st_size).arg(eb.st.st_size).arg(where);
            } else {
                QFile fa(QFile::decodeName(QFile::encodeName(expected) + '/' + path));
                QFile fb(QFile::decodeName(QFile::encodeName(actual) + '/' + path));
                if (!fa.open(QIODevice::ReadOnly) || !fb.open(QIODevice::ReadOnly)) {
                    differences << QStringLiteral("cannot open to compare: %1").arg(where);
                } else {
                    while (!fa.atEnd()) {
                        if (fa.read(1 << 20) != fb.read(1 << 20)) {
                            differences << QStringLiteral("content differs: %1").arg(where);
                            break;
                        }
                    }
                }
            }
            if (ea.st.st_nlink > 1) {
                auto [ia, newA] = firstNameA.try_emplace(ea.st.st_ino, path);
                auto [ib, newB] = firstNameB.try_emplace(eb.st.st_ino, path);
                if (newA != newB || ia->second != ib->second)
                    differences << QStringLiteral("hard-link structure differs at %1").arg(where);
            }
        }
    }
    for (const auto& [path, eb] : b) {
        if (!a.count(path))
            differences << QStringLiteral("unexpected: %1").arg(QString::fromUtf8(path.toPercentEncoding("/")));
    }
    return differences;
}

QStringList snapshotOfDirectory(const QString& root)
{
    QStringList out;
    for (const auto& [path, entry] : listTree(root))
        out << QStringLiteral("%1 %2 %3 %4").arg(QString::fromUtf8(path.toPercentEncoding("/"))).arg(entry.st.st_mode, 0, 8).arg(entry.st.st_size).arg(entry.st.st_mtim.tv_sec);
    return out;
}

} // namespace lifeboat::testing
