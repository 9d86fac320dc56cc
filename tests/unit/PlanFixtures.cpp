// SPDX-License-Identifier: GPL-3.0-or-later
#include "PlanFixtures.h"

#include "core/plan/PlanLoader.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QStringList>

#include <stdexcept>

namespace lifeboat::test {

QByteArray toJson(const QJsonObject& object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QString writeFile(const QString& directory, const QString& name, const QByteArray& content)
{
    const QString path = QDir(directory).filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size())
        return {};
    return path;
}

QString describeIssues(const plan::PlanIssues& issues)
{
    QStringList lines;
    for (const plan::PlanIssue& i : issues)
        lines << plan::severityName(i.severity) + QLatin1Char(' ') + i.kind + QLatin1Char(' ') + i.path + QStringLiteral(": ") + i.message;
    return lines.join(QLatin1Char('\n'));
}

QJsonObject minimalPlan()
{
    return QJsonDocument::fromJson(R"({
  "version": 1,
  "name": "minimal",
  "fleet": {
    "domains": [
      {"id": "dc1", "level": "site"},
      {"id": "dc2", "level": "site"},
      {"id": "dc1/r1", "level": "rack", "parent": "dc1"},
      {"id": "dc1/r2", "level": "rack", "parent": "dc1"},
      {"id": "dc2/r1", "level": "rack", "parent": "dc2"}
    ],
    "nodes": [
      {"name": "n1", "domain": "dc1/r1", "role": "storage", "address": "n1.example", "capacity": "100 TB"},
      {"name": "n2", "domain": "dc1/r2", "role": "storage", "address": "n2.example", "capacity": "100 TB"},
      {"name": "n3", "domain": "dc2/r1", "role": "storage", "address": "n3.example", "capacity": "100 TB"},
      {"name": "bkp", "domain": "dc2/r1", "role": "backup", "address": "bkp.example", "port": 2222, "user": "lb", "capacity": "1 PB"}
    ]
  },
  "datasets": [
    {"name": "ds", "tier": "critical", "layout": "replicated",
     "locations": [{"node": "n1", "path": "/data/ds"}, {"node": "n2", "path": "/data/ds"}],
     "size": "10 TB", "growthPerMonth": "1 TB", "changePerDay": "1%", "rpo": "26h", "rto": "12h"}
  ],
  "repositories": [
    {"name": "repo", "node": "bkp", "path": "/srv/repo", "capacity": "500 TB"}
  ],
  "policies": [
    {"name": "p", "dataset": "ds", "schedule": {"cron": "0 2 * * *", "timeZone": "UTC"},
     "window": {"start": "02:00", "duration": "4h"},
     "repositories": ["repo"], "retention": {"keepDaily": 7, "keepWeekly": 4},
     "verify": {"cron": "0 6 * * sun", "readData": "10%"}}
  ],
  "assumptions": {
    "nodeAnnualFailureRate": {"storage": "2%", "backup": "3%"},
    "defaultNodeAnnualFailureRate": "3%",
    "domainOutagesPerYear": {"rack": 0.1, "site": 0.01},
    "repairBandwidth": "1 GB/s", "restoreBandwidth": "2 GB/s",
    "dedupRatio": 1.2, "compressionRatio": 1.1
  }
})")
        .object();
}

namespace {

QJsonValue applyAt(const QJsonValue& target, const QStringList& segments, int depth, const QString& op, const QJsonValue& value)
{
    if (depth == segments.size()) {
        if (op == QLatin1String("set"))
            return value;
        if (op == QLatin1String("append")) {
            QJsonArray array = target.toArray();
            array.append(value);
            return array;
        }
        throw std::runtime_error("bad patch operation");
    }
    const QString& key = segments.at(depth);
    const bool last = depth + 1 == segments.size();
    if (target.isArray()) {
        QJsonArray array = target.toArray();
        const int index = key.toInt();
        if (last && op == QLatin1String("remove"))
            array.removeAt(index);
        else
            array[index] = applyAt(array.at(index), segments, depth + 1, op, value);
        return array;
    }
    QJsonObject object = target.toObject();
    if (last && op == QLatin1String("remove"))
        object.remove(key);
    else
        object.insert(key, applyAt(object.value(key), segments, depth + 1, op, value));
    return object;
}

} // namespace

QJsonObject patched(const QJsonObject& plan, const QByteArray& operationsJson)
{
    QJsonParseError error;
    const QJsonArray operations = QJsonDocument::fromJson(operationsJson, &error).array();
    if (error.error != QJsonParseError::NoError)
        throw std::runtime_error("bad patch JSON in test: " + error.errorString().toStdString());
    QJsonValue result = plan;
    for (const QJsonValue& operation : operations) {
        const QJsonArray o = operation.toArray();
        const QStringList segments = o.at(1).toString().split(QLatin1Char('/'), Qt::SkipEmptyParts);
        result = applyAt(result, segments, 0, o.at(0).toString(), o.at(2));
    }
    return result.toObject();
}

