// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "FleetHealth.h"

#include <QJsonObject>

#include <vector>

namespace lifeboat::monitor {

// One problem the console has seen: raised when a dataset, repository or node enters a
// state that is not OK, cleared when it leaves it (a change to another bad state clears
// this one and raises the next), acknowledged by a person.
struct Alert {
    QString id;
    QString kind;                   // "dataset", "repository", "node"
    QString name;
    HealthState state = HealthState::Invalid;
    Severity severity = Severity::Ok;
    QString reason;                 // the newest sentence for it
    QDateTime raised;
    QDateTime lastSeen;
    QDateTime cleared;              // invalid while open
    QDateTime acknowledged;         // invalid until someone acknowledges it
    QString acknowledgedBy;
    bool open() const { return !cleared.isValid(); }
};

// The console's alerts and their history, kept as JSON lines (the last line of an id wins,
// as the activity log), so acknowledgements and history survive restarts. Items whose
// state is Unknown raise nothing: that a node did not answer is its own alert.
class AlertBook {
    Q_DECLARE_TR_FUNCTIONS(AlertBook)
public:
    explicit AlertBook(QString file);
    const QString& file() const { return m_file; }
    QString loadProblem() const { return m_loadProblem; }
    // Newest first.
    const std::vector<Alert>& alerts() const { return m_alerts; }
    const Alert* find(const QString& id) const;
    // From a fresh assessment of the whole plan: returns the alerts it raised. Objects the
    // assessment does not mention (gone from the plan) have their alerts cleared.
    std::vector<Alert> update(const std::vector<HealthItem>& items, const QDateTime& now, Status* written = nullptr);
    Status acknowledge(const QString& id, const QString& who, const QDateTime& now);
    // The document a webhook receives for an alert (stable keys, never translated).
    static QJsonObject payload(const Alert& alert, const QString& planName);

private:
    Status write(const Alert& alert) const;
    QString m_file;
    QString m_loadProblem;
    std::vector<Alert> m_alerts;
};

} // namespace lifeboat::monitor
