// SPDX-License-Identifier: GPL-3.0-or-later
// POSIX implementation of the platform layer (Linux, macOS, the BSDs).
#include "FileSystem.h"

#include "PosixTime.h"

#include <QFile>

#include <cerrno>
#include <cstdlib>
#include <csignal>
#include <limits>
#include <cstring>
#include <dirent.h>
#include <fcntl.h>
#include <pwd.h>
#include <sys/stat.h>
#include <sys/statvfs.h>
#include <sys/time.h>
#include <unistd.h>

namespace lifeboat::platform {
namespace {

FileStat fromStat(const struct stat& st)
{
    FileStat out;
    if (S_ISREG(st.st_mode))
        out.type = FileType::File;
    else if (S_ISDIR(st.st_mode))
        out.type = FileType::Directory;
    else if (S_ISLNK(st.st_mode))
        out.type = FileType::Symlink;
    else
        out.type = FileType::Other;
    out.mode = static_cast<std::uint32_t>(st.st_mode & 07777);
    out.uid = st.st_uid;
    out.gid = st.st_gid;
#if defined(__APPLE__)
    out.mtimeNs = std::int64_t(st.st_mtimespec.tv_sec) * 1000000000 + st.st_mtimespec.tv_nsec;
    out.ctimeNs = std::int64_t(st.st_ctimespec.tv_sec) * 1000000000 + st.st_ctimespec.tv_nsec;
#else
    out.mtimeNs = std::int64_t(st.st_mtim.tv_sec) * 1000000000 + st.st_mtim.tv_nsec;
    out.ctimeNs = std::int64_t(st.st_ctim.tv_sec) * 1000000000 + st.st_ctim.tv_nsec;
#endif
    out.sizeBytes = static_cast<std::uint64_t>(st.st_size);
    out.inode = st.st_ino;
    out.device = st.st_dev;
    out.linkCount = st.st_nlink;
    return out;
}

} // namespace

FileHandle& FileHandle::operator=(FileHandle&& other) noexcept
{
    if (this != &other) {
        if (m_fd >= 0)
            ::close(m_fd);
        m_fd = other.m_fd;
        other.m_fd = -1;
    }
    return *this;
}

FileHandle::~FileHandle()
{
    if (m_fd >= 0)
        ::close(m_fd);
}

Status FileHandle::close(const QByteArray& pathForErrors)
{
    const int fd = m_fd;
    m_fd = -1;
    // Never retried: after a failed close the descriptor state is unspecified.
    if (fd >= 0 && ::close(fd) != 0)
        return FileSystem::lastError(FileSystem::tr("closing"), pathForErrors);
    return success();
}

QByteArray FileSystem::encodeName(const QString& path) { return QFile::encodeName(path); }
QString FileSystem::decodeName(const QByteArray& path) { return QFile::decodeName(path); }

Error FileSystem::lastError(const QString& what, const QByteArray& path)
{
    const int code = errno;
    Error error;
    switch (code) {
    case ENOSPC:
#ifdef EDQUOT
    case EDQUOT:
#endif
        error.code = Error::Code::NoSpace;
        break;
    case ENOENT:
        error.code = Error::Code::NotFound;
        break;
    case EEXIST:
        error.code = Error::Code::Exists;
        break;
    case EACCES:
    case EPERM:
        error.code = Error::Code::Unreadable;
        break;
    default:
        error.code = Error::Code::Io;
    }
    const QString reason = QString::fromLocal8Bit(std::strerror(code));
    error.message = path.isEmpty() ? tr("%1 failed: %2").arg(what, reason)
                                   : tr("%1 %2 failed: %3").arg(what, decodeName(path), reason);
    return error;
}

Result<FileStat> FileSystem::statNoFollow(const QByteArray& path)
{
    struct stat st {};
    if (::lstat(path.constData(), &st) != 0)
        return lastError(tr("reading the status of"), path);
    return fromStat(st);
}

Result<FileStat> FileSystem::stat(const FileHandle& handle, const QByteArray& pathForErrors)
{
    struct stat st {};
    if (::fstat(handle.native(), &st) != 0)
        return lastError(tr("reading the status of"), pathForErrors);
    return fromStat(st);
}

Result<FileHandle> FileSystem::openForRead(const QByteArray& path)
{
    const int fd = ::open(path.constData(), O_RDONLY | O_NOFOLLOW | O_CLOEXEC | O_NOCTTY | O_NONBLOCK);
    if (fd < 0)
        return lastError(tr("opening"), path);
    // O_NONBLOCK only so that opening a FIFO swapped in after the scan cannot hang us;
    // regular files ignore it, and the caller checks the type with fstat.
    const int flags = ::fcntl(fd, F_GETFL);
    if (flags >= 0)
        ::fcntl(fd, F_SETFL, flags & ~O_NONBLOCK);
    return FileHandle(fd);
}

Result<FileHandle> FileSystem::openDirectory(const QByteArray& path)
{
    const int fd = ::open(path.constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd < 0)
        return lastError(tr("opening the directory"), path);
    return FileHandle(fd);
}

Result<QList<QByteArray>> FileSystem::listDirectory(const QByteArray& path)
{
    DIR* dir = ::opendir(path.constData());
    if (!dir)
        return lastError(tr("listing"), path);
    QList<QByteArray> names;
    for (;;) {
        errno = 0;
        const dirent* entry = ::readdir(dir);
        if (!entry)
            break;
        const char* name = entry->d_name;
        if (std::strcmp(name, ".") == 0 || std::strcmp(name, "..") == 0)
            continue;
        names.append(QByteArray(name));
    }
    // A listing that failed half-way is an error, never a shorter list (restic #4612).
    if (errno != 0) {
        Error error = lastError(tr("listing"), path);
        ::closedir(dir);
        return error;
    }
    ::closedir(dir);
    return names;
}

Result<QByteArray> FileSystem::readSymlink(const QByteArray& path)
{
    QByteArray target(4096, Qt::Uninitialized);
    const ssize_t n = ::readlink(path.constData(), target.data(), static_cast<std::size_t>(target.size()));
    if (n < 0)
        return lastError(tr("reading the link"), path);
    if (n >= target.size())
        return Error{Error::Code::TooLarge, tr("The link %1 has a target longer than 4095 bytes.").arg(decodeName(path))};
    target.truncate(n);
    return target;
}

Result<std::size_t> FileSystem::read(const FileHandle& handle, std::span<std::uint8_t> buffer, const QByteArray& pathForErrors)
{
    for (;;) {
        const ssize_t n = ::read(handle.native(), buffer.data(), buffer.size());
        if (n >= 0)
            return static_cast<std::size_t>(n);
        if (errno != EINTR)
            return lastError(tr("reading"), pathForErrors);
    }
}

Status FileSystem::readAt(const FileHandle& handle, std::uint64_t offset, std::span<std::uint8_t> buffer, const QByteArray& pathForErrors)
{
    std::size_t done = 0;
    while (done < buffer.size()) {
        const ssize_t n = ::pread(handle.native(), buffer.data() + done, buffer.size() - done, static_cast<off_t>(offset + done));
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0)
            return lastError(tr("reading"), pathForErrors);
        if (n == 0)
            return Error{Error::Code::Corrupt, tr("%1 is shorter than expected: %2 bytes missing at offset %3.")
                                                   .arg(decodeName(pathForErrors)).arg(buffer.size() - done).arg(offset + done)};
        done += static_cast<std::size_t>(n);
    }
    return success();
}

