// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/util/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>

#include <cstdint>
#include <span>

// The platform layer: the only place that calls the operating system's file API. The
// engine speaks in raw names (bytes: on Linux a file name is any bytes but '/' and NUL,
// not necessarily UTF-8) and in these handles. POSIX lives in FileSystem_unix.cpp; the
// Windows file is a planned counterpart (see docs/repository-format.md).
namespace lifeboat::platform {

enum class FileType : std::uint8_t { Invalid = 0, File, Directory, Symlink, Other };

struct FileStat {
    FileType type = FileType::Invalid;
    std::uint32_t mode = 0;          // permission bits including setuid/setgid/sticky
    std::uint32_t uid = 0;
    std::uint32_t gid = 0;
    std::int64_t mtimeNs = 0;
    std::int64_t ctimeNs = 0;
    std::uint64_t sizeBytes = 0;
    std::uint64_t inode = 0;
    std::uint64_t device = 0;
    std::uint64_t linkCount = 0;
};

// Owns an open file or directory descriptor; closes it on destruction.
class FileHandle {
public:
    FileHandle() = default;
    explicit FileHandle(int fd) : m_fd(fd) {}
    FileHandle(FileHandle&& other) noexcept : m_fd(other.m_fd) { other.m_fd = -1; }
    FileHandle& operator=(FileHandle&& other) noexcept;
    FileHandle(const FileHandle&) = delete;
    FileHandle& operator=(const FileHandle&) = delete;
    ~FileHandle();

    bool valid() const { return m_fd >= 0; }
    int native() const { return m_fd; }
    // Closing can report a deferred write error (NFS, full disk): callers that wrote
    // through the handle check it.
    Status close(const QByteArray& pathForErrors);

private:
    int m_fd = -1;
};

class FileSystem {
    Q_DECLARE_TR_FUNCTIONS(FileSystem)
public:
    static QByteArray encodeName(const QString& path);
    static QString decodeName(const QByteArray& path);

    static Result<FileStat> statNoFollow(const QByteArray& path);
    static Result<FileStat> stat(const FileHandle& handle, const QByteArray& pathForErrors);
    // Opens a file for reading without following a symlink in its last component: a file
    // that became a symlink after the scan fails here instead of being followed.
    static Result<FileHandle> openForRead(const QByteArray& path);
    static Result<FileHandle> openDirectory(const QByteArray& path);
    static Result<QList<QByteArray>> listDirectory(const QByteArray& path);
    static Result<QByteArray> readSymlink(const QByteArray& path);

    // Reads up to buffer.size() bytes; 0 at the end of the file. Retries EINTR.
    static Result<std::size_t> read(const FileHandle& handle, std::span<std::uint8_t> buffer, const QByteArray& pathForErrors);
    // Reads exactly buffer.size() bytes at `offset`, or fails (a short file is an error).
    static Status readAt(const FileHandle& handle, std::uint64_t offset, std::span<std::uint8_t> buffer, const QByteArray& pathForErrors);
    static Status writeAt(const FileHandle& handle, std::uint64_t offset, std::span<const std::uint8_t> data, const QByteArray& pathForErrors);
    static Status append(const FileHandle& handle, std::span<const std::uint8_t> data, const QByteArray& pathForErrors);
    static Status truncate(const FileHandle& handle, std::uint64_t sizeBytes, const QByteArray& pathForErrors);
    static Status sync(const FileHandle& handle, const QByteArray& pathForErrors);
    static Status syncDirectory(const QByteArray& path);

    static Status setMode(const FileHandle& handle, std::uint32_t mode, const QByteArray& pathForErrors);
    static Status setOwner(const FileHandle& handle, std::uint32_t uid, std::uint32_t gid, const QByteArray& pathForErrors);
    static Status setModificationTime(const FileHandle& handle, std::int64_t mtimeNs, const QByteArray& pathForErrors);

    // Creates `path` exclusively (fails if anything exists there, symlinks included).
    static Result<FileHandle> createExclusive(const QByteArray& path, std::uint32_t mode);
    static Status makeDirectory(const QByteArray& path, std::uint32_t mode);   // EEXIST is success if it is a directory
    static Status rename(const QByteArray& from, const QByteArray& to);
    static Status removeFile(const QByteArray& path);                           // ENOENT is success

    static Result<std::uint64_t> freeBytes(const QByteArray& path);
    // The size of the file system holding `path` (statvfs: no mount table needed, so it
    // answers in containers and chroots where QStorageInfo says nothing).
    static Result<std::uint64_t> totalBytes(const QByteArray& path);
    static bool runningAsRoot();
    static std::int64_t processId();
    // Whether a process with this id runs on this machine (a permission error counts as
    // running: the conservative answer when the question is "may its lock be broken?").
    static bool processIsRunning(std::int64_t pid);
    // Ends the process at once, as SIGKILL does: no destructors, no buffers flushed.
    [[noreturn]] static void killSelf();
    static std::uint32_t effectiveUserId();
    static std::uint32_t effectiveGroupId();
    // The process's umask, read without changing it where the system allows.
    static std::uint32_t fileCreationMask();
    static QByteArray hostName();
    static QByteArray userName();

    // The error for a failed call, from errno, naming the path; ENOSPC maps to NoSpace.
    static Error lastError(const QString& what, const QByteArray& path);
};

} // namespace lifeboat::platform
