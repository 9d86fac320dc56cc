// SPDX-License-Identifier: GPL-3.0-or-later
#include "SftpStorage.h"

#include "Crypto.h"
#include "LocalStorage.h"

#include <libssh/libssh.h>
#include <libssh/sftp.h>

#include <QTimeZone>

#include <fcntl.h>

#include <thread>

namespace lifeboat::repo {

namespace {

const QString kTemporaryMarker = QStringLiteral(".tmp-");

Error::Code codeOf(int sftpError)
{
    switch (sftpError) {
    case SSH_FX_NO_SUCH_FILE:
    case SSH_FX_NO_SUCH_PATH: return Error::Code::NotFound;
    case SSH_FX_PERMISSION_DENIED: return Error::Code::Unreadable;
    case SSH_FX_FILE_ALREADY_EXISTS: return Error::Code::Exists;
    case SSH_FX_CONNECTION_LOST:
    case SSH_FX_NO_CONNECTION: return Error::Code::Network;
    default: return Error::Code::Io;
    }
}

} // namespace

class SftpWriter final : public StorageWriter {
public:
    SftpWriter(SftpStorage& owner, sftp_file file, QString name, QByteArray temporary, QByteArray final)
        : m_owner(owner), m_file(file), m_name(std::move(name)), m_temporary(std::move(temporary)), m_final(std::move(final))
    {
    }
    ~SftpWriter() override
    {
        std::lock_guard lock(m_owner.m_mutex);
        if (m_file)
            sftp_close(m_file);
        if (!m_committed)
            sftp_unlink(m_owner.m_sftp, m_temporary.constData());   // best effort: prune removes what is left
    }
    Status append(std::span<const std::uint8_t> data) override
    {
        std::lock_guard lock(m_owner.m_mutex);
        if (m_failed)
            return Error{Error::Code::Io, SftpStorage::tr("Writing %1 after an earlier error.").arg(m_name)};
        m_buffer.append(reinterpret_cast<const char*>(data.data()), static_cast<qsizetype>(data.size()));
        m_bytes += data.size();
        return m_buffer.size() >= SftpStorage::kUploadBuffer ? flush() : success();
    }
    Status commit() override
    {
        std::lock_guard lock(m_owner.m_mutex);
        if (m_failed || m_committed)
            return Error{Error::Code::Io, SftpStorage::tr("%1 cannot be committed after an error.").arg(m_name)};
        if (auto flushed = flush(); !flushed)
            return flushed;
        m_failed = true;   // any failure below ends this file; nothing is retried
        if (m_owner.m_hasFsync && sftp_fsync(m_file) != 0)
            return m_owner.failure(SftpStorage::tr("flushing to disk"), m_name);
        const int closed = sftp_close(m_file);
        m_file = nullptr;
        if (closed != SSH_NO_ERROR)
            return m_owner.failure(SftpStorage::tr("closing"), m_name);
        if (sftp_rename(m_owner.m_sftp, m_temporary.constData(), m_final.constData()) != SSH_NO_ERROR) {
            // SFTP v3 rename does not replace. Names are content hashes or random, so a file
            // already there under the final name holds these same bytes (an earlier,
            // interrupted run); anything else is an error.
            sftp_attributes existing = sftp_stat(m_owner.m_sftp, m_final.constData());
            if (!existing)
                return m_owner.failure(SftpStorage::tr("renaming into place"), m_name);
            sftp_attributes_free(existing);
            sftp_unlink(m_owner.m_sftp, m_temporary.constData());
        }
        m_committed = true;
        return success();
    }
    std::uint64_t bytesWritten() const override { return m_bytes; }
    Result<QByteArray> readBack(std::uint64_t offset, std::uint64_t length) override
    {
        std::lock_guard lock(m_owner.m_mutex);
        // What is checked is what the server holds: buffered bytes go up first.
        if (auto flushed = flush(); !flushed)
            return flushed.error();
        QByteArray data(static_cast<qsizetype>(length), Qt::Uninitialized);
        if (auto read = m_owner.readInto(m_file, m_name, offset, data.data(), length); !read)
            return read.error();
        return data;
    }

private:
    // Called with the storage's mutex held.
    Status flush()
    {
        if (m_buffer.isEmpty())
            return success();
        const Status sent = m_owner.upload(m_temporary, m_name, m_flushed, m_buffer);
        if (!sent) {
            m_failed = true;
            return sent;
        }
        m_flushed += static_cast<std::uint64_t>(m_buffer.size());
        m_buffer.clear();
        return success();
    }

