// SPDX-License-Identifier: GPL-3.0-or-later
#include "TopologyAnalysis.h"

#include "core/model/DomainFailure.h"
#include "ui/PlanDocument.h"

#include <QtConcurrent/QtConcurrentRun>

namespace lifeboat::ui {

struct TopologyAnalysis::Result {
    quint64 revision = 0;
    std::vector<model::PlacementAdvice> advice;
    QHash<QString, QStringList> lostForGood;
};

TopologyAnalysis::TopologyAnalysis(PlanDocument* document, QObject* parent) : QObject(parent), m_document(document)
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
        m_advice = std::move(r->advice);
        m_lostForGood = std::move(r->lostForGood);
        emit updated();
    });
}

TopologyAnalysis::~TopologyAnalysis() { m_watcher.waitForFinished(); }

void TopologyAnalysis::start()
{
    if (m_watcher.isRunning()) {
        m_again = true;
        return;
    }
    m_watcher.setFuture(QtConcurrent::run([plan = m_document->plan(), revision = m_revision] {
        auto r = std::make_shared<Result>();
        r->revision = revision;
        r->advice = model::Placement::advise(plan);
        for (const plan::FailureDomain& d : plan.domains) {
            const QStringList lost = model::Placement::lostForGood(plan, model::DomainFailure::nodesBelow(plan, d.id));
            if (!lost.isEmpty())
                r->lostForGood.insert(d.id, lost);
        }
        return r;
    }));
}

} // namespace lifeboat::ui
