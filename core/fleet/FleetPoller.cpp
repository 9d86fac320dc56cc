// SPDX-License-Identifier: GPL-3.0-or-later
#include "FleetPoller.h"

#include <QThread>

namespace lifeboat::fleet {

class FleetPoller::Run {
public:
    std::unique_ptr<QThread> thread;
};

FleetPoller::FleetPoller(QObject* parent) : QObject(parent) { qRegisterMetaType<NodeReport>(); }

FleetPoller::~FleetPoller()
{
    cancel();
    wait();
}

void FleetPoller::wait()
{
    if (m_run && m_run->thread)
        m_run->thread->wait();
}

bool FleetPoller::isRunning() const { return m_running; }

void FleetPoller::cancel()
{
    if (m_cancel)
        m_cancel->store(true);
}

bool FleetPoller::start(const plan::Plan& plan, const FleetOptions& options, const QStringList& nodes)
{
    if (isRunning())
        return false;
    if (m_run && m_run->thread)
        m_run->thread->wait();   // finished: only its last queued signals may be on the way
    plan::Plan subset = plan;
    if (!nodes.isEmpty()) {
        subset.nodes.clear();
        for (const plan::Node& n : plan.nodes)
            if (nodes.contains(n.name))
                subset.nodes.push_back(n);
    }
    QStringList names;
    for (const plan::Node& n : subset.nodes)
        names << n.name;
    auto cancel = std::make_shared<std::atomic<bool>>(false);
    m_cancel = cancel;
    m_run = std::make_unique<Run>();
    // The worker emits through `this`; queued delivery brings every signal to our thread.
    m_run->thread.reset(QThread::create([this, subset = std::move(subset), options, cancel] {
        FleetStatus::poll(subset, options, [this](const NodeReport& r) { emit nodeReported(r); }, cancel.get());
        // Queued behind the last report; the owner may start the next poll from its slot.
        QMetaObject::invokeMethod(this, [this, cancelled = cancel->load()] {
            m_running = false;
            emit finished(cancelled);
        }, Qt::QueuedConnection);
    }));
    m_run->thread->setObjectName(QStringLiteral("lifeboat-fleet-poll"));
    m_running = true;
    emit started(names);
    m_run->thread->start();
    return true;
}

} // namespace lifeboat::fleet
