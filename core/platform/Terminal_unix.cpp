// SPDX-License-Identifier: GPL-3.0-or-later
#include "Terminal.h"

#include <csignal>
#include <cstdio>
#include <fcntl.h>
#include <termios.h>
#include <unistd.h>

namespace lifeboat::platform {
namespace {

std::atomic<bool>* g_interruptFlag = nullptr;

extern "C" void handleInterrupt(int signal)
{
    if (g_interruptFlag && !g_interruptFlag->load()) {
        g_interruptFlag->store(true);
        return;
    }
    std::signal(signal, SIG_DFL);
    std::raise(signal);
}

} // namespace

bool Terminal::stdinIsTerminal() { return ::isatty(STDIN_FILENO) == 1; }
bool Terminal::stderrIsTerminal() { return ::isatty(STDERR_FILENO) == 1; }

Result<QByteArray> Terminal::readSecret(const QString& prompt)
{
    const int fd = ::open("/dev/tty", O_RDWR | O_CLOEXEC);
    if (fd < 0)
        return Error{Error::Code::Unreadable, tr("No terminal to ask for the passphrase on: set LIFEBOAT_PASSWORD or use --password-file.")};
    const QByteArray promptBytes = prompt.toLocal8Bit();
    (void)!::write(fd, promptBytes.constData(), static_cast<std::size_t>(promptBytes.size()));
    termios old {};
    const bool haveTermios = ::tcgetattr(fd, &old) == 0;
    if (haveTermios) {
        termios quiet = old;
        quiet.c_lflag &= ~static_cast<tcflag_t>(ECHO);
        ::tcsetattr(fd, TCSAFLUSH, &quiet);
    }
    QByteArray line;
    char c = 0;
    while (::read(fd, &c, 1) == 1 && c != '\n')
        line.append(c);
    if (haveTermios)
        ::tcsetattr(fd, TCSAFLUSH, &old);
    (void)!::write(fd, "\n", 1);
    ::close(fd);
    if (line.endsWith('\r'))
        line.chop(1);
    return line;
}

void Terminal::ignoreBrokenPipe() { std::signal(SIGPIPE, SIG_IGN); }

void Terminal::onInterrupt(std::atomic<bool>* flag)
{
    g_interruptFlag = flag;
    struct sigaction action {};
    action.sa_handler = handleInterrupt;
    sigemptyset(&action.sa_mask);
    ::sigaction(SIGINT, &action, nullptr);
    ::sigaction(SIGTERM, &action, nullptr);
}

} // namespace lifeboat::platform
