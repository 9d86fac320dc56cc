// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/ssh/SshSession.h"

#include <QCoreApplication>

namespace lifeboat::fleet {

// Puts a lifeboat-cli build on a node whose engine is missing or too old: over SFTP (no
// shell command at all) to a temporary name in the target directory, read back and compared
// by SHA-256, made executable, then renamed over the old one, so a node never has a
// half-written engine. The directory is relative to the login's home unless absolute;
// the console's default is ~/.local/bin, which SshTransport's command looks in first.
class EngineInstaller {
    Q_DECLARE_TR_FUNCTIONS(EngineInstaller)
public:
    struct Installed {
        QString remotePath;
        QByteArray sha256;   // hex
        qint64 bytes = 0;
    };
    static Result<Installed> install(const ssh::SshTarget& target, const ssh::SshOptions& options, const QString& localBinary,
                                     const QString& remoteDirectory = QStringLiteral(".local/bin"));
};

} // namespace lifeboat::fleet
