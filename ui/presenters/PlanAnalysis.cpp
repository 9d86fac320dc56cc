// SPDX-License-Identifier: GPL-3.0-or-later
#include "PlanAnalysis.h"

#include "ui/PlanDocument.h"

#include <QtConcurrent/QtConcurrentRun>

namespace lifeboat::ui {

struct PlanAnalysis::Evaluation {
    quint64 revision = 0;
    std::optional<model::PlanExposure> exposure;
    std::optional<model::PlanRisk> risk;
    std::optional<model::SimulationResult> simulation;
    QString problem;
    std::optional<model::DomainFailureImpact> domainFailure;
    QString domainFailureProblem;
    QString failedDomain;
};

PlanAnalysis::PlanAnalysis(PlanDocument* document, QObject* parent) : QObject(parent), m_document(document)
{
    m_pending.setSingleShot(true);
    m_pending.setInterval(60);   // a control being dragged settles first
    connect(&m_pending, &QTimer::timeout, this, &PlanAnalysis::startEvaluation);
    connect(document, &PlanDocument::contentChanged, this, [this] {
        ++m_revision;
        cancelSimulation();
        m_simulated.reset();
        m_pending.start();
    });
    connect(&m_watcher, &QFutureWatcher<std::shared_ptr<Evaluation>>::finished, this, [this] {
        const std::shared_ptr<Evaluation> e = m_watcher.result();
        if (e->revision != m_revision || e->failedDomain != m_failedDomain) {
            m_pending.start();   // the input changed meanwhile: compute the newest
            return;
        }
        m_exposure = std::move(e->exposure);
        m_risk = std::move(e->risk);
        m_problem = e->problem;
        m_domainFailure = std::move(e->domainFailure);
        m_domainFailureProblem = e->domainFailureProblem;
        emit updated();
    });
    connect(&m_simulation, &QFutureWatcher<std::shared_ptr<Evaluation>>::finished, this, [this] {
        const std::shared_ptr<Evaluation> e = m_simulation.result();
        if (e->revision != m_revision) {
            emit simulationFinished(tr("The plan or the what-if changed while the simulation ran; its result is not shown."));
            return;
        }
        if (e->simulation)
            m_simulated = std::move(e->simulation);
        emit simulationFinished(e->problem);
    });
}

PlanAnalysis::~PlanAnalysis()
{
    cancelSimulation();
    m_watcher.waitForFinished();
    m_simulation.waitForFinished();
}

void PlanAnalysis::setWhatIf(const model::PlanWhatIf& whatIf)
{
    m_whatIf = whatIf;
    ++m_revision;
    cancelSimulation();
    m_simulated.reset();
    m_pending.start();
    emit whatIfChanged();
}

void PlanAnalysis::setMeasuredRestores(const QHash<QString, model::MeasuredRestore>& measured)
{
    if (measured == m_measured)
        return;
    m_measured = measured;
    ++m_revision;
    cancelSimulation();
    m_simulated.reset();
    m_pending.start();
}

void PlanAnalysis::startEvaluation()
{
    if (m_watcher.isRunning()) {
        m_pending.start();   // one at a time; the newest input runs next
        return;
    }
    m_watcher.setFuture(QtConcurrent::run([plan = m_document->plan(), whatIf = m_whatIf, measured = m_measured, revision = m_revision, failed = m_failedDomain]() mutable {
        auto e = std::make_shared<Evaluation>();
        e->revision = revision;
        e->failedDomain = failed;
        if (auto valid = whatIf.validate(); !valid) {
            e->problem = valid.error().message;
            return e;
        }
        whatIf.apply(plan);
        auto exposure = model::PlanExposure::fromPlan(plan);
        if (!exposure) {
            e->problem = exposure.error().message;
            return e;
        }
        // A what-if restore bandwidth is a question about every dataset: it wins.
        if (!whatIf.restoreBytesPerSecond)
            exposure->useMeasuredRestores(measured);
        auto risk = model::PlanRiskModel::evaluate(*exposure);
        if (!risk) {
            e->problem = risk.error().message;
            return e;
        }
        e->exposure = std::move(exposure.value());
        e->risk = std::move(risk.value());
        if (!failed.isEmpty()) {
            auto impact = model::DomainFailure::analyze(plan, failed);
            if (impact)
                e->domainFailure = std::move(impact.value());
            else
                e->domainFailureProblem = impact.error().message;
        }
        return e;
    }));
}

void PlanAnalysis::setFailedDomain(const QString& domain)
{
    m_failedDomain = domain;   // not a new input for the simulation: only the evaluation runs again
    m_pending.start();
}

void PlanAnalysis::simulate(const model::SimulationOptions& options)
{
    if (m_simulation.isRunning() || !m_exposure)
        return;
    m_simulated.reset();
    auto cancel = std::make_shared<std::atomic<bool>>(false);
    m_cancelSimulation = cancel;
    model::SimulationOptions o = options;
    o.cancel = cancel.get();
    // From the simulator's threads: a queued call brings the progress to this thread.
    o.progress = [this](std::int64_t done, std::int64_t total) {
        QMetaObject::invokeMethod(this, [this, done, total] { emit simulationProgress(done, total); }, Qt::QueuedConnection);
    };
    m_simulation.setFuture(QtConcurrent::run([exposure = *m_exposure, o, cancel, revision = m_revision] {
        auto e = std::make_shared<Evaluation>();
        e->revision = revision;
        auto result = model::MonteCarlo::run(exposure, o);
        if (cancel->load())
            e->problem = tr("The simulation was stopped.");
        else if (!result)
            e->problem = result.error().message;
        else
            e->simulation = std::move(result.value());
        return e;
    }));
}

void PlanAnalysis::cancelSimulation()
{
    if (m_cancelSimulation)
        m_cancelSimulation->store(true);
}

} // namespace lifeboat::ui
