// SPDX-License-Identifier: GPL-3.0-or-later
#include "PlanIssue.h"

#include <QCoreApplication>

#include <algorithm>

namespace lifeboat::plan {

QString severityName(Severity severity)
{
    switch (severity) {
    case Severity::Error: return QStringLiteral("error");
    case Severity::Warning: return QStringLiteral("warning");
    case Severity::Info: return QStringLiteral("info");
    case Severity::Invalid: break;
    }
    return QStringLiteral("invalid");
}

QString severityLabel(Severity severity)
{
    switch (severity) {
    case Severity::Error: return QCoreApplication::translate("PlanIssue", "error");
    case Severity::Warning: return QCoreApplication::translate("PlanIssue", "warning");
    case Severity::Info: return QCoreApplication::translate("PlanIssue", "info");
    case Severity::Invalid: break;
    }
    return QString();
}

bool hasErrors(const PlanIssues& issues)
{
    return std::any_of(issues.begin(), issues.end(), [](const PlanIssue& i) { return i.severity == Severity::Error; });
}

int countIssues(const PlanIssues& issues, Severity severity)
{
    return static_cast<int>(std::count_if(issues.begin(), issues.end(), [severity](const PlanIssue& i) { return i.severity == severity; }));
}

QString objectKindName(ObjectRef::Kind kind)
{
    switch (kind) {
    case ObjectRef::Kind::Plan: return QStringLiteral("plan");
    case ObjectRef::Kind::Domain: return QStringLiteral("domain");
    case ObjectRef::Kind::Node: return QStringLiteral("node");
    case ObjectRef::Kind::Dataset: return QStringLiteral("dataset");
    case ObjectRef::Kind::Repository: return QStringLiteral("repository");
    case ObjectRef::Kind::Policy: return QStringLiteral("policy");
    case ObjectRef::Kind::Assumptions: return QStringLiteral("assumptions");
    case ObjectRef::Kind::None: break;
    }
    return QString();
}

} // namespace lifeboat::plan
