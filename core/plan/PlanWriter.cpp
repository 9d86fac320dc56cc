// SPDX-License-Identifier: GPL-3.0-or-later
#include "PlanWriter.h"

#include "core/util/Units.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

#include <algorithm>

namespace lifeboat::plan {
namespace {

QJsonValue bytesValue(std::int64_t bytes)
{
    const QString text = units::formatBytesExact(bytes);
    if (units::parseBytes(text) == bytes)
        return text;
    return static_cast<double>(bytes);
}

QJsonValue fractionValue(double fraction)
{
    const QString text = units::formatPercent(fraction);
    if (units::parsePercent(text) == fraction)
        return text;
    return fraction;
}

QJsonValue rateValue(double bytesPerSecond)
{
    const QString text = units::formatBytesPerSecond(bytesPerSecond);
    if (units::parseBytesPerSecond(text) == bytesPerSecond)
        return text;
    return bytesPerSecond;
}

void putString(QJsonObject& o, const char* key, const QString& value)
{
    if (!value.isEmpty())
        o.insert(QLatin1String(key), value);
}

void putInt(QJsonObject& o, const char* key, int value)
{
    if (value != 0)
        o.insert(QLatin1String(key), value);
}

QJsonObject mapObject(const QHash<QString, double>& map, bool asFraction)
{
    QJsonObject o;
    for (auto it = map.begin(); it != map.end(); ++it)
        o.insert(it.key(), asFraction ? fractionValue(it.value()) : QJsonValue(it.value()));
    return o;
}

} // namespace

QByteArray PlanWriter::toJson(const Plan& plan)
{
    QJsonObject root;
    root.insert(QLatin1String("version"), plan.version);
    putString(root, "name", plan.name);
    putString(root, "description", plan.description);

    QJsonArray domains;
    for (const FailureDomain& d : plan.domains) {
        QJsonObject o;
        o.insert(QLatin1String("id"), d.id);
        o.insert(QLatin1String("level"), d.level);
        putString(o, "parent", d.parent);
        putString(o, "description", d.description);
        domains.append(o);
    }
    QJsonArray nodes;
    for (const Node& n : plan.nodes) {
        QJsonObject o;
        o.insert(QLatin1String("name"), n.name);
        putString(o, "domain", n.domain);
        putString(o, "role", n.role);
        putString(o, "address", n.address);
        if (n.port != 22)
            o.insert(QLatin1String("port"), n.port);
        putString(o, "user", n.user);
        putString(o, "sshAlias", n.sshAlias);
        if (n.capacityBytes != 0)
            o.insert(QLatin1String("capacity"), bytesValue(n.capacityBytes));
        putString(o, "disk", n.disk);
        nodes.append(o);
    }
    QJsonObject fleet;
    fleet.insert(QLatin1String("domains"), domains);
    fleet.insert(QLatin1String("nodes"), nodes);
    root.insert(QLatin1String("fleet"), fleet);

    QJsonArray datasets;
    for (const Dataset& d : plan.datasets) {
        QJsonObject o;
        o.insert(QLatin1String("name"), d.name);
        putString(o, "description", d.description);
        putString(o, "tier", d.tier);
        o.insert(QLatin1String("layout"), layoutName(d.layout));
        QJsonArray locations;
        for (const DatasetLocation& l : d.locations)
            locations.append(QJsonObject{{QLatin1String("node"), l.node}, {QLatin1String("path"), l.path}});
        o.insert(QLatin1String("locations"), locations);
        o.insert(QLatin1String("size"), bytesValue(d.sizeBytes));
        o.insert(QLatin1String("growthPerMonth"), bytesValue(d.growthBytesPerMonth));
        o.insert(QLatin1String("changePerDay"), fractionValue(d.changeFractionPerDay));
        o.insert(QLatin1String("rpo"), units::formatDuration(d.rpo));
        o.insert(QLatin1String("rto"), units::formatDuration(d.rto));
        datasets.append(o);
    }
    root.insert(QLatin1String("datasets"), datasets);

    QJsonArray repositories;
    for (const Repository& r : plan.repositories) {
        QJsonObject o;
        o.insert(QLatin1String("name"), r.name);
        o.insert(QLatin1String("node"), r.node);
        o.insert(QLatin1String("path"), r.path);
        if (r.capacityBytes != 0)
            o.insert(QLatin1String("capacity"), bytesValue(r.capacityBytes));
        putString(o, "description", r.description);
        repositories.append(o);
    }
    root.insert(QLatin1String("repositories"), repositories);

    QJsonArray policies;
    for (const Policy& p : plan.policies) {
        QJsonObject o;
        o.insert(QLatin1String("name"), p.name);
        o.insert(QLatin1String("dataset"), p.dataset);
        QJsonObject schedule{{QLatin1String("cron"), p.schedule.cron}};
        putString(schedule, "timeZone", p.schedule.timeZone);
        o.insert(QLatin1String("schedule"), schedule);
        if (!p.window.start.isEmpty())
            o.insert(QLatin1String("window"), QJsonObject{{QLatin1String("start"), p.window.start},
                                                          {QLatin1String("duration"), units::formatDuration(p.window.duration)}});
        o.insert(QLatin1String("repositories"), QJsonArray::fromStringList(p.repositories));
        QJsonObject retention;
        putInt(retention, "keepLast", p.retention.keepLast);
        putInt(retention, "keepHourly", p.retention.keepHourly);
        putInt(retention, "keepDaily", p.retention.keepDaily);
        putInt(retention, "keepWeekly", p.retention.keepWeekly);
        putInt(retention, "keepMonthly", p.retention.keepMonthly);
        putInt(retention, "keepYearly", p.retention.keepYearly);
        if (p.retention.keepWithin.count() != 0)
            retention.insert(QLatin1String("keepWithin"), units::formatDuration(p.retention.keepWithin));
        o.insert(QLatin1String("retention"), retention);
        if (!p.verification.cron.isEmpty()) {
            QJsonObject verify{{QLatin1String("cron"), p.verification.cron}};
            if (p.verification.readDataFraction != 0)
                verify.insert(QLatin1String("readData"), fractionValue(p.verification.readDataFraction));
            o.insert(QLatin1String("verify"), verify);
        }
        if (!p.drill.cron.isEmpty()) {
            QJsonObject drill{{QLatin1String("cron"), p.drill.cron}, {QLatin1String("node"), p.drill.node}, {QLatin1String("path"), p.drill.path}};
            if (p.drill.sample != 1.0)
                drill.insert(QLatin1String("sample"), fractionValue(p.drill.sample));
            putString(drill, "repository", p.drill.repository);
            o.insert(QLatin1String("drill"), drill);
        }
        policies.append(o);
    }
    root.insert(QLatin1String("policies"), policies);

    const Assumptions& a = plan.assumptions;
    QJsonObject assumptions;
    assumptions.insert(QLatin1String("nodeAnnualFailureRate"), mapObject(a.nodeAfr, true));
    assumptions.insert(QLatin1String("defaultNodeAnnualFailureRate"), fractionValue(a.defaultNodeAfr));
    assumptions.insert(QLatin1String("domainOutagesPerYear"), mapObject(a.domainOutagesPerYear, false));
    if (a.repairBytesPerSecond != 0)
        assumptions.insert(QLatin1String("repairBandwidth"), rateValue(a.repairBytesPerSecond));
    if (a.restoreBytesPerSecond != 0)
        assumptions.insert(QLatin1String("restoreBandwidth"), rateValue(a.restoreBytesPerSecond));
    assumptions.insert(QLatin1String("dedupRatio"), a.dedupRatio);
    assumptions.insert(QLatin1String("compressionRatio"), a.compressionRatio);
    assumptions.insert(QLatin1String("backupFailureProbability"), fractionValue(a.backupFailureProbability));
    assumptions.insert(QLatin1String("backupCommonCauseProbability"), fractionValue(a.backupCommonCauseProbability));
    assumptions.insert(QLatin1String("burstsPerYear"), a.burstsPerYear);
    assumptions.insert(QLatin1String("burstNodeFraction"), fractionValue(a.burstNodeFraction));
    assumptions.insert(QLatin1String("silentCorruptionsPerYear"), a.silentCorruptionsPerYear);
    root.insert(QLatin1String("assumptions"), assumptions);

    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

Result<std::monostate> PlanWriter::save(const Plan& plan, const QString& path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error{Error::Code::Io, tr("%1: cannot be written: %2").arg(path, file.errorString())};
    const QByteArray json = toJson(plan);
    if (file.write(json) != json.size()) {
        const QString reason = file.errorString();
        file.cancelWriting();
        return Error{Error::Code::Io, tr("%1: writing failed, the previous file is unchanged: %2").arg(path, reason)};
    }
    if (!file.commit())
        return Error{Error::Code::Io, tr("%1: saving failed, the previous file is unchanged: %2").arg(path, file.errorString())};
    return std::monostate{};
}

} // namespace lifeboat::plan
