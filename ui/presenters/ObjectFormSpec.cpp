// SPDX-License-Identifier: GPL-3.0-or-later
#include "ObjectFormSpec.h"

#include "core/plan/PlanEdit.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>

namespace lifeboat::ui {
namespace {

using Kind = plan::ObjectRef::Kind;

QJsonValue valueAt(const QJsonObject& object, const QString& dotted)
{
    const QStringList parts = dotted.split(QLatin1Char('.'));
    QJsonValue at = object;
    for (const QString& part : parts)
        at = at.toObject().value(part);
    return at;
}

void insertAt(QJsonObject& object, const QStringList& parts, const QJsonValue& value)
{
    if (parts.size() == 1) {
        object.insert(parts.front(), value);
        return;
    }
    QJsonObject inner = object.value(parts.front()).toObject();
    insertAt(inner, parts.mid(1), value);
    object.insert(parts.front(), inner);
}

QString scalarText(const QJsonValue& v)
{
    if (v.isString())
        return v.toString();
    if (v.isDouble())
        return QString::number(v.toDouble(), 'g', 15);
    if (v.isBool())
        return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    return {};
}

QStringList sortedUnique(QStringList list)
{
    list.removeAll(QString());
    list.removeDuplicates();
    list.sort(Qt::CaseInsensitive);
    return list;
}

} // namespace

std::vector<ObjectFormSpec::Field> ObjectFormSpec::fields(Kind kind)
{
    switch (kind) {
    case Kind::Domain:
        return {
            {QStringLiteral("id"), tr("ID"), Type::Text, Source::None, tr("dc1/r5"), tr("Unique in the plan. Nodes and child domains refer to it; renaming it renames their references."), true},
            {QStringLiteral("level"), tr("Level"), Type::Choice, Source::Levels, tr("rack"), tr("What kind of domain it is: region, site, room, row, rack, PDU ..."), true},
            {QStringLiteral("parent"), tr("Inside"), Type::Choice, Source::Domains, tr("(top level)"), tr("The domain that encloses it; empty for a top-level domain. Changing it moves the domain and all it holds."), false},
            {QStringLiteral("description"), tr("Description"), Type::Text, Source::None, {}, {}, false},
        };
    case Kind::Node:
        return {
            {QStringLiteral("name"), tr("Name"), Type::Text, Source::None, tr("gpu-41"), tr("Unique in the plan. Dataset locations and repositories refer to it; renaming it renames their references."), true},
            {QStringLiteral("domain"), tr("Failure domain"), Type::Choice, Source::Domains, tr("dc1/r1"), tr("The innermost domain holding the node (its rack, usually)."), false},
            {QStringLiteral("role"), tr("Role"), Type::Choice, Source::Roles, tr("storage"), tr("Its annual failure rate comes from the plan's assumptions for this role."), false},
            {QStringLiteral("address"), tr("Address"), Type::Text, Source::None, tr("host name or IP"), tr("Where the engine reaches it over SSH; leave empty when an SSH alias is given."), false},
            {QStringLiteral("port"), tr("SSH port"), Type::Integer, Source::None, QStringLiteral("22"), {}, false},
            {QStringLiteral("user"), tr("SSH user"), Type::Text, Source::None, tr("lifeboat"), {}, false},
            {QStringLiteral("sshAlias"), tr("SSH alias"), Type::Text, Source::None, tr("a Host of ~/.ssh/config"), {}, false},
            {QStringLiteral("capacity"), tr("Capacity"), Type::Text, Source::None, tr("30 TB"), tr("Bytes with a unit: B, kB, MB, GB, TB, PB (powers of 1000) or KiB, MiB, GiB, TiB, PiB."), false},
            {QStringLiteral("disk"), tr("Disk"), Type::Choice, Source::Disks, tr("nvme"), {}, false},
        };
    case Kind::Dataset:
        return {
            {QStringLiteral("name"), tr("Name"), Type::Text, Source::None, tr("ckpt-llama405b"), tr("Unique in the plan. Policies refer to it; renaming it renames their references."), true},
            {QStringLiteral("description"), tr("Description"), Type::Text, Source::None, {}, {}, false},
            {QStringLiteral("tier"), tr("Tier"), Type::Choice, Source::Tiers, tr("high"), tr("critical, high, medium or low: the console's targets and colours follow it."), false},
            {QStringLiteral("layout"), tr("Layout"), Type::Fixed, Source::Layouts, {}, tr("Replicated: every location holds a full copy. Sharded: each holds one part and all are needed."), true},
            {QStringLiteral("locations"), tr("Locations"), Type::Lines, Source::Nodes, tr("gpu-07 /data/ckpt"), tr("One per line: the node's name, a space, the absolute path on it."), true},
            {QStringLiteral("size"), tr("Size"), Type::Text, Source::None, tr("38 TB"), tr("Bytes with a unit: B, kB, MB, GB, TB, PB or KiB ... PiB."), true},
            {QStringLiteral("growthPerMonth"), tr("Growth per month"), Type::Text, Source::None, tr("2 TB"), {}, false},
            {QStringLiteral("changePerDay"), tr("Change per day"), Type::Text, Source::None, tr("5%"), tr("The share of the size rewritten each day, as a percentage or a fraction."), false},
            {QStringLiteral("rpo"), tr("RPO"), Type::Text, Source::None, tr("4h"), tr("The most data (as time) it may lose: a duration such as 90m, 4h, 2d, 1w."), true},
            {QStringLiteral("rto"), tr("RTO"), Type::Text, Source::None, tr("24h"), tr("The longest a restore may take: a duration such as 90m, 4h, 2d."), true},
        };
    case Kind::Repository:
        return {
            {QStringLiteral("name"), tr("Name"), Type::Text, Source::None, tr("repo-dc2-cold"), tr("Unique in the plan. Policies refer to it; renaming it renames their references."), true},
            {QStringLiteral("node"), tr("Node"), Type::Choice, Source::Nodes, tr("bkp-dc2-01"), tr("The node that holds it; its failure domain is the node's."), true},
            {QStringLiteral("path"), tr("Path"), Type::Text, Source::None, tr("/backup/lifeboat"), tr("Absolute path on the node."), true},
            {QStringLiteral("capacity"), tr("Capacity"), Type::Text, Source::None, tr("500 TB"), {}, false},
            {QStringLiteral("description"), tr("Description"), Type::Text, Source::None, {}, {}, false},
        };
    case Kind::Policy:
        return {
            {QStringLiteral("name"), tr("Name"), Type::Text, Source::None, tr("ckpt-nightly"), {}, true},
            {QStringLiteral("dataset"), tr("Dataset"), Type::Choice, Source::Datasets, {}, {}, true},
            {QStringLiteral("schedule.cron"), tr("Schedule"), Type::Text, Source::None, tr("0 2 * * *"), tr("Five-field cron (minute hour day month weekday) or @hourly, @daily, @weekly, @monthly."), true},
            {QStringLiteral("schedule.timeZone"), tr("Time zone"), Type::Text, Source::None, tr("UTC"), tr("An IANA time zone such as Europe/Berlin; empty means UTC."), false},
            {QStringLiteral("window.start"), tr("Window start"), Type::Text, Source::None, tr("01:00"), tr("HH:MM in the schedule's time zone; empty for no window."), false},
            {QStringLiteral("window.duration"), tr("Window length"), Type::Text, Source::None, tr("6h"), {}, false},
            {QStringLiteral("repositories"), tr("Repositories"), Type::List, Source::Repositories, tr("repo-dc1, repo-dc2"), tr("Comma-separated; each one is a copy. Repositories in different failure domains protect against more."), true},
            {QStringLiteral("retention.keepLast"), tr("Keep last"), Type::Integer, Source::None, {}, {}, false},
            {QStringLiteral("retention.keepHourly"), tr("Keep hourly"), Type::Integer, Source::None, {}, {}, false},
            {QStringLiteral("retention.keepDaily"), tr("Keep daily"), Type::Integer, Source::None, {}, {}, false},
            {QStringLiteral("retention.keepWeekly"), tr("Keep weekly"), Type::Integer, Source::None, {}, {}, false},
            {QStringLiteral("retention.keepMonthly"), tr("Keep monthly"), Type::Integer, Source::None, {}, {}, false},
            {QStringLiteral("retention.keepYearly"), tr("Keep yearly"), Type::Integer, Source::None, {}, {}, false},
            {QStringLiteral("retention.keepWithin"), tr("Keep within"), Type::Text, Source::None, tr("7d"), tr("Keep every snapshot younger than this duration."), false},
            {QStringLiteral("verify.cron"), tr("Verify schedule"), Type::Text, Source::None, tr("0 6 * * 0"), tr("Cron for re-reading the repository; empty: never verified."), false},
            {QStringLiteral("verify.readData"), tr("Verify reads"), Type::Text, Source::None, tr("10%"), tr("The share of pack data re-read and re-hashed per verification."), false},
            {QStringLiteral("drill.cron"), tr("Drill schedule"), Type::Text, Source::None, tr("0 6 * * sat"),
             tr("Cron for a restore drill: the newest snapshot restored into scratch space, every byte checked, the throughput measured, then removed. Empty: no drill."), false},
            {QStringLiteral("drill.node"), tr("Drill node"), Type::Choice, Source::Nodes, tr("bkp-dc1-01"), tr("The node that restores."), false},
            {QStringLiteral("drill.path"), tr("Drill scratch path"), Type::Text, Source::None, tr("/scratch/lifeboat-drill"),
             tr("An absolute directory on the drill node that holds no live data and no repository: the drill removes what it restored there."), false},
            {QStringLiteral("drill.sample"), tr("Drill sample"), Type::Text, Source::None, tr("100%"), tr("The share of the snapshot's bytes restored per drill."), false},
            {QStringLiteral("drill.repository"), tr("Drill from"), Type::Choice, Source::Repositories, tr("(the policy's first repository)"), {}, false},
        };
    default: return {};
    }
}

QStringList ObjectFormSpec::choices(const plan::Plan& plan, Source source)
{
    QStringList out;
    switch (source) {
    case Source::None: break;
    case Source::Domains:
        for (const plan::FailureDomain& d : plan.domains)
            out << d.id;
        return sortedUnique(out);
    case Source::Nodes:
        for (const plan::Node& n : plan.nodes)
            out << n.name;
        return sortedUnique(out);
    case Source::Datasets:
        for (const plan::Dataset& d : plan.datasets)
            out << d.name;
        return sortedUnique(out);
    case Source::Repositories:
        for (const plan::Repository& r : plan.repositories)
            out << r.name;
        return sortedUnique(out);
    case Source::Levels: {
        out = plan::knownDomainLevels();
        for (const plan::FailureDomain& d : plan.domains)
            if (!out.contains(d.level))
                out << d.level;
        return out;
    }
    case Source::Tiers: return plan::knownTiers();
    case Source::Layouts: return {plan::layoutName(plan::DatasetLayout::Replicated), plan::layoutName(plan::DatasetLayout::Sharded)};
    case Source::Roles:
        for (const plan::Node& n : plan.nodes)
            out << n.role;
        out << plan.assumptions.nodeAfr.keys();
        return sortedUnique(out);
    case Source::Disks: return {QStringLiteral("nvme"), QStringLiteral("ssd"), QStringLiteral("hdd")};
    }
    return out;
}

QHash<QString, QString> ObjectFormSpec::toText(Kind kind, const QJsonObject& object)
{
    QHash<QString, QString> text;
    for (const Field& f : fields(kind)) {
        const QJsonValue v = valueAt(object, f.key);
        QString t;
        if (f.type == Type::Lines) {
            QStringList lines;
            for (const QJsonValue& item : v.toArray()) {
                const QJsonObject l = item.toObject();
                lines << QString(l.value(QLatin1String("node")).toString() + QLatin1Char(' ') + l.value(QLatin1String("path")).toString()).trimmed();
            }
            t = lines.join(QLatin1Char('\n'));
        } else if (f.type == Type::List) {
            QStringList names;
            for (const QJsonValue& item : v.toArray())
                names << item.toString();
            t = names.join(QStringLiteral(", "));
        } else {
            t = scalarText(v);
        }
        text.insert(f.key, t);
    }
    return text;
}

QJsonObject ObjectFormSpec::fromText(Kind kind, const QHash<QString, QString>& text)
{
    QJsonObject object;
    for (const Field& f : fields(kind)) {
        const QString t = text.value(f.key).trimmed();
        QJsonValue v(QJsonValue::Undefined);
        switch (f.type) {
        case Type::Lines: {
            QJsonArray items;
            for (const QString& raw : t.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
                const QString line = raw.trimmed();
                if (line.isEmpty())
                    continue;
                // The node's name has no spaces; the path may.
                const qsizetype gap = line.indexOf(QRegularExpression(QStringLiteral("\\s")));
                QJsonObject l{{QStringLiteral("node"), gap < 0 ? line : line.left(gap)}};
                if (gap >= 0)
                    l.insert(QStringLiteral("path"), line.mid(gap).trimmed());
                items.append(l);
            }
            if (!items.isEmpty() || f.required)
                v = items;
            break;
        }
        case Type::List: {
            QJsonArray items;
            for (const QString& name : t.split(QLatin1Char(','), Qt::SkipEmptyParts))
                if (!name.trimmed().isEmpty())
                    items.append(name.trimmed());
            if (!items.isEmpty() || f.required)
                v = items;
            break;
        }
        case Type::Integer: {
            if (t.isEmpty())
                break;
            bool ok = false;
            const int n = t.toInt(&ok);
            v = ok ? QJsonValue(n) : QJsonValue(t);
            break;
        }
        default:
            if (!t.isEmpty())
                v = t;
            break;
        }
        if (!v.isUndefined())
            insertAt(object, f.key.split(QLatin1Char('.')), v);
    }
    // A policy's retention is an object even when it keeps nothing, as the writer writes it.
    if (kind == Kind::Policy && !object.contains(QLatin1String("retention")))
        object.insert(QStringLiteral("retention"), QJsonObject{});
    return object;
}

QString ObjectFormSpec::fieldForIssue(Kind kind, const QString& objectPath, const QString& issuePath)
{
    if (plan::PlanEdit::fieldOf(objectPath, issuePath).isEmpty())
        return {};
    QString rest = issuePath.mid(objectPath.size() + 1);
    rest.remove(QRegularExpression(QStringLiteral("\\[\\d+\\].*$")));   // "locations[1].node" -> "locations"
    QString best;
    for (const Field& f : fields(kind)) {
        const bool within = rest == f.key || rest.startsWith(f.key + QLatin1Char('.'));
        if (within && f.key.size() > best.size())
            best = f.key;
    }
    if (!best.isEmpty())
        return best;
    // "schedule" (the whole object is wrong or missing): its first field.
    for (const Field& f : fields(kind))
        if (f.key.startsWith(rest + QLatin1Char('.')))
            return f.key;
    return {};
}

} // namespace lifeboat::ui
