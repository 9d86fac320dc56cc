// SPDX-License-Identifier: GPL-3.0-or-later
#include "Tree.h"

#include "core/platform/SafeDirectory.h"

#include <QCborArray>
#include <QCborMap>
#include <QCborValue>

#include <algorithm>
#include <cstring>

namespace lifeboat::repo {
namespace {

enum Key : int {
    kName = 0, kType = 1, kMode = 2, kUid = 3, kGid = 4, kMtime = 5, kSize = 6, kContent = 7, kSubtree = 8, kTarget = 9,
    kInode = 10, kDevice = 11, kLinks = 12, kCtime = 13,
};

} // namespace

QByteArray TreeFormat::encode(std::vector<TreeNode> nodes)
{
    std::sort(nodes.begin(), nodes.end(), [](const TreeNode& a, const TreeNode& b) { return a.name < b.name; });
    QCborArray array;
    for (const TreeNode& node : nodes) {
        QCborMap map;
        map.insert(kName, QCborValue(node.name));
        map.insert(kType, static_cast<int>(node.type));
        map.insert(kMode, static_cast<qint64>(node.mode));
        map.insert(kUid, static_cast<qint64>(node.uid));
        map.insert(kGid, static_cast<qint64>(node.gid));
        map.insert(kMtime, static_cast<qint64>(node.mtimeNs));
        map.insert(kCtime, static_cast<qint64>(node.ctimeNs));
        if (node.type == NodeType::File) {
            map.insert(kSize, static_cast<qint64>(node.sizeBytes));
            QByteArray ids(static_cast<qsizetype>(node.content.size() * 32), Qt::Uninitialized);
            for (std::size_t i = 0; i < node.content.size(); ++i)
                std::memcpy(ids.data() + i * 32, node.content[i].bytes.data(), 32);
            map.insert(kContent, QCborValue(ids));
            map.insert(kInode, static_cast<qint64>(node.inode));
            map.insert(kDevice, static_cast<qint64>(node.device));
            map.insert(kLinks, static_cast<qint64>(node.linkCount));
        } else if (node.type == NodeType::Directory) {
            map.insert(kSubtree, QCborValue(QByteArray(reinterpret_cast<const char*>(node.subtree.bytes.data()), 32)));
        } else if (node.type == NodeType::Symlink) {
            map.insert(kTarget, QCborValue(node.linkTarget));
            map.insert(kInode, static_cast<qint64>(node.inode));
            map.insert(kDevice, static_cast<qint64>(node.device));
            map.insert(kLinks, static_cast<qint64>(node.linkCount));
        }
        array.append(map);
    }
    QCborMap root;
    root.insert(1, 1);
    root.insert(2, array);
    return root.toCborValue().toCbor();
}

Result<std::vector<TreeNode>> TreeFormat::decode(const QByteArray& data)
{
    const auto corrupt = [](const QString& why) { return Error{Error::Code::Corrupt, why}; };
    QCborParserError parseError;
    const QCborValue root = QCborValue::fromCbor(data, &parseError);
    if (parseError.error != QCborError::NoError || !root.isMap())
        return corrupt(tr("A tree object is not valid CBOR: %1.").arg(parseError.errorString()));
    const QCborMap map = root.toMap();
    // Every number in a tree is an integer. A CBOR float (or an integer over 2^63, which Qt
    // turns into a double) is refused, never converted: the conversion is undefined
    // behaviour when out of range (found by tests/fuzz/FuzzTree.cpp).
    bool wellTyped = true;
    const auto integer = [&](const QCborValue& value, qint64 absent = 0) -> qint64 {
        if (value.isInteger())
            return value.toInteger();
        if (!value.isUndefined())
            wellTyped = false;
        return absent;
    };
    if (integer(map.value(1)) != 1 || !wellTyped)
        return corrupt(tr("A tree object has an unknown version."));
    const QCborArray array = map.value(2).toArray();
    if (static_cast<std::size_t>(array.size()) > kMaxNodes)
        return corrupt(tr("A tree object has more than %1 entries.").arg(kMaxNodes));
    std::vector<TreeNode> nodes;
    nodes.reserve(static_cast<std::size_t>(array.size()));
    for (const QCborValue& value : array) {
        if (!value.isMap())
            return corrupt(tr("A tree entry is not a map."));
        const QCborMap m = value.toMap();
        TreeNode node;
        node.name = m.value(kName).toByteArray();
        const QString printable = QString::fromUtf8(node.name.toPercentEncoding("/ "));
        if (!platform::SafeDirectory::isPlainName(node.name))
            return Error{Error::Code::Unsafe, tr("A tree entry has the name \"%1\", which is not a plain file name; the tree is refused.").arg(printable)};
        if (!nodes.empty() && !(nodes.back().name < node.name))
            return corrupt(tr("The tree entry \"%1\" is out of order or appears twice.").arg(printable));
        const qint64 type = integer(m.value(kType));
        if (type < 1 || type > 3)
            return corrupt(tr("The tree entry \"%1\" has an unknown type.").arg(printable));
        node.type = static_cast<NodeType>(type);
        node.mode = static_cast<std::uint32_t>(integer(m.value(kMode)) & 07777);
        node.uid = static_cast<std::uint32_t>(integer(m.value(kUid)));
        node.gid = static_cast<std::uint32_t>(integer(m.value(kGid)));
        node.mtimeNs = integer(m.value(kMtime));
        node.ctimeNs = integer(m.value(kCtime));
        node.inode = static_cast<std::uint64_t>(integer(m.value(kInode)));
        node.device = static_cast<std::uint64_t>(integer(m.value(kDevice)));
        node.linkCount = static_cast<std::uint64_t>(integer(m.value(kLinks)));
        if (!wellTyped)
            return corrupt(tr("The tree entry \"%1\" has a number that is not an integer.").arg(printable));
        if (node.type == NodeType::File) {
            const qint64 size = integer(m.value(kSize), -1);
            const QByteArray ids = m.value(kContent).toByteArray();
            if (size < 0 || ids.size() % 32 != 0 || static_cast<std::size_t>(ids.size() / 32) > kMaxChunksPerFile)
                return corrupt(tr("The file entry \"%1\" has no valid size or content list.").arg(printable));
            node.sizeBytes = static_cast<std::uint64_t>(size);
            node.content.resize(static_cast<std::size_t>(ids.size() / 32));
            for (std::size_t i = 0; i < node.content.size(); ++i)
                std::memcpy(node.content[i].bytes.data(), ids.constData() + i * 32, 32);
        } else if (node.type == NodeType::Directory) {
            const QByteArray subtree = m.value(kSubtree).toByteArray();
            if (subtree.size() != 32)
                return corrupt(tr("The directory entry \"%1\" has no subtree.").arg(printable));
            std::memcpy(node.subtree.bytes.data(), subtree.constData(), 32);
        } else {
            node.linkTarget = m.value(kTarget).toByteArray();
            if (node.linkTarget.isEmpty() || node.linkTarget.size() > 4095 || node.linkTarget.contains('\0'))
                return corrupt(tr("The symlink entry \"%1\" has no valid target.").arg(printable));
        }
        nodes.push_back(std::move(node));
    }
    return nodes;
}

} // namespace lifeboat::repo