QByteArray largePlanJson(int nodes)
{
    QJsonArray domains;
    QJsonArray nodeArray;
    const int racks = (nodes + 39) / 40;
    const int sites = (racks + 49) / 50;
    for (int s = 0; s < sites; ++s)
        domains.append(QJsonObject{{QStringLiteral("id"), QStringLiteral("site%1").arg(s)}, {QStringLiteral("level"), QStringLiteral("site")}});
    for (int r = 0; r < racks; ++r)
        domains.append(QJsonObject{{QStringLiteral("id"), QStringLiteral("site%1/rack%2").arg(r / 50).arg(r)},
                                   {QStringLiteral("level"), QStringLiteral("rack")},
                                   {QStringLiteral("parent"), QStringLiteral("site%1").arg(r / 50)}});
    for (int n = 0; n < nodes; ++n) {
        const int r = n / 40;
        nodeArray.append(QJsonObject{{QStringLiteral("name"), QStringLiteral("node%1").arg(n, 6, 10, QLatin1Char('0'))},
                                     {QStringLiteral("domain"), QStringLiteral("site%1/rack%2").arg(r / 50).arg(r)},
                                     {QStringLiteral("role"), n % 10 == 0 ? QStringLiteral("storage") : QStringLiteral("gpu-worker")},
                                     {QStringLiteral("address"), QStringLiteral("10.%1.%2.%3").arg(n / 65536).arg((n / 256) % 256).arg(n % 256)},
                                     {QStringLiteral("capacity"), QStringLiteral("30 TB")},
                                     {QStringLiteral("disk"), QStringLiteral("nvme")}});
    }
    QJsonArray datasets;
    QJsonArray policies;
    for (int d = 0; d < 100; ++d) {
        const int a = (d * 997) % nodes;
        const int b = (d * 997 + nodes / 2) % nodes;
        datasets.append(QJsonObject{
            {QStringLiteral("name"), QStringLiteral("dataset%1").arg(d)},
            {QStringLiteral("tier"), QStringLiteral("high")},
            {QStringLiteral("locations"),
             QJsonArray{QJsonObject{{QStringLiteral("node"), QStringLiteral("node%1").arg(a, 6, 10, QLatin1Char('0'))}, {QStringLiteral("path"), QStringLiteral("/data/d%1").arg(d)}},
                        QJsonObject{{QStringLiteral("node"), QStringLiteral("node%1").arg(b, 6, 10, QLatin1Char('0'))}, {QStringLiteral("path"), QStringLiteral("/data/d%1").arg(d)}}}},
            {QStringLiteral("size"), QStringLiteral("5 TB")},
            {QStringLiteral("rpo"), QStringLiteral("26h")},
            {QStringLiteral("rto"), QStringLiteral("24h")}});
        policies.append(QJsonObject{{QStringLiteral("name"), QStringLiteral("policy%1").arg(d)},
                                    {QStringLiteral("dataset"), QStringLiteral("dataset%1").arg(d)},
                                    {QStringLiteral("schedule"), QJsonObject{{QStringLiteral("cron"), QStringLiteral("%1 1 * * *").arg(d % 60)}}},
                                    {QStringLiteral("repositories"), QJsonArray{QStringLiteral("repo")}},
                                    {QStringLiteral("retention"), QJsonObject{{QStringLiteral("keepDaily"), 7}}}});
    }
    const QJsonObject plan{
        {QStringLiteral("version"), 1},
        {QStringLiteral("name"), QStringLiteral("generated %1 nodes").arg(nodes)},
        {QStringLiteral("fleet"), QJsonObject{{QStringLiteral("domains"), domains}, {QStringLiteral("nodes"), nodeArray}}},
        {QStringLiteral("datasets"), datasets},
        {QStringLiteral("repositories"),
         QJsonArray{QJsonObject{{QStringLiteral("name"), QStringLiteral("repo")}, {QStringLiteral("node"), QStringLiteral("node000001")}, {QStringLiteral("path"), QStringLiteral("/srv/repo")}}}},
        {QStringLiteral("policies"), policies},
        {QStringLiteral("assumptions"),
         QJsonObject{{QStringLiteral("nodeAnnualFailureRate"), QJsonObject{{QStringLiteral("storage"), QStringLiteral("2%")}, {QStringLiteral("gpu-worker"), QStringLiteral("5%")}}}}},
    };
    return QJsonDocument(plan).toJson(QJsonDocument::Compact);
}

plan::Plan demoPlan()
{
    auto loaded = plan::loadAndCheckPlan(QStringLiteral(LIFEBOAT_SOURCE_DIR "/resources/demo/demo.lifeboat.json"));
    if (!loaded)
        qFatal("demo plan: %s", qPrintable(loaded.error().message));
    return loaded->plan;
}

} // namespace lifeboat::test
