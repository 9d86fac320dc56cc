// SPDX-License-Identifier: GPL-3.0-or-later
#include "ScheduleCommands.h"

#include "RepoContext.h"
#include "RequestSecrets.h"
#include "core/plan/CronExpression.h"
#include "core/protocol/NodeStatus.h"
#include "core/schedule/JobStore.h"

#include <QBuffer>
#include <QCommandLineParser>
#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLockFile>

namespace lifeboat::cli {

namespace {

using schedule::JobChange;
using schedule::JobDiff;
using schedule::JobStore;
using schedule::ScheduledJob;

struct Parsed {
    QCommandLineParser parser;
    bool json = false;
};

bool parse(Parsed& p, const QString& verb, const QStringList& arguments, Streams streams, int positional)
{
    p.parser.addOption({QStringLiteral("data-dir"), ScheduleCommand::tr("Where the jobs and keys are kept (default: the user's data directory)."), QStringLiteral("DIR")});
    p.parser.addOption({QStringLiteral("json"), ScheduleCommand::tr("Answer in JSON.")});
    if (!p.parser.parse(QStringList{QStringLiteral("lifeboat-cli schedule ") + verb} + arguments)
        || (positional >= 0 && p.parser.positionalArguments().size() != positional)) {
        streams.err << QStringLiteral("lifeboat-cli schedule %1: ").arg(verb)
                    << (p.parser.errorText().isEmpty() ? ScheduleCommand::tr("wrong number of arguments; see lifeboat-cli --help.") : p.parser.errorText()) << '\n';
        return false;
    }
    p.json = p.parser.isSet(QStringLiteral("json"));
    return true;
}

JobStore storeOf(const QCommandLineParser& parser)
{
    return parser.isSet(QStringLiteral("data-dir")) ? JobStore(parser.value(QStringLiteral("data-dir"))) : JobStore();
}

void emitJson(QTextStream& out, QJsonObject object, const char* type = "result")
{
    object.insert(QStringLiteral("type"), QLatin1String(type));
    out << QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact)) << '\n';
}

int fail(Streams streams, bool json, const Error& error)
{
    if (json)
        emitJson(streams.out, QJsonObject{{QStringLiteral("code"), codeName(error.code)}, {QStringLiteral("message"), error.message}}, "error");
    streams.err << QStringLiteral("lifeboat-cli: ") << error.message << '\n';
    return error.code == Error::Code::Invalid ? kExitInvalid : kExitFailed;
}

