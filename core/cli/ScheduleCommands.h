// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CommandLine.h"

namespace lifeboat::cli {

// `schedule set|list|run|set-key`: the node's side of applying a plan. The console (or
// `lifeboat-cli apply`) sends each node its jobs with `schedule set`; the node installs
// them in its scheduler (core/schedule/Scheduler) and the scheduler starts
// `schedule run OWNER/ID`, which runs the job's engine commands in order and appends each
// to the node's run journal, marked as scheduled.
class ScheduleCommand {
    Q_DECLARE_TR_FUNCTIONS(ScheduleCommand)
public:
    static int execute(const QStringList& arguments, Streams streams);
    static QString helpText();
};

} // namespace lifeboat::cli
