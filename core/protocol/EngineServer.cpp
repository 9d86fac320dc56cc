// SPDX-License-Identifier: GPL-3.0-or-later
#include "EngineServer.h"

#include "core/Version.h"
#include "core/cli/CommandLine.h"
#include "core/cli/RepoContext.h"
#include "core/cli/RequestSecrets.h"

#include <QDateTime>
#include <QIODevice>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTextStream>

#include <functional>

namespace lifeboat::protocol {

namespace {
// Enough for every dataset of a node to show its newest runs (the journal itself keeps
// about 1 MiB, then rotates once).
constexpr int kRecentRuns = 200;
}
namespace {

// A write-only device that hands over every complete line as soon as it is written (the
// CLI flushes after each JSON line), so progress reaches the console while it happens.
class LineDevice : public QIODevice {
public:
    explicit LineDevice(std::function<void(const QByteArray&)> onLine) : m_onLine(std::move(onLine)) { open(QIODevice::WriteOnly); }
    void finish()
    {
        if (!m_buffer.isEmpty())
            m_onLine(std::exchange(m_buffer, {}));
    }

protected:
    qint64 readData(char*, qint64) override { return -1; }
    qint64 writeData(const char* data, qint64 size) override
    {
        m_buffer.append(data, size);
        for (qsizetype nl = m_buffer.indexOf('\n'); nl >= 0; nl = m_buffer.indexOf('\n')) {
            m_onLine(m_buffer.left(nl));
            m_buffer.remove(0, nl + 1);
        }
        return size;
    }

private:
    std::function<void(const QByteArray&)> m_onLine;
    QByteArray m_buffer;
};

QString errorCodeForExit(int exit)
{
    switch (exit) {
    case cli::kExitInvalid: return QLatin1String(codes::kInvalid);
    case cli::kExitUnreadable: return QLatin1String(codes::kUnreadable);
    case cli::kExitWrongPassword: return QLatin1String(codes::kWrongPassword);
    case cli::kExitLocked: return QLatin1String(codes::kLocked);
    case cli::kExitCancelled: return QLatin1String(codes::kCancelled);
    default: return QLatin1String(codes::kFailed);
    }
}

// Exit codes after which the command ran to its end and has a report to give.
bool isResult(int exit) { return exit == cli::kExitOk || exit == cli::kExitWarnings || exit == cli::kExitDamaged; }

} // namespace

EngineServer::EngineServer(Options options, std::FILE* in, std::FILE* out)
    : m_options(std::move(options)), m_in(in), m_out(out), m_journal(m_options.journalFile)
{
}

EngineServer::~EngineServer()
{
    {
        std::lock_guard lock(m_stateMutex);
        m_stopping = true;
    }
    m_wake.notify_all();
    if (m_heartbeat.joinable())
        m_heartbeat.join();
    if (m_worker.joinable())
        m_worker.join();
}

void EngineServer::send(const QJsonObject& message)
{
    const QByteArray bytes = Protocol::line(message);
    std::lock_guard lock(m_writeMutex);
    std::fwrite(bytes.constData(), 1, static_cast<std::size_t>(bytes.size()), m_out);
    std::fflush(m_out);
}

QJsonObject EngineServer::hello() const
{
    return QJsonObject{
        {QStringLiteral("type"), QStringLiteral("hello")},
        {QStringLiteral("protocol"), kProtocolVersion},
        {QStringLiteral("engine"), QLatin1String(kVersion)},
        {QStringLiteral("ops"), QJsonArray::fromStringList(QStringList{QLatin1String(kOpHello), QLatin1String(kOpStatus), QLatin1String(kOpCancel),
                                                                       QLatin1String(kOpHeartbeat)}
                                                           + Protocol::engineOps())},
        {QStringLiteral("heartbeat_seconds"), static_cast<double>(m_options.heartbeat.count()) / 1000.0},
        {QStringLiteral("peer_timeout_seconds"), static_cast<double>(m_options.peerTimeout.count()) / 1000.0},
        {QStringLiteral("max_line_bytes"), static_cast<double>(kMaxLineBytes)},
        {QStringLiteral("node"), NodeStatus::facts()},
    };
}

int EngineServer::run()
{
    m_lastInput = std::chrono::steady_clock::now();
    send(hello());
    m_heartbeat = std::thread([this] { heartbeatLoop(); });
    m_worker = std::thread([this] { workerLoop(); });

    QByteArray line;
    bool tooLong = false;
    char chunk[65536];
    while (std::fgets(chunk, sizeof chunk, m_in)) {
        {
            std::lock_guard lock(m_stateMutex);
            m_lastInput = std::chrono::steady_clock::now();
            if (m_peerLost)
                break;
        }
        const qsizetype length = static_cast<qsizetype>(std::strlen(chunk));
        const bool complete = length > 0 && chunk[length - 1] == '\n';
        if (!tooLong)
            line.append(chunk, complete ? length - 1 : length);
        if (line.size() > kMaxLineBytes) {
            tooLong = true;
            line.clear();
        }
        if (!complete)
            continue;
        if (tooLong) {
            send(Protocol::error(QJsonValue(), QLatin1String(codes::kLineTooLong),
                                 tr("A request line was longer than %1 bytes and was skipped.").arg(kMaxLineBytes)));
            tooLong = false;
        } else if (!line.trimmed().isEmpty()) {
            handleLine(line);
        }
        line.clear();
    }

    // stdin closed (or the console was declared lost): drop what waits, stop what runs,
    // cleanly, and say so for each request.
    std::deque<Queued> dropped;
    bool lost = false;
    {
        std::lock_guard lock(m_stateMutex);
        m_stopping = true;
        lost = m_peerLost;
        dropped.swap(m_queue);
        m_cancelRequested = m_runningId.has_value();
    }
    for (const Queued& q : dropped)
        send(Protocol::error(q.id, QLatin1String(codes::kCancelled), tr("Not started: the console closed the session.")));
    // Keep asking until the running operation has noticed: it may not have reached its
    // first cancellable point yet (the heartbeat loop, which did this, is stopping).
    {
        std::unique_lock lock(m_stateMutex);
        while (m_runningId) {
            lock.unlock();
            cli::InterruptScope::cancelCurrent();
            lock.lock();
            m_wake.wait_for(lock, std::chrono::milliseconds(50));
        }
    }
    m_wake.notify_all();
    if (m_heartbeat.joinable())
        m_heartbeat.join();
    if (m_worker.joinable())
        m_worker.join();
    return lost ? cli::kExitFailed : cli::kExitOk;
}

void EngineServer::handleLine(const QByteArray& line)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(line, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        send(Protocol::error(QJsonValue(), QLatin1String(codes::kBadJson),
                             parseError.error != QJsonParseError::NoError ? tr("Not JSON: %1 at byte %2.").arg(parseError.errorString()).arg(parseError.offset)
                                                                          : tr("A request must be a JSON object.")));
        return;
    }
    const QJsonObject request = document.object();
    const QJsonValue id = request.value(QLatin1String("id"));
    const QJsonValue op = request.value(QLatin1String("op"));
    if (!op.isString()) {
        send(Protocol::error(id.isUndefined() ? QJsonValue() : id, QLatin1String(op.isUndefined() ? codes::kMissingField : codes::kBadField),
                             op.isUndefined() ? tr("The request has no \"op\".") : tr("\"op\" must be a string.")));
        return;
    }
    const QString name = op.toString();
    if (name == QLatin1String(kOpHeartbeat))
        return;   // its arrival is the point
    if (!(id.isString() || id.isDouble())) {
        send(Protocol::error(QJsonValue(), QLatin1String(id.isUndefined() ? codes::kMissingField : codes::kBadField),
                             id.isUndefined() ? tr("The request has no \"id\".") : tr("\"id\" must be a string or a number.")));
        return;
    }
    const QJsonValue paramsValue = request.value(QLatin1String("params"));
    if (!paramsValue.isUndefined() && !paramsValue.isObject()) {
        send(Protocol::error(id, QLatin1String(codes::kBadField), tr("\"params\" must be an object.")));
        return;
    }
    const QJsonObject params = paramsValue.toObject();
    if (name == QLatin1String(kOpHello)) {
        QJsonObject answer = hello();
        answer.insert(QStringLiteral("type"), QStringLiteral("result"));
        answer.insert(QStringLiteral("id"), id);
        send(answer);
        return;
    }
    if (name == QLatin1String(kOpStatus)) {
        QStringList paths;
        for (const QJsonValue& v : params.value(QLatin1String("paths")).toArray())
            paths << v.toString();
        QJsonObject result = NodeStatus::facts();
        result.insert(QStringLiteral("paths"), NodeStatus::paths(paths));
        result.insert(QStringLiteral("recent_runs"), m_journal.recent(kRecentRuns));
        result.insert(QStringLiteral("latest_runs"), m_journal.latest());
        result.insert(QStringLiteral("schedules"), NodeStatus::schedules());
        {
            std::lock_guard lock(m_stateMutex);
            result.insert(QStringLiteral("running"), m_runningId ? *m_runningId : QJsonValue());
        }
        send(QJsonObject{{QStringLiteral("type"), QStringLiteral("result")}, {QStringLiteral("id"), id}, {QStringLiteral("result"), result}});
        return;
    }
    if (name == QLatin1String(kOpCancel)) {
        cancel(id, params);
        return;
    }
    if (!Protocol::isEngineOp(name)) {
        send(Protocol::error(id, QLatin1String(codes::kUnknownOp), tr("Unknown op \"%1\". The hello line lists the ops.").arg(name)));
        return;
    }
    enqueue(id, name, params);
}

