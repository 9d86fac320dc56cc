// SPDX-License-Identifier: GPL-3.0-or-later
#include "Restore.h"

#include "BoundedQueue.h"
#include "Glob.h"
#include "core/platform/FileSystem.h"
#include "core/platform/SafeDirectory.h"

#include <QMap>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <functional>
#include <cstring>
#include <map>
#include <mutex>
#include <thread>

namespace lifeboat::engine {

using platform::FileSystem;
using platform::FileType;
using platform::SafeDirectory;
using repo::ContentId;
using repo::NodeType;
using repo::TreeNode;

namespace {

constexpr int kMaxDepth = repo::TreeFormat::kMaxDepth;
constexpr qsizetype kMaxListedDifferences = 100;

enum class ActionKind : std::uint8_t { Invalid = 0, Directory, File, Symlink, HardLink };

struct Action {
    ActionKind kind = ActionKind::Invalid;
    QByteArrayList parent;             // components from the target to the containing directory
    TreeNode node;
    QByteArrayList linkSource;         // hard links: the first name of the file (parent + name)
};

QString displayOf(const QByteArrayList& parent, const QByteArray& name)
{
    QByteArrayList all = parent;
    all.append(name);
    return FileSystem::decodeName(all.join('/'));
}

bool isAllZero(const QByteArray& data)
{
    return data.isEmpty() || (data.at(0) == 0 && std::memcmp(data.constData(), data.constData() + 1, static_cast<std::size_t>(data.size() - 1)) == 0);
}

// A directory of the target, held open, and whether this restore created it (then it is
// known to be empty, and its files need no conflict checks). `plainGroup`: new files in it
// get our own group (it has no setgid bit, which it may inherit from its parent).
struct OpenDirectory {
    std::shared_ptr<SafeDirectory> dir;
    bool fresh = false;
    bool plainGroup = false;
};

class RestoreRun {
    Q_DECLARE_TR_FUNCTIONS(Restore)
public:
    RestoreRun(repo::Repository& repository, const repo::Snapshot& snapshot, const RestoreOptions& options, const ProgressSink& progress,
               const CancelToken* cancel)
        : m_repository(repository), m_snapshot(snapshot), m_options(options), m_includes(options.includes), m_reporter(progress, Phase::Restoring),
          m_cancel(cancel), m_asRoot(FileSystem::runningAsRoot()), m_ownUid(FileSystem::effectiveUserId()), m_ownGid(FileSystem::effectiveGroupId()),
          m_umask(FileSystem::fileCreationMask())
    {
    }

    Result<RestoreResult> run();

private:
    bool cancelled() const { return m_cancel && m_cancel->cancelled(); }
    Status plan(const ContentId& tree, const QByteArrayList& parent, bool included, int depth);
    Result<OpenDirectory> directoryFor(const QByteArrayList& components, bool create);
    void restoreFile(const OpenDirectory& dir, const Action& action);
    void countForDryRun(const QString& display, std::uint64_t bytes, bool missing, bool wouldWrite);
    // Holds the calling worker back until `bytes` more fit under the rate limit.
    void throttle(std::uint64_t bytes);
    Result<bool> alreadyCorrect(const SafeDirectory& dir, const QByteArray& name, const TreeNode& node);
    Status writeFile(const SafeDirectory& dir, const QByteArray& name, const TreeNode& node, const QString& display, bool fresh, bool plainGroup);
    // The name to restore `name` under given the conflict policy, or empty to leave it.
    Result<QByteArray> resolveConflict(const SafeDirectory& dir, const QByteArray& name, const QString& display);
    // Where a link goes when its name may be taken: the name to create it under (the
    // existing entry removed when overwriting), or empty when nothing is to be done (it is
    // already right, or the conflict policy leaves it; counted here).
    Result<QByteArray> placeLink(const SafeDirectory& dir, const QByteArray& name, const QString& display,
                                 const std::function<bool(const platform::FileStat&)>& alreadyRight);
    void restoreHardLink(const Action& action);
    void restoreSymlink(const Action& action);
    void applyDirectoryMetadata(const Action& action);
    void fail(const QString& message);
    void warn(const QString& message);

