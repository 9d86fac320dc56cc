// SPDX-License-Identifier: GPL-3.0-or-later
#include "Browse.h"

#include "core/platform/FileSystem.h"

#include <set>

namespace lifeboat::engine {

using repo::ContentId;
using repo::NodeType;
using repo::TreeNode;

namespace {

constexpr int kMaxDepth = repo::TreeFormat::kMaxDepth;

QString join(const QString& parent, const QByteArray& name) { return parent + QLatin1Char('/') + platform::FileSystem::decodeName(name); }

Status walk(repo::Repository& repository, const ContentId& tree, const QString& path, int depth, const QString& prefix,
            const std::function<void(const ListedEntry&)>& visit)
{
    if (depth > kMaxDepth)
        return Error{Error::Code::Corrupt, Browse::tr("The snapshot nests directories deeper than %1 levels.").arg(kMaxDepth)};
    auto nodes = repository.loadTree(tree);
    if (!nodes)
        return nodes.error();
    for (const TreeNode& node : nodes.value()) {
        const QString childPath = join(path, node.name);
        // Under the prefix, or on the way to it.
        const bool inside = prefix.isEmpty() || childPath == prefix || childPath.startsWith(prefix + QLatin1Char('/'));
        const bool onTheWay = prefix.startsWith(childPath + QLatin1Char('/'));
        if (inside)
            visit({childPath, node});
        if (node.type == NodeType::Directory && (inside || onTheWay)) {
            if (auto walked = walk(repository, node.subtree, childPath, depth + 1, prefix, visit); !walked)
                return walked;
        }
    }
    return success();
}

Status diffTrees(repo::Repository& repository, const ContentId* from, const ContentId* to, const QString& path, int depth,
                 DiffSummary& summary, const std::function<void(const DiffEntry&)>& visit);

void reportWhole(repo::Repository& repository, const TreeNode& node, const QString& path, Change change, DiffSummary& summary,
                 const std::function<void(const DiffEntry&)>& visit, int depth)
{
    DiffEntry entry{change, path, node.type, change == Change::Removed ? node.sizeBytes : 0, change == Change::Added ? node.sizeBytes : 0};
    visit(entry);
    if (change == Change::Added) {
        ++summary.added;
        summary.bytesAdded += node.sizeBytes;
    } else {
        ++summary.removed;
        summary.bytesRemoved += node.sizeBytes;
    }
    if (node.type == NodeType::Directory && depth < kMaxDepth) {
        const ContentId* none = nullptr;
        if (change == Change::Added)
            diffTrees(repository, none, &node.subtree, path, depth + 1, summary, visit);
        else
            diffTrees(repository, &node.subtree, none, path, depth + 1, summary, visit);
    }
}

Status diffTrees(repo::Repository& repository, const ContentId* from, const ContentId* to, const QString& path, int depth,
                 DiffSummary& summary, const std::function<void(const DiffEntry&)>& visit)
{
    if (from && to && *from == *to)
        return success();
    if (depth > kMaxDepth)
        return Error{Error::Code::Corrupt, Browse::tr("The snapshot nests directories deeper than %1 levels.").arg(kMaxDepth)};
    std::vector<TreeNode> oldNodes;
    std::vector<TreeNode> newNodes;
    if (from) {
        auto nodes = repository.loadTree(*from);
        if (!nodes)
            return nodes.error();
        oldNodes = std::move(nodes.value());
    }
    if (to) {
        auto nodes = repository.loadTree(*to);
        if (!nodes)
            return nodes.error();
        newNodes = std::move(nodes.value());
    }
    // Both lists are sorted by name: a merge.
    std::size_t i = 0;
    std::size_t j = 0;
    while (i < oldNodes.size() || j < newNodes.size()) {
        if (j == newNodes.size() || (i < oldNodes.size() && oldNodes[i].name < newNodes[j].name)) {
            reportWhole(repository, oldNodes[i], join(path, oldNodes[i].name), Change::Removed, summary, visit, depth);
            ++i;
        } else if (i == oldNodes.size() || newNodes[j].name < oldNodes[i].name) {
            reportWhole(repository, newNodes[j], join(path, newNodes[j].name), Change::Added, summary, visit, depth);
            ++j;
        } else {
            const TreeNode& a = oldNodes[i++];
            const TreeNode& b = newNodes[j++];
            const QString childPath = join(path, b.name);
            if (a.type != b.type) {
                reportWhole(repository, a, childPath, Change::Removed, summary, visit, depth);
                reportWhole(repository, b, childPath, Change::Added, summary, visit, depth);
            } else if (a.type == NodeType::Directory) {
                if (auto inner = diffTrees(repository, &a.subtree, &b.subtree, childPath, depth + 1, summary, visit); !inner)
                    return inner;
            } else if (a.content != b.content || a.linkTarget != b.linkTarget || a.mode != b.mode || a.sizeBytes != b.sizeBytes) {
                visit({Change::Modified, childPath, b.type, a.sizeBytes, b.sizeBytes});
                ++summary.modified;
                if (b.sizeBytes > a.sizeBytes)
                    summary.bytesAdded += b.sizeBytes - a.sizeBytes;
                else
                    summary.bytesRemoved += a.sizeBytes - b.sizeBytes;
            }
        }
    }
    return success();
}

} // namespace

Status Browse::list(repo::Repository& repository, const repo::Snapshot& snapshot, const QString& prefix, const std::function<void(const ListedEntry&)>& visit)
{
    if (auto loaded = repository.loadIndex(); !loaded)
        return loaded;
    QString normalized = prefix;
    while (normalized.size() > 1 && normalized.endsWith(QLatin1Char('/')))
        normalized.chop(1);
    if (normalized == QLatin1String("/"))
        normalized.clear();
    if (!normalized.isEmpty() && !normalized.startsWith(QLatin1Char('/')))
        normalized.prepend(QLatin1Char('/'));
    return walk(repository, snapshot.tree, QString(), 0, normalized, visit);
}

Result<DiffSummary> Browse::diff(repo::Repository& repository, const repo::Snapshot& from, const repo::Snapshot& to, const std::function<void(const DiffEntry&)>& visit)
{
    if (auto loaded = repository.loadIndex(); !loaded)
        return loaded.error();
    DiffSummary summary;
    if (auto done = diffTrees(repository, &from.tree, &to.tree, QString(), 0, summary, visit); !done)
        return done.error();
    return summary;
}

Result<RepositoryStats> Browse::stats(repo::Repository& repository, const std::optional<repo::Snapshot>& snapshot)
{
    if (auto loaded = repository.loadIndex(); !loaded)
        return loaded.error();
    RepositoryStats stats;
    QList<repo::Snapshot> snapshots;
    if (snapshot) {
        snapshots.append(*snapshot);
    } else {
        // Damaged snapshot files are verify's to report; stats counts what can be read.
        QStringList damaged;
        auto all = repository.snapshots(&damaged);
        if (!all)
            return all.error();
        snapshots = all.value();
    }
    std::set<ContentId> chunks;
    for (const repo::Snapshot& s : snapshots) {
        ++stats.snapshots;
        auto walked = walk(repository, s.tree, QString(), 0, QString(), [&](const ListedEntry& entry) {
            if (entry.node.type != NodeType::File)
                return;
            ++stats.files;
            stats.logicalBytes += entry.node.sizeBytes;
            chunks.insert(entry.node.content.begin(), entry.node.content.end());
        });
        if (!walked)
            return walked.error();
    }
    std::set<std::uint32_t> packs;
    for (const ContentId& id : chunks) {
        if (const repo::BlobLocation* location = repository.index().find(id)) {
            stats.uniqueBytes += location->rawBytes;
            ++stats.blobs;
            packs.insert(location->pack);
            if (snapshot)
                stats.storedBytes += location->storedBytes;
        }
    }
    if (!snapshot) {
        auto names = repository.storage().list(QStringLiteral("data"));
        if (!names)
            return names.error();
        for (const QString& name : names.value()) {
            auto size = repository.storage().size(name);
            if (!size)
                return size.error();
            stats.storedBytes += size.value();
        }
        stats.packs = static_cast<std::uint64_t>(names->size());
    } else {
        stats.packs = packs.size();
    }
    stats.indexMemoryBytes = repository.index().memoryBytes();
    return stats;
}

} // namespace lifeboat::engine
