// SPDX-License-Identifier: GPL-3.0-or-later
#include "FleetStatusView.h"

#include "core/Version.h"
#include "core/fleet/EngineInstaller.h"
#include "core/fleet/FleetPoller.h"
#include "ui/FleetConnections.h"
#include "ui/FleetDialogs.h"
#include "ui/PlanDocument.h"
#include "ui/models/FleetStatusModel.h"

#include <QAction>
#include <QFileInfo>
#include <QFileDialog>
#include <QHeaderView>
#include <QSettings>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QToolBar>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace lifeboat::ui {

using fleet::NodeHealth;
using fleet::NodeState;

FleetStatusView::FleetStatusView(PlanDocument* document, FleetConnections* connections, QWidget* parent)
    : QWidget(parent), m_document(document), m_connections(connections), m_model(new FleetStatusModel(document, this)),
      m_proxy(new QSortFilterProxyModel(this)), m_table(new QTableView(this)), m_filter(new QLineEdit(this)), m_summary(new QLabel(this)),
      m_progress(new QProgressBar(this)), m_poller(new fleet::FleetPoller(this))
{
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(FleetStatusModel::SortRole);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterKeyColumn(-1);

    auto* toolbar = new QToolBar(this);
    toolbar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_checkAll = toolbar->addAction(tr("Check Fleet"), this, [this] { checkNodes(); });
    m_checkAll->setShortcut(QKeySequence::Refresh);
    m_checkAll->setToolTip(tr("Ask every node of the plan for its status over SSH (F5)"));
    m_checkSelected = toolbar->addAction(tr("Check Selected"), this, [this] {
        if (!selectedNodes().isEmpty())
            checkNodes(selectedNodes());
    });
    m_stop = toolbar->addAction(tr("Stop"), this, [this] { m_poller->cancel(); });
    m_stop->setToolTip(tr("Nodes being asked finish within their timeouts; the others are not asked"));
    toolbar->addSeparator();
    m_trust = toolbar->addAction(tr("Trust Host Keys…"), this, &FleetStatusView::trustHostKeys);
    m_trust->setToolTip(tr("Compare and trust the keys of nodes not yet in known_hosts. A changed key cannot be trusted here."));
    m_install = toolbar->addAction(tr("Install Engine…"), this, &FleetStatusView::installEngine);
    m_chooseBundle = new QAction(tr("Use Engine &Bundle…"), this);
    m_chooseBundle->setToolTip(tr("Install a self-contained engine bundle (packaging/linux/engine-bundle.sh) instead of this console's lifeboat-cli"));
    connect(m_chooseBundle, &QAction::triggered, this, [this] {
        const QString folder = QFileDialog::getExistingDirectory(this, tr("Engine Bundle Folder (lifeboat-engine-…)"));
        if (folder.isEmpty())
            return;
        if (auto chosen = FleetConnections::setLocalEngineBuild(folder); !chosen)
            emit message(chosen.error().message);
        else
            emit message(tr("Install Engine now installs the bundle %1 (every file checked against its SHA256SUMS).").arg(folder));
        updateActions();
    });
    m_ownEngine = new QAction(tr("Use This Console's &Engine"), this);
    connect(m_ownEngine, &QAction::triggered, this, [this] {
        FleetConnections::setLocalEngineBuild(QString());
        emit message(tr("Install Engine now installs %1.").arg(FleetConnections::localEngineBuild()));
        updateActions();
    });
    for (QAction* a : {m_checkAll, m_checkSelected, m_stop, m_trust, m_install})
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addActions({m_checkAll});

    m_filter->setObjectName(QStringLiteral("fleetStatusFilterLineEdit"));
    m_filter->setPlaceholderText(tr("Filter by node, address, state or reason"));
    m_filter->setClearButtonEnabled(true);
    connect(m_filter, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);

    m_table->setObjectName(QStringLiteral("fleetStatusTableView"));
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(-1, Qt::AscendingOrder);   // plan order until the user sorts
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);   // a fleet is long: dense rows
    m_table->horizontalHeader()->setStretchLastSection(true);
    // Host names are what an operator reads first: never elided.
    m_table->horizontalHeader()->setSectionResizeMode(FleetStatusModel::AddressColumn, QHeaderView::ResizeToContents);
    m_table->setColumnWidth(FleetStatusModel::NodeColumn, 150);
    m_table->setColumnWidth(FleetStatusModel::AddressColumn, 170);
    m_table->setColumnWidth(FleetStatusModel::StateColumn, 160);
    m_table->setColumnWidth(FleetStatusModel::FreeSpaceColumn, 200);
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_table->addActions({m_checkSelected, m_trust, m_install});

    m_progress->setObjectName(QStringLiteral("fleetStatusProgressBar"));
    m_progress->setTextVisible(true);
    m_progress->hide();

    auto* top = new QHBoxLayout;
    top->addWidget(toolbar);
    top->addWidget(m_filter, 1);
    auto* bottom = new QHBoxLayout;
    bottom->addWidget(m_summary, 1);
    bottom->addWidget(m_progress);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addWidget(m_table, 1);
    layout->addLayout(bottom);

    connect(m_poller, &fleet::FleetPoller::started, this, [this](const QStringList& nodes) {
        m_model->markChecking(nodes);
        m_asked = static_cast<int>(nodes.size());
        m_answered = 0;
        m_progress->setRange(0, std::max(1, m_asked));
        m_progress->setValue(0);
        m_progress->setFormat(tr("%v of %m nodes"));
        m_progress->show();
        updateActions();
        emit busyChanged(true);
    });
    connect(m_poller, &fleet::FleetPoller::nodeReported, this, [this](const fleet::NodeReport& report) {
        m_model->addReport(report);
        m_progress->setValue(++m_answered);
        updateSummary();
    });
    connect(m_poller, &fleet::FleetPoller::finished, this, &FleetStatusView::onPollFinished);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &FleetStatusView::updateActions);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &FleetStatusView::updateActions);
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        updateActions();
        updateSummary();
    });
    connect(&m_installWatcher, &QFutureWatcher<InstallOutcome>::finished, this, [this] {
        const InstallOutcome outcome = m_installWatcher.result();
        for (const QString& e : outcome.errors)
            emit message(e);
        if (!outcome.installed.isEmpty()) {
            emit message(tr("The engine was installed on %1.").arg(outcome.installed.join(QStringLiteral(", "))));
            checkNodes(outcome.installed);
        }
        updateActions();
        emit busyChanged(isBusy());
    });
    updateActions();
    updateSummary();
}

