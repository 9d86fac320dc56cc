// SPDX-License-Identifier: GPL-3.0-or-later
#include "CommandLine.h"

#include "ApplyCommand.h"
#include "FleetCommands.h"
#include "MonitorCommands.h"
#include "ModelCommands.h"
#include "PlanCommands.h"
#include "RepoCommands.h"
#include "ScheduleCommands.h"
#include "ServeCommand.h"
#include "core/Version.h"

namespace lifeboat::cli {

QString CommandLine::helpText()
{
    return tr("Usage: lifeboat-cli COMMAND [OPTIONS]\n"
              "\n"
              "Commands:\n"
              "  plan check FILE [--json]   Validate a plan; list every problem with its JSON path.\n"
              "  plan show FILE [--json]    Show the fleet, datasets, repositories and policies of a plan.\n")
        + RepoCommand::helpText() + ModelCommand::helpText() + FleetCommand::helpText() + MonitorCommand::helpText() + ApplyCommand::helpText() + ScheduleCommand::helpText()
        + tr("  serve [--heartbeat-seconds 5] [--peer-timeout-seconds 15]\n"
             "                             The engine protocol on stdin/stdout, for the console (docs/protocol.md).\n")
        + tr("\n"
              "Options:\n"
              "  -h, --help                 Show this help.\n"
              "  -v, --version              Show the version.\n"
              "\n"
              "Exit codes:\n"
              "  0  success; for plan check: the plan is valid\n"
              "  1  plan check: valid, with warnings; fleet status: some nodes did not answer\n"
              "  2  the plan is invalid, or the command line is wrong\n"
              "  3  the file could not be read (missing, a directory, unreadable, too large)\n"
              "  4  repo: the operation failed; nothing was committed\n"
              "  5  repo: wrong passphrase\n"
              "  6  repo verify: damage found; repo restore: some entries were not restored\n"
              "  7  repo: locked by another operation, or the operation could not keep its lock\n"
              "  130  repo: interrupted; the repository is still valid\n"
              "  repo backup exits 1 when some files could not be read (the snapshot lacks them).\n");
}

int CommandLine::run(const QStringList& arguments, Streams streams)
{
    const QStringList args = arguments.mid(1);
    if (args.isEmpty()) {
        streams.err << helpText();
        return kExitInvalid;
    }
    const QString& first = args.first();
    if (first == QLatin1String("-h") || first == QLatin1String("--help") || first == QLatin1String("help")) {
        streams.out << helpText();
        return kExitOk;
    }
    if (first == QLatin1String("-v") || first == QLatin1String("--version")) {
        streams.out << QStringLiteral("lifeboat-cli %1\n").arg(QLatin1String(kVersion));
        return kExitOk;
    }
    if (first == QLatin1String("plan")) {
        const QString verb = args.value(1);
        if (verb == QLatin1String("check"))
            return PlanCheckCommand::execute(args.mid(2), streams);
        if (verb == QLatin1String("show"))
            return PlanShowCommand::execute(args.mid(2), streams);
        streams.err << tr("lifeboat-cli: unknown plan command \"%1\"; use \"plan check\" or \"plan show\".").arg(verb) << '\n';
        return kExitInvalid;
    }
    if (first == QLatin1String("repo"))
        return RepoCommand::execute(args.mid(1), streams);
    if (first == QLatin1String("model"))
        return ModelCommand::execute(args.mid(1), streams);
    if (first == QLatin1String("fleet"))
        return FleetCommand::execute(args.mid(1), streams);
    if (first == QLatin1String("check"))
        return MonitorCommand::check(args.mid(1), streams);
    if (first == QLatin1String("metrics"))
        return MonitorCommand::metrics(args.mid(1), streams);
    if (first == QLatin1String("apply"))
        return ApplyCommand::execute(args.mid(1), streams);
    if (first == QLatin1String("schedule"))
        return ScheduleCommand::execute(args.mid(1), streams);
    if (first == QLatin1String("serve"))
        return ServeCommand::execute(args.mid(1), streams);
    streams.err << tr("lifeboat-cli: unknown command \"%1\". Run \"lifeboat-cli --help\" for the list.").arg(first) << '\n';
    return kExitInvalid;
}

} // namespace lifeboat::cli
