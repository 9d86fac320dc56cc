// SPDX-License-Identifier: GPL-3.0-or-later
#include "Glob.h"

namespace lifeboat::engine {
namespace {

QString globToRegex(const QString& glob)
{
    QString out;
    for (qsizetype i = 0; i < glob.size(); ++i) {
        const QChar c = glob.at(i);
        if (c == QLatin1Char('*')) {
            if (i + 1 < glob.size() && glob.at(i + 1) == QLatin1Char('*')) {
                out += QStringLiteral(".*");
                ++i;
            } else {
                out += QStringLiteral("[^/]*");
            }
        } else if (c == QLatin1Char('?')) {
            out += QStringLiteral("[^/]");
        } else if (c == QLatin1Char('[')) {
            const qsizetype close = glob.indexOf(QLatin1Char(']'), i + 1);
            if (close < 0) {
                out += QStringLiteral("\\[");
            } else {
                QString set = glob.mid(i + 1, close - i - 1);
                if (set.startsWith(QLatin1Char('!')))
                    set[0] = QLatin1Char('^');
                out += QLatin1Char('[') + set.replace(QLatin1Char('\\'), QStringLiteral("\\\\")) + QLatin1Char(']');
                i = close;
            }
        } else {
            out += QRegularExpression::escape(QString(c));
        }
    }
    return out;
}

} // namespace

GlobSet::GlobSet(const QStringList& patterns)
{
    for (QString pattern : patterns) {
        if (pattern.isEmpty())
            continue;
        while (pattern.size() > 1 && pattern.endsWith(QLatin1Char('/')))
            pattern.chop(1);
        if (!pattern.contains(QLatin1Char('/'))) {
            m_names.append(QRegularExpression(QStringLiteral("\\A(?:%1)\\z").arg(globToRegex(pattern))));
        } else {
            if (pattern.startsWith(QLatin1Char('/')))
                pattern.remove(0, 1);
            m_paths.append(QRegularExpression(QStringLiteral("\\A(?:%1)(?:/.*)?\\z").arg(globToRegex(pattern))));
        }
    }
}

bool GlobSet::matches(const QString& path) const
{
    QString relative = path;
    while (relative.startsWith(QLatin1Char('/')))
        relative.remove(0, 1);
    const QString name = relative.mid(relative.lastIndexOf(QLatin1Char('/')) + 1);
    for (const QRegularExpression& re : m_names) {
        if (re.match(name).hasMatch())
            return true;
    }
    for (const QRegularExpression& re : m_paths) {
        if (re.match(relative).hasMatch())
            return true;
    }
    return false;
}

} // namespace lifeboat::engine
