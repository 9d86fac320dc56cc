// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/ssh/SshSession.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

#include <utility>

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
        // Older bundles removed from the node's .lifeboat-engines (names), see install().
        QStringList removedBundles = {};
    };
    // `localBuild` is a lifeboat-cli binary, or an engine bundle directory made by
    // packaging/linux/engine-bundle.sh (lifeboat-cli, lib/, SHA256SUMS): every file of the
    // bundle is checked against SHA256SUMS here, uploaded to DIR/.lifeboat-engines/NAME,
    // read back and checked again there; then DIR/lifeboat-cli becomes a symlink to its
    // lifeboat-cli. A damaged bundle or upload changes nothing on the node. Older bundles
    // there are removed afterwards, except the one the link named before (the way back).
    static Result<Installed> install(const ssh::SshTarget& target, const ssh::SshOptions& options, const QString& localBuild,
                                     const QString& remoteDirectory = QStringLiteral(".local/bin"));
    static bool isBundle(const QString& localBuild);
    // The files of a bundle (relative paths) with their SHA-256 (hex), checked against the
    // files themselves.
    static Result<QList<std::pair<QString, QByteArray>>> checkedBundle(const QString& directory);
};

} // namespace lifeboat::fleet
