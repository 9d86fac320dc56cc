// SPDX-License-Identifier: GPL-3.0-or-later
#include "NodeStatus.h"

#include "Protocol.h"
#include "core/Version.h"
#include "core/platform/FileSystem.h"
#include "core/schedule/JobStore.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QLockFile>
#include <QSaveFile>
#include <QStandardPaths>
#include <QStorageInfo>
#include <QSysInfo>

namespace lifeboat::protocol {

QJsonObject NodeStatus::facts()
{
    return QJsonObject{
        {QStringLiteral("hostname"), QSysInfo::machineHostName()},
        {QStringLiteral("os"), QSysInfo::prettyProductName()},
        {QStringLiteral("kernel"), QString(QSysInfo::kernelType() + QLatin1Char(' ') + QSysInfo::kernelVersion())},
        {QStringLiteral("arch"), QSysInfo::currentCpuArchitecture()},
        {QStringLiteral("engine"), QLatin1String(kVersion)},
        {QStringLiteral("protocol"), kProtocolVersion},
        {QStringLiteral("time"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate)},
    };
}

QJsonArray NodeStatus::paths(const QStringList& paths)
{
    QJsonArray out;
    for (const QString& p : paths) {
        const QFileInfo info(p);
        QJsonObject o{{QStringLiteral("path"), p}, {QStringLiteral("exists"), info.exists()}};
        // Free space where the path is, or where it would be created.
        QString probe = QFileInfo(p).absoluteFilePath();
        while (!QFileInfo::exists(probe)) {
            const QString up = QFileInfo(probe).path();
            if (up == probe)
                break;
            probe = up;
        }
        // statvfs through the platform layer: QStorageInfo needs the mount table, which a
        // container or chroot may not show (it then says nothing at all).
        if (const auto free = platform::FileSystem::freeBytes(platform::FileSystem::encodeName(probe)))
            o.insert(QStringLiteral("free_bytes"), static_cast<double>(free.value()));
        if (const auto total = platform::FileSystem::totalBytes(platform::FileSystem::encodeName(probe)); total && total.value() > 0) {
            o.insert(QStringLiteral("total_bytes"), static_cast<double>(total.value()));
        } else {
            const QStorageInfo storage(probe);
            if (storage.isValid() && storage.bytesTotal() > 0)
                o.insert(QStringLiteral("total_bytes"), static_cast<double>(storage.bytesTotal()));
        }
        o.insert(QStringLiteral("repository"), info.isDir() && QFileInfo::exists(p + QStringLiteral("/config")) && QFileInfo(p + QStringLiteral("/keys")).isDir());
        out.append(o);
    }
    return out;
}

QJsonArray NodeStatus::schedules()
{
    const schedule::JobStore store;
    QJsonArray out;
    const QStringList owners = store.owners();
    if (owners.isEmpty())
        return out;
    for (const QString& owner : owners) {
        QJsonObject o{{QStringLiteral("owner"), owner}};
        // The entries too, where apply put them: a job file nothing starts is not a schedule.
        auto scheduler = schedule::Scheduler::choose(store.schedulerOf(owner));
        if (scheduler) {
            o.insert(QStringLiteral("scheduler"), scheduler.value()->name());
            if (auto ids = scheduler.value()->installedIds(owner))
                o.insert(QStringLiteral("installed"), QJsonArray::fromStringList(ids.value()));
            else
                o.insert(QStringLiteral("schedulerError"), ids.error().message);
        } else {
            o.insert(QStringLiteral("schedulerError"), scheduler.error().message);
        }
        auto jobs = store.jobsOf(owner);
        if (jobs) {
            QJsonArray list;
            for (const schedule::ScheduledJob& j : jobs.value())
                list.append(j.toJson());
            o.insert(QStringLiteral("jobs"), list);
        } else {
            o.insert(QStringLiteral("error"), jobs.error().message);
        }
        out.append(o);
    }
    return out;
}

RunJournal::RunJournal(QString file) : m_file(std::move(file)) {}

QString RunJournal::defaultFile()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) + QStringLiteral("/lifeboat/runs.jsonl");
}

void RunJournal::append(const QJsonObject& run) const
{
    if (m_file.isEmpty())
        return;
    QDir().mkpath(QFileInfo(m_file).path());
    if (QFileInfo(m_file).size() > 1024 * 1024) {
        QFile::remove(m_file + QStringLiteral(".1"));
        QFile::rename(m_file, m_file + QStringLiteral(".1"));
    }
    QFile f(m_file);
    if (f.open(QIODevice::Append))
        f.write(QJsonDocument(run).toJson(QJsonDocument::Compact) + '\n');
    // A journal that cannot be written loses history, not data: the run's own result
    // already went to the console.
    rememberLatest(run);
}

QString RunJournal::latestFile() const
{
    return m_file + QStringLiteral(".latest.json");
}

