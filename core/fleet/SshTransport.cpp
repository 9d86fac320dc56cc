// SPDX-License-Identifier: GPL-3.0-or-later
#include "SshTransport.h"

#include <QDeadlineTimer>

#include <libssh/libssh.h>

namespace lifeboat::fleet {
namespace {

// The remote command's exit status, -1 when the server sent none.
int exitStatusOf(ssh_channel channel)
{
#if LIBSSH_VERSION_INT >= SSH_VERSION_INT(0, 11, 0)
    // 0.11 deprecates ssh_channel_get_exit_status (shared/notes/ssh-and-safety.md §1).
    uint32_t code = 0;
    char* signal = nullptr;
    int coreDumped = 0;
    if (ssh_channel_get_exit_state(channel, &code, &signal, &coreDumped) != SSH_OK)
        return -1;
    ssh_string_free_char(signal);
    return static_cast<int>(code);
#else
    return ssh_channel_get_exit_status(channel);
#endif
}

// POSIX shells exit with 127 when the command is not found (and 126 when it cannot run).
constexpr int kCommandNotFound = 127;
constexpr int kCommandNotExecutable = 126;

} // namespace

const char* SshTransport::defaultCommand()
{
    return "sh -c 'if [ -x \"$HOME/.local/bin/lifeboat-cli\" ]; then exec \"$HOME/.local/bin/lifeboat-cli\" serve; fi; exec lifeboat-cli serve'";
}

QByteArray SshTransport::shellQuote(const QString& text)
{
    // POSIX single quotes take everything literally except the quote itself: ' → '\''
    QByteArray out("'");
    for (const char c : text.toUtf8()) {
        if (c == '\'')
            out.append("'\\''");
        else
            out.append(c);
    }
    out.append('\'');
    return out;
}

Result<std::unique_ptr<SshTransport>> SshTransport::start(const ssh::SshTarget& target, const ssh::SshOptions& options, const QString& enginePath)
{
    auto session = ssh::SshSession::connect(target, options);
    if (!session)
        return session.error();
    std::unique_ptr<SshTransport> transport(new SshTransport);
    transport->m_session = std::move(session.value());
    transport->m_description = target.display();
    ssh_channel channel = ssh_channel_new(transport->m_session->native());
    if (!channel)
        return Error{Error::Code::Network, tr("%1: could not open a channel: %2").arg(target.display(), transport->m_session->lastError())};
    transport->m_channel = channel;
    if (ssh_channel_open_session(channel) != SSH_OK)
        return Error{Error::Code::Network, tr("%1: could not open a session channel: %2").arg(target.display(), transport->m_session->lastError())};
    const QByteArray command = enginePath.isEmpty() ? QByteArray(defaultCommand()) : QByteArray("exec ") + shellQuote(enginePath) + QByteArray(" serve");
    if (ssh_channel_request_exec(channel, command.constData()) != SSH_OK)
        return Error{Error::Code::Network, tr("%1: could not start the engine: %2").arg(target.display(), transport->m_session->lastError())};
    return transport;
}

SshTransport::~SshTransport() { close(); }

QString SshTransport::describe() const { return m_description; }

void SshTransport::drainStderr()
{
    char buffer[4096];
    int n = 0;
    while (m_channel && (n = ssh_channel_read_nonblocking(m_channel, buffer, sizeof buffer, 1)) > 0) {
        m_stderr.append(buffer, n);
        if (m_stderr.size() > 8192)
            m_stderr = m_stderr.right(8192);
    }
}

Status SshTransport::writeLine(const QByteArray& line)
{
    if (!m_channel)
        return Error{Error::Code::Network, tr("%1: the connection is closed.").arg(m_description)};
    QByteArray bytes = line;
    if (!bytes.endsWith('\n'))
        bytes.append('\n');
    qsizetype done = 0;
    while (done < bytes.size()) {
        const int n = ssh_channel_write(m_channel, bytes.constData() + done, static_cast<uint32_t>(bytes.size() - done));
        if (n == SSH_ERROR)
            return Error{Error::Code::Network, tr("%1: the connection broke while sending: %2").arg(m_description, m_session->lastError())};
        done += n;
    }
    return success();
}

Result<std::optional<QByteArray>> SshTransport::readLine(std::chrono::milliseconds timeout)
{
    QDeadlineTimer deadline(timeout);
    while (true) {
        const qsizetype nl = m_buffer.indexOf('\n');
        if (nl >= 0) {
            QByteArray line = m_buffer.left(nl);
            m_buffer.remove(0, nl + 1);
            return std::optional<QByteArray>(line);
        }
        if (!m_channel)
            return Error{Error::Code::Network, tr("%1: the connection is closed.").arg(m_description)};
        drainStderr();
        // Short waits so a deadline is kept even though libssh may block inside one read.
        const int wait = static_cast<int>(std::clamp<qint64>(deadline.remainingTime(), 0, 200));
        char buffer[65536];
        const int n = ssh_channel_read_timeout(m_channel, buffer, sizeof buffer, 0, wait);
        if (n == SSH_ERROR)
            return Error{Error::Code::Network, tr("%1: the connection broke: %2").arg(m_description, m_session->lastError())};
        if (n > 0) {
            m_buffer.append(buffer, n);
            continue;
        }
        if (ssh_channel_is_eof(m_channel) || ssh_channel_is_closed(m_channel)) {
            drainStderr();
            const QString said = remoteErrors();
            const int exit = exitStatusOf(m_channel);
            if (exit == kCommandNotFound || exit == kCommandNotExecutable)
                return Error{Error::Code::NotFound, tr("%1 has no Lifeboat engine that can run (looked for lifeboat-cli in ~/.local/bin and on PATH): %2")
                                                        .arg(m_description, said.isEmpty() ? tr("exit status %1").arg(exit) : said)};
            return Error{Error::Code::Network, said.isEmpty() ? tr("%1: the engine closed the connection.").arg(m_description)
                                                              : tr("%1: the engine ended: %2").arg(m_description, said)};
        }
        if (deadline.hasExpired())
            return std::optional<QByteArray>();
    }
}

void SshTransport::close()
{
    if (m_channel) {
        ssh_channel_send_eof(m_channel);   // the engine stops cleanly at EOF
        // Give it a moment to finish (bounded: a hung node must not hang the console).
        QDeadlineTimer deadline(5000);
        char buffer[4096];
        while (!deadline.hasExpired() && !ssh_channel_is_eof(m_channel) && !ssh_channel_is_closed(m_channel))
            if (ssh_channel_read_timeout(m_channel, buffer, sizeof buffer, 0, 200) == SSH_ERROR)
                break;
        ssh_channel_close(m_channel);
        ssh_channel_free(m_channel);
        m_channel = nullptr;
    }
    m_session.reset();
}

} // namespace lifeboat::fleet
