// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFutureWatcher>
#include <QPointer>
#include <QStringList>
#include <QTimer>
#include <QWidget>

class QAction;
class QLabel;
class QLineEdit;
class QProgressBar;
class QSortFilterProxyModel;
class QTableView;

namespace lifeboat::fleet {
class FleetPoller;
struct NodeReport;
}

namespace lifeboat::ui {

class FleetConnections;
class FleetStatusModel;
class PlanDocument;

// The live state of the fleet: every node of the plan asked for its status over SSH through
// a bounded pool, off the GUI thread, with results filling the table as nodes answer.
// From here the operator trusts new host keys (after comparing fingerprints), installs the
// engine where it is missing or outdated, and sees why each node is in the state it is in.
class FleetStatusView : public QWidget {
    Q_OBJECT
public:
    FleetStatusView(PlanDocument* document, FleetConnections* connections, QWidget* parent = nullptr);
    ~FleetStatusView() override;

    FleetStatusModel* model() const { return m_model; }
    QTableView* tableView() const { return m_table; }
    QSortFilterProxyModel* proxyModel() const { return m_proxy; }
    QAction* checkAllAction() const { return m_checkAll; }
    QAction* checkSelectedAction() const { return m_checkSelected; }
    QAction* stopAction() const { return m_stop; }
    QAction* trustAction() const { return m_trust; }
    QAction* installAction() const { return m_install; }
    // Which engine Install Engine puts on nodes: a bundle folder chosen here, or this
    // console's own lifeboat-cli.
    QAction* chooseBundleAction() const { return m_chooseBundle; }
    QAction* ownEngineAction() const { return m_ownEngine; }
    QProgressBar* progressBar() const { return m_progress; }
    QLabel* summaryLabel() const { return m_summary; }
    bool isBusy() const;

    // Empty: every node of the plan.
    void checkNodes(const QStringList& nodes = {});
    void trustHostKeys();          // the selected (or else all) nodes whose key is not known yet
    void installEngine();          // the selected nodes without a usable engine
    void selectNode(const QString& node);
    // Stops a running poll and waits for its threads: the window is closing. Questions still
    // open are answered "none", and no new ones are asked.
    void stopAndWait();

signals:
    void message(const QString& text);
    void busyChanged(bool busy);
    // A check of the fleet (or of some nodes) ended; its reports are in model().
    void checkFinished(bool cancelled);

private:
    QStringList selectedNodes() const;
    void updateActions();
    void updateSummary();
    void onPollFinished(bool cancelled);

    PlanDocument* m_document;
    QPointer<FleetConnections> m_connections;
    FleetStatusModel* m_model;
    QSortFilterProxyModel* m_proxy;
    QTableView* m_table;
    QLineEdit* m_filter;
    QLabel* m_summary;
    QProgressBar* m_progress;
    QAction* m_checkAll;
    QAction* m_checkSelected;
    QAction* m_stop;
    QAction* m_trust;
    QAction* m_install;
    QAction* m_chooseBundle;
    QAction* m_ownEngine;
    fleet::FleetPoller* m_poller;
    int m_asked = 0;
    int m_answered = 0;
    struct InstallOutcome {
        QStringList installed;
        QStringList errors;
    };
    QFutureWatcher<InstallOutcome> m_installWatcher;
};

} // namespace lifeboat::ui
