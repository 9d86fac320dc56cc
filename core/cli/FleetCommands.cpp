// SPDX-License-Identifier: GPL-3.0-or-later
#include "FleetCommands.h"

#include "core/fleet/FleetStatus.h"
#include "core/fleet/NodeHealth.h"
#include "RepoContext.h"
#include "core/plan/PlanLoader.h"
#include "core/util/Readable.h"

#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>

namespace lifeboat::cli {
namespace {

// Stable names for scripts (never translated).
QString stateName(fleet::NodeState state)
{
    switch (state) {
    case fleet::NodeState::Ok: return QStringLiteral("ok");
    case fleet::NodeState::Attention: return QStringLiteral("attention");
    case fleet::NodeState::Unreachable: return QStringLiteral("unreachable");
    case fleet::NodeState::HostKeyUnknown: return QStringLiteral("host-key-unknown");
    case fleet::NodeState::HostKeyChanged: return QStringLiteral("host-key-changed");
    case fleet::NodeState::LoginFailed: return QStringLiteral("login-failed");
    case fleet::NodeState::EngineMissing: return QStringLiteral("engine-missing");
    case fleet::NodeState::EngineOutdated: return QStringLiteral("engine-outdated");
    case fleet::NodeState::BadAddress: return QStringLiteral("bad-address");
    case fleet::NodeState::Checking:
    case fleet::NodeState::Unknown: break;
    }
    return QStringLiteral("unknown");
}

QJsonObject reportJson(const fleet::NodeReport& r)
{
    QJsonObject o{{QStringLiteral("type"), QStringLiteral("node")},
                  {QStringLiteral("node"), r.node},
                  {QStringLiteral("address"), r.address},
                  {QStringLiteral("reachable"), r.reachable},
                  {QStringLiteral("seconds"), r.seconds},
                  {QStringLiteral("attempts"), r.attempts}};
    if (r.reachable) {
        o.insert(QStringLiteral("engine"), r.engine);
        o.insert(QStringLiteral("status"), r.status);
        o.insert(QStringLiteral("missing_paths"), QJsonArray::fromStringList(r.missingPaths));
        o.insert(QStringLiteral("last_backup_age_hours"), r.lastBackupAgeHours ? QJsonValue(*r.lastBackupAgeHours) : QJsonValue());
        o.insert(QStringLiteral("datasets_past_rpo"), QJsonArray::fromStringList(r.datasetsPastRpo));
        o.insert(QStringLiteral("state"), stateName(fleet::NodeHealth::of(r).state));
    } else {
        o.insert(QStringLiteral("error"), r.error.message);
        o.insert(QStringLiteral("code"), codeName(r.error.code));
        o.insert(QStringLiteral("state"), stateName(fleet::NodeHealth::of(r).state));
    }
    if (!r.hostKeyFingerprint.isEmpty()) {
        o.insert(QStringLiteral("host_key_type"), r.hostKeyType);
        o.insert(QStringLiteral("host_key_fingerprint"), r.hostKeyFingerprint);
    }
    return o;
}

} // namespace

void addFleetOptions(QCommandLineParser& parser)
{
    parser.addOption({QStringLiteral("parallel"), FleetCommand::tr("Nodes asked at once (default 8)."), QStringLiteral("N")});
    parser.addOption({QStringLiteral("timeout"), FleetCommand::tr("Seconds to wait for a node to connect (default 10)."), QStringLiteral("S")});
    parser.addOption({QStringLiteral("known-hosts"), FleetCommand::tr("known_hosts file to check the nodes' keys against (default: ~/.ssh/known_hosts)."), QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("ssh-identity"), FleetCommand::tr("SSH private key (default: ssh-agent, then ~/.ssh)."), QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("ssh-config"), FleetCommand::tr("ssh_config file for host aliases, user, port and keys (default: ~/.ssh/config)."), QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("accept-host-key"), FleetCommand::tr("Trust a node not yet in known_hosts if its key has this fingerprint (SHA256:…)."), QStringLiteral("FINGERPRINT")});
    parser.addOption({QStringLiteral("engine"), FleetCommand::tr("Path of lifeboat-cli on the nodes (default: ~/.local/bin, then PATH)."), QStringLiteral("PATH")});
}

std::optional<fleet::FleetOptions> fleetOptionsFrom(const QCommandLineParser& parser, const QString& command, QTextStream& err)
{
    fleet::FleetOptions options;
    bool ok = true;
    if (parser.isSet(QStringLiteral("parallel"))) {
        options.parallel = parser.value(QStringLiteral("parallel")).toInt(&ok);
        if (!ok || options.parallel < 1 || options.parallel > 256) {
            err << FleetCommand::tr("lifeboat-cli %1: --parallel must be 1 to 256 (got \"%2\").").arg(command, parser.value(QStringLiteral("parallel"))) << '\n';
            return std::nullopt;
        }
    }
    if (parser.isSet(QStringLiteral("timeout"))) {
        options.ssh.timeoutSeconds = parser.value(QStringLiteral("timeout")).toInt(&ok);
        if (!ok || options.ssh.timeoutSeconds < 1 || options.ssh.timeoutSeconds > 600) {
            err << FleetCommand::tr("lifeboat-cli %1: --timeout must be 1 to 600 seconds (got \"%2\").").arg(command, parser.value(QStringLiteral("timeout"))) << '\n';
            return std::nullopt;
        }
    }
    options.ssh.knownHostsFile = parser.value(QStringLiteral("known-hosts"));
    options.ssh.identityFile = parser.value(QStringLiteral("ssh-identity"));
    options.ssh.configFile = parser.value(QStringLiteral("ssh-config"));
    options.ssh.acceptFingerprint = parser.value(QStringLiteral("accept-host-key"));
    options.enginePath = parser.value(QStringLiteral("engine"));
    return options;
}

std::optional<plan::Plan> loadPlanForFleet(const QString& file, const QString& command, QTextStream& err, int* exit)
{
    auto loaded = plan::loadAndCheckPlan(file);
    if (!loaded) {
        err << QStringLiteral("lifeboat-cli %1: ").arg(command) << loaded.error().message << '\n';
        *exit = kExitUnreadable;
        return std::nullopt;
    }
    if (const int errors = plan::countIssues(loaded->issues, plan::Severity::Error); errors > 0) {
        err << FleetCommand::tr("%1: the plan has %2 error(s); run \"lifeboat-cli plan check\" for every problem.").arg(file).arg(errors) << '\n';
        *exit = kExitInvalid;
        return std::nullopt;
    }
    return std::move(loaded->plan);
}

QString FleetCommand::helpText()
{
    return tr("  fleet status PLAN [--json] [--parallel 8] [--timeout S] [--known-hosts F] [--ssh-identity F] [--ssh-config F]\n"
              "                   [--accept-host-key SHA256:…] [--engine PATH]\n"
              "                             Ask every node of the plan for its status over SSH.\n");
}

int FleetCommand::execute(const QStringList& arguments, Streams streams)
{
    if (arguments.value(0) != QLatin1String("status")) {
        streams.err << tr("lifeboat-cli: unknown fleet command \"%1\"; use \"fleet status PLAN\".").arg(arguments.value(0)) << '\n';
        return kExitInvalid;
    }
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("plan"), tr("The plan file."));
    parser.addOption({QStringLiteral("json"), tr("One JSON line per node as it answers, then a summary line.")});
    addFleetOptions(parser);
    if (!parser.parse(QStringList{QStringLiteral("lifeboat-cli fleet status")} + arguments.mid(1)) || parser.positionalArguments().size() != 1) {
        streams.err << QStringLiteral("lifeboat-cli fleet status: ") << (parser.errorText().isEmpty() ? tr("give exactly one plan file.") : parser.errorText()) << '\n';
        return kExitInvalid;
    }
    auto fleetOptions = fleetOptionsFrom(parser, QStringLiteral("fleet status"), streams.err);
    if (!fleetOptions)
        return kExitInvalid;
    const fleet::FleetOptions& options = *fleetOptions;
    int exit = kExitOk;
    auto plan = loadPlanForFleet(parser.positionalArguments().constFirst(), QStringLiteral("fleet status"), streams.err, &exit);
    if (!plan)
        return exit;
    const bool json = parser.isSet(QStringLiteral("json"));
    QElapsedTimer timer;
    timer.start();
    const auto reports = fleet::FleetStatus::poll(*plan, options, [&](const fleet::NodeReport& r) {
        if (json) {
            streams.out << QString::fromUtf8(QJsonDocument(reportJson(r)).toJson(QJsonDocument::Compact)) << '\n';
        } else if (r.reachable) {
            QStringList free;
            for (const QJsonValue& p : r.status.value(QLatin1String("paths")).toArray()) {
                const QJsonObject o = p.toObject();
                if (o.value(QLatin1String("exists")).toBool())
                    free << tr("%1 %2 free").arg(o.value(QLatin1String("path")).toString(), readable::bytes(o.value(QLatin1String("free_bytes")).toDouble()));
            }
            streams.out << QStringLiteral("%1 ").arg(r.node, -16) << tr("ok, engine %1, %2").arg(r.engine, free.isEmpty() ? tr("no paths of the plan") : free.join(QStringLiteral(", ")));
            if (!r.missingPaths.isEmpty())
                streams.out << tr("; MISSING: %1").arg(r.missingPaths.join(QStringLiteral(", ")));
            if (!r.datasetsPastRpo.isEmpty())
                streams.out << tr("; no backup run here within the RPO of: %1").arg(r.datasetsPastRpo.join(QStringLiteral(", ")));
            streams.out << '\n';
        } else {
            streams.out << QStringLiteral("%1 ").arg(r.node, -16) << tr("UNREACHABLE after %L1 s: %2").arg(r.seconds, 0, 'f', 1).arg(r.error.message) << '\n';
        }
        streams.out.flush();
    });
    const auto reachable = std::count_if(reports.begin(), reports.end(), [](const fleet::NodeReport& r) { return r.reachable; });
    const double seconds = static_cast<double>(timer.elapsed()) / 1000.0;
    if (json)
        streams.out << QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("type"), QStringLiteral("summary")},
                                                                   {QStringLiteral("nodes"), static_cast<double>(reports.size())},
                                                                   {QStringLiteral("reachable"), static_cast<double>(reachable)},
                                                                   {QStringLiteral("seconds"), seconds}})
                                             .toJson(QJsonDocument::Compact))
                    << '\n';
    else
        streams.out << tr("%L1 of %L2 nodes reachable, %L3 s.").arg(reachable).arg(reports.size()).arg(seconds, 0, 'f', 1) << '\n';
    return static_cast<std::size_t>(reachable) == reports.size() ? kExitOk : kExitWarnings;
}

} // namespace lifeboat::cli
