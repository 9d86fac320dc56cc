// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/DomainFailure.h"
#include "core/model/MonteCarlo.h"
#include "core/model/PlanRisk.h"
#include "core/model/PlanWhatIf.h"

#include <QFutureWatcher>
#include <QObject>
#include <QTimer>

#include <atomic>
#include <memory>
#include <optional>

namespace lifeboat::ui {

class PlanDocument;

// The figures the Risk and Capacity views show, for the open plan under the current
// what-if: every analytic model (PlanRiskModel, capacity included) re-run off the GUI
// thread after each edit or what-if change, a result for an older input dropped; and the
// Monte Carlo simulator on request, with progress and cancel. A simulation belongs to the
// input it ran on: any later change clears it, so no figure is shown for another plan.
class PlanAnalysis : public QObject {
    Q_OBJECT
public:
    explicit PlanAnalysis(PlanDocument* document, QObject* parent = nullptr);
    ~PlanAnalysis() override;

    const model::PlanWhatIf& whatIf() const { return m_whatIf; }
    // Recomputes (after a short pause, so dragging a control does not queue a hundred runs).
    void setWhatIf(const model::PlanWhatIf& whatIf);
    // Restore throughputs the fleet's drills measured, per dataset: used for those datasets'
    // restore times unless a what-if sets the restore bandwidth.
    void setMeasuredRestores(const QHash<QString, model::MeasuredRestore>& measured);
    const QHash<QString, model::MeasuredRestore>& measuredRestores() const { return m_measured; }

    bool isComputing() const { return m_watcher.isRunning() || m_pending.isActive(); }
    const model::PlanRisk* risk() const { return m_risk ? &*m_risk : nullptr; }
    const model::PlanExposure* exposure() const { return m_exposure ? &*m_exposure : nullptr; }
    // Why there are no figures (the plan cannot be evaluated as it is), else empty.
    QString problem() const { return m_problem; }

    // "Fail this domain" under the same plan and what-if, recomputed with every evaluation;
    // empty: none.
    void setFailedDomain(const QString& domain);
    QString failedDomain() const { return m_failedDomain; }
    const model::DomainFailureImpact* domainFailure() const { return m_domainFailure ? &*m_domainFailure : nullptr; }
    QString domainFailureProblem() const { return m_domainFailureProblem; }

    void simulate(const model::SimulationOptions& options);
    void cancelSimulation();
    bool isSimulating() const { return m_simulation.isRunning(); }
    const model::SimulationResult* simulation() const { return m_simulated ? &*m_simulated : nullptr; }

signals:
    void whatIfChanged();
    void updated();                                   // risk(), exposure() or problem() changed
    void simulationProgress(qint64 done, qint64 total);
    void simulationFinished(const QString& problem);  // empty when simulation() holds the result

private:
    struct Evaluation;
    void startEvaluation();

    PlanDocument* m_document;
    model::PlanWhatIf m_whatIf;
    QHash<QString, model::MeasuredRestore> m_measured;
    quint64 m_revision = 0;
    QTimer m_pending;
    QFutureWatcher<std::shared_ptr<Evaluation>> m_watcher;
    std::optional<model::PlanRisk> m_risk;
    std::optional<model::PlanExposure> m_exposure;
    QString m_problem;
    QFutureWatcher<std::shared_ptr<Evaluation>> m_simulation;
    std::shared_ptr<std::atomic<bool>> m_cancelSimulation;
    std::optional<model::SimulationResult> m_simulated;
    QString m_failedDomain;
    std::optional<model::DomainFailureImpact> m_domainFailure;
    QString m_domainFailureProblem;
};

} // namespace lifeboat::ui
