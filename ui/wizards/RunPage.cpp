// SPDX-License-Identifier: GPL-3.0-or-later
#include "RunPage.h"

#include "OperationWizard.h"
#include "ui/charts/ChartPanel.h"
#include "ui/presenters/OperationRun.h"

#include "core/util/Readable.h"
#include "core/util/Units.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include <cmath>

namespace lifeboat::ui {

namespace {

QString rate(double bytesPerSecond)
{
    return readable::bytesPerSecond(bytesPerSecond);
}

QString eta(double seconds)
{
    if (seconds < 0 || !std::isfinite(seconds))
        return RunPage::tr("not known yet");
    return readable::durationCeil(seconds);
}

} // namespace

RunPage::RunPage(OperationWizard* wizard) : QWizardPage(wizard), m_wizard(wizard), m_run(new OperationRun(wizard->runner(), this))
{
    setObjectName(QStringLiteral("runPage"));
    setTitle(tr("Run"));
    setCommitPage(true);
    setButtonText(QWizard::CommitButton, tr("Check and &Report >"));
    setSubTitle(tr("Pausing stops the engine with every finished file complete; resuming skips what is already correct."));
    m_bar = new QProgressBar(this);
    m_bar->setRange(0, 1000);
    m_figures = new QLabel(this);
    m_figures->setObjectName(QStringLiteral("runFigures"));
    m_state = new QLabel(this);
    m_state->setObjectName(QStringLiteral("runState"));
    m_state->setWordWrap(true);
    m_state->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_jobs = new QTableWidget(0, 4, this);
    m_jobs->setHorizontalHeaderLabels({tr("Job"), tr("State"), tr("Done"), tr("Rate")});
    m_jobs->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_jobs->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_jobs->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_jobs->verticalHeader()->hide();
    m_chart = new ChartPanel(this);
    m_chart->setMessage(tr("Throughput appears here once the engine reports progress."));
    m_chart->setMinimumHeight(220);
    m_log = new QPlainTextEdit(this);
    m_log->setReadOnly(true);
    m_log->setMaximumBlockCount(5000);
    m_pause = new QPushButton(tr("&Pause"), this);
    m_resume = new QPushButton(tr("&Resume"), this);
    m_cancel = new QPushButton(tr("Stop and &cancel"), this);
    m_pause->setToolTip(tr("Stops the engine now; Resume continues and skips the files already correct."));
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_pause);
    buttons->addWidget(m_resume);
    buttons->addWidget(m_cancel);
    buttons->addStretch(1);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_bar);
    layout->addWidget(m_figures);
    layout->addWidget(m_state);
    layout->addLayout(buttons);
    layout->addWidget(m_jobs, 1);
    layout->addWidget(m_chart, 1);
    layout->addWidget(m_log, 1);

    connect(m_run, &OperationRun::progressed, this, &RunPage::refresh);
    connect(m_run, &OperationRun::jobChanged, this, &RunPage::refreshJob);
    connect(m_run, &OperationRun::logged, m_log, &QPlainTextEdit::appendPlainText);
    connect(m_run, &OperationRun::stopped, this, &RunPage::onStopped);
    connect(m_pause, &QPushButton::clicked, this, [this] {
        m_run->addLog(tr("Pause asked."));
        m_run->pause();
    });
    connect(m_resume, &QPushButton::clicked, this, [this] {
        m_run->addLog(tr("Resumed."));
        m_wizard->recordActivity(activity::Outcome::Running, tr("Resumed."), m_run->log());
        m_run->resume();
        refresh();
    });
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        m_run->addLog(tr("Cancel asked."));
        m_run->cancel();
    });
}

void RunPage::initializePage()
{
    if (m_started)
        return;
    m_started = true;
    std::vector<RunJob> jobs = m_wizard->runJobs();
    m_jobs->setRowCount(static_cast<int>(jobs.size()));
    for (int i = 0; i < static_cast<int>(jobs.size()); ++i) {
        m_jobs->setItem(i, 0, new QTableWidgetItem(jobs[static_cast<std::size_t>(i)].label));
        for (int c = 1; c < 4; ++c)
            m_jobs->setItem(i, c, new QTableWidgetItem);
    }
    if (!m_wizard->entry().started.isValid())
        m_wizard->entry().started = QDateTime::currentDateTimeUtc();
    m_wizard->recordActivity(activity::Outcome::Running, tr("Started."), {});
    m_run->start(std::move(jobs));
    refresh();
}

