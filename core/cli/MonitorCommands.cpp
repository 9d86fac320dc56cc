// SPDX-License-Identifier: GPL-3.0-or-later
#include "MonitorCommands.h"

#include "FleetCommands.h"

#include "core/monitor/FleetHealth.h"
#include "core/monitor/MonitorOutput.h"

#include <QCommandLineParser>
#include <QSaveFile>

namespace lifeboat::cli {

namespace {

struct Assessed {
    std::vector<monitor::HealthItem> items;
    int exit = kExitOk;
    bool ok = false;
};

Assessed assess(const QString& command, const QStringList& arguments, Streams streams, QCommandLineParser& parser)
{
    Assessed a;
    parser.addPositionalArgument(QStringLiteral("plan"), MonitorCommand::tr("The plan file."));
    parser.addOption({QStringLiteral("rpo-warning"), MonitorCommand::tr("Warn when the newest good backup is older than this share of the RPO (default 0.75)."),
                      QStringLiteral("FRACTION")});
    parser.addOption({QStringLiteral("nearly-full"), MonitorCommand::tr("Warn when a repository has less than this share free (default 0.10)."), QStringLiteral("FRACTION")});
    addFleetOptions(parser);
    if (!parser.parse(QStringList{QStringLiteral("lifeboat-cli ") + command} + arguments) || parser.positionalArguments().size() != 1) {
        streams.err << QStringLiteral("lifeboat-cli %1: ").arg(command) << (parser.errorText().isEmpty() ? MonitorCommand::tr("give exactly one plan file.") : parser.errorText())
                    << '\n';
        a.exit = kExitInvalid;
        return a;
    }
    monitor::HealthOptions health;
    for (const auto& [option, target] : {std::pair{QStringLiteral("rpo-warning"), &health.rpoWarningFraction}, std::pair{QStringLiteral("nearly-full"), &health.nearlyFullFraction}}) {
        if (!parser.isSet(option))
            continue;
        bool ok = false;
        *target = parser.value(option).toDouble(&ok);
        if (!ok || *target <= 0 || *target >= 1) {
            streams.err << MonitorCommand::tr("lifeboat-cli %1: --%2 must be a fraction between 0 and 1 (got \"%3\").").arg(command, option, parser.value(option)) << '\n';
            a.exit = kExitInvalid;
            return a;
        }
    }
    auto options = fleetOptionsFrom(parser, command, streams.err);
    if (!options) {
        a.exit = kExitInvalid;
        return a;
    }
    auto plan = loadPlanForFleet(parser.positionalArguments().constFirst(), command, streams.err, &a.exit);
    if (!plan)
        return a;
    const auto reports = fleet::FleetStatus::poll(*plan, *options);
    a.items = monitor::FleetHealth::assess(*plan, reports, QDateTime::currentDateTimeUtc(), health);
    a.ok = true;
    return a;
}

} // namespace

QString MonitorCommand::helpText()
{
    return tr("  check PLAN [--rpo-warning 0.75] [--nearly-full 0.10] [fleet options]\n"
              "                             The fleet's health as a Nagios/Icinga plugin (exit 0 OK, 1 WARNING, 2 CRITICAL, 3 UNKNOWN).\n"
              "  metrics PLAN [--output FILE.prom] [fleet options]\n"
              "                             The same as Prometheus text, for node_exporter's textfile collector.\n");
}

int MonitorCommand::check(const QStringList& arguments, Streams streams)
{
    QCommandLineParser parser;
    const Assessed a = assess(QStringLiteral("check"), arguments, streams, parser);
    if (!a.ok) {
        // A plugin that cannot run is UNKNOWN, with the reason as its status line.
        streams.out << QStringLiteral("LIFEBOAT UNKNOWN - the check could not run (see stderr)\n");
        return static_cast<int>(monitor::Severity::Unknown);
    }
    streams.out << monitor::MonitorOutput::nagios(a.items);
    return static_cast<int>(monitor::FleetHealth::worst(a.items));
}

int MonitorCommand::metrics(const QStringList& arguments, Streams streams)
{
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("output"), tr("Write to FILE (atomically, as the textfile collector needs) instead of stdout."), QStringLiteral("FILE")});
    const Assessed a = assess(QStringLiteral("metrics"), arguments, streams, parser);
    if (!a.ok)
        return a.exit;
    const QString text = monitor::MonitorOutput::prometheus(a.items, QDateTime::currentDateTimeUtc());
    const QString output = parser.value(QStringLiteral("output"));
    if (output.isEmpty()) {
        streams.out << text;
        return kExitOk;
    }
    QSaveFile file(output);
    if (!file.open(QIODevice::WriteOnly) || file.write(text.toUtf8()) < 0 || !file.commit()) {
        streams.err << tr("lifeboat-cli metrics: %1 cannot be written: %2").arg(output, file.errorString()) << '\n';
        return kExitFailed;
    }
    return kExitOk;
}

} // namespace lifeboat::cli
