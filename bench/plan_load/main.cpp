// SPDX-License-Identifier: GPL-3.0-or-later
// bench_plan_load [NODES...]: how long a large plan takes to read, validate, show in the
// Fleet view, filter, and scroll, and the peak memory. Generates the plans itself
// (racks of 40 nodes, 50 racks a site, 100 datasets and policies).
// Prints one line per size, and per step the median of 5 runs.
#include "PlanFixtures.h"
#include "core/plan/PlanLoader.h"
#include "core/plan/PlanReader.h"
#include "core/plan/PlanValidator.h"
#include "ui/PlanDocument.h"
#include "ui/models/FleetTreeModel.h"
#include "ui/views/FleetView.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QScrollBar>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTreeView>

#include <algorithm>
#include <functional>
#include <vector>

#include <sys/resource.h>

namespace {

double medianMs(int runs, const std::function<void()>& step)
{
    std::vector<double> times;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        step();
        times.push_back(static_cast<double>(timer.nsecsElapsed()) / 1e6);
    }
    std::sort(times.begin(), times.end());
    return times[times.size() / 2];
}

long peakRssMiB()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss / 1024;
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
        sizes = {1000, 10000, 100000};
    QTemporaryDir dir;
    out << "nodes     file MB  read+parse ms  validate ms  open in console ms  of which GUI thread ms  filter ms  filter all ms  scroll ms  peak RSS MiB\n";
    for (const int nodes : sizes) {
        const QByteArray json = lifeboat::test::largePlanJson(nodes);
        const QString path = dir.filePath(QStringLiteral("plan-%1.json").arg(nodes));
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(json) != json.size())
            return 1;
        file.close();

        lifeboat::plan::LoadedPlan loaded;
        const double parse = medianMs(5, [&] { loaded = lifeboat::plan::PlanReader::parse(*lifeboat::plan::PlanReader::readFile(path)); });
        const double validate = medianMs(5, [&] { (void)lifeboat::plan::PlanValidator::validate(loaded.plan); });

        // The console: from "open" to the tree shown (load and validate run off the GUI thread).
        lifeboat::ui::PlanDocument document;
        lifeboat::ui::FleetView view(&document);
        view.resize(1200, 800);
        view.show();
        const double open = medianMs(3, [&] {
            QSignalSpy loadedSpy(&document, &lifeboat::ui::PlanDocument::loaded);
            document.open(path);
            loadedSpy.wait(120000);
            QApplication::processEvents();
        });
        // The part of opening that runs on the GUI thread: building the tree model.
        const double treeBuild = medianMs(5, [&] { lifeboat::ui::FleetTreeModel model(&document); });
        const double filter = medianMs(5, [&] {
            view.setFilterText(QStringLiteral("node0999"));
            view.setFilterText(QString());
        }) / 2;
        // A filter that nearly everything matches: the worst case for expanding the results.
        const double broadFilter = medianMs(3, [&] {
            view.setFilterText(QStringLiteral("node"));
            view.setFilterText(QString());
        }) / 2;
        QScrollBar* bar = view.treeView()->verticalScrollBar();
        const double scroll = medianMs(5, [&] {
            for (int i = 0; i < 20; ++i) {
                bar->setValue(bar->maximum() * i / 20);
                view.treeView()->viewport()->repaint();
            }
        }) / 20;
        out << QStringLiteral("%1 %2 %3 %4 %5 %6 %7 %8 %9 %10\n")
                   .arg(nodes, -9)
                   .arg(static_cast<double>(json.size()) / 1e6, 7, 'f', 1)
                   .arg(parse, 14, 'f', 1)
                   .arg(validate, 12, 'f', 1)
                   .arg(open, 19, 'f', 1)
                   .arg(treeBuild, 23, 'f', 1)
                   .arg(filter, 10, 'f', 1)
                   .arg(broadFilter, 14, 'f', 1)
                   .arg(scroll, 10, 'f', 2)
                   .arg(peakRssMiB(), 13);
        out.flush();
    }
    return 0;
}
