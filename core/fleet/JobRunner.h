// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "SessionWorker.h"

#include <QHash>
#include <QObject>
#include <QPointer>

#include <functional>

namespace lifeboat::fleet {

// Engine requests at several places at once (this computer, any node): one SessionWorker
// per place, made on first use and kept for the next request there, so a wizard that
// lists, checks and then restores logs in once. A place whose session broke is dropped,
// and the next request there logs in again (that is how a restore resumes after a lost
// connection). Requests at one place run one after another; places run in parallel.
class JobRunner : public QObject {
    Q_OBJECT
public:
    // `node` empty: this computer.
    using TargetFor = std::function<Result<SessionWorker::Target>(const QString& node)>;
    explicit JobRunner(TargetFor targetFor, QObject* parent = nullptr);
    ~JobRunner() override;

    // Returns the request's id (> 0); every answer comes as a signal, also an immediate
    // failure (no such node).
    qint64 request(const QString& node, const QString& op, const QJsonObject& params);
    // The request stops soon with a "cancelled" failure when it runs; a queued one is
    // answered as cancelled when its turn comes.
    void cancel(qint64 id);
    // The engine version of the session open at `node`; empty when none is.
    QString engineAt(const QString& node) const;

signals:
    void connected(const QString& node, const QString& engine, const QJsonObject& facts);
    void requestEvent(qint64 id, const QJsonObject& event);
    void finished(qint64 id, const QJsonObject& result, int exit);
    void failed(qint64 id, int errorCode, const QString& message);

private:
    struct Place {
        QPointer<SessionWorker> worker;
        QString engine;                    // its version, once the session is open
        QString openError;                 // why the login failed, for the requests queued behind it
        int openCode = 0;
    };
    SessionWorker* workerFor(const QString& node, QString* error);
    void dropPlace(const QString& node);

    TargetFor m_targetFor;
    QHash<QString, Place> m_places;
    QHash<qint64, QString> m_pending;      // id → node
    QSet<qint64> m_cancelled;
    qint64 m_nextId = 1;
};

} // namespace lifeboat::fleet
