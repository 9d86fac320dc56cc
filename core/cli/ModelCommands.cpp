// SPDX-License-Identifier: GPL-3.0-or-later
#include "ModelCommands.h"

#include "ModelArguments.h"
#include "PlanModelCommands.h"

#include "core/model/IndependentFailures.h"
#include "core/model/RecoveryModels.h"
#include "core/model/SimultaneousFailures.h"
#include "core/util/Units.h"

#include <QJsonObject>

#include <cmath>
#include <optional>

namespace lifeboat::cli {
namespace {

int runMttdl(const QStringList& arguments, Streams streams)
{
    ModelArguments a(QStringLiteral("mttdl"), streams);
    a.option(QStringLiteral("group-size"), ModelCommand::tr("Devices in the group (c for c replicas, k+m for a code)."));
    a.option(QStringLiteral("tolerate"), ModelCommand::tr("Failures the group survives (c−1, or m)."));
    a.option(QStringLiteral("afr"), ModelCommand::tr("Annualized failure rate per device (failures per device-year)."));
    a.option(QStringLiteral("repair-hours"), ModelCommand::tr("Mean time to repair one device, in hours."));
    a.option(QStringLiteral("device-bytes"), ModelCommand::tr("Bytes to rebuild per failed device (e.g. 16TB); with --repair-gbps instead of --repair-hours."));
    a.option(QStringLiteral("repair-gbps"), ModelCommand::tr("Repair bandwidth per failed device, Gbit/s."));
    a.option(QStringLiteral("bytes"), ModelCommand::tr("User bytes the group holds, for the expected bytes lost over the mission (e.g. 100TB)."));
    a.option(QStringLiteral("repair"), ModelCommand::tr("parallel (default) or serial."));
    a.option(QStringLiteral("mission-years"), ModelCommand::tr("Years over which to give the loss probability (default 1)."));
    if (!a.parse(arguments))
        return a.fail(a.problem);
    model::RedundancyGroup group;
    group.devices = static_cast<int>(a.integer(QStringLiteral("group-size")));
    group.tolerated = static_cast<int>(a.integer(QStringLiteral("tolerate")));
    group.failureRate = a.number(QStringLiteral("afr"));
    const bool fromBandwidth = a.parser.isSet(QStringLiteral("device-bytes")) || a.parser.isSet(QStringLiteral("repair-gbps"));
    if (fromBandwidth && a.parser.isSet(QStringLiteral("repair-hours")))
        return a.fail(ModelCommand::tr("Give --repair-hours, or --device-bytes with --repair-gbps, not both."));
    double hours = 0;
    if (fromBandwidth) {
        const auto deviceBytes = units::parseBytes(a.parser.value(QStringLiteral("device-bytes")));
        const double gbps = a.number(QStringLiteral("repair-gbps"));
        if (!deviceBytes || *deviceBytes <= 0)
            return a.fail(ModelCommand::tr("--device-bytes must be a size such as 16TB (got \"%1\").").arg(a.parser.value(QStringLiteral("device-bytes"))));
        if (a.problem.isEmpty() && !(gbps > 0))
            return a.fail(ModelCommand::tr("--repair-gbps must be above 0."));
        hours = static_cast<double>(*deviceBytes) * 8 / (gbps * 1e9) / 3600.0;
    } else {
        hours = a.number(QStringLiteral("repair-hours"));
    }
    std::optional<double> bytes;
    if (a.parser.isSet(QStringLiteral("bytes"))) {
        const auto parsed = units::parseBytes(a.parser.value(QStringLiteral("bytes")));
        if (!parsed || *parsed < 0)
            return a.fail(ModelCommand::tr("--bytes must be a size such as 100TB (got \"%1\").").arg(a.parser.value(QStringLiteral("bytes"))));
        bytes = static_cast<double>(*parsed);
    }
    const double mission = a.number(QStringLiteral("mission-years"), 1.0);
    const QString repair = a.parser.isSet(QStringLiteral("repair")) ? a.parser.value(QStringLiteral("repair")) : QStringLiteral("parallel");
    if (!a.problem.isEmpty())
        return a.fail(a.problem);
    if (repair != QLatin1String("parallel") && repair != QLatin1String("serial"))
        return a.fail(ModelCommand::tr("--repair must be parallel or serial (got \"%1\").").arg(repair));
    if (!(hours > 0))
        return a.fail(ModelCommand::tr("--repair-hours must be above 0."));
    group.repair = repair == QLatin1String("parallel") ? model::RepairMode::Parallel : model::RepairMode::OneAtATime;
    group.repairRate = model::kHoursPerYear / hours;
    auto years = model::IndependentFailures::mttdl(group);
    if (!years)
        return a.fail(years.error().message);
    auto loss = model::IndependentFailures::lossProbability(group, mission);
    if (!loss)
        return a.fail(loss.error().message);
    QJsonObject out{{QStringLiteral("mttdl_years"), years.value()}, {QStringLiteral("p_loss"), loss.value()}, {QStringLiteral("mission_years"), mission},
                    {QStringLiteral("repair_hours"), hours}};
    // Greenan, Plank & Wylie (HotStorage 2010): the bytes at risk, not MTTDL alone. A loss
    // of the group loses what it holds, so E[bytes lost in the mission] = bytes × P(loss).
    if (bytes)
        out.insert(QStringLiteral("expected_bytes_lost"), *bytes * loss.value());
    return a.print(out, QStringLiteral("independent failures, exponential repair (CTMC)"));
}

int runSimultaneous(const QStringList& arguments, Streams streams)
{
    ModelArguments a(QStringLiteral("simultaneous"), streams);
    a.option(QStringLiteral("nodes"), ModelCommand::tr("Nodes in the cluster."));
    a.option(QStringLiteral("replicas"), ModelCommand::tr("Copies of each data unit."));
    a.option(QStringLiteral("failed"), ModelCommand::tr("Nodes that fail at once."));
    a.option(QStringLiteral("copysets"), ModelCommand::tr("Distinct copysets in the placement."));
    a.option(QStringLiteral("scatter-width"), ModelCommand::tr("Copyset Replication with this scatter width."));
    a.option(QStringLiteral("chunks"), ModelCommand::tr("Data units placed uniformly at random."));
    a.option(QStringLiteral("erasure"), ModelCommand::tr("K+M: erasure-coded stripes instead of replicas."));
    a.option(QStringLiteral("bytes-per-node"), ModelCommand::tr("Unique bytes per node, for the expected bytes lost (e.g. 4TB)."));
    if (!a.parse(arguments))
        return a.fail(a.problem);
    model::SimultaneousFailure event;
    event.nodes = a.integer(QStringLiteral("nodes"));
    event.failed = a.integer(QStringLiteral("failed"));
    int dataShards = 0;
    int parityShards = 0;
    if (a.parser.isSet(QStringLiteral("erasure"))) {
        const QStringList parts = a.parser.value(QStringLiteral("erasure")).split(QLatin1Char('+'));
        bool okK = false;
        bool okM = false;
        dataShards = parts.value(0).toInt(&okK);
        parityShards = parts.value(1).toInt(&okM);
        if (parts.size() != 2 || !okK || !okM)
            return a.fail(ModelCommand::tr("--erasure must look like 10+4 (got \"%1\").").arg(a.parser.value(QStringLiteral("erasure"))));
        event.replicas = dataShards + parityShards;
    } else {
        event.replicas = static_cast<int>(a.integer(QStringLiteral("replicas")));
    }
    const int ways = a.parser.isSet(QStringLiteral("copysets")) + a.parser.isSet(QStringLiteral("scatter-width")) + a.parser.isSet(QStringLiteral("chunks"));
    if (!a.problem.isEmpty())
        return a.fail(a.problem);
    if (ways != 1)
        return a.fail(ModelCommand::tr("Give exactly one of --copysets, --scatter-width or --chunks."));
    if (auto valid = model::SimultaneousFailures::validate(event); !valid)
        return a.fail(valid.error().message);
    double copysets = 0;
    if (a.parser.isSet(QStringLiteral("scatter-width"))) {
        auto count = model::SimultaneousFailures::copysetReplicationCount(event.nodes, event.replicas, static_cast<int>(a.integer(QStringLiteral("scatter-width"))));
        if (!count)
            return a.fail(count.error().message);
        copysets = static_cast<double>(count.value());
    } else {
        copysets = a.number(a.parser.isSet(QStringLiteral("copysets")) ? QStringLiteral("copysets") : QStringLiteral("chunks"));
        if (!(copysets >= 0))
            return a.fail(ModelCommand::tr("The number of copysets or chunks must be 0 or more."));
    }
    double perUnit = 0;
    if (dataShards > 0) {
        auto stripe = model::SimultaneousFailures::stripeFailureProbability(event.nodes, dataShards, parityShards, event.failed);
        if (!stripe)
            return a.fail(stripe.error().message);
        perUnit = stripe.value();
    } else {
        auto p = model::SimultaneousFailures::copysetFailureProbability(event);
        if (!p)
            return a.fail(p.error().message);
        perUnit = p.value();
    }
    const double loss = perUnit >= 1 ? (copysets > 0 ? 1.0 : 0.0) : -std::expm1(copysets * std::log1p(-perUnit));
    QJsonObject out{{QStringLiteral("p_loss"), loss}, {QStringLiteral("copysets"), copysets}, {QStringLiteral("p_copyset"), perUnit}};
    if (a.parser.isSet(QStringLiteral("bytes-per-node"))) {
        const auto perNode = units::parseBytes(a.parser.value(QStringLiteral("bytes-per-node")));
        if (!perNode || *perNode < 0)
            return a.fail(ModelCommand::tr("--bytes-per-node must be a size such as 4TB (got \"%1\").").arg(a.parser.value(QStringLiteral("bytes-per-node"))));
        // Unique data = all bytes / copies (or × k/(k+m)); expected loss is placement-free.
        const double unique = dataShards > 0 ? static_cast<double>(*perNode) * static_cast<double>(event.nodes) * dataShards / event.replicas
                                             : static_cast<double>(*perNode) * static_cast<double>(event.nodes) / event.replicas;
        out.insert(QStringLiteral("expected_bytes_lost"), unique * perUnit);
    }
    return a.print(out, QStringLiteral("simultaneous failures, copysets (Cidon et al. 2013)"));
}

int runWindow(const QStringList& arguments, Streams streams)
{
    ModelArguments a(QStringLiteral("window"), streams);
    a.option(QStringLiteral("data"), ModelCommand::tr("Data shards of a stripe."));
    a.option(QStringLiteral("parity"), ModelCommand::tr("Parity shards of a stripe."));
    a.option(QStringLiteral("afr"), ModelCommand::tr("Annual shard failure rate."));
    a.option(QStringLiteral("repair-days"), ModelCommand::tr("Days to replace a failed shard."));
    if (!a.parse(arguments))
        return a.fail(a.problem);
    const int data = static_cast<int>(a.integer(QStringLiteral("data")));
    const int parity = static_cast<int>(a.integer(QStringLiteral("parity")));
    const double afr = a.number(QStringLiteral("afr"));
    const double days = a.number(QStringLiteral("repair-days"));
    if (!a.problem.isEmpty())
        return a.fail(a.problem);
    auto result = model::RecoveryModels::fixedWindow(data, parity, afr, days);
    if (!result)
        return a.fail(result.error().message);
    return a.print(QJsonObject{{QStringLiteral("annual_loss"), result->annualLoss}, {QStringLiteral("durability"), result->durability},
                               {QStringLiteral("period_loss"), result->periodLoss}},
                   QStringLiteral("fixed-window binomial (Backblaze)"));
}

int runRpo(const QStringList& arguments, Streams streams)
{
    ModelArguments a(QStringLiteral("rpo"), streams);
    a.option(QStringLiteral("interval-hours"), ModelCommand::tr("Hours between backup starts."));
    a.option(QStringLiteral("window-hours"), ModelCommand::tr("Hours from a backup's start until it is usable."));
    a.option(QStringLiteral("bad-backup-prob"), ModelCommand::tr("Probability that a backup is unusable (default 0)."));
    a.option(QStringLiteral("keep"), ModelCommand::tr("Backups kept (default 1)."));
    if (!a.parse(arguments))
        return a.fail(a.problem);
    const double interval = a.number(QStringLiteral("interval-hours"));
    const double window = a.number(QStringLiteral("window-hours"));
    const double q = a.number(QStringLiteral("bad-backup-prob"), 0.0);
    const int keep = static_cast<int>(a.integer(QStringLiteral("keep"), 1));
    if (!a.problem.isEmpty())
        return a.fail(a.problem);
    auto result = model::RecoveryModels::rpo(interval, window, q, keep);
    if (!result)
        return a.fail(result.error().message);
    return a.print(QJsonObject{{QStringLiteral("expected_hours"), result->expectedHours}, {QStringLiteral("worst_hours"), result->worstHours}},
                   QStringLiteral("age of the newest usable restore point, failure at a uniform time"));
}

int runRto(const QStringList& arguments, Streams streams)
{
    ModelArguments a(QStringLiteral("rto"), streams);
    a.option(QStringLiteral("bytes"), ModelCommand::tr("Bytes to restore (e.g. 40TB)."));
    a.option(QStringLiteral("bandwidth-gbps"), ModelCommand::tr("Bandwidth of the slowest part of the path, Gbit/s."));
    a.option(QStringLiteral("efficiency"), ModelCommand::tr("Share of that bandwidth a restore achieves (default 1)."));
    a.option(QStringLiteral("streams"), ModelCommand::tr("Parallel restore streams (default 1)."));
    a.option(QStringLiteral("stream-gbps"), ModelCommand::tr("Bandwidth one stream can reach, Gbit/s (default: no limit)."));
    if (!a.parse(arguments))
        return a.fail(a.problem);
    const auto bytes = units::parseBytes(a.parser.value(QStringLiteral("bytes")));
    const double gbps = a.number(QStringLiteral("bandwidth-gbps"));
    const double efficiency = a.number(QStringLiteral("efficiency"), 1.0);
    const int parallelStreams = static_cast<int>(a.integer(QStringLiteral("streams"), 1));
    const double perStream = a.number(QStringLiteral("stream-gbps"), 0.0);
    if (!a.problem.isEmpty())
        return a.fail(a.problem);
    if (!bytes)
        return a.fail(ModelCommand::tr("--bytes must be a size such as 40TB or 1.5PiB (got \"%1\").").arg(a.parser.value(QStringLiteral("bytes"))));
    auto hours = model::RecoveryModels::rtoHours(static_cast<double>(*bytes), gbps, efficiency, parallelStreams, perStream);
    if (!hours)
        return a.fail(hours.error().message);
    return a.print(QJsonObject{{QStringLiteral("hours"), hours.value()}}, QStringLiteral("bytes over the effective bandwidth"));
}

int runDetection(const QStringList& arguments, Streams streams)
{
    ModelArguments a(QStringLiteral("detection"), streams);
    a.option(QStringLiteral("interval-minutes"), ModelCommand::tr("Minutes between checks."));
    a.option(QStringLiteral("detect-prob"), ModelCommand::tr("Probability that one check finds an existing fault."));
    a.option(QStringLiteral("within-minutes"), ModelCommand::tr("Give the probability of detection within this many minutes."));
    if (!a.parse(arguments))
        return a.fail(a.problem);
    const double interval = a.number(QStringLiteral("interval-minutes"));
    const double d = a.number(QStringLiteral("detect-prob"));
    const double within = a.number(QStringLiteral("within-minutes"));
    if (!a.problem.isEmpty())
        return a.fail(a.problem);
    auto mean = model::RecoveryModels::meanDetectionDelay(interval, d);
    if (!mean)
        return a.fail(mean.error().message);
    auto p = model::RecoveryModels::detectedWithin(interval, d, within);
    if (!p)
        return a.fail(p.error().message);
    return a.print(QJsonObject{{QStringLiteral("mean_delay_minutes"), mean.value()}, {QStringLiteral("p_within"), p.value()}},
                   QStringLiteral("periodic checks, uniform phase"));
}

} // namespace

QString ModelCommand::helpText()
{
    return tr("  model mttdl --group-size n --tolerate m --afr A (--repair-hours H | --device-bytes D --repair-gbps G) [--repair parallel|serial] [--mission-years Y] [--bytes B]\n"
              "  model simultaneous --nodes N --replicas R --failed F (--copysets K | --scatter-width S | --chunks C) [--erasure K+M] [--bytes-per-node B]\n"
              "  model window --data K --parity M --afr A --repair-days D\n"
              "  model rpo --interval-hours I --window-hours W [--bad-backup-prob q --keep K]\n"
              "  model rto --bytes B --bandwidth-gbps G [--efficiency e] [--streams n] [--stream-gbps g]\n"
              "  model detection --interval-minutes T --detect-prob d --within-minutes t\n"
              "  model plan FILE [--what-if PATH=VALUE ...] [--mission-years Y]\n"
              "  model simulate FILE --years Y [--trials N] [--seed S] [--threads T] [--repair fixed|exponential] [--what-if PATH=VALUE ...]\n"
              "    --afr is a rate (failures per device-year, as Backblaze publishes it), so λ = AFR;\n"
              "    a year is 365 days (8,760 hours). Add --json for one JSON object.\n");
}

int ModelCommand::execute(const QStringList& arguments, Streams streams)
{
    const QString verb = arguments.value(0);
    const QStringList rest = arguments.mid(1);
    if (verb == QLatin1String("mttdl"))
        return runMttdl(rest, streams);
    if (verb == QLatin1String("simultaneous"))
        return runSimultaneous(rest, streams);
    if (verb == QLatin1String("window"))
        return runWindow(rest, streams);
    if (verb == QLatin1String("rpo"))
        return runRpo(rest, streams);
    if (verb == QLatin1String("rto"))
        return runRto(rest, streams);
    if (verb == QLatin1String("detection"))
        return runDetection(rest, streams);
    if (verb == QLatin1String("plan"))
        return PlanModelCommand::plan(rest, streams);
    if (verb == QLatin1String("simulate"))
        return PlanModelCommand::simulate(rest, streams);
    streams.err << tr("lifeboat-cli: unknown model command \"%1\". The model commands are:").arg(verb) << '\n' << helpText();
    return kExitInvalid;
}

} // namespace lifeboat::cli
