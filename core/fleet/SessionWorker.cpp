// SPDX-License-Identifier: GPL-3.0-or-later
#include "SessionWorker.h"

#include "LocalTransport.h"
#include "SshTransport.h"

#include <QMetaObject>

namespace lifeboat::fleet {

// The part that lives on the worker thread and owns the session.
class SessionWorker::Inside : public QObject {
public:
    Inside(SessionWorker* outer, Target target) : m_outer(outer), m_target(std::move(target)) {}

    void open()
    {
        Result<std::unique_ptr<EngineTransport>> transport = Error{};
        if (m_target.local) {
            auto t = LocalTransport::start(m_target.localProgram);
            transport = t ? Result<std::unique_ptr<EngineTransport>>(std::unique_ptr<EngineTransport>(std::move(t.value()))) : Result<std::unique_ptr<EngineTransport>>(t.error());
        } else {
            auto t = SshTransport::start(m_target.ssh, m_target.sshOptions, m_target.enginePath);
            transport = t ? Result<std::unique_ptr<EngineTransport>>(std::unique_ptr<EngineTransport>(std::move(t.value()))) : Result<std::unique_ptr<EngineTransport>>(t.error());
        }
        if (!transport) {
            emit m_outer->failed(0, static_cast<int>(transport.error().code), transport.error().message);
            return;
        }
        auto session = EngineSession::open(std::move(transport.value()), m_target.session);
        if (!session) {
            emit m_outer->failed(0, static_cast<int>(session.error().code), session.error().message);
            return;
        }
        m_session = std::move(session.value());
        emit m_outer->ready(m_session->hello().node, m_session->hello().engine);
    }

    void run(qint64 id, const QString& op, const QJsonObject& params)
    {
        if (!m_session) {
            emit m_outer->failed(id, static_cast<int>(Error::Code::Network), SessionWorker::tr("The session is not open."));
            return;
        }
        m_outer->m_cancel = false;
        m_outer->m_running = id;
        auto result = m_session->request(op, params, [&](const QJsonObject& e) { emit m_outer->requestEvent(id, e); }, &m_outer->m_cancel);
        m_outer->m_running = 0;
        if (result)
            emit m_outer->finished(id, result->result, result->exit);
        else
            emit m_outer->failed(id, static_cast<int>(result.error().code), result.error().message);
    }

    void close() { m_session.reset(); }

private:
    SessionWorker* m_outer;
    Target m_target;
    std::unique_ptr<EngineSession> m_session;
};

SessionWorker::SessionWorker(Target target, QObject* parent) : QObject(parent)
{
    m_inside = new Inside(this, std::move(target));
    m_inside->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_inside, &QObject::deleteLater);
    m_thread.setObjectName(QStringLiteral("lifeboat-session"));
    m_thread.start();
}

SessionWorker::~SessionWorker()
{
    m_cancel = true;
    QMetaObject::invokeMethod(m_inside, [inside = m_inside] { inside->close(); }, Qt::QueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

void SessionWorker::start()
{
    QMetaObject::invokeMethod(m_inside, [inside = m_inside] { inside->open(); }, Qt::QueuedConnection);
}

void SessionWorker::request(qint64 requestId, const QString& op, const QJsonObject& params)
{
    QMetaObject::invokeMethod(m_inside, [inside = m_inside, requestId, op, params] { inside->run(requestId, op, params); }, Qt::QueuedConnection);
}

void SessionWorker::cancel(qint64 requestId)
{
    if (m_running.load() == requestId)
        m_cancel = true;
}

} // namespace lifeboat::fleet
