// SPDX-License-Identifier: GPL-3.0-or-later
#include "EngineInstaller.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QRegularExpression>

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
struct DirDeleter {
    void operator()(sftp_dir d) const { sftp_closedir(d); }
};

QString randomSuffix()
{
    return QStringLiteral("%1").arg(QRandomGenerator::system()->generate(), 8, 16, QLatin1Char('0'));
}

// One SFTP session to a node and the few file operations an install needs. Every write
// goes to a temporary name first and is read back and compared before it is renamed.
class Uploader {
    Q_DECLARE_TR_FUNCTIONS(EngineInstaller)
public:
    static Result<std::unique_ptr<Uploader>> open(const ssh::SshTarget& target, const ssh::SshOptions& options)
    {
        auto session = ssh::SshSession::connect(target, options);
        if (!session)
            return session.error();
        auto up = std::unique_ptr<Uploader>(new Uploader(target, std::move(session.value())));
        up->m_sftp.reset(sftp_new(up->m_session->native()));
        if (!up->m_sftp || sftp_init(up->m_sftp.get()) != SSH_OK)
            return Error{Error::Code::Network, tr("%1 offers no SFTP: %2").arg(target.display(), up->m_session->lastError())};
        return up;
    }

    QString where() const { return m_target.display(); }
    QString lastError() const { return m_session->lastError(); }

    // The directory and its parents (an existing one is fine).
    Status makeDirectories(const QString& directory)
    {
        QString walked = directory.startsWith(QLatin1Char('/')) ? QStringLiteral("/") : QString();
        for (const QString& part : directory.split(QLatin1Char('/'), Qt::SkipEmptyParts)) {
            walked += part;
            const QByteArray path = walked.toUtf8();
            if (sftp_mkdir(m_sftp.get(), path.constData(), 0755) != SSH_OK && sftp_get_error(m_sftp.get()) != SSH_FX_FILE_ALREADY_EXISTS) {
                sftp_attributes attributes = sftp_stat(m_sftp.get(), path.constData());
                const bool isDirectory = attributes && attributes->type == SSH_FILEXFER_TYPE_DIRECTORY;
                if (attributes)
                    sftp_attributes_free(attributes);
                if (!isDirectory)
                    return Error{Error::Code::Io, tr("%1: cannot create %2: %3").arg(where(), walked, lastError())};
            }
            walked += QLatin1Char('/');
        }
        return success();
    }

    // Writes `data` to a new file `path` with `mode`, reads it back and returns its SHA-256.
    Result<QByteArray> upload(const QByteArray& data, const QByteArray& path, int mode)
    {
        {
            std::unique_ptr<sftp_file_struct, FileDeleter> file(sftp_open(m_sftp.get(), path.constData(), O_WRONLY | O_CREAT | O_EXCL, 0600));
            if (!file)
                return Error{Error::Code::Io, tr("%1: cannot create %2: %3").arg(where(), QString::fromUtf8(path), lastError())};
            for (qsizetype at = 0; at < data.size();) {
                const auto n = sftp_write(file.get(), data.constData() + at, static_cast<std::size_t>(std::min<qsizetype>(data.size() - at, 128 * 1024)));
                if (n <= 0)
                    return Error{Error::Code::Io, tr("%1: writing %2 failed: %3").arg(where(), QString::fromUtf8(path), lastError())};
                at += n;
            }
        }
        // Read it back: what is on the node is what was built, byte for byte.
        QCryptographicHash remote(QCryptographicHash::Sha256);
        qint64 bytes = 0;
        {
            std::unique_ptr<sftp_file_struct, FileDeleter> file(sftp_open(m_sftp.get(), path.constData(), O_RDONLY, 0));
            if (!file)
                return Error{Error::Code::Io, tr("%1: cannot read back %2").arg(where(), QString::fromUtf8(path))};
            char buffer[65536];
            ssize_t n = 0;
            while ((n = sftp_read(file.get(), buffer, sizeof buffer)) > 0) {
                remote.addData(QByteArrayView(buffer, n));
                bytes += n;
            }
            if (n < 0)
                return Error{Error::Code::Io, tr("%1: reading back %2 failed: %3").arg(where(), QString::fromUtf8(path), lastError())};
        }
        if (bytes != data.size())
            return Error{Error::Code::Io, tr("%1: %2 holds %3 bytes after the upload, not %4.").arg(where(), QString::fromUtf8(path)).arg(bytes).arg(data.size())};
        if (sftp_chmod(m_sftp.get(), path.constData(), static_cast<mode_t>(mode)) != SSH_OK)
            return Error{Error::Code::Io, tr("%1: cannot set the mode of %2: %3").arg(where(), QString::fromUtf8(path), lastError())};
        return remote.result().toHex();
    }

