// SPDX-License-Identifier: GPL-3.0-or-later
#include "ScheduleAnalysis.h"

#include "ui/PlanDocument.h"

#include <QtConcurrent/QtConcurrentRun>

namespace lifeboat::ui {

struct ScheduleAnalysis::Result {
    quint64 revision = 0;
    std::optional<model::ScheduleTimeline> timeline;
    QString problem;
};

ScheduleAnalysis::ScheduleAnalysis(PlanDocument* document, QObject* parent) : QObject(parent), m_document(document)
{
    m_pending.setSingleShot(true);
    m_pending.setInterval(60);
    connect(&m_pending, &QTimer::timeout, this, &ScheduleAnalysis::startComputing);
    connect(document, &PlanDocument::contentChanged, this, [this] {
        ++m_revision;
        m_pending.start();
    });
    connect(&m_watcher, &QFutureWatcher<std::shared_ptr<Result>>::finished, this, [this] {
        const auto r = m_watcher.result();
        if (r->revision != m_revision) {
            m_pending.start();
            return;
        }
        m_timeline = std::move(r->timeline);
        m_problem = r->problem;
        m_shownRevision = r->revision;
        emit updated();
    });
}

ScheduleAnalysis::~ScheduleAnalysis() { m_watcher.waitForFinished(); }

void ScheduleAnalysis::setSpan(const QDate& start, Span span)
{
    m_start = start;
    m_span = span;
    ++m_revision;
    m_pending.start();
}

void ScheduleAnalysis::startComputing()
{
    if (m_watcher.isRunning()) {
        m_pending.start();
        return;
    }
    const QDateTime from(m_start, QTime(0, 0));   // local midnight: the operator's day
    const QDateTime to = from.addDays(m_span == Span::Week ? 7 : 1);
    m_watcher.setFuture(QtConcurrent::run([plan = m_document->plan(), from, to, revision = m_revision] {
        auto r = std::make_shared<Result>();
        r->revision = revision;
        auto t = model::ScheduleTimelineModel::compute(plan, from, to);
        if (t)
            r->timeline = std::move(t.value());
        else
            r->problem = t.error().message;
        return r;
    }));
}

} // namespace lifeboat::ui
