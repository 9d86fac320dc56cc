// SPDX-License-Identifier: GPL-3.0-or-later
// The console on the offscreen platform: opens the demo plan, checks the fleet tree
// against the file, filters, jumps from a problem to its object, edits with undo, and
// asks before losing unsaved changes.
#include "../unit/PlanFixtures.h"
#include "ui/Dialogs.h"
#include "core/i18n/Translator.h"
#include "ui/MainWindow.h"
#include "ui/views/FleetStatusView.h"
#include "ui/FleetConnections.h"
#include "ui/views/ActivityView.h"
#include "ui/wizards/RestoreWizard.h"
#include "ui/PlanDocument.h"
#include "ui/models/FleetTreeModel.h"
#include "ui/models/IssueListModel.h"
#include "ui/views/FleetView.h"
#include "ui/views/PlanView.h"
#include "ui/views/ProblemsPanel.h"
#include <QAction>

#include <QApplication>
#include <QMenuBar>
#include <QDir>
#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QSettings>
#include <QMenu>
#include <QStatusBar>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

using namespace lifeboat;
using namespace lifeboat::ui;

namespace {

QString demo()
{
    return QStringLiteral(LIFEBOAT_SOURCE_DIR "/resources/demo/demo.lifeboat.json");
}

QJsonObject readJson(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

bool openAndWait(MainWindow& window, const QString& path)
{
    QSignalSpy loaded(window.document(), &PlanDocument::loaded);
    QSignalSpy failed(window.document(), &PlanDocument::loadFailed);
    if (!window.openFile(path))
        return false;
    return (loaded.count() > 0 || loaded.wait(20000)) && failed.isEmpty();
}

// Every leaf (node) row under `parent` of the proxy, depth first.
void collectLeaves(const QAbstractItemModel* model, const QModelIndex& parent, QStringList& out)
{
    for (int row = 0; row < model->rowCount(parent); ++row) {
        const QModelIndex index = model->index(row, 0, parent);
        if (index.data(FleetTreeModel::ObjectKindRole).toInt() == static_cast<int>(plan::ObjectRef::Kind::Node))
            out << index.data().toString();
        collectLeaves(model, index, out);
    }
}

} // namespace

class TestMainWindow : public QObject {
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);   // QSettings go to a test location
        QSettings().clear();
        Dialogs::setSuppressErrors(true);
    }

    void fleetTreeMatchesTheDemoFile()
    {
        MainWindow window;
        QVERIFY(openAndWait(window, demo()));
        const QJsonObject fleet = readJson(demo()).value(QLatin1String("fleet")).toObject();
        const QJsonArray domains = fleet.value(QLatin1String("domains")).toArray();
        const QJsonArray nodes = fleet.value(QLatin1String("nodes")).toArray();

        FleetTreeModel* model = window.fleetView()->sourceModel();
        QStringList roots;
        for (const QJsonValue& d : domains) {
            if (!d.toObject().contains(QLatin1String("parent")))
                roots << d.toObject().value(QLatin1String("id")).toString();
        }
        QCOMPARE(model->rowCount(), roots.size());
        for (int row = 0; row < model->rowCount(); ++row)
            QCOMPARE(model->index(row, 0).data().toString(), roots.at(row));

        // Every rack holds exactly the nodes the file puts in it, in file order.
        for (const QJsonValue& d : domains) {
            const QString id = d.toObject().value(QLatin1String("id")).toString();
            QStringList expected;
            for (const QJsonValue& n : nodes) {
                if (n.toObject().value(QLatin1String("domain")).toString() == id)
                    expected << n.toObject().value(QLatin1String("name")).toString();
            }
            const QModelIndex domainIndex = model->indexForObject({plan::ObjectRef::Kind::Domain, id});
            QVERIFY(domainIndex.isValid());
            QStringList actual;
            for (int row = 0; row < model->rowCount(domainIndex); ++row) {
                const QModelIndex child = model->index(row, 0, domainIndex);
                if (child.data(FleetTreeModel::ObjectKindRole).toInt() == static_cast<int>(plan::ObjectRef::Kind::Node))
                    actual << child.data().toString();
            }
            QCOMPARE(actual, expected);
        }
        QStringList all;
        collectLeaves(model, {}, all);
        QCOMPARE(all.size(), nodes.size());
        // A node's cells show the file's values.
        const QJsonObject first = nodes.at(0).toObject();
        const QModelIndex firstNode = model->indexForObject({plan::ObjectRef::Kind::Node, first.value(QLatin1String("name")).toString()});
        QCOMPARE(firstNode.siblingAtColumn(FleetTreeModel::AddressColumn).data().toString(), first.value(QLatin1String("address")).toString());
        QCOMPARE(firstNode.siblingAtColumn(FleetTreeModel::RoleColumn).data().toString(), first.value(QLatin1String("role")).toString());
    }

    void aDomainCycleHidesNothing()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = test::writeFile(dir.path(), QStringLiteral("cycle.lifeboat.json"),
                                             test::toJson(test::patched(test::minimalPlan(), R"([["set", "/fleet/domains/0/parent", "dc1/r1"]])")));
        QVERIFY(!path.isEmpty());
        MainWindow window;
        QVERIFY(openAndWait(window, path));
        FleetTreeModel* model = window.fleetView()->sourceModel();
        QStringList nodes;
        collectLeaves(model, {}, nodes);
        QCOMPARE(nodes.size(), 4);
        for (const QString id : {"dc1", "dc2", "dc1/r1", "dc1/r2", "dc2/r1"})
            QVERIFY2(model->indexForObject({plan::ObjectRef::Kind::Domain, id}).isValid(), qPrintable(id));
        bool cycleReported = false;
        for (int row = 0; row < window.problemsPanel()->model()->rowCount(); ++row)
            cycleReported = cycleReported || window.problemsPanel()->model()->issueAt(row)->kind == QLatin1String("domain-cycle");
        QVERIFY(cycleReported);
    }

    void filterKeepsMatchingNodesAndTheirDomains()
    {
        MainWindow window;
        QVERIFY(openAndWait(window, demo()));
        const QJsonArray nodes = readJson(demo()).value(QLatin1String("fleet")).toObject().value(QLatin1String("nodes")).toArray();
        window.fleetView()->setFilterText(QStringLiteral("stor-1"));
        QStringList visible;
        collectLeaves(window.fleetView()->proxyModel(), {}, visible);
        QStringList expected;
        for (const QJsonValue& n : nodes) {
            const QString name = n.toObject().value(QLatin1String("name")).toString();
            if (name.contains(QStringLiteral("stor-1")))
                expected << name;
        }
        QVERIFY(!expected.isEmpty());
        visible.sort();
        expected.sort();
        QCOMPARE(visible, expected);

        window.fleetView()->setFilterText(QStringLiteral("no-such-thing"));
        QCOMPARE(window.fleetView()->proxyModel()->rowCount(), 0);
        window.fleetView()->setFilterText(QString());
        QStringList again;
        collectLeaves(window.fleetView()->proxyModel(), {}, again);
        QCOMPARE(again.size(), nodes.size());
    }

    void choosingAProblemSelectsItsItem()
    {
        MainWindow window;
        QVERIFY(openAndWait(window, demo()));
        IssueListModel* issues = window.problemsPanel()->model();
        QCOMPARE(issues->rowCount(), 2);
        int sharedRow = -1;
        for (int row = 0; row < issues->rowCount(); ++row) {
            if (issues->issueAt(row)->kind == QLatin1String("shared-domain"))
                sharedRow = row;
        }
        QVERIFY(sharedRow >= 0);
        window.showView(MainWindow::View::Fleet);
        window.problemsPanel()->tableView()->selectRow(sharedRow);
        QCOMPARE(window.viewStack()->currentWidget(), window.planView());
        QTableView* datasets = window.planView()->tableFor(plan::ObjectRef::Kind::Dataset);
        QCOMPARE(window.planView()->tabs()->currentWidget(), datasets);
        QCOMPARE(datasets->currentIndex().siblingAtColumn(0).data().toString(), QStringLiteral("ckpt-llama70b"));
    }

    void choosingANodeProblemSelectsTheNodeInTheFleet()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = test::writeFile(dir.path(), QStringLiteral("bad-port.lifeboat.json"),
                                             test::toJson(test::patched(test::minimalPlan(), R"([["set", "/fleet/nodes/2/port", 0]])")));
        QVERIFY(!path.isEmpty());

        MainWindow window;
        QVERIFY(openAndWait(window, path));
        QCOMPARE(window.problemsPanel()->model()->rowCount(), 1);
        window.fleetView()->setFilterText(QStringLiteral("n1"));   // the node is filtered out: choosing the problem must still find it
        window.showView(MainWindow::View::Plan);
        window.fleetTabs()->setCurrentIndex(1);   // the live status: choosing the problem must bring the tree back
        window.problemsPanel()->tableView()->selectRow(0);
        QCOMPARE(window.viewStack()->currentWidget(), window.fleetTabs());
        QCOMPARE(window.fleetTabs()->currentIndex(), 0);   // the tree's tab
        const QModelIndex current = window.fleetView()->treeView()->currentIndex();
        QCOMPARE(current.data().toString(), QStringLiteral("n3"));
        QVERIFY(window.fleetView()->treeView()->selectionModel()->isSelected(current));
    }

    void editIsUndoableAndAsksBeforeItIsLost()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("plan.lifeboat.json"));
        QVERIFY(QFile::copy(demo(), path));
        MainWindow window;
        QVERIFY(openAndWait(window, path));
        QVERIFY(!window.isWindowModified());

        FleetTreeModel* model = window.fleetView()->sourceModel();
        const QModelIndex address = model->indexForObject({plan::ObjectRef::Kind::Node, QStringLiteral("gpu-01")}).siblingAtColumn(FleetTreeModel::AddressColumn);
        QVERIFY(model->flags(address) & Qt::ItemIsEditable);
        QVERIFY(model->setData(address, QStringLiteral("10.9.9.9")));
        QCOMPARE(address.data().toString(), QStringLiteral("10.9.9.9"));
        QVERIFY(window.isWindowModified());
        window.document()->undoStack()->undo();
        QCOMPARE(address.data().toString(), QStringLiteral("gpu-01.dc1.lifeboat-demo.internal"));
        QVERIFY(!window.isWindowModified());
        window.document()->undoStack()->redo();
        QVERIFY(window.isWindowModified());

        // A value that cannot be a port is refused at once.
        const QModelIndex port = address.siblingAtColumn(FleetTreeModel::PortColumn);
        QVERIFY(!model->setData(port, 0));
        QCOMPARE(port.data().toInt(), 22);

        // An edit the validator objects to shows up under Problems after revalidation.
        QSignalSpy revalidated(window.document(), &PlanDocument::issuesChanged);
        QVERIFY(model->setData(address.siblingAtColumn(FleetTreeModel::RoleColumn), QStringLiteral("quantum-annealer")));
        QVERIFY(revalidated.wait(10000));
        bool noted = false;
        for (const plan::PlanIssue& issue : window.document()->issues())
            noted = noted || (issue.kind == QLatin1String("no-failure-rate") && issue.message.contains(QStringLiteral("quantum-annealer")));
        QVERIFY(noted);
        window.document()->undoStack()->undo();

        // Opening another plan while modified: Cancel keeps everything as it is.
        Dialogs::setNextUnsavedAnswer(Dialogs::UnsavedAnswer::Cancel);
        QVERIFY(!window.openFile(demo()));
        QCOMPARE(address.data().toString(), QStringLiteral("10.9.9.9"));

        // Save writes the change to the file, atomically, and clears the modified state.
        QVERIFY(window.save());
        QVERIFY(!window.isWindowModified());
        const QJsonArray nodes = readJson(path).value(QLatin1String("fleet")).toObject().value(QLatin1String("nodes")).toArray();
        QCOMPARE(nodes.at(0).toObject().value(QLatin1String("address")).toString(), QStringLiteral("10.9.9.9"));
        QCOMPARE(window.recentFiles().value(0), QFileInfo(path).absoluteFilePath());

        // Discard lets another plan replace an edited one.
        QVERIFY(model->setData(address, QStringLiteral("10.8.8.8")));
        Dialogs::setNextUnsavedAnswer(Dialogs::UnsavedAnswer::Discard);
        QVERIFY(openAndWait(window, demo()));
        QVERIFY(!window.isWindowModified());
        QCOMPARE(readJson(path).value(QLatin1String("fleet")).toObject().value(QLatin1String("nodes")).toArray().at(0).toObject().value(QLatin1String("address")).toString(),
                 QStringLiteral("10.9.9.9"));
    }

    void savingOverUnreadFieldsAsksFirst()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QByteArray original = test::toJson(test::patched(test::minimalPlan(), R"([["set", "/datasets/0/size", "ten terabytes"]])"));
        const QString path = test::writeFile(dir.path(), QStringLiteral("typo.lifeboat.json"), original);
        QVERIFY(!path.isEmpty());
        QFile file(path);

        MainWindow window;
        QVERIFY(openAndWait(window, path));
        QVERIFY(window.document()->hasUnreadFields());
        Dialogs::setNextConfirmation(false);
        QVERIFY(!window.save());
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), original);   // untouched: the unreadable size is still there to fix
        file.close();
        Dialogs::setNextConfirmation(true);
        QVERIFY(window.save());
        QVERIFY(!window.document()->hasUnreadFields());
    }

    void aFileThatCannotBeOpenedKeepsTheCurrentPlan()
    {
        MainWindow window;
        QVERIFY(openAndWait(window, demo()));
        QTemporaryDir dir;
        QSignalSpy failed(window.document(), &PlanDocument::loadFailed);
        QVERIFY(window.openFile(dir.path()));
        QVERIFY(failed.wait(10000));
        QVERIFY(Dialogs::lastError().contains(QStringLiteral("is a directory")));
        QCOMPARE(window.document()->plan().nodes.size(), std::size_t(40));
        QCOMPARE(QFileInfo(window.document()->filePath()).fileName(), QStringLiteral("demo.lifeboat.json"));
    }

    void viewsNotBuiltSaySo()
    {
        MainWindow window;
        QCOMPARE(window.viewList()->count(), static_cast<int>(MainWindow::View::Count));
        window.showView(MainWindow::View::Snapshots);
        auto* label = qobject_cast<QLabel*>(window.viewStack()->currentWidget());
        QVERIFY(label);
        QVERIFY2(label->text().startsWith(QStringLiteral("Not built yet")), qPrintable(label->text()));
        // The Activity view is built: it lists operations and starts the wizards.
        window.showView(MainWindow::View::Activity);
        QCOMPARE(window.viewStack()->currentWidget(), static_cast<QWidget*>(window.activityView()));
        QVERIFY(window.activityView()->restoreAction()->isEnabled());
        QCOMPARE(window.activityView()->restoreAction()->shortcut(), QKeySequence(QStringLiteral("Ctrl+Shift+R")));
        RestoreWizard* wizard = window.openRestoreWizard();
        QVERIFY(wizard->isVisible());
        QCOMPARE(wizard->plan().nodes.size(), window.document()->plan().nodes.size());
        wizard->reject();
        QVERIFY(!wizard->isVisible());
    }

    // Fleet ▸ Use Engine Bundle…: a bundle folder is taken only when its files match its
    // SHA256SUMS; Use This Console's Engine goes back to the lifeboat-cli beside the console.
    void theEngineToInstallIsABundleOnlyWhenItChecksOut()
    {
        QTemporaryDir dir;
        const QString bundle = dir.filePath(QStringLiteral("lifeboat-engine-9.9.9-linux-x86_64"));
        QVERIFY(QDir().mkpath(bundle + QStringLiteral("/lib")));
        const auto write = [](const QString& path, const QByteArray& data) {
            QFile f(path);
            return f.open(QIODevice::WriteOnly) && f.write(data) == data.size();
        };
        QVERIFY(write(bundle + QStringLiteral("/lifeboat-cli"), "engine"));
        QVERIFY(write(bundle + QStringLiteral("/lib/libfoo.so.1"), "library"));
        const auto sha = [](const QByteArray& data) { return QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex(); };
        QVERIFY(write(bundle + QStringLiteral("/SHA256SUMS"), sha("engine") + "  lifeboat-cli\n" + sha("library") + "  lib/libfoo.so.1\n"));
        const QString own = FleetConnections::localEngineBuild();
        QVERIFY(own.endsWith(QStringLiteral("lifeboat-cli")));

        {
            MainWindow before;
            QVERIFY(!before.fleetStatusView()->ownEngineAction()->isEnabled());   // already the console's own
        }
        QVERIFY(FleetConnections::setLocalEngineBuild(bundle));
        QCOMPARE(FleetConnections::localEngineBuild(), bundle);
        // Damaged after the check: a second choice of it is refused, naming the file; the
        // setting stays the good one.
        QVERIFY(write(bundle + QStringLiteral("/lib/libfoo.so.1"), "librarX"));
        const Status refused = FleetConnections::setLocalEngineBuild(bundle);
        QVERIFY(!refused);
        QVERIFY2(refused.error().message.contains(QStringLiteral("lib/libfoo.so.1")), qPrintable(refused.error().message));
        QVERIFY(!FleetConnections::setLocalEngineBuild(dir.filePath(QStringLiteral("nothing-here"))));
        QCOMPARE(FleetConnections::localEngineBuild(), bundle);
        MainWindow window;
        QAction* back = window.fleetStatusView()->ownEngineAction();
        QVERIFY(back->isEnabled());
        QVERIFY2(window.fleetStatusView()->installAction()->toolTip().contains(bundle), qPrintable(window.fleetStatusView()->installAction()->toolTip()));
        back->trigger();
        QCOMPARE(FleetConnections::localEngineBuild(), own);
        QVERIFY(!back->isEnabled());
    }

    // View ▸ Language: the system's by default, each shipped language by its own name; the
    // choice is stored for the next start and said in the status bar.
    void theLanguageMenuStoresAPreferenceForTheNextStart()
    {
        MainWindow window;
        const QList<QAction*> actions = window.languageMenu()->actions();
        QCOMPARE(actions.size(), 3);
        QCOMPARE(actions[0]->data().toString(), QString());
        QVERIFY(actions[0]->isChecked());
        QCOMPARE(actions[2]->text(), QStringLiteral("简体中文"));
        QSignalSpy chosen(&window, &MainWindow::languageChosen);
        actions[2]->trigger();
        QCOMPARE(chosen.size(), 1);
        QCOMPARE(i18n::preferredLanguage(), QStringLiteral("zh_CN"));
        QVERIFY2(window.statusBar()->currentMessage().contains(QStringLiteral("next time")), qPrintable(window.statusBar()->currentMessage()));
        {
            MainWindow next;
            QVERIFY(next.languageMenu()->actions()[2]->isChecked());
            QVERIFY(!next.languageMenu()->actions()[0]->isChecked());
        }
        actions[0]->trigger();
        QCOMPARE(i18n::preferredLanguage(), QString());
        QCOMPARE(chosen.size(), 2);
    }
};

QTEST_MAIN(TestMainWindow)
#include "TestMainWindow.moc"
