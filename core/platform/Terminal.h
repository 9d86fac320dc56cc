// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/util/Result.h"

#include <QByteArray>
#include <QCoreApplication>

#include <atomic>

namespace lifeboat::platform {

class Terminal {
    Q_DECLARE_TR_FUNCTIONS(Terminal)
public:
    static bool stdinIsTerminal();
    static bool stderrIsTerminal();
    // Prompts on the terminal (not stdout, which may be JSON) and reads a line without echo.
    static Result<QByteArray> readSecret(const QString& prompt);
    // The first interrupt (Ctrl-C, SIGTERM) sets `flag`, so the operation stops cleanly; a
    // second one ends the process at once.
    static void onInterrupt(std::atomic<bool>* flag);
    // A write to a closed pipe fails with an error instead of killing the process (SIGPIPE):
    // `serve` must notice its console is gone and stop cleanly, releasing its locks.
    static void ignoreBrokenPipe();
};

} // namespace lifeboat::platform
