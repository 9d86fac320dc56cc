// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Plan.h"
#include "PlanIssue.h"
#include "core/util/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>

namespace lifeboat::plan {

// A plan as read from a file, with every problem the reader met. Reading never stops at
// the first problem and never guesses: a field of the wrong type is an error with its
// JSON path, and the field keeps its default so later checks still run.
struct LoadedPlan {
    Plan plan;
    PlanIssues issues;
};

class PlanReader {
    Q_DECLARE_TR_FUNCTIONS(PlanReader)
public:
    // Larger files are refused before reading: a plan of 100,000 nodes is about 20 MB.
    static constexpr qint64 kMaxFileBytes = 256LL * 1024 * 1024;

    // I/O only: missing, not a regular file (directory, FIFO, device), unreadable or too large.
    static Result<QByteArray> readFile(const QString& path, qint64 maxBytes = kMaxFileBytes);
    // Content: not JSON, empty, a newer version, wrong types, unknown fields.
    static LoadedPlan parse(const QByteArray& json);

    // The fields each kind of object may have ("plan", "node", "policy", ...): anything
    // else is reported as unknown. The JSON Schema is tested against this list.
    static const QHash<QString, QStringList>& knownFields();

private:
    explicit PlanReader(PlanIssues& issues);

    void readRoot(const QJsonObject& root, Plan& plan);
    void readDomains(const QJsonValue& value, const QString& path, std::vector<FailureDomain>& out);
    void readNodes(const QJsonValue& value, const QString& path, std::vector<Node>& out);
    void readDatasets(const QJsonValue& value, const QString& path, std::vector<Dataset>& out);
    void readRepositories(const QJsonValue& value, const QString& path, std::vector<Repository>& out);
    void readPolicies(const QJsonValue& value, const QString& path, std::vector<Policy>& out);
    void readAssumptions(const QJsonValue& value, const QString& path, Assumptions& out);
    void readRetention(const QJsonValue& value, const QString& path, const ObjectRef& ref, Retention& out);

    // Field readers: absent keys leave `out` unchanged; a present key of the wrong
    // type or form is an error naming the path and what was expected.
    bool string(const QJsonObject& o, const QString& key, const QString& path, const ObjectRef& ref, QString& out, bool required = false);
    bool integer(const QJsonObject& o, const QString& key, const QString& path, const ObjectRef& ref, int& out);
    bool number(const QJsonObject& o, const QString& key, const QString& path, const ObjectRef& ref, double& out);
    bool bytes(const QJsonObject& o, const QString& key, const QString& path, const ObjectRef& ref, std::int64_t& out);
    bool duration(const QJsonObject& o, const QString& key, const QString& path, const ObjectRef& ref, std::chrono::seconds& out);
    bool fraction(const QJsonObject& o, const QString& key, const QString& path, const ObjectRef& ref, double& out);
    bool rate(const QJsonObject& o, const QString& key, const QString& path, const ObjectRef& ref, double& out);
    QJsonArray array(const QJsonValue& value, const QString& path, const ObjectRef& ref);
    QJsonObject object(const QJsonValue& value, const QString& path, const ObjectRef& ref, bool* ok = nullptr);
    void checkKeys(const QJsonObject& o, const QString& path, const ObjectRef& ref, const QString& objectKind);

    void error(const QString& path, const QString& kind, const QString& message, const ObjectRef& ref = {});
    void warning(const QString& path, const QString& kind, const QString& message, const ObjectRef& ref = {});
    static QString typeName(const QJsonValue& value);

    PlanIssues& m_issues;
};

// "$.nodes[3].port"
QString jsonPath(const QString& parent, const QString& key);
QString jsonPath(const QString& parent, qsizetype index);

} // namespace lifeboat::plan
