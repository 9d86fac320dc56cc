// SPDX-License-Identifier: GPL-3.0-or-later
#include "Terminal.h"

#include <windows.h>

#include <io.h>
#include <stdio.h>

namespace lifeboat::platform {
namespace {

std::atomic<bool>* g_interruptFlag = nullptr;

BOOL WINAPI handleConsoleEvent(DWORD type)
{
    if ((type == CTRL_C_EVENT || type == CTRL_BREAK_EVENT) && g_interruptFlag && !g_interruptFlag->load()) {
        g_interruptFlag->store(true);
        return TRUE;
    }
    return FALSE;
}

} // namespace

bool Terminal::stdinIsTerminal() { return _isatty(_fileno(stdin)) != 0; }
bool Terminal::stderrIsTerminal() { return _isatty(_fileno(stderr)) != 0; }

Result<QByteArray> Terminal::readSecret(const QString& prompt)
{
    HANDLE input = GetStdHandle(STD_INPUT_HANDLE);
    DWORD mode = 0;
    if (input == INVALID_HANDLE_VALUE || !GetConsoleMode(input, &mode))
        return Error{Error::Code::Unreadable, tr("No terminal to ask for the passphrase on: set LIFEBOAT_PASSWORD or use --password-file.")};
    fputs(prompt.toLocal8Bit().constData(), stderr);
    SetConsoleMode(input, mode & ~static_cast<DWORD>(ENABLE_ECHO_INPUT));
    QByteArray line;
    char c = 0;
    DWORD read = 0;
    while (ReadFile(input, &c, 1, &read, nullptr) && read == 1 && c != '\n')
        line.append(c);
    SetConsoleMode(input, mode);
    fputs("\n", stderr);
    if (line.endsWith('\r'))
        line.chop(1);
    return line;
}

void Terminal::ignoreBrokenPipe() {}   // Windows has no SIGPIPE: a broken pipe is an error return

void Terminal::onInterrupt(std::atomic<bool>* flag)
{
    g_interruptFlag = flag;
    SetConsoleCtrlHandler(handleConsoleEvent, flag != nullptr);
}

} // namespace lifeboat::platform
