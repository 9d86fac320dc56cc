// SPDX-License-Identifier: GPL-3.0-or-later
#include "RepoContext.h"

#include <QJsonArray>

namespace lifeboat::cli {

QString codeName(Error::Code code)
{
    switch (code) {
    case Error::Code::NotFound: return QStringLiteral("not-found");
    case Error::Code::NotAFile: return QStringLiteral("not-a-file");
    case Error::Code::Unreadable: return QStringLiteral("unreadable");
    case Error::Code::TooLarge: return QStringLiteral("too-large");
    case Error::Code::Syntax: return QStringLiteral("syntax");
    case Error::Code::Io: return QStringLiteral("io");
    case Error::Code::NoSpace: return QStringLiteral("no-space");
    case Error::Code::Corrupt: return QStringLiteral("corrupt");
    case Error::Code::WrongPassword: return QStringLiteral("wrong-password");
    case Error::Code::Exists: return QStringLiteral("exists");
    case Error::Code::Unsafe: return QStringLiteral("unsafe");
    case Error::Code::Cancelled: return QStringLiteral("cancelled");
    case Error::Code::Unsupported: return QStringLiteral("unsupported");
    case Error::Code::Locked: return QStringLiteral("locked");
    case Error::Code::HostKeyUnknown: return QStringLiteral("host-key-unknown");
    case Error::Code::HostKeyChanged: return QStringLiteral("host-key-changed");
    case Error::Code::Network: return QStringLiteral("network");
    case Error::Code::AuthFailed: return QStringLiteral("auth-failed");
    case Error::Code::Invalid: break;
    }
    return QStringLiteral("invalid");
}

QString phaseName(engine::Phase phase)
{
    switch (phase) {
    case engine::Phase::Scanning: return QStringLiteral("scan");
    case engine::Phase::Backing: return QStringLiteral("backup");
    case engine::Phase::Restoring: return QStringLiteral("restore");
    case engine::Phase::Verifying: return QStringLiteral("verify");
    case engine::Phase::Finishing: return QStringLiteral("finish");
    case engine::Phase::Repacking: return QStringLiteral("repack");
    case engine::Phase::Copying: return QStringLiteral("copy");
    case engine::Phase::Invalid: break;
    }
    return QStringLiteral("unknown");
}

QString nodeTypeName(repo::NodeType type)
{
    switch (type) {
    case repo::NodeType::File: return QStringLiteral("file");
    case repo::NodeType::Directory: return QStringLiteral("dir");
    case repo::NodeType::Symlink: return QStringLiteral("symlink");
    case repo::NodeType::Invalid: break;
    }
    return QStringLiteral("unknown");
}

QString formatEta(double seconds)
{
    if (seconds < 0)
        return QStringLiteral("--:--");
    const auto total = static_cast<qint64>(seconds + 0.5);
    return QStringLiteral("%1:%2:%3").arg(total / 3600).arg((total / 60) % 60, 2, 10, QLatin1Char('0')).arg(total % 60, 2, 10, QLatin1Char('0'));
}

// For one-line human output: control characters in a name (a newline is legal in a file
// name) are shown escaped, so every entry stays on its own line. JSON output is exact.
QString printable(const QString& text)
{
    QString out;
    out.reserve(text.size());
    for (QChar c : text) {
        if (c == QLatin1Char('\\'))
            out += QStringLiteral("\\\\");
        else if (c == QLatin1Char('\n'))
            out += QStringLiteral("\\n");
        else if (c.category() == QChar::Other_Control)
            out += QStringLiteral("\\x%1").arg(c.unicode(), 2, 16, QLatin1Char('0'));
        else
            out += c;
    }
    return out;
}

QJsonObject snapshotJson(const repo::Snapshot& s)
{
    return QJsonObject{
        {QStringLiteral("id"), s.id},
        {QStringLiteral("shortId"), s.shortId()},
        {QStringLiteral("time"), s.time.toUTC().toString(Qt::ISODateWithMs)},
        {QStringLiteral("hostname"), s.hostname},
        {QStringLiteral("username"), s.username},
        {QStringLiteral("paths"), QJsonArray::fromStringList(s.paths)},
        {QStringLiteral("tags"), QJsonArray::fromStringList(s.tags)},
        {QStringLiteral("dataset"), s.dataset},
        {QStringLiteral("generation"), s.generation},
        {QStringLiteral("damagedPaths"), QJsonArray::fromStringList(s.damagedPaths)},
        {QStringLiteral("tree"), s.tree.toHex()},
        {QStringLiteral("parent"), s.parent},
        {QStringLiteral("files"), static_cast<qint64>(s.summary.files)},
        {QStringLiteral("bytes"), static_cast<qint64>(s.summary.bytes)},
        {QStringLiteral("filesUnchanged"), static_cast<qint64>(s.summary.filesUnchanged)},
        {QStringLiteral("newStoredBytes"), static_cast<qint64>(s.summary.newStoredBytes)},
        {QStringLiteral("durationSeconds"), s.summary.durationSeconds},
    };
}

// What every verb shares: the parsed command line, the output mode and the repository.

} // namespace lifeboat::cli