void EngineServer::cancel(const QJsonValue& id, const QJsonObject& params)
{
    const QJsonValue target = params.value(QLatin1String("request"));
    bool running = false;
    std::optional<Queued> removed;
    {
        std::lock_guard lock(m_stateMutex);
        running = m_runningId && *m_runningId == target;
        if (running)
            m_cancelRequested = true;
        for (auto it = m_queue.begin(); it != m_queue.end(); ++it) {
            if (it->id == target) {
                removed = std::move(*it);
                m_queue.erase(it);
                break;
            }
        }
    }
    if (running) {
        cli::InterruptScope::cancelCurrent();
        m_wake.notify_all();   // the heartbeat loop keeps asking until the operation notices
    }
    if (removed)
        send(Protocol::error(removed->id, QLatin1String(codes::kCancelled), tr("Cancelled before it started.")));
    send(QJsonObject{{QStringLiteral("type"), QStringLiteral("result")}, {QStringLiteral("id"), id},
                     {QStringLiteral("result"), QJsonObject{{QStringLiteral("cancelling"), running || removed.has_value()}}}});
}

void EngineServer::enqueue(const QJsonValue& id, const QString& op, const QJsonObject& params)
{
    auto command = Protocol::commandFor(op, params);
    if (!command) {
        send(Protocol::error(id, QLatin1String(codes::kBadField), command.error().message));
        return;
    }
    // The jobs a console installs journal their runs where this server reads them, whatever
    // the environment the scheduler later gives them.
    if (op == QLatin1String("schedule.set")) {
        const qsizetype end = command->arguments.indexOf(QStringLiteral("--"));
        command->arguments.insert(end < 0 ? command->arguments.size() : end, m_journal.file());
        command->arguments.insert(end < 0 ? command->arguments.size() - 1 : end, QStringLiteral("--journal"));
    }
    qsizetype ahead = 0;
    {
        std::lock_guard lock(m_stateMutex);
        ahead = static_cast<qsizetype>(m_queue.size()) + (m_runningId ? 1 : 0);
        m_queue.push_back({id, op, std::move(command.value())});
    }
    if (ahead > 0)
        send(QJsonObject{{QStringLiteral("type"), QStringLiteral("event")}, {QStringLiteral("id"), id},
                         {QStringLiteral("event"), QJsonObject{{QStringLiteral("type"), QStringLiteral("queued")}, {QStringLiteral("ahead"), static_cast<double>(ahead)}}}});
    m_wake.notify_all();
}

