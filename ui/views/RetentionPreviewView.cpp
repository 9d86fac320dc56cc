// SPDX-License-Identifier: GPL-3.0-or-later
#include "RetentionPreviewView.h"

#include "core/fleet/RemoteSnapshots.h"
#include "ui/FleetConnections.h"
#include "ui/PlanDocument.h"
#include "ui/charts/ChartPanel.h"
#include "ui/presenters/RetentionAnalysis.h"

#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QInputDialog>
#include <QLineEdit>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

namespace lifeboat::ui {

RetentionPreviewView::RetentionPreviewView(PlanDocument* document, QWidget* parent)
    : QWidget(parent), m_document(document), m_analysis(new RetentionAnalysis(document, this)), m_policy(new QComboBox(this)), m_history(new QComboBox(this)), m_summary(new QLabel(this)),
      m_table(new QTableWidget(this)), m_chart(new ChartPanel(this))
{
    m_policy->setObjectName(QStringLiteral("retentionPolicyComboBox"));
    m_summary->setObjectName(QStringLiteral("retentionSummaryLabel"));
    m_summary->setWordWrap(true);
    m_table->setObjectName(QStringLiteral("retentionTableWidget"));
    m_table->setColumnCount(4);
    m_table->setHorizontalHeaderLabels({tr("Snapshot time"), tr("Snapshot"), tr("Decision"), tr("Kept by")});
    m_history->setObjectName(QStringLiteral("retentionHistoryComboBox"));
    m_history->addItem(tr("Simulated from the schedule"));
    m_history->addItem(tr("Snapshots of a repository on this machine…"));
    m_history->addItem(tr("Snapshots of the policy's repository, on its node…"));
    m_history->setToolTip(tr("Preview on real snapshots: the repository is only read, never locked or changed."));
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_chart->setObjectName(QStringLiteral("retentionChart"));
    m_chart->setMinimumHeight(220);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 6);
    auto* top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("Policy"), this));
    top->addWidget(m_policy);
    top->addWidget(new QLabel(tr("History"), this));
    top->addWidget(m_history);
    top->addWidget(m_summary, 1);
    auto* split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_chart);
    split->addWidget(m_table);
    split->setStretchFactor(0, 2);
    split->setStretchFactor(1, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(split, 1);
    connect(m_policy, &QComboBox::currentTextChanged, m_analysis, &RetentionAnalysis::setPolicy);
    connect(m_analysis, &RetentionAnalysis::updated, this, &RetentionPreviewView::refresh);
    connect(document, &PlanDocument::loaded, this, &RetentionPreviewView::fillPolicies);
    connect(document, &PlanDocument::listChanged, this, [this](plan::ObjectRef::Kind kind) {
        if (kind == plan::ObjectRef::Kind::Policy)
            fillPolicies();
    });
    connect(m_history, &QComboBox::activated, this, &RetentionPreviewView::historyChosen);
    connect(m_analysis, &RetentionAnalysis::snapshotsRead, this, [this] { m_activeSource = m_pendingSource; });
    connect(m_analysis, &RetentionAnalysis::readFailed, this, [this](const QString& message) {
        restoreHistoryChoice();
        m_summary->setText(message);
    });
    fillPolicies();
}

QString RetentionPreviewView::suggestedRepositoryPath() const
{
    // The policy's first repository, when its path exists here (a repository on this node).
    const plan::Plan& plan = m_document->plan();
    for (const plan::Policy& p : plan.policies)
        if (p.name == m_policy->currentText())
            for (const QString& name : p.repositories)
                for (const plan::Repository& r : plan.repositories)
                    if (r.name == name && QFileInfo(r.path).isDir())
                        return r.path;
    return QDir::homePath();
}

void RetentionPreviewView::restoreHistoryChoice()
{
    QSignalBlocker block(m_history);
    m_history->setCurrentIndex(m_analysis->repositoryPath().isEmpty() ? 0 : m_activeSource);
}

std::optional<QByteArray> RetentionPreviewView::askPassphrase(const QString& where)
{
    bool ok = false;
    const QString typed = QInputDialog::getText(this, tr("Repository passphrase"), tr("Passphrase of %1 (used for this read only, not stored):").arg(where),
                                                QLineEdit::Password, QString(), &ok);
    if (!ok)
        return std::nullopt;
    return typed.toUtf8();
}

void RetentionPreviewView::historyChosen(int index)
{
    if (m_analysis->isReading()) {   // one read at a time; the summary says which is under way
        restoreHistoryChoice();
        return;
    }
    if (index == 0)
        m_analysis->useSimulation();
    else if (index == 1)
        readLocal();
    else
        readOnNode();
}

void RetentionPreviewView::readLocal()
{
    const QString path = QFileDialog::getExistingDirectory(this, tr("Repository to preview on"), suggestedRepositoryPath());
    if (path.isEmpty()) {
        restoreHistoryChoice();
        return;
    }
    const auto needs = model::RetentionPreview::needsPassphrase(path);
    if (!needs) {
        restoreHistoryChoice();
        m_summary->setText(tr("Could not read the snapshots of %1: %2").arg(path, needs.error().message));
        return;
    }
    QByteArray passphrase;
    if (*needs) {
        const auto typed = askPassphrase(path);
        if (!typed) {
            restoreHistoryChoice();
            return;
        }
        passphrase = *typed;
    }
    m_summary->setText(tr("Reading the snapshots of %1…").arg(path));
    m_pendingSource = 1;
    m_analysis->readRepository(path, passphrase);
}

