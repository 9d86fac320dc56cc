// SPDX-License-Identifier: GPL-3.0-or-later
#include "RestoreWizard.h"

#include "RestorePages.h"
#include "RunPage.h"
#include "ui/presenters/OperationRun.h"

#include "core/util/Units.h"

#include <QFileInfo>
#include <QJsonArray>

#include <algorithm>

namespace lifeboat::ui {

RestoreWizard::RestoreWizard(plan::Plan plan, FleetConnections* connections, ActivityStore* activity, QWidget* parent)
    : OperationWizard(std::move(plan), connections, activity, parent)
{
    setObjectName(QStringLiteral("restoreWizard"));
    setWindowTitle(tr("Restore"));
    m_scenario = new RestoreScenarioPage(this);
    m_affectedPage = new RestoreAffectedPage(this);
    m_pointPage = new RestorePointPage(this);
    m_itemsPage = new RestoreItemsPage(this);
    m_targetPage = new RestoreTargetPage(this);
    m_preflight = new RestorePreflightPage(this);
    for (QWizardPage* page : std::initializer_list<QWizardPage*>{m_scenario, m_affectedPage, m_pointPage, m_itemsPage, m_targetPage, m_preflight})
        addPage(page);
    addRunAndReportPages();
}

const restore::AffectedDataset* RestoreWizard::affected() const
{
    if (m_choices.datasetIndex < 0 || m_choices.datasetIndex >= static_cast<int>(m_choices.affected.size()))
        return nullptr;
    return &m_choices.affected[static_cast<std::size_t>(m_choices.datasetIndex)];
}

const plan::Dataset* RestoreWizard::dataset() const
{
    const restore::AffectedDataset* a = affected();
    if (!a)
        return nullptr;
    const auto it = std::find_if(plan().datasets.begin(), plan().datasets.end(), [&](const plan::Dataset& d) { return d.name == a->dataset; });
    return it == plan().datasets.end() ? nullptr : &*it;
}

const restore::RestoreSource* RestoreWizard::source() const
{
    const restore::AffectedDataset* a = affected();
    if (!a || m_choices.sourceIndex < 0 || m_choices.sourceIndex >= static_cast<int>(a->sources.size()))
        return nullptr;
    return &a->sources[static_cast<std::size_t>(m_choices.sourceIndex)];
}

const plan::Repository* RestoreWizard::repository() const
{
    const restore::RestoreSource* s = source();
    if (!s)
        return nullptr;
    const auto it = std::find_if(plan().repositories.begin(), plan().repositories.end(), [&](const plan::Repository& r) { return r.name == s->repository; });
    return it == plan().repositories.end() ? nullptr : &*it;
}

restore::EnginePlace RestoreWizard::reader() const
{
    const restore::RestoreSource* s = source();
    return restore::EnginePlace{m_choices.readOnRepositoryNode && s ? s->node : QString()};
}

const restore::RestorePoint* RestoreWizard::point() const
{
    if (m_choices.pointIndex < 0 || m_choices.pointIndex >= static_cast<int>(m_choices.points.size()))
        return nullptr;
    return &m_choices.points[static_cast<std::size_t>(m_choices.pointIndex)];
}

QJsonObject RestoreWizard::withPassphrase(QJsonObject params) const
{
    return OperationWizard::withPassphrase(std::move(params), QString::fromUtf8(m_choices.passphrase));
}

RunJob RestoreWizard::restoreRunJob(const QString& label, const QString& node, QJsonObject params, bool dryRun, double limitBytesPerSecond, const QString& passphrase)
{
    if (dryRun)
        params.insert(QStringLiteral("dry-run"), true);
    else if (limitBytesPerSecond > 0)
        params.insert(QStringLiteral("limit-rate"), QStringLiteral("%1B/s").arg(static_cast<qint64>(limitBytesPerSecond)));
    RunJob run;
    run.label = label;
    run.node = node;
    run.op = QStringLiteral("repo.restore");
    run.params = OperationWizard::withPassphrase(std::move(params), passphrase);
    return run;
}

Result<std::vector<restore::RestoreJob>> RestoreWizard::restoreJobs(bool dryRun) const
{
    const plan::Dataset* d = dataset();
    const plan::Repository* repo = repository();
    const restore::RestorePoint* p = point();
    if (!d || !repo || !p)
        return Error{Error::Code::Invalid, tr("Choose a dataset, a source and a restore point first.")};
    std::vector<restore::RestoreJob> jobs;
    const bool sharded = d->layout == plan::DatasetLayout::Sharded;
    for (std::size_t i = 0; i < p->shards.size(); ++i) {
        if (!p->shards[i])
            return Error{Error::Code::NotFound, tr("Shard %1 has no snapshot in this restore point.").arg(i + 1)};
        restore::RestoreJob job;
        job.snapshot = p->shards[i]->id;
        if (d->locations.empty() || (sharded && i >= d->locations.size()))
            return Error{Error::Code::Invalid, tr("Dataset %1 has no location for shard %2 in the plan.").arg(d->name).arg(i + 1)};
        // A shard goes back to its own location; a replicated dataset to the copy chosen on
        // the target page, else the one the scenario affected.
        const bool chosen = m_choices.locationIndex >= 0 && m_choices.locationIndex < static_cast<int>(d->locations.size());
        const plan::DatasetLocation& location = sharded  ? d->locations[i]
                                                : chosen ? d->locations[static_cast<std::size_t>(m_choices.locationIndex)]
                                                : affected()->locations.empty() ? d->locations.front()
                                                                                : affected()->locations.front();
        if (m_choices.originalLocation) {
            job.place = restore::EnginePlace{location.node};
            // The snapshot's root holds the backed-up folder by its name: restoring into
            // the folder's parent puts it back where it was.
            job.target = QFileInfo(location.path).path();
        } else {
            job.place = restore::EnginePlace{m_choices.targetNode};
            job.target = sharded ? m_choices.targetPath + QStringLiteral("/shard-%1").arg(i + 1) : m_choices.targetPath;
        }
        auto address = restore::RestoreCommand::repositoryAddress(plan(), *repo, reader(), job.place);
        if (!address)
            return address.error();
        job.repository = address.value();
        job.includes = m_choices.includes;
        job.conflict = m_choices.conflict;
        job.dryRun = dryRun;
        jobs.push_back(std::move(job));
    }
    return jobs;
}

QString RestoreWizard::jobLabel(const restore::RestoreJob& job, std::size_t shard) const
{
    const QString where = job.place.local() ? tr("this computer") : job.place.node;
    const restore::RestorePoint* p = point();
    if (p && p->shards.size() > 1)
        return tr("shard %1 → %2: %3").arg(shard + 1).arg(where, job.target);
    return tr("%1: %2").arg(where, job.target);
}

std::vector<RunJob> RestoreWizard::toRunJobs(bool dryRun) const
{
    std::vector<RunJob> out;
    auto jobs = restoreJobs(dryRun);
    if (!jobs)
        return out;
    for (std::size_t i = 0; i < jobs->size(); ++i) {
        const restore::RestoreJob& job = jobs.value()[i];
        RunJob run = restoreRunJob(jobLabel(job, i), job.place.node, restore::RestoreCommand::params(job), dryRun, m_choices.limitBytesPerSecond,
                                   QString::fromUtf8(m_choices.passphrase));
        run.expectedBytes = i < m_expectedBytes.size() ? m_expectedBytes[i] : 0;
        out.push_back(std::move(run));
    }
    return out;
}

std::vector<RunJob> RestoreWizard::runJobs() const
{
    return toRunJobs(false);
}

std::vector<RunJob> RestoreWizard::checkJobs() const
{
    return toRunJobs(true);
}

QString RestoreWizard::title() const
{
    const restore::AffectedDataset* a = affected();
    return tr("Restore %1").arg(a ? a->dataset : tr("(no dataset)"));
}

QString RestoreWizard::reason() const
{
    if (m_choices.ticket.isEmpty())
        return m_choices.reason;
    return tr("%1 (ticket %2)").arg(m_choices.reason, m_choices.ticket);
}

QJsonObject RestoreWizard::details() const
{
    QJsonObject d;
    d.insert(QStringLiteral("scenario"), restore::RestoreScope::scenarioLabel(m_choices.scope.scenario));
    if (const restore::AffectedDataset* a = affected())
        d.insert(QStringLiteral("dataset"), a->dataset);
    if (const plan::Repository* r = repository())
        d.insert(QStringLiteral("repository"), tr("%1 (%2:%3), read on %4").arg(r->name, r->node, r->path, reader().local() ? tr("this computer") : reader().node));
    if (const restore::RestorePoint* p = point()) {
        QJsonArray snapshots;
        for (const auto& s : p->shards)
            snapshots.append(s ? s->id : QString());
        d.insert(QStringLiteral("snapshots"), snapshots);
        d.insert(QStringLiteral("restore point"), p->time.toUTC().toString(Qt::ISODate));
        if (!p->generation.isEmpty())
            d.insert(QStringLiteral("generation"), p->generation);
        if (p->damaged)
            d.insert(QStringLiteral("verification override"), m_choices.overrideDamaged);
    }
    d.insert(QStringLiteral("items"), m_choices.includes.isEmpty() ? QJsonValue(tr("the whole dataset")) : QJsonValue(QJsonArray::fromStringList(m_choices.includes)));
    d.insert(QStringLiteral("conflict policy"), restore::RestoreCommand::conflictName(m_choices.conflict));
    if (auto jobs = restoreJobs(false)) {
        QJsonArray targets;
        QJsonArray commands;
        for (std::size_t i = 0; i < jobs->size(); ++i) {
            targets.append(jobLabel(jobs.value()[i], i));
            commands.append(restore::RestoreCommand::commandLine(jobs.value()[i], plan()));
        }
        d.insert(QStringLiteral("targets"), targets);
        d.insert(QStringLiteral("command"), commands);
        // Enough to run the same restore again from the Activity view.
        QJsonArray resume;
        for (std::size_t i = 0; i < jobs->size(); ++i) {
            const restore::RestoreJob& job = jobs.value()[i];
            resume.append(QJsonObject{{QStringLiteral("label"), jobLabel(job, i)},
                                      {QStringLiteral("node"), job.place.node},
                                      {QStringLiteral("params"), restore::RestoreCommand::params(job)}});
        }
        d.insert(QStringLiteral("resume"), QJsonObject{{QStringLiteral("jobs"), resume},
                                                       {QStringLiteral("conflict"), restore::RestoreCommand::conflictName(m_choices.conflict)},
                                                       {QStringLiteral("limitBytesPerSecond"), m_choices.limitBytesPerSecond}});
    }
    return d;
}

QString RestoreWizard::summarize(const OperationRun& run, const OperationRun* check, bool* ok) const
{
    return summarizeRestore(run, check, m_choices.conflict, ok);
}

QString RestoreWizard::summarizeRestore(const OperationRun& run, const OperationRun* check, engine::ConflictPolicy conflict, bool* ok)
{
    double written = 0;
    double correct = 0;
    double conflicts = 0;
    QStringList failures;
    for (std::size_t i = 0; i < run.progress().size(); ++i) {
        const JobProgress& p = run.progress()[i];
        if (p.state != JobState::Done) {
            failures << tr("%1: %2").arg(run.jobs()[i].label, p.error.isEmpty() ? OperationRun::stateLabel(p.state) : p.error);
            continue;
        }
        written += p.result.value(QLatin1String("filesWritten")).toDouble();
        correct += p.result.value(QLatin1String("filesAlreadyCorrect")).toDouble();
        conflicts += p.result.value(QLatin1String("filesInConflict")).toDouble();
        for (const QJsonValue& f : p.result.value(QLatin1String("failures")).toArray())
            failures << tr("%1: %2").arg(run.jobs()[i].label, f.toString());
    }
    double identical = 0;
    double missing = 0;
    double different = 0;
    QStringList notChecked;
    if (check) {
        for (std::size_t i = 0; i < check->progress().size(); ++i) {
            const JobProgress& p = check->progress()[i];
            if (p.state != JobState::Done) {
                notChecked << tr("%1: %2").arg(check->jobs()[i].label, p.error.isEmpty() ? OperationRun::stateLabel(p.state) : p.error);
                continue;
            }
            identical += p.result.value(QLatin1String("filesAlreadyCorrect")).toDouble();
            missing += p.result.value(QLatin1String("filesMissing")).toDouble();
            different += p.result.value(QLatin1String("filesDifferent")).toDouble();
        }
    }
    // Files the skip policy left as they were differ from the snapshot by choice; any
    // other difference means the restore is not what the snapshot holds.
    const double allowedDifferent = conflict == engine::ConflictPolicy::Skip || conflict == engine::ConflictPolicy::Rename ? conflicts : 0;
    const bool verified = check && notChecked.isEmpty() && missing == 0 && different <= allowedDifferent;
    *ok = failures.isEmpty() && verified;
    QString text = tr("%1 files written, %2 already correct, %3 in conflict (%4).")
                       .arg(written)
                       .arg(correct)
                       .arg(conflicts)
                       .arg(restore::RestoreCommand::conflictName(conflict));
    if (verified) {
        text += QLatin1Char(' ') + tr("Verified: every one of the %1 restored files was read back and re-hashed, and matches the snapshot.").arg(identical);
        if (different > 0)
            text += QLatin1Char(' ') + tr("%1 files that were already in the target with other content were left as they were, as the conflict policy says.").arg(different);
    } else if (check && notChecked.isEmpty()) {
        text += QLatin1Char(' ') + tr("VERIFICATION FAILED: %1 files are missing and %2 differ from the snapshot.").arg(missing).arg(different);
    } else {
        text += QLatin1Char(' ') + tr("Not verified: %1").arg(notChecked.join(QStringLiteral("; ")));
    }
    if (!failures.isEmpty())
        text += QLatin1Char(' ') + tr("Failures: %1").arg(failures.join(QStringLiteral("; ")));
    return text;
}

QString RestoreWizard::stoppedStatement(const OperationRun& run) const
{
    return partialRestoreStatement(run);
}

QString RestoreWizard::partialRestoreStatement(const OperationRun& run)
{
    const JobProgress c = run.combined();
    return tr("The target holds a partial restore: %1 of %2 files are complete (each was written under a staging name, checked and only then "
              "renamed into place, so no file is half-written); the others are missing or as they were. Nothing that was there before was "
              "removed. A resume runs the same restore and skips every file already correct.")
        .arg(c.filesDone)
        .arg(c.filesTotal);
}

} // namespace lifeboat::ui
