// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Checks of the two monitoring formats against their specifications, written from the
// specifications, not from Lifeboat's output: Prometheus text exposition format 0.0.4
// (prometheus.io/docs/instrumenting/exposition_formats) and the Nagios plugin output of
// the Monitoring Plugins Development Guidelines (status line, performance data).

#include <QRegularExpression>
#include <QSet>
#include <QStringList>

namespace lifeboat::test {

// Empty when `text` is valid exposition text; else the first problem with its line.
inline QString prometheusProblem(const QString& text)
{
    if (!text.endsWith(QLatin1Char('\n')))
        return QStringLiteral("the text does not end with a newline");
    static const QRegularExpression help(QStringLiteral(R"(^# HELP ([a-zA-Z_:][a-zA-Z0-9_:]*) (.*)$)"));
    static const QRegularExpression type(QStringLiteral(R"(^# TYPE ([a-zA-Z_:][a-zA-Z0-9_:]*) (counter|gauge|histogram|summary|untyped)$)"));
    static const QRegularExpression sample(QStringLiteral(
        R"(^([a-zA-Z_:][a-zA-Z0-9_:]*)(\{([a-zA-Z_][a-zA-Z0-9_]*="(\\\\|\\"|\\n|[^"\\\n])*")(,[a-zA-Z_][a-zA-Z0-9_]*="(\\\\|\\"|\\n|[^"\\\n])*")*,?\})? ([-+]?([0-9]*\.?[0-9]+([eE][-+]?[0-9]+)?|Inf|NaN))( -?[0-9]+)?$)"));
    QSet<QString> typed;
    QSet<QString> helped;
    QSet<QString> closed;   // families whose samples are over: they must not come back
    QString current;
    const QStringList lines = text.split(QLatin1Char('\n'));
    for (int i = 0; i + 1 < lines.size(); ++i) {
        const QString& line = lines[i];
        const QString where = QStringLiteral("line %1: %2").arg(i + 1).arg(line);
        if (line.isEmpty())
            continue;
        if (auto m = help.match(line); m.hasMatch()) {
            if (helped.contains(m.captured(1)))
                return QStringLiteral("a second HELP for ") + where;
            helped.insert(m.captured(1));
            continue;
        }
        if (auto m = type.match(line); m.hasMatch()) {
            if (typed.contains(m.captured(1)))
                return QStringLiteral("a second TYPE for ") + where;
            typed.insert(m.captured(1));
            continue;
        }
        if (line.startsWith(QLatin1Char('#')))
            continue;   // any other comment
        const auto m = sample.match(line);
        if (!m.hasMatch())
            return QStringLiteral("not a sample: ") + where;
        const QString name = m.captured(1);
        if (!typed.contains(name))
            return QStringLiteral("a sample before its TYPE: ") + where;
        if (name != current) {
            if (closed.contains(name))
                return QStringLiteral("the samples of a family are not together: ") + where;
            if (!current.isEmpty())
                closed.insert(current);
            current = name;
        }
    }
    return {};
}

// Empty when `output` is a valid plugin output whose state word matches `exitCode`.
inline QString nagiosProblem(const QString& output, int exitCode)
{
    const QString first = output.section(QLatin1Char('\n'), 0, 0);
    static const QRegularExpression status(QStringLiteral(R"(^LIFEBOAT (OK|WARNING|CRITICAL|UNKNOWN) - ([^|]+?)(?: \| (.+))?$)"));
    const auto m = status.match(first);
    if (!m.hasMatch())
        return QStringLiteral("not a status line: ") + first;
    const QStringList words{QStringLiteral("OK"), QStringLiteral("WARNING"), QStringLiteral("CRITICAL"), QStringLiteral("UNKNOWN")};
    if (words.indexOf(m.captured(1)) != exitCode)
        return QStringLiteral("the state %1 does not match exit code %2").arg(m.captured(1)).arg(exitCode);
    static const QRegularExpression perf(QStringLiteral(R"(^('(?:[^']|'')+'|[^'= ]+)=(-?[0-9.]+)(s|ms|us|%|B|KB|MB|TB|c)?(;-?[0-9.]*){0,4}$)"));
    // Labels may hold spaces inside their quotes: split outside quotes only.
    QStringList tokens;
    QString token;
    bool quoted = false;
    for (const QChar c : m.captured(3)) {
        if (c == QLatin1Char('\''))
            quoted = !quoted;
        if (c == QLatin1Char(' ') && !quoted) {
            tokens << token;
            token.clear();
        } else {
            token += c;
        }
    }
    if (!token.isEmpty())
        tokens << token;
    for (const QString& t : tokens) {
        if (!perf.match(t).hasMatch())
            return QStringLiteral("not performance data: ") + t;
    }
    return {};
}

} // namespace lifeboat::test