int runSet(const QStringList& arguments, Streams streams)
{
    Parsed p;
    p.parser.addOption({QStringLiteral("owner"), ScheduleCommand::tr("Whose jobs these are (the plan and the node); they replace that owner's jobs only."), QStringLiteral("OWNER")});
    p.parser.addOption({QStringLiteral("jobs"), ScheduleCommand::tr("The jobs, a JSON list."), QStringLiteral("JSON")});
    p.parser.addOption({QStringLiteral("jobs-file"), ScheduleCommand::tr("Read the JSON list of jobs from FILE."), QStringLiteral("FILE")});
    p.parser.addOption({QStringLiteral("dry-run"), ScheduleCommand::tr("Only show what would change.")});
    p.parser.addOption({QStringLiteral("scheduler"), ScheduleCommand::tr("systemd-system, systemd-user, crontab or cron-file:DIR (default: what this system runs)."),
                        QStringLiteral("NAME")});
    p.parser.addOption({QStringLiteral("journal"), ScheduleCommand::tr("The run journal the jobs append to (default: the one serve keeps)."), QStringLiteral("FILE")});
    p.parser.addOption({QStringLiteral("engine"), ScheduleCommand::tr("The lifeboat-cli the entries start (default: this one)."), QStringLiteral("PATH")});
    if (!parse(p, QStringLiteral("set"), arguments, streams, 0))
        return kExitInvalid;
    const QString owner = p.parser.value(QStringLiteral("owner"));
    if (!ScheduledJob::validId(owner))
        return fail(streams, p.json, Error{Error::Code::Invalid, ScheduleCommand::tr("--owner must be lower-case letters, digits and dashes (got \"%1\").").arg(owner)});
    QByteArray text = p.parser.value(QStringLiteral("jobs")).toUtf8();
    if (p.parser.isSet(QStringLiteral("jobs-file"))) {
        QFile f(p.parser.value(QStringLiteral("jobs-file")));
        if (!f.open(QIODevice::ReadOnly))
            return fail(streams, p.json, Error{Error::Code::Unreadable, ScheduleCommand::tr("%1 cannot be read: %2").arg(f.fileName(), f.errorString())});
        text = f.readAll();
    } else if (!p.parser.isSet(QStringLiteral("jobs"))) {
        return fail(streams, p.json, Error{Error::Code::Invalid, ScheduleCommand::tr("Give the jobs with --jobs JSON or --jobs-file FILE (an empty list removes them all).")});
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(text, &parseError);
    if (!document.isArray())
        return fail(streams, p.json, Error{Error::Code::Invalid, ScheduleCommand::tr("The jobs are not a JSON list: %1").arg(parseError.errorString())});
    std::vector<ScheduledJob> wanted;
    for (const QJsonValue& v : document.array()) {
        auto job = ScheduledJob::fromJson(v.toObject());
        if (!job)
            return fail(streams, p.json, job.error());
        wanted.push_back(std::move(job.value()));
    }
    auto scheduler = schedule::Scheduler::choose(p.parser.value(QStringLiteral("scheduler")));
    if (!scheduler)
        return fail(streams, p.json, scheduler.error());
    const JobStore store = storeOf(p.parser);
    schedule::RunContext context;
    context.owner = owner;
    context.engine = p.parser.isSet(QStringLiteral("engine")) ? p.parser.value(QStringLiteral("engine")) : QCoreApplication::applicationFilePath();
    context.dataDir = store.dataDir();
    context.journal = p.parser.isSet(QStringLiteral("journal")) ? p.parser.value(QStringLiteral("journal")) : protocol::RunJournal::defaultFile();
    auto applied = store.apply(context, wanted, *scheduler.value(), p.parser.isSet(QStringLiteral("dry-run")));
    if (!applied)
        return fail(streams, p.json, applied.error());
    if (p.json) {
        QJsonArray changes;
        for (const JobChange& c : applied->changes)
            changes.append(JobDiff::toJson(c));
        emitJson(streams.out, QJsonObject{{QStringLiteral("owner"), owner},
                                          {QStringLiteral("scheduler"), applied->scheduler},
                                          {QStringLiteral("changed"), applied->changed},
                                          {QStringLiteral("changes"), changes},
                                          {QStringLiteral("warnings"), QJsonArray::fromStringList(applied->warnings)}});
        return kExitOk;
    }
    for (const JobChange& c : applied->changes) {
        streams.out << JobDiff::actionMark(c.action) << ' ' << c.id << "  " << c.job.summary << '\n';
        for (const QString& d : c.differences)
            streams.out << "      " << d << '\n';
    }
    for (const QString& w : applied->warnings)
        streams.err << ScheduleCommand::tr("warning: %1").arg(w) << '\n';
    return kExitOk;
}

int runList(const QStringList& arguments, Streams streams)
{
    Parsed p;
    p.parser.addOption({QStringLiteral("owner"), ScheduleCommand::tr("Only this owner's jobs."), QStringLiteral("OWNER")});
    p.parser.addOption({QStringLiteral("scheduler"), ScheduleCommand::tr("The scheduler to look in (default: the one the jobs were installed into)."), QStringLiteral("NAME")});
    if (!parse(p, QStringLiteral("list"), arguments, streams, 0))
        return kExitInvalid;
    const JobStore store = storeOf(p.parser);
    QStringList owners = store.owners();
    if (p.parser.isSet(QStringLiteral("owner")))
        owners = QStringList{p.parser.value(QStringLiteral("owner"))};
    QJsonArray out;
    for (const QString& owner : owners) {
        const QString spec = p.parser.isSet(QStringLiteral("scheduler")) ? p.parser.value(QStringLiteral("scheduler")) : store.schedulerOf(owner);
        auto scheduler = schedule::Scheduler::choose(spec);
        if (!scheduler)
            return fail(streams, p.json, scheduler.error());
        auto jobs = store.jobsOf(owner);
        if (!jobs)
            return fail(streams, p.json, jobs.error());
        auto entries = scheduler.value()->installedIds(owner);
        if (!entries)
            return fail(streams, p.json, entries.error());
        QJsonArray list;
        for (const ScheduledJob& j : jobs.value()) {
            QJsonObject o = j.toJson();
            o.insert(QStringLiteral("installed"), entries->contains(j.id));
            list.append(o);
            if (!p.json)
                streams.out << owner << '/' << j.id << "  \"" << j.cron << "\" " << (j.timeZone.isEmpty() ? QStringLiteral("UTC") : j.timeZone) << "  " << j.summary
                            << (entries->contains(j.id) ? QString() : ScheduleCommand::tr("  (NOT in %1)").arg(scheduler.value()->name())) << '\n';
        }
        out.append(QJsonObject{{QStringLiteral("owner"), owner}, {QStringLiteral("scheduler"), scheduler.value()->name()}, {QStringLiteral("jobs"), list}});
    }
    if (p.json)
        emitJson(streams.out, QJsonObject{{QStringLiteral("owners"), out}});
    return kExitOk;
}

int runSetKey(const QStringList& arguments, Streams streams)
{
    Parsed p;
    if (!parse(p, QStringLiteral("set-key"), arguments, streams, 1))
        return kExitInvalid;
    const QString repository = p.parser.positionalArguments().constFirst();
    QByteArray secret;
    if (auto sent = RequestSecrets::password()) {
        secret = *sent;
    } else if (qEnvironmentVariableIsSet("LIFEBOAT_PASSWORD")) {
        secret = qgetenv("LIFEBOAT_PASSWORD");
    } else {
        auto typed = RequestSecrets::ask(ScheduleCommand::tr("Passphrase of repository %1, for its scheduled jobs: ").arg(repository));
        if (!typed)
            return fail(streams, p.json, typed.error());
        secret = typed.value();
    }
    if (secret.isEmpty() || secret.contains('\n'))
        return fail(streams, p.json, Error{Error::Code::Invalid, ScheduleCommand::tr("The passphrase is empty or has a line break.")});
    const JobStore store = storeOf(p.parser);
    if (auto s = store.writeKey(repository, secret); !s)
        return fail(streams, p.json, s.error());
    if (p.json)
        emitJson(streams.out, QJsonObject{{QStringLiteral("repository"), repository}, {QStringLiteral("file"), store.keyFile(repository)}});
    else
        streams.out << ScheduleCommand::tr("The passphrase of %1 is in %2 (readable by this user only).").arg(repository, store.keyFile(repository)) << '\n';
    return kExitOk;
}

// Due now (this minute) in the job's own time zone: the check an hourly or per-minute cron
// entry makes when the node's cron runs in another zone (Scheduler::cronTiming).
bool dueNow(const ScheduledJob& job)
{
    auto cron = plan::CronExpression::parse(job.cron);
    if (!cron)
        return false;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QDateTime minute = QDateTime::fromSecsSinceEpoch(now.toSecsSinceEpoch() / 60 * 60, QTimeZone::utc());
    const auto next = cron->nextRun(minute.addSecs(-1), plan::timeZoneFromId(job.timeZone));
    return next && *next == minute;
}

struct StepOutcome {
    int exit = kExitFailed;
    std::optional<QJsonObject> result;
    QString error;
};

// One engine command in this process, its --json answer read the way `serve` reads it.
StepOutcome runStep(const QStringList& arguments)
{
    QString outText;
    QString errText;
    StepOutcome outcome;
    {
        QTextStream out(&outText);
        QTextStream err(&errText);
        outcome.exit = CommandLine::run(QStringList{QStringLiteral("lifeboat-cli")} + arguments, {out, err});
    }
    std::optional<QJsonObject> last;
    for (const QString& line : outText.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        const QJsonObject o = QJsonDocument::fromJson(line.toUtf8()).object();
        const QString type = o.value(QLatin1String("type")).toString();
        if (type == QLatin1String("error"))
            outcome.error = o.value(QLatin1String("message")).toString();
        else if (type == QLatin1String("result") || !o.isEmpty())
            last = o;
    }
    const bool gaveResult = outcome.exit == kExitOk || outcome.exit == kExitWarnings || outcome.exit == kExitDamaged;
    if (gaveResult)
        outcome.result = last;
    const QStringList errLines = errText.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    if (outcome.error.isEmpty() && !errLines.isEmpty())
        outcome.error = errLines.last().trimmed();
    return outcome;
}

int runJob(const QStringList& arguments, Streams streams)
{
    Parsed p;
    p.parser.addOption({QStringLiteral("journal"), ScheduleCommand::tr("The run journal to append to."), QStringLiteral("FILE")});
    p.parser.addOption({QStringLiteral("due-check"), ScheduleCommand::tr("Run only when the job's schedule is due this minute in its own time zone.")});
    if (!parse(p, QStringLiteral("run"), arguments, streams, 1))
        return kExitInvalid;
    const QString name = p.parser.positionalArguments().constFirst();
    const QString owner = name.section(QLatin1Char('/'), 0, 0);
    const QString id = name.section(QLatin1Char('/'), 1);
    const JobStore store = storeOf(p.parser);
    auto job = store.job(owner, id);
    if (!job)
        return fail(streams, p.json, job.error());
    if (p.parser.isSet(QStringLiteral("due-check")) && !dueNow(job.value()))
        return kExitOk;
    const protocol::RunJournal journal(p.parser.isSet(QStringLiteral("journal")) ? p.parser.value(QStringLiteral("journal")) : protocol::RunJournal::defaultFile());
    const auto journalLine = [&](QJsonObject line) {
        line.insert(QStringLiteral("scheduled"), true);
        line.insert(QStringLiteral("job"), name);
        journal.append(line);
    };

    // One run of a job at a time: a backup still going when its next start comes is not
    // started twice (the journal says the start was skipped, and why).
    QLockFile lock(store.dataDir() + QStringLiteral("/jobs/") + owner + QLatin1Char('/') + id + QStringLiteral(".lock"));
    lock.setStaleLockTime(0);   // a crashed run's lock is stale once its process is gone
    if (!lock.tryLock(0)) {
        const QString why = ScheduleCommand::tr("Job %1 was not started: its previous run is still going.").arg(name);
        journalLine(QJsonObject{{QStringLiteral("op"), QStringLiteral("schedule.run")},
                                {QStringLiteral("started"), QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)},
                                {QStringLiteral("finished"), QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)},
                                {QStringLiteral("exit"), kExitLocked},
                                {QStringLiteral("error"), why}});
        streams.err << why << '\n';
        return kExitLocked;
    }

    QString newSnapshot;
    int worst = kExitOk;
    for (const schedule::JobStep& step : job->steps) {
        QStringList args = step.arguments;
        qsizetype end = args.indexOf(QStringLiteral("--"));
        // Options go before "--" (after it everything is a path or a snapshot).
        const auto insertOption = [&](const QStringList& words) {
            if (end < 0) {
                args += words;
                return;
            }
            for (qsizetype i = 0; i < words.size(); ++i)
                args.insert(end + i, words[i]);
            end += words.size();
        };
        insertOption({QStringLiteral("--json")});
        if (!step.passwordOf.isEmpty() && QFile::exists(store.keyFile(step.passwordOf)))
            insertOption({QStringLiteral("--password-file"), store.keyFile(step.passwordOf)});
        if (!step.fromPasswordOf.isEmpty() && QFile::exists(store.keyFile(step.fromPasswordOf)))
            insertOption({QStringLiteral("--from-password-file"), store.keyFile(step.fromPasswordOf)});
        if (step.copiesNewSnapshot) {
            if (newSnapshot.isEmpty())
                continue;   // the backup made nothing to copy (it failed, and said so)
            if (end < 0)
                args << QStringLiteral("--");
            args << newSnapshot;
        }
        const QDateTime started = QDateTime::currentDateTimeUtc();
        const StepOutcome outcome = runStep(args);
        const QString op = step.arguments.value(0) + QLatin1Char('.') + step.arguments.value(1);
        journalLine(protocol::RunJournal::entry(op, args, started, outcome.exit, outcome.result, outcome.error));
        if (op == QLatin1String("repo.backup") && outcome.result)
            newSnapshot = outcome.result->value(QLatin1String("id")).toString();
        if (outcome.exit != kExitOk && outcome.exit != kExitWarnings) {
            streams.err << ScheduleCommand::tr("%1: %2 failed (exit %3): %4").arg(name, op).arg(outcome.exit).arg(outcome.error) << '\n';
            return outcome.exit;
        }
        worst = std::max(worst, outcome.exit);
    }
    return worst;
}

} // namespace

