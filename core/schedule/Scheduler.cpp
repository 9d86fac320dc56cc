// SPDX-License-Identifier: GPL-3.0-or-later
#include "Scheduler.h"

#include "core/plan/CronExpression.h"
#include "core/platform/FileSystem.h"
#include "core/restore/RestoreCommand.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSaveFile>
#include <QStandardPaths>

namespace lifeboat::schedule {

namespace {

template <std::size_t N>
QString listOf(const std::bitset<N>& bits, std::size_t first, std::size_t last, const QStringList& names = {})
{
    QStringList out;
    for (std::size_t i = first; i <= last; ++i)
        if (bits.test(i))
            out << (names.isEmpty() ? QString::number(i) : names.value(static_cast<qsizetype>(i)));
    return out.join(QLatin1Char(','));
}

template <std::size_t N>
bool all(const std::bitset<N>& bits, std::size_t first, std::size_t last)
{
    for (std::size_t i = first; i <= last; ++i)
        if (!bits.test(i))
            return false;
    return true;
}

// Both zones give the same UTC offset at every instant of the coming year (sampled every
// 15 minutes around each change is overkill: every 3 hours finds any DST rule difference).
bool sameOffsetsAllYear(const QTimeZone& a, const QTimeZone& b)
{
    const QDateTime start = QDateTime::currentDateTimeUtc();
    for (int hours = 0; hours <= 366 * 24; hours += 3) {
        const QDateTime t = start.addSecs(hours * 3600LL);
        if (a.offsetFromUtc(t) != b.offsetFromUtc(t))
            return false;
    }
    return true;
}

bool offTheHour(const QTimeZone& zone)
{
    const QDateTime start = QDateTime::currentDateTimeUtc();
    for (int hours = 0; hours <= 366 * 24; hours += 24)
        if (zone.offsetFromUtc(start.addSecs(hours * 3600LL)) % 3600 != 0)
            return true;
    return false;
}

Result<plan::CronExpression> parsed(const ScheduledJob& job)
{
    auto cron = plan::CronExpression::parse(job.cron);
    if (!cron)
        return Error{Error::Code::Invalid, Scheduler::tr("Job %1: %2").arg(job.id, cron.error().message)};
    return cron;
}

Status writeAtomically(const QString& path, const QByteArray& content)
{
    QDir().mkpath(QFileInfo(path).path());
    QFile existing(path);
    if (existing.open(QIODevice::ReadOnly) && existing.readAll() == content)
        return success();   // unchanged: nothing rewritten, so a second apply touches nothing
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size() || !file.commit())
        return Error{Error::Code::Io, Scheduler::tr("%1 cannot be written: %2").arg(path, file.errorString())};
    return success();
}

struct ProcessOutput {
    int exit = -1;
    QByteArray out;
    QByteArray err;
};

// A program run with its arguments as a list: no shell between us and it.
Result<ProcessOutput> runProgram(const QString& program, const QStringList& arguments, const QByteArray& input = {})
{
    QProcess process;
    process.start(program, arguments);
    if (!process.waitForStarted(10000))
        return Error{Error::Code::NotFound, Scheduler::tr("%1 cannot be started: %2").arg(program, process.errorString())};
    if (!input.isEmpty())
        process.write(input);
    process.closeWriteChannel();
    if (!process.waitForFinished(60000)) {
        process.kill();
        process.waitForFinished(5000);
        return Error{Error::Code::Io, Scheduler::tr("%1 %2 did not finish within a minute.").arg(program, arguments.join(QLatin1Char(' ')))};
    }
    ProcessOutput out;
    out.exit = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    out.out = process.readAllStandardOutput();
    out.err = process.readAllStandardError();
    return out;
}

QString firstLine(const QByteArray& text)
{
    return QString::fromUtf8(text).trimmed().section(QLatin1Char('\n'), 0, 0);
}

QByteArray cronHeader(const QString& owner)
{
    return QStringLiteral("# Installed by lifeboat-cli schedule set for %1; replaced as a whole on the next apply.\n").arg(owner).toUtf8();
}

// The entries of one owner, in cron syntax; `user` for a cron.d file, empty for a crontab.
Result<QByteArray> cronEntries(const RunContext& context, const std::vector<ScheduledJob>& jobs, const QString& user)
{
    QByteArray out;
    for (const ScheduledJob& job : jobs) {
        auto timing = Scheduler::cronTiming(job, QTimeZone::systemTimeZone());
        if (!timing)
            return timing.error();
        auto command = Scheduler::cronCommand(context, job.id, timing->dueCheck);
        if (!command)
            return command.error();
        out += QStringLiteral("# %1: %2 (cron \"%3\" %4)\n").arg(job.id, QString(job.summary).remove(QLatin1Char('\n')), job.cron,
                                                             job.timeZone.isEmpty() ? QStringLiteral("UTC") : job.timeZone)
                   .toUtf8();
        out += (timing->fields + QLatin1Char(' ') + (user.isEmpty() ? QString() : user + QLatin1Char(' ')) + command.value() + QLatin1Char('\n')).toUtf8();
    }
    return out;
}

QStringList idsInCronText(const QByteArray& text, const QString& owner)
{
    // The job id is the last word of each entry: "… 'OWNER/ID'".
    QStringList ids;
    const QString marker = QStringLiteral("'%1/").arg(owner);
    for (const QByteArray& raw : text.split('\n')) {
        const QString line = QString::fromUtf8(raw).trimmed();
        if (line.startsWith(QLatin1Char('#')) || !line.endsWith(QLatin1Char('\'')))
            continue;
        const qsizetype at = line.lastIndexOf(marker);
        if (at >= 0)
            ids << line.mid(at + marker.size()).chopped(1);
    }
    return ids;
}

QString currentUser()
{
    if (platform::FileSystem::runningAsRoot())
        return QStringLiteral("root");
    QString user = qEnvironmentVariable("USER");
    return user.isEmpty() ? qEnvironmentVariable("LOGNAME") : user;
}

// A cron.d file per owner (root's cron reads /etc/cron.d): written whole and renamed, so
// cron never reads half of it.
class CronFileScheduler final : public Scheduler {
public:
    explicit CronFileScheduler(QString directory) : m_dir(std::move(directory)) {}
    QString name() const override { return QStringLiteral("cron-file:") + m_dir; }
    Result<QStringList> installedIds(const QString& owner) override
    {
        QFile f(fileOf(owner));
        if (!f.exists())
            return QStringList{};
        if (!f.open(QIODevice::ReadOnly))
            return Error{Error::Code::Unreadable, tr("%1 cannot be read: %2").arg(f.fileName(), f.errorString())};
        return idsInCronText(f.readAll(), owner);
    }
    Status install(const RunContext& context, const std::vector<ScheduledJob>& jobs) override
    {
        const QString file = fileOf(context.owner);
        if (jobs.empty()) {
            if (QFile::exists(file) && !QFile::remove(file))
                return Error{Error::Code::Io, tr("%1 cannot be removed.").arg(file)};
            return success();
        }
        auto entries = cronEntries(context, jobs, currentUser());
        if (!entries)
            return entries.error();
        return writeAtomically(file, cronHeader(context.owner) + "SHELL=/bin/sh\n" + entries.value());
    }

private:
    // cron.d ignores names with dots; the owner is already [a-z0-9-].
    QString fileOf(const QString& owner) const { return m_dir + QStringLiteral("/lifeboat-") + owner; }
    QString m_dir;
};

// The user's crontab, through the crontab program (it owns the spool's format and
// permissions); the owner's entries sit between marker lines and the rest is kept.
class CrontabScheduler final : public Scheduler {
public:
    QString name() const override { return QStringLiteral("crontab"); }
    Result<QStringList> installedIds(const QString& owner) override
    {
        auto current = read();
        if (!current)
            return current.error();
        return idsInCronText(block(current.value(), owner), owner);
    }
    Status install(const RunContext& context, const std::vector<ScheduledJob>& jobs) override
    {
        auto current = read();
        if (!current)
            return current.error();
        QByteArray kept = withoutBlock(current.value(), context.owner);
        if (!jobs.empty()) {
            auto entries = cronEntries(context, jobs, {});
            if (!entries)
                return entries.error();
            if (!kept.isEmpty() && !kept.endsWith('\n'))
                kept += '\n';
            kept += begin(context.owner) + '\n' + cronHeader(context.owner) + entries.value() + end(context.owner) + '\n';
        }
        if (kept == current.value())
            return success();
        auto written = runProgram(QStringLiteral("crontab"), {QStringLiteral("-")}, kept.isEmpty() ? QByteArray("\n") : kept);
        if (!written)
            return written.error();
        if (written->exit != 0)
            return Error{Error::Code::Io, tr("crontab refused the new table: %1").arg(firstLine(written->err))};
        return success();
    }

private:
    static QByteArray begin(const QString& owner) { return QStringLiteral("# BEGIN lifeboat %1").arg(owner).toUtf8(); }
    static QByteArray end(const QString& owner) { return QStringLiteral("# END lifeboat %1").arg(owner).toUtf8(); }
    static Result<QByteArray> read()
    {
        auto listed = runProgram(QStringLiteral("crontab"), {QStringLiteral("-l")});
        if (!listed)
            return listed.error();
        if (listed->exit != 0) {
            // "no crontab for USER" is an empty table, anything else a failure.
            if (listed->err.contains("no crontab"))
                return QByteArray();
            return Error{Error::Code::Unreadable, tr("crontab -l failed: %1").arg(firstLine(listed->err))};
        }
        return listed->out;
    }
    static QByteArray block(const QByteArray& table, const QString& owner)
    {
        const qsizetype from = table.indexOf(QByteArray(begin(owner) + '\n'));
        const qsizetype to = table.indexOf(end(owner), from);
        return from < 0 || to < 0 ? QByteArray() : table.mid(from, to - from);
    }
    static QByteArray withoutBlock(const QByteArray& table, const QString& owner)
    {
        const qsizetype from = table.indexOf(QByteArray(begin(owner) + '\n'));
        if (from < 0)
            return table;
        qsizetype to = table.indexOf(end(owner), from);
        if (to < 0)
            return table.left(from);
        to += end(owner).size();
        if (to < table.size() && table.at(to) == '\n')
            ++to;
        return table.left(from) + table.mid(to);
    }
};

// A .service and a .timer per job; systemd runs the service when the timer fires
// (Persistent=true: a run missed while the node was off happens at boot).
class SystemdScheduler final : public Scheduler {
public:
    explicit SystemdScheduler(bool user) : m_user(user) {}
    QString name() const override { return m_user ? QStringLiteral("systemd-user") : QStringLiteral("systemd-system"); }
    Result<QStringList> installedIds(const QString& owner) override
    {
        QStringList ids;
        const QString prefix = unitPrefix(owner);
        for (const QString& f : QDir(unitDir()).entryList({prefix + QStringLiteral("*.timer")}, QDir::Files))
            ids << f.mid(prefix.size()).chopped(6);
        return ids;
    }
    Status install(const RunContext& context, const std::vector<ScheduledJob>& jobs) override
    {
        auto installed = installedIds(context.owner);
        if (!installed)
            return installed.error();
        QStringList timers;
        for (const ScheduledJob& job : jobs) {
            auto calendars = systemdCalendars(job);
            if (!calendars)
                return calendars.error();
            const QString unit = unitPrefix(context.owner) + job.id;
            QString exec = systemdQuote(context.engine) + QStringLiteral(" schedule run --data-dir ") + systemdQuote(context.dataDir) + QStringLiteral(" --journal ")
                         + systemdQuote(context.journal) + QLatin1Char(' ') + systemdQuote(context.owner + QLatin1Char('/') + job.id);
            const QString service = QStringLiteral("[Unit]\nDescription=Lifeboat: %1\n\n[Service]\nType=oneshot\nExecStart=%2\n").arg(QString(job.summary).remove(QLatin1Char('\n')), exec);
            QString timer = QStringLiteral("[Unit]\nDescription=Lifeboat schedule of %1 (cron \"%2\")\n\n[Timer]\n").arg(job.id, job.cron);
            for (const QString& c : calendars.value())
                timer += QStringLiteral("OnCalendar=%1\n").arg(c);
            timer += QStringLiteral("Persistent=true\n\n[Install]\nWantedBy=timers.target\n");
            for (const auto& [suffix, text] : {std::pair{QStringLiteral(".service"), service}, std::pair{QStringLiteral(".timer"), timer}})
                if (auto s = writeAtomically(unitDir() + QLatin1Char('/') + unit + suffix, text.toUtf8()); !s)
                    return s;
            timers << unit + QStringLiteral(".timer");
        }
        QStringList stale;
        for (const QString& id : installed.value())
            if (std::none_of(jobs.begin(), jobs.end(), [&](const ScheduledJob& j) { return j.id == id; }))
                stale << unitPrefix(context.owner) + id + QStringLiteral(".timer");
        if (!stale.isEmpty()) {
            if (auto s = systemctl(QStringList{QStringLiteral("disable"), QStringLiteral("--now")} + stale); !s)
                return s;
            for (const QString& timer : stale) {
                QFile::remove(unitDir() + QLatin1Char('/') + timer);
                QFile::remove(unitDir() + QLatin1Char('/') + timer.chopped(6) + QStringLiteral(".service"));
            }
        }
        if (auto s = systemctl({QStringLiteral("daemon-reload")}); !s)
            return s;
        if (!timers.isEmpty())
            return systemctl(QStringList{QStringLiteral("enable"), QStringLiteral("--now")} + timers);
        return success();
    }
    QStringList warnings() const override
    {
        if (m_user && !QFileInfo::exists(QStringLiteral("/var/lib/systemd/linger/") + currentUser()))
            return {tr("These are systemd user timers of %1, which run only while %1 is logged in: run \"loginctl enable-linger %1\" on the node so they run always.")
                        .arg(currentUser())};
        return {};
    }

private:
    QString unitDir() const
    {
        return m_user ? QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation) + QStringLiteral("/systemd/user") : QStringLiteral("/etc/systemd/system");
    }
    static QString unitPrefix(const QString& owner) { return QStringLiteral("lifeboat-") + owner + QLatin1Char('-'); }
    Status systemctl(const QStringList& arguments) const
    {
        auto ran = runProgram(QStringLiteral("systemctl"), (m_user ? QStringList{QStringLiteral("--user")} : QStringList{}) + arguments);
        if (!ran)
            return ran.error();
        if (ran->exit != 0)
            return Error{Error::Code::Io, tr("systemctl %1 failed: %2").arg(arguments.join(QLatin1Char(' ')), firstLine(ran->err))};
        return success();
    }
    bool m_user;
};

} // namespace

