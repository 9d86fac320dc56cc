// SPDX-License-Identifier: GPL-3.0-or-later
#include "PlanCommands.h"

#include "core/plan/CronExpression.h"
#include "core/plan/PlanLoader.h"
#include "core/plan/PlanWriter.h"
#include "core/util/Readable.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace lifeboat::cli {
namespace {

using namespace lifeboat::plan;

struct Options {
    QString file;
    bool json = false;
};

// Returns false (with the message written) for an unusable command line.
bool parseOptions(const QStringList& arguments, const QString& command, Options& options, Streams streams)
{
    for (const QString& a : arguments) {
        if (a == QLatin1String("--json")) {
            options.json = true;
        } else if (a.startsWith(QLatin1Char('-')) && a != QLatin1String("-")) {
            streams.err << CommandLine::tr("lifeboat-cli %1: unknown option \"%2\"").arg(command, a) << '\n';
            return false;
        } else if (options.file.isEmpty()) {
            options.file = a;
        } else {
            streams.err << CommandLine::tr("lifeboat-cli %1: only one plan file can be given (got \"%2\" and \"%3\")").arg(command, options.file, a) << '\n';
            return false;
        }
    }
    if (options.file.isEmpty()) {
        streams.err << CommandLine::tr("lifeboat-cli %1: which plan? Usage: lifeboat-cli %1 FILE [--json]").arg(command) << '\n';
        return false;
    }
    return true;
}

QJsonObject issueToJson(const PlanIssue& issue)
{
    QJsonObject o{{QLatin1String("severity"), severityName(issue.severity)},
                  {QLatin1String("kind"), issue.kind},
                  {QLatin1String("path"), issue.path},
                  {QLatin1String("message"), issue.message}};
    if (issue.object.kind != ObjectRef::Kind::None)
        o.insert(QLatin1String("object"), QJsonObject{{QLatin1String("kind"), objectKindName(issue.object.kind)}, {QLatin1String("name"), issue.object.name}});
    return o;
}

void writeJson(QTextStream& out, const QJsonObject& o)
{
    out << QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Indented));
}

int readFailure(const Options& options, const Error& error, Streams streams)
{
    if (options.json)
        writeJson(streams.out, QJsonObject{{QLatin1String("file"), options.file}, {QLatin1String("readable"), false}, {QLatin1String("error"), error.message}});
    streams.err << QStringLiteral("lifeboat-cli: ") << error.message << '\n';
    return kExitUnreadable;
}

} // namespace

int PlanCheckCommand::execute(const QStringList& arguments, Streams streams)
{
    Options options;
    if (!parseOptions(arguments, QStringLiteral("plan check"), options, streams))
        return kExitInvalid;
    const auto loaded = loadAndCheckPlan(options.file);
    if (!loaded)
        return readFailure(options, loaded.error(), streams);

    const PlanIssues& issues = loaded->issues;
    const int errors = countIssues(issues, Severity::Error);
    const int warnings = countIssues(issues, Severity::Warning);
    const int infos = countIssues(issues, Severity::Info);
    const int code = errors > 0 ? kExitInvalid : (warnings > 0 ? kExitWarnings : kExitOk);
    if (options.json) {
        QJsonArray list;
        for (const PlanIssue& i : issues)
            list.append(issueToJson(i));
        writeJson(streams.out, QJsonObject{{QLatin1String("file"), options.file},
                                           {QLatin1String("readable"), true},
                                           {QLatin1String("valid"), errors == 0},
                                           {QLatin1String("errors"), errors},
                                           {QLatin1String("warnings"), warnings},
                                           {QLatin1String("infos"), infos},
                                           {QLatin1String("issues"), list}});
        return code;
    }
    // Compiler style, so editors and terminals can jump to the place: FILE: PATH: severity: message
    for (const PlanIssue& i : issues)
        streams.err << options.file << QStringLiteral(": ") << i.path << QStringLiteral(": ") << severityLabel(i.severity) << QStringLiteral(": ") << i.message << '\n';
    if (errors > 0)
        streams.out << tr("%1: invalid: %2 error(s), %3 warning(s), %4 note(s)").arg(options.file).arg(errors).arg(warnings).arg(infos) << '\n';
    else if (warnings > 0)
        streams.out << tr("%1: valid, with %2 warning(s) and %3 note(s)").arg(options.file).arg(warnings).arg(infos) << '\n';
    else
        streams.out << tr("%1: valid (%2 note(s))").arg(options.file).arg(infos) << '\n';
    return code;
}

