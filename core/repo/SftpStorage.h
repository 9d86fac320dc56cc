// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Storage.h"
#include "core/ssh/SshSession.h"

#include <QHash>

#include <mutex>
#include <vector>

struct sftp_session_struct;
struct sftp_file_struct;

namespace lifeboat::repo {

// A repository on another node over SFTP (libssh), in the same format and with the same
// write rules as LocalStorage: a temporary name in the same directory, fsync through the
// fsync@openssh.com extension where the server has it, then a rename. (There is no
// directory fsync over SFTP: the rename's durability is the server's.) Reads of a range
// are pipelined — up to kReadWindow bytes of requests in flight — so a restore is not
// one round trip per 64 KiB. libssh 0.10 has no asynchronous write, and each write waits
// for its reply; so a writer buffers what is appended and uploads it in kUploadLanes
// slices at once, each over its own SSH connection to the same server (opened on first
// use, with the same host-key checks), into the same temporary file at its offset. One
// libssh session serves every other call, one at a time.
class SftpStorage final : public Storage {
    Q_DECLARE_TR_FUNCTIONS(SftpStorage)
public:
    static constexpr std::uint32_t kReadChunk = 64 * 1024;
    static constexpr std::uint32_t kReadWindow = 8u << 20;
    static constexpr std::uint32_t kWriteChunk = 128 * 1024;
    static constexpr int kUploadLanes = 4;
    static constexpr qsizetype kUploadBuffer = 8 << 20;

    static Result<std::unique_ptr<SftpStorage>> open(const ssh::SshTarget& target, const ssh::SshOptions& options);
    ~SftpStorage() override;

    QString location() const override;
    Result<std::unique_ptr<StorageWriter>> create(const QString& name) override;
    Result<QByteArray> read(const QString& name, std::uint64_t maxBytes) override;
    Result<QByteArray> readRange(const QString& name, std::uint64_t offset, std::uint64_t length) override;
    Result<std::uint64_t> size(const QString& name) override;
    Result<QStringList> list(const QString& directory) override;
    Result<QStringList> listTemporaries(const QString& directory) override;
    Result<QDateTime> modified(const QString& name) override;
    Status remove(const QString& name) override;
    Status makeDirectory(const QString& name) override;
    Result<bool> exists(const QString& name) override;

    bool serverHasFsync() const { return m_hasFsync; }

private:
    friend class SftpWriter;
    SftpStorage(std::unique_ptr<ssh::SshSession> session, sftp_session_struct* sftp, ssh::SshOptions options);
    struct Lane {
        std::unique_ptr<ssh::SshSession> session;
        sftp_session_struct* sftp = nullptr;
    };
    // Writes `data` at `offset` of the file `path`, split over the upload lanes.
    Status upload(const QByteArray& path, const QString& name, std::uint64_t offset, const QByteArray& data);
    QByteArray remotePath(const QString& name) const;
    Error failure(const QString& what, const QString& name) const;
    Result<QStringList> listNames(const QString& directory, bool temporaries);
    Status readInto(sftp_file_struct* file, const QString& name, std::uint64_t offset, char* out, std::uint64_t length);
    Result<sftp_file_struct*> cachedFile(const QString& name);
    void dropCached(const QString& name);

    std::unique_ptr<ssh::SshSession> m_session;
    sftp_session_struct* m_sftp;
    ssh::SshOptions m_options;
    std::vector<Lane> m_lanes;
    bool m_hasFsync = false;
    std::mutex m_mutex;                                  // libssh is not thread-safe
    QHash<QString, sftp_file_struct*> m_openFiles;       // read handles, like LocalStorage's
};

} // namespace lifeboat::repo
