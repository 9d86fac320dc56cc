// SPDX-License-Identifier: GPL-3.0-or-later
#include "ActivityLog.h"

#include "core/platform/FileSystem.h"
#include "core/util/JsonLines.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QStandardPaths>
#include <QUuid>

#include <algorithm>

namespace lifeboat::activity {

namespace {

const Outcome kOutcomes[] = {Outcome::Running, Outcome::Succeeded, Outcome::Failed, Outcome::Cancelled, Outcome::Paused, Outcome::Interrupted};

QString escaped(const QString& text)
{
    return text.toHtmlEscaped();
}

// The details' keys are stable (a resume reads them back); people read them in their language.
QString detailLabel(const QString& key)
{
    static const QHash<QString, const char*> labels{
        {QStringLiteral("scenario"), QT_TRANSLATE_NOOP("ActivityLog", "What happened")},
        {QStringLiteral("dataset"), QT_TRANSLATE_NOOP("ActivityLog", "Dataset")},
        {QStringLiteral("datasets"), QT_TRANSLATE_NOOP("ActivityLog", "Datasets")},
        {QStringLiteral("repository"), QT_TRANSLATE_NOOP("ActivityLog", "Repository")},
        {QStringLiteral("repositories"), QT_TRANSLATE_NOOP("ActivityLog", "Repositories")},
        {QStringLiteral("snapshots"), QT_TRANSLATE_NOOP("ActivityLog", "Snapshots")},
        {QStringLiteral("restore point"), QT_TRANSLATE_NOOP("ActivityLog", "Restore point")},
        {QStringLiteral("generation"), QT_TRANSLATE_NOOP("ActivityLog", "Generation")},
        {QStringLiteral("verification override"), QT_TRANSLATE_NOOP("ActivityLog", "Restored although verification failed")},
        {QStringLiteral("items"), QT_TRANSLATE_NOOP("ActivityLog", "Items")},
        {QStringLiteral("conflict policy"), QT_TRANSLATE_NOOP("ActivityLog", "When a file differs")},
        {QStringLiteral("targets"), QT_TRANSLATE_NOOP("ActivityLog", "Targets")},
        {QStringLiteral("command"), QT_TRANSLATE_NOOP("ActivityLog", "Equivalent command")},
        {QStringLiteral("engine on"), QT_TRANSLATE_NOOP("ActivityLog", "Engine ran on")},
        {QStringLiteral("depth"), QT_TRANSLATE_NOOP("ActivityLog", "What was checked")},
    };
    const auto it = labels.constFind(key);
    return it == labels.constEnd() ? key : ActivityLog::tr(*it);
}

QString detailRows(const QJsonObject& details)
{
    QString rows;
    for (auto it = details.constBegin(); it != details.constEnd(); ++it) {
        // What a resume needs, for the console rather than for people.
        if (it.key() == QLatin1String("resume"))
            continue;
        QString value;
        if (it->isArray()) {
            QStringList parts;
            for (const QJsonValue& v : it->toArray())
                parts << (v.isString() ? v.toString() : QString::fromUtf8(QJsonDocument(QJsonArray{v}).toJson(QJsonDocument::Compact)).mid(1).chopped(1));
            value = parts.join(QStringLiteral("\n"));
        } else if (it->isObject()) {
            value = QString::fromUtf8(QJsonDocument(it->toObject()).toJson(QJsonDocument::Indented));
        } else if (it->isBool()) {
            value = it->toBool() ? ActivityLog::tr("yes") : ActivityLog::tr("no");
        } else if (it->isDouble()) {
            value = QString::number(it->toDouble(), 'g', 15);
        } else {
            value = it->toString();
        }
        rows += QStringLiteral("<tr><th>%1</th><td><pre>%2</pre></td></tr>\n").arg(escaped(detailLabel(it.key())), escaped(value));
    }
    return rows;
}

} // namespace

ActivityLog::ActivityLog(QString file) : m_file(std::move(file)) {}

QString ActivityLog::defaultFile()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/activity.jsonl");
}

QString ActivityLog::newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QString ActivityLog::currentUser()
{
    const QString name = QString::fromLocal8Bit(platform::FileSystem::userName());
    return name.isEmpty() ? tr("unknown user") : name;
}

QString ActivityLog::outcomeName(Outcome outcome)
{
    switch (outcome) {
    case Outcome::Running:
        return QStringLiteral("running");
    case Outcome::Succeeded:
        return QStringLiteral("succeeded");
    case Outcome::Failed:
        return QStringLiteral("failed");
    case Outcome::Cancelled:
        return QStringLiteral("cancelled");
    case Outcome::Paused:
        return QStringLiteral("paused");
    case Outcome::Interrupted:
        return QStringLiteral("interrupted");
    case Outcome::Invalid:
        break;
    }
    return {};
}

Outcome ActivityLog::outcomeFromName(const QString& name)
{
    for (Outcome o : kOutcomes) {
        if (outcomeName(o) == name)
            return o;
    }
    return Outcome::Invalid;
}

