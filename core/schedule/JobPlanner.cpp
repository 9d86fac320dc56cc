// SPDX-License-Identifier: GPL-3.0-or-later
#include "JobPlanner.h"

#include "core/restore/RestoreCommand.h"

#include <QSet>

#include <algorithm>

namespace lifeboat::schedule {

namespace {

const plan::Repository* repositoryNamed(const plan::Plan& plan, const QString& name)
{
    const auto it = std::find_if(plan.repositories.begin(), plan.repositories.end(), [&](const plan::Repository& r) { return r.name == name; });
    return it == plan.repositories.end() ? nullptr : &*it;
}

const plan::Dataset* datasetNamed(const plan::Plan& plan, const QString& name)
{
    const auto it = std::find_if(plan.datasets.begin(), plan.datasets.end(), [&](const plan::Dataset& d) { return d.name == name; });
    return it == plan.datasets.end() ? nullptr : &*it;
}

// Ids unique within one node: a second job of the same name gets "-2", "-3" ….
QString uniqueId(const QString& base, QSet<QString>& taken)
{
    QString id = base;
    for (int n = 2; taken.contains(id); ++n)
        id = base + QLatin1Char('-') + QString::number(n);
    taken.insert(id);
    return id;
}

QStringList retentionArguments(const plan::Retention& r)
{
    QStringList out;
    const std::pair<const char*, int> rules[] = {{"--keep-last", r.keepLast},       {"--keep-hourly", r.keepHourly},   {"--keep-daily", r.keepDaily},
                                                 {"--keep-weekly", r.keepWeekly},   {"--keep-monthly", r.keepMonthly}, {"--keep-yearly", r.keepYearly}};
    for (const auto& [option, n] : rules)
        if (n > 0)
            out << QLatin1String(option) << QString::number(n);
    if (r.keepWithin.count() > 0)
        out << QStringLiteral("--keep-within") << QStringLiteral("%1s").arg(r.keepWithin.count());
    return out;
}

QString percent(double fraction)
{
    return QString::number(fraction * 100.0, 'g', 4) + QLatin1Char('%');
}

} // namespace

NodeJobs JobPlanner::jobsForNode(const plan::Plan& plan, const QString& node)
{
    NodeJobs out;
    out.node = node;
    out.owner = ownerFor(plan.name, node);
    QSet<QString> taken;
    const restore::EnginePlace here{node};

    // Backups (and their copies) of the dataset locations on this node.
    for (const plan::Policy& policy : plan.policies) {
        const plan::Dataset* dataset = datasetNamed(plan, policy.dataset);
        if (!dataset || policy.repositories.isEmpty() || policy.schedule.cron.isEmpty())
            continue;
        for (const plan::DatasetLocation& location : dataset->locations) {
            if (location.node != node)
                continue;
            ScheduledJob job;
            job.kind = QStringLiteral("backup");
            job.id = uniqueId(QStringLiteral("backup-") + idPart(dataset->name), taken);
            job.cron = policy.schedule.cron;
            job.timeZone = policy.schedule.timeZone;
            job.dataset = dataset->name;
            job.repository = policy.repositories.constFirst();
            QStringList addresses;
            bool reachable = true;
            for (const QString& name : policy.repositories) {
                const plan::Repository* repository = repositoryNamed(plan, name);
                if (!repository) {
                    reachable = false;
                    out.warnings << tr("Policy %1 names repository %2, which is not in the plan: its backup of %3 is not scheduled.").arg(policy.name, name, dataset->name);
                    break;
                }
                auto address = restore::RestoreCommand::repositoryAddress(plan, *repository, restore::EnginePlace{repository->node}, here);
                if (!address) {
                    reachable = false;
                    out.warnings << address.error().message;
                    break;
                }
                addresses << address.value();
            }
            if (!reachable)
                continue;
            job.steps.push_back(JobStep{{QStringLiteral("repo"), QStringLiteral("backup"), QStringLiteral("--repo"), addresses.constFirst(), QStringLiteral("--dataset"),
                                         dataset->name, QStringLiteral("--host"), node, QStringLiteral("--"), location.path},
                                        policy.repositories.constFirst(),
                                        {},
                                        false});
            for (qsizetype i = 1; i < addresses.size(); ++i)
                job.steps.push_back(JobStep{{QStringLiteral("repo"), QStringLiteral("copy"), QStringLiteral("--from-repo"), addresses.constFirst(), QStringLiteral("--repo"),
                                             addresses[i]},
                                            policy.repositories[i],
                                            policy.repositories.constFirst(),
                                            true});
            job.summary = addresses.size() > 1 ? tr("Back up %1 (%2) to %3, then copy the snapshot to %4")
                                                     .arg(dataset->name, location.path, policy.repositories.constFirst(),
                                                          QStringList(policy.repositories.mid(1)).join(QStringLiteral(", ")))
                                               : tr("Back up %1 (%2) to %3").arg(dataset->name, location.path, policy.repositories.constFirst());
            out.jobs.push_back(std::move(job));
        }
    }

    // Restore drills run on the node the policy names, from the repository it names.
    for (const plan::Policy& policy : plan.policies) {
        if (policy.drill.cron.isEmpty() || policy.drill.node != node || policy.repositories.isEmpty())
            continue;
        const QString from = policy.drill.repository.isEmpty() ? policy.repositories.constFirst() : policy.drill.repository;
        const plan::Repository* repository = repositoryNamed(plan, from);
        if (!repository) {
            out.warnings << tr("Policy %1 drills from repository %2, which is not in the plan: its drill is not scheduled.").arg(policy.name, from);
            continue;
        }
        auto address = restore::RestoreCommand::repositoryAddress(plan, *repository, restore::EnginePlace{repository->node}, here);
        if (!address) {
            out.warnings << address.error().message;
            continue;
        }
        ScheduledJob job;
        job.kind = QStringLiteral("drill");
        job.id = uniqueId(QStringLiteral("drill-") + idPart(policy.dataset), taken);
        job.cron = policy.drill.cron;
        job.timeZone = policy.schedule.timeZone;
        job.dataset = policy.dataset;
        job.repository = from;
        JobStep step{{QStringLiteral("repo"), QStringLiteral("drill"), QStringLiteral("--repo"), address.value(), QStringLiteral("--dataset"), policy.dataset,
                      QStringLiteral("--target"), policy.drill.path},
                     from,
                     {},
                     false};
        if (policy.drill.sample < 1.0)
            step.arguments << QStringLiteral("--sample") << percent(policy.drill.sample);
        job.steps.push_back(std::move(step));
        job.summary = policy.drill.sample < 1.0
                          ? tr("Drill a restore of %1 of %2 from %3 into %4, check every byte, remove it").arg(percent(policy.drill.sample), policy.dataset, from, policy.drill.path)
                          : tr("Drill a restore of %1 from %2 into %3, check every byte, remove it").arg(policy.dataset, from, policy.drill.path);
        out.jobs.push_back(std::move(job));
    }

    // Verification and maintenance of the repositories on this node.
    for (const plan::Repository& repository : plan.repositories) {
        if (repository.node != node)
            continue;
        QSet<QString> verifications;   // one verify per distinct schedule and depth
        std::vector<const plan::Policy*> retained;
        for (const plan::Policy& policy : plan.policies) {
            if (!policy.repositories.contains(repository.name))
                continue;
            if (!policy.retention.keepsNothing())
                retained.push_back(&policy);
            if (policy.verification.cron.isEmpty())
                continue;
            const QString key = policy.verification.cron + QLatin1Char('|') + policy.schedule.timeZone + QLatin1Char('|') + QString::number(policy.verification.readDataFraction);
            if (verifications.contains(key))
                continue;
            verifications.insert(key);
            ScheduledJob job;
            job.kind = QStringLiteral("verify");
            job.id = uniqueId(QStringLiteral("verify-") + idPart(repository.name), taken);
            job.cron = policy.verification.cron;
            job.timeZone = policy.schedule.timeZone;
            job.repository = repository.name;
            JobStep step{{QStringLiteral("repo"), QStringLiteral("verify"), QStringLiteral("--repo"), repository.path}, repository.name, {}, false};
            if (policy.verification.readDataFraction >= 1.0)
                step.arguments << QStringLiteral("--read-data");
            else if (policy.verification.readDataFraction > 0)
                step.arguments << QStringLiteral("--read-data-subset") << percent(policy.verification.readDataFraction);
            job.steps.push_back(std::move(step));
            job.summary = policy.verification.readDataFraction > 0
                              ? tr("Verify %1: its structure, and %2 of the data re-read").arg(repository.name, percent(std::min(1.0, policy.verification.readDataFraction)))
                              : tr("Verify %1: its structure").arg(repository.name);
            out.jobs.push_back(std::move(job));
        }
        if (retained.empty())
            continue;
        ScheduledJob job;
        job.kind = QStringLiteral("maintain");
        job.id = uniqueId(QStringLiteral("maintain-") + idPart(repository.name), taken);
        job.cron = QLatin1String(kMaintenanceCron);
        job.repository = repository.name;
        QStringList datasets;
        for (const plan::Policy* policy : retained) {
            job.steps.push_back(JobStep{QStringList{QStringLiteral("repo"), QStringLiteral("forget"), QStringLiteral("--repo"), repository.path, QStringLiteral("--dataset"),
                                                    policy->dataset}
                                            + retentionArguments(policy->retention),
                                        repository.name,
                                        {},
                                        false});
            datasets << policy->dataset;
        }
        job.steps.push_back(JobStep{{QStringLiteral("repo"), QStringLiteral("prune"), QStringLiteral("--repo"), repository.path}, repository.name, {}, false});
        job.summary = tr("Apply the retention of %1 in %2, then prune it").arg(datasets.join(QStringLiteral(", ")), repository.name);
        out.jobs.push_back(std::move(job));
    }
    return out;
}

std::vector<NodeJobs> JobPlanner::jobsFor(const plan::Plan& plan)
{
    std::vector<NodeJobs> out;
    for (const plan::Node& node : plan.nodes)
        out.push_back(jobsForNode(plan, node.name));
    return out;
}

} // namespace lifeboat::schedule
