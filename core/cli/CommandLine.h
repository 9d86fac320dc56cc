// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

namespace lifeboat::cli {

// Exit codes of lifeboat-cli, documented in the README and `lifeboat-cli --help`.
enum ExitCode : int {
    kExitOk = 0,              // done; for `plan check`: valid
    kExitWarnings = 1,        // `plan check`: valid, with warnings; `repo restore --dry-run`: the target differs
    kExitInvalid = 2,         // the plan (or the command line) is invalid
    kExitUnreadable = 3,      // the file could not be read
    kExitFailed = 4,          // repo: the operation failed (nothing was committed)
    kExitWrongPassword = 5,   // repo: the passphrase opens no key of the repository
    kExitDamaged = 6,         // repo verify: damage found; repo restore: some entries not restored
    kExitLocked = 7,          // repo: another operation holds a conflicting lock; nothing was done
    kExitCancelled = 130,     // repo: interrupted (Ctrl-C, SIGTERM); the repository stays valid
};

// Streams are passed in so tests run commands in-process (KeePassXC cli/Utils.h).
struct Streams {
    QTextStream& out;
    QTextStream& err;
};

class CommandLine {
    Q_DECLARE_TR_FUNCTIONS(CommandLine)
public:
    // `arguments` includes the program name, as QCoreApplication::arguments() does.
    static int run(const QStringList& arguments, Streams streams);
    static QString helpText();
};

} // namespace lifeboat::cli