Status FileSystem::writeAt(const FileHandle& handle, std::uint64_t offset, std::span<const std::uint8_t> data, const QByteArray& pathForErrors)
{
    std::size_t done = 0;
    while (done < data.size()) {
        const ssize_t n = ::pwrite(handle.native(), data.data() + done, data.size() - done, static_cast<off_t>(offset + done));
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0)
            return lastError(tr("writing"), pathForErrors);
        done += static_cast<std::size_t>(n);
    }
    return success();
}

Status FileSystem::append(const FileHandle& handle, std::span<const std::uint8_t> data, const QByteArray& pathForErrors)
{
    std::size_t done = 0;
    while (done < data.size()) {
        const ssize_t n = ::write(handle.native(), data.data() + done, data.size() - done);
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0)
            return lastError(tr("writing"), pathForErrors);
        done += static_cast<std::size_t>(n);
    }
    return success();
}

Status FileSystem::truncate(const FileHandle& handle, std::uint64_t sizeBytes, const QByteArray& pathForErrors)
{
    if (::ftruncate(handle.native(), static_cast<off_t>(sizeBytes)) != 0)
        return lastError(tr("setting the size of"), pathForErrors);
    return success();
}

Status FileSystem::sync(const FileHandle& handle, const QByteArray& pathForErrors)
{
    // Never retried: after a failed fsync Linux may have dropped the dirty pages, and a
    // second fsync would "succeed" (fsyncgate, PostgreSQL 2018).
#if defined(__APPLE__)
    if (::fcntl(handle.native(), F_FULLFSYNC) != 0 && ::fsync(handle.native()) != 0)
#else
    if (::fsync(handle.native()) != 0)
#endif
        return lastError(tr("flushing to disk"), pathForErrors);
    return success();
}

