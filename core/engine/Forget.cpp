// SPDX-License-Identifier: GPL-3.0-or-later
#include "Forget.h"

namespace lifeboat::engine {

Result<ForgetResult> Forget::run(repo::Repository& repository, const ForgetOptions& options)
{
    ForgetResult result;
    auto all = repository.snapshots(&result.damaged);
    if (!all)
        return all.error();
    QList<repo::Snapshot> chosen;
    for (const repo::Snapshot& snapshot : all.value()) {
        if ((options.hostname.isEmpty() || snapshot.hostname == options.hostname) && (options.dataset.isEmpty() || snapshot.dataset == options.dataset))
            chosen.append(snapshot);
    }
    result.groups = Retention::apply(chosen, options.policy);
    QStringList emptied;
    for (const RetentionGroup& group : result.groups) {
        if (group.removesEverything())
            emptied.append(group.dataset.isEmpty() ? tr("%1 %2").arg(group.hostname, group.paths.join(QLatin1Char(' '))) : tr("dataset %1").arg(group.dataset));
    }
    if (!emptied.isEmpty() && !options.allowEmpty)
        return Error{Error::Code::Invalid, tr("The policy would remove every snapshot of %1. Nothing was removed; give --allow-empty if that is what you want.")
                                               .arg(emptied.join(QStringLiteral("; ")))};
    if (options.dryRun)
        return result;
    for (const RetentionGroup& group : result.groups) {
        for (const RetentionDecision& decision : group.decisions) {
            if (decision.kept())
                continue;
            if (auto removed = repository.storage().remove(QStringLiteral("snapshots/") + decision.snapshot.id); !removed)
                return Error{removed.error().code, tr("%1 (%2 snapshot(s) were removed before this one).").arg(removed.error().message).arg(result.removed)};
            ++result.removed;
        }
    }
    return result;
}

} // namespace lifeboat::engine
