// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/util/Result.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

namespace lifeboat::model {

// A what-if edit of a plan document: PATH=VALUE, applied to the plan's JSON before it is
// read, so every field the file has can be varied and the reader checks the result as it
// checks a file. PATH is `$`-rooted or bare, with `.key` and `[n]` steps, and `[name]` to
// pick the element of an array whose "name" (or "id") is that text:
//   assumptions.defaultNodeAnnualFailureRate=5%
//   $.datasets[ckpt-llama70b].locations[1].node=gpu-11
//   fleet.domains[dc1/r2].description="moved"
// VALUE is read as JSON when it is JSON (3, 0.5, true, ["a"], {"x":1}, "text"), else as text.
class WhatIf {
    Q_DECLARE_TR_FUNCTIONS(WhatIf)
public:
    static Status apply(QJsonObject& root, const QString& assignment);
};

} // namespace lifeboat::model
