// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/activity/ActivityLog.h"

#include <QObject>

#include <vector>

namespace lifeboat::ui {

// The console's activity in memory, kept in step with its log file: what the Activity view
// shows and what the wizards write to. Entries that were still running when an earlier
// console stopped are shown as interrupted (their log says what was last known).
class ActivityStore : public QObject {
    Q_OBJECT
public:
    explicit ActivityStore(QString file = activity::ActivityLog::defaultFile(), QObject* parent = nullptr);
    const std::vector<activity::ActivityEntry>& entries() const { return m_entries; }
    const activity::ActivityEntry* find(const QString& id) const;
    // Adds or replaces (by id) and writes it; returns the write error, if any.
    Status record(const activity::ActivityEntry& entry);
    QString loadProblem() const { return m_loadProblem; }
    const QString& file() const { return m_log.file(); }

signals:
    void changed(const QString& id);

private:
    activity::ActivityLog m_log;
    std::vector<activity::ActivityEntry> m_entries;   // newest first
    QString m_loadProblem;
};

} // namespace lifeboat::ui
