// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QRegularExpression>
#include <QStringList>

namespace lifeboat::engine {

// Exclude and include patterns, as operators know them from restic and rsync: `*` and `?`
// stay within one path component, `**` crosses components, `[abc]` is a class. A pattern
// without '/' matches a name anywhere; with '/', it matches the path from its start
// (a leading '/' is optional), or anything below a matching directory.
class GlobSet {
public:
    GlobSet() = default;
    explicit GlobSet(const QStringList& patterns);
    bool isEmpty() const { return m_names.isEmpty() && m_paths.isEmpty(); }
    // `path` is '/'-separated; `name` its last component.
    bool matches(const QString& path) const;

private:
    QList<QRegularExpression> m_names;
    QList<QRegularExpression> m_paths;
};

} // namespace lifeboat::engine