    Status symlink(const QByteArray& target, const QByteArray& path)
    {
        // libssh puts the arguments in the order OpenSSH's server expects.
        if (sftp_symlink(m_sftp.get(), target.constData(), path.constData()) != SSH_OK)
            return Error{Error::Code::Io, tr("%1: cannot create the link %2: %3").arg(where(), QString::fromUtf8(path), lastError())};
        return success();
    }

    // Puts `temporary` in the place of `finalPath`. Atomic where libssh has OpenSSH's
    // posix-rename (0.11+). On 0.10 the old one steps aside first and comes back if the new
    // one cannot take its place, so the node is never left with neither.
    Status replace(const QByteArray& temporary, const QByteArray& finalPath)
    {
        int renamed = SSH_ERROR;
#if LIBSSH_VERSION_INT >= SSH_VERSION_INT(0, 11, 0)
        if (sftp_extension_supported(m_sftp.get(), "posix-rename@openssh.com", "1"))
            renamed = sftp_posix_rename(m_sftp.get(), temporary.constData(), finalPath.constData());
#endif
        if (renamed != SSH_OK) {
            const QByteArray previous = finalPath + ".previous-" + randomSuffix().toLatin1();
            const bool hadOne = sftp_rename(m_sftp.get(), finalPath.constData(), previous.constData()) == SSH_OK;
            renamed = sftp_rename(m_sftp.get(), temporary.constData(), finalPath.constData());
            if (renamed != SSH_OK && hadOne)
                sftp_rename(m_sftp.get(), previous.constData(), finalPath.constData());
            else if (hadOne)
                removeTree(previous);
        }
        if (renamed != SSH_OK)
            return Error{Error::Code::Io, tr("%1: cannot put %2 in place: %3").arg(where(), QString::fromUtf8(finalPath), lastError())};
        return success();
    }

    // Best effort: what is left is a leftover, not a broken engine.
    void removeTree(const QByteArray& path, int depth = 0)
    {
        sftp_attributes attributes = sftp_lstat(m_sftp.get(), path.constData());
        if (!attributes)
            return;
        const bool directory = attributes->type == SSH_FILEXFER_TYPE_DIRECTORY;
        sftp_attributes_free(attributes);
        if (!directory || depth > 8) {
            sftp_unlink(m_sftp.get(), path.constData());
            return;
        }
        for (const QByteArray& name : entries(path))
            removeTree(path + '/' + name, depth + 1);
        sftp_rmdir(m_sftp.get(), path.constData());
    }

    // The names in a directory, without "." and ".."; none when it cannot be read.
    QList<QByteArray> entries(const QByteArray& directory)
    {
        QList<QByteArray> names;
        std::unique_ptr<sftp_dir_struct, DirDeleter> dir(sftp_opendir(m_sftp.get(), directory.constData()));
        if (!dir)
            return names;
        while (sftp_attributes entry = sftp_readdir(m_sftp.get(), dir.get())) {
            const QByteArray name(entry->name);
            sftp_attributes_free(entry);
            if (name != "." && name != "..")
                names << name;
        }
        return names;
    }

    // Where a symbolic link points; empty when `path` is not one (or is missing).
    QByteArray readLink(const QByteArray& path)
    {
        char* target = sftp_readlink(m_sftp.get(), path.constData());
        if (!target)
            return {};
        const QByteArray out(target);
        ssh_string_free_char(target);
        return out;
    }

private:
    Uploader(ssh::SshTarget target, std::unique_ptr<ssh::SshSession> session) : m_target(std::move(target)), m_session(std::move(session)) {}

    ssh::SshTarget m_target;
    std::unique_ptr<ssh::SshSession> m_session;
    std::unique_ptr<sftp_session_struct, SftpDeleter> m_sftp;
};

Status checkDirectory(const QString& remoteDirectory)
{
    if (remoteDirectory.isEmpty() || remoteDirectory.contains(QLatin1Char('\n')) || remoteDirectory.split(QLatin1Char('/')).contains(QStringLiteral("..")))
        return Error{Error::Code::Invalid, EngineInstaller::tr("\"%1\" is not a directory the engine can be installed to.").arg(remoteDirectory)};
    return success();
}

QString withSlash(const QString& directory)
{
    return directory.endsWith(QLatin1Char('/')) ? directory : directory + QLatin1Char('/');
}

