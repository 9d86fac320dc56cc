// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ContentHash.h"
#include "core/util/Result.h"

#include <QByteArray>
#include <QCoreApplication>

#include <vector>

namespace lifeboat::repo {

enum class NodeType : std::uint8_t { Invalid = 0, File = 1, Directory = 2, Symlink = 3 };

// One entry of a directory in a snapshot. Names are raw bytes, as the file system gave
// them. Hard links: every name of a multiply-linked file records the file's (device,
// inode) and its content; the restore links the later names to the first.
struct TreeNode {
    QByteArray name;
    NodeType type = NodeType::Invalid;
    std::uint32_t mode = 0;
    std::uint32_t uid = 0;
    std::uint32_t gid = 0;
    std::int64_t mtimeNs = 0;
    std::int64_t ctimeNs = 0;
    std::uint64_t sizeBytes = 0;
    std::uint64_t inode = 0;
    std::uint64_t device = 0;
    std::uint64_t linkCount = 0;
    std::vector<ContentId> content;    // files: chunk ids in order
    ContentId subtree;                 // directories
    QByteArray linkTarget;             // symlinks
};

// A directory as a tree blob: CBOR {1: version, 2: [node…]} with small integer keys,
// nodes sorted by name. Trees are blobs like data, so an unchanged directory is stored
// once across all snapshots.
class TreeFormat {
    Q_DECLARE_TR_FUNCTIONS(TreeFormat)
public:
    static constexpr std::size_t kMaxNodes = 1u << 20;
    static constexpr std::size_t kMaxChunksPerFile = 1u << 24;
    // How deep every walk over snapshot trees may go (restore, verify, ls, diff, stats).
    static constexpr int kMaxDepth = 1024;

    static QByteArray encode(std::vector<TreeNode> nodes);
    // Refuses anything a restore must not act on: unknown types, names that are not a
    // single plain entry ("", ".", "..", containing '/' or NUL), duplicate names.
    static Result<std::vector<TreeNode>> decode(const QByteArray& data);
};

} // namespace lifeboat::repo
