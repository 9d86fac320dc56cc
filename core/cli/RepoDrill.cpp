// SPDX-License-Identifier: GPL-3.0-or-later
#include "RepoDrill.h"

#include "RepoCommands.h"
#include "RepoContext.h"

#include "core/engine/Drill.h"
#include "core/util/Readable.h"
#include "core/util/Units.h"

#include <QJsonArray>

#include <algorithm>

namespace lifeboat::cli {
namespace {

// The snapshots a drill restores: the dataset's newest one, or for a sharded dataset every
// shard of its newest generation (they restore together as one unit).
Result<QList<repo::Snapshot>> newestOf(repo::Repository& repository, const QString& dataset, const QString& host, QStringList* damaged)
{
    auto all = repository.snapshots(damaged);
    if (!all)
        return all.error();
    QList<repo::Snapshot> mine;
    for (const repo::Snapshot& s : all.value())
        if (s.dataset == dataset && (host.isEmpty() || s.hostname == host))
            mine << s;
    if (mine.isEmpty())
        return Error{Error::Code::NotFound, host.isEmpty() ? RepoCommand::tr("The repository holds no snapshot of dataset %1 to drill.").arg(dataset)
                                                           : RepoCommand::tr("The repository holds no snapshot of dataset %1 from host %2 to drill.").arg(dataset, host)};
    std::stable_sort(mine.begin(), mine.end(), [](const repo::Snapshot& a, const repo::Snapshot& b) { return a.time < b.time; });
    const repo::Snapshot newest = mine.constLast();
    if (newest.generation.isEmpty())
        return QList<repo::Snapshot>{newest};
    QList<repo::Snapshot> shards;
    for (const repo::Snapshot& s : mine)
        if (s.generation == newest.generation)
            shards << s;
    return shards;
}

QString shortIds(const QStringList& ids)
{
    QStringList out;
    for (const QString& id : ids)
        out << id.left(8);
    return out.join(QStringLiteral(", "));
}

} // namespace

int runDrill(const QStringList& arguments, Streams streams)
{
    Context c(QStringLiteral("drill"), streams);
    c.addCommonOptions();
    c.parser.addOption({QStringLiteral("dataset"), RepoCommand::tr("Drill the newest snapshot of this dataset."), RepoCommand::tr("NAME")});
    c.parser.addOption({QStringLiteral("host"), RepoCommand::tr("Only snapshots taken on this host."), RepoCommand::tr("NAME")});
    c.parser.addOption({QStringLiteral("target"), RepoCommand::tr("Scratch directory; the drill restores into a new folder under it and removes it."), RepoCommand::tr("DIR")});
    c.parser.addOption({QStringLiteral("sample"), RepoCommand::tr("Restore this share of the snapshot's bytes (e.g. 10%; default 100%)."), RepoCommand::tr("SHARE"),
                        QStringLiteral("100%")});
    c.addRateLimitOption();
    c.parser.addOption({QStringLiteral("keep"), RepoCommand::tr("Leave the restored folder for inspection instead of removing it.")});
    if (!c.parse(arguments))
        return kExitInvalid;
    const QString dataset = c.parser.value(QStringLiteral("dataset"));
    engine::DrillOptions options;
    options.scratch = c.parser.value(QStringLiteral("target"));
    if (dataset.isEmpty() || options.scratch.isEmpty())
        return c.error(Error{Error::Code::Invalid, RepoCommand::tr("Usage: lifeboat-cli repo drill --repo DIR --dataset NAME --target DIR [--sample SHARE]")});
    const QString sampleText = c.parser.value(QStringLiteral("sample"));
    const auto sample = units::parsePercent(sampleText);
    if (!sample || !(*sample > 0) || *sample > 1)
        return c.error(Error{Error::Code::Invalid, RepoCommand::tr("--sample must be a share above 0% and at most 100% (got \"%1\").").arg(sampleText)});
    options.sample = *sample;
    options.keep = c.parser.isSet(QStringLiteral("keep"));
    options.threads = c.threads();
    const auto rate = c.rateLimit();
    if (!rate)
        return c.error(rate.error());
    options.bytesPerSecondLimit = rate.value();
    auto repository = c.openRepository();
    if (!repository)
        return c.error(repository.error());
    InterruptScope interrupt;
    auto keeper = c.lock(*repository.value(), repo::LockKind::Shared, interrupt.token());
    if (!keeper)
        return c.error(keeper.error());
    auto snapshots = newestOf(*repository.value(), dataset, c.parser.value(QStringLiteral("host")), &c.damagedSnapshots());
    if (!snapshots)
        return c.error(snapshots.error());
    auto result = engine::Drill::run(*repository.value(), snapshots.value(), options, c.progressSink(), interrupt.token());
    c.endProgressLine();
    if (!result)
        return c.error(Context::failure(result.error(), keeper->get()));
    const engine::DrillResult& r = result.value();
    for (const QString& failure : r.failures)
        c.err() << RepoCommand::tr("error: %1").arg(failure) << '\n';
    for (const QString& difference : r.differences)
        c.err() << RepoCommand::tr("differs: %1").arg(difference) << '\n';
    if (!r.removeError.isEmpty())
        c.err() << RepoCommand::tr("warning: %1").arg(r.removeError) << '\n';
    if (c.json) {
        c.result(QJsonObject{{QStringLiteral("dataset"), dataset},
                             {QStringLiteral("snapshots"), QJsonArray::fromStringList(r.snapshots)},
                             {QStringLiteral("snapshotTime"), snapshots->constLast().time.toUTC().toString(Qt::ISODateWithMs)},
                             {QStringLiteral("folder"), r.folder},
                             {QStringLiteral("sample"), options.sample},
                             {QStringLiteral("filesInSnapshots"), static_cast<qint64>(r.filesInSnapshots)},
                             {QStringLiteral("bytesInSnapshots"), static_cast<qint64>(r.bytesInSnapshots)},
                             {QStringLiteral("filesRestored"), static_cast<qint64>(r.filesRestored)},
                             {QStringLiteral("bytesRestored"), static_cast<qint64>(r.bytesRestored)},
                             {QStringLiteral("filesChecked"), static_cast<qint64>(r.filesChecked)},
                             {QStringLiteral("restoreSeconds"), r.restoreSeconds},
                             {QStringLiteral("bytesPerSecond"), r.bytesPerSecond},
                             {QStringLiteral("identical"), r.identical},
                             {QStringLiteral("removed"), r.removed},
                             {QStringLiteral("differences"), QJsonArray::fromStringList(r.differences)},
                             {QStringLiteral("failures"), QJsonArray::fromStringList(r.failures)}});
    } else {
        c.out() << RepoCommand::tr("Drill of %1 (snapshot %2): restored %L3 files (%4 of %5, %L6%) in %L7 s at %8; %L9 files read back and re-hashed: %10.")
                       .arg(dataset, shortIds(r.snapshots))
                       .arg(r.filesRestored)
                       .arg(readable::bytes(static_cast<double>(r.bytesRestored)), readable::bytes(static_cast<double>(r.bytesInSnapshots)))
                       .arg(r.bytesInSnapshots ? 100.0 * static_cast<double>(r.bytesRestored) / static_cast<double>(r.bytesInSnapshots) : 0.0, 0, 'f', 1)
                       .arg(r.restoreSeconds, 0, 'f', 2)
                       .arg(readable::bytesPerSecond(r.bytesPerSecond))
                       .arg(r.filesChecked)
                       .arg(r.identical ? RepoCommand::tr("identical") : RepoCommand::tr("NOT identical"))
                << '\n';
        c.out() << (options.keep ? RepoCommand::tr("The restored files are left in %1.").arg(r.folder)
                    : r.removed  ? RepoCommand::tr("%1 was removed again.").arg(r.folder)
                                 : RepoCommand::tr("%1 could not be removed completely.").arg(r.folder))
                << '\n';
    }
    if (!r.identical)
        return kExitDamaged;
    return r.removed || options.keep ? kExitOk : kExitWarnings;
}

} // namespace lifeboat::cli
