// SPDX-License-Identifier: GPL-3.0-or-later
#include "TimelineWidget.h"

#include "ui/presenters/ScheduleAnalysis.h"

#include <QHelpEvent>
#include <QLocale>
#include <QPainter>
#include <QToolTip>

#include <map>
#include <set>

namespace lifeboat::ui {

TimelineWidget::TimelineWidget(ScheduleAnalysis* analysis, QWidget* parent) : QWidget(parent), m_analysis(analysis)
{
    setObjectName(QStringLiteral("timelineWidget"));
    setMouseTracking(true);
    setMinimumHeight(kAxisHeight + 2 * kRowHeight);
    connect(analysis, &ScheduleAnalysis::updated, this, [this] {
        layoutBars();
        updateGeometry();
        update();
    });
}

QSize TimelineWidget::sizeHint() const
{
    int height = kAxisHeight;
    for (int rows : m_laneRows)
        height += rows * kRowHeight + kLaneGap;
    return {900, std::max(height, kAxisHeight + 2 * kRowHeight)};
}

double TimelineWidget::xOf(const QDateTime& t) const
{
    const model::ScheduleTimeline* tl = m_analysis->timeline();
    if (!tl)
        return kLabelWidth;
    const double span = static_cast<double>(tl->from.msecsTo(tl->to));
    const double width = std::max(1, this->width() - kLabelWidth - 8);
    return kLabelWidth + width * static_cast<double>(tl->from.msecsTo(t)) / span;
}

void TimelineWidget::resizeEvent(QResizeEvent* event)
{
    layoutBars();
    QWidget::resizeEvent(event);
}

void TimelineWidget::layoutBars()
{
    m_bars.clear();
    m_lanes.clear();
    m_laneTop.clear();
    m_laneRows.clear();
    const model::ScheduleTimeline* tl = m_analysis->timeline();
    if (!tl)
        return;
    std::set<int> inConflict;
    for (const auto& c : tl->conflicts) {
        inConflict.insert(c.first);
        inConflict.insert(c.second);
    }
    // Lanes: repositories first, then links, each sorted.
    std::map<QString, std::vector<int>> repositoryLanes;
    std::map<QString, std::vector<int>> linkLanes;
    for (std::size_t i = 0; i < tl->runs.size(); ++i) {
        repositoryLanes[tr("repository %1").arg(tl->runs[i].repository)].push_back(static_cast<int>(i));
        if (!tl->runs[i].link.isEmpty())
            linkLanes[tr("link %1").arg(tl->runs[i].link)].push_back(static_cast<int>(i));
    }
    double top = kAxisHeight;
    for (const auto* lanes : {&repositoryLanes, &linkLanes}) {
        for (const auto& [lane, runs] : *lanes) {
            // Stack overlapping runs: each takes the first row free at its start.
            std::vector<QDateTime> rowEnds;
            for (int i : runs) {
                const model::ScheduledRun& r = tl->runs[static_cast<std::size_t>(i)];
                std::size_t row = 0;
                while (row < rowEnds.size() && rowEnds[row] > r.start)
                    ++row;
                if (row == rowEnds.size())
                    rowEnds.push_back(r.end);
                else
                    rowEnds[row] = r.end;
                const QDateTime shownEnd = r.end > r.start.addSecs(60) ? r.end : r.start.addSecs(60);   // a run with no duration still shows
                const double x0 = xOf(r.start);
                const double x1 = std::max(x0 + 2, xOf(shownEnd));
                m_bars.push_back({i, lane, QRectF(x0, top + static_cast<double>(row) * kRowHeight + 2, x1 - x0, kRowHeight - 4), inConflict.count(i) > 0,
                                  r.overrunsWindow || r.outsideWindow});
            }
            m_lanes << lane;
            m_laneTop.push_back(top);
            m_laneRows.push_back(std::max<int>(1, static_cast<int>(rowEnds.size())));
            top += m_laneRows.back() * kRowHeight + kLaneGap;
        }
    }
}

QString TimelineWidget::describe(const Bar& bar) const
{
    const model::ScheduleTimeline* tl = m_analysis->timeline();
    if (!tl || bar.run < 0)
        return {};
    const model::ScheduledRun& r = tl->runs[static_cast<std::size_t>(bar.run)];
    const QLocale locale;
    QStringList lines{tr("%1 (dataset %2) to %3").arg(r.policy, r.dataset, r.repository),
                      tr("%1 – %2, about %L3 h").arg(locale.toString(r.start.toLocalTime(), QLocale::ShortFormat), r.end.toLocalTime().toString(QStringLiteral("HH:mm")))
                          .arg(r.durationHours, 0, 'f', 1)};
    if (!r.link.isEmpty())
        lines << tr("Crosses the link %1.").arg(r.link);
    if (!r.windowProblem.isEmpty())
        lines << r.windowProblem;
    for (const auto& c : tl->conflicts)
        if (c.first == bar.run || c.second == bar.run)
            lines << c.reason;
    return lines.join(QLatin1Char('\n'));
}

bool TimelineWidget::event(QEvent* event)
{
    if (event->type() == QEvent::ToolTip) {
        const auto* help = static_cast<QHelpEvent*>(event);
        for (const Bar& b : m_bars)
            if (b.rect.adjusted(-2, -2, 2, 2).contains(help->pos())) {
                QToolTip::showText(help->globalPos(), describe(b), this);
                return true;
            }
        QToolTip::hideText();
        event->ignore();
        return true;
    }
    return QWidget::event(event);
}

void TimelineWidget::paintEvent(QPaintEvent*)
{
    QPainter p(this);
    p.fillRect(rect(), palette().base());
    const model::ScheduleTimeline* tl = m_analysis->timeline();
    if (!tl) {
        p.setPen(palette().color(QPalette::Text));
        p.drawText(rect(), Qt::AlignCenter, m_analysis->problem().isEmpty() ? tr("No schedule yet.") : m_analysis->problem());
        return;
    }
    if (tl->runs.empty()) {
        p.setPen(palette().color(QPalette::Text));
        p.drawText(rect(), Qt::AlignCenter, tr("No backup runs in this span."));
        return;
    }
    // Axis: every 2 hours for a day, every day for a week, in local time.
    const bool week = tl->from.secsTo(tl->to) > 2 * 86400;
    const QDateTime fromLocal = tl->from.toLocalTime();
    p.setPen(palette().color(QPalette::Mid));
    for (QDateTime t = fromLocal; t <= tl->to.toLocalTime(); t = week ? t.addDays(1) : t.addSecs(2 * 3600)) {
        const double x = xOf(t.toUTC());
        p.drawLine(QPointF(x, kAxisHeight - 4), QPointF(x, height()));
        p.setPen(palette().color(QPalette::Text));
        p.drawText(QPointF(x + 2, kAxisHeight - 8), week ? QLocale().toString(t.date(), QStringLiteral("ddd d")) : t.toString(QStringLiteral("HH:mm")));
        p.setPen(palette().color(QPalette::Mid));
    }
    // Lane labels and separators.
    for (int i = 0; i < m_lanes.size(); ++i) {
        const double top = m_laneTop[static_cast<std::size_t>(i)];
        const double h = m_laneRows[static_cast<std::size_t>(i)] * kRowHeight;
        if (i % 2 == 1)
            p.fillRect(QRectF(0, top - kLaneGap / 2.0, width(), h + kLaneGap), palette().alternateBase());
        p.setPen(palette().color(QPalette::Text));
        p.drawText(QRectF(4, top, kLabelWidth - 8, kRowHeight), Qt::AlignVCenter | Qt::AlignLeft,
                   p.fontMetrics().elidedText(m_lanes[i], Qt::ElideMiddle, kLabelWidth - 8));
    }
    const QColor normal(0x1f, 0x77, 0xb4);
    const QColor conflict(0xd6, 0x27, 0x28);
    const QColor window(0xff, 0x7f, 0x0e);
    for (const Bar& b : m_bars) {
        const QColor colour = b.conflict ? conflict : b.windowProblem ? window : normal;
        p.setPen(QPen(colour.darker(130), 1, b.windowProblem ? Qt::DashLine : Qt::SolidLine));
        p.setBrush(colour);
        p.drawRect(b.rect);
        const QString label = tl->runs[static_cast<std::size_t>(b.run)].policy;
        if (p.fontMetrics().horizontalAdvance(label) + 4 < b.rect.width()) {
            p.setPen(Qt::white);
            p.drawText(b.rect.adjusted(2, 0, 0, 0), Qt::AlignVCenter | Qt::AlignLeft, label);
        }
    }
}

} // namespace lifeboat::ui
