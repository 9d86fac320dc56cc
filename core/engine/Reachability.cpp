// SPDX-License-Identifier: GPL-3.0-or-later
#include "Reachability.h"

#include "core/platform/FileSystem.h"

namespace lifeboat::engine {

Result<BlobSet> Reachability::usedBlobs(repo::Repository& repository, const QList<repo::Snapshot>& snapshots, const CancelToken* cancel)
{
    BlobSet used;
    struct Pending {
        repo::ContentId tree;
        QString path;
        int depth;
    };
    for (const repo::Snapshot& snapshot : snapshots) {
        std::vector<Pending> stack{{snapshot.tree, QStringLiteral("/"), 0}};
        while (!stack.empty()) {
            if (cancel && cancel->cancelled())
                return Error{Error::Code::Cancelled, tr("Cancelled; nothing was changed.")};
            const Pending next = stack.back();
            stack.pop_back();
            if (!used.insert(next.tree).second)
                continue;   // shared subtree, already walked
            if (next.depth > repo::TreeFormat::kMaxDepth)
                return Error{Error::Code::Corrupt, tr("Snapshot %1 nests directories deeper than %2 levels at %3.")
                                                       .arg(snapshot.shortId())
                                                       .arg(repo::TreeFormat::kMaxDepth)
                                                       .arg(next.path)};
            auto nodes = repository.loadTree(next.tree);
            if (!nodes)
                return Error{nodes.error().code == Error::Code::Io ? Error::Code::Io : Error::Code::Corrupt,
                             tr("Snapshot %1: the directory %2 cannot be read (%3). Nothing was changed; run `lifeboat-cli repo repair`.")
                                 .arg(snapshot.shortId(), next.path, nodes.error().message)};
            for (const repo::TreeNode& node : nodes.value()) {
                if (node.type == repo::NodeType::Directory) {
                    const QString separator = next.path.endsWith(QLatin1Char('/')) ? QString() : QStringLiteral("/");
                    stack.push_back({node.subtree, next.path + separator + platform::FileSystem::decodeName(node.name), next.depth + 1});
                } else if (node.type == repo::NodeType::File) {
                    used.insert(node.content.begin(), node.content.end());
                }
            }
        }
    }
    return used;
}

} // namespace lifeboat::engine
