// SPDX-License-Identifier: GPL-3.0-or-later
#include "PlanReader.h"

#include "core/util/Readable.h"
#include "core/util/Units.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QSet>

#include <cmath>
#include <limits>

namespace lifeboat::plan {

QString jsonPath(const QString& parent, const QString& key)
{
    return parent + QLatin1Char('.') + key;
}

QString jsonPath(const QString& parent, qsizetype index)
{
    return parent + QLatin1Char('[') + QString::number(index) + QLatin1Char(']');
}

namespace {

using Kind = ObjectRef::Kind;

// Line and column of a byte offset, for "not JSON" errors a person can find in an editor.
std::pair<int, int> lineAndColumn(const QByteArray& text, qsizetype offset)
{
    int line = 1;
    int column = 1;
    for (qsizetype i = 0; i < offset && i < text.size(); ++i) {
        if (text.at(i) == '\n') {
            ++line;
            column = 1;
        } else {
            ++column;
        }
    }
    return {line, column};
}

} // namespace

Result<QByteArray> PlanReader::readFile(const QString& path, qint64 maxBytes)
{
    const QFileInfo info(path);
    if (!info.exists())
        return Error{Error::Code::NotFound, tr("%1: no such file").arg(path)};
    if (info.isDir())
        return Error{Error::Code::NotAFile, tr("%1: is a directory, not a plan file").arg(path)};
    // A FIFO or device would block or never end: only regular files are opened.
    if (!info.isFile())
        return Error{Error::Code::NotAFile, tr("%1: is not a regular file").arg(path)};
    if (info.size() > maxBytes)
        return Error{Error::Code::TooLarge,
                     tr("%1: the file is %2, larger than the %3 a plan may be").arg(path, readable::bytes(static_cast<double>(info.size())),
                                                                                   readable::bytes(static_cast<double>(maxBytes)))};
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{Error::Code::Unreadable, tr("%1: cannot be read: %2").arg(path, file.errorString())};
    // Read at most one byte over the limit: the file may have grown since it was measured.
    QByteArray bytes = file.read(maxBytes + 1);
    if (file.error() != QFileDevice::NoError)
        return Error{Error::Code::Io, tr("%1: read failed: %2").arg(path, file.errorString())};
    if (bytes.size() > maxBytes)
        return Error{Error::Code::TooLarge, tr("%1: the file grew beyond %2 while it was read").arg(path, readable::bytes(static_cast<double>(maxBytes)))};
    return bytes;
}

LoadedPlan PlanReader::parse(const QByteArray& json)
{
    LoadedPlan loaded;
    PlanReader reader(loaded.issues);
    if (json.trimmed().isEmpty()) {
        reader.error(QStringLiteral("$"), QStringLiteral("empty"), tr("The file is empty: a plan is a JSON object with a \"version\" field."));
        return loaded;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        const auto [line, column] = lineAndColumn(json, parseError.offset);
        reader.error(QStringLiteral("$"), QStringLiteral("not-json"),
                     tr("Not valid JSON at line %1, column %2: %3.").arg(line).arg(column).arg(parseError.errorString()));
        return loaded;
    }
    if (!doc.isObject()) {
        reader.error(QStringLiteral("$"), QStringLiteral("wrong-type"), tr("The top level must be a JSON object, not an array."));
        return loaded;
    }
    reader.readRoot(doc.object(), loaded.plan);
    return loaded;
}

PlanReader::PlanReader(PlanIssues& issues) : m_issues(issues) {}

void PlanReader::error(const QString& path, const QString& kind, const QString& message, const ObjectRef& ref)
{
    m_issues.push_back({Severity::Error, kind, path, message, ref});
}

void PlanReader::warning(const QString& path, const QString& kind, const QString& message, const ObjectRef& ref)
{
    m_issues.push_back({Severity::Warning, kind, path, message, ref});
}

QString PlanReader::typeName(const QJsonValue& value)
{
    switch (value.type()) {
    case QJsonValue::Null: return tr("null");
    case QJsonValue::Bool: return tr("a boolean");
    case QJsonValue::Double: return tr("a number");
    case QJsonValue::String: return tr("a string");
    case QJsonValue::Array: return tr("an array");
    case QJsonValue::Object: return tr("an object");
    case QJsonValue::Undefined: break;
    }
    return tr("nothing");
}

const QHash<QString, QStringList>& PlanReader::knownFields()
{
    static const QHash<QString, QStringList> fields{
        {QStringLiteral("plan"), {QStringLiteral("$schema"), QStringLiteral("version"), QStringLiteral("name"), QStringLiteral("description"), QStringLiteral("fleet"), QStringLiteral("datasets"), QStringLiteral("repositories"), QStringLiteral("policies"), QStringLiteral("assumptions")}},
        {QStringLiteral("fleet"), {QStringLiteral("domains"), QStringLiteral("nodes")}},
        {QStringLiteral("domain"), {QStringLiteral("id"), QStringLiteral("level"), QStringLiteral("parent"), QStringLiteral("description")}},
        {QStringLiteral("node"), {QStringLiteral("name"), QStringLiteral("domain"), QStringLiteral("role"), QStringLiteral("address"), QStringLiteral("port"), QStringLiteral("user"), QStringLiteral("sshAlias"), QStringLiteral("capacity"), QStringLiteral("disk")}},
        {QStringLiteral("dataset"), {QStringLiteral("name"), QStringLiteral("description"), QStringLiteral("tier"), QStringLiteral("layout"), QStringLiteral("locations"), QStringLiteral("size"), QStringLiteral("growthPerMonth"), QStringLiteral("changePerDay"), QStringLiteral("rpo"), QStringLiteral("rto")}},
        {QStringLiteral("location"), {QStringLiteral("node"), QStringLiteral("path")}},
        {QStringLiteral("repository"), {QStringLiteral("name"), QStringLiteral("node"), QStringLiteral("path"), QStringLiteral("capacity"), QStringLiteral("description")}},
        {QStringLiteral("retention"), {QStringLiteral("keepLast"), QStringLiteral("keepHourly"), QStringLiteral("keepDaily"), QStringLiteral("keepWeekly"), QStringLiteral("keepMonthly"), QStringLiteral("keepYearly"), QStringLiteral("keepWithin")}},
        {QStringLiteral("policy"), {QStringLiteral("name"), QStringLiteral("dataset"), QStringLiteral("schedule"), QStringLiteral("window"), QStringLiteral("repositories"), QStringLiteral("retention"), QStringLiteral("verify"), QStringLiteral("drill")}},
        {QStringLiteral("schedule"), {QStringLiteral("cron"), QStringLiteral("timeZone")}},
        {QStringLiteral("window"), {QStringLiteral("start"), QStringLiteral("duration")}},
        {QStringLiteral("verify"), {QStringLiteral("cron"), QStringLiteral("readData")}},
        {QStringLiteral("drill"), {QStringLiteral("cron"), QStringLiteral("node"), QStringLiteral("path"), QStringLiteral("sample"), QStringLiteral("repository")}},
        {QStringLiteral("assumptions"), {QStringLiteral("nodeAnnualFailureRate"), QStringLiteral("defaultNodeAnnualFailureRate"), QStringLiteral("domainOutagesPerYear"), QStringLiteral("repairBandwidth"), QStringLiteral("restoreBandwidth"), QStringLiteral("dedupRatio"), QStringLiteral("compressionRatio"),
                                                 QStringLiteral("backupFailureProbability"), QStringLiteral("backupCommonCauseProbability"), QStringLiteral("burstsPerYear"),
                                                 QStringLiteral("burstNodeFraction"), QStringLiteral("silentCorruptionsPerYear")}},
    };
    return fields;
}

void PlanReader::checkKeys(const QJsonObject& o, const QString& path, const ObjectRef& ref, const QString& objectKind)
{
    const QStringList& known = knownFields()[objectKind];
    for (auto it = o.begin(); it != o.end(); ++it) {
        if (!known.contains(it.key()))
            warning(jsonPath(path, it.key()), QStringLiteral("unknown-field"),
                    tr("Unknown field \"%1\" is ignored (and dropped when the plan is saved).").arg(it.key()), ref);
    }
}

QJsonObject PlanReader::object(const QJsonValue& value, const QString& path, const ObjectRef& ref, bool* ok)
{
    if (ok)
        *ok = value.isObject();
    if (value.isObject())
        return value.toObject();
    error(path, QStringLiteral("wrong-type"), tr("Expected an object, found %1.").arg(typeName(value)), ref);
    return {};
}

QJsonArray PlanReader::array(const QJsonValue& value, const QString& path, const ObjectRef& ref)
{
    if (value.isUndefined())
        return {};
    if (value.isArray())
        return value.toArray();
    error(path, QStringLiteral("wrong-type"), tr("Expected an array, found %1.").arg(typeName(value)), ref);
    return {};
}

bool PlanReader::string(const QJsonObject& o, const QString& key, const QString& path, const ObjectRef& ref, QString& out, bool required)
{
    const QJsonValue v = o.value(key);
    const QString p = jsonPath(path, key);
    if (v.isUndefined()) {
        if (required)
            error(p, QStringLiteral("missing-field"), tr("Required field \"%1\" is missing.").arg(key), ref);
        return !required;
    }
    if (!v.isString()) {
        error(p, QStringLiteral("wrong-type"), tr("Expected a string, found %1.").arg(typeName(v)), ref);
        return false;
    }
    out = v.toString();
    if (required && out.trimmed().isEmpty()) {
        error(p, QStringLiteral("empty-name"), tr("\"%1\" must not be empty.").arg(key), ref);
        return false;
    }
    return true;
}

bool PlanReader::integer(const QJsonObject& o, const QString& key, const QString& path, const ObjectRef& ref, int& out)
{
    const QJsonValue v = o.value(key);
    if (v.isUndefined())
        return true;
    const double d = v.toDouble(std::numeric_limits<double>::quiet_NaN());
    if (!v.isDouble() || d != std::floor(d) || std::fabs(d) > 1e9) {
        error(jsonPath(path, key), QStringLiteral("wrong-type"), tr("Expected a whole number, found %1.").arg(v.isDouble() ? QString::number(d) : typeName(v)), ref);
        return false;
    }
    out = static_cast<int>(d);
    return true;
}

bool PlanReader::number(const QJsonObject& o, const QString& key, const QString& path, const ObjectRef& ref, double& out)
{
    const QJsonValue v = o.value(key);
    if (v.isUndefined())
        return true;
    if (!v.isDouble()) {
        error(jsonPath(path, key), QStringLiteral("wrong-type"), tr("Expected a number, found %1.").arg(typeName(v)), ref);
        return false;
    }
    out = v.toDouble();
    return true;
}

bool PlanReader::bytes(const QJsonObject& o, const QString& key, const QString& path, const ObjectRef& ref, std::int64_t& out)
{
    const QJsonValue v = o.value(key);
    if (v.isUndefined())
        return true;
    const QString p = jsonPath(path, key);
    if (v.isDouble()) {
        const double d = v.toDouble();
        if (d < 0) {
            error(p, QStringLiteral("negative"), tr("A size cannot be negative (%1).").arg(d), ref);
            return false;
        }
        if (d >= 9.2e18) {
            error(p, QStringLiteral("bad-size"), tr("A size of %1 bytes is beyond what Lifeboat can count.").arg(d), ref);
            return false;
        }
        out = static_cast<std::int64_t>(std::llround(d));
        return true;
    }
    if (v.isString()) {
        const QString s = v.toString();
        if (s.trimmed().startsWith(QLatin1Char('-'))) {
            error(p, QStringLiteral("negative"), tr("A size cannot be negative (\"%1\").").arg(s), ref);
            return false;
        }
        if (const auto parsed = units::parseBytes(s)) {
            out = *parsed;
            return true;
        }
        error(p, QStringLiteral("bad-size"), tr("\"%1\" is not a size: write a number of bytes or a value with a unit such as \"420 TB\" or \"1.5 TiB\".").arg(s), ref);
        return false;
    }
    error(p, QStringLiteral("wrong-type"), tr("Expected a size (a number of bytes or a string such as \"420 TB\"), found %1.").arg(typeName(v)), ref);
    return false;
}

bool PlanReader::duration(const QJsonObject& o, const QString& key, const QString& path, const ObjectRef& ref, std::chrono::seconds& out)
{
    const QJsonValue v = o.value(key);
    if (v.isUndefined())
        return true;
    const QString p = jsonPath(path, key);
    if (v.isDouble() && v.toDouble() >= 0 && v.toDouble() < 1e12) {
        out = std::chrono::seconds(std::llround(v.toDouble()));
        return true;
    }
    if (v.isString()) {
        if (const auto parsed = units::parseDuration(v.toString())) {
            out = *parsed;
            return true;
        }
        error(p, QStringLiteral("bad-duration"), tr("\"%1\" is not a duration: write it like \"30m\", \"4h\", \"7d\" or \"2h30m\".").arg(v.toString()), ref);
        return false;
    }
    error(p, v.isDouble() ? QStringLiteral("negative") : QStringLiteral("wrong-type"),
          tr("Expected a duration such as \"4h\" or a number of seconds, found %1.").arg(v.isDouble() ? QString::number(v.toDouble()) : typeName(v)), ref);
    return false;
}

bool PlanReader::fraction(const QJsonObject& o, const QString& key, const QString& path, const ObjectRef& ref, double& out)
{
    const QJsonValue v = o.value(key);
    if (v.isUndefined())
        return true;
    const QString p = jsonPath(path, key);
    std::optional<double> parsed;
    if (v.isDouble())
        parsed = v.toDouble();
    else if (v.isString())
        parsed = units::parsePercent(v.toString());
    if (!parsed || *parsed < 0) {
        error(p, parsed ? QStringLiteral("negative") : QStringLiteral("bad-fraction"),
              tr("Expected a share such as \"1.5%\" or 0.015, found %1.").arg(v.isString() ? QLatin1Char('"') + v.toString() + QLatin1Char('"') : typeName(v)), ref);
        return false;
    }
    out = *parsed;
    return true;
}

bool PlanReader::rate(const QJsonObject& o, const QString& key, const QString& path, const ObjectRef& ref, double& out)
{
    const QJsonValue v = o.value(key);
    if (v.isUndefined())
        return true;
    std::optional<double> parsed;
    if (v.isDouble() && v.toDouble() >= 0)
        parsed = v.toDouble();
    else if (v.isString())
        parsed = units::parseBytesPerSecond(v.toString());
    if (!parsed) {
        error(jsonPath(path, key), QStringLiteral("bad-rate"),
              tr("Expected a throughput such as \"2 GB/s\" or a number of bytes per second, found %1.")
                  .arg(v.isString() ? QLatin1Char('"') + v.toString() + QLatin1Char('"') : typeName(v)),
              ref);
        return false;
    }
    out = *parsed;
    return true;
}

void PlanReader::readRoot(const QJsonObject& root, Plan& plan)
{
    const ObjectRef planRef{Kind::Plan, {}};
    const QString path = QStringLiteral("$");
    const QJsonValue version = root.value(QLatin1String("version"));
    if (version.isUndefined()) {
        error(jsonPath(path, QStringLiteral("version")), QStringLiteral("missing-field"),
              tr("Required field \"version\" is missing; this Lifeboat writes version %1.").arg(kPlanFormatVersion), planRef);
        return;
    }
    const double v = version.toDouble(-1);
    if (!version.isDouble() || v != std::floor(v) || v < 1) {
        error(jsonPath(path, QStringLiteral("version")), QStringLiteral("wrong-type"),
              tr("\"version\" must be a whole number from 1, found %1.").arg(version.isDouble() ? QString::number(v) : typeName(version)), planRef);
        return;
    }
    if (v > kPlanFormatVersion) {
        // Reading a newer format as if it were ours could silently drop what it added.
        error(jsonPath(path, QStringLiteral("version")), QStringLiteral("newer-version"),
              tr("This plan has format version %1, newer than the version %2 this Lifeboat understands: open it with a newer Lifeboat.")
                  .arg(static_cast<qint64>(v))
                  .arg(kPlanFormatVersion),
              planRef);
        return;
    }
    plan.version = static_cast<int>(v);
    checkKeys(root, path, planRef, QStringLiteral("plan"));
    string(root, QStringLiteral("name"), path, planRef, plan.name);
    string(root, QStringLiteral("description"), path, planRef, plan.description);

    const QJsonValue fleetValue = root.value(QLatin1String("fleet"));
    if (!fleetValue.isUndefined()) {
        const QString fleetPath = jsonPath(path, QStringLiteral("fleet"));
        bool ok = false;
        const QJsonObject fleet = object(fleetValue, fleetPath, planRef, &ok);
        if (ok) {
            checkKeys(fleet, fleetPath, planRef, QStringLiteral("fleet"));
            readDomains(fleet.value(QLatin1String("domains")), jsonPath(fleetPath, QStringLiteral("domains")), plan.domains);
            readNodes(fleet.value(QLatin1String("nodes")), jsonPath(fleetPath, QStringLiteral("nodes")), plan.nodes);
        }
    }
    readDatasets(root.value(QLatin1String("datasets")), jsonPath(path, QStringLiteral("datasets")), plan.datasets);
    readRepositories(root.value(QLatin1String("repositories")), jsonPath(path, QStringLiteral("repositories")), plan.repositories);
    readPolicies(root.value(QLatin1String("policies")), jsonPath(path, QStringLiteral("policies")), plan.policies);
    if (root.contains(QLatin1String("assumptions")))
        readAssumptions(root.value(QLatin1String("assumptions")), jsonPath(path, QStringLiteral("assumptions")), plan.assumptions);
}

void PlanReader::readDomains(const QJsonValue& value, const QString& path, std::vector<FailureDomain>& out)
{
    const QJsonArray items = array(value, path, {});
    out.reserve(static_cast<std::size_t>(items.size()));
    for (qsizetype i = 0; i < items.size(); ++i) {
        const QString p = jsonPath(path, i);
        bool ok = false;
        const QJsonObject o = object(items.at(i), p, {}, &ok);
        if (!ok)
            continue;
        FailureDomain d;
        const QString id = o.value(QLatin1String("id")).toString();
        const ObjectRef ref{Kind::Domain, id};
        string(o, QStringLiteral("id"), p, ref, d.id, true);
        checkKeys(o, p, ref, QStringLiteral("domain"));
        string(o, QStringLiteral("level"), p, ref, d.level, true);
        string(o, QStringLiteral("parent"), p, ref, d.parent);
        string(o, QStringLiteral("description"), p, ref, d.description);
        out.push_back(std::move(d));
    }
}

void PlanReader::readNodes(const QJsonValue& value, const QString& path, std::vector<Node>& out)
{
    const QJsonArray items = array(value, path, {});
    out.reserve(static_cast<std::size_t>(items.size()));
    for (qsizetype i = 0; i < items.size(); ++i) {
        const QString p = jsonPath(path, i);
        bool ok = false;
        const QJsonObject o = object(items.at(i), p, {}, &ok);
        if (!ok)
            continue;
        Node n;
        const ObjectRef ref{Kind::Node, o.value(QLatin1String("name")).toString()};
        checkKeys(o, p, ref, QStringLiteral("node"));
        string(o, QStringLiteral("name"), p, ref, n.name, true);
        string(o, QStringLiteral("domain"), p, ref, n.domain);
        string(o, QStringLiteral("role"), p, ref, n.role);
        string(o, QStringLiteral("address"), p, ref, n.address);
        integer(o, QStringLiteral("port"), p, ref, n.port);
        string(o, QStringLiteral("user"), p, ref, n.user);
        string(o, QStringLiteral("sshAlias"), p, ref, n.sshAlias);
        bytes(o, QStringLiteral("capacity"), p, ref, n.capacityBytes);
        string(o, QStringLiteral("disk"), p, ref, n.disk);
        out.push_back(std::move(n));
    }
}

void PlanReader::readDatasets(const QJsonValue& value, const QString& path, std::vector<Dataset>& out)
{
    const QJsonArray items = array(value, path, {});
    for (qsizetype i = 0; i < items.size(); ++i) {
        const QString p = jsonPath(path, i);
        bool ok = false;
        const QJsonObject o = object(items.at(i), p, {}, &ok);
        if (!ok)
            continue;
        Dataset d;
        const ObjectRef ref{Kind::Dataset, o.value(QLatin1String("name")).toString()};
        checkKeys(o, p, ref, QStringLiteral("dataset"));
        string(o, QStringLiteral("name"), p, ref, d.name, true);
        string(o, QStringLiteral("description"), p, ref, d.description);
        string(o, QStringLiteral("tier"), p, ref, d.tier);
        QString layout = layoutName(d.layout);
        if (string(o, QStringLiteral("layout"), p, ref, layout)) {
            d.layout = layoutFromName(layout);
            if (d.layout == DatasetLayout::Invalid)
                error(jsonPath(p, QStringLiteral("layout")), QStringLiteral("bad-value"),
                      tr("Unknown layout \"%1\": use \"replicated\" (every location holds a full copy) or \"sharded\" (each holds a part).").arg(layout), ref);
        }
        const QString locationsPath = jsonPath(p, QStringLiteral("locations"));
        const QJsonArray locations = array(o.value(QLatin1String("locations")), locationsPath, ref);
        for (qsizetype j = 0; j < locations.size(); ++j) {
            const QString lp = jsonPath(locationsPath, j);
            bool locOk = false;
            const QJsonObject lo = object(locations.at(j), lp, ref, &locOk);
            if (!locOk)
                continue;
            DatasetLocation loc;
            checkKeys(lo, lp, ref, QStringLiteral("location"));
            string(lo, QStringLiteral("node"), lp, ref, loc.node, true);
            string(lo, QStringLiteral("path"), lp, ref, loc.path, true);
            d.locations.push_back(std::move(loc));
        }
        bytes(o, QStringLiteral("size"), p, ref, d.sizeBytes);
        bytes(o, QStringLiteral("growthPerMonth"), p, ref, d.growthBytesPerMonth);
        fraction(o, QStringLiteral("changePerDay"), p, ref, d.changeFractionPerDay);
        duration(o, QStringLiteral("rpo"), p, ref, d.rpo);
        duration(o, QStringLiteral("rto"), p, ref, d.rto);
        out.push_back(std::move(d));
    }
}

void PlanReader::readRepositories(const QJsonValue& value, const QString& path, std::vector<Repository>& out)
{
    const QJsonArray items = array(value, path, {});
    for (qsizetype i = 0; i < items.size(); ++i) {
        const QString p = jsonPath(path, i);
        bool ok = false;
        const QJsonObject o = object(items.at(i), p, {}, &ok);
        if (!ok)
            continue;
        Repository r;
        const ObjectRef ref{Kind::Repository, o.value(QLatin1String("name")).toString()};
        checkKeys(o, p, ref, QStringLiteral("repository"));
        string(o, QStringLiteral("name"), p, ref, r.name, true);
        string(o, QStringLiteral("node"), p, ref, r.node, true);
        string(o, QStringLiteral("path"), p, ref, r.path, true);
        bytes(o, QStringLiteral("capacity"), p, ref, r.capacityBytes);
        string(o, QStringLiteral("description"), p, ref, r.description);
        out.push_back(std::move(r));
    }
}

void PlanReader::readRetention(const QJsonValue& value, const QString& path, const ObjectRef& ref, Retention& out)
{
    bool ok = false;
    const QJsonObject o = object(value, path, ref, &ok);
    if (!ok)
        return;
    checkKeys(o, path, ref, QStringLiteral("retention"));
    integer(o, QStringLiteral("keepLast"), path, ref, out.keepLast);
    integer(o, QStringLiteral("keepHourly"), path, ref, out.keepHourly);
    integer(o, QStringLiteral("keepDaily"), path, ref, out.keepDaily);
    integer(o, QStringLiteral("keepWeekly"), path, ref, out.keepWeekly);
    integer(o, QStringLiteral("keepMonthly"), path, ref, out.keepMonthly);
    integer(o, QStringLiteral("keepYearly"), path, ref, out.keepYearly);
    duration(o, QStringLiteral("keepWithin"), path, ref, out.keepWithin);
}

void PlanReader::readPolicies(const QJsonValue& value, const QString& path, std::vector<Policy>& out)
{
    const QJsonArray items = array(value, path, {});
    for (qsizetype i = 0; i < items.size(); ++i) {
        const QString p = jsonPath(path, i);
        bool ok = false;
        const QJsonObject o = object(items.at(i), p, {}, &ok);
        if (!ok)
            continue;
        Policy pol;
        const ObjectRef ref{Kind::Policy, o.value(QLatin1String("name")).toString()};
        checkKeys(o, p, ref, QStringLiteral("policy"));
        string(o, QStringLiteral("name"), p, ref, pol.name, true);
        string(o, QStringLiteral("dataset"), p, ref, pol.dataset, true);

        const QString schedulePath = jsonPath(p, QStringLiteral("schedule"));
        if (!o.contains(QLatin1String("schedule"))) {
            error(schedulePath, QStringLiteral("missing-field"), tr("Required field \"schedule\" is missing."), ref);
        } else {
            bool sOk = false;
            const QJsonObject s = object(o.value(QLatin1String("schedule")), schedulePath, ref, &sOk);
            if (sOk) {
                checkKeys(s, schedulePath, ref, QStringLiteral("schedule"));
                string(s, QStringLiteral("cron"), schedulePath, ref, pol.schedule.cron, true);
                string(s, QStringLiteral("timeZone"), schedulePath, ref, pol.schedule.timeZone);
            }
        }
        if (o.contains(QLatin1String("window"))) {
            const QString windowPath = jsonPath(p, QStringLiteral("window"));
            bool wOk = false;
            const QJsonObject w = object(o.value(QLatin1String("window")), windowPath, ref, &wOk);
            if (wOk) {
                checkKeys(w, windowPath, ref, QStringLiteral("window"));
                string(w, QStringLiteral("start"), windowPath, ref, pol.window.start, true);
                duration(w, QStringLiteral("duration"), windowPath, ref, pol.window.duration);
            }
        }
        const QString reposPath = jsonPath(p, QStringLiteral("repositories"));
        const QJsonArray repos = array(o.value(QLatin1String("repositories")), reposPath, ref);
        for (qsizetype j = 0; j < repos.size(); ++j) {
            if (repos.at(j).isString())
                pol.repositories.push_back(repos.at(j).toString());
            else
                error(jsonPath(reposPath, j), QStringLiteral("wrong-type"), tr("Expected a repository name, found %1.").arg(typeName(repos.at(j))), ref);
        }
        if (o.contains(QLatin1String("retention")))
            readRetention(o.value(QLatin1String("retention")), jsonPath(p, QStringLiteral("retention")), ref, pol.retention);
        else
            error(jsonPath(p, QStringLiteral("retention")), QStringLiteral("missing-field"),
                  tr("Required field \"retention\" is missing: say how many snapshots to keep."), ref);
        if (o.contains(QLatin1String("verify"))) {
            const QString verifyPath = jsonPath(p, QStringLiteral("verify"));
            bool vOk = false;
            const QJsonObject v = object(o.value(QLatin1String("verify")), verifyPath, ref, &vOk);
            if (vOk) {
                checkKeys(v, verifyPath, ref, QStringLiteral("verify"));
                string(v, QStringLiteral("cron"), verifyPath, ref, pol.verification.cron, true);
                fraction(v, QStringLiteral("readData"), verifyPath, ref, pol.verification.readDataFraction);
            }
        }
        if (o.contains(QLatin1String("drill"))) {
            const QString drillPath = jsonPath(p, QStringLiteral("drill"));
            bool dOk = false;
            const QJsonObject v = object(o.value(QLatin1String("drill")), drillPath, ref, &dOk);
            if (dOk) {
                checkKeys(v, drillPath, ref, QStringLiteral("drill"));
                string(v, QStringLiteral("cron"), drillPath, ref, pol.drill.cron, true);
                string(v, QStringLiteral("node"), drillPath, ref, pol.drill.node, true);
                string(v, QStringLiteral("path"), drillPath, ref, pol.drill.path, true);
                string(v, QStringLiteral("repository"), drillPath, ref, pol.drill.repository);
                fraction(v, QStringLiteral("sample"), drillPath, ref, pol.drill.sample);
            }
        }
        out.push_back(std::move(pol));
    }
}

void PlanReader::readAssumptions(const QJsonValue& value, const QString& path, Assumptions& out)
{
    const ObjectRef ref{Kind::Assumptions, {}};
    bool ok = false;
    const QJsonObject o = object(value, path, ref, &ok);
    if (!ok)
        return;
    checkKeys(o, path, ref, QStringLiteral("assumptions"));
    const auto readMap = [&](const char* key, bool asFraction, QHash<QString, double>& target) {
        const QString p = jsonPath(path, QLatin1String(key));
        if (!o.contains(QLatin1String(key)))
            return;
        bool mOk = false;
        const QJsonObject m = object(o.value(QLatin1String(key)), p, ref, &mOk);
        if (!mOk)
            return;
        for (auto it = m.begin(); it != m.end(); ++it) {
            double v = 0;
            const bool read = asFraction ? fraction(m, it.key(), p, ref, v) : number(m, it.key(), p, ref, v);
            if (read)
                target.insert(it.key(), v);
        }
    };
    readMap("nodeAnnualFailureRate", true, out.nodeAfr);
    fraction(o, QStringLiteral("defaultNodeAnnualFailureRate"), path, ref, out.defaultNodeAfr);
    readMap("domainOutagesPerYear", false, out.domainOutagesPerYear);
    rate(o, QStringLiteral("repairBandwidth"), path, ref, out.repairBytesPerSecond);
    rate(o, QStringLiteral("restoreBandwidth"), path, ref, out.restoreBytesPerSecond);
    number(o, QStringLiteral("dedupRatio"), path, ref, out.dedupRatio);
    number(o, QStringLiteral("compressionRatio"), path, ref, out.compressionRatio);
    fraction(o, QStringLiteral("backupFailureProbability"), path, ref, out.backupFailureProbability);
    fraction(o, QStringLiteral("backupCommonCauseProbability"), path, ref, out.backupCommonCauseProbability);
    number(o, QStringLiteral("burstsPerYear"), path, ref, out.burstsPerYear);
    fraction(o, QStringLiteral("burstNodeFraction"), path, ref, out.burstNodeFraction);
    number(o, QStringLiteral("silentCorruptionsPerYear"), path, ref, out.silentCorruptionsPerYear);
}

} // namespace lifeboat::plan