Result<EngineInstaller::Installed> installBinary(const ssh::SshTarget& target, const ssh::SshOptions& options, const QString& localBinary, const QString& remoteDirectory)
{
    QFile local(localBinary);
    if (!local.open(QIODevice::ReadOnly))
        return Error{Error::Code::Unreadable, EngineInstaller::tr("The engine build %1 cannot be read: %2").arg(localBinary, local.errorString())};
    const QByteArray binary = local.readAll();
    const QByteArray expected = QCryptographicHash::hash(binary, QCryptographicHash::Sha256).toHex();
    auto up = Uploader::open(target, options);
    if (!up)
        return up.error();
    Uploader& u = *up.value();
    if (auto made = u.makeDirectories(remoteDirectory); !made)
        return made.error();
    const QString dir = withSlash(remoteDirectory);
    const QByteArray finalPath = (dir + QStringLiteral("lifeboat-cli")).toUtf8();
    const QByteArray temporary = (dir + QStringLiteral(".lifeboat-cli.upload-") + randomSuffix()).toUtf8();
    auto got = u.upload(binary, temporary, 0755);
    if (!got || got.value() != expected) {
        u.removeTree(temporary);
        return got ? Error{Error::Code::Io, EngineInstaller::tr("%1: the uploaded engine differs from the build (SHA-256 %2, expected %3); nothing was replaced.")
                                                 .arg(u.where(), QString::fromLatin1(got.value()), QString::fromLatin1(expected))}
                   : got.error();
    }
    if (auto placed = u.replace(temporary, finalPath); !placed) {
        u.removeTree(temporary);
        return placed.error();
    }
    return EngineInstaller::Installed{QString::fromUtf8(finalPath), expected, binary.size()};
}

// Each bundle is some 60 MB, so installing version after version would fill a small root
// disk. Kept: the bundle just installed and the one the launcher pointed to before it, the
// way back if the new engine misbehaves. Everything else under .lifeboat-engines goes, the
// leftovers of an interrupted upload too (NAME.upload-…, NAME.previous-…). An engine that is
// still running from a removed bundle keeps its open files; the launcher no longer names it.
QStringList removeOlderBundles(Uploader& u, const QString& engines, const QString& installed, const QString& linkBefore)
{
    const QString prefix = QStringLiteral(".lifeboat-engines/");
    QString previous;
    if (linkBefore.startsWith(prefix))
        previous = linkBefore.mid(prefix.size()).section(QLatin1Char('/'), 0, 0);
    QStringList removed;
    for (const QByteArray& entry : u.entries(engines.toUtf8())) {
        const QString name = QString::fromUtf8(entry);
        if (name == installed || (!previous.isEmpty() && name == previous))
            continue;
        u.removeTree((engines + name).toUtf8());
        removed << name;
    }
    removed.sort();
    return removed;
}

