// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/ScheduleTimeline.h"

#include <QFutureWatcher>
#include <QObject>
#include <QTimer>

#include <memory>
#include <optional>

namespace lifeboat::ui {

class PlanDocument;

// The plan's backup runs over a day or a week, recomputed off the GUI thread after every
// edit (a changed cron expression shows at once) and whenever the span changes.
class ScheduleAnalysis : public QObject {
    Q_OBJECT
public:
    enum class Span { Day, Week };
    explicit ScheduleAnalysis(PlanDocument* document, QObject* parent = nullptr);
    ~ScheduleAnalysis() override;

    // From local midnight of `start`, for a day or a week.
    void setSpan(const QDate& start, Span span);
    QDate start() const { return m_start; }
    Span span() const { return m_span; }
    const model::ScheduleTimeline* timeline() const { return m_timeline ? &*m_timeline : nullptr; }
    QString problem() const { return m_problem; }
    // The timeline is of the plan and span as they are now (nothing newer is pending).
    bool isCurrent() const { return m_shownRevision == m_revision; }

signals:
    void updated();

private:
    struct Result;
    void startComputing();

    PlanDocument* m_document;
    QDate m_start = QDate::currentDate();
    Span m_span = Span::Day;
    quint64 m_revision = 0;
    quint64 m_shownRevision = ~quint64(0);
    QTimer m_pending;
    QFutureWatcher<std::shared_ptr<Result>> m_watcher;
    std::optional<model::ScheduleTimeline> m_timeline;
    QString m_problem;
};

} // namespace lifeboat::ui
