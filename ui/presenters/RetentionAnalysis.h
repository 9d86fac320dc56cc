// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/RetentionPreview.h"

#include <QFutureWatcher>
#include <QObject>

#include <functional>

#include <memory>
#include <optional>

namespace lifeboat::ui {

class PlanDocument;

// The retention preview of one policy (RetentionPreview), recomputed off the GUI thread when
// the policy chosen or the plan changes: on a history simulated from its schedule, or on the
// real snapshots of a repository on this machine once one has been read.
class RetentionAnalysis : public QObject {
    Q_OBJECT
public:
    explicit RetentionAnalysis(PlanDocument* document, QObject* parent = nullptr);
    ~RetentionAnalysis() override;

    void setPolicy(const QString& policy);
    // Reads the snapshots of the repository at `path` off the GUI thread (never locking or
    // writing it); the preview then uses them until useSimulation(). The passphrase is used
    // for this read only and not kept. readFailed() says why a read did not work.
    void readRepository(const QString& path, const QByteArray& passphrase);
    // The same with any reader (a repository on a fleet node: fleet::RemoteSnapshots), run
    // off the GUI thread; `source` names it in the preview ("/backup/r1 on bkp-dc1-01").
    using Reader = std::function<lifeboat::Result<QList<repo::Snapshot>>(QStringList* damaged)>;
    void readSnapshots(const QString& source, Reader reader);
    void useSimulation();
    bool isReading() const { return m_reader.isRunning(); }
    QString repositoryPath() const { return m_source; }   // empty: simulated
    QString policy() const { return m_policy; }
    const model::RetentionPreviewResult* preview() const { return m_preview ? &*m_preview : nullptr; }
    QString problem() const { return m_problem; }

signals:
    void updated();
    void readFailed(const QString& message);
    void snapshotsRead();   // a read worked; the preview now uses its snapshots

private:
    struct Result;
    void start();

    PlanDocument* m_document;
    QString m_policy;
    quint64 m_revision = 0;
    bool m_again = false;
    QFutureWatcher<std::shared_ptr<Result>> m_watcher;
    struct Read;
    QFutureWatcher<std::shared_ptr<Read>> m_reader;
    std::optional<QList<repo::Snapshot>> m_snapshots;
    QStringList m_damaged;
    QString m_source;
    std::optional<model::RetentionPreviewResult> m_preview;
    QString m_problem;
};

} // namespace lifeboat::ui
