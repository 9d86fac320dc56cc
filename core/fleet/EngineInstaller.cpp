// SPDX-License-Identifier: GPL-3.0-or-later
#include "EngineInstaller.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>

#include <libssh/libssh.h>
#include <libssh/sftp.h>

#include <fcntl.h>
#include <memory>

namespace lifeboat::fleet {
namespace {

struct SftpDeleter {
    void operator()(sftp_session s) const { sftp_free(s); }
};
struct FileDeleter {
    void operator()(sftp_file f) const { sftp_close(f); }
};

} // namespace

Result<EngineInstaller::Installed> EngineInstaller::install(const ssh::SshTarget& target, const ssh::SshOptions& options, const QString& localBinary,
                                                            const QString& remoteDirectory)
{
    QFile local(localBinary);
    if (!local.open(QIODevice::ReadOnly))
        return Error{Error::Code::Unreadable, tr("The engine build %1 cannot be read: %2").arg(localBinary, local.errorString())};
    const QByteArray binary = local.readAll();
    const QByteArray expected = QCryptographicHash::hash(binary, QCryptographicHash::Sha256).toHex();
    if (remoteDirectory.isEmpty() || remoteDirectory.contains(QLatin1Char('\n')) || remoteDirectory.split(QLatin1Char('/')).contains(QStringLiteral("..")))
        return Error{Error::Code::Invalid, tr("\"%1\" is not a directory the engine can be installed to.").arg(remoteDirectory)};

    auto session = ssh::SshSession::connect(target, options);
    if (!session)
        return session.error();
    std::unique_ptr<sftp_session_struct, SftpDeleter> sftp(sftp_new(session.value()->native()));
    if (!sftp || sftp_init(sftp.get()) != SSH_OK)
        return Error{Error::Code::Network, tr("%1 offers no SFTP: %2").arg(target.display(), session.value()->lastError())};

    // Create the directory and its parents (an existing one is fine).
    const QStringList parts = remoteDirectory.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    QString walked = remoteDirectory.startsWith(QLatin1Char('/')) ? QStringLiteral("/") : QString();
    for (const QString& part : parts) {
        walked += part;
        const QByteArray path = walked.toUtf8();
        if (sftp_mkdir(sftp.get(), path.constData(), 0755) != SSH_OK && sftp_get_error(sftp.get()) != SSH_FX_FILE_ALREADY_EXISTS) {
            sftp_attributes attributes = sftp_stat(sftp.get(), path.constData());
            const bool isDirectory = attributes && attributes->type == SSH_FILEXFER_TYPE_DIRECTORY;
            if (attributes)
                sftp_attributes_free(attributes);
            if (!isDirectory)
                return Error{Error::Code::Io, tr("%1: cannot create %2: %3").arg(target.display(), walked, session.value()->lastError())};
        }
        walked += QLatin1Char('/');
    }
    const QByteArray finalPath = (walked + QStringLiteral("lifeboat-cli")).toUtf8();
    const QByteArray temporary = (walked + QStringLiteral(".lifeboat-cli.upload-%1").arg(QRandomGenerator::system()->generate(), 8, 16, QLatin1Char('0'))).toUtf8();

    const auto fail = [&](const QString& message) {
        sftp_unlink(sftp.get(), temporary.constData());
        return Error{Error::Code::Io, message};
    };
    {
        std::unique_ptr<sftp_file_struct, FileDeleter> file(sftp_open(sftp.get(), temporary.constData(), O_WRONLY | O_CREAT | O_EXCL, 0700));
        if (!file)
            return Error{Error::Code::Io, tr("%1: cannot create %2: %3").arg(target.display(), QString::fromUtf8(temporary), session.value()->lastError())};
        for (qsizetype at = 0; at < binary.size();) {
            const auto n = sftp_write(file.get(), binary.constData() + at, static_cast<std::size_t>(std::min<qsizetype>(binary.size() - at, 128 * 1024)));
            if (n <= 0)
                return fail(tr("%1: writing the engine failed: %2").arg(target.display(), session.value()->lastError()));
            at += n;
        }
    }
    // Read it back: what is on the node is what was built, byte for byte.
    QCryptographicHash remote(QCryptographicHash::Sha256);
    qint64 remoteBytes = 0;
    {
        std::unique_ptr<sftp_file_struct, FileDeleter> file(sftp_open(sftp.get(), temporary.constData(), O_RDONLY, 0));
        if (!file)
            return fail(tr("%1: cannot read back %2").arg(target.display(), QString::fromUtf8(temporary)));
        char buffer[65536];
        ssize_t n = 0;
        while ((n = sftp_read(file.get(), buffer, sizeof buffer)) > 0) {
            remote.addData(QByteArrayView(buffer, n));
            remoteBytes += n;
        }
        if (n < 0)
            return fail(tr("%1: reading back the engine failed: %2").arg(target.display(), session.value()->lastError()));
    }
    const QByteArray got = remote.result().toHex();
    if (got != expected || remoteBytes != binary.size())
        return fail(tr("%1: the uploaded engine differs from the build (SHA-256 %2, expected %3); nothing was replaced.")
                        .arg(target.display(), QString::fromLatin1(got), QString::fromLatin1(expected)));
    if (sftp_chmod(sftp.get(), temporary.constData(), 0755) != SSH_OK)
        return fail(tr("%1: cannot make the engine executable: %2").arg(target.display(), session.value()->lastError()));
    // Atomic replacement where libssh has OpenSSH's posix-rename (0.11+). On 0.10 the old
    // engine steps aside first and comes back if the new one cannot take its place, so the
    // node is never left with neither.
    int renamed = SSH_ERROR;
#if LIBSSH_VERSION_INT >= SSH_VERSION_INT(0, 11, 0)
    if (sftp_extension_supported(sftp.get(), "posix-rename@openssh.com", "1"))
        renamed = sftp_posix_rename(sftp.get(), temporary.constData(), finalPath.constData());
#endif
    if (renamed != SSH_OK) {
        const QByteArray previous = finalPath + ".previous";
        sftp_unlink(sftp.get(), previous.constData());
        const bool hadOne = sftp_rename(sftp.get(), finalPath.constData(), previous.constData()) == SSH_OK;
        renamed = sftp_rename(sftp.get(), temporary.constData(), finalPath.constData());
        if (renamed != SSH_OK && hadOne)
            sftp_rename(sftp.get(), previous.constData(), finalPath.constData());
        else if (hadOne)
            sftp_unlink(sftp.get(), previous.constData());
    }
    if (renamed != SSH_OK)
        return fail(tr("%1: cannot put the engine in place: %2").arg(target.display(), session.value()->lastError()));
    return Installed{QString::fromUtf8(finalPath), expected, remoteBytes};
}

} // namespace lifeboat::fleet
