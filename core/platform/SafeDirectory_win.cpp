// SPDX-License-Identifier: GPL-3.0-or-later
// Windows: not written yet (see FileSystem_win.cpp). The planned counterpart opens each
// component relative to its parent's handle (NtCreateFile with a RootDirectory, or
// CreateFileW with FILE_FLAG_OPEN_REPARSE_POINT and a check that no reparse point was
// crossed); until then a restore on Windows refuses to start.
#include "SafeDirectory.h"

namespace lifeboat::platform {
namespace {

Error unsupported()
{
    return Error{Error::Code::Unsupported, QCoreApplication::translate("FileSystem", "Local repositories and backups are not supported on Windows yet; run the engine on a Linux node.")};
}

} // namespace

bool SafeDirectory::isPlainName(const QByteArray& name)
{
    // Windows also separates on '\\' and gives ':' (streams) a meaning.
    return !name.isEmpty() && name.size() <= 255 && name != "." && name != ".." && !name.contains('/') && !name.contains('\\') && !name.contains(':')
        && !name.contains('\0');
}

SafeDirectory::SafeDirectory(FileHandle handle, QByteArray path)
    : m_handle(std::make_shared<FileHandle>(std::move(handle))), m_path(std::move(path))
{
}

QByteArray SafeDirectory::childPath(const QByteArray& name) const { return m_path + '\\' + name; }
Result<SafeDirectory> SafeDirectory::openRoot(const QByteArray&) { return unsupported(); }
Result<SafeDirectory> SafeDirectory::openOrCreateChild(const QByteArray&, bool*) const { return unsupported(); }
Result<SafeDirectory> SafeDirectory::openChild(const QByteArray&) const { return unsupported(); }
Result<FileStat> SafeDirectory::statChild(const QByteArray&) const { return unsupported(); }
Result<FileHandle> SafeDirectory::createFile(const QByteArray&, std::uint32_t) const { return unsupported(); }
Result<FileHandle> SafeDirectory::openFileForRead(const QByteArray&) const { return unsupported(); }
Result<FileHandle> SafeDirectory::openFileForWrite(const QByteArray&) const { return unsupported(); }
Status SafeDirectory::removeFile(const QByteArray&) const { return unsupported(); }
Status SafeDirectory::renameChild(const QByteArray&, const QByteArray&) const { return unsupported(); }
Status SafeDirectory::createSymlink(const QByteArray&, const QByteArray&) const { return unsupported(); }
Result<QByteArray> SafeDirectory::readSymlink(const QByteArray&) const { return unsupported(); }
Status SafeDirectory::hardLink(const SafeDirectory&, const QByteArray&, const QByteArray&) const { return unsupported(); }
Status SafeDirectory::setSymlinkMetadata(const QByteArray&, std::uint32_t, std::uint32_t, bool, std::int64_t) const { return unsupported(); }

} // namespace lifeboat::platform
