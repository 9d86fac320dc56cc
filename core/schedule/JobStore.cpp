// SPDX-License-Identifier: GPL-3.0-or-later
#include "JobStore.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QSaveFile>
#include <QSet>
#include <QStandardPaths>

#include <algorithm>

namespace lifeboat::schedule {

JobStore::JobStore(QString dataDir) : m_dataDir(std::move(dataDir)) {}

QString JobStore::defaultDataDir()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) + QStringLiteral("/lifeboat");
}

QString JobStore::ownerDir(const QString& owner) const
{
    return m_dataDir + QStringLiteral("/jobs/") + owner;
}

QStringList JobStore::owners() const
{
    QStringList out;
    for (const QString& d : QDir(m_dataDir + QStringLiteral("/jobs")).entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name))
        if (ScheduledJob::validId(d))   // skips the ".new" and ".old" of an apply in progress
            out << d;
    return out;
}

Result<ScheduledJob> JobStore::job(const QString& owner, const QString& id) const
{
    if (!ScheduledJob::validId(id) || owner.contains(QLatin1Char('/')) || owner.startsWith(QLatin1Char('.')))
        return Error{Error::Code::Invalid, tr("\"%1/%2\" is not a job name.").arg(owner, id)};
    QFile f(ownerDir(owner) + QLatin1Char('/') + id + QStringLiteral(".json"));
    if (!f.open(QIODevice::ReadOnly))
        return Error{Error::Code::NotFound, tr("Job %1/%2 is not installed here (%3: %4).").arg(owner, id, f.fileName(), f.errorString())};
    QJsonParseError parseError;
    const QJsonDocument d = QJsonDocument::fromJson(f.readAll(), &parseError);
    if (!d.isObject())
        return Error{Error::Code::Corrupt, tr("%1 is not a job file: %2").arg(f.fileName(), parseError.errorString())};
    return ScheduledJob::fromJson(d.object());
}

Result<std::vector<ScheduledJob>> JobStore::jobsOf(const QString& owner) const
{
    std::vector<ScheduledJob> out;
    for (const QString& f : QDir(ownerDir(owner)).entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name)) {
        auto j = job(owner, f.chopped(5));
        if (!j)
            return j.error();
        out.push_back(std::move(j.value()));
    }
    return out;
}

QString JobStore::schedulerOf(const QString& owner) const
{
    QFile f(ownerDir(owner) + QStringLiteral("/scheduler"));
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()).trimmed() : QString();
}

QString JobStore::keyFile(const QString& repository) const
{
    return m_dataDir + QStringLiteral("/keys/") + idPart(repository) + QStringLiteral(".key");
}

Status JobStore::writeKey(const QString& repository, const QByteArray& passphrase) const
{
    const QString file = keyFile(repository);
    QDir().mkpath(QFileInfo(file).path());
    QFile::setPermissions(QFileInfo(file).path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    QSaveFile out(file);
    // Owner-only before the first byte is written: QSaveFile's temporary takes these.
    if (!out.open(QIODevice::WriteOnly) || !out.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner) || out.write(passphrase + '\n') < 0 || !out.commit())
        return Error{Error::Code::Io, tr("%1 cannot be written: %2").arg(file, out.errorString())};
    return success();
}