QString ActivityLog::outcomeLabel(Outcome outcome)
{
    switch (outcome) {
    case Outcome::Running:
        return tr("Running");
    case Outcome::Succeeded:
        return tr("Succeeded");
    case Outcome::Failed:
        return tr("Failed");
    case Outcome::Cancelled:
        return tr("Cancelled");
    case Outcome::Paused:
        return tr("Paused");
    case Outcome::Interrupted:
        return tr("Interrupted");
    case Outcome::Invalid:
        break;
    }
    return {};
}

QJsonObject ActivityLog::toJson(const ActivityEntry& e)
{
    QStringList log = e.log;
    if (log.size() > kMaxLogLines)
        log = log.mid(log.size() - kMaxLogLines);
    return QJsonObject{{QStringLiteral("id"), e.id},
                       {QStringLiteral("kind"), e.kind},
                       {QStringLiteral("title"), e.title},
                       {QStringLiteral("startedBy"), e.startedBy},
                       {QStringLiteral("reason"), e.reason},
                       {QStringLiteral("started"), e.started.toUTC().toString(Qt::ISODateWithMs)},
                       {QStringLiteral("finished"), e.finished.isValid() ? e.finished.toUTC().toString(Qt::ISODateWithMs) : QString()},
                       {QStringLiteral("outcome"), outcomeName(e.outcome)},
                       {QStringLiteral("summary"), e.summary},
                       {QStringLiteral("details"), e.details},
                       {QStringLiteral("log"), QJsonArray::fromStringList(log)}};
}

std::optional<ActivityEntry> ActivityLog::fromJson(const QJsonObject& o)
{
    ActivityEntry e;
    e.id = o.value(QLatin1String("id")).toString();
    e.kind = o.value(QLatin1String("kind")).toString();
    e.started = QDateTime::fromString(o.value(QLatin1String("started")).toString(), Qt::ISODateWithMs);
    e.outcome = outcomeFromName(o.value(QLatin1String("outcome")).toString());
    if (e.id.isEmpty() || e.kind.isEmpty() || !e.started.isValid() || e.outcome == Outcome::Invalid)
        return std::nullopt;
    e.title = o.value(QLatin1String("title")).toString();
    e.startedBy = o.value(QLatin1String("startedBy")).toString();
    e.reason = o.value(QLatin1String("reason")).toString();
    e.finished = QDateTime::fromString(o.value(QLatin1String("finished")).toString(), Qt::ISODateWithMs);
    e.summary = o.value(QLatin1String("summary")).toString();
    e.details = o.value(QLatin1String("details")).toObject();
    for (const QJsonValue& line : o.value(QLatin1String("log")).toArray())
        e.log.append(line.toString());
    return e;
}

Status ActivityLog::record(const ActivityEntry& entry) const
{
    if (auto written = jsonlines::append(m_file, toJson(entry)); !written)
        return Error{Error::Code::Io, tr("The activity log %1 cannot be written: %2").arg(m_file, written.error().message)};
    return success();
}

Result<std::vector<ActivityEntry>> ActivityLog::load(int* skipped) const
{
    auto entries = jsonlines::lastById<ActivityEntry>(m_file, &ActivityLog::fromJson, [](const ActivityEntry& e) { return e.id; }, skipped);
    if (!entries)
        return Error{Error::Code::Io, tr("The activity log %1 cannot be read: %2").arg(m_file, entries.error().message)};
    std::stable_sort(entries->begin(), entries->end(), [](const ActivityEntry& a, const ActivityEntry& b) { return a.started > b.started; });
    return entries;
}

QString ActivityLog::reportHtml(const ActivityEntry& e)
{
    const QString finished = e.finished.isValid() ? e.finished.toUTC().toString(Qt::ISODate) : tr("not finished");
    const QString took = e.finished.isValid() ? tr("%L1 s").arg(static_cast<double>(e.started.msecsTo(e.finished)) / 1000.0, 0, 'f', 1) : QStringLiteral("—");
    QString html;
    html += QStringLiteral("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>%1</title>\n").arg(escaped(e.title));
    html += QStringLiteral("<style>body{font-family:sans-serif;margin:2em}th{text-align:left;vertical-align:top;padding-right:1em}"
                           "pre{margin:0;white-space:pre-wrap}td,th{border-bottom:1px solid #ddd;padding:4px}</style></head><body>\n");
    html += QStringLiteral("<h1>%1</h1>\n").arg(escaped(e.title));
    html += QStringLiteral("<p><b>%1</b>: %2</p>\n").arg(escaped(outcomeLabel(e.outcome)), escaped(e.summary));
    html += QStringLiteral("<table>\n");
    const auto row = [&](const QString& key, const QString& value) { html += QStringLiteral("<tr><th>%1</th><td><pre>%2</pre></td></tr>\n").arg(escaped(key), escaped(value)); };
    row(tr("Operation"), e.kind);
    row(tr("Started by"), e.startedBy);
    row(tr("Reason"), e.reason);
    row(tr("Started (UTC)"), e.started.toUTC().toString(Qt::ISODate));
    row(tr("Finished (UTC)"), finished);
    row(tr("Duration"), took);
    html += detailRows(e.details);
    html += QStringLiteral("</table>\n<h2>%1</h2>\n<pre>%2</pre>\n</body></html>\n").arg(escaped(tr("Log")), escaped(e.log.join(QLatin1Char('\n'))));
    return html;
}

} // namespace lifeboat::activity
