// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QRectF>
#include <QWidget>

#include <vector>

namespace lifeboat::ui {

class ScheduleAnalysis;

// The runs of ScheduleAnalysis drawn as bars on a time axis, one lane per repository and
// per inter-site link (a run that crosses a link shows in both), overlapping runs of a lane
// stacked so none hides another. A run in conflict is red, one that overruns or misses its
// window is orange with a dashed outline. Hovering a bar says what it is and what is wrong
// with it; the same sentences are listed under the timeline.
class TimelineWidget : public QWidget {
    Q_OBJECT
public:
    explicit TimelineWidget(ScheduleAnalysis* analysis, QWidget* parent = nullptr);
    QSize sizeHint() const override;

    struct Bar {
        int run = -1;              // index into the timeline's runs
        QString lane;
        QRectF rect;
        bool conflict = false;
        bool windowProblem = false;
    };
    const std::vector<Bar>& bars() const { return m_bars; }
    QStringList lanes() const { return m_lanes; }
    // What the tooltip over a bar says.
    QString describe(const Bar& bar) const;

protected:
    void paintEvent(QPaintEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    bool event(QEvent* event) override;

private:
    void layoutBars();
    double xOf(const QDateTime& t) const;

    ScheduleAnalysis* m_analysis;
    std::vector<Bar> m_bars;
    QStringList m_lanes;
    std::vector<double> m_laneTop;
    std::vector<int> m_laneRows;
    static constexpr int kLabelWidth = 170;
    static constexpr int kAxisHeight = 24;
    static constexpr int kRowHeight = 18;
    static constexpr int kLaneGap = 8;
};

} // namespace lifeboat::ui
