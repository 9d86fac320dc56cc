// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/util/Result.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QStringList>

#include <vector>

namespace lifeboat::schedule {

// One engine command a scheduled job runs on its node: lifeboat-cli's arguments (without
// the program name and without a passphrase), and which repository's passphrase it needs.
// The passphrase is never in the job: the node keeps one key file per repository
// (`schedule set-key`), and the run passes it with --password-file when it exists.
struct JobStep {
    QStringList arguments;          // "repo", "backup", "--repo", …, "--", PATH
    QString passwordOf;             // repository name whose key file opens --repo
    QString fromPasswordOf;         // the same for --from-repo (copies)
    // A copy of what this job's backup step just wrote: the run appends that snapshot id.
    bool copiesNewSnapshot = false;
    bool operator==(const JobStep&) const = default;
};

// What a node runs on a schedule for one plan: a backup (and the copies of it to the
// other repositories), a verification, or a repository's retention and prune. Installed
// as a systemd timer or a cron entry that calls `lifeboat-cli schedule run ID`.
struct ScheduledJob {
    QString id;                     // [a-z0-9-], unique among one owner's jobs on a node
    QString kind;                   // "backup", "verify", "maintain", "drill"
    QString cron;                   // 5-field cron or @daily …
    QString timeZone;               // IANA id; empty: UTC
    QString dataset;                // for a backup or a drill; empty otherwise
    QString repository;             // the repository it writes or checks first
    QString summary;                // one line for people (not compared)
    std::vector<JobStep> steps;     // in order; a step that fails stops the job

    // Equal as far as the node is concerned: everything but the summary.
    bool sameWork(const ScheduledJob& other) const;
    QJsonObject toJson() const;
    static Result<ScheduledJob> fromJson(const QJsonObject& json);
    static bool validId(const QString& id);
};

// A name turned into an id part: lower case, [a-z0-9-], at most 48 characters.
QString idPart(const QString& name);

// The jobs of one node for one plan, as the planner wants them or as the node has them.
struct NodeJobs {
    QString node;
    QString owner;                  // which installed set they replace: the plan and the node
    std::vector<ScheduledJob> jobs;
    QStringList warnings;           // for people: what the jobs will need or cannot do
};

// "<plan>--<node>", in id characters: one plan's jobs on one node, so two plans (or two
// plan nodes behind one host) never replace each other's jobs.
QString ownerFor(const QString& planName, const QString& node);

// What changes on a node when `wanted` replaces `installed` (same owner).
struct JobChange {
    enum class Action { Add, Change, Remove, Keep };
    Action action = Action::Keep;
    QString id;
    QStringList differences;        // for Change: each field that differs, "cron: A → B"
    ScheduledJob job;               // the wanted job (the installed one for Remove)
};

class JobDiff {
    Q_DECLARE_TR_FUNCTIONS(JobDiff)
public:
    // In the order of `wanted`, then the removed ones in installed order.
    static std::vector<JobChange> between(const std::vector<ScheduledJob>& installed, const std::vector<ScheduledJob>& wanted);
    static bool changesAnything(const std::vector<JobChange>& changes);
    static QString actionName(JobChange::Action action);   // "add", "change", "remove", "keep": stable, for JSON
    static QString actionMark(JobChange::Action action);   // "+", "~", "-", "=": the text listings' column
    static QJsonObject toJson(const JobChange& change);
    static Result<JobChange> fromJson(const QJsonObject& json);
};

} // namespace lifeboat::schedule
