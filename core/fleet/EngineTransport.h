// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/util/Result.h"

#include <QByteArray>
#include <QString>

#include <chrono>
#include <optional>

namespace lifeboat::fleet {

// A byte pipe to a `lifeboat-cli serve` process: a local child process or an SSH exec
// channel. Blocking calls with deadlines, used by one thread at a time (the session's
// worker thread); EngineSession puts the protocol on top, identically for both.
class EngineTransport {
public:
    virtual ~EngineTransport() = default;
    // "local engine" or "root@gpu-07:22", for messages.
    virtual QString describe() const = 0;
    virtual Status writeLine(const QByteArray& line) = 0;
    // The next complete line (without '\n'); nullopt when `timeout` passed with none;
    // an Error when the peer closed or the connection broke.
    virtual Result<std::optional<QByteArray>> readLine(std::chrono::milliseconds timeout) = 0;
    // Ends the engine's stdin (it stops cleanly), then releases everything.
    virtual void close() = 0;
};

} // namespace lifeboat::fleet
