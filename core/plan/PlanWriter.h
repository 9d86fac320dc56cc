// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Plan.h"
#include "core/util/Result.h"

#include <QByteArray>
#include <QCoreApplication>

#include <variant>

namespace lifeboat::plan {

class PlanWriter {
    Q_DECLARE_TR_FUNCTIONS(PlanWriter)
public:
    // Sizes, durations and shares are written in readable units when that is exact, so
    // a hand-written plan keeps its look and load -> save -> load gives an equal plan.
    static QByteArray toJson(const Plan& plan);
    // Atomic: a crash or a full disk leaves the previous file as it was (QSaveFile).
    static Result<std::monostate> save(const Plan& plan, const QString& path);
};

} // namespace lifeboat::plan
