// SPDX-License-Identifier: GPL-3.0-or-later
#include "EngineSession.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace lifeboat::fleet {
namespace {

Error::Code codeFor(const QString& code)
{
    namespace c = protocol::codes;
    if (code == QLatin1String(c::kLocked))
        return Error::Code::Locked;
    if (code == QLatin1String(c::kWrongPassword))
        return Error::Code::WrongPassword;
    if (code == QLatin1String(c::kCancelled))
        return Error::Code::Cancelled;
    if (code == QLatin1String(c::kUnreadable))
        return Error::Code::Unreadable;
    if (code == QLatin1String("not-found"))
        return Error::Code::NotFound;
    if (code == QLatin1String("corrupt"))
        return Error::Code::Corrupt;
    if (code == QLatin1String("no-space"))
        return Error::Code::NoSpace;
    if (code == QLatin1String(c::kUnknownOp))
        return Error::Code::Unsupported;
    if (code == QLatin1String(c::kFailed) || code == QLatin1String("io"))
        return Error::Code::Io;
    return Error::Code::Invalid;
}

} // namespace

Result<std::unique_ptr<EngineSession>> EngineSession::open(std::unique_ptr<EngineTransport> transport, Options options)
{
    std::unique_ptr<EngineSession> session(new EngineSession(std::move(transport), options));
    session->m_lastWrite = std::chrono::steady_clock::now();
    auto lastLine = std::chrono::steady_clock::now();
    while (true) {
        auto message = session->nextMessage(lastLine);
        if (!message) {
            Error e = message.error();
            e.message = tr("%1 did not start the engine: %2").arg(session->describe(), e.message);
            return e;
        }
        const QString type = message->value(QLatin1String("type")).toString();
        if (type == QLatin1String("heartbeat"))
            continue;
        if (type != QLatin1String("hello"))
            return Error{Error::Code::Unsupported, tr("%1: the engine's first line is not a hello; is it a Lifeboat engine?").arg(session->describe())};
        EngineHello& h = session->m_hello;
        h.protocol = message->value(QLatin1String("protocol")).toInt();
        h.engine = message->value(QLatin1String("engine")).toString();
        for (const QJsonValue& v : message->value(QLatin1String("ops")).toArray())
            h.ops << v.toString();
        h.node = message->value(QLatin1String("node")).toObject();
        if (h.protocol != protocol::kProtocolVersion)
            return Error{Error::Code::Unsupported, tr("%1 runs engine %2, which speaks protocol %3; this console speaks protocol %4. Install the matching engine on the node.")
                                                      .arg(session->describe(), h.engine)
                                                      .arg(h.protocol)
                                                      .arg(protocol::kProtocolVersion)};
        return session;
    }
}

EngineSession::~EngineSession() { close(); }

void EngineSession::close()
{
    if (m_transport)
        m_transport->close();
}

Status EngineSession::sendHeartbeatIfDue()
{
    const auto now = std::chrono::steady_clock::now();
    if (now - m_lastWrite < m_options.heartbeat)
        return success();
    m_lastWrite = now;
    return m_transport->writeLine(protocol::Protocol::line(QJsonObject{{QStringLiteral("op"), QLatin1String(protocol::kOpHeartbeat)}}));
}

Result<QJsonObject> EngineSession::nextMessage(std::chrono::steady_clock::time_point& lastLine)
{
    while (true) {
        if (auto beat = sendHeartbeatIfDue(); !beat)
            return beat.error();
        const auto now = std::chrono::steady_clock::now();
        const auto silent = std::chrono::duration_cast<std::chrono::milliseconds>(now - lastLine);
        if (silent >= m_options.peerTimeout)
            return Error{Error::Code::Network, tr("%1 has sent nothing, not even a heartbeat, for %L2 s: the node or the connection hangs.")
                                                   .arg(describe())
                                                   .arg(static_cast<double>(silent.count()) / 1000.0, 0, 'f', 1)};
        const auto wait = std::min(m_options.heartbeat, m_options.peerTimeout - silent);
        auto line = m_transport->readLine(std::max(wait, std::chrono::milliseconds(1)));
        if (!line)
            return line.error();
        if (!line->has_value())
            continue;
        lastLine = std::chrono::steady_clock::now();
        const QJsonDocument d = QJsonDocument::fromJson(**line);
        if (!d.isObject())
            return Error{Error::Code::Corrupt, tr("%1 sent a line that is not a JSON object.").arg(describe())};
        return d.object();
    }
}

Result<EngineResponse> EngineSession::request(const QString& op, const QJsonObject& params, const std::function<void(const QJsonObject&)>& onEvent,
                                              const std::atomic<bool>* cancel)
{
    const qint64 id = m_nextId++;
    QJsonObject request{{QStringLiteral("id"), static_cast<double>(id)}, {QStringLiteral("op"), op}};
    if (!params.isEmpty())
        request.insert(QStringLiteral("params"), params);
    if (auto sent = m_transport->writeLine(protocol::Protocol::line(request)); !sent)
        return sent.error();
    m_lastWrite = std::chrono::steady_clock::now();
    auto lastLine = std::chrono::steady_clock::now();
    bool cancelSent = false;
    while (true) {
        if (cancel && cancel->load() && !cancelSent) {
            cancelSent = true;
            const QJsonObject c{{QStringLiteral("id"), static_cast<double>(m_nextId++)},
                                {QStringLiteral("op"), QLatin1String(protocol::kOpCancel)},
                                {QStringLiteral("params"), QJsonObject{{QStringLiteral("request"), static_cast<double>(id)}}}};
            if (auto sent = m_transport->writeLine(protocol::Protocol::line(c)); !sent)
                return sent.error();
        }
        auto message = nextMessage(lastLine);
        if (!message)
            return message.error();
        const QString type = message->value(QLatin1String("type")).toString();
        const QJsonValue messageId = message->value(QLatin1String("id"));
        if (type == QLatin1String("heartbeat") || messageId.toDouble(-1) != static_cast<double>(id)) {
            // Heartbeats, and answers to our cancel requests: liveness only. An error
            // without an id means the engine could not read something we sent.
            if (type == QLatin1String("error") && messageId.isNull())
                return Error{Error::Code::Invalid, tr("%1 could not read the request: %2").arg(describe(), message->value(QLatin1String("message")).toString())};
            continue;
        }
        if (type == QLatin1String("event")) {
            if (onEvent)
                onEvent(message->value(QLatin1String("event")).toObject());
            continue;
        }
        if (type == QLatin1String("result"))
            return EngineResponse{message->value(QLatin1String("result")).toObject(), message->value(QLatin1String("exit")).toInt()};
        if (type == QLatin1String("error"))
            return Error{codeFor(message->value(QLatin1String("code")).toString()),
                         tr("%1: %2").arg(describe(), message->value(QLatin1String("message")).toString())};
    }
}

} // namespace lifeboat::fleet
