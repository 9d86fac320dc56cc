// SPDX-License-Identifier: GPL-3.0-or-later
#include "SshdFixture.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>

#include <csignal>
#include <unistd.h>

namespace lifeboat::test {
namespace {

bool run(const QString& program, const QStringList& arguments, QByteArray* out = nullptr)
{
    QProcess process;
    process.start(program, arguments);
    if (!process.waitForFinished(60000) || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0)
        return false;
    if (out)
        *out = process.readAllStandardOutput();
    return true;
}

bool writeText(const QString& path, const QByteArray& text)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(text) == text.size();
}

} // namespace

QString SshdFixture::start(const QString& hostKey)
{
    const QString sshd = QStringLiteral("/usr/sbin/sshd");   // absolute: sshd re-executes itself
    if (!QFileInfo::exists(sshd) || QStandardPaths::findExecutable("ssh-keygen").isEmpty())
        return QStringLiteral("OpenSSH (openssh-server, openssh-client) is not installed");
    QDir().mkpath(m_dir);
    if (!QFileInfo::exists(m_dir + "/userkey")) {
        for (const auto& [name, type] : {std::pair{"hostkey_a", "ed25519"}, {"hostkey_b", "ed25519"}, {"hostkey_rsa", "rsa"}, {"userkey", "ed25519"}}) {
            if (!run("ssh-keygen", {"-q", "-t", type, "-N", "", "-C", name, "-f", m_dir + '/' + name}))
                return QStringLiteral("ssh-keygen failed");
        }
        QFile::copy(m_dir + "/userkey.pub", m_dir + "/authorized_keys");
        writeText(knownHosts(), {});
        // What a careless ~/.ssh/config might say; Lifeboat must still check host keys.
        writeText(hostileConfig(), "Host *\n    StrictHostKeyChecking no\n    UserKnownHostsFile /dev/null\n");
    }
    if (::geteuid() == 0)
        QDir().mkpath("/run/sshd");   // sshd's privilege separation directory when run as root
    // A port per fixture of this process (several may run at once: bench/fleet_load starts
    // 32); the next one when it is taken.
    // A restart keeps the port it had (the clients know it).
    static int s_fixtures = 0;
    if (m_portBase < 0)
        m_portBase = 64 * s_fixtures++;
    for (int attempt = 0; attempt < 20; ++attempt) {
        m_port = m_port > 0 && attempt == 0 ? m_port : 20000 + static_cast<int>((::getpid() * 7 + m_portBase + attempt) % 20000);
        const QString config = QStringLiteral(
                                   "Port %1\nListenAddress 127.0.0.1\nHostKey %2/hostkey_%3\nPidFile %2/sshd.pid\n"
                                   "AuthorizedKeysFile %2/authorized_keys\nStrictModes no\nUsePAM no\nPasswordAuthentication no\n"
                                   "KbdInteractiveAuthentication no\nPubkeyAuthentication yes\nPermitRootLogin prohibit-password\n"
                                   "AllowAgentForwarding no\nAllowTcpForwarding no\nX11Forwarding no\nClientAliveInterval 2\n"
                                   "ClientAliveCountMax 3\nMaxStartups %4\nLogLevel VERBOSE\nSubsystem sftp internal-sftp\n")
                                   .arg(m_port)
                                   .arg(m_dir, hostKey, m_maxStartups);
        writeText(m_dir + "/sshd_config", config.toUtf8());
        m_sshd.setProcessChannelMode(QProcess::MergedChannels);
        m_sshd.start(sshd, {"-D", "-e", "-f", m_dir + "/sshd_config"});
        if (!m_sshd.waitForStarted(10000))
            return QStringLiteral("sshd did not start");
        QByteArray log;
        // Ready when it says it listens (an event on its output, not a sleep).
        while (m_sshd.state() == QProcess::Running && !log.contains("Server listening")) {
            if (!m_sshd.waitForReadyRead(10000))
                break;
            log += m_sshd.readAll();
        }
        if (log.contains("Server listening"))
            return {};
        m_sshd.waitForFinished(5000);
        log += m_sshd.readAll();
        if (!log.contains("Address already in use"))
            return QStringLiteral("sshd failed: ") + QString::fromUtf8(log);
    }
    return QStringLiteral("no free port for sshd");
}

void SshdFixture::stop()
{
    if (m_sshd.state() == QProcess::NotRunning)
        return;
    killConnections();
    m_sshd.terminate();
    if (!m_sshd.waitForFinished(10000)) {
        m_sshd.kill();
        m_sshd.waitForFinished();
    }
}

QString SshdFixture::restartWithHostKey(const QString& hostKey)
{
    stop();
    return start(hostKey);
}

void SshdFixture::killConnections()
{
    if (m_sshd.state() != QProcess::Running)
        return;
    run("pkill", {"-KILL", "-P", QString::number(m_sshd.processId())});
}

void SshdFixture::hangConnections()
{
    if (m_sshd.state() == QProcess::Running)
        run("pkill", {"-STOP", "-P", QString::number(m_sshd.processId())});
}

void SshdFixture::resumeConnections()
{
    if (m_sshd.state() == QProcess::Running)
        run("pkill", {"-CONT", "-P", QString::number(m_sshd.processId())});
}

QString SshdFixture::url(const QString& path) const { return QStringLiteral("sftp://127.0.0.1:%1%2").arg(m_port).arg(path); }

QString SshdFixture::fingerprint(const QString& hostKey) const
{
    QByteArray out;
    if (!run("ssh-keygen", {"-l", "-E", "sha256", "-f", m_dir + "/hostkey_" + hostKey + ".pub"}, &out))
        return {};
    return QString::fromLatin1(out.split(' ').value(1));
}

QStringList SshdFixture::clientArguments() const
{
    return {"--ssh-identity", identity(), "--known-hosts", knownHosts(), "--ssh-config", hostileConfig()};
}

} // namespace lifeboat::test
