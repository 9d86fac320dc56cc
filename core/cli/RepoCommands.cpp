// SPDX-License-Identifier: GPL-3.0-or-later
#include "RepoCommands.h"

#include "RepoDrill.h"
#include "RequestSecrets.h"
#include "RepoContext.h"
#include "RepoMaintenance.h"

#include "core/engine/Backup.h"
#include "core/engine/Browse.h"
#include "core/engine/Restore.h"
#include "core/engine/Verify.h"
#include "core/platform/FileSystem.h"
#include "core/platform/Terminal.h"
#include "core/repo/LocalStorage.h"
#include "core/repo/Repository.h"
#include "core/util/Readable.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <atomic>

namespace lifeboat::cli {
namespace {

using platform::FileSystem;
using platform::Terminal;

// A generation is a label that groups the shards of one checkpoint: printable, one line,
// short. From a marker file (a trainer's "latest" file holds the step): its first line.
Result<QString> generationFrom(const QString& given, const QString& markerFile)
{
    if (!given.isEmpty() && !markerFile.isEmpty())
        return Error{Error::Code::Invalid, RepoCommand::tr("Give --generation or --generation-file, not both.")};
    QString generation = given;
    if (!markerFile.isEmpty()) {
        QFile file(markerFile);
        if (!file.open(QIODevice::ReadOnly))
            return Error{Error::Code::NotFound, RepoCommand::tr("The generation marker %1 cannot be read: %2").arg(markerFile, file.errorString())};
        generation = QString::fromUtf8(file.read(4096)).section(QLatin1Char('\n'), 0, 0).trimmed();
        if (generation.isEmpty())
            return Error{Error::Code::Invalid, RepoCommand::tr("The generation marker %1 is empty.").arg(markerFile)};
    }
    constexpr qsizetype kMaxGeneration = 128;
    if (generation.size() > kMaxGeneration)
        return Error{Error::Code::Invalid, RepoCommand::tr("The generation is longer than %1 characters.").arg(kMaxGeneration)};
    for (const QChar ch : generation) {
        if (!ch.isPrint())
            return Error{Error::Code::Invalid, RepoCommand::tr("The generation holds a character that cannot be shown (U+%1).")
                                                   .arg(static_cast<int>(ch.unicode()), 4, 16, QLatin1Char('0'))};
    }
    return generation;
}

int runInit(const QStringList& arguments, Streams streams)
{
    Context c(QStringLiteral("init"), streams);
    c.addCommonOptions();
    c.parser.addOption({QStringLiteral("insecure-no-encryption"), RepoCommand::tr("Store everything unencrypted (anyone who can read the files can read the data).")});
    c.parser.addOption({QStringLiteral("compression-level"), RepoCommand::tr("zstd level 1–19 for chunks that compress (default 3)."), RepoCommand::tr("N"), QStringLiteral("3")});
    c.parser.addOption({QStringLiteral("pack-size"), RepoCommand::tr("Target pack size in MiB (default 32)."), RepoCommand::tr("MIB"), QStringLiteral("32")});
    c.parser.addOption({QStringLiteral("scrypt-n"), RepoCommand::tr("scrypt cost N, a power of two (default 65536: 64 MiB, ~0.2 s)."), RepoCommand::tr("N"), QStringLiteral("65536")});
    if (!c.parse(arguments))
        return kExitInvalid;
    const QString path = c.repositoryPath();
    if (path.isEmpty())
        return c.error(Error{Error::Code::Invalid, RepoCommand::tr("Which repository? Give --repo DIR or set LIFEBOAT_REPOSITORY.")});
    repo::InitOptions options;
    options.encrypted = !c.parser.isSet(QStringLiteral("insecure-no-encryption"));
    bool ok = false;
    options.zstdLevel = c.parser.value(QStringLiteral("compression-level")).toInt(&ok);
    if (!ok || options.zstdLevel < 1 || options.zstdLevel > 19)
        return c.error(Error{Error::Code::Invalid, RepoCommand::tr("--compression-level must be a number from 1 to 19.")});
    const int packMiB = c.parser.value(QStringLiteral("pack-size")).toInt(&ok);
    if (!ok || packMiB < 1 || packMiB > 1024)
        return c.error(Error{Error::Code::Invalid, RepoCommand::tr("--pack-size must be a number of MiB from 1 to 1024.")});
    options.packTargetBytes = static_cast<std::uint32_t>(packMiB) << 20;
    options.scrypt.n = c.parser.value(QStringLiteral("scrypt-n")).toULongLong(&ok);
    if (!ok || !options.scrypt.valid())
        return c.error(Error{Error::Code::Invalid, RepoCommand::tr("--scrypt-n must be a power of two from 1024 to 4194304.")});
    if (options.encrypted) {
        auto secret = c.passphrase(RepoCommand::tr("New passphrase for %1: ").arg(path), true);
        if (!secret)
            return c.error(secret.error());
        options.passphrase = secret.value();
    }
    auto storage = c.openStorage(path);
    if (!storage)
        return c.error(storage.error());
    auto repository = repo::Repository::init(storage.value(), options);
    if (!repository)
        return c.error(repository.error());
    if (c.json) {
        c.result(QJsonObject{{QStringLiteral("repository"), path}, {QStringLiteral("id"), repository.value()->config().id},
                             {QStringLiteral("encrypted"), options.encrypted}});
    } else {
        c.out() << RepoCommand::tr("Created repository %1 at %2 (%3).")
                       .arg(repository.value()->config().id.left(8), path,
                            options.encrypted ? RepoCommand::tr("encrypted with AES-256-GCM") : RepoCommand::tr("NOT encrypted"))
                << '\n';
        if (options.encrypted)
            c.out() << RepoCommand::tr("Keep the passphrase safe: without it the data cannot be read by anyone, including you.") << '\n';
    }
    return kExitOk;
}

int runBackup(const QStringList& arguments, Streams streams)
{
    Context c(QStringLiteral("backup"), streams);
    c.addCommonOptions();
    c.parser.addOption({QStringLiteral("exclude"), RepoCommand::tr("Leave out paths matching GLOB (repeatable)."), RepoCommand::tr("GLOB")});
    c.parser.addOption({QStringLiteral("one-file-system"), RepoCommand::tr("Do not cross into other file systems.")});
    c.parser.addOption({QStringLiteral("tag"), RepoCommand::tr("Tag the snapshot (repeatable)."), RepoCommand::tr("TAG")});
    c.parser.addOption({QStringLiteral("host"), RepoCommand::tr("Host name recorded in the snapshot."), RepoCommand::tr("NAME")});
    c.parser.addOption({QStringLiteral("dataset"), RepoCommand::tr("The plan's dataset this backup belongs to (retention groups by it)."), RepoCommand::tr("NAME")});
    c.parser.addOption({QStringLiteral("parent"), RepoCommand::tr("Compare with this snapshot to skip unchanged files."), RepoCommand::tr("SNAPSHOT")});
    c.parser.addOption({QStringLiteral("generation"), RepoCommand::tr("The generation of a sharded dataset this backup holds (a checkpoint step, a run id)."),
                        RepoCommand::tr("ID")});
    c.parser.addOption({QStringLiteral("generation-file"),
                        RepoCommand::tr("Read the generation from this marker file (its first line, e.g. a checkpoint's \"latest\" file)."), RepoCommand::tr("FILE")});
    c.parser.addOption({QStringLiteral("force"), RepoCommand::tr("Read every file, even those unchanged since the parent snapshot.")});
    if (!c.parse(arguments))
        return kExitInvalid;
    if (c.parser.positionalArguments().isEmpty())
        return c.error(Error{Error::Code::Invalid, RepoCommand::tr("Which paths? Usage: lifeboat-cli repo backup --repo DIR PATH...")});
    auto repository = c.openRepository();
    if (!repository)
        return c.error(repository.error());
    engine::BackupOptions options;
    options.paths = c.parser.positionalArguments();
    options.excludes = c.parser.values(QStringLiteral("exclude"));
    options.oneFileSystem = c.parser.isSet(QStringLiteral("one-file-system"));
    options.tags = c.parser.values(QStringLiteral("tag"));
    options.hostname = c.parser.value(QStringLiteral("host"));
    options.dataset = c.parser.value(QStringLiteral("dataset"));
    options.parent = c.parser.value(QStringLiteral("parent"));
    auto generation = generationFrom(c.parser.value(QStringLiteral("generation")), c.parser.value(QStringLiteral("generation-file")));
    if (!generation)
        return c.error(generation.error());
    options.generation = generation.value();
    options.noParent = c.parser.isSet(QStringLiteral("force"));
    options.threads = c.threads();
    InterruptScope interrupt;
    auto keeper = c.lock(*repository.value(), repo::LockKind::Shared, interrupt.token());
    if (!keeper)
        return c.error(keeper.error());
    auto result = engine::Backup::run(*repository.value(), options, c.progressSink(), interrupt.token());
    c.endProgressLine();
    if (!result)
        return c.error(Context::failure(result.error(), keeper->get()));
    const repo::Snapshot& s = result->snapshot;
    for (const QString& warning : result->warnings)
        c.err() << RepoCommand::tr("warning: %1").arg(warning) << '\n';
    if (c.json) {
        QJsonObject object = snapshotJson(s);
        object.insert(QStringLiteral("warnings"), QJsonArray::fromStringList(result->warnings));
        c.result(object);
    } else {
        c.out() << RepoCommand::tr("Snapshot %1 saved: %L2 files, %3 (%L4 unchanged files not read); %5 new in the repository; %L6 s.")
                       .arg(s.shortId())
                       .arg(s.summary.files)
                       .arg(readable::bytes(static_cast<double>(s.summary.bytes)))
                       .arg(s.summary.filesUnchanged)
                       .arg(readable::bytes(static_cast<double>(s.summary.newStoredBytes)))
                       .arg(s.summary.durationSeconds, 0, 'f', 2)
                << '\n';
        if (!result->warnings.isEmpty())
            c.out() << RepoCommand::tr("There were %n warning(s) (see above): a file or folder named in one is not in the snapshot.", nullptr,
                                       static_cast<int>(result->warnings.size()))
                    << '\n';
    }
    return result->warnings.isEmpty() ? kExitOk : kExitWarnings;
}

int runSnapshots(const QStringList& arguments, Streams streams)
{
    Context c(QStringLiteral("snapshots"), streams);
    c.addCommonOptions();
    c.parser.addOption({QStringLiteral("host"), RepoCommand::tr("Only snapshots of this host."), RepoCommand::tr("NAME")});
    c.parser.addOption({QStringLiteral("tag"), RepoCommand::tr("Only snapshots with this tag (repeatable: all must match)."), RepoCommand::tr("TAG")});
    c.parser.addOption({QStringLiteral("path"), RepoCommand::tr("Only snapshots that include this path."), RepoCommand::tr("PATH")});
    if (!c.parse(arguments))
        return kExitInvalid;
    auto repository = c.openRepository();
    if (!repository)
        return c.error(repository.error());
    QStringList damaged;
    auto all = repository.value()->snapshots(&damaged);
    if (!all)
        return c.error(all.error());
    for (const QString& message : damaged)
        c.err() << RepoCommand::tr("warning: %1 (left out; run repo verify)").arg(message) << '\n';
    const QString host = c.parser.value(QStringLiteral("host"));
    const QStringList tags = c.parser.values(QStringLiteral("tag"));
    const QString path = c.parser.value(QStringLiteral("path"));
    QJsonArray list;
    if (!c.json)
        c.out() << RepoCommand::tr("ID        Time                 Host             Files     Size        Paths") << '\n';
    for (const repo::Snapshot& s : all.value()) {
        if (!host.isEmpty() && s.hostname != host)
            continue;
        if (!path.isEmpty() && !s.paths.contains(QDir::cleanPath(QFileInfo(path).absoluteFilePath())))
            continue;
        bool tagged = true;
        for (const QString& tag : tags)
            tagged = tagged && s.tags.contains(tag);
        if (!tagged)
            continue;
        if (c.json) {
            list.append(snapshotJson(s));
        } else {
            c.out() << QStringLiteral("%1  %2  %3 %4  %5  %6%7\n")
                           .arg(s.shortId(), s.time.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")), s.hostname.left(16).leftJustified(16))
                           .arg(s.summary.files, 8)
                           .arg(readable::bytes(static_cast<double>(s.summary.bytes)).leftJustified(10), s.paths.join(QLatin1Char(' ')),
                                s.tags.isEmpty() ? QString() : QStringLiteral("  [%1]").arg(s.tags.join(QLatin1Char(','))));
        }
    }
    if (c.json)
        c.result(QJsonObject{{QStringLiteral("snapshots"), list}});
    return kExitOk;
}

int runLs(const QStringList& arguments, Streams streams)
{
    Context c(QStringLiteral("ls"), streams);
    c.addCommonOptions();
    if (!c.parse(arguments))
        return kExitInvalid;
    const QStringList positional = c.parser.positionalArguments();
    if (positional.isEmpty() || positional.size() > 2)
        return c.error(Error{Error::Code::Invalid, RepoCommand::tr("Usage: lifeboat-cli repo ls --repo DIR SNAPSHOT [PATH]")});
    auto repository = c.openRepository();
    if (!repository)
        return c.error(repository.error());
    auto snapshot = repository.value()->findSnapshot(positional.first(), &c.damagedSnapshots());
    if (!snapshot)
        return c.error(snapshot.error());
    std::uint64_t count = 0;
    auto listed = engine::Browse::list(*repository.value(), snapshot.value(), positional.value(1), [&](const engine::ListedEntry& entry) {
        ++count;
        const repo::TreeNode& node = entry.node;
        const QDateTime mtime = QDateTime::fromMSecsSinceEpoch(node.mtimeNs / 1000000).toUTC();
        if (c.json) {
            QJsonObject object{{QStringLiteral("type"), QStringLiteral("entry")},
                               {QStringLiteral("path"), entry.path},
                               {QStringLiteral("nodeType"), nodeTypeName(node.type)},
                               {QStringLiteral("mode"), static_cast<qint64>(node.mode)},
                               {QStringLiteral("uid"), static_cast<qint64>(node.uid)},
                               {QStringLiteral("gid"), static_cast<qint64>(node.gid)},
                               {QStringLiteral("size"), static_cast<qint64>(node.sizeBytes)},
                               {QStringLiteral("mtime"), mtime.toString(Qt::ISODateWithMs)}};
            if (node.type == repo::NodeType::Symlink)
                object.insert(QStringLiteral("target"), FileSystem::decodeName(node.linkTarget));
            c.emitJson(object);
        } else {
            QString line = QStringLiteral("%1 %2 %3  %4").arg(nodeTypeName(node.type).left(1), QString::number(node.mode, 8).rightJustified(4, QLatin1Char('0')))
                               .arg(node.sizeBytes, 14)
                               .arg(mtime.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")));
            line += QStringLiteral("  ") + printable(entry.path);
            if (node.type == repo::NodeType::Symlink)
                line += QStringLiteral(" -> ") + printable(FileSystem::decodeName(node.linkTarget));
            c.out() << line << '\n';
        }
    });
    if (!listed)
        return c.error(listed.error());
    if (c.json)
        c.result(QJsonObject{{QStringLiteral("snapshot"), snapshot->id}, {QStringLiteral("entries"), static_cast<qint64>(count)}});
    return kExitOk;
}

int runDiff(const QStringList& arguments, Streams streams)
{
    Context c(QStringLiteral("diff"), streams);
    c.addCommonOptions();
    if (!c.parse(arguments))
        return kExitInvalid;
    const QStringList positional = c.parser.positionalArguments();
    if (positional.size() != 2)
        return c.error(Error{Error::Code::Invalid, RepoCommand::tr("Usage: lifeboat-cli repo diff --repo DIR SNAPSHOT1 SNAPSHOT2")});
    auto repository = c.openRepository();
    if (!repository)
        return c.error(repository.error());
    auto from = repository.value()->findSnapshot(positional.at(0), &c.damagedSnapshots());
    if (!from)
        return c.error(from.error());
    auto to = repository.value()->findSnapshot(positional.at(1), &c.damagedSnapshots());
    if (!to)
        return c.error(to.error());
    auto summary = engine::Browse::diff(*repository.value(), from.value(), to.value(), [&](const engine::DiffEntry& entry) {
        const QString sign = entry.change == engine::Change::Added ? QStringLiteral("+") : entry.change == engine::Change::Removed ? QStringLiteral("-") : QStringLiteral("M");
        if (c.json) {
            c.emitJson(QJsonObject{{QStringLiteral("type"), QStringLiteral("change")},
                                   {QStringLiteral("change"), entry.change == engine::Change::Added ? QStringLiteral("added")
                                                                : entry.change == engine::Change::Removed ? QStringLiteral("removed") : QStringLiteral("modified")},
                                   {QStringLiteral("path"), entry.path},
                                   {QStringLiteral("nodeType"), nodeTypeName(entry.type)},
                                   {QStringLiteral("oldSize"), static_cast<qint64>(entry.oldBytes)},
                                   {QStringLiteral("newSize"), static_cast<qint64>(entry.newBytes)}});
        } else {
            c.out() << QStringLiteral("%1  %2").arg(sign, printable(entry.path))
                    << (entry.change == engine::Change::Modified
                            ? QStringLiteral("  (%1 → %2)").arg(readable::bytes(static_cast<double>(entry.oldBytes)), readable::bytes(static_cast<double>(entry.newBytes)))
                            : QString())
                    << '\n';
        }
    });
    if (!summary)
        return c.error(summary.error());
    if (c.json) {
        c.result(QJsonObject{{QStringLiteral("added"), static_cast<qint64>(summary->added)}, {QStringLiteral("removed"), static_cast<qint64>(summary->removed)},
                             {QStringLiteral("modified"), static_cast<qint64>(summary->modified)},
                             {QStringLiteral("bytesAdded"), static_cast<qint64>(summary->bytesAdded)},
                             {QStringLiteral("bytesRemoved"), static_cast<qint64>(summary->bytesRemoved)}});
    } else {
        c.out() << RepoCommand::tr("%1 added, %2 removed, %3 modified; %4 added, %5 removed.")
                       .arg(summary->added)
                       .arg(summary->removed)
                       .arg(summary->modified)
                       .arg(readable::bytes(static_cast<double>(summary->bytesAdded)), readable::bytes(static_cast<double>(summary->bytesRemoved)))
                << '\n';
    }
    return kExitOk;
}

int reportDryRun(Context& c, const repo::Snapshot& snapshot, const QString& target, const engine::RestoreResult& result)
{
    const bool identical = result.filesMissing == 0 && result.filesDifferent == 0 && result.failures.isEmpty();
    if (c.json) {
        c.result(QJsonObject{{QStringLiteral("snapshot"), snapshot.id},
                             {QStringLiteral("target"), target},
                             {QStringLiteral("dryRun"), true},
                             {QStringLiteral("identical"), identical},
                             {QStringLiteral("filesAlreadyCorrect"), static_cast<qint64>(result.filesAlreadyCorrect)},
                             {QStringLiteral("filesMissing"), static_cast<qint64>(result.filesMissing)},
                             {QStringLiteral("filesDifferent"), static_cast<qint64>(result.filesDifferent)},
                             {QStringLiteral("bytesToWrite"), static_cast<qint64>(result.bytesToWrite)},
                             {QStringLiteral("differences"), QJsonArray::fromStringList(result.differences)},
                             {QStringLiteral("failures"), QJsonArray::fromStringList(result.failures)}});
    } else {
        for (const QString& path : result.differences)
            c.out() << QStringLiteral("  ") << path << '\n';
        c.out() << RepoCommand::tr("Compared %1 with snapshot %2: %3 files identical (re-hashed), %4 missing, %5 different; a restore would write %6.")
                       .arg(target, snapshot.shortId())
                       .arg(result.filesAlreadyCorrect)
                       .arg(result.filesMissing)
                       .arg(result.filesDifferent)
                       .arg(readable::bytes(static_cast<double>(result.bytesToWrite)))
                << '\n';
    }
    if (!result.failures.isEmpty())
        return kExitDamaged;
    return identical ? kExitOk : kExitWarnings;
}

int runRestore(const QStringList& arguments, Streams streams)
{
    Context c(QStringLiteral("restore"), streams);
    c.addCommonOptions();
    c.parser.addOption({QStringLiteral("target"), RepoCommand::tr("Restore into this existing directory."), RepoCommand::tr("DIR")});
    c.parser.addOption({QStringLiteral("include"), RepoCommand::tr("Restore only paths matching GLOB (repeatable)."), RepoCommand::tr("GLOB")});
    c.parser.addOption({QStringLiteral("conflict"), RepoCommand::tr("When a different file exists: skip (default), overwrite or rename."), RepoCommand::tr("POLICY"),
                        QStringLiteral("skip")});
    c.addRateLimitOption();
    c.parser.addOption({QStringLiteral("dry-run"), RepoCommand::tr("Write nothing: compare the target with the snapshot (every existing file re-hashed) "
                                                                   "and report what a restore would write.")});
    if (!c.parse(arguments))
        return kExitInvalid;
    const QStringList positional = c.parser.positionalArguments();
    const QString target = c.parser.value(QStringLiteral("target"));
    if (positional.size() != 1 || target.isEmpty())
        return c.error(Error{Error::Code::Invalid, RepoCommand::tr("Usage: lifeboat-cli repo restore --repo DIR SNAPSHOT --target DIR [--include GLOB]")});
    engine::RestoreOptions options;
    options.target = target;
    options.includes = c.parser.values(QStringLiteral("include"));
    options.dryRun = c.parser.isSet(QStringLiteral("dry-run"));
    const auto rate = c.rateLimit();
    if (!rate)
        return c.error(rate.error());
    options.bytesPerSecondLimit = rate.value();
    options.threads = c.threads();
    const QString policy = c.parser.value(QStringLiteral("conflict"));
    if (policy == QLatin1String("skip"))
        options.conflict = engine::ConflictPolicy::Skip;
    else if (policy == QLatin1String("overwrite"))
        options.conflict = engine::ConflictPolicy::Overwrite;
    else if (policy == QLatin1String("rename"))
        options.conflict = engine::ConflictPolicy::Rename;
    else
        return c.error(Error{Error::Code::Invalid, RepoCommand::tr("--conflict must be skip, overwrite or rename (got \"%1\").").arg(policy)});
    auto repository = c.openRepository();
    if (!repository)
        return c.error(repository.error());
    InterruptScope interrupt;
    auto keeper = c.lock(*repository.value(), repo::LockKind::Shared, interrupt.token());
    if (!keeper)
        return c.error(keeper.error());
    auto snapshot = repository.value()->findSnapshot(positional.first(), &c.damagedSnapshots());
    if (!snapshot)
        return c.error(snapshot.error());
    if (!options.dryRun && !QDir().mkpath(target))
        return c.error(Error{Error::Code::Io, RepoCommand::tr("The target directory %1 cannot be created.").arg(target)});
    auto result = engine::Restore::run(*repository.value(), snapshot.value(), options, c.progressSink(), interrupt.token());
    c.endProgressLine();
    if (!result)
        return c.error(Context::failure(result.error(), keeper->get()));
    for (const QString& warning : result->warnings)
        c.err() << RepoCommand::tr("warning: %1").arg(warning) << '\n';
    for (const QString& failure : result->failures)
        c.err() << RepoCommand::tr("error: %1").arg(failure) << '\n';
    if (options.dryRun)
        return reportDryRun(c, snapshot.value(), target, result.value());
    if (c.json) {
        c.result(QJsonObject{{QStringLiteral("snapshot"), snapshot->id},
                             {QStringLiteral("target"), target},
                             {QStringLiteral("filesWritten"), static_cast<qint64>(result->filesWritten)},
                             {QStringLiteral("filesAlreadyCorrect"), static_cast<qint64>(result->filesAlreadyCorrect)},
                             {QStringLiteral("filesInConflict"), static_cast<qint64>(result->filesInConflict)},
                             {QStringLiteral("bytesWritten"), static_cast<qint64>(result->bytesWritten)},
                             {QStringLiteral("directories"), static_cast<qint64>(result->directories)},
                             {QStringLiteral("symlinks"), static_cast<qint64>(result->symlinks)},
                             {QStringLiteral("hardLinks"), static_cast<qint64>(result->hardLinks)},
                             {QStringLiteral("failures"), QJsonArray::fromStringList(result->failures)},
                             {QStringLiteral("warnings"), QJsonArray::fromStringList(result->warnings)}});
    } else {
        c.out() << RepoCommand::tr("Restored snapshot %1 into %2: %3 files written (%4, every chunk checked), %5 already correct, %6 in conflict (%7), %8 failed.")
                       .arg(snapshot->shortId(), target)
                       .arg(result->filesWritten)
                       .arg(readable::bytes(static_cast<double>(result->bytesWritten)))
                       .arg(result->filesAlreadyCorrect)
                       .arg(result->filesInConflict)
                       .arg(policy)
                       .arg(result->failures.size())
                << '\n';
    }
    return result->failures.isEmpty() ? kExitOk : kExitDamaged;
}

int runVerify(const QStringList& arguments, Streams streams)
{
    Context c(QStringLiteral("verify"), streams);
    c.addCommonOptions();
    c.parser.addOption({QStringLiteral("read-data"), RepoCommand::tr("Read every pack and re-hash every blob.")});
    c.parser.addOption({QStringLiteral("read-data-subset"), RepoCommand::tr("Read a random PERCENT of the packs (e.g. 10%)."), RepoCommand::tr("PERCENT")});
    c.parser.addOption({QStringLiteral("snapshot"), RepoCommand::tr("Check the trees of this snapshot only (the packs are checked all the same)."),
                        RepoCommand::tr("SNAPSHOT")});
    if (!c.parse(arguments))
        return kExitInvalid;
    engine::VerifyOptions options;
    options.readData = c.parser.isSet(QStringLiteral("read-data"));
    options.threads = c.threads();
    if (c.parser.isSet(QStringLiteral("read-data-subset"))) {
        QString text = c.parser.value(QStringLiteral("read-data-subset"));
        if (text.endsWith(QLatin1Char('%')))
            text.chop(1);
        bool ok = false;
        options.readDataPercent = text.toDouble(&ok);
        if (!ok || options.readDataPercent <= 0 || options.readDataPercent > 100)
            return c.error(Error{Error::Code::Invalid, RepoCommand::tr("--read-data-subset must be a percentage above 0 and at most 100.")});
    }
    auto repository = c.openRepository();
    if (!repository)
        return c.error(repository.error());
    InterruptScope interrupt;
    auto keeper = c.lock(*repository.value(), repo::LockKind::Shared, interrupt.token());
    if (!keeper)
        return c.error(keeper.error());
    if (c.parser.isSet(QStringLiteral("snapshot"))) {
        // Another snapshot file being unreadable must not stop checking this one (it is
        // reported by a full verify).
        QStringList unreadable;
        auto only = repository.value()->findSnapshot(c.parser.value(QStringLiteral("snapshot")), &unreadable);
        if (!only)
            return c.error(only.error());
        options.onlySnapshot = only->id;
    }
    auto result = engine::Verify::run(*repository.value(), options, c.progressSink(), interrupt.token());
    c.endProgressLine();
    if (!result)
        return c.error(Context::failure(result.error(), keeper->get()));
    if (c.json) {
        c.result(QJsonObject{{QStringLiteral("clean"), result->clean()},
                             {QStringLiteral("snapshots"), static_cast<qint64>(result->snapshots)},
                             {QStringLiteral("trees"), static_cast<qint64>(result->trees)},
                             {QStringLiteral("packs"), static_cast<qint64>(result->packs)},
                             {QStringLiteral("packsRead"), static_cast<qint64>(result->packsRead)},
                             {QStringLiteral("blobsRead"), static_cast<qint64>(result->blobsRead)},
                             {QStringLiteral("bytesRead"), static_cast<qint64>(result->bytesRead)},
                             {QStringLiteral("errors"), QJsonArray::fromStringList(result->errors)},
                             {QStringLiteral("affected"), QJsonArray::fromStringList(result->affected)},
                             {QStringLiteral("damagedSnapshots"), QJsonArray::fromStringList(result->damagedSnapshots)},
                             {QStringLiteral("notes"), QJsonArray::fromStringList(result->notes)}});
    } else {
        for (const QString& error : result->errors)
            c.out() << RepoCommand::tr("damage: %1").arg(error) << '\n';
        if (!result->affected.isEmpty()) {
            c.out() << RepoCommand::tr("These cannot be restored intact:") << '\n';
            for (const QString& affected : result->affected)
                c.out() << QStringLiteral("  ") << affected << '\n';
        }
        for (const QString& note : result->notes)
            c.out() << RepoCommand::tr("note: %1").arg(note) << '\n';
        const QString checked = RepoCommand::tr("%1 snapshots, %2 trees, %3 packs checked; %4 packs (%5) read and re-hashed.")
                                    .arg(result->snapshots)
                                    .arg(result->trees)
                                    .arg(result->packs)
                                    .arg(result->packsRead)
                                    .arg(readable::bytes(static_cast<double>(result->bytesRead)));
        c.out() << (result->clean() ? RepoCommand::tr("No damage found: %1").arg(checked)
                                    : RepoCommand::tr("DAMAGE FOUND: %n problem(s). %1", nullptr, static_cast<int>(result->errors.size())).arg(checked))
                << '\n';
    }
    return result->clean() ? kExitOk : kExitDamaged;
}

int runStats(const QStringList& arguments, Streams streams)
{
    Context c(QStringLiteral("stats"), streams);
    c.addCommonOptions();
    if (!c.parse(arguments))
        return kExitInvalid;
    auto repository = c.openRepository();
    if (!repository)
        return c.error(repository.error());
    std::optional<repo::Snapshot> snapshot;
    if (!c.parser.positionalArguments().isEmpty()) {
        auto found = repository.value()->findSnapshot(c.parser.positionalArguments().first(), &c.damagedSnapshots());
        if (!found)
            return c.error(found.error());
        snapshot = found.value();
    }
    auto stats = engine::Browse::stats(*repository.value(), snapshot);
    if (!stats)
        return c.error(stats.error());
    if (c.json) {
        c.result(QJsonObject{{QStringLiteral("snapshots"), static_cast<qint64>(stats->snapshots)},
                             {QStringLiteral("files"), static_cast<qint64>(stats->files)},
                             {QStringLiteral("logicalBytes"), static_cast<qint64>(stats->logicalBytes)},
                             {QStringLiteral("uniqueBytes"), static_cast<qint64>(stats->uniqueBytes)},
                             {QStringLiteral("storedBytes"), static_cast<qint64>(stats->storedBytes)},
                             {QStringLiteral("blobs"), static_cast<qint64>(stats->blobs)},
                             {QStringLiteral("packs"), static_cast<qint64>(stats->packs)},
                             {QStringLiteral("deduplicationRatio"), stats->deduplicationRatio()},
                             {QStringLiteral("compressionRatio"), stats->compressionRatio()},
                             {QStringLiteral("indexMemoryBytes"), static_cast<qint64>(stats->indexMemoryBytes)}});
    } else {
        c.out() << RepoCommand::tr("Snapshots: %L1\nFiles: %L2\nLogical size: %3\nUnique data (uncompressed): %4\nStored: %5 in %L6 packs\n"
                                   "Deduplication: %L7×   Compression: %L8×\nIndex in memory: %9")
                       .arg(stats->snapshots)
                       .arg(stats->files)
                       .arg(readable::bytes(static_cast<double>(stats->logicalBytes)), readable::bytes(static_cast<double>(stats->uniqueBytes)),
                            readable::bytes(static_cast<double>(stats->storedBytes)))
                       .arg(stats->packs)
                       .arg(stats->deduplicationRatio(), 0, 'f', 2)
                       .arg(stats->compressionRatio(), 0, 'f', 3)
                       .arg(readable::bytes(static_cast<double>(stats->indexMemoryBytes)))
                << '\n';
    }
    return kExitOk;
}

int runKey(const QStringList& arguments, Streams streams)
{
    Context c(QStringLiteral("key"), streams);
    c.addCommonOptions();
    c.parser.addOption({QStringLiteral("new-password-file"), RepoCommand::tr("Read the new passphrase from FILE."), RepoCommand::tr("FILE")});
    c.parser.addOption({QStringLiteral("scrypt-n"), RepoCommand::tr("scrypt cost N for a new key."), RepoCommand::tr("N"), QStringLiteral("65536")});
    if (!c.parse(arguments))
        return kExitInvalid;
    const QStringList positional = c.parser.positionalArguments();
    const QString action = positional.value(0);
    if (action != QLatin1String("list") && action != QLatin1String("add") && action != QLatin1String("remove") && action != QLatin1String("passwd"))
        return c.error(Error{Error::Code::Invalid, RepoCommand::tr("Usage: lifeboat-cli repo key list|add|remove ID|passwd --repo DIR")});
    auto repository = c.openRepository();
    if (!repository)
        return c.error(repository.error());
    repo::Repository& r = *repository.value();
    if (action == QLatin1String("list")) {
        auto keys = r.keys();
        if (!keys)
            return c.error(keys.error());
        QJsonArray list;
        for (const repo::KeyFile& key : keys.value()) {
            const bool current = key.id == r.currentKeyId();
            if (c.json)
                list.append(QJsonObject{{QStringLiteral("id"), key.id}, {QStringLiteral("current"), current}, {QStringLiteral("created"), key.created.toString(Qt::ISODate)},
                                        {QStringLiteral("hostname"), key.hostname}, {QStringLiteral("username"), key.username}});
            else
                c.out() << QStringLiteral("%1 %2  %3  %4@%5\n").arg(current ? QStringLiteral("*") : QStringLiteral(" "), key.id.left(8),
                                                                     key.created.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")), key.username, key.hostname);
        }
        if (c.json)
            c.result(QJsonObject{{QStringLiteral("keys"), list}});
        return kExitOk;
    }
    if (action == QLatin1String("remove")) {
        if (positional.size() != 2)
            return c.error(Error{Error::Code::Invalid, RepoCommand::tr("Which key? Usage: lifeboat-cli repo key remove ID")});
        if (auto removed = r.removeKey(positional.at(1)); !removed)
            return c.error(removed.error());
        if (c.json)
            c.result(QJsonObject{{QStringLiteral("removed"), positional.at(1)}});
        else
            c.out() << RepoCommand::tr("Key %1 removed.").arg(positional.at(1)) << '\n';
        return kExitOk;
    }
    // add, passwd: a new key; passwd also removes the one used to open.
    QByteArray secret;
    const QString newFile = c.parser.value(QStringLiteral("new-password-file"));
    if (auto sent = RequestSecrets::newPassword()) {
        secret = *sent;
    } else if (!newFile.isEmpty()) {
        QFile f(newFile);
        if (!f.open(QIODevice::ReadOnly))
            return c.error(Error{Error::Code::Unreadable, RepoCommand::tr("The password file %1 cannot be read: %2").arg(newFile, f.errorString())});
        secret = f.read(4096);
        while (secret.endsWith('\n') || secret.endsWith('\r'))
            secret.chop(1);
    } else {
        auto first = RequestSecrets::ask(RepoCommand::tr("New passphrase: "), "new-password");
        if (!first)
            return c.error(first.error());
        auto second = RequestSecrets::ask(RepoCommand::tr("Enter it again: "), "new-password");
        if (!second)
            return c.error(second.error());
        if (first.value() != second.value())
            return c.error(Error{Error::Code::Invalid, RepoCommand::tr("The two passphrases differ; nothing was changed.")});
        secret = first.value();
    }
    repo::ScryptParams params;
    bool ok = false;
    params.n = c.parser.value(QStringLiteral("scrypt-n")).toULongLong(&ok);
    if (!ok || !params.valid())
        return c.error(Error{Error::Code::Invalid, RepoCommand::tr("--scrypt-n must be a power of two from 1024 to 4194304.")});
    const QString oldKey = r.currentKeyId();
    auto added = r.addKey(secret, params);
    if (!added)
        return c.error(added.error());
    if (action == QLatin1String("passwd")) {
        // The new key is durable before the old one goes: a crash in between leaves both.
        if (auto removed = r.storage().remove(QStringLiteral("keys/") + oldKey); !removed)
            return c.error(removed.error());
    }
    if (c.json)
        c.result(QJsonObject{{QStringLiteral("added"), added.value()}, {QStringLiteral("removed"), action == QLatin1String("passwd") ? oldKey : QString()}});
    else
        c.out() << (action == QLatin1String("passwd") ? RepoCommand::tr("Passphrase changed: key %1 replaces key %2.").arg(added->left(8), oldKey.left(8))
                                                       : RepoCommand::tr("Key %1 added.").arg(added->left(8)))
                << '\n';
    return kExitOk;
}

} // namespace

QString RepoCommand::helpText()
{
    return tr("  repo init --repo DIR [--insecure-no-encryption] [--compression-level N]\n"
              "  repo backup --repo DIR PATH... [--exclude GLOB] [--one-file-system] [--tag T] [--host H] [--force]\n"
              "  repo snapshots --repo DIR [--host H] [--tag T] [--path P]\n"
              "  repo ls --repo DIR SNAPSHOT [PATH]\n"
              "  repo diff --repo DIR SNAPSHOT1 SNAPSHOT2\n"
              "  repo restore --repo DIR SNAPSHOT --target DIR [--include GLOB] [--conflict skip|overwrite|rename] [--limit-rate RATE] [--dry-run]\n"
              "  repo verify --repo DIR [--read-data | --read-data-subset N%] [--snapshot ID]\n"
              "  repo stats --repo DIR [SNAPSHOT]\n"
              "  repo key list|add|remove ID|passwd --repo DIR\n"
              "  repo forget --repo DIR --keep-last N|--keep-daily N|… [--keep-within D] [--keep-tag T] [--dry-run] [--allow-empty] [--prune]\n"
              "  repo prune --repo DIR [--repack-threshold PERCENT] [--grace DURATION] [--dry-run]\n"
              "  repo repair --repo DIR [--apply]\n"
              "  repo unlock --repo DIR [--remove-all]\n"
              "  repo copy --from-repo SOURCE --repo DESTINATION [SNAPSHOT...]\n"
              "  repo drill --repo DIR --dataset NAME --target DIR [--sample SHARE] [--host H] [--keep]\n"
              "    A repository is a directory or sftp://[user@]host[:port]/path (--ssh-identity,\n"
              "    --known-hosts, --accept-host-key SHA256:…, --ssh-config; the first two default to\n"
              "    $LIFEBOAT_SSH_IDENTITY and $LIFEBOAT_KNOWN_HOSTS).\n"
              "    The repository may also come from $LIFEBOAT_REPOSITORY, the passphrase from\n"
              "    $LIFEBOAT_PASSWORD or --password-file FILE; otherwise it is asked for without echo.\n"
              "    SNAPSHOT is an id, a unique prefix of one, or \"latest\". Add --json for JSON lines.\n");
}

int RepoCommand::execute(const QStringList& arguments, Streams streams)
{
    const QString verb = arguments.value(0);
    const QStringList rest = arguments.mid(1);
    if (verb == QLatin1String("init"))
        return runInit(rest, streams);
    if (verb == QLatin1String("backup"))
        return runBackup(rest, streams);
    if (verb == QLatin1String("snapshots"))
        return runSnapshots(rest, streams);
    if (verb == QLatin1String("ls"))
        return runLs(rest, streams);
    if (verb == QLatin1String("diff"))
        return runDiff(rest, streams);
    if (verb == QLatin1String("restore"))
        return runRestore(rest, streams);
    if (verb == QLatin1String("verify"))
        return runVerify(rest, streams);
    if (verb == QLatin1String("stats"))
        return runStats(rest, streams);
    if (verb == QLatin1String("key"))
        return runKey(rest, streams);
    if (verb == QLatin1String("forget"))
        return runForget(rest, streams);
    if (verb == QLatin1String("prune"))
        return runPrune(rest, streams);
    if (verb == QLatin1String("repair"))
        return runRepair(rest, streams);
    if (verb == QLatin1String("unlock"))
        return runUnlock(rest, streams);
    if (verb == QLatin1String("copy"))
        return runCopy(rest, streams);
    if (verb == QLatin1String("drill"))
        return runDrill(rest, streams);
    streams.err << tr("lifeboat-cli: unknown repo command \"%1\". The repo commands are:").arg(verb) << '\n' << helpText();
    return kExitInvalid;
}

} // namespace lifeboat::cli
