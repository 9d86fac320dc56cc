// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <vector>

namespace lifeboat::plan {

enum class Severity {
    Invalid = 0,
    Info,
    Warning,
    Error,
};

// What an issue is about, so a console can select it. Names, not indexes: they stay
// true when the list is re-sorted.
struct ObjectRef {
    enum class Kind { None = 0, Plan, Domain, Node, Dataset, Repository, Policy, Assumptions };
    Kind kind = Kind::None;
    QString name;
    bool operator==(const ObjectRef&) const = default;
};

// One problem found while reading or checking a plan. `kind` is a stable code for
// programs and tests ("unknown-reference", "domain-cycle", ...); `message` is a
// translated sentence that names the object; `path` is where in the file, e.g.
// "$.datasets[2].locations[0].node".
struct PlanIssue {
    Severity severity = Severity::Invalid;
    QString kind;
    QString path;
    QString message;
    ObjectRef object;
};

using PlanIssues = std::vector<PlanIssue>;

QString severityName(Severity severity);     // "error", "warning", "info": stable, for JSON
QString severityLabel(Severity severity);    // translated, for people
bool hasErrors(const PlanIssues& issues);
int countIssues(const PlanIssues& issues, Severity severity);
QString objectKindName(ObjectRef::Kind kind); // stable, for JSON

} // namespace lifeboat::plan