FleetStatusView::~FleetStatusView()
{
    if (m_connections)
        stopAndWait();
}

bool FleetStatusView::isBusy() const { return m_poller->isRunning() || m_installWatcher.isRunning(); }

void FleetStatusView::stopAndWait()
{
    m_poller->cancel();
    if (m_connections)
        m_connections->shutDown();   // no login thread may wait for a question nobody will see
    m_poller->wait();
    m_installWatcher.waitForFinished();
}

void FleetStatusView::checkNodes(const QStringList& nodes)
{
    if (m_poller->isRunning() || m_document->plan().nodes.empty())
        return;
    m_poller->start(m_document->plan(), m_connections->options(), nodes);
}

void FleetStatusView::onPollFinished(bool cancelled)
{
    m_model->pollFinished();
    m_progress->hide();
    updateActions();
    updateSummary();
    if (cancelled)
        emit message(tr("Stopped: %1 of %2 nodes answered before the check was stopped.").arg(m_answered).arg(m_asked));
    emit checkFinished(cancelled);
    emit busyChanged(isBusy());
}

QStringList FleetStatusView::selectedNodes() const
{
    QStringList nodes;
    for (const QModelIndex& index : m_table->selectionModel()->selectedRows())
        nodes << index.data(FleetStatusModel::NodeNameRole).toString();
    return nodes;
}

