// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/plan/Plan.h"
#include "core/util/Result.h"

#include <QCoreApplication>
#include <QDateTime>

#include <vector>

namespace lifeboat::model {

// The backup runs of a plan over a span of time (a day, a week), from each policy's cron
// expression in its time zone, each lasting its estimated duration (the bytes changed
// since the last run over the plan's repair bandwidth, as the risk models assume), and the
// conflicts a scheduler would hit: runs that write to the same repository at the same
// time, runs that share a link between two sites at the same time, and runs that do not
// finish inside their policy's backup window.
struct ScheduledRun {
    QString policy;
    QString dataset;
    QString repository;
    QString link;                  // "dc1 → dc2" when the data and the repository are in different sites; else empty
    QDateTime start;               // UTC
    QDateTime end;                 // UTC: start + estimated duration
    double durationHours = 0;
    bool outsideWindow = false;    // starts outside the policy's window
    bool overrunsWindow = false;   // ends after the window it started in closes
    QString windowProblem;         // the reason, in words, when either is true
};

struct ScheduleConflict {
    enum class Kind { Invalid = 0, Repository, Link };
    Kind kind = Kind::Invalid;
    int first = -1;                // indexes into ScheduleTimeline::runs
    int second = -1;
    QString resource;              // the repository or the link
    QString reason;                // a sentence naming both runs and what they share
};

struct ScheduleTimeline {
    QDateTime from;
    QDateTime to;
    std::vector<ScheduledRun> runs;          // by start time
    std::vector<ScheduleConflict> conflicts;
    QStringList assumptions;
};

class ScheduleTimelineModel {
    Q_DECLARE_TR_FUNCTIONS(ScheduleTimeline)
public:
    static constexpr int kMaxRuns = 20000;   // a week of every-minute schedules over many policies is cut here, said so
    static Result<ScheduleTimeline> compute(const plan::Plan& plan, const QDateTime& from, const QDateTime& to);
};

} // namespace lifeboat::model