Result<EngineInstaller::Installed> installBundle(const ssh::SshTarget& target, const ssh::SshOptions& options, const QString& bundle, const QString& remoteDirectory)
{
    auto files = EngineInstaller::checkedBundle(bundle);
    if (!files)
        return files.error();
    const QString name = QFileInfo(QDir::cleanPath(bundle)).fileName();
    static const QRegularExpression safeName(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9._+-]*$"));
    if (!safeName.match(name).hasMatch())
        return Error{Error::Code::Invalid, EngineInstaller::tr("The engine bundle's folder name \"%1\" is not a plain name.").arg(name)};
    auto up = Uploader::open(target, options);
    if (!up)
        return up.error();
    Uploader& u = *up.value();
    const QString engines = withSlash(remoteDirectory) + QStringLiteral(".lifeboat-engines/");
    const QString staging = engines + name + QStringLiteral(".upload-") + randomSuffix();
    if (auto made = u.makeDirectories(staging); !made)
        return made.error();
    const auto abandon = [&](const Error& error) {
        u.removeTree(staging.toUtf8());
        return error;
    };
    qint64 bytes = 0;
    QByteArray engineSha;
    for (const auto& [relative, sha] : files.value()) {
        QFile local(QDir(bundle).filePath(relative));
        if (!local.open(QIODevice::ReadOnly))
            return abandon(Error{Error::Code::Unreadable, EngineInstaller::tr("%1 cannot be read: %2").arg(local.fileName(), local.errorString())});
        const QByteArray data = local.readAll();
        if (relative.contains(QLatin1Char('/')))
            if (auto made = u.makeDirectories(staging + QLatin1Char('/') + QFileInfo(relative).path()); !made)
                return abandon(made.error());
        const bool program = relative == QLatin1String("lifeboat-cli");
        auto got = u.upload(data, (staging + QLatin1Char('/') + relative).toUtf8(), program ? 0755 : 0644);
        if (!got)
            return abandon(got.error());
        if (got.value() != sha)
            return abandon(Error{Error::Code::Io, EngineInstaller::tr("%1: %2 differs from the bundle after the upload (SHA-256 %3, expected %4); nothing was replaced.")
                                                       .arg(u.where(), relative, QString::fromLatin1(got.value()), QString::fromLatin1(sha))});
        bytes += data.size();
        if (program)
            engineSha = sha;
    }
    // The bundle in place, then the link the nodes' command starts.
    const QByteArray bundlePath = (engines + name).toUtf8();
    if (auto placed = u.replace(staging.toUtf8(), bundlePath); !placed)
        return abandon(placed.error());
    const QString dir = withSlash(remoteDirectory);
    const QByteArray finalPath = (dir + QStringLiteral("lifeboat-cli")).toUtf8();
    const QString before = QString::fromUtf8(u.readLink(finalPath));
    const QByteArray link = (dir + QStringLiteral(".lifeboat-cli.link-") + randomSuffix()).toUtf8();
    if (auto linked = u.symlink((QStringLiteral(".lifeboat-engines/") + name + QStringLiteral("/lifeboat-cli")).toUtf8(), link); !linked)
        return linked.error();
    if (auto placed = u.replace(link, finalPath); !placed) {
        u.removeTree(link);
        return placed.error();
    }
    EngineInstaller::Installed installed{QString::fromUtf8(finalPath), engineSha, bytes};
    installed.removedBundles = removeOlderBundles(u, engines, name, before);
    return installed;
}

} // namespace

bool EngineInstaller::isBundle(const QString& localBuild)
{
    return QFileInfo(localBuild).isDir();
}

Result<QList<std::pair<QString, QByteArray>>> EngineInstaller::checkedBundle(const QString& directory)
{
    QFile sums(QDir(directory).filePath(QStringLiteral("SHA256SUMS")));
    if (!sums.open(QIODevice::ReadOnly))
        return Error{Error::Code::NotFound, tr("%1 is not an engine bundle: it has no SHA256SUMS (%2).").arg(directory, sums.errorString())};
    QList<std::pair<QString, QByteArray>> files;
    static const QRegularExpression line(QStringLiteral(R"(^([0-9a-f]{64}) [ *](\S.*)$)"));
    bool hasEngine = false;
    for (const QByteArray& raw : sums.readAll().split('\n')) {
        if (raw.trimmed().isEmpty())
            continue;
        const auto m = line.match(QString::fromUtf8(raw));
        const QString relative = m.captured(2);
        if (!m.hasMatch() || relative.startsWith(QLatin1Char('/')) || relative.split(QLatin1Char('/')).contains(QStringLiteral("..")))
            return Error{Error::Code::Corrupt, tr("The bundle's SHA256SUMS has a line that is not \"HASH  PATH\" inside the bundle: %1").arg(QString::fromUtf8(raw.left(200)))};
        QFile f(QDir(directory).filePath(relative));
        if (!f.open(QIODevice::ReadOnly))
            return Error{Error::Code::NotFound, tr("The bundle lacks %1, which its SHA256SUMS lists.").arg(relative)};
        QCryptographicHash hash(QCryptographicHash::Sha256);
        hash.addData(&f);
        if (hash.result().toHex() != m.captured(1).toLatin1())
            return Error{Error::Code::Corrupt, tr("The bundle's %1 does not match its SHA256SUMS: the bundle is damaged; nothing was installed.").arg(relative)};
        hasEngine = hasEngine || relative == QLatin1String("lifeboat-cli");
        files.append({relative, m.captured(1).toLatin1()});
    }
    if (!hasEngine)
        return Error{Error::Code::Invalid, tr("%1 is not an engine bundle: its SHA256SUMS does not list lifeboat-cli.").arg(directory)};
    return files;
}

Result<EngineInstaller::Installed> EngineInstaller::install(const ssh::SshTarget& target, const ssh::SshOptions& options, const QString& localBuild,
                                                            const QString& remoteDirectory)
{
    if (auto ok = checkDirectory(remoteDirectory); !ok)
        return ok.error();
    return isBundle(localBuild) ? installBundle(target, options, localBuild, remoteDirectory) : installBinary(target, options, localBuild, remoteDirectory);
}

} // namespace lifeboat::fleet
