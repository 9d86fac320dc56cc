// SPDX-License-Identifier: GPL-3.0-or-later
#include "SafeDirectory.h"

#include "PosixTime.h"

#include <cerrno>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace lifeboat::platform {

bool SafeDirectory::isPlainName(const QByteArray& name)
{
    return !name.isEmpty() && name.size() <= 255 && name != "." && name != ".." && !name.contains('/') && !name.contains('\0');
}

SafeDirectory::SafeDirectory(FileHandle handle, QByteArray path)
    : m_handle(std::make_shared<FileHandle>(std::move(handle)))
    , m_path(std::move(path))
{
}

QByteArray SafeDirectory::childPath(const QByteArray& name) const
{
    return m_path.endsWith('/') ? QByteArray(m_path + name) : QByteArray(m_path + '/' + name);
}

Result<SafeDirectory> SafeDirectory::openRoot(const QByteArray& path)
{
    auto handle = FileSystem::openDirectory(path);
    if (!handle)
        return handle.error();
    return SafeDirectory(std::move(handle.value()), path);
}

Result<SafeDirectory> SafeDirectory::openChild(const QByteArray& name) const
{
    if (!isPlainName(name))
        return Error{Error::Code::Unsafe, tr("Refused the entry name \"%1\" in %2: it is not a plain name.")
                                              .arg(QString::fromUtf8(name.toPercentEncoding("/ ")), FileSystem::decodeName(m_path))};
    const int fd = ::openat(m_handle->native(), name.constData(), O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
    if (fd < 0) {
        if (errno == ELOOP || errno == ENOTDIR)
            return Error{Error::Code::Unsafe, tr("%1 exists and is not a directory (a symlink or a file); nothing is written through it.")
                                                  .arg(FileSystem::decodeName(childPath(name)))};
        return FileSystem::lastError(tr("opening the directory"), childPath(name));
    }
    return SafeDirectory(FileHandle(fd), childPath(name));
}

Result<SafeDirectory> SafeDirectory::openOrCreateChild(const QByteArray& name, bool* created) const
{
    if (created)
        *created = false;
    if (!isPlainName(name))
        return openChild(name);
    if (::mkdirat(m_handle->native(), name.constData(), 0700) == 0) {
        if (created)
            *created = true;
    } else if (errno != EEXIST) {
        return FileSystem::lastError(tr("creating the directory"), childPath(name));
    }
    return openChild(name);
}

Result<FileStat> SafeDirectory::statChild(const QByteArray& name) const
{
    if (!isPlainName(name))
        return Error{Error::Code::Unsafe, tr("Refused a name that is not plain in %1.").arg(FileSystem::decodeName(m_path))};
    struct stat st {};
    if (::fstatat(m_handle->native(), name.constData(), &st, AT_SYMLINK_NOFOLLOW) != 0)
        return FileSystem::lastError(tr("reading the status of"), childPath(name));
    // Reuse the platform conversion through a handle-less path: fstatat fills the same struct.
    FileStat out;
    out.type = S_ISREG(st.st_mode) ? FileType::File : S_ISDIR(st.st_mode) ? FileType::Directory : S_ISLNK(st.st_mode) ? FileType::Symlink : FileType::Other;
    out.mode = st.st_mode & 07777;
    out.sizeBytes = static_cast<std::uint64_t>(st.st_size);
    out.inode = st.st_ino;
    out.device = st.st_dev;
    out.linkCount = st.st_nlink;
    out.uid = st.st_uid;
    out.gid = st.st_gid;
    return out;
}

Result<FileHandle> SafeDirectory::createFile(const QByteArray& name, std::uint32_t mode) const
{
    if (!isPlainName(name))
        return Error{Error::Code::Unsafe, tr("Refused a name that is not plain in %1.").arg(FileSystem::decodeName(m_path))};
    const int fd = ::openat(m_handle->native(), name.constData(), O_RDWR | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, static_cast<mode_t>(mode & 0777));
    if (fd < 0)
        return FileSystem::lastError(tr("creating"), childPath(name));
    return FileHandle(fd);
}

Result<FileHandle> SafeDirectory::openFileForRead(const QByteArray& name) const
{
    if (!isPlainName(name))
        return Error{Error::Code::Unsafe, tr("Refused a name that is not plain in %1.").arg(FileSystem::decodeName(m_path))};
    const int fd = ::openat(m_handle->native(), name.constData(), O_RDONLY | O_NOFOLLOW | O_CLOEXEC | O_NONBLOCK);
    if (fd < 0)
        return FileSystem::lastError(tr("opening"), childPath(name));
    return FileHandle(fd);
}

Result<FileHandle> SafeDirectory::openFileForWrite(const QByteArray& name) const
{
    if (!isPlainName(name))
        return Error{Error::Code::Unsafe, tr("Refused a name that is not plain in %1.").arg(FileSystem::decodeName(m_path))};
    const int fd = ::openat(m_handle->native(), name.constData(), O_RDWR | O_NOFOLLOW | O_CLOEXEC | O_NONBLOCK);
    if (fd < 0)
        return FileSystem::lastError(tr("opening"), childPath(name));
    return FileHandle(fd);
}

Status SafeDirectory::removeFile(const QByteArray& name) const
{
    if (!isPlainName(name))
        return Error{Error::Code::Unsafe, tr("Refused a name that is not plain in %1.").arg(FileSystem::decodeName(m_path))};
    if (::unlinkat(m_handle->native(), name.constData(), 0) != 0 && errno != ENOENT)
        return FileSystem::lastError(tr("removing"), childPath(name));
    return success();
}

Status SafeDirectory::renameChild(const QByteArray& from, const QByteArray& to) const
{
    if (!isPlainName(from) || !isPlainName(to))
        return Error{Error::Code::Unsafe, tr("Refused a name that is not plain in %1.").arg(FileSystem::decodeName(m_path))};
    if (::renameat(m_handle->native(), from.constData(), m_handle->native(), to.constData()) != 0)
        return FileSystem::lastError(tr("renaming"), childPath(from));
    return success();
}

Status SafeDirectory::createSymlink(const QByteArray& name, const QByteArray& target) const
{
    if (!isPlainName(name) || target.isEmpty() || target.contains('\0'))
        return Error{Error::Code::Unsafe, tr("Refused a symlink with a name or target that is not valid in %1.").arg(FileSystem::decodeName(m_path))};
    if (::symlinkat(target.constData(), m_handle->native(), name.constData()) != 0)
        return FileSystem::lastError(tr("creating the symlink"), childPath(name));
    return success();
}

Result<QByteArray> SafeDirectory::readSymlink(const QByteArray& name) const
{
    if (!isPlainName(name))
        return Error{Error::Code::Unsafe, tr("Refused a name that is not plain in %1.").arg(FileSystem::decodeName(m_path))};
    QByteArray target(4096, Qt::Uninitialized);
    const ssize_t n = ::readlinkat(m_handle->native(), name.constData(), target.data(), static_cast<std::size_t>(target.size()));
    if (n < 0)
        return FileSystem::lastError(tr("reading the link"), childPath(name));
    target.truncate(n);
    return target;
}

Status SafeDirectory::hardLink(const SafeDirectory& from, const QByteArray& fromName, const QByteArray& name) const
{
    if (!isPlainName(fromName) || !isPlainName(name))
        return Error{Error::Code::Unsafe, tr("Refused a hard link with a name that is not plain in %1.").arg(FileSystem::decodeName(m_path))};
    // Flags 0: linkat does not follow a symlink at fromName (POSIX leaves it open; Linux
    // and the BSDs do not follow), and the caller only links entries it created itself.
    if (::linkat(from.m_handle->native(), fromName.constData(), m_handle->native(), name.constData(), 0) != 0)
        return FileSystem::lastError(tr("creating the hard link"), childPath(name));
    return success();
}

Status SafeDirectory::setSymlinkMetadata(const QByteArray& name, std::uint32_t uid, std::uint32_t gid, bool setOwner, std::int64_t mtimeNs) const
{
    if (setOwner && ::fchownat(m_handle->native(), name.constData(), uid, gid, AT_SYMLINK_NOFOLLOW) != 0)
        return FileSystem::lastError(tr("setting the owner of"), childPath(name));
    struct timespec times[2];
    times[0].tv_sec = 0;
    times[0].tv_nsec = UTIME_OMIT;
    times[1] = timespecFromNanoseconds(mtimeNs);
    if (::utimensat(m_handle->native(), name.constData(), times, AT_SYMLINK_NOFOLLOW) != 0)
        return FileSystem::lastError(tr("setting the modification time of"), childPath(name));
    return success();
}

} // namespace lifeboat::platform
