// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "EngineTransport.h"
#include "core/protocol/Protocol.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QStringList>

#include <atomic>
#include <chrono>
#include <functional>
#include <memory>

namespace lifeboat::fleet {

struct EngineHello {
    int protocol = 0;
    QString engine;
    QStringList ops;
    QJsonObject node;
};

struct EngineResponse {
    QJsonObject result;
    int exit = 0;
};

// The console's side of the protocol over any transport, local or SSH, with the same
// behaviour: reads the hello and refuses an engine whose protocol differs, sends one
// request at a time and collects its events and its one result or error, sends
// heartbeats while it waits, and declares the engine lost when no line at all (not even
// a heartbeat) has come for the peer timeout. Blocking: it lives on a worker thread.
class EngineSession {
    Q_DECLARE_TR_FUNCTIONS(EngineSession)
public:
    struct Options {
        std::chrono::milliseconds heartbeat = protocol::kHeartbeatInterval;
        std::chrono::milliseconds peerTimeout = protocol::kPeerTimeout;
    };
    static Result<std::unique_ptr<EngineSession>> open(std::unique_ptr<EngineTransport> transport, Options options);
    static Result<std::unique_ptr<EngineSession>> open(std::unique_ptr<EngineTransport> transport) { return open(std::move(transport), Options{}); }
    ~EngineSession();

    const EngineHello& hello() const { return m_hello; }
    QString describe() const { return m_transport->describe(); }

    // `cancel`, when set while the request runs, sends a cancel for it once; the answer
    // then is usually a "cancelled" error. Errors carry the engine's code as an Error::Code
    // and a message that names the node.
    Result<EngineResponse> request(const QString& op, const QJsonObject& params = {}, const std::function<void(const QJsonObject&)>& onEvent = {},
                                   const std::atomic<bool>* cancel = nullptr);
    void close();

private:
    EngineSession(std::unique_ptr<EngineTransport> transport, Options options) : m_transport(std::move(transport)), m_options(options) {}
    Result<QJsonObject> nextMessage(std::chrono::steady_clock::time_point& lastLine);
    Status sendHeartbeatIfDue();

    std::unique_ptr<EngineTransport> m_transport;
    Options m_options;
    EngineHello m_hello;
    qint64 m_nextId = 1;
    std::chrono::steady_clock::time_point m_lastWrite;
};

} // namespace lifeboat::fleet
