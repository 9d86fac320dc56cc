// SPDX-License-Identifier: GPL-3.0-or-later
#include "RetentionAnalysis.h"

#include "ui/PlanDocument.h"

#include <QtConcurrent/QtConcurrentRun>

namespace lifeboat::ui {

struct RetentionAnalysis::Result {
    quint64 revision = 0;
    std::optional<model::RetentionPreviewResult> preview;
    QString problem;
};

struct RetentionAnalysis::Read {
    QString path;
    std::optional<QList<repo::Snapshot>> snapshots;
    QStringList damaged;
    QString error;
};

RetentionAnalysis::RetentionAnalysis(PlanDocument* document, QObject* parent) : QObject(parent), m_document(document)
{
    connect(&m_reader, &QFutureWatcher<std::shared_ptr<Read>>::finished, this, [this] {
        const auto r = m_reader.result();
        if (!r->snapshots) {
            emit readFailed(r->error);
            return;
        }
        m_snapshots = std::move(r->snapshots);
        m_damaged = r->damaged;
        m_source = r->path;
        ++m_revision;
        emit snapshotsRead();
        start();
    });
    connect(document, &PlanDocument::contentChanged, this, [this] {
        ++m_revision;
        start();
    });
    connect(&m_watcher, &QFutureWatcher<std::shared_ptr<Result>>::finished, this, [this] {
        const auto r = m_watcher.result();
        if (r->revision != m_revision || m_again) {
            m_again = false;
            start();
            return;
        }
        m_preview = std::move(r->preview);
        m_problem = r->problem;
        emit updated();
    });
}

RetentionAnalysis::~RetentionAnalysis()
{
    m_watcher.waitForFinished();
    m_reader.waitForFinished();
}

void RetentionAnalysis::readRepository(const QString& path, const QByteArray& passphrase)
{
    readSnapshots(path, [path, passphrase](QStringList* damaged) { return model::RetentionPreview::readSnapshots(path, passphrase, damaged); });
}

void RetentionAnalysis::readSnapshots(const QString& source, Reader reader)
{
    if (m_reader.isRunning())
        return;
    m_reader.setFuture(QtConcurrent::run([source, reader = std::move(reader)] {
        auto r = std::make_shared<Read>();
        r->path = source;
        auto snapshots = reader(&r->damaged);
        if (snapshots)
            r->snapshots = std::move(snapshots.value());
        else
            r->error = tr("Could not read the snapshots of %1: %2").arg(source, snapshots.error().message);
        return r;
    }));
}

void RetentionAnalysis::useSimulation()
{
    if (!m_snapshots)
        return;
    m_snapshots.reset();
    m_damaged.clear();
    m_source.clear();
    ++m_revision;
    start();
}

void RetentionAnalysis::setPolicy(const QString& policy)
{
    m_policy = policy;
    ++m_revision;
    start();
}

void RetentionAnalysis::start()
{
    if (m_watcher.isRunning()) {
        m_again = true;   // the newest input runs when this one is done
        return;
    }
    const plan::Plan& plan = m_document->plan();
    const auto it = std::find_if(plan.policies.begin(), plan.policies.end(), [&](const plan::Policy& p) { return p.name == m_policy; });
    if (it == plan.policies.end()) {
        m_preview.reset();
        m_problem = m_policy.isEmpty() ? tr("The plan has no policy.") : tr("The plan has no policy %1.").arg(m_policy);
        emit updated();
        return;
    }
    m_watcher.setFuture(QtConcurrent::run([policy = *it, revision = m_revision, snapshots = m_snapshots, source = m_source, damaged = m_damaged] {
        auto r = std::make_shared<Result>();
        r->revision = revision;
        const QDateTime now = QDateTime::currentDateTimeUtc();
        auto preview = snapshots ? model::RetentionPreview::onSnapshots(policy, *snapshots, now, source) : model::RetentionPreview::simulate(policy, now);
        if (preview) {
            r->preview = std::move(preview.value());
            if (!damaged.isEmpty())
                r->preview->notes << tr("%1 snapshot files could not be read and are not shown: %2").arg(damaged.size()).arg(damaged.join(QStringLiteral("; ")));
        } else {
            r->problem = preview.error().message;
        }
        return r;
    }));
}

} // namespace lifeboat::ui
