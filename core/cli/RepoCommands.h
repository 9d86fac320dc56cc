// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CommandLine.h"

namespace lifeboat::cli {

// `repo VERB ...`: the backup engine from the command line, in restic's shape
// (--repo or LIFEBOAT_REPOSITORY; snapshots by id, prefix or "latest"; the passphrase
// from LIFEBOAT_PASSWORD, --password-file or a no-echo prompt). Human output, with a
// progress line on a terminal, or --json: JSON lines of progress events and one result.
class RepoCommand {
    Q_DECLARE_TR_FUNCTIONS(RepoCommand)
public:
    static int execute(const QStringList& arguments, Streams streams);
    static QString helpText();
};

} // namespace lifeboat::cli
