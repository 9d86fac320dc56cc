// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CommandLine.h"

namespace lifeboat::cli {

// `serve`: the engine protocol on stdin/stdout (docs/protocol.md), for the console locally
// (QProcess) and on nodes (an SSH exec channel running this constant command).
class ServeCommand {
    Q_DECLARE_TR_FUNCTIONS(ServeCommand)
public:
    static int execute(const QStringList& arguments, Streams streams);
};

} // namespace lifeboat::cli
