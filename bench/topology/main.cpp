// SPDX-License-Identifier: GPL-3.0-or-later
// bench_topology [NODES...]: frame times of the Topology view on large generated plans
// (racks of 40 nodes, 50 racks a site, 100 datasets): the whole fleet fitted in the window,
// a zoom in and out in 10% steps, and a pan at 4x. Each frame is one synchronous repaint of
// the view's viewport (raster, as on the offscreen platform: no GPU to help), timed from the
// transform change to the end of the paint. Printed as median, 95th percentile and worst
// frame, and the median as a share of the 60 Hz budget (16.7 ms).
#include "PlanFixtures.h"
#include "ui/PlanDocument.h"
#include "ui/presenters/PlanAnalysis.h"
#include "ui/presenters/TopologyAnalysis.h"
#include "ui/views/TopologyScene.h"
#include "ui/views/TopologyView.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <functional>
#include <vector>

namespace {

constexpr double kFrameBudgetMs = 1000.0 / 60.0;

struct Frames {
    double median = 0, p95 = 0, worst = 0;
};

Frames frames(int count, const std::function<void(int)>& change, QWidget* viewport)
{
    std::vector<double> ms;
    for (int i = 0; i < count; ++i) {
        QElapsedTimer timer;
        timer.start();
        change(i);
        viewport->repaint();
        ms.push_back(static_cast<double>(timer.nsecsElapsed()) / 1e6);
    }
    std::sort(ms.begin(), ms.end());
    return {ms[ms.size() / 2], ms[std::min(ms.size() - 1, ms.size() * 95 / 100)], ms.back()};
}

QString row(const QString& what, int nodes, const Frames& f)
{
    return QStringLiteral("%1 %2 %3 %4 %5 %6\n")
        .arg(nodes, -7)
        .arg(what, -14)
        .arg(f.median, 10, 'f', 2)
        .arg(f.p95, 9, 'f', 2)
        .arg(f.worst, 10, 'f', 2)
        .arg(f.median / kFrameBudgetMs, 15, 'f', 2);
}

} // namespace

int main(int argc, char* argv[])
{
    qputenv("QT_QPA_PLATFORM", qgetenv("QT_QPA_PLATFORM").isEmpty() ? QByteArray("offscreen") : qgetenv("QT_QPA_PLATFORM"));
    QApplication app(argc, argv);
    QTextStream out(stdout);
    QList<int> sizes;
    for (const QString& a : app.arguments().mid(1))
        sizes << a.toInt();
    if (sizes.isEmpty())
        sizes = {1000, 5000};
    QTemporaryDir dir;
    out << "nodes   frames         median ms  p95 ms    worst ms   median/16.7ms\n";
    for (const int nodes : sizes) {
        const QByteArray json = lifeboat::test::largePlanJson(nodes);
        const QString path = dir.filePath(QStringLiteral("plan-%1.json").arg(nodes));
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(json) != json.size())
            return 1;
        file.close();

        lifeboat::ui::PlanDocument document;
        lifeboat::ui::PlanAnalysis analysis(&document);
        lifeboat::ui::TopologyView view(&document, &analysis);
        view.resize(1600, 1000);
        view.show();
        QSignalSpy built(view.topologyAnalysis(), &lifeboat::ui::TopologyAnalysis::updated);
        QElapsedTimer sinceOpen;
        sinceOpen.start();
        document.open(path);
        // The scene is rebuilt on each analysis update; the first may be of the empty plan.
        while (view.scene()->nodeItems() != nodes)
            if (!built.wait(120000)) {
                out << "the scene of " << nodes << " nodes was not built (it has " << view.scene()->nodeItems() << ")\n";
                return 1;
            }
        const double toScene = static_cast<double>(sinceOpen.nsecsElapsed()) / 1e6;
        lifeboat::ui::TopologyGraphicsView* g = view.graphicsView();
        QWidget* viewport = g->viewport();

        const Frames fitted = frames(30, [&](int) { g->fit(); }, viewport);
        const Frames zoom = frames(40, [&](int i) { g->zoomBy(i < 20 ? 1.1 : 1 / 1.1); }, viewport);
        g->fit();
        g->zoomBy(4.0);
        QScrollBar* bar = g->horizontalScrollBar();
        bar->setValue(bar->minimum());
        const Frames pan = frames(60, [&](int) { bar->setValue(bar->value() + 40); }, viewport);

        g->fit();
        out << QStringLiteral("%1 fitted: %2 device px per scene unit, labels %3\n").arg(nodes, -7).arg(g->transform().m11(), 0, 'f', 3)
                   .arg(view.scene()->labelsShown() ? QStringLiteral("drawn") : QStringLiteral("hidden"));
        out << row(QStringLiteral("fit all"), nodes, fitted) << row(QStringLiteral("zoom 10%"), nodes, zoom) << row(QStringLiteral("pan at 4x"), nodes, pan);
        out << QStringLiteral("%1 open to scene shown: %2 ms (load and placement analysis off the GUI thread)\n").arg(nodes, -7).arg(toScene, 0, 'f', 0);
        out.flush();
    }
    return 0;
}
