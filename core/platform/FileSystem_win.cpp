// SPDX-License-Identifier: GPL-3.0-or-later
// Windows: not written yet. The engine's file access on Windows needs handles opened with
// FILE_FLAG_OPEN_REPARSE_POINT and paths as UTF-16; until then every call reports that it
// is not supported, so the build works and the console can run against remote engines.
#include "FileSystem.h"

#include <cstdlib>

#include <QFile>

namespace lifeboat::platform {
namespace {

Error unsupported()
{
    return Error{Error::Code::Unsupported, QCoreApplication::translate("FileSystem", "Local repositories and backups are not supported on Windows yet; run the engine on a Linux node.")};
}

} // namespace

FileHandle& FileHandle::operator=(FileHandle&& other) noexcept
{
    m_fd = other.m_fd;
    other.m_fd = -1;
    return *this;
}

FileHandle::~FileHandle() = default;

Status FileHandle::close(const QByteArray&)
{
    m_fd = -1;
    return success();
}

QByteArray FileSystem::encodeName(const QString& path) { return QFile::encodeName(path); }
QString FileSystem::decodeName(const QByteArray& path) { return QFile::decodeName(path); }
Error FileSystem::lastError(const QString&, const QByteArray&) { return unsupported(); }
bool FileSystem::runningAsRoot() { return false; }
std::int64_t FileSystem::processId() { return QCoreApplication::applicationPid(); }
// Not written yet: never lets a lock be broken as "dead process" on Windows.
bool FileSystem::processIsRunning(std::int64_t) { return true; }
void FileSystem::killSelf() { std::_Exit(137); }
std::uint32_t FileSystem::effectiveUserId() { return 0; }
std::uint32_t FileSystem::effectiveGroupId() { return 0; }
std::uint32_t FileSystem::fileCreationMask() { return 0; }
QByteArray FileSystem::hostName() { return qgetenv("COMPUTERNAME"); }
QByteArray FileSystem::userName() { return qgetenv("USERNAME"); }

Result<FileStat> FileSystem::statNoFollow(const QByteArray&) { return unsupported(); }
Result<FileStat> FileSystem::stat(const FileHandle&, const QByteArray&) { return unsupported(); }
Result<FileHandle> FileSystem::openForRead(const QByteArray&) { return unsupported(); }
Result<FileHandle> FileSystem::openDirectory(const QByteArray&) { return unsupported(); }
Result<QList<QByteArray>> FileSystem::listDirectory(const QByteArray&) { return unsupported(); }
Result<QByteArray> FileSystem::readSymlink(const QByteArray&) { return unsupported(); }
Result<std::size_t> FileSystem::read(const FileHandle&, std::span<std::uint8_t>, const QByteArray&) { return unsupported(); }
Status FileSystem::readAt(const FileHandle&, std::uint64_t, std::span<std::uint8_t>, const QByteArray&) { return unsupported(); }
Status FileSystem::writeAt(const FileHandle&, std::uint64_t, std::span<const std::uint8_t>, const QByteArray&) { return unsupported(); }
Status FileSystem::append(const FileHandle&, std::span<const std::uint8_t>, const QByteArray&) { return unsupported(); }
Status FileSystem::truncate(const FileHandle&, std::uint64_t, const QByteArray&) { return unsupported(); }
Status FileSystem::sync(const FileHandle&, const QByteArray&) { return unsupported(); }
Status FileSystem::syncDirectory(const QByteArray&) { return unsupported(); }
Status FileSystem::setMode(const FileHandle&, std::uint32_t, const QByteArray&) { return unsupported(); }
Status FileSystem::setOwner(const FileHandle&, std::uint32_t, std::uint32_t, const QByteArray&) { return unsupported(); }
Status FileSystem::setModificationTime(const FileHandle&, std::int64_t, const QByteArray&) { return unsupported(); }
Result<FileHandle> FileSystem::createExclusive(const QByteArray&, std::uint32_t) { return unsupported(); }
Status FileSystem::makeDirectory(const QByteArray&, std::uint32_t) { return unsupported(); }
Status FileSystem::rename(const QByteArray&, const QByteArray&) { return unsupported(); }
Status FileSystem::removeFile(const QByteArray&) { return unsupported(); }
Result<std::uint64_t> FileSystem::freeBytes(const QByteArray&) { return unsupported(); }
Result<std::uint64_t> FileSystem::totalBytes(const QByteArray&) { return unsupported(); }

} // namespace lifeboat::platform