void RetentionPreviewView::readOnNode()
{
    const plan::Plan& plan = m_document->plan();
    const auto policy = std::find_if(plan.policies.begin(), plan.policies.end(), [&](const plan::Policy& p) { return p.name == m_policy->currentText(); });
    QStringList names;
    if (policy != plan.policies.end())
        for (const QString& r : policy->repositories)
            if (std::any_of(plan.repositories.begin(), plan.repositories.end(), [&](const plan::Repository& repo) { return repo.name == r; }))
                names << r;
    if (!m_connections || names.isEmpty()) {
        restoreHistoryChoice();
        m_summary->setText(names.isEmpty() ? tr("Policy %1 writes to no repository of the plan.").arg(m_policy->currentText())
                                           : tr("The console has no fleet connection to reach the node."));
        return;
    }
    QString chosen = names.front();
    if (names.size() > 1) {
        bool ok = false;
        chosen = QInputDialog::getItem(this, tr("Repository"), tr("Which repository of %1:").arg(m_policy->currentText()), names, 0, false, &ok);
        if (!ok) {
            restoreHistoryChoice();
            return;
        }
    }
    const plan::Repository& repository = *std::find_if(plan.repositories.begin(), plan.repositories.end(), [&](const plan::Repository& r) { return r.name == chosen; });
    const auto node = std::find_if(plan.nodes.begin(), plan.nodes.end(), [&](const plan::Node& n) { return n.name == repository.node; });
    if (node == plan.nodes.end()) {
        restoreHistoryChoice();
        m_summary->setText(tr("Repository %1 is on node %2, which the plan does not have.").arg(chosen, repository.node));
        return;
    }
    const QString where = tr("%1 on %2").arg(repository.path, node->name);
    const auto passphrase = askPassphrase(where);
    if (!passphrase) {
        restoreHistoryChoice();
        return;
    }
    m_summary->setText(tr("Reading the snapshots of %1…").arg(where));
    m_pendingSource = 2;
    m_analysis->readSnapshots(where, [node = *node, options = m_connections->options(), path = repository.path, pass = *passphrase](QStringList*) {
        return fleet::RemoteSnapshots::list(node, options, path, pass);
    });
}

void RetentionPreviewView::fillPolicies()
{
    const QString current = m_policy->currentText();
    QSignalBlocker block(m_policy);
    m_policy->clear();
    for (const plan::Policy& p : m_document->plan().policies)
        m_policy->addItem(p.name);
    const int keep = m_policy->findText(current);
    m_policy->setCurrentIndex(keep >= 0 ? keep : 0);
    m_analysis->setPolicy(m_policy->currentText());
}

void RetentionPreviewView::refresh()
{
    const model::RetentionPreviewResult* r = m_analysis->preview();
    restoreHistoryChoice();
    m_table->setRowCount(0);
    if (!r) {
        m_summary->setText(m_analysis->problem());
        m_chart->setMessage(m_analysis->problem());
        return;
    }
    const QLocale locale;
    m_summary->setText(tr("Keeps %L1 of %L2 restore points; the oldest kept is %L3 days old.")
                           .arg(r->kept)
                           .arg(r->points.size())
                           .arg(r->oldestKeptAgeHours / 24.0, 0, 'f', 1)
                       + QLatin1Char(' ') + r->notes.join(QLatin1Char(' ')));
    m_table->setRowCount(static_cast<int>(r->points.size()));
    ChartSeries kept{tr("kept"), ChartSeries::Kind::Points, {}, QColor(0x2c, 0xa0, 0x2c)};
    ChartSeries removed{tr("would be removed"), ChartSeries::Kind::Points, {}, QColor(0xd6, 0x27, 0x28)};
    for (int row = 0; row < static_cast<int>(r->points.size()); ++row) {
        const model::PreviewPoint& p = r->points[static_cast<std::size_t>(row)];
        m_table->setItem(row, 0, new QTableWidgetItem(locale.toString(p.time.toLocalTime(), QLocale::ShortFormat)));
        m_table->setItem(row, 1, new QTableWidgetItem(p.snapshot));
        m_table->setItem(row, 2, new QTableWidgetItem(p.kept() ? tr("kept") : tr("would be removed")));
        m_table->setItem(row, 3, new QTableWidgetItem(p.reasons.join(QStringLiteral(", "))));
        (p.kept() ? kept : removed).points << QPointF(static_cast<double>(p.time.toMSecsSinceEpoch()), p.kept() ? 1.0 : 0.0);
    }
    const ChartAxis x{ChartAxis::Kind::DateTime, tr("Snapshot time"), {}, QStringLiteral("d MMM"), static_cast<double>(r->from.toMSecsSinceEpoch()),
                      static_cast<double>(r->now.toMSecsSinceEpoch())};
    const ChartAxis y{ChartAxis::Kind::Categories, QString(), {tr("removed"), tr("kept")}, {}, {}, {}};
    const QString title = r->simulated ? tr("%1: simulated restore points").arg(r->policy) : tr("%1: snapshots in %2").arg(r->policy, r->source);
    m_chart->setChart(title, x, y, {kept, removed});
}

} // namespace lifeboat::ui
