// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CommandLine.h"

namespace lifeboat::cli {

// `model VERB ...`: the reliability models as a calculator operators can script.
// `--json` prints one object; a bad argument is named, never turned into a NaN.
class ModelCommand {
    Q_DECLARE_TR_FUNCTIONS(ModelCommand)
public:
    static int execute(const QStringList& arguments, Streams streams);
    static QString helpText();
};

} // namespace lifeboat::cli