void EngineServer::workerLoop()
{
    std::unique_lock lock(m_stateMutex);
    while (true) {
        m_wake.wait(lock, [this] { return m_stopping || !m_queue.empty(); });
        if (m_stopping)
            return;
        Queued next = std::move(m_queue.front());
        m_queue.pop_front();
        m_runningId = next.id;
        m_cancelRequested = false;
        lock.unlock();
        runOperation(next.id, next.op, std::move(next.command));
        lock.lock();
        m_runningId.reset();
        m_wake.notify_all();
    }
}

void EngineServer::runOperation(const QJsonValue& id, const QString& op, Protocol::Command command)
{
    {
        const QDateTime started = QDateTime::currentDateTimeUtc();
        std::optional<QJsonObject> resultPayload;
        std::optional<QJsonObject> errorPayload;
        std::optional<QByteArray> held;   // the newest plain line: an event, or the result if it is the last
        const auto sendEvent = [&](const QByteArray& raw) {
            const QJsonDocument d = QJsonDocument::fromJson(raw);
            send(QJsonObject{{QStringLiteral("type"), QStringLiteral("event")}, {QStringLiteral("id"), id},
                             {QStringLiteral("event"), d.isObject() ? QJsonValue(d.object()) : QJsonValue(QString::fromUtf8(raw))}});
        };
        LineDevice outDevice([&](const QByteArray& raw) {
            const QJsonDocument d = QJsonDocument::fromJson(raw);
            const QString type = d.object().value(QLatin1String("type")).toString();
            if (type == QLatin1String("result")) {
                resultPayload = d.object();
                return;
            }
            if (type == QLatin1String("error")) {
                errorPayload = d.object();
                return;
            }
            if (held)
                sendEvent(*held);
            held = raw;
        });
        QStringList errorLines;
        LineDevice errDevice([&](const QByteArray& raw) {
            const QString text = QString::fromUtf8(raw).remove(QLatin1Char('\r')).trimmed();
            if (text.isEmpty())
                return;
            errorLines << text;
            if (errorLines.size() > 20)
                errorLines.removeFirst();
            send(QJsonObject{{QStringLiteral("type"), QStringLiteral("event")}, {QStringLiteral("id"), id},
                             {QStringLiteral("event"), QJsonObject{{QStringLiteral("type"), QStringLiteral("log")}, {QStringLiteral("message"), text}}}});
        });
        int exit = cli::kExitFailed;
        {
            QTextStream out(&outDevice);
            QTextStream err(&errDevice);
            cli::RequestSecrets::Scope secrets(std::move(command.password), std::move(command.fromPassword), std::move(command.newPassword));
            exit = cli::CommandLine::run(QStringList{QStringLiteral("lifeboat-cli")} + command.arguments, {out, err});
            out.flush();
            err.flush();
        }
        outDevice.finish();
        errDevice.finish();
        if (!resultPayload && held && !errorPayload) {
            const QJsonDocument d = QJsonDocument::fromJson(*held);
            if (d.isObject())
                resultPayload = d.object();
            held.reset();
        }
        if (held)
            sendEvent(*held);
        if (m_cancelRequested && exit != cli::kExitCancelled && !isResult(exit))
            exit = cli::kExitCancelled;
        if (isResult(exit)) {
            QJsonObject payload = resultPayload.value_or(QJsonObject{});
            payload.remove(QStringLiteral("type"));
            send(QJsonObject{{QStringLiteral("type"), QStringLiteral("result")}, {QStringLiteral("id"), id}, {QStringLiteral("exit"), exit},
                             {QStringLiteral("result"), payload}});
        } else {
            const QString code = errorPayload ? errorPayload->value(QLatin1String("code")).toString(errorCodeForExit(exit)) : errorCodeForExit(exit);
            QString message = errorPayload ? errorPayload->value(QLatin1String("message")).toString() : QString();
            if (message.isEmpty())
                message = errorLines.isEmpty() ? tr("%1 ended with exit code %2.").arg(op).arg(exit) : errorLines.last();
            QJsonObject e = Protocol::error(id, code == QLatin1String("invalid") ? errorCodeForExit(exit) : code, message);
            e.insert(QStringLiteral("exit"), exit);
            send(e);
        }
        // One line per run: what monitoring judges a dataset's backups and a repository's
        // verifications by (core/monitor/FleetHealth).
        const bool gaveResult = isResult(exit) && resultPayload.has_value();
        const QString error = gaveResult ? QString()
                            : !errorLines.isEmpty() ? errorLines.last()
                            : errorPayload          ? errorPayload->value(QLatin1String("message")).toString()
                                                    : QString();
        const QJsonObject run = RunJournal::entry(op, command.arguments, started, exit, gaveResult ? resultPayload : std::nullopt, error);
        m_journal.append(run);
    }
}


