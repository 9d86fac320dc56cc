// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "EngineSession.h"
#include "core/ssh/SshSession.h"

#include <QJsonObject>
#include <QObject>
#include <QThread>

#include <atomic>
#include <memory>

namespace lifeboat::fleet {

// One engine session on its own thread, driven by queued signals: how the console talks to a
// node without ever blocking the GUI thread on the network (libssh sessions belong to one
// thread each: doc/threading.dox). Create it on the GUI thread, connect to its signals, call
// start(); every call after that is posted to the worker thread, every answer comes back as
// a signal. Requests run one after another in the order they were made.
class SessionWorker : public QObject {
    Q_OBJECT
public:
    struct Target {
        bool local = false;               // the engine on this machine (a child process)
        QString localProgram;             // empty: lifeboat-cli next to the executable
        ssh::SshTarget ssh;               // otherwise: this node
        ssh::SshOptions sshOptions;       // askSecret is called on the worker thread
        QString enginePath;
        EngineSession::Options session;
    };
    explicit SessionWorker(Target target, QObject* parent = nullptr);
    ~SessionWorker() override;

    void start();                                                     // connects; emits ready or failed(0, …)
    void request(qint64 requestId, const QString& op, const QJsonObject& params = {});
    // Cancels the request running now (if it is that one); queued ones still run.
    void cancel(qint64 requestId);

signals:
    void ready(const QJsonObject& node, const QString& engine);
    void requestEvent(qint64 requestId, const QJsonObject& event);
    void finished(qint64 requestId, const QJsonObject& result, int exit);
    void failed(qint64 requestId, int errorCode, const QString& message);   // errorCode: lifeboat::Error::Code

private:
    class Inside;
    QThread m_thread;
    Inside* m_inside = nullptr;           // lives on m_thread
    std::atomic<qint64> m_running{0};
    std::atomic<bool> m_cancel{false};
};

} // namespace lifeboat::fleet