Result<Scheduler::CronTiming> Scheduler::cronTiming(const ScheduledJob& job, const QTimeZone& nodeZone)
{
    auto cron = parsed(job);
    if (!cron)
        return cron.error();
    const QTimeZone zone = plan::timeZoneFromId(job.timeZone);
    if (!zone.isValid())
        return Error{Error::Code::Invalid, tr("Job %1: \"%2\" is not a time zone this node knows.").arg(job.id, job.timeZone)};
    if (sameOffsetsAllYear(zone, nodeZone))
        return CronTiming{job.cron, false};
    if (offTheHour(zone) || offTheHour(nodeZone))
        return CronTiming{QStringLiteral("* * * * *"), true};
    return CronTiming{listOf(cron->fields().minutes, 0, 59) + QStringLiteral(" * * * *"), true};
}

Result<QString> Scheduler::cronCommand(const RunContext& context, const QString& jobId, bool dueCheck)
{
    const auto quoted = [](const QString& value) -> Result<QString> {
        if (value.contains(QLatin1Char('\n')) || value.contains(QLatin1Char('\r')))
            return Error{Error::Code::Invalid, tr("\"%1\" has a line break, which a cron entry cannot carry.").arg(value)};
        // In a cron command '%' means a new line unless escaped, even inside quotes.
        return restore::RestoreCommand::shellQuote(value).replace(QLatin1Char('%'), QStringLiteral("\\%"));
    };
    QStringList words;
    for (const QString& value : {context.engine, context.dataDir, context.journal, QString(context.owner + QLatin1Char('/') + jobId)}) {
        auto q = quoted(value);
        if (!q)
            return q.error();
        words << q.value();
    }
    return QStringLiteral("%1 schedule run --data-dir %2 --journal %3%4 %5").arg(words[0], words[1], words[2], dueCheck ? QStringLiteral(" --due-check") : QString(), words[3]);
}

