// SPDX-License-Identifier: GPL-3.0-or-later
#include "ScheduledJob.h"

#include <QJsonArray>
#include <QRegularExpression>

#include <algorithm>

namespace lifeboat::schedule {

namespace {

const QString kId = QStringLiteral("id");
const QString kKind = QStringLiteral("kind");
const QString kCron = QStringLiteral("cron");
const QString kTimeZone = QStringLiteral("timeZone");
const QString kDataset = QStringLiteral("dataset");
const QString kRepository = QStringLiteral("repository");
const QString kSummary = QStringLiteral("summary");
const QString kSteps = QStringLiteral("steps");
const QString kArguments = QStringLiteral("arguments");
const QString kPasswordOf = QStringLiteral("passwordOf");
const QString kFromPasswordOf = QStringLiteral("fromPasswordOf");
const QString kCopiesNewSnapshot = QStringLiteral("copiesNewSnapshot");

QString stepText(const JobStep& step)
{
    return step.arguments.join(QLatin1Char(' ')) + (step.copiesNewSnapshot ? QStringLiteral(" <new snapshot>") : QString());
}

} // namespace

bool ScheduledJob::sameWork(const ScheduledJob& other) const
{
    return id == other.id && kind == other.kind && cron == other.cron && timeZone == other.timeZone && dataset == other.dataset && repository == other.repository
        && steps == other.steps;
}

bool ScheduledJob::validId(const QString& id)
{
    static const QRegularExpression pattern(QStringLiteral("^[a-z0-9][a-z0-9-]{0,99}$"));
    return pattern.match(id).hasMatch();
}

QString idPart(const QString& name)
{
    QString out;
    for (const QChar c : name.toLower()) {
        if ((c >= QLatin1Char('a') && c <= QLatin1Char('z')) || (c >= QLatin1Char('0') && c <= QLatin1Char('9')))
            out += c;
        else if (!out.endsWith(QLatin1Char('-')))
            out += QLatin1Char('-');
    }
    while (out.startsWith(QLatin1Char('-')))
        out.remove(0, 1);
    out.truncate(48);
    while (out.endsWith(QLatin1Char('-')))
        out.chop(1);
    return out.isEmpty() ? QStringLiteral("x") : out;
}

QString ownerFor(const QString& planName, const QString& node)
{
    return idPart(planName) + QStringLiteral("--") + idPart(node);
}

QJsonObject ScheduledJob::toJson() const
{
    QJsonArray stepArray;
    for (const JobStep& s : steps) {
        QJsonObject o{{kArguments, QJsonArray::fromStringList(s.arguments)}};
        if (!s.passwordOf.isEmpty())
            o.insert(kPasswordOf, s.passwordOf);
        if (!s.fromPasswordOf.isEmpty())
            o.insert(kFromPasswordOf, s.fromPasswordOf);
        if (s.copiesNewSnapshot)
            o.insert(kCopiesNewSnapshot, true);
        stepArray.append(o);
    }
    return QJsonObject{{kId, id},           {kKind, kind},           {kCron, cron},       {kTimeZone, timeZone},
                       {kDataset, dataset}, {kRepository, repository}, {kSummary, summary}, {kSteps, stepArray}};
}

Result<ScheduledJob> ScheduledJob::fromJson(const QJsonObject& json)
{
    ScheduledJob job;
    job.id = json.value(kId).toString();
    if (!validId(job.id))
        return Error{Error::Code::Invalid, JobDiff::tr("A job's \"id\" must be lower-case letters, digits and dashes (got \"%1\").").arg(job.id)};
    job.kind = json.value(kKind).toString();
    if (job.kind != QLatin1String("backup") && job.kind != QLatin1String("verify") && job.kind != QLatin1String("maintain") && job.kind != QLatin1String("drill"))
        return Error{Error::Code::Invalid, JobDiff::tr("Job %1: \"kind\" must be backup, verify, maintain or drill (got \"%2\").").arg(job.id, job.kind)};
    job.cron = json.value(kCron).toString();
    job.timeZone = json.value(kTimeZone).toString();
    job.dataset = json.value(kDataset).toString();
    job.repository = json.value(kRepository).toString();
    job.summary = json.value(kSummary).toString();
    const QJsonArray steps = json.value(kSteps).toArray();
    if (steps.isEmpty())
        return Error{Error::Code::Invalid, JobDiff::tr("Job %1 has no steps.").arg(job.id)};
    for (const QJsonValue& v : steps) {
        const QJsonObject o = v.toObject();
        JobStep step;
        for (const QJsonValue& a : o.value(kArguments).toArray()) {
            if (!a.isString())
                return Error{Error::Code::Invalid, JobDiff::tr("Job %1: a step's arguments must be strings.").arg(job.id)};
            step.arguments << a.toString();
        }
        // Only engine commands: a job never runs anything but lifeboat-cli's repository work.
        if (step.arguments.size() < 2 || step.arguments.constFirst() != QLatin1String("repo"))
            return Error{Error::Code::Invalid, JobDiff::tr("Job %1: a step must be a \"repo\" command (got \"%2\").").arg(job.id, step.arguments.join(QLatin1Char(' ')))};
        step.passwordOf = o.value(kPasswordOf).toString();
        step.fromPasswordOf = o.value(kFromPasswordOf).toString();
        step.copiesNewSnapshot = o.value(kCopiesNewSnapshot).toBool();
        job.steps.push_back(std::move(step));
    }
    return job;
}

std::vector<JobChange> JobDiff::between(const std::vector<ScheduledJob>& installed, const std::vector<ScheduledJob>& wanted)
{
    std::vector<JobChange> out;
    const auto find = [](const std::vector<ScheduledJob>& jobs, const QString& id) {
        return std::find_if(jobs.begin(), jobs.end(), [&](const ScheduledJob& j) { return j.id == id; });
    };
    for (const ScheduledJob& w : wanted) {
        JobChange change;
        change.id = w.id;
        change.job = w;
        const auto have = find(installed, w.id);
        if (have == installed.end()) {
            change.action = JobChange::Action::Add;
        } else if (have->sameWork(w)) {
            change.action = JobChange::Action::Keep;
        } else {
            change.action = JobChange::Action::Change;
            const auto field = [&](const QString& name, const QString& before, const QString& after) {
                if (before != after)
                    change.differences << tr("%1: \"%2\" → \"%3\"").arg(name, before, after);
            };
            field(kKind, have->kind, w.kind);
            field(kCron, have->cron, w.cron);
            field(kTimeZone, have->timeZone.isEmpty() ? QStringLiteral("UTC") : have->timeZone, w.timeZone.isEmpty() ? QStringLiteral("UTC") : w.timeZone);
            field(kDataset, have->dataset, w.dataset);
            field(kRepository, have->repository, w.repository);
            const std::size_t n = std::max(have->steps.size(), w.steps.size());
            for (std::size_t i = 0; i < n; ++i) {
                const QString before = i < have->steps.size() ? stepText(have->steps[i]) : tr("(none)");
                const QString after = i < w.steps.size() ? stepText(w.steps[i]) : tr("(none)");
                if (i >= have->steps.size() || i >= w.steps.size() || !(have->steps[i] == w.steps[i]))
                    change.differences << tr("step %1: \"%2\" → \"%3\"").arg(i + 1).arg(before, after);
            }
        }
        out.push_back(std::move(change));
    }
    for (const ScheduledJob& i : installed) {
        if (find(wanted, i.id) != wanted.end())
            continue;
        JobChange change;
        change.action = JobChange::Action::Remove;
        change.id = i.id;
        change.job = i;
        out.push_back(std::move(change));
    }
    return out;
}

bool JobDiff::changesAnything(const std::vector<JobChange>& changes)
{
    return std::any_of(changes.begin(), changes.end(), [](const JobChange& c) { return c.action != JobChange::Action::Keep; });
}

QString JobDiff::actionName(JobChange::Action action)
{
    switch (action) {
    case JobChange::Action::Add: return QStringLiteral("add");
    case JobChange::Action::Change: return QStringLiteral("change");
    case JobChange::Action::Remove: return QStringLiteral("remove");
    case JobChange::Action::Keep: break;
    }
    return QStringLiteral("keep");
}

QString JobDiff::actionMark(JobChange::Action action)
{
    switch (action) {
    case JobChange::Action::Add: return QStringLiteral("+");
    case JobChange::Action::Change: return QStringLiteral("~");
    case JobChange::Action::Remove: return QStringLiteral("-");
    case JobChange::Action::Keep: break;
    }
    return QStringLiteral("=");
}

QJsonObject JobDiff::toJson(const JobChange& change)
{
    return QJsonObject{{QStringLiteral("action"), actionName(change.action)},
                       {kId, change.id},
                       {QStringLiteral("differences"), QJsonArray::fromStringList(change.differences)},
                       {QStringLiteral("job"), change.job.toJson()}};
}

Result<JobChange> JobDiff::fromJson(const QJsonObject& json)
{
    JobChange change;
    const QString action = json.value(QStringLiteral("action")).toString();
    if (action == QLatin1String("add"))
        change.action = JobChange::Action::Add;
    else if (action == QLatin1String("change"))
        change.action = JobChange::Action::Change;
    else if (action == QLatin1String("remove"))
        change.action = JobChange::Action::Remove;
    else if (action == QLatin1String("keep"))
        change.action = JobChange::Action::Keep;
    else
        return Error{Error::Code::Invalid, tr("Unknown change \"%1\".").arg(action)};
    change.id = json.value(kId).toString();
    for (const QJsonValue& d : json.value(QStringLiteral("differences")).toArray())
        change.differences << d.toString();
    auto job = ScheduledJob::fromJson(json.value(QStringLiteral("job")).toObject());
    if (!job)
        return job.error();
    change.job = std::move(job.value());
    return change;
}

} // namespace lifeboat::schedule
