// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CommandLine.h"

// The `repo` verbs that change what is stored: forget, prune, repair, unlock, copy.
namespace lifeboat::cli {

int runForget(const QStringList& arguments, Streams streams);
int runPrune(const QStringList& arguments, Streams streams);
int runRepair(const QStringList& arguments, Streams streams);
int runUnlock(const QStringList& arguments, Streams streams);
int runCopy(const QStringList& arguments, Streams streams);

} // namespace lifeboat::cli
