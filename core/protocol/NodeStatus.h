// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

class QDateTime;

namespace lifeboat::protocol {

// What a node says about itself in `hello` and `status`: who it is, and for the paths the
// console asks about (dataset locations, repositories) whether they exist and how much
// room is left. Recent runs come from the run journal the server keeps.
class NodeStatus {
public:
    static QJsonObject facts();
    // {"path", "exists", "free_bytes", "total_bytes", "repository"} for each path.
    static QJsonArray paths(const QStringList& paths);
    // The jobs installed here, per owner, and which of them the scheduler has an entry for:
    // [{"owner", "jobs": [job…], "scheduler", "installed": [id…], "error"?, "schedulerError"?}].
    static QJsonArray schedules();
};

// An append-only log of the engine operations a node ran through `serve`, one JSON line
// per finished operation, so `status` can show recent runs after the console reconnects.
// Kept under 1 MiB: when it grows past that it is renamed to FILE.1 and started again.
class RunJournal {
public:
    explicit RunJournal(QString file);
    static QString defaultFile();
    void append(const QJsonObject& run) const;
    // The line of one finished engine command (`arguments` as lifeboat-cli got them): what
    // monitoring judges a dataset's backups and a repository's verifications by
    // (core/monitor/FleetHealth). `result`: the command's JSON result, when it gave one;
    // `error`: its failure in words otherwise.
    static QJsonObject entry(const QString& op, const QStringList& arguments, const QDateTime& started, int exit, const std::optional<QJsonObject>& result,
                             const QString& error);
    QJsonArray recent(int count) const;
    // The newest run, and the newest good one, of each op × repository × dataset, kept
    // beside the journal: a weekly drill or verification stays known after hundreds of
    // hourly backups pushed it out of `recent` (or out of the journal altogether).
    QJsonArray latest() const;
    const QString& file() const { return m_file; }

private:
    QString latestFile() const;
    void rememberLatest(const QJsonObject& run) const;
    QString m_file;
};

} // namespace lifeboat::protocol
