// SPDX-License-Identifier: GPL-3.0-or-later
// The Risk and Capacity views on the demo plan, offscreen: their tables hold what the
// models compute for the plan, a what-if control moves the figures the way it must and
// the other view's controls follow, Reset brings the plan's figures back exactly, the
// Monte Carlo runs with progress and lands beside the analytic values (and is dropped when
// the plan changes), charts export to PNG, SVG and CSV, and a plan the models cannot take
// says why instead of showing numbers.
#include "../unit/PlanFixtures.h"
#include "core/model/PlanRisk.h"
#include "core/util/Readable.h"
#include "core/repo/LocalStorage.h"
#include "core/repo/Repository.h"
#include "core/plan/PlanLoader.h"
#include "ui/Dialogs.h"
#include "ui/MainWindow.h"
#include "ui/PlanDocument.h"
#include "ui/charts/ChartPanel.h"
#include "ui/models/CapacityTableModel.h"
#include "ui/models/DomainImpactModel.h"
#include "ui/models/PlanTableModel.h"
#include "ui/models/RiskTableModel.h"
#include "ui/models/ScheduleProblemsModel.h"
#include "core/model/ScheduleTimeline.h"
#include "ui/presenters/PlanAnalysis.h"
#include "ui/presenters/RetentionAnalysis.h"
#include "ui/presenters/ScheduleAnalysis.h"
#include "ui/presenters/TopologyAnalysis.h"
#include "ui/views/CapacityView.h"
#include "ui/views/DomainFailurePanel.h"
#include "ui/views/FleetView.h"
#include "ui/views/PlanView.h"
#include "ui/views/RetentionPreviewView.h"
#include "ui/views/SchedulesView.h"
#include "ui/views/TimelineWidget.h"
#include "ui/views/TopologyScene.h"
#include "ui/views/TopologyView.h"
#include "ui/views/RiskView.h"
#include "ui/views/WhatIfPanel.h"

#include <QAction>
#include <QDoubleSpinBox>
#include <QFile>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QApplication>
#include <QComboBox>
#include <QMouseEvent>
#include <QGraphicsRectItem>
#include <QListWidget>
#include <QTableWidget>
#include <QTextBrowser>
#include <QTimeZone>
#include <QUndoStack>

#include <cmath>

using namespace lifeboat;
using namespace lifeboat::ui;

namespace {

const QString kDemo = QStringLiteral(LIFEBOAT_SOURCE_DIR "/resources/demo/demo.lifeboat.json");

bool openAndWait(MainWindow& window, const QString& path)
{
    QSignalSpy updated(window.analysis(), &PlanAnalysis::updated);
    QSignalSpy loaded(window.document(), &PlanDocument::loaded);
    if (!window.openFile(path) || !loaded.wait(20000))
        return false;
    // The figures come after the plan, from a worker thread.
    return updated.wait(20000);
}

bool waitForFigures(PlanAnalysis* analysis)
{
    QSignalSpy updated(analysis, &PlanAnalysis::updated);
    return updated.wait(20000);
}

QString cell(const QAbstractItemModel* model, int row, int column) { return model->index(row, column).data().toString(); }

double sortValue(const QAbstractItemModel* model, int row, int column) { return model->index(row, column).data(RiskTableModel::SortRole).toDouble(); }

} // namespace

