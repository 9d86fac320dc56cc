// SPDX-License-Identifier: GPL-3.0-or-later
#include "ActivityStore.h"

#include <algorithm>

namespace lifeboat::ui {

using activity::ActivityEntry;
using activity::Outcome;

ActivityStore::ActivityStore(QString file, QObject* parent) : QObject(parent), m_log(std::move(file))
{
    int skipped = 0;
    auto loaded = m_log.load(&skipped);
    if (!loaded) {
        m_loadProblem = loaded.error().message;
        return;
    }
    m_entries = std::move(loaded.value());
    for (ActivityEntry& e : m_entries) {
        if (e.outcome == Outcome::Running) {
            e.outcome = Outcome::Interrupted;
            e.summary = tr("The console stopped while this ran; what it last knew: %1").arg(e.summary.isEmpty() ? tr("nothing yet") : e.summary);
        }
    }
    if (skipped)
        m_loadProblem = tr("%n line(s) of the activity log %1 could not be read and are not shown.", nullptr, skipped).arg(m_log.file());
}

const ActivityEntry* ActivityStore::find(const QString& id) const
{
    const auto it = std::find_if(m_entries.begin(), m_entries.end(), [&](const ActivityEntry& e) { return e.id == id; });
    return it == m_entries.end() ? nullptr : &*it;
}

Status ActivityStore::record(const ActivityEntry& entry)
{
    const auto it = std::find_if(m_entries.begin(), m_entries.end(), [&](const ActivityEntry& e) { return e.id == entry.id; });
    if (it != m_entries.end())
        *it = entry;
    else
        m_entries.insert(m_entries.begin(), entry);
    Status written = m_log.record(entry);
    emit changed(entry.id);
    return written;
}

} // namespace lifeboat::ui
