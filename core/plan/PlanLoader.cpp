// SPDX-License-Identifier: GPL-3.0-or-later
#include "PlanLoader.h"

#include "PlanValidator.h"

#include <algorithm>

namespace lifeboat::plan {

void checkLoadedPlan(LoadedPlan& loaded)
{
    const bool unusable = std::any_of(loaded.issues.begin(), loaded.issues.end(), [](const PlanIssue& i) {
        return i.severity == Severity::Error && (i.path == QLatin1String("$") || i.path == QLatin1String("$.version"));
    });
    if (unusable)
        return;
    PlanIssues more = PlanValidator::validate(loaded.plan);
    loaded.issues.insert(loaded.issues.end(), std::make_move_iterator(more.begin()), std::make_move_iterator(more.end()));
}

Result<LoadedPlan> loadAndCheckPlan(const QString& path)
{
    const auto bytes = PlanReader::readFile(path);
    if (!bytes)
        return bytes.error();
    LoadedPlan loaded = PlanReader::parse(*bytes);
    checkLoadedPlan(loaded);
    return loaded;
}

} // namespace lifeboat::plan
