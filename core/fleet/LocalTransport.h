// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "EngineTransport.h"

#include <QCoreApplication>
#include <QProcess>

#include <memory>

namespace lifeboat::fleet {

// The engine on this machine: `lifeboat-cli serve` as a child process (QProcess, used
// through its blocking waits so it works on a worker thread without an event loop).
class LocalTransport final : public EngineTransport {
    Q_DECLARE_TR_FUNCTIONS(LocalTransport)
public:
    // `program` empty: lifeboat-cli next to the running executable.
    static Result<std::unique_ptr<LocalTransport>> start(const QString& program = {}, const QStringList& extraArguments = {});
    ~LocalTransport() override;
    QString describe() const override;
    Status writeLine(const QByteArray& line) override;
    Result<std::optional<QByteArray>> readLine(std::chrono::milliseconds timeout) override;
    void close() override;

private:
    LocalTransport() = default;
    std::unique_ptr<QProcess> m_process;
};

} // namespace lifeboat::fleet