void RunJournal::rememberLatest(const QJsonObject& run) const
{
    // Serve and scheduled runs write at once: one writer at a time, and a reader sees the
    // old file or the new one, never half of one.
    QLockFile lock(latestFile() + QStringLiteral(".lock"));
    if (!lock.tryLock(5000))
        return;
    QJsonObject latest;
    if (QFile f(latestFile()); f.open(QIODevice::ReadOnly))
        latest = QJsonDocument::fromJson(f.readAll()).object();
    const QString key = run.value(QLatin1String("op")).toString() + QLatin1Char('|') + run.value(QLatin1String("repo")).toString() + QLatin1Char('|') +
                        run.value(QLatin1String("dataset")).toString();
    latest.insert(key, run);
    const int exit = run.value(QLatin1String("exit")).toInt(-1);
    if (exit == 0 || exit == 1)
        latest.insert(key + QStringLiteral("|good"), run);
    // Keys are op × repository × dataset, so this stays small; a bound all the same.
    constexpr qsizetype kMaxKeys = 2000;
    while (latest.size() > kMaxKeys) {
        auto oldest = latest.begin();
        for (auto it = latest.begin(); it != latest.end(); ++it)
            if (it.value().toObject().value(QLatin1String("finished")).toString() < oldest.value().toObject().value(QLatin1String("finished")).toString())
                oldest = it;
        latest.erase(oldest);
    }
    QSaveFile out(latestFile());
    if (out.open(QIODevice::WriteOnly)) {
        out.write(QJsonDocument(latest).toJson(QJsonDocument::Compact));
        out.commit();
    }
}

QJsonArray RunJournal::latest() const
{
    QFile f(latestFile());
    QJsonArray out;
    if (!f.open(QIODevice::ReadOnly))
        return out;
    const QJsonObject latest = QJsonDocument::fromJson(f.readAll()).object();
    for (auto it = latest.begin(); it != latest.end(); ++it)
        if (it.value().isObject())
            out.append(it.value());
    return out;
}

QJsonObject RunJournal::entry(const QString& op, const QStringList& arguments, const QDateTime& started, int exit, const std::optional<QJsonObject>& result,
                              const QString& error)
{
    const auto argument = [&](const char* option) {
        const qsizetype at = arguments.indexOf(QLatin1String(option));
        const qsizetype end = arguments.indexOf(QStringLiteral("--"));
        return at >= 0 && (end < 0 || at < end) ? arguments.value(at + 1) : QString();
    };
    QJsonObject run{{QStringLiteral("op"), op},
                    {QStringLiteral("repo"), argument("--repo")},
                    {QStringLiteral("started"), started.toString(Qt::ISODateWithMs)},
                    {QStringLiteral("finished"), QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)},
                    {QStringLiteral("exit"), exit}};
    if (const QString dataset = argument("--dataset"); !dataset.isEmpty())
        run.insert(QStringLiteral("dataset"), dataset);
    if (result) {
        if (op == QLatin1String("repo.backup")) {
            run.insert(QStringLiteral("snapshot"), result->value(QLatin1String("id")).toString());
            run.insert(QStringLiteral("bytes"), result->value(QLatin1String("bytes")).toDouble());
            run.insert(QStringLiteral("newBytes"), result->value(QLatin1String("newStoredBytes")).toDouble());
        } else if (op == QLatin1String("repo.drill")) {
            run.insert(QStringLiteral("snapshot"), result->value(QLatin1String("snapshots")).toArray().at(0).toString());
            run.insert(QStringLiteral("bytes"), result->value(QLatin1String("bytesRestored")).toDouble());
            run.insert(QStringLiteral("snapshotBytes"), result->value(QLatin1String("bytesInSnapshots")).toDouble());
            run.insert(QStringLiteral("seconds"), result->value(QLatin1String("restoreSeconds")).toDouble());
            run.insert(QStringLiteral("bytesPerSecond"), result->value(QLatin1String("bytesPerSecond")).toDouble());
            run.insert(QStringLiteral("identical"), result->value(QLatin1String("identical")).toBool());
            if (!result->value(QLatin1String("identical")).toBool())
                run.insert(QStringLiteral("error"), result->value(QLatin1String("differences")).toArray().at(0).toString(
                                                        result->value(QLatin1String("failures")).toArray().at(0).toString()));
        }
    } else if (!error.isEmpty()) {
        run.insert(QStringLiteral("error"), error);
    }
    return run;
}

QJsonArray RunJournal::recent(int count) const
{
    QFile f(m_file);
    QJsonArray out;
    if (!f.open(QIODevice::ReadOnly))
        return out;
    const QList<QByteArray> lines = f.readAll().split('\n');
    for (qsizetype i = lines.size() - 1; i >= 0 && out.size() < count; --i) {
        const QJsonDocument d = QJsonDocument::fromJson(lines[i]);
        if (d.isObject())
            out.append(d.object());
    }
    return out;
}

} // namespace lifeboat::protocol
