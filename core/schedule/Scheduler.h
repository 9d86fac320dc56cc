// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ScheduledJob.h"

#include <QCoreApplication>
#include <QTimeZone>

#include <memory>
#include <vector>

namespace lifeboat::schedule {

// What an installed entry calls: `ENGINE schedule run --data-dir DIR --journal FILE
// [--due-check] OWNER/ID`, so a scheduled run finds the same jobs, keys and journal as the
// `schedule set` that installed it, whatever environment the scheduler gives it.
struct RunContext {
    QString owner;
    QString engine;      // absolute path of lifeboat-cli on the node
    QString dataDir;
    QString journal;
};

// The system service that starts a node's jobs. One per node, chosen by
// `Scheduler::choose`: systemd timers where systemd runs (system units for root, user
// units otherwise), else cron (a cron.d file for root, the user's crontab otherwise).
// Each owner's entries are replaced as a whole; other owners' and the user's own
// entries are never touched.
class Scheduler {
    Q_DECLARE_TR_FUNCTIONS(Scheduler)
public:
    virtual ~Scheduler() = default;
    // "systemd-system", "systemd-user", "crontab" or "cron-file:DIR".
    virtual QString name() const = 0;
    // The ids of the owner's jobs that have an entry.
    virtual Result<QStringList> installedIds(const QString& owner) = 0;
    // Makes the owner's entries exactly `jobs` (none: every entry removed).
    virtual Status install(const RunContext& context, const std::vector<ScheduledJob>& jobs) = 0;
    // Things people must know about this scheduler here (a user timer without lingering).
    virtual QStringList warnings() const { return {}; }

    // `spec` as --scheduler takes it, else $LIFEBOAT_SCHEDULER, else what this system has.
    static Result<std::unique_ptr<Scheduler>> choose(const QString& spec);

    // A cron entry's time fields for `job` on a node whose cron runs in `nodeZone`: the
    // job's own when the two zones agree all year, else every hour (every minute where a
    // zone is off the hour) with `due-check` set, so the run itself decides in the job's
    // zone. Vixie cron (Debian's) has no CRON_TZ.
    struct CronTiming {
        QString fields;
        bool dueCheck = false;
    };
    static Result<CronTiming> cronTiming(const ScheduledJob& job, const QTimeZone& nodeZone);
    // The command an entry runs, quoted for /bin/sh (every value single-quoted) with cron's
    // '%' escaped; an error for a value cron cannot carry (a newline).
    static Result<QString> cronCommand(const RunContext& context, const QString& jobId, bool dueCheck);
    // systemd OnCalendar= lines for the job (two when day-of-month and day-of-week are both
    // restricted: cron runs on either).
    static Result<QStringList> systemdCalendars(const ScheduledJob& job);
    // ExecStart= arguments quoted the way systemd splits them ('%' and '$' doubled).
    static QString systemdQuote(const QString& value);
};

} // namespace lifeboat::schedule
