// SPDX-License-Identifier: GPL-3.0-or-later
// bench/models: how long recomputing every analytic figure of a plan takes (the console's
// what-if controls do it on each change, so it must fit well inside one 60 Hz frame), and
// how many simulated node-years per second the Monte Carlo reaches.
//   build/ci/bin/bench_models [PLAN] [--threads N] [--trials N]
#include "core/model/MonteCarlo.h"
#include "core/model/PlanRisk.h"
#include "core/plan/PlanLoader.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTextStream>

#include <algorithm>
#include <thread>
#include <vector>

using namespace lifeboat;

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QStringList args = app.arguments().mid(1);
    QString file = QStringLiteral(LIFEBOAT_SOURCE_DIR "/resources/demo/demo.lifeboat.json");
    int threads = static_cast<int>(std::max(1u, std::thread::hardware_concurrency()));
    std::int64_t trials = 2'000'000;
    for (int i = 0; i < args.size(); ++i) {
        if (args[i] == QLatin1String("--threads") && i + 1 < args.size())
            threads = args[++i].toInt();
        else if (args[i] == QLatin1String("--trials") && i + 1 < args.size())
            trials = args[++i].toLongLong();
        else
            file = args[i];
    }
    QTextStream out(stdout);
    auto loaded = plan::loadAndCheckPlan(file);
    if (!loaded) {
        out << "cannot read " << file << ": " << loaded.error().message << '\n';
        return 1;
    }
    const plan::Plan& p = loaded->plan;

    // Cold: the first evaluation also derives the schedules (cached afterwards).
    QElapsedTimer timer;
    timer.start();
    auto first = model::PlanExposure::fromPlan(p);
    if (!first || !model::PlanRiskModel::evaluate(*first, 1)) {
        out << "the plan cannot be modelled\n";
        return 1;
    }
    const double coldMs = static_cast<double>(timer.nsecsElapsed()) / 1e6;

    constexpr int kRounds = 300;
    std::vector<double> ms;
    for (int i = 0; i < kRounds; ++i) {
        timer.restart();
        auto e = model::PlanExposure::fromPlan(p);
        auto r = model::PlanRiskModel::evaluate(*e, 1);
        ms.push_back(static_cast<double>(timer.nsecsElapsed()) / 1e6);
        if (!r)
            return 1;
    }
    std::sort(ms.begin(), ms.end());
    const double frame = 1000.0 / 60;
    out << "plan: " << p.name << " (" << p.nodes.size() << " nodes, " << p.datasets.size() << " datasets, " << p.policies.size() << " policies)\n";
    out << QStringLiteral("analytic recompute: cold %1 ms; warm median %2 ms, p99 %3 ms, max %4 ms over %5 rounds; %6 of a 60 Hz frame (%7 ms)\n")
               .arg(coldMs, 0, 'f', 2)
               .arg(ms[ms.size() / 2], 0, 'f', 3)
               .arg(ms[ms.size() * 99 / 100], 0, 'f', 3)
               .arg(ms.back(), 0, 'f', 3)
               .arg(kRounds)
               .arg(QStringLiteral("%1%").arg(100 * ms[ms.size() / 2] / frame, 0, 'f', 1))
               .arg(frame, 0, 'f', 1);

    model::SimulationOptions o;
    o.years = 10;
    o.trials = trials;
    o.seed = 1;
    o.threads = threads;
    auto result = model::MonteCarlo::run(*first, o);
    if (!result)
        return 1;
    out << QStringLiteral("monte carlo: %1 trials × %2 years × %3 nodes on %4 threads in %5 s: %6 node-years/s (fixed repair)\n")
               .arg(trials)
               .arg(o.years)
               .arg(first->nodes.size())
               .arg(result->threads)
               .arg(result->seconds, 0, 'f', 2)
               .arg(result->nodeYearsPerSecond, 0, 'e', 3);
    return 0;
}