void RunPage::cleanupPage()
{
    // Back from a run is not offered (the page is a commit page once started).
}

bool RunPage::isComplete() const
{
    return m_run->allDone();
}

QString RunPage::stateText() const
{
    return m_state->text();
}

void RunPage::refreshJob(int index)
{
    const JobProgress& p = m_run->progress()[static_cast<std::size_t>(index)];
    if (auto* item = m_jobs->item(index, 1)) {
        item->setText(OperationRun::stateLabel(p.state));
        item->setToolTip(p.error);
    }
    refresh();
}

void RunPage::refresh()
{
    const JobProgress c = m_run->combined();
    m_bar->setValue(c.bytesTotal > 0 ? static_cast<int>(1000.0 * c.bytesDone / c.bytesTotal) : (m_run->allDone() ? 1000 : 0));
    m_figures->setText(tr("%1 of %2 · %3 of %4 files · %5 · ETA %6 · %7 elapsed")
                           .arg(readable::bytes(c.bytesDone), readable::bytes(c.bytesTotal))
                           .arg(c.filesDone)
                           .arg(c.filesTotal)
                           .arg(rate(c.bytesPerSecond), eta(c.etaSeconds), eta(m_run->elapsedSeconds())));
    for (int i = 0; i < static_cast<int>(m_run->progress().size()); ++i) {
        const JobProgress& p = m_run->progress()[static_cast<std::size_t>(i)];
        if (auto* item = m_jobs->item(i, 2))
            item->setText(tr("%1 of %2").arg(readable::bytes(p.bytesDone), readable::bytes(std::max(p.bytesTotal, p.bytesDone))));
        if (auto* item = m_jobs->item(i, 3))
            item->setText(p.state == JobState::Running ? rate(p.bytesPerSecond) : QString());
    }
    // Redrawn at most once a second: progress comes several times a second per job.
    if (m_run->throughput().size() >= 2 && (!m_sinceChart.isValid() || m_sinceChart.elapsed() >= 1000 || !m_run->running())) {
        m_sinceChart.start();
        QList<QPointF> mib;
        for (const QPointF& point : m_run->throughput())
            mib.append(QPointF(point.x(), point.y() / 1048576.0));
        ChartAxis x;
        x.title = tr("seconds since the start");
        x.format = QStringLiteral("%.1f");
        x.min = 0;
        ChartAxis y;
        y.title = tr("MiB/s");
        y.format = QStringLiteral("%.0f");
        y.min = 0;
        m_chart->setChart(tr("Throughput"), x, y, {ChartSeries{tr("all jobs"), ChartSeries::Kind::Line, mib, {}, false}});
    }
    const bool running = m_run->running();
    m_pause->setEnabled(running);
    m_resume->setEnabled(m_run->resumable());
    m_cancel->setEnabled(running || m_run->resumable());
    if (running)
        m_state->setText(tr("Running."));
}

void RunPage::onStopped()
{
    refresh();
    activity::Outcome outcome = activity::Outcome::Succeeded;
    QString statement;
    if (m_run->allDone()) {
        statement = tr("Every job finished; the check follows on the next page.");
        outcome = activity::Outcome::Running;   // the check decides
    } else {
        const auto& progress = m_run->progress();
        const bool cancelled = std::any_of(progress.begin(), progress.end(), [](const JobProgress& p) { return p.state == JobState::Cancelled; });
        const bool failed = std::any_of(progress.begin(), progress.end(), [](const JobProgress& p) { return p.state == JobState::Failed; });
        QStringList why;
        for (std::size_t i = 0; i < progress.size(); ++i) {
            if (progress[i].state == JobState::Failed)
                why << tr("%1: %2").arg(m_run->jobs()[i].label, progress[i].error);
        }
        outcome = cancelled ? activity::Outcome::Cancelled : failed ? activity::Outcome::Failed : activity::Outcome::Paused;
        statement = m_wizard->stoppedStatement(*m_run);
        if (!why.isEmpty())
            statement = why.join(QLatin1Char('\n')) + QLatin1Char('\n') + statement;
        if (outcome != activity::Outcome::Cancelled)
            statement += QLatin1Char(' ') + tr("Resume continues from here.");
    }
    m_state->setText(statement);
    if (auto written = m_wizard->recordActivity(outcome, statement, m_run->log()); !written)
        m_run->addLog(written.error().message);
    emit completeChanged();
    emit runStopped();
}

} // namespace lifeboat::ui
