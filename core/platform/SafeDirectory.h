// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "FileSystem.h"

#include <QByteArray>
#include <QCoreApplication>

#include <memory>

namespace lifeboat::platform {

// A directory held open by handle, in which every operation names exactly one entry and
// never follows a symlink: the restore writes only through these, so no snapshot content
// (`..`, `/`, names that became symlinks, links out of the target) can reach outside the
// target. A lexical prefix check is not enough, and realpath() races (shared/notes/
// ssh-and-safety.md §7; rsync CVE-2024-12086 family). POSIX: openat/mkdirat/linkat with
// O_NOFOLLOW; a Windows counterpart (handles + FILE_FLAG_OPEN_REPARSE_POINT) is planned.
class SafeDirectory {
    Q_DECLARE_TR_FUNCTIONS(SafeDirectory)
public:
    // True when `name` can only ever mean one entry of this directory: not empty, not
    // "." or "..", no '/', no NUL, at most 255 bytes. Validated on the exact bytes used.
    static bool isPlainName(const QByteArray& name);

    // Opens an existing directory as the root of a restore; the root itself may be reached
    // through a symlink (the user named it), nothing below it may.
    static Result<SafeDirectory> openRoot(const QByteArray& path);

    // The child directory `name`, created (mode 0700 until its metadata is applied) when
    // missing. Fails when `name` exists as anything but a directory, symlinks included.
    // `created` (optional) tells whether this call made it, so it is known to be empty.
    Result<SafeDirectory> openOrCreateChild(const QByteArray& name, bool* created = nullptr) const;
    Result<SafeDirectory> openChild(const QByteArray& name) const;

    Result<FileStat> statChild(const QByteArray& name) const;        // does not follow symlinks
    // Exclusive, never through a symlink; `mode` is filtered by the umask as usual.
    Result<FileHandle> createFile(const QByteArray& name, std::uint32_t mode = 0600) const;
    Result<FileHandle> openFileForRead(const QByteArray& name) const;
    Result<FileHandle> openFileForWrite(const QByteArray& name) const;
    Status removeFile(const QByteArray& name) const;                 // never a directory; ENOENT is success
    Status renameChild(const QByteArray& from, const QByteArray& to) const;
    Status createSymlink(const QByteArray& name, const QByteArray& target) const;
    Result<QByteArray> readSymlink(const QByteArray& name) const;
    // A hard link named `name` here to the entry `fromName` of `from` (never following
    // `fromName` if it is a symlink).
    Status hardLink(const SafeDirectory& from, const QByteArray& fromName, const QByteArray& name) const;
    // Metadata of a symlink itself (lchown, lutimes), since a link cannot be opened.
    Status setSymlinkMetadata(const QByteArray& name, std::uint32_t uid, std::uint32_t gid, bool setOwner, std::int64_t mtimeNs) const;

    const FileHandle& handle() const { return *m_handle; }
    // For messages: the path this directory was reached by.
    const QByteArray& path() const { return m_path; }
    QByteArray childPath(const QByteArray& name) const;

private:
    SafeDirectory(FileHandle handle, QByteArray path);
    std::shared_ptr<FileHandle> m_handle;
    QByteArray m_path;
};

} // namespace lifeboat::platform
