// SPDX-License-Identifier: GPL-3.0-or-later
#include "ApplyCommand.h"

#include "FleetCommands.h"

#include "core/schedule/PlanApply.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>

namespace lifeboat::cli {

namespace {

using schedule::JobChange;
using schedule::JobDiff;

QJsonObject nodeJson(const schedule::NodeApply& n)
{
    QJsonArray changes;
    for (const JobChange& c : n.changes)
        changes.append(schedule::JobDiff::toJson(c));
    QJsonObject o{{QStringLiteral("node"), n.node},
                  {QStringLiteral("address"), n.address},
                  {QStringLiteral("reached"), n.reached},
                  {QStringLiteral("applied"), n.applied},
                  {QStringLiteral("scheduler"), n.scheduler},
                  {QStringLiteral("changes"), changes},
                  {QStringLiteral("warnings"), QJsonArray::fromStringList(n.warnings)}};
    if (!n.error.message.isEmpty())
        o.insert(QStringLiteral("error"), n.error.message);
    if (!n.hostKeyFingerprint.isEmpty())
        o.insert(QStringLiteral("hostKeyFingerprint"), n.hostKeyFingerprint);
    return o;
}

void printNode(QTextStream& out, const schedule::NodeApply& n, bool dryRun)
{
    out << n.node << " (" << n.address << ")";
    if (!n.scheduler.isEmpty())
        out << ApplyCommand::tr(", scheduler %1").arg(n.scheduler);
    out << ":\n";
    int kept = 0;
    for (const JobChange& c : n.changes) {
        if (c.action == JobChange::Action::Keep) {
            ++kept;
            continue;
        }
        out << "  " << JobDiff::actionMark(c.action) << ' ' << QStringLiteral("%1").arg(c.id, -24) << ' ' << c.job.summary;
        if (c.action != JobChange::Action::Remove)
            out << QStringLiteral("  [%1 %2]").arg(c.job.cron, c.job.timeZone.isEmpty() ? QStringLiteral("UTC") : c.job.timeZone);
        out << '\n';
        for (const QString& d : c.differences)
            out << "        " << d << '\n';
    }
    if (kept > 0)
        out << "  " << ApplyCommand::tr("(%n job(s) unchanged)", nullptr, kept) << '\n';
    for (const QString& w : n.warnings)
        out << "  " << ApplyCommand::tr("warning: %1").arg(w) << '\n';
    if (!n.error.message.isEmpty()) {
        out << "  " << ApplyCommand::tr("FAILED: %1").arg(n.error.message) << '\n';
        if (!n.hostKeyFingerprint.isEmpty())
            out << "  " << ApplyCommand::tr("If that key is the node's, run again with --accept-host-key %1").arg(n.hostKeyFingerprint) << '\n';
    } else if (!n.changesAnything()) {
        out << "  " << ApplyCommand::tr("up to date.") << '\n';
    } else {
        out << "  " << (dryRun ? ApplyCommand::tr("would change (dry run: nothing was changed).") : ApplyCommand::tr("applied.")) << '\n';
    }
    out.flush();
}

} // namespace

QString ApplyCommand::helpText()
{
    return tr("  apply PLAN [--dry-run] [--node NAME]... [--scheduler NAME] [--json] [fleet options]\n"
              "                             Install the plan's backups, copies, verifications and retention on its nodes\n"
              "                             (systemd timers or cron); shows each node's difference first. --dry-run exits 1\n"
              "                             when something would change; a node that failed makes it exit 4.\n");
}

int ApplyCommand::execute(const QStringList& arguments, Streams streams)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("plan"), tr("The plan file."));
    parser.addOption({QStringLiteral("dry-run"), tr("Only show what would change on each node.")});
    parser.addOption({QStringLiteral("node"), tr("Only this node (repeatable)."), QStringLiteral("NAME")});
    parser.addOption({QStringLiteral("scheduler"), tr("Install into this scheduler on every node (systemd-system, systemd-user, crontab, cron-file:DIR)."),
                      QStringLiteral("NAME")});
    parser.addOption({QStringLiteral("json"), tr("One JSON line per node, then a summary line.")});
    addFleetOptions(parser);
    if (!parser.parse(QStringList{QStringLiteral("lifeboat-cli apply")} + arguments) || parser.positionalArguments().size() != 1) {
        streams.err << QStringLiteral("lifeboat-cli apply: ") << (parser.errorText().isEmpty() ? tr("give exactly one plan file.") : parser.errorText()) << '\n';
        return kExitInvalid;
    }
    auto fleet = fleetOptionsFrom(parser, QStringLiteral("apply"), streams.err);
    if (!fleet)
        return kExitInvalid;
    int exit = kExitOk;
    auto plan = loadPlanForFleet(parser.positionalArguments().constFirst(), QStringLiteral("apply"), streams.err, &exit);
    if (!plan)
        return exit;
    schedule::PlanApply::Options options;
    options.dryRun = parser.isSet(QStringLiteral("dry-run"));
    options.nodes = parser.values(QStringLiteral("node"));
    options.scheduler = parser.value(QStringLiteral("scheduler"));
    for (const QString& name : options.nodes) {
        if (std::none_of(plan->nodes.begin(), plan->nodes.end(), [&](const plan::Node& n) { return n.name == name; })) {
            streams.err << tr("lifeboat-cli apply: the plan has no node \"%1\".").arg(name) << '\n';
            return kExitInvalid;
        }
    }
    const bool json = parser.isSet(QStringLiteral("json"));
    const auto results = schedule::PlanApply::run(*plan, *fleet, options);
    int failed = 0;
    int changing = 0;
    for (const schedule::NodeApply& n : results) {
        if (json)
            streams.out << QString::fromUtf8(QJsonDocument(nodeJson(n)).toJson(QJsonDocument::Compact)) << '\n';
        else
            printNode(streams.out, n, options.dryRun);
        failed += n.error.message.isEmpty() ? 0 : 1;
        changing += n.error.message.isEmpty() && n.changesAnything() ? 1 : 0;
    }
    const int total = static_cast<int>(results.size());
    if (json) {
        streams.out << QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("type"), QStringLiteral("summary")},
                                                                    {QStringLiteral("nodes"), total},
                                                                    {QStringLiteral("failed"), failed},
                                                                    {QStringLiteral("changed"), changing},
                                                                    {QStringLiteral("dryRun"), options.dryRun}})
                                             .toJson(QJsonDocument::Compact))
                    << '\n';
    } else if (options.dryRun) {
        streams.out << tr("%1 of %2 node(s) would change; %3 could not be asked.").arg(changing).arg(total).arg(failed) << '\n';
    } else {
        streams.out << tr("%1 node(s): %2 changed, %3 already up to date, %4 failed.").arg(total).arg(changing).arg(total - changing - failed).arg(failed) << '\n';
    }
    if (failed > 0)
        return kExitFailed;
    return options.dryRun && changing > 0 ? kExitWarnings : kExitOk;
}

} // namespace lifeboat::cli
