// SPDX-License-Identifier: GPL-3.0-or-later
#include "LocalTransport.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFileInfo>

namespace lifeboat::fleet {

Result<std::unique_ptr<LocalTransport>> LocalTransport::start(const QString& program, const QStringList& extraArguments)
{
    QString path = program;
    if (path.isEmpty()) {
#ifdef Q_OS_WIN
        path = QCoreApplication::applicationDirPath() + QStringLiteral("/lifeboat-cli.exe");
#else
        path = QCoreApplication::applicationDirPath() + QStringLiteral("/lifeboat-cli");
#endif
    }
    if (!QFileInfo(path).isExecutable())
        return Error{Error::Code::NotFound, tr("The engine %1 is missing or not executable.").arg(QDir::toNativeSeparators(path))};
    std::unique_ptr<LocalTransport> transport(new LocalTransport);
    transport->m_process = std::make_unique<QProcess>();
    // stderr is for people: keep it out of the protocol stream, in the session's log.
    transport->m_process->setProcessChannelMode(QProcess::ForwardedErrorChannel);
    transport->m_process->start(path, QStringList{QStringLiteral("serve")} + extraArguments);
    if (!transport->m_process->waitForStarted(10000))
        return Error{Error::Code::Io, tr("The engine %1 could not be started: %2").arg(path, transport->m_process->errorString())};
    return transport;
}

LocalTransport::~LocalTransport() { close(); }

QString LocalTransport::describe() const { return tr("local engine"); }

Status LocalTransport::writeLine(const QByteArray& line)
{
    if (!m_process || m_process->state() != QProcess::Running)
        return Error{Error::Code::Network, tr("The local engine is not running.")};
    QByteArray bytes = line;
    if (!bytes.endsWith('\n'))
        bytes.append('\n');
    if (m_process->write(bytes) != bytes.size())
        return Error{Error::Code::Network, tr("Could not write to the local engine: %1").arg(m_process->errorString())};
    m_process->waitForBytesWritten(5000);
    return success();
}

Result<std::optional<QByteArray>> LocalTransport::readLine(std::chrono::milliseconds timeout)
{
    if (!m_process)
        return Error{Error::Code::Network, tr("The local engine is not running.")};
    QDeadlineTimer deadline(timeout);
    while (!m_process->canReadLine()) {
        if (m_process->state() != QProcess::Running && m_process->bytesAvailable() == 0)
            return Error{Error::Code::Network, tr("The local engine stopped (exit code %1).").arg(m_process->exitCode())};
        if (deadline.hasExpired())
            return std::optional<QByteArray>();
        m_process->waitForReadyRead(static_cast<int>(std::max<qint64>(1, deadline.remainingTime())));
        if (m_process->state() != QProcess::Running && !m_process->canReadLine() && m_process->bytesAvailable() == 0)
            return Error{Error::Code::Network, tr("The local engine stopped (exit code %1).").arg(m_process->exitCode())};
    }
    QByteArray line = m_process->readLine();
    if (line.endsWith('\n'))
        line.chop(1);
    return std::optional<QByteArray>(line);
}

void LocalTransport::close()
{
    if (!m_process)
        return;
    if (m_process->state() == QProcess::Running) {
        m_process->closeWriteChannel();   // EOF on stdin: the engine cancels what runs and exits
        if (!m_process->waitForFinished(30000)) {
            m_process->kill();
            m_process->waitForFinished(5000);
        }
    }
    m_process.reset();
}

} // namespace lifeboat::fleet