    repo::Repository& m_repository;
    const repo::Snapshot& m_snapshot;
    const RestoreOptions& m_options;
    GlobSet m_includes;
    ProgressReporter m_reporter;
    const CancelToken* m_cancel;
    const bool m_asRoot;
    const std::uint32_t m_ownUid;
    const std::uint32_t m_ownGid;
    const std::uint32_t m_umask;

    std::vector<Action> m_actions;
    std::map<std::pair<std::uint64_t, std::uint64_t>, QByteArrayList> m_firstLinkNames;
    std::optional<SafeDirectory> m_root;
    std::vector<std::pair<QByteArray, OpenDirectory>> m_openPath;

    std::mutex m_mutex;                // guards m_result and m_reporter from the workers
    RestoreResult m_result;

    std::mutex m_rateMutex;
    std::chrono::steady_clock::time_point m_rateStart = std::chrono::steady_clock::now();
    std::uint64_t m_rateBytes = 0;
};

void RestoreRun::throttle(std::uint64_t bytes)
{
    if (m_options.bytesPerSecondLimit <= 0)
        return;
    std::chrono::steady_clock::time_point due;
    {
        std::lock_guard lock(m_rateMutex);
        m_rateBytes += bytes;
        due = m_rateStart + std::chrono::duration_cast<std::chrono::steady_clock::duration>(
                                std::chrono::duration<double>(static_cast<double>(m_rateBytes) / m_options.bytesPerSecondLimit));
    }
    // In short steps, so a cancel is seen within a tenth of a second.
    while (!cancelled() && std::chrono::steady_clock::now() < due)
        std::this_thread::sleep_for(std::min<std::chrono::steady_clock::duration>(due - std::chrono::steady_clock::now(), std::chrono::milliseconds(100)));
}

void RestoreRun::fail(const QString& message)
{
    std::lock_guard lock(m_mutex);
    m_result.failures.append(message);
}

void RestoreRun::warn(const QString& message)
{
    std::lock_guard lock(m_mutex);
    if (m_result.warnings.size() < 1000)
        m_result.warnings.append(message);
}

Status RestoreRun::plan(const ContentId& tree, const QByteArrayList& parent, bool included, int depth)
{
    if (depth > kMaxDepth)
        return Error{Error::Code::Corrupt, tr("The snapshot nests directories deeper than %1 levels at %2; refused.").arg(kMaxDepth).arg(FileSystem::decodeName(parent.join('/')))};
    auto nodes = m_repository.loadTree(tree);
    if (!nodes)
        return Error{nodes.error().code, tr("The directory %1 of the snapshot cannot be read: %2").arg(FileSystem::decodeName(parent.join('/')), nodes.error().message)};
    for (TreeNode& node : nodes.value()) {
        QByteArrayList path = parent;
        path.append(node.name);
        const QString shown = FileSystem::decodeName(path.join('/'));
        const bool selected = included || (m_includes.isEmpty() && m_options.paths.isEmpty()) || m_options.paths.contains(shown) || m_includes.matches(shown);
        if (node.type == NodeType::Directory) {
            const std::size_t at = m_actions.size();
            if (selected)
                m_actions.push_back({ActionKind::Directory, parent, node, {}});
            if (auto planned = plan(node.subtree, path, selected, depth + 1); !planned)
                return planned;
            // A directory that was not itself selected is created only for what it contains.
            if (!selected && m_actions.size() > at)
                m_actions.insert(m_actions.begin() + static_cast<std::ptrdiff_t>(at), {ActionKind::Directory, parent, node, {}});
            continue;
        }
        if (!selected)
            continue;
        if (node.type == NodeType::Symlink) {
            // Also when it was a hard link to a symlink: recreated as a symlink, never linked.
            m_actions.push_back({ActionKind::Symlink, parent, node, {}});
            continue;
        }
        if (node.linkCount > 1) {
            auto [it, first] = m_firstLinkNames.try_emplace({node.device, node.inode}, path);
            if (!first) {
                m_actions.push_back({ActionKind::HardLink, parent, node, it->second});
                continue;
            }
        }
        m_actions.push_back({ActionKind::File, parent, std::move(node), {}});
    }
    return success();
}

Result<OpenDirectory> RestoreRun::directoryFor(const QByteArrayList& components, bool create)
{
    std::size_t common = 0;
    while (common < m_openPath.size() && common < static_cast<std::size_t>(components.size()) && m_openPath[common].first == components[static_cast<qsizetype>(common)])
        ++common;
    m_openPath.resize(common);
    for (std::size_t i = common; i < static_cast<std::size_t>(components.size()); ++i) {
        const SafeDirectory& parent = i == 0 ? *m_root : *m_openPath.back().second.dir;
        const QByteArray& name = components[static_cast<qsizetype>(i)];
        bool created = false;
        auto child = create ? parent.openOrCreateChild(name, &created) : parent.openChild(name);
        if (!child) {
            m_openPath.resize(common);
            return child.error();
        }
        bool plainGroup = false;
        if (created) {
            auto st = FileSystem::stat(child->handle(), child->path());
            plainGroup = st && !(st->mode & 02000);
        }
        m_openPath.emplace_back(name, OpenDirectory{std::make_shared<SafeDirectory>(std::move(child.value())), created, plainGroup});
    }
    if (components.isEmpty())
        return OpenDirectory{std::make_shared<SafeDirectory>(*m_root), false, false};
    return m_openPath.back().second;
}

Result<bool> RestoreRun::alreadyCorrect(const SafeDirectory& dir, const QByteArray& name, const TreeNode& node)
{
    auto handle = dir.openFileForRead(name);
    if (!handle)
        return handle.error();
    auto st = FileSystem::stat(handle.value(), dir.childPath(name));
    if (!st)
        return st.error();
    if (st->type != FileType::File || st->sizeBytes != node.sizeBytes)
        return false;
    std::uint64_t offset = 0;
    QByteArray buffer;
    for (const ContentId& id : node.content) {
        const repo::BlobLocation* location = m_repository.index().find(id);
        if (!location)
            return false;
        buffer.resize(location->rawBytes);
        if (!FileSystem::readAt(handle.value(), offset, {reinterpret_cast<std::uint8_t*>(buffer.data()), static_cast<std::size_t>(buffer.size())}, dir.childPath(name)))
            return false;
        if (m_repository.blobId(repo::bytesOf(buffer)) != id)
            return false;
        offset += location->rawBytes;
    }
    return offset == node.sizeBytes;
}

Result<QByteArray> RestoreRun::resolveConflict(const SafeDirectory& dir, const QByteArray& name, const QString& display)
{
    switch (m_options.conflict) {
    case ConflictPolicy::Overwrite:
        return name;
    case ConflictPolicy::Rename:
        for (int attempt = 1; attempt < 1000; ++attempt) {
            QByteArray candidate = name + ".restored-" + m_snapshot.shortId().toLatin1();
            if (attempt > 1)
                candidate += '-' + QByteArray::number(attempt);
            if (candidate.size() > 255)
                break;
            auto st = dir.statChild(candidate);
            if (!st && st.error().code == Error::Code::NotFound)
                return candidate;
        }
        return Error{Error::Code::Exists, tr("%1: no free name to restore beside the existing file.").arg(display)};
    case ConflictPolicy::Skip:
    case ConflictPolicy::Invalid:
        break;
    }
    return QByteArray();
}

Status RestoreRun::writeFile(const SafeDirectory& dir, const QByteArray& name, const TreeNode& node, const QString& display, bool fresh, bool plainGroup)
{
    const QByteArray staging = Restore::stagingName(name);
    // A staging file left by an interrupted run is never trusted: it is written anew. (A
    // directory this run created holds none.)
    if (!fresh) {
        if (auto removed = dir.removeFile(staging); !removed)
            return removed;
    }
    // Created with its final permission bits, so the usual case needs no chmod.
    auto handle = dir.createFile(staging, node.mode & 0777);
    if (!handle)
        return handle.error();
    const QByteArray stagingPath = dir.childPath(staging);
    const auto abandon = [&](const Error& error) {
        handle.value() = platform::FileHandle();
        dir.removeFile(staging);
        return Error{error.code, tr("%1 was not restored: %2").arg(display, error.message)};
    };
    std::uint64_t offset = 0;
    std::uint64_t writtenEnd = 0;
    for (const ContentId& id : node.content) {
        if (cancelled())
            return abandon(Error{Error::Code::Cancelled, tr("cancelled.")});
        const repo::BlobLocation* location = m_repository.index().find(id);
        if (!location || location->type != repo::BlobType::Data)
            return abandon(Error{Error::Code::NotFound, tr("its chunk %1 is missing from the repository.").arg(id.toHex().left(12))});
        auto stored = m_repository.storage().readRange(repo::Repository::packName(m_repository.index().pack(location->pack)), location->offset, location->storedBytes);
        if (!stored)
            return abandon(stored.error());
        // Authenticated, decompressed with the recorded length as the cap, and re-hashed.
        auto plain = m_repository.decodeBlob(id, repo::BlobType::Data, location->codec, location->rawBytes, repo::bytesOf(stored.value()));
        if (!plain)
            return abandon(plain.error());
        // Zeros are left as a hole: sparse files stay sparse.
        if (!isAllZero(plain.value())) {
            if (auto written = FileSystem::writeAt(handle.value(), offset, repo::bytesOf(plain.value()), stagingPath); !written)
                return abandon(written.error());
            writtenEnd = offset + static_cast<std::uint64_t>(plain->size());
        }
        offset += static_cast<std::uint64_t>(plain->size());
        {
            std::lock_guard lock(m_mutex);
            m_result.bytesWritten += static_cast<std::uint64_t>(plain->size());
            m_reporter.add(0, static_cast<std::uint64_t>(plain->size()), display);
        }
        throttle(static_cast<std::uint64_t>(plain->size()));
    }
    if (offset != node.sizeBytes)
        return abandon(Error{Error::Code::Corrupt, tr("its chunks hold %1 bytes but the snapshot records %2.").arg(offset).arg(node.sizeBytes)});
    // A file that ends in a hole (zeros not written) gets its length here.
    if (writtenEnd < node.sizeBytes) {
        if (auto sized = FileSystem::truncate(handle.value(), node.sizeBytes, stagingPath); !sized)
            return abandon(sized.error());
    }
    // A new file belongs to us, and to our group unless its directory is setgid: then a
    // chown would change nothing. Otherwise chown, as root only.
    if (m_asRoot && !(plainGroup && node.uid == m_ownUid && node.gid == m_ownGid)) {
        if (auto owned = FileSystem::setOwner(handle.value(), node.uid, node.gid, stagingPath); !owned)
            warn(owned.error().message);
    }
    // Not root: setuid, setgid and sticky bits are dropped (a restored file must not gain
    // privileges for whoever restored it). chown clears them too, so they are set after it.
    const std::uint32_t mode = m_asRoot ? node.mode : node.mode & 0777;
    if (mode != ((node.mode & 0777) & ~m_umask)) {
        if (auto moded = FileSystem::setMode(handle.value(), mode, stagingPath); !moded)
            return abandon(moded.error());
    }
    if (auto timed = FileSystem::setModificationTime(handle.value(), node.mtimeNs, stagingPath); !timed)
        return abandon(timed.error());
    if (auto closed = handle.value().close(stagingPath); !closed)
        return abandon(closed.error());
    if (auto renamed = dir.renameChild(staging, name); !renamed)
        return abandon(renamed.error());
    return success();
}

void RestoreRun::countForDryRun(const QString& display, std::uint64_t bytes, bool missing, bool wouldWrite)
{
    std::lock_guard lock(m_mutex);
    ++(missing ? m_result.filesMissing : m_result.filesDifferent);
    if (wouldWrite)
        m_result.bytesToWrite += bytes;
    if (m_result.differences.size() < kMaxListedDifferences)
        m_result.differences.append(display);
    m_reporter.add(1, bytes, display);
}

void RestoreRun::restoreFile(const OpenDirectory& target, const Action& action)
{
    const TreeNode& node = action.node;
    const QString display = displayOf(action.parent, node.name);
    const std::shared_ptr<SafeDirectory>& dir = target.dir;
    QByteArray name = node.name;
    if (!dir) {
        // Dry run, and a directory on the way is not in the target.
        countForDryRun(display, node.sizeBytes, true, true);
        return;
    }
    auto existing = target.fresh ? Result<platform::FileStat>(Error{Error::Code::NotFound, QString()}) : dir->statChild(name);
    if (m_options.dryRun) {
        if (!existing && existing.error().code != Error::Code::NotFound) {
            fail(tr("%1 cannot be compared: %2").arg(display, existing.error().message));
            return;
        }
        if (existing) {
            auto same = existing->type == FileType::File ? alreadyCorrect(*dir, name, node) : Result<bool>(false);
            if (!same && same.error().code != Error::Code::NotFound) {
                fail(tr("%1 cannot be compared: %2").arg(display, same.error().message));
                return;
            }
            if (same && same.value()) {
                std::lock_guard lock(m_mutex);
                ++m_result.filesAlreadyCorrect;
                m_reporter.add(1, node.sizeBytes, display);
                return;
            }
        }
        countForDryRun(display, node.sizeBytes, !existing, !existing || m_options.conflict != ConflictPolicy::Skip);
        return;
    }
    if (existing) {
        auto same = existing->type == FileType::File ? alreadyCorrect(*dir, name, node) : Result<bool>(false);
        if (same && same.value()) {
            std::lock_guard lock(m_mutex);
            ++m_result.filesAlreadyCorrect;
            m_reporter.add(1, node.sizeBytes, display);
            return;
        }
        auto resolved = resolveConflict(*dir, name, display);
        if (!resolved) {
            fail(resolved.error().message);
            return;
        }
        std::lock_guard lock(m_mutex);
        ++m_result.filesInConflict;
        if (resolved->isEmpty()) {
            m_reporter.add(1, node.sizeBytes, display);
            return;
        }
        name = resolved.value();
    } else if (existing.error().code != Error::Code::NotFound) {
        fail(tr("%1 was not restored: %2").arg(display, existing.error().message));
        return;
    }
    if (auto written = writeFile(*dir, name, node, display, target.fresh && name == node.name, target.plainGroup); !written) {
        fail(written.error().message);
        return;
    }
    std::lock_guard lock(m_mutex);
    ++m_result.filesWritten;
    m_reporter.add(1, 0, display);
}

Result<QByteArray> RestoreRun::placeLink(const SafeDirectory& dir, const QByteArray& name, const QString& display,
                                         const std::function<bool(const platform::FileStat&)>& alreadyRight)
{
    auto existing = dir.statChild(name);
    if (!existing)
        return existing.error().code == Error::Code::NotFound ? Result<QByteArray>(name) : Result<QByteArray>(existing.error());
    if (alreadyRight(existing.value())) {
        ++m_result.filesAlreadyCorrect;
        return QByteArray();
    }
    auto resolved = resolveConflict(dir, name, display);
    if (!resolved)
        return resolved.error();
    ++m_result.filesInConflict;
    if (!resolved->isEmpty() && resolved.value() == name) {
        if (auto removed = dir.removeFile(name); !removed)
            return removed.error();
    }
    return resolved;
}

void RestoreRun::restoreHardLink(const Action& action)
{
    const QString display = displayOf(action.parent, action.node.name);
    QByteArrayList sourceParent = action.linkSource;
    const QByteArray sourceName = sourceParent.takeLast();
    auto sourceDir = directoryFor(sourceParent, false);
    if (!sourceDir) {
        fail(tr("The hard link %1 was not restored: %2").arg(display, sourceDir.error().message));
        return;
    }
    const std::shared_ptr<SafeDirectory> from = sourceDir->dir;
    auto dir = directoryFor(action.parent, true);
    if (!dir) {
        fail(tr("The hard link %1 was not restored: %2").arg(display, dir.error().message));
        return;
    }
    auto name = placeLink(*dir->dir, action.node.name, display, [&](const platform::FileStat& existing) {
        auto source = from->statChild(sourceName);
        return source && source->inode == existing.inode && source->device == existing.device;
    });
    if (!name) {
        fail(tr("The hard link %1 was not restored: %2").arg(display, name.error().message));
        return;
    }
    if (name->isEmpty())
        return;
    if (auto linked = dir->dir->hardLink(*from, sourceName, name.value()); !linked) {
        fail(tr("The hard link %1 was not restored: %2").arg(display, linked.error().message));
        return;
    }
    ++m_result.hardLinks;
}

void RestoreRun::restoreSymlink(const Action& action)
{
    const QString display = displayOf(action.parent, action.node.name);
    auto dir = directoryFor(action.parent, true);
    if (!dir) {
        fail(tr("The symlink %1 was not restored: %2").arg(display, dir.error().message));
        return;
    }
    const SafeDirectory& directory = *dir->dir;
    auto name = placeLink(directory, action.node.name, display, [&](const platform::FileStat& existing) {
        if (existing.type != FileType::Symlink)
            return false;
        auto target = directory.readSymlink(action.node.name);
        return target && target.value() == action.node.linkTarget;
    });
    if (!name) {
        fail(tr("The symlink %1 was not restored: %2").arg(display, name.error().message));
        return;
    }
    if (name->isEmpty())
        return;
    if (auto created = directory.createSymlink(name.value(), action.node.linkTarget); !created) {
        fail(tr("The symlink %1 was not restored: %2").arg(display, created.error().message));
        return;
    }
    if (auto meta = directory.setSymlinkMetadata(name.value(), action.node.uid, action.node.gid, m_asRoot, action.node.mtimeNs); !meta)
        warn(meta.error().message);
    ++m_result.symlinks;
}

void RestoreRun::applyDirectoryMetadata(const Action& action)
{
    QByteArrayList path = action.parent;
    path.append(action.node.name);
    auto dir = directoryFor(path, false);
    if (!dir) {
        fail(tr("The directory %1 could not be finished: %2").arg(displayOf(action.parent, action.node.name), dir.error().message));
        return;
    }
    const platform::FileHandle& handle = dir->dir->handle();
    if (m_asRoot) {
        if (auto owned = FileSystem::setOwner(handle, action.node.uid, action.node.gid, dir->dir->path()); !owned)
            warn(owned.error().message);
    }
    if (auto moded = FileSystem::setMode(handle, m_asRoot ? action.node.mode : action.node.mode & 0777, dir->dir->path()); !moded)
        warn(moded.error().message);
    if (auto timed = FileSystem::setModificationTime(handle, action.node.mtimeNs, dir->dir->path()); !timed)
        warn(timed.error().message);
}

Result<RestoreResult> RestoreRun::run()
{
    if (auto loaded = m_repository.loadIndex(); !loaded)
        return loaded.error();
    auto root = SafeDirectory::openRoot(FileSystem::encodeName(m_options.target));
    const bool targetMissing = !root && root.error().code == Error::Code::NotFound && m_options.dryRun;
    if (!root && !targetMissing)
        return Error{root.error().code, tr("The restore target %1 cannot be opened: %2").arg(m_options.target, root.error().message)};
    if (root)
        m_root = std::move(root.value());

    if (auto planned = plan(m_snapshot.tree, {}, false, 0); !planned)
        return planned.error();
    std::uint64_t files = 0;
    std::uint64_t bytes = 0;
    for (const Action& action : m_actions) {
        if (action.kind == ActionKind::File) {
            ++files;
            bytes += action.node.sizeBytes;
        }
    }
    m_reporter.setTotals(files, bytes);

    // Directories in order, files to the workers; each job holds its directory open.
    // Small files of one directory go to one worker: creating files in one directory from
    // several threads only makes them wait on the directory's lock (measured: most of the
    // kernel time of a restore of 20k small files). Large files spread over all workers.
    struct Job {
        OpenDirectory dir;
        const Action* action = nullptr;
    };
    constexpr std::uint64_t kLargeFileBytes = 4u << 20;
    const int threads = workerThreads(m_options.threads);
    std::vector<std::unique_ptr<BoundedQueue<Job>>> queues;
    std::vector<std::thread> workers;
    for (int i = 0; i < threads; ++i) {
        queues.push_back(std::make_unique<BoundedQueue<Job>>(64));
        workers.emplace_back([this, queue = queues.back().get()] {
            while (auto job = queue->pop()) {
                if (!cancelled())
                    restoreFile(job->dir, *job->action);
            }
        });
    }
    std::size_t nextLarge = 0;
    for (const Action& action : m_actions) {
        if (cancelled())
            break;
        if (m_options.dryRun) {
            if (action.kind != ActionKind::File)
                continue;
            // A directory missing from the target: every file below it is missing.
            auto dir = targetMissing ? Result<OpenDirectory>(OpenDirectory{}) : directoryFor(action.parent, false);
            if (!dir && dir.error().code != Error::Code::NotFound) {
                fail(tr("%1 cannot be compared: %2").arg(displayOf(action.parent, action.node.name), dir.error().message));
                continue;
            }
            const std::size_t worker = qHash(action.parent.join('/')) % queues.size();
            queues[worker]->push({dir ? dir.value() : OpenDirectory{}, &action});
            continue;
        }
        if (action.kind == ActionKind::Directory) {
            QByteArrayList path = action.parent;
            path.append(action.node.name);
            auto dir = directoryFor(path, true);
            if (!dir) {
                fail(tr("The directory %1 was not restored: %2").arg(displayOf(action.parent, action.node.name), dir.error().message));
                continue;
            }
            std::lock_guard lock(m_mutex);
            ++m_result.directories;
        } else if (action.kind == ActionKind::File) {
            auto dir = directoryFor(action.parent, true);
            if (!dir) {
                fail(tr("%1 was not restored: %2").arg(displayOf(action.parent, action.node.name), dir.error().message));
                continue;
            }
            const std::size_t worker = action.node.sizeBytes >= kLargeFileBytes ? nextLarge++ % queues.size()
                                                                                : qHash(action.parent.join('/')) % queues.size();
            queues[worker]->push({dir.value(), &action});
        }
    }
    for (auto& queue : queues)
        queue->close();
    for (std::thread& worker : workers)
        worker.join();
    m_openPath.clear();

    // Hard links once their first names exist; symlinks after every file and directory
    // (so nothing is ever written through a link this restore created); directory
    // metadata last, deepest first, so restoring children does not change it again.
    if (m_options.dryRun) {
        m_reporter.finish();
        if (cancelled())
            return Error{Error::Code::Cancelled, tr("The comparison was cancelled; nothing was written.")};
        return m_result;
    }
    for (const Action& action : m_actions) {
        if (!cancelled() && action.kind == ActionKind::HardLink)
            restoreHardLink(action);
    }
    for (const Action& action : m_actions) {
        if (!cancelled() && action.kind == ActionKind::Symlink)
            restoreSymlink(action);
    }
    for (auto it = m_actions.rbegin(); it != m_actions.rend(); ++it) {
        if (!cancelled() && it->kind == ActionKind::Directory)
            applyDirectoryMetadata(*it);
    }
    m_openPath.clear();
    m_reporter.finish();
    if (cancelled())
        return Error{Error::Code::Cancelled, tr("The restore was cancelled. Files already restored are complete; run it again to finish "
                                                "(files that are already correct are not rewritten).")};
    return m_result;
}

} // namespace

QByteArray Restore::stagingName(const QByteArray& name)
{
    // Fixed length whatever the name, so it always fits NAME_MAX.
    return QByteArrayLiteral(".lifeboat-restore-") + repo::sha256(repo::bytesOf(name)).toHex().left(24).toLatin1();
}

Result<RestoreResult> Restore::run(repo::Repository& repository, const repo::Snapshot& snapshot, const RestoreOptions& options, const ProgressSink& progress,
                                   const CancelToken* cancel)
{
    RestoreRun run(repository, snapshot, options, progress, cancel);
    return run.run();
}

} // namespace lifeboat::engine
