// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "NodeStatus.h"
#include "Protocol.h"

#include <QCoreApplication>
#include <QJsonObject>

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <cstdio>
#include <deque>
#include <mutex>
#include <optional>
#include <thread>

namespace lifeboat::protocol {

// The engine side of the protocol: `lifeboat-cli serve`. Reads requests from `in` on the
// calling thread and answers hello, status and cancel at once; engine operations queue
// and run one at a time on a worker thread (the same code as the CLI command, with
// --json: one repository writer per session, as the CLI). Events, results, errors and
// heartbeats go to `out` from whichever thread has something to say, a whole line at a time.
//
// It never prompts (stdin is the protocol), never exits on bad input, cancels the running
// operation and stops cleanly when stdin closes, and stops the same way when the console
// has been silent for longer than the peer timeout.
class EngineServer {
    Q_DECLARE_TR_FUNCTIONS(EngineServer)
public:
    struct Options {
        std::chrono::milliseconds heartbeat = kHeartbeatInterval;
        std::chrono::milliseconds peerTimeout = kPeerTimeout;   // 0: never
        QString journalFile = RunJournal::defaultFile();
    };
    EngineServer(Options options, std::FILE* in, std::FILE* out);
    ~EngineServer();
    EngineServer(const EngineServer&) = delete;
    EngineServer& operator=(const EngineServer&) = delete;

    // Until stdin closes (exit 0) or the console is lost (exit 4).
    int run();

private:
    void send(const QJsonObject& message);
    void handleLine(const QByteArray& line);
    void enqueue(const QJsonValue& id, const QString& op, const QJsonObject& params);
    void cancel(const QJsonValue& id, const QJsonObject& params);
    void workerLoop();
    void runOperation(const QJsonValue& id, const QString& op, Protocol::Command command);
    void heartbeatLoop();
    QJsonObject hello() const;

    Options m_options;
    std::FILE* m_in;
    std::FILE* m_out;
    RunJournal m_journal;
    std::mutex m_writeMutex;

    std::mutex m_stateMutex;
    std::condition_variable m_wake;
    bool m_stopping = false;
    bool m_peerLost = false;
    std::chrono::steady_clock::time_point m_lastInput;

    struct Queued {
        QJsonValue id;
        QString op;
        Protocol::Command command;
    };
    std::deque<Queued> m_queue;                // under m_stateMutex
    std::thread m_worker;
    std::optional<QJsonValue> m_runningId;     // under m_stateMutex
    std::atomic<bool> m_cancelRequested{false};
    std::thread m_heartbeat;
};

} // namespace lifeboat::protocol
