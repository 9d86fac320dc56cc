// SPDX-License-Identifier: GPL-3.0-or-later
#include "RepoMaintenance.h"

#include "RequestSecrets.h"

#include "RepoCommands.h"
#include "RepoContext.h"
#include "core/engine/Copy.h"
#include "core/engine/Forget.h"
#include "core/engine/Prune.h"
#include "core/engine/Repair.h"
#include "core/util/Readable.h"

#include <QJsonArray>

namespace lifeboat::cli {
namespace {

QString groupTitle(const engine::RetentionGroup& group)
{
    if (!group.dataset.isEmpty())
        return RepoCommand::tr("dataset %1").arg(group.dataset);
    return RepoCommand::tr("host %1, paths %2").arg(group.hostname, group.paths.join(QLatin1Char(' ')));
}

bool parseCount(Context& c, const char* option, int& out)
{
    const QString name = QLatin1String(option);
    if (!c.parser.isSet(name))
        return true;
    bool ok = false;
    out = c.parser.value(name).toInt(&ok);
    if (ok && out >= 0)
        return true;
    c.usage(RepoCommand::tr("--%1 must be a whole number, 0 or more.").arg(name));
    return false;
}

} // namespace

int runForget(const QStringList& arguments, Streams streams)
{
    Context c(QStringLiteral("forget"), streams);
    c.addCommonOptions();
    for (const char* rule : {"keep-last", "keep-hourly", "keep-daily", "keep-weekly", "keep-monthly", "keep-yearly"})
        c.parser.addOption({QLatin1String(rule), RepoCommand::tr("Keep snapshots by this rule (see the help)."), RepoCommand::tr("N")});
    c.parser.addOption({QStringLiteral("keep-within"), RepoCommand::tr("Keep every snapshot within DURATION of the group's newest (e.g. 7d, 36h)."), RepoCommand::tr("DURATION")});
    c.parser.addOption({QStringLiteral("keep-tag"), RepoCommand::tr("Keep every snapshot with this tag (repeatable)."), RepoCommand::tr("TAG")});
    c.parser.addOption({QStringLiteral("host"), RepoCommand::tr("Only snapshots of this host."), RepoCommand::tr("NAME")});
    c.parser.addOption({QStringLiteral("dataset"), RepoCommand::tr("Only snapshots of this dataset."), RepoCommand::tr("NAME")});
    c.parser.addOption({QStringLiteral("dry-run"), RepoCommand::tr("Only show what would be kept and removed, and why.")});
    c.parser.addOption({QStringLiteral("allow-empty"), RepoCommand::tr("Allow the policy to remove every snapshot of a group.")});
    c.parser.addOption({QStringLiteral("prune"), RepoCommand::tr("Run prune afterwards.")});
    if (!c.parse(arguments))
        return kExitInvalid;
    engine::ForgetOptions options;
    plan::Retention& keep = options.policy.keep;
    if (!parseCount(c, "keep-last", keep.keepLast) || !parseCount(c, "keep-hourly", keep.keepHourly) || !parseCount(c, "keep-daily", keep.keepDaily)
        || !parseCount(c, "keep-weekly", keep.keepWeekly) || !parseCount(c, "keep-monthly", keep.keepMonthly) || !parseCount(c, "keep-yearly", keep.keepYearly))
        return kExitInvalid;
    if (c.parser.isSet(QStringLiteral("keep-within"))) {
        const auto within = units::parseDuration(c.parser.value(QStringLiteral("keep-within")));
        if (!within || within->count() <= 0)
            return c.error(Error{Error::Code::Invalid, RepoCommand::tr("--keep-within must be a duration such as 7d, 36h or 90m.")});
        keep.keepWithin = *within;
    }
    options.policy.keepTags = c.parser.values(QStringLiteral("keep-tag"));
    if (options.policy.isEmpty())
        return c.error(Error{Error::Code::Invalid, RepoCommand::tr("No retention rule given (--keep-last, --keep-daily, …): forget would keep everything.")});
    options.hostname = c.parser.value(QStringLiteral("host"));
    options.dataset = c.parser.value(QStringLiteral("dataset"));
    options.dryRun = c.parser.isSet(QStringLiteral("dry-run"));
    options.allowEmpty = c.parser.isSet(QStringLiteral("allow-empty"));
    auto repository = c.openRepository();
    if (!repository)
        return c.error(repository.error());
    InterruptScope interrupt;
    auto keeper = c.lock(*repository.value(), options.dryRun ? repo::LockKind::Shared : repo::LockKind::Exclusive, interrupt.token());
    if (!keeper)
        return c.error(keeper.error());
    auto result = engine::Forget::run(*repository.value(), options);
    if (!result)
        return c.error(result.error());
    for (const QString& message : result->damaged)
        c.err() << RepoCommand::tr("warning: %1 (kept; run repo verify)").arg(message) << '\n';
    QJsonArray groups;
    for (const engine::RetentionGroup& group : result->groups) {
        QJsonArray decisions;
        if (!c.json)
            c.out() << groupTitle(group) << '\n';
        for (const engine::RetentionDecision& decision : group.decisions) {
            const repo::Snapshot& s = decision.snapshot;
            if (c.json) {
                decisions.append(QJsonObject{{QStringLiteral("id"), s.id},
                                             {QStringLiteral("time"), s.time.toUTC().toString(Qt::ISODateWithMs)},
                                             {QStringLiteral("kept"), decision.kept()},
                                             {QStringLiteral("reasons"), QJsonArray::fromStringList(decision.reasons)}});
            } else {
                c.out() << QStringLiteral("  %1  %2  %3\n").arg(s.shortId(), s.time.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")),
                                                               decision.kept() ? RepoCommand::tr("keep (%1)").arg(decision.reasons.join(QStringLiteral(", ")))
                                                                               : (options.dryRun ? RepoCommand::tr("would be removed") : RepoCommand::tr("removed")));
            }
        }
        groups.append(QJsonObject{{QStringLiteral("dataset"), group.dataset},
                                  {QStringLiteral("hostname"), group.hostname},
                                  {QStringLiteral("paths"), QJsonArray::fromStringList(group.paths)},
                                  {QStringLiteral("snapshots"), decisions}});
    }
    keeper->reset();
    if (c.json) {
        c.result(QJsonObject{{QStringLiteral("dryRun"), options.dryRun}, {QStringLiteral("removed"), static_cast<qint64>(result->removed)}, {QStringLiteral("groups"), groups}});
    } else if (options.dryRun) {
        c.out() << RepoCommand::tr("Dry run: nothing was removed.") << '\n';
    } else {
        c.out() << RepoCommand::tr("%n snapshot(s) removed; their data is freed by prune.", nullptr, static_cast<int>(result->removed)) << '\n';
    }
    if (c.parser.isSet(QStringLiteral("prune")) && !options.dryRun) {
        QStringList pruneArguments{QStringLiteral("--repo"), c.repositoryPath()};
        for (const char* option : {"password-file", "ssh-identity", "known-hosts", "accept-host-key", "ssh-config", "threads"}) {
            const QString name = QLatin1String(option);
            if (c.parser.isSet(name))
                pruneArguments << QStringLiteral("--") + name << c.parser.value(name);
        }
        if (c.json)
            pruneArguments << QStringLiteral("--json");
        return runPrune(pruneArguments, streams);
    }
    return kExitOk;
}

int runPrune(const QStringList& arguments, Streams streams)
{
    Context c(QStringLiteral("prune"), streams);
    c.addCommonOptions();
    c.parser.addOption({QStringLiteral("repack-threshold"), RepoCommand::tr("Rewrite packs with more than PERCENT unused (default 20)."), RepoCommand::tr("PERCENT"),
                        QStringLiteral("20")});
    c.parser.addOption({QStringLiteral("grace"), RepoCommand::tr("Leave unreferenced packs younger than DURATION (default 1h)."), RepoCommand::tr("DURATION"),
                        QStringLiteral("1h")});
    c.parser.addOption({QStringLiteral("dry-run"), RepoCommand::tr("Only report what would be removed.")});
    if (!c.parse(arguments))
        return kExitInvalid;
    engine::PruneOptions options;
    QString threshold = c.parser.value(QStringLiteral("repack-threshold"));
    if (threshold.endsWith(QLatin1Char('%')))
        threshold.chop(1);
    bool ok = false;
    options.repackUnusedPercent = threshold.toDouble(&ok);
    if (!ok || options.repackUnusedPercent < 0 || options.repackUnusedPercent > 100)
        return c.error(Error{Error::Code::Invalid, RepoCommand::tr("--repack-threshold must be a percentage from 0 to 100.")});
    const QString graceText = c.parser.value(QStringLiteral("grace"));
    const auto grace = graceText == QLatin1String("0") ? std::optional<std::chrono::seconds>(0) : units::parseDuration(graceText);
    if (!grace || grace->count() < 0)
        return c.error(Error{Error::Code::Invalid, RepoCommand::tr("--grace must be a duration such as 1h or 30m (or 0).")});
    options.graceAge = *grace;
    options.dryRun = c.parser.isSet(QStringLiteral("dry-run"));
    auto repository = c.openRepository();
    if (!repository)
        return c.error(repository.error());
    InterruptScope interrupt;
    auto keeper = c.lock(*repository.value(), repo::LockKind::Exclusive, interrupt.token());
    if (!keeper)
        return c.error(keeper.error());
    auto result = engine::Prune::run(*repository.value(), options, c.progressSink(), interrupt.token());
    c.endProgressLine();
    if (!result)
        return c.error(Context::failure(result.error(), keeper->get()));
    for (const QString& note : result->notes)
        c.err() << RepoCommand::tr("note: %1").arg(note) << '\n';
    const auto human = [](std::uint64_t bytes) { return readable::bytes(static_cast<double>(bytes)); };
    if (c.json) {
        c.result(QJsonObject{{QStringLiteral("dryRun"), options.dryRun},
                             {QStringLiteral("snapshots"), static_cast<qint64>(result->snapshots)},
                             {QStringLiteral("packs"), static_cast<qint64>(result->packs)},
                             {QStringLiteral("packsDeleted"), static_cast<qint64>(result->packsDeleted)},
                             {QStringLiteral("packsRepacked"), static_cast<qint64>(result->packsRepacked)},
                             {QStringLiteral("packsWritten"), static_cast<qint64>(result->packsWritten)},
                             {QStringLiteral("packsKeptYoung"), static_cast<qint64>(result->packsKeptYoung)},
                             {QStringLiteral("blobsUsed"), static_cast<qint64>(result->blobsUsed)},
                             {QStringLiteral("blobsRemoved"), static_cast<qint64>(result->blobsRemoved)},
                             {QStringLiteral("bytesBefore"), static_cast<qint64>(result->bytesBefore)},
                             {QStringLiteral("bytesDeleted"), static_cast<qint64>(result->bytesDeleted)},
                             {QStringLiteral("bytesWritten"), static_cast<qint64>(result->bytesWritten)},
                             {QStringLiteral("bytesReclaimed"), static_cast<qint64>(result->bytesReclaimed())},
                             {QStringLiteral("temporariesRemoved"), static_cast<qint64>(result->temporariesRemoved)},
                             {QStringLiteral("notes"), QJsonArray::fromStringList(result->notes)}});
    } else {
        c.out() << (options.dryRun ? RepoCommand::tr("Dry run: prune would remove %1 of %2 packs (%3 of them repacked), %4 unused blobs and %5 temporary files, "
                                                     "reclaiming %6 of %7.")
                                   : RepoCommand::tr("Removed %1 of %2 packs (%3 of them repacked), %4 unused blobs and %5 temporary files: reclaimed %6 of %7."))
                       .arg(result->packsDeleted)
                       .arg(result->packs)
                       .arg(result->packsRepacked)
                       .arg(result->blobsRemoved)
                       .arg(result->temporariesRemoved)
                       .arg(human(static_cast<std::uint64_t>(std::max<std::int64_t>(0, result->bytesReclaimed()))), human(result->bytesBefore))
                << '\n';
        if (result->packsKeptYoung)
            c.out() << RepoCommand::tr("%n pack(s) younger than the grace age were left; a later prune removes them.", nullptr, static_cast<int>(result->packsKeptYoung))
                    << '\n';
    }
    return kExitOk;
}

int runRepair(const QStringList& arguments, Streams streams)
{
    Context c(QStringLiteral("repair"), streams);
    c.addCommonOptions();
    c.parser.addOption({QStringLiteral("apply"), RepoCommand::tr("Make the changes (without it, repair only reports them).")});
    if (!c.parse(arguments))
        return kExitInvalid;
    engine::RepairOptions options;
    options.apply = c.parser.isSet(QStringLiteral("apply"));
    auto repository = c.openRepository();
    if (!repository)
        return c.error(repository.error());
    InterruptScope interrupt;
    auto keeper = c.lock(*repository.value(), options.apply ? repo::LockKind::Exclusive : repo::LockKind::Shared, interrupt.token());
    if (!keeper)
        return c.error(keeper.error());
    auto result = engine::Repair::run(*repository.value(), options, c.progressSink(), interrupt.token());
    c.endProgressLine();
    if (!result)
        return c.error(Context::failure(result.error(), keeper->get()));
    if (c.json) {
        c.result(QJsonObject{{QStringLiteral("applied"), options.apply && result->changes()},
                             {QStringLiteral("actions"), QJsonArray::fromStringList(result->actions)},
                             {QStringLiteral("unrepairable"), QJsonArray::fromStringList(result->unrepairable)},
                             {QStringLiteral("packsRead"), static_cast<qint64>(result->packsRead)},
                             {QStringLiteral("packsDamaged"), static_cast<qint64>(result->packsDamaged)},
                             {QStringLiteral("blobsSalvaged"), static_cast<qint64>(result->blobsSalvaged)},
                             {QStringLiteral("blobsLost"), static_cast<qint64>(result->blobsLost)},
                             {QStringLiteral("indexFilesDamaged"), static_cast<qint64>(result->indexFilesDamaged)},
                             {QStringLiteral("snapshotsMarked"), static_cast<qint64>(result->snapshotsMarked)}});
    } else {
        for (const QString& action : result->actions)
            c.out() << QStringLiteral("- ") << action << '\n';
        for (const QString& message : result->unrepairable)
            c.out() << RepoCommand::tr("cannot repair: %1").arg(message) << '\n';
        if (!result->changes())
            c.out() << RepoCommand::tr("Nothing to repair: %1 packs read, every blob intact and indexed.").arg(result->packsRead) << '\n';
        else if (options.apply)
            c.out() << RepoCommand::tr("Repaired: %1 blobs salvaged, %2 lost, %3 snapshots marked damaged.").arg(result->blobsSalvaged).arg(result->blobsLost).arg(result->snapshotsMarked)
                    << '\n';
        else
            c.out() << RepoCommand::tr("Dry run: nothing was changed. Run again with --apply to make these changes.") << '\n';
    }
    if (!result->unrepairable.isEmpty())
        return kExitDamaged;
    return result->changes() && !options.apply ? kExitDamaged : kExitOk;
}

int runCopy(const QStringList& arguments, Streams streams)
{
    Context c(QStringLiteral("copy"), streams);
    c.addCommonOptions();
    c.parser.addOption({QStringLiteral("from-repo"), RepoCommand::tr("The repository to copy from (a directory or sftp://…)."), RepoCommand::tr("REPOSITORY")});
    c.parser.addOption({QStringLiteral("from-password-file"), RepoCommand::tr("Read the source's passphrase from FILE (else $LIFEBOAT_FROM_PASSWORD)."),
                        RepoCommand::tr("FILE")});
    if (!c.parse(arguments))
        return kExitInvalid;
    const QString fromPath = c.parser.value(QStringLiteral("from-repo"));
    if (fromPath.isEmpty())
        return c.error(Error{Error::Code::Invalid, RepoCommand::tr("Copy from where? Usage: lifeboat-cli repo copy --from-repo SOURCE --repo DESTINATION [SNAPSHOT...]")});
    auto fromStorage = c.openStorage(fromPath);
    if (!fromStorage)
        return c.error(fromStorage.error());
    QByteArray fromSecret;
    auto needs = repo::Repository::needsPassphrase(*fromStorage.value());
    if (!needs)
        return c.error(needs.error());
    if (needs.value()) {
        const QString file = c.parser.value(QStringLiteral("from-password-file"));
        if (auto sent = RequestSecrets::fromPassword()) {
            fromSecret = *sent;
        } else if (!file.isEmpty()) {
            QFile f(file);
            if (!f.open(QIODevice::ReadOnly))
                return c.error(Error{Error::Code::Unreadable, RepoCommand::tr("The password file %1 cannot be read: %2").arg(file, f.errorString())});
            fromSecret = f.read(4096).trimmed();
        } else if (qEnvironmentVariableIsSet("LIFEBOAT_FROM_PASSWORD")) {
            fromSecret = qgetenv("LIFEBOAT_FROM_PASSWORD");
        } else {
            auto typed = RequestSecrets::ask(RepoCommand::tr("Passphrase for %1: ").arg(fromPath), "from-password");
            if (!typed)
                return c.error(typed.error());
            fromSecret = typed.value();
        }
    }
    auto from = repo::Repository::open(fromStorage.value(), fromSecret);
    if (!from)
        return c.error(from.error());
    auto to = c.openRepository();
    if (!to)
        return c.error(to.error());
    InterruptScope interrupt;
    auto fromLock = c.lock(*from.value(), repo::LockKind::Shared, interrupt.token());
    if (!fromLock)
        return c.error(fromLock.error());
    auto toLock = c.lock(*to.value(), repo::LockKind::Shared, interrupt.token());
    if (!toLock)
        return c.error(toLock.error());
    engine::CopyOptions options;
    options.snapshots = c.parser.positionalArguments();
    auto result = engine::Copy::run(*from.value(), *to.value(), options, c.progressSink(), interrupt.token());
    c.endProgressLine();
    if (!result) {
        Error error = Context::failure(result.error(), fromLock->get());
        return c.error(Context::failure(error, toLock->get()));
    }
    if (c.json) {
        c.result(QJsonObject{{QStringLiteral("snapshotsCopied"), static_cast<qint64>(result->snapshotsCopied)},
                             {QStringLiteral("snapshotsAlreadyThere"), static_cast<qint64>(result->snapshotsAlreadyThere)},
                             {QStringLiteral("blobsCopied"), static_cast<qint64>(result->blobsCopied)},
                             {QStringLiteral("blobsAlreadyThere"), static_cast<qint64>(result->blobsAlreadyThere)},
                             {QStringLiteral("bytesWritten"), static_cast<qint64>(result->bytesWritten)}});
    } else {
        c.out() << RepoCommand::tr("Copied %1 snapshot(s) (%2 already there): %3 chunks and trees sent (%4), %5 the destination already had.")
                       .arg(result->snapshotsCopied)
                       .arg(result->snapshotsAlreadyThere)
                       .arg(result->blobsCopied)
                       .arg(readable::bytes(static_cast<double>(result->bytesWritten)))
                       .arg(result->blobsAlreadyThere)
                << '\n';
    }
    return kExitOk;
}

int runUnlock(const QStringList& arguments, Streams streams)
{
    Context c(QStringLiteral("unlock"), streams);
    c.addCommonOptions();
    c.parser.addOption({QStringLiteral("remove-all"), RepoCommand::tr("Remove every lock, also live ones (only when you know no operation runs).")});
    if (!c.parse(arguments))
        return kExitInvalid;
    auto repository = c.openRepository();
    if (!repository)
        return c.error(repository.error());
    auto removed = repo::RepositoryLock::removeStale(*repository.value(), c.parser.isSet(QStringLiteral("remove-all")));
    if (!removed)
        return c.error(removed.error());
    auto remaining = repo::RepositoryLock::list(*repository.value());
    QStringList live;
    if (remaining) {
        for (const repo::LockInfo& lock : remaining.value())
            live.append(lock.describe());
    }
    if (c.json) {
        c.result(QJsonObject{{QStringLiteral("removed"), QJsonArray::fromStringList(removed.value())}, {QStringLiteral("remaining"), QJsonArray::fromStringList(live)}});
    } else {
        for (const QString& lock : removed.value())
            c.out() << RepoCommand::tr("removed: %1").arg(lock) << '\n';
        for (const QString& lock : live)
            c.out() << RepoCommand::tr("left (its holder is alive or its heartbeat is recent): %1").arg(lock) << '\n';
        if (removed->isEmpty() && live.isEmpty())
            c.out() << RepoCommand::tr("The repository has no locks.") << '\n';
    }
    return kExitOk;
}

} // namespace lifeboat::cli
