// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QComboBox;
class QDateEdit;
class QLabel;
class QTableView;

namespace lifeboat::ui {

class PlanDocument;
class ScheduleAnalysis;
class ScheduleProblemsModel;
class TimelineWidget;

// The plan's backup runs over a day or a week on a timeline per repository and link, with
// every conflict and window problem listed and explained. Recomputed when the plan changes
// (a schedule edited in the Plan view shows here at once).
class SchedulesView : public QWidget {
    Q_OBJECT
public:
    SchedulesView(PlanDocument* document, QWidget* parent = nullptr);

    ScheduleAnalysis* analysis() const { return m_analysis; }
    TimelineWidget* timeline() const { return m_timeline; }
    ScheduleProblemsModel* problemsModel() const { return m_problems; }
    QComboBox* spanComboBox() const { return m_span; }
    QDateEdit* startDateEdit() const { return m_start; }
    QLabel* summaryLabel() const { return m_summary; }

private:
    void applySpan();
    void refresh();

    ScheduleAnalysis* m_analysis;
    TimelineWidget* m_timeline;
    ScheduleProblemsModel* m_problems;
    QComboBox* m_span;
    QDateEdit* m_start;
    QLabel* m_summary;
    QLabel* m_assumptions;
};

} // namespace lifeboat::ui
