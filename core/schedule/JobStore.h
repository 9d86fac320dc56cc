// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Scheduler.h"
#include "ScheduledJob.h"

#include <QCoreApplication>

#include <vector>

namespace lifeboat::schedule {

// A node's installed jobs: one JSON file per job under DATA/jobs/OWNER/, and one
// passphrase file per repository under DATA/keys/ (mode 0600), which is how a job run by
// a scheduler opens an encrypted repository with nobody there to type it (as restic's
// --password-file and borg's BORG_PASSCOMMAND do).
class JobStore {
    Q_DECLARE_TR_FUNCTIONS(JobStore)
public:
    explicit JobStore(QString dataDir = defaultDataDir());
    static QString defaultDataDir();   // the user's data directory + "/lifeboat"
    const QString& dataDir() const { return m_dataDir; }

    QStringList owners() const;
    Result<std::vector<ScheduledJob>> jobsOf(const QString& owner) const;
    Result<ScheduledJob> job(const QString& owner, const QString& id) const;
    // The scheduler the owner's jobs were installed into (empty: none recorded), so status
    // and list look where apply wrote, and a later apply into another one removes them there.
    QString schedulerOf(const QString& owner) const;

    QString keyFile(const QString& repository) const;
    Status writeKey(const QString& repository, const QByteArray& passphrase) const;

    struct Applied {
        QString scheduler;
        std::vector<JobChange> changes;
        QStringList warnings;
        bool changed = false;          // something was written
    };
    // Makes the owner's jobs exactly `wanted`: the difference first; unless `dryRun`, the
    // new job files staged beside the old ones, the scheduler's entries replaced, then the
    // staged files swapped in. A scheduler that refuses leaves the old files (and, for
    // cron, the old entries) as they were. Nothing changes when nothing differs.
    Result<Applied> apply(const RunContext& context, const std::vector<ScheduledJob>& wanted, Scheduler& scheduler, bool dryRun) const;

private:
    QString ownerDir(const QString& owner) const;
    QString m_dataDir;
};

} // namespace lifeboat::schedule