class TestAnalysisViews : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        Dialogs::setSuppressErrors(true);
    }

    // The table is the model's answer for the demo plan, row for row.
    void riskTableHoldsTheModelsFigures()
    {
        MainWindow window;
        QVERIFY(openAndWait(window, kDemo));
        auto loaded = plan::loadAndCheckPlan(kDemo);
        QVERIFY(loaded);
        auto exposure = model::PlanExposure::fromPlan(loaded->plan);
        QVERIFY(exposure);
        auto expected = model::PlanRiskModel::evaluate(*exposure);
        QVERIFY(expected);
        RiskTableModel* table = window.riskView()->tableModel();
        QCOMPARE(table->rowCount(), static_cast<int>(expected->datasets.size()));
        QCOMPARE(table->rowCount(), 9);
        for (int row = 0; row < table->rowCount(); ++row) {
            const model::DatasetRisk& d = expected->datasets[static_cast<std::size_t>(row)];
            QCOMPARE(cell(table, row, RiskTableModel::DatasetColumn), d.dataset);
            QCOMPARE(sortValue(table, row, RiskTableModel::LossColumn), d.pDataLoss);
            QCOMPARE(cell(table, row, RiskTableModel::LossColumn), readable::probability(d.pDataLoss));
            QCOMPARE(table->index(row, 0).data(RiskTableModel::CompliantRole).toBool(), d.rpoMet && d.rtoMet && !d.windowOverrun);
            QCOMPARE(cell(table, row, RiskTableModel::ModelColumn), d.lossModel);
        }
        // The chart draws one analytic point per dataset, named like the rows.
        const ChartPanel* chart = window.riskView()->lossChart();
        QCOMPARE(chart->series().size(), 1);
        QCOMPARE(chart->series().first().points.size(), 9);
        // One click to the models and assumptions behind the numbers.
        QVERIFY(window.riskView()->assumptionsBrowser()->isHidden());
        window.riskView()->assumptionsButton()->click();
        QVERIFY(!window.riskView()->assumptionsBrowser()->isHidden());
        QVERIFY(window.riskView()->assumptionsBrowser()->toPlainText().contains(QStringLiteral("docs/models.md")));
        QVERIFY(window.riskView()->assumptionsBrowser()->toPlainText().contains(expected->assumptions.first().left(40)));
    }

    // Doubling failure rates raises every loss; the banner says a what-if is on; the
    // Capacity view's shared controls follow a change made in it, and Reset restores the
    // plan's own figures exactly.
    void whatIfMovesFiguresAndResetRestoresThem()
    {
        MainWindow window;
        QVERIFY(openAndWait(window, kDemo));
        RiskTableModel* table = window.riskView()->tableModel();
        QList<double> before;
        for (int row = 0; row < table->rowCount(); ++row)
            before << sortValue(table, row, RiskTableModel::LossColumn);

        window.riskView()->whatIfPanel()->afrFactorSpinBox()->setValue(2.0);
        QVERIFY(waitForFigures(window.analysis()));
        for (int row = 0; row < table->rowCount(); ++row)
            QVERIFY2(sortValue(table, row, RiskTableModel::LossColumn) >= before[row], qPrintable(cell(table, row, 0)));
        QVERIFY(sortValue(table, 2, RiskTableModel::LossColumn) > before[2]);
        QVERIFY2(window.riskView()->bannerLabel()->text().contains(QStringLiteral("× 2")), qPrintable(window.riskView()->bannerLabel()->text()));

        CapacityTableModel* capacity = window.capacityView()->tableModel();
        QVERIFY(capacity->rowCount() > 0);
        const double twoYears = capacity->index(0, CapacityTableModel::TwoYearsColumn).data(CapacityTableModel::SortRole).toDouble();
        window.capacityView()->whatIfPanel()->keepDailySpinBox()->setValue(180);
        QVERIFY(waitForFigures(window.analysis()));
        QVERIFY(capacity->index(0, CapacityTableModel::TwoYearsColumn).data(CapacityTableModel::SortRole).toDouble() > twoYears);
        QCOMPARE(window.riskView()->whatIfPanel()->keepDailySpinBox()->value(), 180);   // one what-if for both views
        QCOMPARE(window.analysis()->whatIf().afrFactor, 2.0);                           // and the first change is still on

        window.riskView()->findChild<QPushButton*>(QStringLiteral("resetWhatIfButton"))->click();
        QVERIFY(waitForFigures(window.analysis()));
        QVERIFY(window.analysis()->whatIf().isNeutral());
        QCOMPARE(window.riskView()->whatIfPanel()->afrFactorSpinBox()->value(), 1.0);
        QCOMPARE(window.capacityView()->whatIfPanel()->keepDailySpinBox()->value(), -1);   // "as in the plan"
        for (int row = 0; row < table->rowCount(); ++row)
            QCOMPARE(sortValue(table, row, RiskTableModel::LossColumn), before[row]);
        QCOMPARE(capacity->index(0, CapacityTableModel::TwoYearsColumn).data(CapacityTableModel::SortRole).toDouble(), twoYears);
    }

    // What a restore drill measured replaces the assumed restore bandwidth for that dataset
    // (shared/notes/models.md §9), says so in the cell, its tooltip and the assumptions; a
    // what-if restore bandwidth is a question about all datasets and wins.
    void aDrillsMeasuredThroughputReplacesTheAssumedRestoreTime()
    {
        MainWindow window;
        QVERIFY(openAndWait(window, kDemo));
        auto loaded = plan::loadAndCheckPlan(kDemo);
        QVERIFY(loaded);
        const auto eval = std::find_if(loaded->plan.datasets.begin(), loaded->plan.datasets.end(), [](const plan::Dataset& d) { return d.name == QLatin1String("eval-suites"); });
        QVERIFY(eval != loaded->plan.datasets.end());
        RiskTableModel* table = window.riskView()->tableModel();
        int row = -1;
        for (int r = 0; r < table->rowCount(); ++r)
            if (cell(table, r, RiskTableModel::DatasetColumn) == QLatin1String("eval-suites"))
                row = r;
        QVERIFY(row >= 0);
        const double assumed = static_cast<double>(eval->sizeBytes) / loaded->plan.assumptions.restoreBytesPerSecond / 3600.0;
        QCOMPARE(sortValue(table, row, RiskTableModel::RtoColumn), assumed);
        QVERIFY(!cell(table, row, RiskTableModel::RtoColumn).contains(QStringLiteral("drill")));
        const double other = sortValue(table, 0, RiskTableModel::RtoColumn);

        window.analysis()->setMeasuredRestores({{QStringLiteral("eval-suites"), {1e8, 86400}}});
        QVERIFY(waitForFigures(window.analysis()));
        QCOMPARE(sortValue(table, row, RiskTableModel::RtoColumn), static_cast<double>(eval->sizeBytes) / 1e8 / 3600.0);
        QVERIFY2(cell(table, row, RiskTableModel::RtoColumn).endsWith(QStringLiteral("(drill)")), qPrintable(cell(table, row, RiskTableModel::RtoColumn)));
        QVERIFY(table->index(row, RiskTableModel::RtoColumn).data(Qt::ToolTipRole).toString().contains(QStringLiteral("1d ago")));
        if (row != 0)
            QCOMPARE(sortValue(table, 0, RiskTableModel::RtoColumn), other);
        QVERIFY(window.analysis()->risk()->assumptions.join(' ').contains(QStringLiteral("Restore times of eval-suites use the throughput their last restore drill measured")));

        model::PlanWhatIf whatIf;
        whatIf.restoreBytesPerSecond = 2e9;
        window.analysis()->setWhatIf(whatIf);
        QVERIFY(waitForFigures(window.analysis()));
        QCOMPARE(sortValue(table, row, RiskTableModel::RtoColumn), static_cast<double>(eval->sizeBytes) / 2e9 / 3600.0);
        QVERIFY(!cell(table, row, RiskTableModel::RtoColumn).contains(QStringLiteral("drill")));
    }

    // Simulate: progress to the end, an estimate with its interval for every dataset beside
    // the analytic value, drawn as two more series; an edit of the plan drops it.
    void simulationLandsBesideTheAnalyticValues()
    {
        MainWindow window;
        QVERIFY(openAndWait(window, kDemo));
        RiskView* view = window.riskView();
        view->trialsSpinBox()->setValue(20000);
        QSignalSpy finished(window.analysis(), &PlanAnalysis::simulationFinished);
        QVERIFY(view->simulateButton()->isEnabled());
        view->simulateButton()->click();
        QVERIFY(!view->simulateButton()->isEnabled());
        QVERIFY(finished.wait(60000));
        QCOMPARE(finished.first().first().toString(), QString());
        QCOMPARE(view->simulationProgress()->value(), view->simulationProgress()->maximum());
        QCOMPARE(view->simulationProgress()->maximum(), 20000);
        const model::SimulationResult* sim = window.analysis()->simulation();
        QVERIFY(sim);
        QCOMPARE(sim->trials, 20000);
        RiskTableModel* table = view->tableModel();
        for (int row = 0; row < table->rowCount(); ++row)
            QVERIFY2(cell(table, row, RiskTableModel::SimulatedColumn).contains(QLatin1Char('[')), qPrintable(cell(table, row, 0)));
        QCOMPARE(view->lossChart()->series().size(), 3);
        QCOMPARE(view->lossChart()->series().at(2).points.size(), 2 * table->rowCount());   // an interval per dataset
        // A point for every estimate above 0 (no log-scale point for "no loss in any trial").
        const auto positive = std::count_if(sim->datasets.begin(), sim->datasets.end(), [](const model::DatasetEstimate& e) { return e.pDataLoss.value > 0; });
        QCOMPARE(view->lossChart()->series().at(1).points.size(), positive);
        QVERIFY(view->simulateButton()->isEnabled());

        // Any change of the input: the simulation was for another plan, so it goes.
        window.riskView()->whatIfPanel()->afrFactorSpinBox()->setValue(1.5);
        QVERIFY(waitForFigures(window.analysis()));
        QVERIFY(!window.analysis()->simulation());
        QCOMPARE(cell(table, 0, RiskTableModel::SimulatedColumn), QString());
        QCOMPARE(view->lossChart()->series().size(), 1);
    }

    // Fail rack dc1/r2 from the failure-domain tree: exactly the Llama-70B checkpoints are
    // hit, lost for good (their shards and their only backup are in that rack); then dc1/r4.
    void failingARackListsExactlyTheDatasetsItTouches()
    {
        MainWindow window;
        window.show();
        QVERIFY(openAndWait(window, kDemo));
        QVERIFY(window.domainFailurePanel()->isHidden());
        QVERIFY(window.selectObject(plan::ObjectRef{plan::ObjectRef::Kind::Domain, QStringLiteral("dc1/r2")}));
        QCOMPARE(window.fleetView()->currentDomain(), QStringLiteral("dc1/r2"));
        QVERIFY(window.fleetView()->failDomainAction()->isEnabled());
        window.fleetView()->failDomainAction()->trigger();
        QVERIFY(waitForFigures(window.analysis()));
        QVERIFY(!window.domainFailurePanel()->isHidden());
        DomainImpactModel* impact = window.domainFailurePanel()->model();
        QCOMPARE(impact->rowCount(), 1);
        QCOMPARE(cell(impact, 0, DomainImpactModel::DatasetColumn), QStringLiteral("ckpt-llama70b"));
        QVERIFY(impact->index(0, 0).data(DomainImpactModel::UnrecoverableRole).toBool());
        QVERIFY2(window.domainFailurePanel()->summaryLabel()->text().contains(QStringLiteral("LOST FOR GOOD")),
                 qPrintable(window.domainFailurePanel()->summaryLabel()->text()));

        QVERIFY(window.selectObject(plan::ObjectRef{plan::ObjectRef::Kind::Domain, QStringLiteral("dc1/r4")}));
        window.fleetView()->failDomainAction()->trigger();
        QVERIFY(waitForFigures(window.analysis()));
        QStringList touched;
        for (int row = 0; row < impact->rowCount(); ++row)
            touched << cell(impact, row, DomainImpactModel::DatasetColumn);
        // Restores first, in tier order; then the datasets that only lost a copy or a backup.
        QCOMPARE(touched.mid(0, 3), (QStringList{QStringLiteral("configs-code"), QStringLiteral("tokens-mix-2026q4"), QStringLiteral("vector-index")}));
        touched.sort();
        QCOMPARE(touched, (QStringList{QStringLiteral("ckpt-llama8b"), QStringLiteral("configs-code"), QStringLiteral("eval-suites"), QStringLiteral("rlhf-preferences"),
                                       QStringLiteral("tokens-mix-2026q4"), QStringLiteral("training-logs"), QStringLiteral("vector-index")}));
        QVERIFY(!window.domainFailurePanel()->summaryLabel()->text().contains(QStringLiteral("LOST FOR GOOD")));

        window.domainFailurePanel()->findChild<QPushButton*>()->click();   // Back to Normal
        QVERIFY(waitForFigures(window.analysis()));
        QVERIFY(window.domainFailurePanel()->isHidden());
        QCOMPARE(impact->rowCount(), 0);
    }

    // The Schedules view lists exactly what the schedule model finds for the demo plan, and a
    // schedule edited in the Plan view changes the timeline at once (and undo changes it back).
    void schedulesFollowAScheduleEdit()
    {
        MainWindow window;
        window.show();
        QSignalSpy computed(window.schedulesView()->analysis(), &ScheduleAnalysis::updated);
        QVERIFY(openAndWait(window, kDemo));
        // An update of the empty plan the window starts with may arrive first.
        while (!window.schedulesView()->analysis()->timeline() || !window.schedulesView()->analysis()->isCurrent())
            QVERIFY(computed.wait(20000));
        const QDateTime from(window.schedulesView()->analysis()->start(), QTime(0, 0));
        auto expected = model::ScheduleTimelineModel::compute(window.document()->plan(), from, from.addDays(1));
        QVERIFY(expected);
        int windowProblems = 0;
        for (const auto& r : expected->runs)
            windowProblems += r.windowProblem.isEmpty() ? 0 : 1;
        QCOMPARE(window.schedulesView()->problemsModel()->rowCount(), static_cast<int>(expected->conflicts.size()) + windowProblems);
        const auto runsOf = [&](const QString& policy) {
            int n = 0;
            for (const auto& r : window.schedulesView()->analysis()->timeline()->runs)
                n += r.policy == policy ? 1 : 0;
            return n;
        };
        const int hourly = runsOf(QStringLiteral("configs-hourly"));
        QVERIFY(hourly >= 46);   // hourly, to two repositories (DST days aside)
        std::size_t bars = 0;
        for (const auto& r : expected->runs)
            bars += r.link.isEmpty() ? 1 : 2;   // a run crossing a link shows in both lanes
        QCOMPARE(window.schedulesView()->timeline()->bars().size(), bars);

        // Edit the policy's cron through the Plan view's table, as a double-click would.
        auto* policies = window.planView()->findChild<QTableView*>(QStringLiteral("policiesTableView"));
        QVERIFY(policies);
        const QModelIndex cell = policies->model()->index(5, PlanTableModel::kPolicyScheduleColumn);
        QCOMPARE(policies->model()->index(5, 0).data().toString(), QStringLiteral("configs-hourly"));
        QVERIFY(policies->model()->flags(cell) & Qt::ItemIsEditable);
        computed.clear();
        QVERIFY(policies->model()->setData(cell, QStringLiteral("0 */2 * * *")));
        QVERIFY(computed.wait(20000));
        QCOMPARE(runsOf(QStringLiteral("configs-hourly")), hourly / 2);
        QVERIFY(window.document()->isModified());

        QSignalSpy refused(window.planView(), &PlanView::editRefused);
        QVERIFY(!policies->model()->setData(cell, QStringLiteral("every tuesday")));   // not cron: the plan keeps its schedule
        QCOMPARE(refused.count(), 1);
        QVERIFY(refused.first().first().toString().contains(QStringLiteral("configs-hourly")));
        QCOMPARE(window.document()->plan().policies[5].schedule.cron, QStringLiteral("0 */2 * * *"));

        computed.clear();
        window.document()->undoStack()->undo();
        QVERIFY(computed.wait(20000));
        QCOMPARE(runsOf(QStringLiteral("configs-hourly")), hourly);
        QVERIFY(!window.document()->isModified());
    }

    // The retention preview of a policy: one row per simulated restore point, the kept ones
    // named by their rules, and the same decisions the engine's own retention makes.
    void retentionPreviewShowsWhatEachRuleKeeps()
    {
        MainWindow window;
        QVERIFY(openAndWait(window, kDemo));
        RetentionPreviewView* view = window.retentionView();
        QSignalSpy updated(view->analysis(), &RetentionAnalysis::updated);
        view->policyComboBox()->setCurrentText(QStringLiteral("ckpt70b-2h"));
        while (view->analysis()->policy() != QLatin1String("ckpt70b-2h") || !view->analysis()->preview()
               || view->analysis()->preview()->policy != QLatin1String("ckpt70b-2h"))
            QVERIFY(updated.wait(20000));
        const model::RetentionPreviewResult* r = view->analysis()->preview();
        QCOMPARE(view->table()->rowCount(), static_cast<int>(r->points.size()));
        int kept = 0;
        for (int row = 0; row < view->table()->rowCount(); ++row) {
            const bool isKept = !view->table()->item(row, 3)->text().isEmpty();
            kept += isKept ? 1 : 0;
            QCOMPARE(isKept, r->points[static_cast<std::size_t>(row)].kept());
        }
        QCOMPARE(kept, r->kept);
        // keep-last 12 of a two-hourly schedule and keep-daily 3: the 12 newest, plus the newest
        // of each of the three latest days not among them — one or two days, depending on
        // whether today's runs alone fill the twelve (the preview runs up to now).
        const auto& policy = window.document()->plan().policies[2];
        QCOMPARE(policy.name, QStringLiteral("ckpt70b-2h"));
        QCOMPARE(policy.retention.keepLast, 12);
        QCOMPARE(policy.retention.keepDaily, 3);
        QVERIFY2(r->kept == 13 || r->kept == 14, qPrintable(QString::number(r->kept)));
        QVERIFY(view->summaryLabel()->text().contains(QString::number(r->kept)));
        QCOMPARE(view->chart()->series().at(0).points.size(), r->kept);
    }

    // On a real repository: 20 daily snapshots of ckpt-llama70b (noon UTC, 1 to 20 November)
    // and one of another dataset. keep-last 12 and keep-daily 3 keep 9 to 20 November.
    void retentionPreviewOnARealRepository()
    {
        QTemporaryDir dir;
        repo::InitOptions options;
        options.passphrase = "correct horse";
        options.scrypt.n = 1024;
        auto created = repo::Repository::init(std::make_shared<repo::LocalStorage>(dir.path()), options);
        QVERIFY(created);
        for (int day = 1; day <= 21; ++day) {
            repo::Snapshot s;
            s.time = QDateTime(QDate(2026, 11, std::min(day, 20)), QTime(12, 0), QTimeZone::utc());
            s.hostname = QStringLiteral("gpu-12");
            s.paths = {QStringLiteral("/scratch/ckpt")};
            s.dataset = day <= 20 ? QStringLiteral("ckpt-llama70b") : QStringLiteral("training-logs");
            QVERIFY((*created)->saveSnapshot(s));
        }
        MainWindow window;
        QVERIFY(openAndWait(window, kDemo));
        RetentionPreviewView* view = window.retentionView();
        QSignalSpy updated(view->analysis(), &RetentionAnalysis::updated);
        QSignalSpy failed(view->analysis(), &RetentionAnalysis::readFailed);
        view->policyComboBox()->setCurrentText(QStringLiteral("ckpt70b-2h"));

        view->analysis()->readRepository(dir.path(), "wrong passphrase");
        QVERIFY(failed.wait(20000));
        QVERIFY(failed.front().front().toString().contains(dir.path()));
        QVERIFY(view->analysis()->repositoryPath().isEmpty());

        view->analysis()->readRepository(dir.path(), "correct horse");
        while (!view->analysis()->preview() || view->analysis()->preview()->simulated || view->analysis()->preview()->policy != QLatin1String("ckpt70b-2h"))
            QVERIFY(updated.wait(20000));
        QCOMPARE(view->historyComboBox()->currentIndex(), 1);
        QCOMPARE(view->table()->rowCount(), 20);
        int kept = 0;
        for (int row = 0; row < 20; ++row) {
            QCOMPARE(view->table()->item(row, 1)->text().size(), 8);   // the snapshot's short id
            kept += view->table()->item(row, 3)->text().isEmpty() ? 0 : 1;
        }
        QCOMPARE(kept, 12);
        QVERIFY(view->summaryLabel()->text().contains(QStringLiteral("1 other")));

        view->analysis()->useSimulation();
        while (!view->analysis()->preview() || !view->analysis()->preview()->simulated)
            QVERIFY(updated.wait(20000));
        QCOMPARE(view->historyComboBox()->currentIndex(), 0);
        QVERIFY(view->table()->item(0, 1)->text().isEmpty());
    }

    // The topology: every node of the demo drawn inside its rack and site, the rack whose outage
    // loses a dataset for good marked, a dataset filter dimming the rest, placement advice, and
    // a failed rack's consequences under the drawing.
    void topologyDrawsThePlacementAndItsWeakSpots()
    {
        MainWindow window;
        window.show();
        QSignalSpy topology(window.topologyView()->topologyAnalysis(), &TopologyAnalysis::updated);
        QVERIFY(openAndWait(window, kDemo));
        while (window.topologyView()->topologyAnalysis()->lostForGood().isEmpty())
            QVERIFY(topology.wait(20000));
        TopologyScene* scene = window.topologyView()->scene();
        QCOMPARE(scene->nodeItems(), 40);
        QGraphicsItem* gpu07 = scene->itemFor(QStringLiteral("gpu-07"));
        QGraphicsItem* rack = scene->itemFor(QStringLiteral("dc1/r2"));
        QVERIFY(gpu07 && rack);
        QVERIFY(rack->isAncestorOf(gpu07));
        QVERIFY(scene->itemFor(QStringLiteral("dc1"))->isAncestorOf(rack));
        // A dark palette (a system theme switch) gives dark node boxes.
        QPalette dark = window.topologyView()->palette();
        dark.setColor(QPalette::Base, QColor(0x20, 0x20, 0x24));
        window.topologyView()->setPalette(dark);
        gpu07 = scene->itemFor(QStringLiteral("gpu-07"));
        rack = scene->itemFor(QStringLiteral("dc1/r2"));
        QCOMPARE(static_cast<QGraphicsRectItem*>(gpu07)->brush().color(), QColor(0x20, 0x20, 0x24));
        // Zoomed far out, labels go first, then the nodes are drawn by their racks; back in, all return.
        scene->setViewScale(0.3);
        QVERIFY(!scene->labelsShown() && !scene->compact() && gpu07->isVisible());
        scene->setViewScale(0.05);
        QVERIFY(scene->compact() && !gpu07->isVisible() && rack->isVisible());
        scene->setViewScale(1.0);
        QVERIFY(scene->labelsShown() && !scene->compact() && gpu07->isVisible());
        QCOMPARE(static_cast<QGraphicsRectItem*>(rack)->pen().color(), QColor(0xd6, 0x27, 0x28));   // its outage loses ckpt-llama70b
        QVERIFY(rack->toolTip().contains(QStringLiteral("ckpt-llama70b")));
        QVERIFY(static_cast<QGraphicsRectItem*>(scene->itemFor(QStringLiteral("dc2/r1")))->pen().color() != QColor(0xd6, 0x27, 0x28));
        QCOMPARE(window.topologyView()->adviceList()->count(), 5);

        window.topologyView()->datasetComboBox()->setCurrentText(QStringLiteral("ckpt-llama70b"));
        gpu07 = scene->itemFor(QStringLiteral("gpu-07"));
        QCOMPARE(gpu07->opacity(), 1.0);
        QVERIFY(scene->itemFor(QStringLiteral("stor-01"))->opacity() < 1.0);   // no copy or backup of it there
        QCOMPARE(window.topologyView()->adviceList()->count(), 1);
        QVERIFY(window.topologyView()->adviceList()->item(0)->text().contains(QStringLiteral("dc1/r2")));

        QVERIFY(window.topologyView()->failurePanel()->isHidden());
        window.analysis()->setFailedDomain(QStringLiteral("dc1/r2"));   // what the domain's context menu does
        QVERIFY(waitForFigures(window.analysis()));
        QVERIFY(!window.topologyView()->failurePanel()->isHidden());
        QCOMPARE(window.topologyView()->failurePanel()->model()->rowCount(), 1);
        QVERIFY(static_cast<QGraphicsRectItem*>(scene->itemFor(QStringLiteral("dc1/r2")))->brush().color().alpha() < 255);   // shaded
        window.analysis()->setFailedDomain(QString());
        QVERIFY(waitForFigures(window.analysis()));

        // Drag gpu-12, the node of ckpt-llama70b's only backup, out of rack dc1/r2 into dc2/r1:
        // the plan moves it (undoably), and dc1/r2 no longer loses anything for good.
        window.topologyView()->datasetComboBox()->setCurrentIndex(0);
        window.showView(MainWindow::View::Topology);
        TopologyGraphicsView* view = window.topologyView()->graphicsView();
        view->fit();
        QGraphicsItem* node = scene->itemFor(QStringLiteral("gpu-12"));
        QGraphicsItem* target = scene->itemFor(QStringLiteral("dc2/r1"));
        const QPoint from = view->mapFromScene(node->mapToScene(node->boundingRect().center()));
        const QPoint to = view->mapFromScene(target->mapToScene(target->boundingRect().topLeft() + QPointF(4, 4)));
        const auto send = [&](QEvent::Type type, QPoint at, Qt::MouseButtons buttons) {
            QMouseEvent e(type, QPointF(at), QPointF(view->viewport()->mapToGlobal(at)), Qt::LeftButton, buttons, Qt::NoModifier);
            QApplication::sendEvent(view->viewport(), &e);
        };
        send(QEvent::MouseButtonPress, from, Qt::LeftButton);
        for (int step = 1; step <= 10; ++step)
            send(QEvent::MouseMove, from + (to - from) * step / 10, Qt::LeftButton);
        topology.clear();
        send(QEvent::MouseButtonRelease, to, Qt::NoButton);
        const auto domainOf = [&](const QString& name) {
            for (const auto& n : window.document()->plan().nodes)
                if (n.name == name)
                    return n.domain;
            return QString();
        };
        QCOMPARE(domainOf(QStringLiteral("gpu-12")), QStringLiteral("dc2/r1"));
        QVERIFY(topology.wait(20000));
        QVERIFY(!window.topologyView()->topologyAnalysis()->lostForGood().contains(QStringLiteral("dc1/r2")));
        QVERIFY(scene->itemFor(QStringLiteral("dc2/r1"))->isAncestorOf(scene->itemFor(QStringLiteral("gpu-12"))));
        window.document()->undoStack()->undo();
        QCOMPARE(domainOf(QStringLiteral("gpu-12")), QStringLiteral("dc1/r2"));
    }

    void chartsExportToPngSvgAndCsv()
    {
        MainWindow window;
        window.resize(1200, 800);
        window.show();
        QVERIFY(openAndWait(window, kDemo));
        window.showView(MainWindow::View::Capacity);
        ChartPanel* chart = window.capacityView()->chart();
        for (const QString& suffix : {QStringLiteral("png"), QStringLiteral("svg"), QStringLiteral("csv")}) {
            const QString path = m_dir.filePath(QStringLiteral("capacity.") + suffix);
            Dialogs::setNextFileName(path);
            chart->exportWithDialog();
            QFile f(path);
            QVERIFY2(f.open(QIODevice::ReadOnly) && f.size() > 100, qPrintable(path));
            const QByteArray head = f.read(16);
            if (suffix == QLatin1String("png"))
                QVERIFY(head.startsWith("\x89PNG"));
            else if (suffix == QLatin1String("svg"))
                QVERIFY(head.contains("<?xml"));
        }
        QFile csv(m_dir.filePath(QStringLiteral("capacity.csv")));
        QVERIFY(csv.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = csv.readAll().split('\n');
        QCOMPARE(lines.first(), QByteArray("series,Month,Stored (TB)"));
        const model::PlanRisk* risk = window.analysis()->risk();
        QVERIFY(risk);
        // Every repository's 25 monthly points are there, in TB as drawn.
        const QByteArray first = risk->repositories.front().repository.toUtf8() + ',';
        QCOMPARE(std::count_if(lines.begin(), lines.end(), [&](const QByteArray& l) { return l.startsWith(first); }), 25);
        const QByteArray month0 = *std::find_if(lines.begin(), lines.end(), [&](const QByteArray& l) { return l.startsWith(first); });
        const double drawn = risk->repositories.front().bytesByMonth[0] / 1e12;
        QVERIFY(std::fabs(month0.split(',').at(2).toDouble() - drawn) <= 1e-9 * drawn);   // 10 significant digits in the file
    }

    // A plan whose references are broken has no figures, and says why.
    void aPlanTheModelsCannotTakeSaysWhy()
    {
        const QString path = test::writeFile(m_dir.path(), QStringLiteral("broken.lifeboat.json"),
                                             test::toJson(test::patched(test::minimalPlan(), R"([["set", "/datasets/0/locations/0/node", "no-such-node"]])")));
        QVERIFY(!path.isEmpty());
        MainWindow window;
        QVERIFY(openAndWait(window, path));
        QVERIFY(!window.analysis()->risk());
        QCOMPARE(window.riskView()->tableModel()->rowCount(), 0);
        QVERIFY2(window.riskView()->bannerLabel()->text().startsWith(QStringLiteral("No figures:")), qPrintable(window.riskView()->bannerLabel()->text()));
        QVERIFY(window.riskView()->bannerLabel()->text().contains(QStringLiteral("no-such-node")));
        QVERIFY(!window.riskView()->simulateButton()->isEnabled());
        QVERIFY(window.capacityView()->bannerLabel()->text().startsWith(QStringLiteral("No figures:")));
    }
};

QTEST_MAIN(TestAnalysisViews)
#include "TestAnalysisViews.moc"
