// SPDX-License-Identifier: GPL-3.0-or-later
#include "OperationRun.h"

#include "core/fleet/JobRunner.h"
#include "core/util/Result.h"
#include "core/util/Units.h"

#include <algorithm>

namespace lifeboat::ui {

namespace {
constexpr qsizetype kMaxThroughputSamples = 2000;
}

OperationRun::OperationRun(fleet::JobRunner* runner, QObject* parent) : QObject(parent), m_runner(runner)
{
    connect(m_runner, &fleet::JobRunner::requestEvent, this, &OperationRun::onEvent);
    connect(m_runner, &fleet::JobRunner::finished, this, &OperationRun::onFinished);
    connect(m_runner, &fleet::JobRunner::failed, this, &OperationRun::onFailed);
}

QString OperationRun::stateLabel(JobState state)
{
    switch (state) {
    case JobState::Waiting:
        return tr("Waiting");
    case JobState::Running:
        return tr("Running");
    case JobState::Paused:
        return tr("Paused");
    case JobState::Done:
        return tr("Done");
    case JobState::Failed:
        return tr("Failed");
    case JobState::Cancelled:
        return tr("Cancelled");
    case JobState::Invalid:
        break;
    }
    return {};
}

void OperationRun::addLog(const QString& line)
{
    const QString stamped = QDateTime::currentDateTimeUtc().toString(QStringLiteral("HH:mm:ss")) + QLatin1Char(' ') + line;
    m_log.append(stamped);
    emit logged(stamped);
}

void OperationRun::start(std::vector<RunJob> jobs)
{
    m_jobs = std::move(jobs);
    m_progress.assign(m_jobs.size(), JobProgress{});
    m_requests.assign(m_jobs.size(), 0);
    m_throughput.clear();
    m_elapsedBefore = 0;
    m_clock.start();
    for (std::size_t i = 0; i < m_jobs.size(); ++i) {
        m_progress[i].bytesTotal = m_jobs[i].expectedBytes;
        launch(static_cast<int>(i));
    }
}

void OperationRun::launch(int index)
{
    const auto i = static_cast<std::size_t>(index);
    JobProgress& p = m_progress[i];
    p.state = JobState::Running;
    p.error.clear();
    p.errorCode = 0;
    p.bytesPerSecond = 0;
    m_requests[i] = m_runner->request(m_jobs[i].node, m_jobs[i].op, m_jobs[i].params);
    addLog(tr("%1: started.").arg(m_jobs[i].label));
    emit jobChanged(index);
}

void OperationRun::pause()
{
    if (running())
        stopAll(JobState::Paused);
}

void OperationRun::cancel()
{
    if (running()) {
        stopAll(JobState::Cancelled);
        return;
    }
    // Nothing runs (paused, or failed): cancelling makes it final.
    for (std::size_t i = 0; i < m_progress.size(); ++i) {
        if (m_progress[i].state != JobState::Done && m_progress[i].state != JobState::Cancelled) {
            m_progress[i].state = JobState::Cancelled;
            emit jobChanged(static_cast<int>(i));
        }
    }
    emit stopped();
}

void OperationRun::stopAll(JobState as)
{
    m_stopAs = as;
    for (qint64 id : m_requests) {
        if (id)
            m_runner->cancel(id);
    }
}

void OperationRun::resume()
{
    if (running())
        return;
    m_stopAs = JobState::Invalid;
    m_elapsedBefore = elapsedSeconds();
    m_clock.start();
    for (std::size_t i = 0; i < m_jobs.size(); ++i) {
        if (m_progress[i].state != JobState::Done)
            launch(static_cast<int>(i));
    }
}

bool OperationRun::running() const
{
    return std::any_of(m_requests.begin(), m_requests.end(), [](qint64 id) { return id != 0; });
}

bool OperationRun::allDone() const
{
    return !m_progress.empty() && std::all_of(m_progress.begin(), m_progress.end(), [](const JobProgress& p) { return p.state == JobState::Done; });
}

bool OperationRun::resumable() const
{
    return !running() && std::any_of(m_progress.begin(), m_progress.end(), [](const JobProgress& p) {
        return p.state == JobState::Paused || p.state == JobState::Failed || p.state == JobState::Cancelled;
    });
}

double OperationRun::elapsedSeconds() const
{
    return m_elapsedBefore + (m_clock.isValid() ? static_cast<double>(m_clock.elapsed()) / 1000.0 : 0.0);
}

JobProgress OperationRun::combined() const
{
    JobProgress c;
    double slowestEta = -1;
    for (const JobProgress& p : m_progress) {
        c.bytesDone += p.bytesDone;
        c.bytesTotal += std::max(p.bytesTotal, p.bytesDone);
        c.filesDone += p.filesDone;
        c.filesTotal += p.filesTotal;
        if (p.state == JobState::Running) {
            c.bytesPerSecond += p.bytesPerSecond;
            slowestEta = std::max(slowestEta, p.etaSeconds);
        }
    }
    // The shards run in parallel: the whole is done when the slowest is.
    c.etaSeconds = slowestEta;
    c.state = allDone() ? JobState::Done : running() ? JobState::Running : JobState::Paused;
    return c;
}

void OperationRun::onEvent(qint64 id, const QJsonObject& event)
{
    const auto it = std::find(m_requests.begin(), m_requests.end(), id);
    if (it == m_requests.end() || id == 0)
        return;
    const auto i = static_cast<std::size_t>(it - m_requests.begin());
    const QString type = event.value(QLatin1String("type")).toString();
    if (type == QLatin1String("progress")) {
        JobProgress& p = m_progress[i];
        p.bytesDone = event.value(QLatin1String("bytesDone")).toDouble();
        p.bytesTotal = event.value(QLatin1String("bytesTotal")).toDouble();
        p.filesDone = event.value(QLatin1String("filesDone")).toDouble();
        p.filesTotal = event.value(QLatin1String("filesTotal")).toDouble();
        p.bytesPerSecond = event.value(QLatin1String("bytesPerSecond")).toDouble();
        p.etaSeconds = event.value(QLatin1String("etaSeconds")).toDouble(-1);
        m_throughput.append(QPointF(elapsedSeconds(), combined().bytesPerSecond));
        // A long restore reports a few times a second for hours: keep every other sample
        // once there are many, so the chart stays cheap and still spans the whole run.
        if (m_throughput.size() > kMaxThroughputSamples) {
            QList<QPointF> thinned;
            for (qsizetype k = 0; k < m_throughput.size(); k += 2)
                thinned.append(m_throughput[k]);
            m_throughput = thinned;
        }
        emit progressed();
    } else if (type == QLatin1String("log")) {
        addLog(QStringLiteral("%1: %2").arg(m_jobs[i].label, event.value(QLatin1String("message")).toString()));
    }
}

void OperationRun::onFinished(qint64 id, const QJsonObject& result, int exit)
{
    const auto it = std::find(m_requests.begin(), m_requests.end(), id);
    if (it == m_requests.end() || id == 0)
        return;
    const auto i = static_cast<std::size_t>(it - m_requests.begin());
    *it = 0;
    JobProgress& p = m_progress[i];
    p.state = JobState::Done;
    p.result = result;
    p.exit = exit;
    p.bytesDone = std::max(p.bytesDone, p.bytesTotal);
    p.filesDone = std::max(p.filesDone, p.filesTotal);
    addLog(tr("%1: finished (exit %2).").arg(m_jobs[i].label).arg(exit));
    emit jobChanged(static_cast<int>(i));
    emit progressed();
    checkStopped();
}

void OperationRun::onFailed(qint64 id, int code, const QString& message)
{
    const auto it = std::find(m_requests.begin(), m_requests.end(), id);
    if (it == m_requests.end() || id == 0)
        return;
    const auto i = static_cast<std::size_t>(it - m_requests.begin());
    *it = 0;
    JobProgress& p = m_progress[i];
    const bool stoppedByUs = m_stopAs != JobState::Invalid && code == static_cast<int>(Error::Code::Cancelled);
    p.state = stoppedByUs ? m_stopAs : JobState::Failed;
    p.error = message;
    p.errorCode = code;
    p.bytesPerSecond = 0;
    addLog(stoppedByUs ? tr("%1: %2.").arg(m_jobs[i].label, stateLabel(p.state)) : tr("%1: failed: %2").arg(m_jobs[i].label, message));
    emit jobChanged(static_cast<int>(i));
    emit progressed();
    checkStopped();
}

void OperationRun::checkStopped()
{
    if (running())
        return;
    m_elapsedBefore = elapsedSeconds();
    m_clock.invalidate();
    emit stopped();
}

} // namespace lifeboat::ui