Result<QStringList> Scheduler::systemdCalendars(const ScheduledJob& job)
{
    auto cron = parsed(job);
    if (!cron)
        return cron.error();
    const plan::CronExpression::Fields f = cron->fields();
    static const QStringList days{QStringLiteral("Sun"), QStringLiteral("Mon"), QStringLiteral("Tue"), QStringLiteral("Wed"),
                                  QStringLiteral("Thu"), QStringLiteral("Fri"), QStringLiteral("Sat")};
    const QString zone = job.timeZone.isEmpty() ? QStringLiteral("UTC") : job.timeZone;
    const QString months = all(f.months, 1, 12) ? QStringLiteral("*") : listOf(f.months, 1, 12);
    const QString time = (all(f.hours, 0, 23) ? QStringLiteral("*") : listOf(f.hours, 0, 23)) + QLatin1Char(':')
                       + (all(f.minutes, 0, 59) ? QStringLiteral("*") : listOf(f.minutes, 0, 59)) + QStringLiteral(":00 ") + zone;
    const auto line = [&](bool withDays, bool withWeekdays) -> QString {
        const QString dom = !withDays || all(f.daysOfMonth, 1, 31) ? QStringLiteral("*") : listOf(f.daysOfMonth, 1, 31);
        const QString dow = !withWeekdays || all(f.daysOfWeek, 0, 6) ? QString() : listOf(f.daysOfWeek, 0, 6, days) + QLatin1Char(' ');
        return dow + QStringLiteral("*-") + months + QLatin1Char('-') + dom + QLatin1Char(' ') + time;
    };
    // Vixie: with both day fields restricted a day matches either; otherwise both.
    if (!f.dayOfMonthStar && !f.dayOfWeekStar)
        return QStringList{line(true, false), line(false, true)};
    return QStringList{line(true, true)};
}