    SftpStorage& m_owner;
    sftp_file m_file;
    QByteArray m_buffer;
    std::uint64_t m_flushed = 0;
    QString m_name;
    QByteArray m_temporary;
    QByteArray m_final;
    std::uint64_t m_bytes = 0;
    bool m_failed = false;
    bool m_committed = false;
};

SftpStorage::SftpStorage(std::unique_ptr<ssh::SshSession> session, sftp_session sftp, ssh::SshOptions options)
    : m_session(std::move(session)), m_sftp(sftp), m_options(std::move(options))
{
    m_hasFsync = sftp_extension_supported(m_sftp, "fsync@openssh.com", "1") != 0;
}

SftpStorage::~SftpStorage()
{
    for (sftp_file file : std::as_const(m_openFiles))
        sftp_close(file);
    sftp_free(m_sftp);
    for (Lane& lane : m_lanes)
        sftp_free(lane.sftp);
}

Status SftpStorage::upload(const QByteArray& path, const QString& name, std::uint64_t offset, const QByteArray& data)
{
    if (m_lanes.empty()) {
        for (int i = 0; i < kUploadLanes; ++i) {
            auto session = ssh::SshSession::connect(m_session->target(), m_options);
            if (!session)
                return session.error();
            sftp_session sftp = sftp_new(session.value()->native());
            if (!sftp || sftp_init(sftp) != SSH_OK) {
                if (sftp)
                    sftp_free(sftp);
                return Error{Error::Code::Network, tr("%1: a second SFTP session could not be opened.").arg(location())};
            }
            m_lanes.push_back({std::move(session.value()), sftp});
        }
    }
    // Slices on 128 KiB boundaries, one per lane, each written in order on its own connection.
    const qsizetype slice = ((data.size() / kUploadLanes) / kWriteChunk + 1) * kWriteChunk;
    std::vector<Status> outcomes(m_lanes.size(), success());
    std::vector<std::thread> threads;
    for (std::size_t i = 0; i < m_lanes.size(); ++i) {
        const qsizetype begin = static_cast<qsizetype>(i) * slice;
        if (begin >= data.size())
            break;
        const qsizetype end = std::min(data.size(), begin + slice);
        threads.emplace_back([&, i, begin, end] {
            Lane& lane = m_lanes[i];
            sftp_file file = sftp_open(lane.sftp, path.constData(), O_WRONLY, 0);
            const auto laneFailure = [&](const QString& what) {
                const QString detail = ssh_is_connected(lane.session->native()) ? lane.session->lastError() : tr("the connection was lost");
                return Error{Error::Code::Network, tr("%1/%2: %3 failed: %4").arg(location(), name, what, detail)};
            };
            if (!file) {
                outcomes[i] = laneFailure(tr("opening"));
                return;
            }
            if (sftp_seek64(file, offset + static_cast<std::uint64_t>(begin)) != 0) {
                outcomes[i] = laneFailure(tr("seeking"));
            } else {
                for (qsizetype at = begin; at < end;) {
                    const ssize_t written = sftp_write(file, data.constData() + at, static_cast<std::size_t>(std::min<qsizetype>(end - at, kWriteChunk)));
                    if (written <= 0) {
                        outcomes[i] = laneFailure(tr("writing"));
                        break;
                    }
                    at += written;
                }
            }
            sftp_close(file);
        });
    }
    for (std::thread& thread : threads)
        thread.join();
    for (const Status& outcome : outcomes) {
        if (!outcome)
            return outcome;
    }
    return success();
}

Result<std::unique_ptr<SftpStorage>> SftpStorage::open(const ssh::SshTarget& target, const ssh::SshOptions& options)
{
    auto session = ssh::SshSession::connect(target, options);
    if (!session)
        return session.error();
    sftp_session sftp = sftp_new(session.value()->native());
    if (!sftp || sftp_init(sftp) != SSH_OK) {
        const QString why = session.value()->lastError();
        if (sftp)
            sftp_free(sftp);
        return Error{Error::Code::Network, tr("%1 offers no SFTP service (%2). OpenSSH needs a `Subsystem sftp` line in sshd_config.").arg(target.display(), why)};
    }
    return std::unique_ptr<SftpStorage>(new SftpStorage(std::move(session.value()), sftp, options));
}

QString SftpStorage::location() const
{
    const ssh::SshTarget& t = m_session->target();
    return QStringLiteral("sftp://%1%2").arg(t.display(), t.path);
}

QByteArray SftpStorage::remotePath(const QString& name) const
{
    const QString root = m_session->target().path;
    return (name.isEmpty() ? root : root + QLatin1Char('/') + name).toUtf8();
}

Error SftpStorage::failure(const QString& what, const QString& name) const
{
    const int code = sftp_get_error(m_sftp);
    const bool connected = ssh_is_connected(m_session->native());
    const QString detail = connected ? m_session->lastError() : tr("the connection was lost");
    return Error{connected ? codeOf(code) : Error::Code::Network,
                 tr("%1/%2: %3 failed: %4").arg(location(), name, what, detail.isEmpty() ? tr("SFTP status %1").arg(code) : detail)};
}

Result<std::unique_ptr<StorageWriter>> SftpStorage::create(const QString& name)
{
    std::lock_guard lock(m_mutex);
    const QByteArray final = remotePath(name);
    const QByteArray temporary = final + kTemporaryMarker.toUtf8() + randomBytes(8).toHex();
    sftp_file file = sftp_open(m_sftp, temporary.constData(), O_RDWR | O_CREAT | O_EXCL, 0600);
    if (!file)
        return failure(tr("creating"), name);
    return std::unique_ptr<StorageWriter>(new SftpWriter(*this, file, name, temporary, final));
}

Status SftpStorage::readInto(sftp_file file, const QString& name, std::uint64_t offset, char* out, std::uint64_t length)
{
    if (sftp_seek64(file, offset) != 0)
        return failure(tr("seeking"), name);
    // Requests go out up to a window ahead of the replies (libssh's async reads keep the
    // order), so the link stays full instead of waiting a round trip per chunk.
    std::uint64_t requested = 0;
    std::uint64_t received = 0;
    struct Pending {
        std::uint32_t id;
        std::uint32_t bytes;
    };
    std::vector<Pending> pending;
    std::size_t next = 0;
    while (received < length) {
        while (requested < length && requested - received < kReadWindow) {
            const auto bytes = static_cast<std::uint32_t>(std::min<std::uint64_t>(kReadChunk, length - requested));
            const int id = sftp_async_read_begin(file, bytes);
            if (id < 0)
                return failure(tr("reading"), name);
            pending.push_back({static_cast<std::uint32_t>(id), bytes});
            requested += bytes;
        }
        const Pending& head = pending[next++];
        std::uint32_t got = 0;
        while (got < head.bytes) {
            const int n = sftp_async_read(file, out + received + got, head.bytes - got, head.id);
            if (n < 0)
                return failure(tr("reading"), name);
            if (n == 0)
                return Error{Error::Code::Corrupt, tr("%1/%2 is shorter than expected (%3 bytes wanted at offset %4).").arg(location(), name).arg(length).arg(offset)};
            got += static_cast<std::uint32_t>(n);
            if (got < head.bytes) {
                // A short reply: ask for the rest at its offset, synchronously.
                if (sftp_seek64(file, offset + received + got) != 0)
                    return failure(tr("seeking"), name);
                const ssize_t rest = sftp_read(file, out + received + got, head.bytes - got);
                if (rest <= 0)
                    return rest < 0 ? failure(tr("reading"), name)
                                    : Error{Error::Code::Corrupt, tr("%1/%2 is shorter than expected.").arg(location(), name)};
                got += static_cast<std::uint32_t>(rest);
                // Later replies were requested from the old position: drain and redo them.
                for (std::size_t i = next; i < pending.size(); ++i) {
                    char scratch[kReadChunk];
                    (void)sftp_async_read(file, scratch, pending[i].bytes, pending[i].id);
                }
                pending.resize(next);
                requested = received + head.bytes;
                if (sftp_seek64(file, offset + requested) != 0)
                    return failure(tr("seeking"), name);
            }
        }
        received += head.bytes;
    }
    return success();
}

Result<sftp_file> SftpStorage::cachedFile(const QString& name)
{
    constexpr qsizetype kMaxOpenFiles = 32;
    if (auto it = m_openFiles.constFind(name); it != m_openFiles.constEnd())
        return it.value();
    sftp_file file = sftp_open(m_sftp, remotePath(name).constData(), O_RDONLY, 0);
    if (!file)
        return failure(tr("opening"), name);
    if (m_openFiles.size() >= kMaxOpenFiles) {
        sftp_close(m_openFiles.begin().value());
        m_openFiles.erase(m_openFiles.begin());
    }
    m_openFiles.insert(name, file);
    return file;
}

void SftpStorage::dropCached(const QString& name)
{
    if (auto it = m_openFiles.find(name); it != m_openFiles.end()) {
        sftp_close(it.value());
        m_openFiles.erase(it);
    }
}

Result<QByteArray> SftpStorage::read(const QString& name, std::uint64_t maxBytes)
{
    std::lock_guard lock(m_mutex);
    sftp_file file = sftp_open(m_sftp, remotePath(name).constData(), O_RDONLY, 0);
    if (!file)
        return failure(tr("opening"), name);
    const auto closeFile = qScopeGuard([&] { sftp_close(file); });
    sftp_attributes attributes = sftp_fstat(file);
    if (!attributes)
        return failure(tr("reading the size of"), name);
    const std::uint64_t bytes = attributes->size;
    sftp_attributes_free(attributes);
    if (bytes > maxBytes)
        return Error{Error::Code::TooLarge, tr("%1/%2 is %3 bytes, more than the %4 bytes such a file may have.").arg(location(), name).arg(bytes).arg(maxBytes)};
    QByteArray data(static_cast<qsizetype>(bytes), Qt::Uninitialized);
    if (auto filled = readInto(file, name, 0, data.data(), bytes); !filled)
        return filled.error();
    return data;
}

Result<QByteArray> SftpStorage::readRange(const QString& name, std::uint64_t offset, std::uint64_t length)
{
    std::lock_guard lock(m_mutex);
    auto file = cachedFile(name);
    if (!file)
        return file.error();
    QByteArray data(static_cast<qsizetype>(length), Qt::Uninitialized);
    if (auto filled = readInto(file.value(), name, offset, data.data(), length); !filled) {
        dropCached(name);
        return filled.error();
    }
    return data;
}

Result<std::uint64_t> SftpStorage::size(const QString& name)
{
    std::lock_guard lock(m_mutex);
    sftp_attributes attributes = sftp_stat(m_sftp, remotePath(name).constData());
    if (!attributes)
        return failure(tr("reading the size of"), name);
    const std::uint64_t bytes = attributes->size;
    sftp_attributes_free(attributes);
    return bytes;
}

Result<QDateTime> SftpStorage::modified(const QString& name)
{
    std::lock_guard lock(m_mutex);
    sftp_attributes attributes = sftp_stat(m_sftp, remotePath(name).constData());
    if (!attributes)
        return failure(tr("reading the time of"), name);
    const qint64 seconds = attributes->mtime64 ? static_cast<qint64>(attributes->mtime64) : static_cast<qint64>(attributes->mtime);
    sftp_attributes_free(attributes);
    return QDateTime::fromSecsSinceEpoch(seconds, QTimeZone::utc());
}

Result<QStringList> SftpStorage::listNames(const QString& directory, bool temporaries)
{
    sftp_dir dir = sftp_opendir(m_sftp, remotePath(directory).constData());
    if (!dir)
        return failure(tr("listing"), directory);
    QStringList names;
    QStringList subdirectories;
    while (sftp_attributes entry = sftp_readdir(m_sftp, dir)) {
        const QString name = QString::fromUtf8(entry->name);
        const bool isDirectory = entry->type == SSH_FILEXFER_TYPE_DIRECTORY;
        sftp_attributes_free(entry);
        if (name == QLatin1String(".") || name == QLatin1String(".."))
            continue;
        const QString relative = directory + QLatin1Char('/') + name;
        if (directory == QLatin1String("data") && isDirectory)
            subdirectories.append(relative);
        else if (LocalStorage::isTemporaryName(name) == temporaries)
            names.append(relative);
    }
    // The end of a listing and a failed listing look alike until asked.
    const bool complete = sftp_dir_eof(dir);
    sftp_closedir(dir);
    if (!complete)
        return failure(tr("listing"), directory);
    for (const QString& subdirectory : subdirectories) {
        auto inner = listNames(subdirectory, temporaries);
        if (!inner)
            return inner.error();
        names += inner.value();
    }
    return names;
}

Result<QStringList> SftpStorage::list(const QString& directory)
{
    std::lock_guard lock(m_mutex);
    return listNames(directory, false);
}

Result<QStringList> SftpStorage::listTemporaries(const QString& directory)
{
    std::lock_guard lock(m_mutex);
    return listNames(directory, true);
}

Status SftpStorage::remove(const QString& name)
{
    std::lock_guard lock(m_mutex);
    dropCached(name);
    if (sftp_unlink(m_sftp, remotePath(name).constData()) == SSH_NO_ERROR)
        return success();
    const Error error = failure(tr("removing"), name);
    return error.code == Error::Code::NotFound ? success() : Status(error);
}

Status SftpStorage::makeDirectory(const QString& name)
{
    std::lock_guard lock(m_mutex);
    const auto makeOne = [&](const QByteArray& path, const QString& shown) -> Status {
        if (sftp_mkdir(m_sftp, path.constData(), 0700) == SSH_NO_ERROR)
            return success();
        sftp_attributes existing = sftp_stat(m_sftp, path.constData());
        if (existing) {
            const bool isDirectory = existing->type == SSH_FILEXFER_TYPE_DIRECTORY;
            sftp_attributes_free(existing);
            if (isDirectory)
                return success();
        }
        return failure(tr("creating the directory"), shown);
    };
    if (!name.isEmpty())
        return makeOne(remotePath(name), name);
    const QByteArray root = remotePath(QString());
    for (qsizetype slash = root.indexOf('/', 1); slash > 0; slash = root.indexOf('/', slash + 1)) {
        if (auto made = makeOne(root.left(slash), QString::fromUtf8(root.left(slash))); !made)
            return made;
    }
    return makeOne(root, QString());
}

Result<bool> SftpStorage::exists(const QString& name)
{
    std::lock_guard lock(m_mutex);
    sftp_attributes attributes = sftp_stat(m_sftp, remotePath(name).constData());
    if (attributes) {
        sftp_attributes_free(attributes);
        return true;
    }
    const Error error = failure(tr("looking for"), name);
    if (error.code == Error::Code::NotFound)
        return false;
    return error;
}

} // namespace lifeboat::repo