void EngineServer::heartbeatLoop()
{
    std::unique_lock lock(m_stateMutex);
    auto nextBeat = std::chrono::steady_clock::now() + m_options.heartbeat;
    while (!m_stopping) {
        // Wake for the next beat, or sooner to keep pushing a cancel the operation has not
        // picked up yet (it may not have reached its first cancellable point).
        const bool pushing = m_cancelRequested && m_runningId;
        m_wake.wait_until(lock, pushing ? std::min(nextBeat, std::chrono::steady_clock::now() + std::chrono::milliseconds(50)) : nextBeat);
        if (m_stopping)
            break;
        if (m_cancelRequested && m_runningId) {
            lock.unlock();
            cli::InterruptScope::cancelCurrent();
            lock.lock();
        }
        const auto now = std::chrono::steady_clock::now();
        if (m_options.peerTimeout.count() > 0 && now - m_lastInput > m_options.peerTimeout && !m_peerLost) {
            m_peerLost = true;
            m_cancelRequested = m_runningId.has_value();
            m_stopping = true;   // the worker takes nothing more from the queue
            lock.unlock();
            m_wake.notify_all();
            cli::InterruptScope::cancelCurrent();
            std::fprintf(stderr, "lifeboat-cli serve: no line from the console for %lld ms; stopping the running operation and exiting.\n",
                         static_cast<long long>(m_options.peerTimeout.count()));
            // The reader is blocked on stdin and closing it is not portable, so the process
            // ends here, once the running operation has stopped and released its locks.
            if (m_worker.joinable())
                m_worker.join();
            std::fflush(m_out);
            std::_Exit(cli::kExitFailed);
        }
        if (now >= nextBeat) {
            lock.unlock();
            send(QJsonObject{{QStringLiteral("type"), QStringLiteral("heartbeat")}, {QStringLiteral("time"), QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)}});
            lock.lock();
            nextBeat = now + m_options.heartbeat;
        }
    }
}

} // namespace lifeboat::protocol