QString ScheduleCommand::helpText()
{
    return tr("  schedule set --owner OWNER (--jobs JSON | --jobs-file FILE) [--dry-run] [--scheduler NAME]\n"
              "                             Install a plan's jobs for this node (what `apply` sends); show the difference.\n"
              "  schedule list [--owner OWNER]   The jobs installed here, and whether the scheduler has each.\n"
              "  schedule run OWNER/ID       Run one installed job now (what the scheduler starts); journaled.\n"
              "  schedule set-key REPOSITORY Keep a repository's passphrase on this node for its scheduled jobs (mode 0600).\n");
}

int ScheduleCommand::execute(const QStringList& arguments, Streams streams)
{
    const QString verb = arguments.value(0);
    if (verb == QLatin1String("set"))
        return runSet(arguments.mid(1), streams);
    if (verb == QLatin1String("list"))
        return runList(arguments.mid(1), streams);
    if (verb == QLatin1String("run"))
        return runJob(arguments.mid(1), streams);
    if (verb == QLatin1String("set-key"))
        return runSetKey(arguments.mid(1), streams);
    streams.err << tr("lifeboat-cli: unknown schedule command \"%1\"; use set, list, run or set-key.").arg(verb) << '\n';
    return kExitInvalid;
}

} // namespace lifeboat::cli
