// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>

#include "core/plan/Plan.h"
#include "core/plan/PlanIssue.h"

namespace lifeboat::test {

// The smallest plan that uses every part of the format and has no problem at all:
// two sites, three racks, four nodes, one dataset replicated across two racks and
// backed up to the other site.
QJsonObject minimalPlan();

// Applies edits given as a JSON array of operations, so each invalid-plan case is one
// readable line: [["set", "/fleet/nodes/0/port", 70000], ["remove", "/policies/0/retention"],
// ["append", "/fleet/nodes", {...}]]. Paths are JSON Pointers (RFC 6901, without escapes).
QJsonObject patched(const QJsonObject& plan, const QByteArray& operationsJson);

// A generated plan of `nodes` nodes in racks of 40, 50 racks a site; for scale tests.
QByteArray largePlanJson(int nodes);

QByteArray toJson(const QJsonObject& object);

// Writes `content` to DIRECTORY/NAME and returns the path; empty on failure.
QString writeFile(const QString& directory, const QString& name, const QByteArray& content);

// The bundled demo plan, read and checked (a failure stops the test).
plan::Plan demoPlan();

// One line per issue, for failure messages.
QString describeIssues(const plan::PlanIssues& issues);

} // namespace lifeboat::test
