// SPDX-License-Identifier: GPL-3.0-or-later
#include "ApplyPlanDialog.h"

#include "core/activity/ActivityLog.h"
#include "ui/FleetConnections.h"
#include "ui/models/ApplyChangesModel.h"
#include "ui/presenters/ActivityStore.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QTreeView>
#include <QVBoxLayout>

#include <QtConcurrent/QtConcurrentRun>

namespace lifeboat::ui {

ApplyPlanDialog::ApplyPlanDialog(plan::Plan plan, FleetConnections* connections, ActivityStore* activity, QWidget* parent)
    : QDialog(parent), m_plan(std::move(plan)), m_connections(connections), m_activity(activity), m_model(new ApplyChangesModel(this))
{
    setWindowTitle(tr("Apply Plan to Fleet"));
    resize(960, 560);
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(tr("Each node is asked what applying the plan changes in its scheduler (systemd timers, else cron): its backups and the "
                                "copies of them, verifications, retention with prune, and restore drills. Nothing changes until you press Apply; then only the "
                                "nodes listed as \"To change\" are changed, each on its own."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    m_tree = new QTreeView(this);
    m_tree->setModel(m_model);
    m_tree->setUniformRowHeights(true);
    m_tree->setAlternatingRowColors(true);
    m_tree->header()->setStretchLastSection(true);
    layout->addWidget(m_tree, 1);
    m_progress = new QProgressBar(this);
    m_progress->setTextVisible(true);
    layout->addWidget(m_progress);
    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_summary);
    auto* form = new QFormLayout;
    m_reason = new QLineEdit(this);
    m_reason->setPlaceholderText(tr("optional: a ticket or a sentence, kept in the Activity view"));
    form->addRow(tr("&Reason:"), m_reason);
    layout->addLayout(form);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_checkAgain = m_buttons->addButton(tr("Check &Again"), QDialogButtonBox::ActionRole);
    m_apply = m_buttons->addButton(tr("&Apply"), QDialogButtonBox::AcceptRole);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ApplyPlanDialog::reject);
    connect(m_checkAgain, &QPushButton::clicked, this, &ApplyPlanDialog::checkAll);
    // Accept would close the dialog: Apply runs and the dialog stays to show what happened.
    disconnect(m_buttons, &QDialogButtonBox::accepted, this, nullptr);
    connect(m_apply, &QPushButton::clicked, this, &ApplyPlanDialog::applyChanges);
    connect(&m_pass, &QFutureWatcher<std::vector<schedule::NodeApply>>::finished, this, [this] { passDone(m_lastPassDry, m_pass.result()); });
    updateState();
}

ApplyPlanDialog::~ApplyPlanDialog()
{
    // Only when the console itself closes mid-pass (a close of the dialog waits for the
    // pass): no login may wait for a question nobody will see.
    if (m_pass.isRunning()) {
        m_cancel = true;
        m_connections->shutDown();
        m_pass.waitForFinished();
    }
}

void ApplyPlanDialog::checkAll()
{
    QStringList nodes;
    for (const plan::Node& n : m_plan.nodes)
        nodes << n.name;
    resetNodes(nodes);
    runPass(true, nodes);
}

void ApplyPlanDialog::resetNodes(const QStringList& nodes)
{
    m_model->reset(nodes);
    for (int i = 0; i < m_model->rowCount(); ++i)
        m_tree->expand(m_model->index(i, 0));
}

void ApplyPlanDialog::applyChanges()
{
    const QStringList nodes = m_model->nodesToChange();
    if (nodes.isEmpty() || m_busy)
        return;
    runPass(false, nodes);
}

void ApplyPlanDialog::runPass(bool dryRun, const QStringList& nodes)
{
    if (m_busy)
        return;
    m_busy = true;
    m_expected = static_cast<int>(nodes.size());
    m_answered = 0;
    m_model->setAsking(nodes);
    m_cancel = false;
    m_lastPassDry = dryRun;
    updateState();

    schedule::PlanApply::Options options;
    options.dryRun = dryRun;
    options.nodes = nodes;
    const fleet::FleetOptions fleet = m_connections->options();
    const plan::Plan plan = m_plan;
    // Logins block (and may ask for a secret on the GUI thread), so the pass runs on the
    // pool; each node's answer comes back queued as it arrives.
    m_pass.setFuture(QtConcurrent::run([this, plan, fleet, options] {
        return schedule::PlanApply::run(
            plan, fleet, options,
            [this](const schedule::NodeApply& node) { QMetaObject::invokeMethod(this, [this, node] { nodeAnswered(node); }, Qt::QueuedConnection); }, &m_cancel);
    }));
}

void ApplyPlanDialog::showDryRun(const std::vector<schedule::NodeApply>& results)
{
    if (m_busy)
        return;
    QStringList nodes;
    for (const schedule::NodeApply& n : results)
        nodes << n.node;
    resetNodes(nodes);
    m_lastPassDry = true;
    m_expected = m_answered = static_cast<int>(results.size());
    for (const schedule::NodeApply& n : results)
        m_model->setNode(n);
    updateState();
}

void ApplyPlanDialog::nodeAnswered(const schedule::NodeApply& node)
{
    m_model->setNode(node);
    ++m_answered;
    updateState();
}

void ApplyPlanDialog::passDone(bool dryRun, const std::vector<schedule::NodeApply>& results)
{
    m_busy = false;
    if (!dryRun && m_activity) {
        activity::ActivityEntry entry;
        entry.id = activity::ActivityLog::newId();
        entry.kind = QStringLiteral("apply");
        entry.title = tr("Apply the schedule of %1 to %n node(s)", nullptr, static_cast<int>(results.size())).arg(m_plan.name);
        entry.startedBy = activity::ActivityLog::currentUser();
        entry.reason = m_reason->text().trimmed();
        entry.finished = QDateTime::currentDateTimeUtc();
        entry.started = entry.finished;
        QJsonArray nodes;
        int failed = 0;
        for (const schedule::NodeApply& n : results) {
            QJsonArray changes;
            for (const schedule::JobChange& c : n.changes)
                if (c.action != schedule::JobChange::Action::Keep)
                    changes.append(QString(schedule::JobDiff::actionName(c.action) + QLatin1Char(' ') + c.id));
            nodes.append(QJsonObject{{QStringLiteral("node"), n.node}, {QStringLiteral("applied"), n.applied}, {QStringLiteral("changes"), changes},
                                     {QStringLiteral("error"), n.error.message}});
            entry.log << (n.error.message.isEmpty() ? tr("%1: applied (%2)").arg(n.node, n.scheduler) : tr("%1: FAILED: %2").arg(n.node, n.error.message));
            failed += n.error.message.isEmpty() ? 0 : 1;
        }
        entry.details = QJsonObject{{QStringLiteral("plan"), m_plan.name}, {QStringLiteral("nodes"), nodes}};
        entry.outcome = failed == 0 ? activity::Outcome::Succeeded : activity::Outcome::Failed;
        entry.summary = failed == 0 ? tr("The plan's jobs are installed on every node that needed a change.")
                                    : tr("%n node(s) could not be changed and run what they ran before; the others are applied.", nullptr, failed);
        if (auto recorded = m_activity->record(entry); !recorded)
            m_summary->setText(tr("The Activity log could not be written: %1").arg(recorded.error().message));
    }
    updateState();
    emit passFinished(dryRun);
    if (m_closeWhenDone)
        QDialog::reject();
}

void ApplyPlanDialog::updateState()
{
    m_progress->setVisible(m_busy);
    m_progress->setRange(0, std::max(1, m_expected));
    m_progress->setValue(m_answered);
    m_progress->setFormat(tr("%1 of %2 node(s) answered").arg(m_answered).arg(m_expected));
    m_checkAgain->setEnabled(!m_busy);
    m_apply->setEnabled(!m_busy && !m_model->nodesToChange().isEmpty());
    if (!m_busy)
        m_summary->setText(m_model->rowCount() == 0 ? tr("The plan has no nodes.") : m_model->summary());
    for (int c = 0; c < ApplyChangesModel::ColumnCount - 1; ++c)
        m_tree->resizeColumnToContents(c);
}

void ApplyPlanDialog::reject()
{
    if (!m_busy) {
        QDialog::reject();
        return;
    }
    // Nodes not yet asked are left alone; a node being changed finishes its one request,
    // and the dialog closes when those have answered.
    m_cancel = true;
    m_closeWhenDone = true;
    m_summary->setText(tr("Stopping: waiting for the nodes being asked to answer…"));
}

} // namespace lifeboat::ui
