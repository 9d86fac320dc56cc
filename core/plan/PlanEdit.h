// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Plan.h"
#include "PlanIssue.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QStringList>

namespace lifeboat::plan {

// Editing one object of a plan the way its file would: a form hands the object over as
// JSON, in the units a hand-written plan uses ("2 TiB", "4h", "0.5%"), the plan reader
// takes it exactly as it takes a file (so a form and a file can never disagree on what a
// value means) and the validator checks the plan it makes. Nothing here changes the
// plan it is given; the console puts the result on its undo stack.
class PlanEdit {
    Q_DECLARE_TR_FUNCTIONS(PlanEdit)
public:
    using Kind = ObjectRef::Kind;

    // Domains, nodes, datasets, repositories and policies: the lists a plan is made of.
    static bool isListKind(Kind kind);
    static QString listPath(Kind kind);                     // "$.fleet.nodes"
    static QString objectPath(Kind kind, int index);        // "$.fleet.nodes[3]"
    static QString nameKey(Kind kind);                      // "id" for domains, "name" otherwise
    static int count(const Plan& plan, Kind kind);
    static QString nameAt(const Plan& plan, Kind kind, int index);
    static int indexOf(const Plan& plan, Kind kind, const QString& name);
    static QString kindLabel(Kind kind);                    // "node", translated

    // The object as the file would hold it.
    static QJsonObject toJson(const Plan& plan, Kind kind, int index);

    struct Result {
        Plan plan;                // the plan with the edit made
        int index = -1;           // where the object is in its list
        QString name;             // its name (id for a domain) after the edit
        PlanIssues issues;        // the object's own problems, from the reader and the validator
        QStringList followed;     // references that followed a rename, in words ("policy nightly")
        bool acceptable() const { return !hasErrors(issues); }
    };
    // Replaces the object at `index`, or appends one when `index` is -1. When the name
    // changes, what refers to the old name follows (a node's datasets and repositories,
    // a domain's children and nodes, ...), unless another object already has the new name.
    static Result put(const Plan& plan, Kind kind, int index, const QJsonObject& object);
    static Plan remove(const Plan& plan, Kind kind, int index);
    // What refers to an object, in words ("dataset ckpt70b", "node gpu-01").
    static QStringList referencesTo(const Plan& plan, Kind kind, const QString& name);
    // The field an issue is about, relative to the object: "$.fleet.nodes[3].port" under
    // "$.fleet.nodes[3]" is "port"; the object itself is ""; outside it is a null string.
    static QString fieldOf(const QString& objectPath, const QString& issuePath);
};

} // namespace lifeboat::plan