void FleetStatusView::selectNode(const QString& node)
{
    const int row = m_model->rowOfNode(node);
    if (row < 0)
        return;
    const QModelIndex proxy = m_proxy->mapFromSource(m_model->index(row, 0));
    m_table->scrollTo(proxy);
    m_table->selectionModel()->setCurrentIndex(proxy, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
}

void FleetStatusView::trustHostKeys()
{
    QStringList nodes = selectedNodes();
    const auto unknownKey = [this](const QString& n) { return m_model->state(n) == NodeState::HostKeyUnknown; };
    if (std::none_of(nodes.begin(), nodes.end(), unknownKey)) {
        nodes.clear();
        for (const plan::Node& n : m_document->plan().nodes)
            nodes << n.name;
    }
    QList<HostKeyCandidate> candidates;
    for (const QString& n : std::as_const(nodes)) {
        const fleet::NodeReport* r = m_model->report(n);
        if (r && unknownKey(n) && !r->hostKeyFingerprint.isEmpty())
            candidates.append(HostKeyCandidate{n, r->address, r->hostKeyType, r->hostKeyFingerprint});
    }
    if (candidates.isEmpty())
        return;
    const QStringList trusted = FleetDialogs::confirmHostKeys(this, candidates);
    for (const HostKeyCandidate& c : std::as_const(candidates))
        if (trusted.contains(c.node))
            m_connections->acceptHostKey(c.node, c.fingerprint);
    if (!trusted.isEmpty()) {
        emit message(tr("Trusting %1 and checking again; the keys go to %2.").arg(trusted.join(QStringLiteral(", ")), m_connections->knownHostsFile()));
        checkNodes(trusted);
    }
}

void FleetStatusView::installEngine()
{
    QStringList nodes;
    for (const QString& n : selectedNodes())
        if (NodeHealth::engineCanBeInstalled(m_model->state(n)))
            nodes << n;
    if (nodes.isEmpty() || isBusy())
        return;
    const QString build = FleetConnections::localEngineBuild();
    const fleet::FleetOptions options = m_connections->options();
    // Where the nodes' engine is looked for: the configured path, else ~/.local/bin (the
    // first place the constant command looks).
    QString directory = QStringLiteral(".local/bin");
    if (!options.enginePath.isEmpty()) {
        if (QFileInfo(options.enginePath).fileName() != QLatin1String("lifeboat-cli")) {
            emit message(tr("The engine path on the nodes is set to %1; the console installs only to a path ending in lifeboat-cli.").arg(options.enginePath));
            return;
        }
        directory = QFileInfo(options.enginePath).path();
    }
    if (!FleetDialogs::confirmInstallEngine(this, nodes, build, QLatin1String(kVersion), directory == QLatin1String(".local/bin") ? QStringLiteral("~/.local/bin") : directory))
        return;
    std::vector<plan::Node> targets;
    for (const plan::Node& n : m_document->plan().nodes)
        if (nodes.contains(n.name))
            targets.push_back(n);
    m_installWatcher.setFuture(QtConcurrent::run([targets, options, build, directory] {
        InstallOutcome outcome;
        for (const plan::Node& node : targets) {
            const auto [target, ssh] = fleet::FleetStatus::connectionFor(node, options);
            auto installed = fleet::EngineInstaller::install(target, ssh, build, directory);
            if (options.afterNode) {
                fleet::NodeReport login;
                login.node = node.name;
                const Error::Code code = installed ? Error::Code::Invalid : installed.error().code;
                login.loggedIn = installed.ok() || (code != Error::Code::AuthFailed && code != Error::Code::WrongPassword && code != Error::Code::Cancelled);
                login.error = installed ? Error{} : installed.error();
                options.afterNode(node, login);
            }
            if (installed)
                outcome.installed << node.name;
            else
                outcome.errors << tr("Could not install the engine on %1: %2").arg(node.name, installed.error().message);
        }
        return outcome;
    }));
    updateActions();
    emit busyChanged(true);
}

void FleetStatusView::updateActions()
{
    const bool polling = m_poller->isRunning();
    const bool busy = isBusy();
    const bool hasNodes = !m_document->plan().nodes.empty();
    const QStringList selected = selectedNodes();
    m_checkAll->setEnabled(!busy && hasNodes);
    m_checkSelected->setEnabled(!busy && !selected.isEmpty());
    m_stop->setEnabled(polling);
    m_trust->setEnabled(!busy && m_model->stateCounts().value(NodeState::HostKeyUnknown) > 0);
    m_install->setToolTip(tr("Put %1 on the selected nodes that have none or an outdated one").arg(FleetConnections::localEngineBuild()));
    m_ownEngine->setEnabled(QSettings().contains(QStringLiteral("fleet/engineBuild")));
    m_install->setEnabled(!busy && std::any_of(selected.begin(), selected.end(), [this](const QString& n) {
                              return NodeHealth::engineCanBeInstalled(m_model->state(n));
                          }));
}

void FleetStatusView::updateSummary()
{
    const auto& counts = m_model->stateCounts();
    const int total = static_cast<int>(m_document->plan().nodes.size());
    QStringList parts;
    // In order of what needs a person first.
    for (NodeState s : {NodeState::HostKeyChanged, NodeState::Unreachable, NodeState::LoginFailed, NodeState::BadAddress, NodeState::EngineMissing,
                        NodeState::EngineOutdated, NodeState::HostKeyUnknown, NodeState::Attention, NodeState::Ok, NodeState::Checking, NodeState::Unknown})
        if (const int n = counts.value(s); n > 0)
            parts << tr("%1 %2").arg(n).arg(NodeHealth::label(s).toLower());
    m_summary->setText(total == 0 ? tr("The plan has no nodes.") : tr("%n node(s): %1", nullptr, total).arg(parts.join(QStringLiteral(", "))));
}

} // namespace lifeboat::ui
