// SPDX-License-Identifier: GPL-3.0-or-later
#include "RetentionPreviewView.h"

#include "ui/PlanDocument.h"
#include "ui/charts/ChartPanel.h"
#include "ui/presenters/RetentionAnalysis.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

namespace lifeboat::ui {

RetentionPreviewView::RetentionPreviewView(PlanDocument* document, QWidget* parent)
    : QWidget(parent), m_document(document), m_analysis(new RetentionAnalysis(document, this)), m_policy(new QComboBox(this)), m_summary(new QLabel(this)),
      m_table(new QTableWidget(this)), m_chart(new ChartPanel(this))
{
    m_policy->setObjectName(QStringLiteral("retentionPolicyComboBox"));
    m_summary->setObjectName(QStringLiteral("retentionSummaryLabel"));
    m_summary->setWordWrap(true);
    m_table->setObjectName(QStringLiteral("retentionTableWidget"));
    m_table->setColumnCount(3);
    m_table->setHorizontalHeaderLabels({tr("Snapshot time"), tr("Decision"), tr("Kept by")});
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
    fillPolicies();
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
    m_table->setRowCount(0);
    if (!r) {
        m_summary->setText(m_analysis->problem());
        m_chart->setMessage(m_analysis->problem());
        return;
    }
    const QLocale locale;
    m_summary->setText(tr("Keeps %1 of %2 restore points; the oldest kept is %3 days old.")
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
        m_table->setItem(row, 1, new QTableWidgetItem(p.kept() ? tr("kept") : tr("would be removed")));
        m_table->setItem(row, 2, new QTableWidgetItem(p.reasons.join(QStringLiteral(", "))));
        (p.kept() ? kept : removed).points << QPointF(static_cast<double>(p.time.toMSecsSinceEpoch()), p.kept() ? 1.0 : 0.0);
    }
    const ChartAxis x{ChartAxis::Kind::DateTime, tr("Snapshot time"), {}, QStringLiteral("d MMM"), static_cast<double>(r->from.toMSecsSinceEpoch()),
                      static_cast<double>(r->now.toMSecsSinceEpoch())};
    const ChartAxis y{ChartAxis::Kind::Categories, QString(), {tr("removed"), tr("kept")}, {}, {}, {}};
    m_chart->setChart(tr("%1: simulated restore points").arg(r->policy), x, y, {kept, removed});
}

} // namespace lifeboat::ui
