// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/util/Result.h"

#include <QCoreApplication>
#include <QString>

namespace lifeboat::ssh {

// Where to connect: `sftp://[user@]host[:port]/path`. The host is checked before it
// reaches libssh or a known_hosts line: no leading '-', no whitespace or control
// characters, no shell or config metacharacters (shared/notes/ssh-and-safety.md §10).
struct SshTarget {
    QString user;                 // empty: from ~/.ssh/config, else the local user
    QString host;
    int port = 0;                 // 0: from ~/.ssh/config, else 22
    QString path;                 // absolute on the server

    QString display() const;      // user@host:port, for messages
    static bool isSftpUrl(const QString& text);
    static Result<SshTarget> parseSftpUrl(const QString& url);
    static bool validHost(const QString& host);
};

} // namespace lifeboat::ssh
