// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QElapsedTimer>
#include <QJsonObject>
#include <QObject>
#include <QPointF>
#include <QStringList>

#include <vector>

namespace lifeboat::fleet {
class JobRunner;
}

namespace lifeboat::ui {

// One engine request of a run: a restore of one shard, a backup of one location.
struct RunJob {
    QString label;                  // "shard 2 on gpu-08: /data/ckpt"
    QString node;                   // empty: this computer
    QString op;                     // "repo.restore", "repo.backup", "repo.verify"
    QJsonObject params;             // with the passphrase
    double expectedBytes = 0;       // for the combined bar until the engine says
};

enum class JobState : std::uint8_t { Invalid = 0, Waiting, Running, Paused, Done, Failed, Cancelled };

struct JobProgress {
    JobState state = JobState::Waiting;
    double bytesDone = 0;
    double bytesTotal = 0;
    double filesDone = 0;
    double filesTotal = 0;
    double bytesPerSecond = 0;
    double etaSeconds = -1;
    QJsonObject result;             // Done: the engine's result
    int exit = 0;
    QString error;                  // Failed: why, in words
    int errorCode = 0;
};

// Runs the jobs of one operation in parallel (one request per job through the JobRunner,
// so jobs at different places run at once), combines their progress for one view, and
// pauses, resumes and cancels them. Pausing cancels the engine requests: a restore stops
// with every file it finished complete, and resuming runs the same requests again, which
// skip what is already correct. A job whose connection broke is Failed and resumable too.
class OperationRun : public QObject {
    Q_OBJECT
public:
    explicit OperationRun(fleet::JobRunner* runner, QObject* parent = nullptr);

    void start(std::vector<RunJob> jobs);
    void pause();
    void resume();                  // every job not Done runs again
    void cancel();

    bool running() const;           // a request is out
    bool allDone() const;           // every job Done
    bool resumable() const;         // nothing runs, and a job is Paused, Failed or Cancelled
    const std::vector<RunJob>& jobs() const { return m_jobs; }
    const std::vector<JobProgress>& progress() const { return m_progress; }
    JobProgress combined() const;
    double elapsedSeconds() const;
    // (seconds since the start, bytes per second), one sample per progress report.
    const QList<QPointF>& throughput() const { return m_throughput; }
    const QStringList& log() const { return m_log; }
    void addLog(const QString& line);
    static QString stateLabel(JobState state);

signals:
    void progressed();
    void jobChanged(int index);
    void stopped();                 // nothing runs any more
    void logged(const QString& line);

private:
    void launch(int index);
    void onEvent(qint64 id, const QJsonObject& event);
    void onFinished(qint64 id, const QJsonObject& result, int exit);
    void onFailed(qint64 id, int code, const QString& message);
    void stopAll(JobState as);
    void checkStopped();

    fleet::JobRunner* m_runner;
    std::vector<RunJob> m_jobs;
    std::vector<JobProgress> m_progress;
    std::vector<qint64> m_requests;     // per job; 0 when none is out
    JobState m_stopAs = JobState::Invalid;
    QElapsedTimer m_clock;
    double m_elapsedBefore = 0;
    QList<QPointF> m_throughput;
    QStringList m_log;
};

} // namespace lifeboat::ui
