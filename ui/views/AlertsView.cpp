// SPDX-License-Identifier: GPL-3.0-or-later
#include "AlertsView.h"

#include "ui/models/AlertModel.h"
#include "ui/presenters/AlertMonitor.h"

#include <QAction>
#include <QCheckBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QToolBar>
#include <QVBoxLayout>

namespace lifeboat::ui {

AlertsView::AlertsView(AlertMonitor* monitor, QWidget* parent) : QWidget(parent), m_monitor(monitor), m_model(new AlertModel(monitor, this))
{
    setObjectName(QStringLiteral("alertsView"));
    m_acknowledge = new QAction(tr("&Acknowledge"), this);
    m_acknowledge->setShortcut(QKeySequence(tr("Ctrl+K")));
    m_acknowledge->setToolTip(tr("Mark the selected alert as seen; it stays until its cause is gone."));
    m_history = new QCheckBox(tr("Show &history"), this);
    auto* tools = new QToolBar(this);
    tools->addAction(m_acknowledge);
    tools->addWidget(m_history);
    m_table = new QTableView(this);
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->horizontalHeader()->setSectionResizeMode(AlertModel::Reason, QHeaderView::Stretch);
    m_table->verticalHeader()->hide();
    auto* hint = new QLabel(tr("Alerts come from each fleet check (Fleet ▸ Check Fleet): a dataset past or near its RPO, a failed backup, "
                               "a failed verification, a nearly full repository, an unreachable node. Double-click one (or press Enter) to go to its object."),
                            this);
    hint->setWordWrap(true);

    m_url = new QLineEdit(monitor->webhookUrl(), this);
    m_url->setPlaceholderText(tr("https://chat.example.org/hooks/…"));
    m_enabled = new QCheckBox(tr("&Send each new alert here (HTTP POST of a JSON document)"), this);
    m_enabled->setChecked(monitor->webhookEnabled());
    m_test = new QPushButton(tr("Send &Test"), this);
    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    auto* webhook = new QGroupBox(tr("Webhook"), this);
    auto* form = new QFormLayout(webhook);
    auto* urlRow = new QHBoxLayout;
    urlRow->addWidget(m_url, 1);
    urlRow->addWidget(m_test);
    // A row that is a layout gets no buddy from QFormLayout: without one the label would
    // show its '&' instead of a shortcut to the field.
    auto* urlLabel = new QLabel(tr("&URL:"), webhook);
    urlLabel->setBuddy(m_url);
    form->addRow(urlLabel, urlRow);
    form->addRow(m_enabled);
    form->addRow(m_status);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(tools);
    layout->addWidget(hint);
    layout->addWidget(m_table, 1);
    layout->addWidget(webhook);

    connect(m_history, &QCheckBox::toggled, m_model, &AlertModel::setShowHistory);
    connect(m_acknowledge, &QAction::triggered, this, [this] {
        if (const monitor::Alert* a = m_model->alert(m_table->currentIndex().row())) {
            if (auto done = m_monitor->acknowledge(a->id); !done)
                m_status->setText(done.error().message);
        }
    });
    // Enter or a double-click (the platform's activation).
    connect(m_table, &QTableView::activated, this, [this](const QModelIndex& index) {
        const monitor::Alert* a = m_model->alert(index.row());
        if (!a)
            return;
        using Kind = plan::ObjectRef::Kind;
        const Kind kind = a->kind == QLatin1String("dataset") ? Kind::Dataset : a->kind == QLatin1String("repository") ? Kind::Repository : Kind::Node;
        emit objectChosen(plan::ObjectRef{kind, a->name});
    });
    const auto saveWebhook = [this] { m_monitor->setWebhook(m_url->text().trimmed(), m_enabled->isChecked()); };
    connect(m_url, &QLineEdit::editingFinished, this, saveWebhook);
    connect(m_enabled, &QCheckBox::toggled, this, saveWebhook);
    connect(m_test, &QPushButton::clicked, this, [this, saveWebhook] {
        saveWebhook();
        m_status->setText(tr("Sending…"));
        m_monitor->sendTest(m_planName);
    });
    connect(m_monitor, &AlertMonitor::webhookResult, m_status, [this](bool, const QString& message) { m_status->setText(message); });
    connect(m_monitor, &AlertMonitor::problem, m_status, &QLabel::setText);
    connect(m_model, &QAbstractItemModel::modelReset, this, &AlertsView::updateActions);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &AlertsView::updateActions);
    if (!monitor->book().loadProblem().isEmpty())
        m_status->setText(monitor->book().loadProblem());
    updateActions();
}

void AlertsView::updateActions()
{
    const monitor::Alert* a = m_model->alert(m_table->currentIndex().row());
    m_acknowledge->setEnabled(a && a->open() && !a->acknowledged.isValid());
}

} // namespace lifeboat::ui
