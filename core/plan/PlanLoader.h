// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "PlanReader.h"

namespace lifeboat::plan {

// Read, parse and validate in one step, as `plan check` and the console do. A read
// failure (missing, directory, too large ...) is an Error; everything about the
// content is in LoadedPlan::issues, reader problems first.
Result<LoadedPlan> loadAndCheckPlan(const QString& path);

// Validation on top of what the reader found. Skipped when the reader could not get a
// plan at all (not JSON, empty, newer version): it would only add noise.
void checkLoadedPlan(LoadedPlan& loaded);

} // namespace lifeboat::plan
