// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "EngineTransport.h"
#include "core/ssh/SshSession.h"

#include <QCoreApplication>

#include <memory>

struct ssh_channel_struct;

namespace lifeboat::fleet {

// The engine on a node: an SSH exec channel running a constant command. Nothing the user
// typed is ever part of that command line; requests travel as JSON on the channel's
// stdin. An operator-chosen engine path (for nodes where lifeboat-cli lives elsewhere) is
// single-quoted for the shell (shellQuote), never pasted.
class SshTransport final : public EngineTransport {
    Q_DECLARE_TR_FUNCTIONS(SshTransport)
public:
    // Looks in ~/.local/bin first (where the console installs it), then on PATH.
    static const char* defaultCommand();
    static QByteArray shellQuote(const QString& text);

    // Connects (host key checked, see SshSession), authenticates and starts the engine.
    static Result<std::unique_ptr<SshTransport>> start(const ssh::SshTarget& target, const ssh::SshOptions& options, const QString& enginePath = {});
    ~SshTransport() override;
    QString describe() const override;
    Status writeLine(const QByteArray& line) override;
    Result<std::optional<QByteArray>> readLine(std::chrono::milliseconds timeout) override;
    void close() override;
    // What the remote side wrote to stderr (last 8 KiB): for "engine not installed" and the like.
    QString remoteErrors() const { return QString::fromUtf8(m_stderr).trimmed(); }

private:
    SshTransport() = default;
    void drainStderr();
    std::unique_ptr<ssh::SshSession> m_session;
    ssh_channel_struct* m_channel = nullptr;
    QByteArray m_buffer;
    QByteArray m_stderr;
    QString m_description;
};

} // namespace lifeboat::fleet
