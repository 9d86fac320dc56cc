// SPDX-License-Identifier: GPL-3.0-or-later
#include "SshTarget.h"

#include <QUrl>

namespace lifeboat::ssh {

QString SshTarget::display() const
{
    QString out = user.isEmpty() ? host : user + QLatin1Char('@') + host;
    if (port)
        out += QLatin1Char(':') + QString::number(port);
    return out;
}

bool SshTarget::isSftpUrl(const QString& text) { return text.startsWith(QLatin1String("sftp://")); }

bool SshTarget::validHost(const QString& host)
{
    if (host.isEmpty() || host.size() > 253 || host.startsWith(QLatin1Char('-')))
        return false;
    for (QChar c : host) {
        const bool ok = c.isLetterOrNumber() || c == QLatin1Char('.') || c == QLatin1Char('-') || c == QLatin1Char('_') || c == QLatin1Char(':');
        if (!ok || c.unicode() > 0x7e)
            return false;
    }
    return true;
}

Result<SshTarget> SshTarget::parseSftpUrl(const QString& text)
{
    const auto invalid = [&](const QString& why) {
        return Error{Error::Code::Invalid, QCoreApplication::translate("SshTarget", "\"%1\" is not a usable sftp:// address: %2").arg(text, why)};
    };
    const QUrl url(text, QUrl::StrictMode);
    if (!url.isValid() || url.scheme() != QLatin1String("sftp"))
        return invalid(QCoreApplication::translate("SshTarget", "expected sftp://[user@]host[:port]/path"));
    SshTarget target;
    target.user = url.userName(QUrl::FullyDecoded);
    target.host = url.host(QUrl::FullyDecoded);
    target.port = url.port(0);
    target.path = url.path(QUrl::FullyDecoded);
    if (!validHost(target.host))
        return invalid(QCoreApplication::translate("SshTarget", "the host name is not valid"));
    if (target.user.startsWith(QLatin1Char('-')) || target.user.contains(QLatin1Char('\n')))
        return invalid(QCoreApplication::translate("SshTarget", "the user name is not valid"));
    if (!url.password().isEmpty())
        return invalid(QCoreApplication::translate("SshTarget", "a password does not belong in the address; use a key or the keychain"));
    if (target.path.isEmpty() || !target.path.startsWith(QLatin1Char('/')) || target.path.contains(QLatin1Char('\0')))
        return invalid(QCoreApplication::translate("SshTarget", "the path must be absolute"));
    while (target.path.size() > 1 && target.path.endsWith(QLatin1Char('/')))
        target.path.chop(1);
    return target;
}

} // namespace lifeboat::ssh