Result<JobStore::Applied> JobStore::apply(const RunContext& context, const std::vector<ScheduledJob>& wanted, Scheduler& scheduler, bool dryRun) const
{
    QSet<QString> ids;
    for (const ScheduledJob& j : wanted) {
        if (!ScheduledJob::validId(j.id))
            return Error{Error::Code::Invalid, tr("\"%1\" is not a job id.").arg(j.id)};
        if (ids.contains(j.id))
            return Error{Error::Code::Invalid, tr("Job %1 is given twice.").arg(j.id)};
        ids.insert(j.id);
        // Refused before anything is written: a schedule the node cannot run.
        if (auto t = Scheduler::cronTiming(j, QTimeZone::systemTimeZone()); !t)
            return t.error();
    }
    auto installed = jobsOf(context.owner);
    if (!installed)
        return installed.error();
    auto entries = scheduler.installedIds(context.owner);
    if (!entries)
        return entries.error();

    // Installed into another scheduler before (the node has systemd now, or --scheduler
    // changed): the new one gets every job, and the old one's entries go once it has them.
    const QString previous = schedulerOf(context.owner);
    std::unique_ptr<Scheduler> previousScheduler;
    if (!previous.isEmpty() && previous != scheduler.name()) {
        auto chosen = Scheduler::choose(previous);
        if (!chosen)
            return chosen.error();
        previousScheduler = std::move(chosen.value());
    }

    Applied applied;
    applied.scheduler = scheduler.name();
    applied.warnings = scheduler.warnings();
    if (previousScheduler)
        applied.warnings << tr("The jobs move from %1 to %2.").arg(previous, scheduler.name());
    applied.changes = JobDiff::between(installed.value(), wanted);
    for (JobChange& c : applied.changes) {
        // A job file whose scheduler entry is gone (removed by hand) is not installed.
        if (c.action == JobChange::Action::Keep && !entries->contains(c.id)) {
            c.action = JobChange::Action::Change;
            c.differences << tr("no %1 entry starts it").arg(scheduler.name());
        }
    }
    for (const QString& id : entries.value()) {
        const bool known = std::any_of(applied.changes.begin(), applied.changes.end(), [&](const JobChange& c) { return c.id == id; });
        if (!known && ScheduledJob::validId(id)) {
            JobChange orphan;
            orphan.action = JobChange::Action::Remove;
            orphan.id = id;
            orphan.job.id = id;
            orphan.differences << tr("a %1 entry without its job file").arg(scheduler.name());
            applied.changes.push_back(orphan);
        }
    }
    QStringList keys;
    for (const ScheduledJob& j : wanted)
        for (const JobStep& s : j.steps)
            for (const QString& repository : {s.passwordOf, s.fromPasswordOf})
                if (!repository.isEmpty() && !keys.contains(repository) && !QFile::exists(keyFile(repository)))
                    keys << repository;
    for (const QString& repository : keys)
        applied.warnings << tr("No passphrase is stored on this node for repository %1 (%2): if it is encrypted, its jobs fail until one is stored "
                               "(lifeboat-cli schedule set-key %1, or the console's Apply).")
                                .arg(repository, keyFile(repository));
    if (dryRun)
        return applied;
    if (!JobDiff::changesAnything(applied.changes)) {
        // The jobs are right; the entries are rewritten only if their command differs (the
        // engine moved, say): each scheduler leaves identical entries untouched.
        if (auto s = scheduler.install(context, wanted); !s)
            return s.error();
        return applied;
    }

    const QString dir = ownerDir(context.owner);
    const QString staged = dir + QStringLiteral(".new");
    const QString old = dir + QStringLiteral(".old");
    QDir(staged).removeRecursively();
    QDir(old).removeRecursively();
    if (!wanted.empty() && !QDir().mkpath(staged))
        return Error{Error::Code::Io, tr("%1 cannot be created.").arg(staged)};
    std::vector<std::pair<QString, QByteArray>> files;
    for (const ScheduledJob& j : wanted)
        files.emplace_back(j.id + QStringLiteral(".json"), QJsonDocument(j.toJson()).toJson());
    if (!wanted.empty())
        files.emplace_back(QStringLiteral("scheduler"), scheduler.name().toUtf8() + '\n');
    for (const auto& [name, text] : files) {
        QSaveFile f(staged + QLatin1Char('/') + name);
        if (!f.open(QIODevice::WriteOnly) || f.write(text) != text.size() || !f.commit()) {
            QDir(staged).removeRecursively();
            return Error{Error::Code::Io, tr("%1 cannot be written: %2").arg(f.fileName(), f.errorString())};
        }
    }
    if (auto s = scheduler.install(context, wanted); !s) {
        QDir(staged).removeRecursively();
        return s.error();
    }
    if (previousScheduler) {
        if (auto s = previousScheduler->install(context, {}); !s)
            applied.warnings << tr("The old entries in %1 could not be removed: %2").arg(previous, s.error().message);
    }
    // The entries now call the new jobs: swap the files in (each rename is atomic).
    if (QFileInfo::exists(dir) && !QDir().rename(dir, old))
        return Error{Error::Code::Io, tr("%1 cannot be moved aside; the new jobs are in %2.").arg(dir, staged)};
    if (!wanted.empty() && !QDir().rename(staged, dir))
        return Error{Error::Code::Io, tr("%1 cannot be moved to %2; the previous jobs are in %3.").arg(staged, dir, old)};
    QDir(old).removeRecursively();
    applied.changed = true;
    return applied;
}

} // namespace lifeboat::schedule
