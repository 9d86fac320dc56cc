// SPDX-License-Identifier: GPL-3.0-or-later
#include "JobRunner.h"

#include <QTimer>

namespace lifeboat::fleet {

JobRunner::JobRunner(TargetFor targetFor, QObject* parent) : QObject(parent), m_targetFor(std::move(targetFor)) {}

JobRunner::~JobRunner()
{
    // Each worker's destructor cancels what runs and waits for its thread.
    for (auto it = m_places.begin(); it != m_places.end(); ++it)
        delete it->worker.data();
}

QString JobRunner::engineAt(const QString& node) const
{
    const auto it = m_places.constFind(node);
    return it == m_places.constEnd() ? QString() : it->engine;
}

SessionWorker* JobRunner::workerFor(const QString& node, QString* error)
{
    Place& place = m_places[node];
    if (place.worker)
        return place.worker;
    auto target = m_targetFor(node);
    if (!target) {
        m_places.remove(node);
        *error = target.error().message;
        return nullptr;
    }
    auto* worker = new SessionWorker(std::move(target.value()));
    place = Place{worker, {}, {}, 0};
    connect(worker, &SessionWorker::ready, this, [this, node, worker](const QJsonObject& facts, const QString& engine) {
        if (auto it = m_places.find(node); it != m_places.end() && it->worker == worker)
            it->engine = engine;
        emit connected(node, engine, facts);
    });
    connect(worker, &SessionWorker::requestEvent, this, [this](qint64 id, const QJsonObject& e) {
        if (m_pending.contains(id))
            emit requestEvent(id, e);
    });
    connect(worker, &SessionWorker::finished, this, [this](qint64 id, const QJsonObject& result, int exit) {
        if (m_pending.remove(id) == 0)
            return;
        m_cancelled.remove(id);
        emit finished(id, result, exit);
    });
    connect(worker, &SessionWorker::failed, this, [this, node, worker](qint64 id, int code, const QString& message) {
        auto it = m_places.find(node);
        const bool current = it != m_places.end() && it->worker == worker;
        if (id == 0) {
            if (current) {
                it->openError = message;
                it->openCode = code;
            }
            return;
        }
        if (m_pending.remove(id) == 0)
            return;
        QString why = message;
        int whyCode = code;
        if (current && !it->openError.isEmpty()) {
            why = it->openError;
            whyCode = it->openCode;
        }
        if (m_cancelled.remove(id))
            whyCode = static_cast<int>(Error::Code::Cancelled);
        // A broken session is not reused: the next request logs in again. An engine's own
        // refusal (a wrong passphrase, a lock) leaves the session usable.
        const auto kind = static_cast<Error::Code>(whyCode);
        if (current && (kind == Error::Code::Network || !it->openError.isEmpty()))
            dropPlace(node);
        emit failed(id, whyCode, why);
    });
    worker->start();
    return worker;
}

void JobRunner::dropPlace(const QString& node)
{
    const Place place = m_places.take(node);
    if (place.worker) {
        // Answers for requests still queued there arrive as failures first.
        for (auto it = m_pending.begin(); it != m_pending.end();) {
            if (it.value() == node) {
                const qint64 id = it.key();
                it = m_pending.erase(it);
                QTimer::singleShot(0, this, [this, id, why = place.openError] {
                    emit failed(id, static_cast<int>(Error::Code::Network), why.isEmpty() ? tr("The connection was lost.") : why);
                });
            } else {
                ++it;
            }
        }
        place.worker->deleteLater();
    }
}

qint64 JobRunner::request(const QString& node, const QString& op, const QJsonObject& params)
{
    const qint64 id = m_nextId++;
    QString error;
    SessionWorker* worker = workerFor(node, &error);
    if (!worker) {
        QTimer::singleShot(0, this, [this, id, error] { emit failed(id, static_cast<int>(Error::Code::Invalid), error); });
        return id;
    }
    m_pending.insert(id, node);
    worker->request(id, op, params);
    return id;
}

void JobRunner::cancel(qint64 id)
{
    const auto it = m_pending.constFind(id);
    if (it == m_pending.constEnd())
        return;
    m_cancelled.insert(id);
    if (const auto place = m_places.constFind(*it); place != m_places.constEnd() && place->worker)
        place->worker->cancel(id);
}

} // namespace lifeboat::fleet
