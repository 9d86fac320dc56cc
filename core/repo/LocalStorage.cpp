// SPDX-License-Identifier: GPL-3.0-or-later
#include "LocalStorage.h"

#include "Crypto.h"
#include "core/platform/FileSystem.h"

#include <QTimeZone>

#include <atomic>

namespace lifeboat::repo {

using platform::FileHandle;
using platform::FileSystem;

namespace {

const QString kTemporaryMarker = QStringLiteral(".tmp-");

// Test hook for the crash-safety harness (tests/engine/TestCrashSafety.cpp): with
// LIFEBOAT_CRASH_TEST_KILL_AT=N in the environment the process kills itself (as SIGKILL
// does) at the Nth step that changes the repository: each append, each step of a commit,
// each removal. Without it, one load of a static per step.
void crashPoint()
{
    static const qlonglong killAt = qgetenv("LIFEBOAT_CRASH_TEST_KILL_AT").toLongLong();
    if (killAt <= 0)
        return;
    static std::atomic<qlonglong> steps{0};
    if (steps.fetch_add(1) + 1 == killAt)
        FileSystem::killSelf();
}

class LocalWriter final : public StorageWriter {
public:
    LocalWriter(FileHandle handle, QByteArray temporaryPath, QByteArray finalPath, QByteArray directory)
        : m_handle(std::move(handle)), m_temporary(std::move(temporaryPath)), m_final(std::move(finalPath)), m_directory(std::move(directory))
    {
    }
    ~LocalWriter() override
    {
        if (!m_committed) {
            m_handle = FileHandle();
            FileSystem::removeFile(m_temporary);
        }
    }
    Status append(std::span<const std::uint8_t> data) override
    {
        if (m_failed)
            return Error{Error::Code::Io, QCoreApplication::translate("LocalStorage", "Writing to %1 after an earlier error.").arg(FileSystem::decodeName(m_final))};
        auto written = FileSystem::append(m_handle, data, m_temporary);
        crashPoint();
        if (!written)
            m_failed = true;
        else
            m_bytes += data.size();
        return written;
    }
    Status commit() override
    {
        if (m_failed || m_committed)
            return Error{Error::Code::Io, QCoreApplication::translate("LocalStorage", "%1 cannot be committed after an error.").arg(FileSystem::decodeName(m_final))};
        // Any failure below ends this file: the destructor removes the temporary, and the
        // caller's transaction aborts. Nothing is retried.
        m_failed = true;
        if (auto synced = FileSystem::sync(m_handle, m_temporary); !synced)
            return synced;
        crashPoint();
        if (auto closed = m_handle.close(m_temporary); !closed)
            return closed;
        if (auto renamed = FileSystem::rename(m_temporary, m_final); !renamed)
            return renamed;
        m_committed = true;
        crashPoint();
        auto synced = FileSystem::syncDirectory(m_directory);
        crashPoint();
        return synced;
    }
    std::uint64_t bytesWritten() const override { return m_bytes; }
    Result<QByteArray> readBack(std::uint64_t offset, std::uint64_t length) override
    {
        QByteArray data(static_cast<qsizetype>(length), Qt::Uninitialized);
        if (auto read = FileSystem::readAt(m_handle, offset, {reinterpret_cast<std::uint8_t*>(data.data()), static_cast<std::size_t>(length)}, m_temporary); !read)
            return read.error();
        return data;
    }

private:
    FileHandle m_handle;
    QByteArray m_temporary;
    QByteArray m_final;
    QByteArray m_directory;
    std::uint64_t m_bytes = 0;
    bool m_failed = false;
    bool m_committed = false;
};

} // namespace

LocalStorage::LocalStorage(QString root)
    : m_root(std::move(root))
{
}

bool LocalStorage::isTemporaryName(const QString& name) { return name.contains(kTemporaryMarker); }

QByteArray LocalStorage::nativePath(const QString& name) const
{
    return FileSystem::encodeName(name.isEmpty() ? m_root : m_root + QLatin1Char('/') + name);
}

Result<std::unique_ptr<StorageWriter>> LocalStorage::create(const QString& name)
{
    const QByteArray finalPath = nativePath(name);
    const QByteArray temporaryPath = finalPath + FileSystem::encodeName(kTemporaryMarker) + randomBytes(6).toHex();
    const qsizetype slash = finalPath.lastIndexOf('/');
    const QByteArray directory = slash > 0 ? finalPath.left(slash) : QByteArray(".");
    auto handle = FileSystem::createExclusive(temporaryPath, 0444);
    if (!handle)
        return handle.error();
    return std::unique_ptr<StorageWriter>(new LocalWriter(std::move(handle.value()), temporaryPath, finalPath, directory));
}

Result<QByteArray> LocalStorage::read(const QString& name, std::uint64_t maxBytes)
{
    const QByteArray path = nativePath(name);
    auto handle = FileSystem::openForRead(path);
    if (!handle)
        return handle.error();
    auto st = FileSystem::stat(handle.value(), path);
    if (!st)
        return st.error();
    if (st->sizeBytes > maxBytes)
        return Error{Error::Code::TooLarge, tr("%1 is %2 bytes, more than the %3 bytes such a file may have.").arg(FileSystem::decodeName(path)).arg(st->sizeBytes).arg(maxBytes)};
    QByteArray data(static_cast<qsizetype>(st->sizeBytes), Qt::Uninitialized);
    if (auto read = FileSystem::readAt(handle.value(), 0, {reinterpret_cast<std::uint8_t*>(data.data()), static_cast<std::size_t>(data.size())}, path); !read)
        return read.error();
    return data;
}

Result<std::shared_ptr<FileHandle>> LocalStorage::cachedHandle(const QString& name)
{
    constexpr qsizetype kMaxOpenFiles = 64;
    std::lock_guard lock(m_cacheMutex);
    if (auto it = m_openFiles.constFind(name); it != m_openFiles.constEnd())
        return it.value();
    auto handle = FileSystem::openForRead(nativePath(name));
    if (!handle)
        return handle.error();
    if (m_openFiles.size() >= kMaxOpenFiles)
        m_openFiles.erase(m_openFiles.begin());
    auto shared = std::make_shared<FileHandle>(std::move(handle.value()));
    m_openFiles.insert(name, shared);
    return shared;
}

Result<QByteArray> LocalStorage::readRange(const QString& name, std::uint64_t offset, std::uint64_t length)
{
    const QByteArray path = nativePath(name);
    auto handle = cachedHandle(name);
    if (!handle)
        return handle.error();
    QByteArray data(static_cast<qsizetype>(length), Qt::Uninitialized);
    if (auto read = FileSystem::readAt(*handle.value(), offset, {reinterpret_cast<std::uint8_t*>(data.data()), static_cast<std::size_t>(data.size())}, path); !read)
        return read.error();
    return data;
}

Result<std::uint64_t> LocalStorage::size(const QString& name)
{
    auto st = FileSystem::statNoFollow(nativePath(name));
    if (!st)
        return st.error();
    return st->sizeBytes;
}

Result<QStringList> LocalStorage::list(const QString& directory)
{
    auto names = FileSystem::listDirectory(nativePath(directory));
    if (!names)
        return names.error();
    QStringList out;
    for (const QByteArray& raw : names.value()) {
        const QString name = FileSystem::decodeName(raw);
        if (isTemporaryName(name))
            continue;
        const QString relative = directory + QLatin1Char('/') + name;
        if (directory == QLatin1String("data")) {
            // data/<2 hex>/<pack id>: one level of fan-out, like restic.
            auto inner = list(relative);
            if (!inner)
                return inner.error();
            out += inner.value();
        } else {
            out.append(relative);
        }
    }
    return out;
}

Status LocalStorage::remove(const QString& name)
{
    {
        std::lock_guard lock(m_cacheMutex);
        m_openFiles.remove(name);
    }
    const QByteArray path = nativePath(name);
    if (auto removed = FileSystem::removeFile(path); !removed)
        return removed;
    crashPoint();
    auto synced = FileSystem::syncDirectory(path.left(path.lastIndexOf('/')));
    crashPoint();
    return synced;
}

Result<QStringList> LocalStorage::listTemporaries(const QString& directory)
{
    auto names = FileSystem::listDirectory(nativePath(directory));
    if (!names)
        return names.error();
    QStringList out;
    for (const QByteArray& raw : names.value()) {
        const QString name = FileSystem::decodeName(raw);
        const QString relative = directory + QLatin1Char('/') + name;
        if (isTemporaryName(name)) {
            out.append(relative);
        } else if (directory == QLatin1String("data")) {
            auto inner = listTemporaries(relative);
            if (!inner)
                return inner.error();
            out += inner.value();
        }
    }
    return out;
}

Result<QDateTime> LocalStorage::modified(const QString& name)
{
    auto st = FileSystem::statNoFollow(nativePath(name));
    if (!st)
        return st.error();
    return QDateTime::fromMSecsSinceEpoch(st->mtimeNs / 1000000, QTimeZone::utc());
}

Status LocalStorage::makeDirectory(const QString& name)
{
    if (!name.isEmpty())
        return FileSystem::makeDirectory(nativePath(name), 0700);
    // The repository's own directory: with its parents, like `mkdir -p`.
    const QByteArray root = nativePath(QString());
    for (qsizetype slash = root.indexOf('/', 1); slash > 0; slash = root.indexOf('/', slash + 1)) {
        if (auto made = FileSystem::makeDirectory(root.left(slash), 0755); !made)
            return made;
    }
    return FileSystem::makeDirectory(root, 0700);
}

Result<bool> LocalStorage::exists(const QString& name)
{
    auto st = FileSystem::statNoFollow(nativePath(name));
    if (st)
        return true;
    if (st.error().code == Error::Code::NotFound)
        return false;
    return st.error();
}

} // namespace lifeboat::repo
