// SPDX-License-Identifier: GPL-3.0-or-later
#include "DomainFailurePanel.h"

#include "ui/models/DomainImpactModel.h"
#include "ui/presenters/PlanAnalysis.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace lifeboat::ui {

DomainFailurePanel::DomainFailurePanel(PlanAnalysis* analysis, QWidget* parent)
    : QWidget(parent), m_analysis(analysis), m_model(new DomainImpactModel(analysis, this)), m_summary(new QLabel(this)), m_table(new QTableView(this)),
      m_assumptions(new QLabel(this))
{
    auto* proxy = new QSortFilterProxyModel(this);
    proxy->setSourceModel(m_model);
    proxy->setSortRole(DomainImpactModel::SortRole);
    m_table->setObjectName(QStringLiteral("domainImpactTableView"));
    m_table->setModel(proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(-1, Qt::AscendingOrder);   // restore order until the user sorts
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 6);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_summary->setObjectName(QStringLiteral("domainFailureSummaryLabel"));
    m_summary->setWordWrap(true);
    m_assumptions->setWordWrap(true);
    m_assumptions->setEnabled(false);   // secondary text
    auto* close = new QPushButton(tr("Back to Normal"), this);
    close->setToolTip(tr("Stop the what-if: the domain is up again"));
    connect(close, &QPushButton::clicked, this, [this] { m_analysis->setFailedDomain(QString()); });
    auto* top = new QHBoxLayout;
    top->addWidget(m_summary, 1);
    top->addWidget(close);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_assumptions);
    connect(analysis, &PlanAnalysis::updated, this, &DomainFailurePanel::refresh);
    refresh();
}

void DomainFailurePanel::refresh()
{
    const QString domain = m_analysis->failedDomain();
    setVisible(!domain.isEmpty());
    const model::DomainFailureImpact* impact = m_analysis->domainFailure();
    if (!impact) {
        m_summary->setText(m_analysis->domainFailureProblem().isEmpty() && m_analysis->problem().isEmpty()
                               ? tr("What if %1 fails: computing…").arg(domain)
                               : tr("What if %1 fails: no answer. %2").arg(domain, m_analysis->domainFailureProblem().isEmpty() ? m_analysis->problem()
                                                                                                                           : m_analysis->domainFailureProblem()));
        m_assumptions->clear();
        return;
    }
    int restores = 0;
    for (const auto& d : impact->datasets)
        restores += d.needsRestore ? 1 : 0;
    QString text = tr("What if %1 fails: %n node(s) down", nullptr, static_cast<int>(impact->nodesLost.size())).arg(domain);
    text += QLatin1String("; ") + tr("%n dataset(s) affected", nullptr, static_cast<int>(impact->datasets.size()));
    text += QLatin1String("; ") + tr("%n to restore", nullptr, restores);
    if (!impact->unrecoverable.isEmpty())
        text += QLatin1String(". ") + tr("LOST FOR GOOD (no copy and no backup outside %1): %2").arg(domain, impact->unrecoverable.join(QStringLiteral(", ")));
    m_summary->setText(text + QLatin1Char('.'));
    m_assumptions->setText(impact->assumptions.join(QLatin1Char(' ')));
}

} // namespace lifeboat::ui
