// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CommandLine.h"

namespace lifeboat::cli {

// `repo drill`: restore a sample of a dataset's newest snapshot into scratch space, check
// every byte, measure the throughput, clean up (core/engine/Drill).
int runDrill(const QStringList& arguments, Streams streams);

} // namespace lifeboat::cli
