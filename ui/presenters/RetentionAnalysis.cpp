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

RetentionAnalysis::RetentionAnalysis(PlanDocument* document, QObject* parent) : QObject(parent), m_document(document)
{
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

RetentionAnalysis::~RetentionAnalysis() { m_watcher.waitForFinished(); }

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
    m_watcher.setFuture(QtConcurrent::run([policy = *it, revision = m_revision] {
        auto r = std::make_shared<Result>();
        r->revision = revision;
        auto preview = model::RetentionPreview::simulate(policy, QDateTime::currentDateTimeUtc());
        if (preview)
            r->preview = std::move(preview.value());
        else
            r->problem = preview.error().message;
        return r;
    }));
}

} // namespace lifeboat::ui