Status FileSystem::syncDirectory(const QByteArray& path)
{
    auto dir = openDirectory(path);
    if (!dir)
        return dir.error();
    if (::fsync(dir->native()) != 0)
        return lastError(tr("flushing the directory"), path);
    return success();
}

Status FileSystem::setMode(const FileHandle& handle, std::uint32_t mode, const QByteArray& pathForErrors)
{
    if (::fchmod(handle.native(), static_cast<mode_t>(mode & 07777)) != 0)
        return lastError(tr("setting the permissions of"), pathForErrors);
    return success();
}

Status FileSystem::setOwner(const FileHandle& handle, std::uint32_t uid, std::uint32_t gid, const QByteArray& pathForErrors)
{
    if (::fchown(handle.native(), uid, gid) != 0)
        return lastError(tr("setting the owner of"), pathForErrors);
    return success();
}

Status FileSystem::setModificationTime(const FileHandle& handle, std::int64_t mtimeNs, const QByteArray& pathForErrors)
{
    struct timespec times[2];
    times[0].tv_sec = 0;
    times[0].tv_nsec = UTIME_OMIT;
    times[1] = timespecFromNanoseconds(mtimeNs);
    if (::futimens(handle.native(), times) != 0)
        return lastError(tr("setting the modification time of"), pathForErrors);
    return success();
}

Result<FileHandle> FileSystem::createExclusive(const QByteArray& path, std::uint32_t mode)
{
    const int fd = ::open(path.constData(), O_RDWR | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, static_cast<mode_t>(mode));
    if (fd < 0)
        return lastError(tr("creating"), path);
    return FileHandle(fd);
}

Status FileSystem::makeDirectory(const QByteArray& path, std::uint32_t mode)
{
    if (::mkdir(path.constData(), static_cast<mode_t>(mode)) == 0)
        return success();
    if (errno == EEXIST) {
        struct stat st {};
        if (::lstat(path.constData(), &st) == 0 && S_ISDIR(st.st_mode))
            return success();
        errno = EEXIST;
    }
    return lastError(tr("creating the directory"), path);
}

Status FileSystem::rename(const QByteArray& from, const QByteArray& to)
{
    if (::rename(from.constData(), to.constData()) != 0)
        return lastError(tr("renaming"), from);
    return success();
}

Status FileSystem::removeFile(const QByteArray& path)
{
    if (::unlink(path.constData()) != 0 && errno != ENOENT)
        return lastError(tr("removing"), path);
    return success();
}

Result<std::uint64_t> FileSystem::freeBytes(const QByteArray& path)
{
    struct statvfs st {};
    if (::statvfs(path.constData(), &st) != 0)
        return lastError(tr("reading the free space of"), path);
    return static_cast<std::uint64_t>(st.f_bavail) * st.f_frsize;
}

Result<std::uint64_t> FileSystem::totalBytes(const QByteArray& path)
{
    struct statvfs st {};
    if (::statvfs(path.constData(), &st) != 0)
        return lastError(tr("reading the size of the file system of"), path);
    return static_cast<std::uint64_t>(st.f_blocks) * st.f_frsize;
}

bool FileSystem::runningAsRoot() { return ::geteuid() == 0; }
std::int64_t FileSystem::processId() { return ::getpid(); }

bool FileSystem::processIsRunning(std::int64_t pid)
{
    if (pid <= 0 || pid > std::numeric_limits<pid_t>::max())
        return false;
    return ::kill(static_cast<pid_t>(pid), 0) == 0 || errno != ESRCH;
}
void FileSystem::killSelf()
{
    ::kill(::getpid(), SIGKILL);
    std::_Exit(137);   // not reached
}

std::uint32_t FileSystem::effectiveUserId() { return ::geteuid(); }
std::uint32_t FileSystem::effectiveGroupId() { return ::getegid(); }

std::uint32_t FileSystem::fileCreationMask()
{
    // Linux ≥ 4.7 shows it in /proc; elsewhere set and restore it (briefly process-wide).
    QFile status(QStringLiteral("/proc/self/status"));
    if (status.open(QIODevice::ReadOnly)) {
        for (const QByteArray& line : status.readAll().split('\n')) {
            if (line.startsWith("Umask:"))
                return line.mid(6).trimmed().toUInt(nullptr, 8);
        }
    }
    const mode_t mask = ::umask(022);
    ::umask(mask);
    return mask;
}

QByteArray FileSystem::hostName()
{
    char name[256] = {};
    if (::gethostname(name, sizeof name - 1) != 0)
        return QByteArrayLiteral("unknown");
    return QByteArray(name);
}

QByteArray FileSystem::userName()
{
    const passwd* entry = ::getpwuid(::geteuid());
    return entry ? QByteArray(entry->pw_name) : QByteArray::number(::geteuid());
}

} // namespace lifeboat::platform