QString Scheduler::systemdQuote(const QString& value)
{
    QString out = value;
    out.replace(QLatin1Char('\\'), QStringLiteral("\\\\")).replace(QLatin1Char('"'), QStringLiteral("\\\"")).replace(QLatin1Char('%'), QStringLiteral("%%"));
    out.replace(QLatin1Char('$'), QStringLiteral("$$"));
    return QLatin1Char('"') + out + QLatin1Char('"');
}

Result<std::unique_ptr<Scheduler>> Scheduler::choose(const QString& spec)
{
    QString s = spec.isEmpty() ? qEnvironmentVariable("LIFEBOAT_SCHEDULER") : spec;
    if (s.isEmpty()) {
        const bool systemd = QFileInfo(QStringLiteral("/run/systemd/system")).isDir() && !QStandardPaths::findExecutable(QStringLiteral("systemctl")).isEmpty();
        if (systemd)
            s = platform::FileSystem::runningAsRoot() ? QStringLiteral("systemd-system") : QStringLiteral("systemd-user");
        else if (platform::FileSystem::runningAsRoot() && QFileInfo(QStringLiteral("/etc/cron.d")).isDir())
            s = QStringLiteral("cron-file:/etc/cron.d");
        else if (!QStandardPaths::findExecutable(QStringLiteral("crontab")).isEmpty())
            s = QStringLiteral("crontab");
        else
            return Error{Error::Code::Unsupported, tr("This node has neither systemd nor cron (no /run/systemd/system, no /etc/cron.d, no crontab program): "
                                                      "nothing can run its jobs. Install cron, or name a scheduler with --scheduler.")};
    }
    if (s == QLatin1String("systemd-system"))
        return std::unique_ptr<Scheduler>(new SystemdScheduler(false));
    if (s == QLatin1String("systemd-user"))
        return std::unique_ptr<Scheduler>(new SystemdScheduler(true));
    if (s == QLatin1String("crontab"))
        return std::unique_ptr<Scheduler>(new CrontabScheduler);
    if (s.startsWith(QLatin1String("cron-file:")) && s.size() > 10)
        return std::unique_ptr<Scheduler>(new CronFileScheduler(s.mid(10)));
    return Error{Error::Code::Invalid, tr("Unknown scheduler \"%1\": use systemd-system, systemd-user, crontab or cron-file:DIRECTORY.").arg(s)};
}

} // namespace lifeboat::schedule
