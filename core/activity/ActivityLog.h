// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/util/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QStringList>

#include <vector>

namespace lifeboat::activity {

enum class Outcome : std::uint8_t { Invalid = 0, Running, Succeeded, Failed, Cancelled, Paused, Interrupted };

// One operation the console started: a restore, a backup, a verification.
struct ActivityEntry {
    QString id;                 // unique; a resumed operation keeps its id
    QString kind;               // "restore", "backup", "verify"
    QString title;              // "Restore ckpt-llama8b to gpu-07:/data/ckpt"
    QString startedBy;          // the operating-system user at the console
    QString reason;             // as the operator gave it
    QDateTime started;
    QDateTime finished;         // invalid while running
    Outcome outcome = Outcome::Invalid;
    QString summary;            // one or two sentences: the result, the target's state
    QJsonObject details;        // what, from where, to where, snapshot, verification; enough to resume
    QStringList log;            // time-stamped lines
};

// The console's activity: an append-only JSON-lines file, one line per change of an entry
// (start, pause, resume, end); the last line of an id wins when read back, so a crash
// mid-write loses at most that change. An entry still "running" when the file is read by
// a console that did not start it was interrupted (the console closed or crashed).
class ActivityLog {
    Q_DECLARE_TR_FUNCTIONS(ActivityLog)
public:
    static constexpr qsizetype kMaxLogLines = 2000;   // per entry; the oldest go first
    explicit ActivityLog(QString file);
    static QString defaultFile();
    const QString& file() const { return m_file; }
    Status record(const ActivityEntry& entry) const;
    // Newest first. Lines that are not entries are skipped and counted in `skipped`.
    Result<std::vector<ActivityEntry>> load(int* skipped = nullptr) const;
    static QString newId();
    static QString currentUser();

    static QString outcomeName(Outcome outcome);       // stable: "running" ...
    static Outcome outcomeFromName(const QString& name);
    static QString outcomeLabel(Outcome outcome);      // for people
    static QJsonObject toJson(const ActivityEntry& entry);
    static std::optional<ActivityEntry> fromJson(const QJsonObject& object);
    // A report of one entry for people: what, from where, to where, when, how long, the
    // verification, the log. Self-contained HTML (no scripts, no external resources).
    static QString reportHtml(const ActivityEntry& entry);

private:
    QString m_file;
};

} // namespace lifeboat::activity
