// SPDX-License-Identifier: GPL-3.0-or-later
#include "Drill.h"

#include "Browse.h"
#include "Restore.h"

#include "core/platform/FileSystem.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>

#include <algorithm>

namespace lifeboat::engine {
namespace {

// Where in the drill order a file comes: a hash of the snapshot id and the path, so the
// order is stable for one snapshot and unrelated between snapshots.
quint64 drawOf(const QString& snapshotId, const QString& path)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(snapshotId.toUtf8());
    hash.addData(QByteArrayView("\0", 1));
    hash.addData(path.toUtf8());
    const QByteArray digest = hash.result();
    quint64 draw = 0;
    for (int i = 0; i < 8; ++i)
        draw = (draw << 8) | static_cast<quint8>(digest[i]);
    return draw;
}

} // namespace

Result<QSet<QString>> Drill::sample(repo::Repository& repository, const repo::Snapshot& snapshot, double share, std::uint64_t* files, std::uint64_t* bytes)
{
    struct Candidate {
        quint64 draw;
        QString path;
        std::uint64_t bytes;
    };
    std::vector<Candidate> candidates;
    std::uint64_t total = 0;
    const Status listed = Browse::list(repository, snapshot, QString(), [&](const ListedEntry& e) {
        if (e.node.type != repo::NodeType::File)
            return;
        const QString path = e.path.mid(1);   // Browse paths start at '/', restore paths do not
        candidates.push_back({drawOf(snapshot.id, path), path, e.node.sizeBytes});
        total += e.node.sizeBytes;
    });
    if (!listed)
        return Error{listed.error().code, tr("The files of snapshot %1 cannot be listed: %2").arg(snapshot.shortId(), listed.error().message)};
    if (files)
        *files = candidates.size();
    if (bytes)
        *bytes = total;
    std::sort(candidates.begin(), candidates.end(), [](const Candidate& a, const Candidate& b) { return a.draw < b.draw; });
    // In draw order, the files that still fit within the share; then, if that falls short,
    // the next drawn ones until it is reached. So a sample is at least the share and
    // overshoots by less than one file, and one huge file does not turn a 10% drill
    // into a full restore unless nothing smaller can make up the share.
    QSet<QString> chosen;
    const double wanted = share * static_cast<double>(total);
    double taken = 0;
    for (const Candidate& c : candidates) {
        if (taken + static_cast<double>(c.bytes) <= wanted) {
            chosen.insert(c.path);
            taken += static_cast<double>(c.bytes);
        }
    }
    for (const Candidate& c : candidates) {
        if (taken >= wanted && !chosen.isEmpty())
            break;
        if (chosen.contains(c.path))
            continue;
        chosen.insert(c.path);
        taken += static_cast<double>(c.bytes);
    }
    return chosen;
}

Status Drill::removeFolder(const QString& folder)
{
    // A restored directory may be read-only (its snapshot said so); its entries could not
    // be removed. Only real directories are touched: a symlink is an entry like a file.
    QDirIterator dirs(folder, QDir::Dirs | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    QFile::setPermissions(folder, QFile::permissions(folder) | QFileDevice::WriteOwner | QFileDevice::ReadOwner | QFileDevice::ExeOwner);
    while (dirs.hasNext()) {
        const QString dir = dirs.next();
        const QFileInfo info(dir);
        if (info.isDir() && !info.isSymLink())
            QFile::setPermissions(dir, info.permissions() | QFileDevice::WriteOwner | QFileDevice::ReadOwner | QFileDevice::ExeOwner);
    }
    if (!QDir(folder).removeRecursively())
        return Error{Error::Code::Io, tr("The drill folder %1 could not be removed completely; remove it by hand.").arg(folder)};
    return success();
}

Result<DrillResult> Drill::run(repo::Repository& repository, const QList<repo::Snapshot>& snapshots, const DrillOptions& options, const ProgressSink& progress,
                               const CancelToken* cancel)
{
    if (snapshots.isEmpty())
        return Error{Error::Code::NotFound, tr("There is no snapshot to drill.")};
    if (!(options.sample > 0) || options.sample > 1)
        return Error{Error::Code::Invalid, tr("A drill's sample is more than 0% and at most 100% of the snapshot.")};
    if (!QDir().mkpath(options.scratch))
        return Error{Error::Code::Io, tr("The scratch directory %1 cannot be created.").arg(options.scratch)};
    // A new folder every time: a drill never restores over anything, so it never removes
    // anything it did not write.
    const QString stamp = QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    const QString base = QDir(options.scratch).filePath(QStringLiteral("lifeboat-drill-%1-%2").arg(stamp).arg(platform::FileSystem::processId()));
    if (!QDir().mkdir(base))
        return Error{Error::Code::Io, tr("The drill folder %1 cannot be created (it may exist already).").arg(base)};

    DrillResult result;
    result.folder = base;
    const auto finish = [&](DrillResult& r) {
        if (options.keep)
            return;
        const Status removed = removeFolder(base);
        r.removed = removed.ok();
        if (!removed)
            r.removeError = removed.error().message;
    };
    for (const repo::Snapshot& snapshot : snapshots) {
        std::uint64_t files = 0;
        std::uint64_t bytes = 0;
        auto chosen = sample(repository, snapshot, options.sample, &files, &bytes);
        if (!chosen) {
            finish(result);
            return chosen.error();
        }
        result.snapshots << snapshot.id;
        result.filesInSnapshots += files;
        result.bytesInSnapshots += bytes;
        const QString target = QDir(base).filePath(snapshot.shortId());
        if (!QDir().mkdir(target)) {
            finish(result);
            return Error{Error::Code::Io, tr("The drill folder %1 cannot be created.").arg(target)};
        }
        RestoreOptions restore;
        restore.target = target;
        // A full drill restores everything, directories and links too; a sample its files.
        if (options.sample < 1)
            restore.paths = chosen.value();
        restore.bytesPerSecondLimit = options.bytesPerSecondLimit;
        restore.threads = options.threads;
        QElapsedTimer clock;
        clock.start();
        auto restored = Restore::run(repository, snapshot, restore, progress, cancel);
        result.restoreSeconds += static_cast<double>(clock.nsecsElapsed()) / 1e9;
        if (!restored) {
            finish(result);
            return Error{restored.error().code, tr("The drill's restore of snapshot %1 failed: %2").arg(snapshot.shortId(), restored.error().message)};
        }
        result.filesRestored += restored->filesWritten;
        result.bytesRestored += restored->bytesWritten;
        result.failures << restored->failures;

        // The proof: every restored file read back and each chunk re-hashed.
        restore.dryRun = true;
        auto checked = Restore::run(repository, snapshot, restore, progress, cancel);
        if (!checked) {
            finish(result);
            return Error{checked.error().code, tr("The drill's check of snapshot %1 failed: %2").arg(snapshot.shortId(), checked.error().message)};
        }
        result.filesChecked += checked->filesAlreadyCorrect;
        result.differences << checked->differences;
        result.failures << checked->failures;
        if (checked->filesMissing + checked->filesDifferent > 0 && checked->differences.isEmpty())
            result.differences << tr("%1 files of snapshot %2 differ after the restore").arg(checked->filesMissing + checked->filesDifferent).arg(snapshot.shortId());
    }
    result.identical = result.differences.isEmpty() && result.failures.isEmpty();
    result.bytesPerSecond = result.restoreSeconds > 0 ? static_cast<double>(result.bytesRestored) / result.restoreSeconds : 0;
    finish(result);
    return result;
}

} // namespace lifeboat::engine