int PlanShowCommand::execute(const QStringList& arguments, Streams streams)
{
    Options options;
    if (!parseOptions(arguments, QStringLiteral("plan show"), options, streams))
        return kExitInvalid;
    const auto loaded = loadAndCheckPlan(options.file);
    if (!loaded)
        return readFailure(options, loaded.error(), streams);
    const Plan& plan = loaded->plan;
    const int errors = countIssues(loaded->issues, Severity::Error);
    if (errors > 0) {
        for (const PlanIssue& i : loaded->issues) {
            if (i.severity == Severity::Error)
                streams.err << options.file << QStringLiteral(": ") << i.path << QStringLiteral(": ") << severityLabel(i.severity) << QStringLiteral(": ") << i.message << '\n';
        }
        streams.err << tr("%1: the plan has %2 error(s); run \"lifeboat-cli plan check\" for every problem.").arg(options.file).arg(errors) << '\n';
        return kExitInvalid;
    }

    const QDateTime now = QDateTime::currentDateTimeUtc();
    QJsonObject nextRuns;
    for (const Policy& p : plan.policies) {
        const auto cron = CronExpression::parse(p.schedule.cron);
        const auto next = cron ? cron->nextRun(now, timeZoneFromId(p.schedule.timeZone)) : std::nullopt;
        nextRuns.insert(p.name, next ? QJsonValue(next->toString(Qt::ISODate)) : QJsonValue());
    }
    std::int64_t totalBytes = 0;
    for (const Dataset& d : plan.datasets)
        totalBytes += d.sizeBytes;

    if (options.json) {
        const QJsonObject summary{{QLatin1String("domains"), static_cast<qint64>(plan.domains.size())},
                                  {QLatin1String("nodes"), static_cast<qint64>(plan.nodes.size())},
                                  {QLatin1String("datasets"), static_cast<qint64>(plan.datasets.size())},
                                  {QLatin1String("repositories"), static_cast<qint64>(plan.repositories.size())},
                                  {QLatin1String("policies"), static_cast<qint64>(plan.policies.size())},
                                  {QLatin1String("datasetBytes"), static_cast<double>(totalBytes)}};
        writeJson(streams.out, QJsonObject{{QLatin1String("file"), options.file},
                                           {QLatin1String("summary"), summary},
                                           {QLatin1String("nextRuns"), nextRuns},
                                           {QLatin1String("plan"), QJsonDocument::fromJson(PlanWriter::toJson(plan)).object()}});
        return kExitOk;
    }

    QTextStream& out = streams.out;
    out << tr("Plan: %1").arg(plan.name.isEmpty() ? options.file : plan.name) << '\n';
    if (!plan.description.isEmpty())
        out << plan.description << '\n';
    out << tr("Fleet: %1 failure domains, %2 nodes").arg(plan.domains.size()).arg(plan.nodes.size()) << '\n';
    QHash<QString, int> nodesPerDomain;
    for (const Node& n : plan.nodes)
        ++nodesPerDomain[n.domain];
    QHash<QString, QStringList> children;
    QStringList roots;
    for (const FailureDomain& d : plan.domains)
        (d.parent.isEmpty() ? roots : children[d.parent]).push_back(d.id);
    QHash<QString, QString> levels;
    for (const FailureDomain& d : plan.domains)
        levels.insert(d.id, d.level);
    // Iterative walk: a deep tree of a generated plan must not exhaust the stack.
    std::vector<std::pair<QString, int>> stack;
    for (auto it = roots.crbegin(); it != roots.crend(); ++it)
        stack.emplace_back(*it, 1);
    while (!stack.empty()) {
        const auto [id, depth] = stack.back();
        stack.pop_back();
        out << QString(depth * 2, QLatin1Char(' ')) << id << QStringLiteral(" (") << levels.value(id) << QStringLiteral(")");
        if (const int n = nodesPerDomain.value(id))
            out << QStringLiteral(": ") << tr("%1 node(s)").arg(n);
        out << '\n';
        const QStringList& kids = children.value(id);
        for (auto it = kids.crbegin(); it != kids.crend(); ++it)
            stack.emplace_back(*it, depth + 1);
    }
    out << '\n' << tr("Datasets: %1, %2 in all").arg(plan.datasets.size()).arg(readable::bytes(static_cast<double>(totalBytes))) << '\n';
    for (const Dataset& d : plan.datasets) {
        QStringList where;
        for (const DatasetLocation& l : d.locations)
            where << l.node + QLatin1Char(':') + l.path;
        out << tr("  %1  [%2]  %3  RPO %4  RTO %5  %6: %7")
                   .arg(d.name, tierLabel(d.tier), readable::bytes(static_cast<double>(d.sizeBytes)), readable::duration(d.rpo),
                        readable::duration(d.rto), d.layout == DatasetLayout::Sharded ? tr("sharded") : tr("replicated"), where.join(QStringLiteral(", ")))
            << '\n';
    }
    out << '\n' << tr("Repositories: %1").arg(plan.repositories.size()) << '\n';
    for (const Repository& r : plan.repositories)
        out << QStringLiteral("  %1  %2:%3  %4\n").arg(r.name, r.node, r.path, readable::bytes(static_cast<double>(r.capacityBytes)));
    out << '\n' << tr("Policies: %1").arg(plan.policies.size()) << '\n';
    for (const Policy& p : plan.policies) {
        const QJsonValue next = nextRuns.value(p.name);
        out << tr("  %1  %2 -> %3  \"%4\" %5  ")
                   .arg(p.name, p.dataset, p.repositories.join(QStringLiteral(", ")), p.schedule.cron,
                        p.schedule.timeZone.isEmpty() ? QStringLiteral("UTC") : p.schedule.timeZone)
            << tr("next run %1").arg(next.isString() ? next.toString() : tr("never")) << '\n';
    }
    const int warnings = countIssues(loaded->issues, Severity::Warning);
    if (warnings > 0)
        out << '\n' << tr("%1 warning(s): run \"lifeboat-cli plan check %2\" to see them.").arg(warnings).arg(options.file) << '\n';
    return kExitOk;
}

} // namespace lifeboat::cli
