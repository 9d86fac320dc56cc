// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "FleetStatus.h"

#include <QObject>
#include <QStringList>

#include <atomic>
#include <memory>

namespace lifeboat::fleet {

// FleetStatus::poll for the console: runs on a thread of its own, so the GUI thread never
// waits on the network, and hands every node's report to the owner's thread as it arrives
// (queued signals). One poll at a time; start() while one runs does nothing and says so.
class FleetPoller : public QObject {
    Q_OBJECT
public:
    explicit FleetPoller(QObject* parent = nullptr);
    ~FleetPoller() override;   // cancels a running poll and waits for it

    bool isRunning() const;
    // Asks `nodes` of `plan` (names; empty: every node). The plan is copied.
    bool start(const plan::Plan& plan, const FleetOptions& options, const QStringList& nodes = {});
    // Nodes already being asked finish (each within its own timeouts); the rest are not asked.
    void cancel();
    // Until the poll's threads have ended (its last signals may still be queued).
    void wait();

signals:
    void started(const QStringList& nodes);
    void nodeReported(const lifeboat::fleet::NodeReport& report);
    // Exactly once per start(), after the last nodeReported.
    void finished(bool cancelled);

private:
    class Run;
    std::unique_ptr<Run> m_run;
    std::shared_ptr<std::atomic<bool>> m_cancel;
    bool m_running = false;   // owner's thread only
};

} // namespace lifeboat::fleet

Q_DECLARE_METATYPE(lifeboat::fleet::NodeReport)
