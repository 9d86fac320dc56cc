// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReportPage.h"

#include "OperationWizard.h"
#include "RunPage.h"
#include "ui/Dialogs.h"
#include "ui/presenters/OperationRun.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace lifeboat::ui {

ReportPage::ReportPage(OperationWizard* wizard) : QWizardPage(wizard), m_wizard(wizard), m_check(new OperationRun(wizard->runner(), this))
{
    setObjectName(QStringLiteral("reportPage"));
    setTitle(tr("Check and report"));
    setSubTitle(tr("The report is kept in the Activity view."));
    m_summary = new QLabel(tr("Checking…"), this);
    m_summary->setObjectName(QStringLiteral("reportSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_report = new QTextBrowser(this);
    m_report->setOpenLinks(false);
    m_save = new QPushButton(tr("&Save Report…"), this);
    m_save->setEnabled(false);
    m_save->setToolTip(tr("As HTML, or as PDF when the name ends in .pdf"));
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_save);
    buttons->addStretch(1);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_report, 1);
    layout->addLayout(buttons);
    connect(m_check, &OperationRun::stopped, this, &ReportPage::finish);
    connect(m_save, &QPushButton::clicked, this, [this] {
        const QString path = Dialogs::reportFileName(this, m_wizard->kind() + QStringLiteral("-report.html"));
        if (path.isEmpty())
            return;
        if (auto saved = m_wizard->saveReport(path); !saved)
            Dialogs::showExportError(this, saved.error().message);
    });
}

QString ReportPage::summary() const
{
    return m_summary->text();
}

void ReportPage::initializePage()
{
    if (m_started)
        return;
    m_started = true;
    std::vector<RunJob> jobs = m_wizard->checkJobs();
    if (jobs.empty()) {
        finish();
        return;
    }
    m_check->addLog(tr("Checking the result."));
    m_check->start(std::move(jobs));
}

void ReportPage::finish()
{
    const bool checked = !m_check->jobs().empty();
    const QString text = m_wizard->summarize(*m_wizard->runPage()->run(), checked ? m_check : nullptr, &m_ok);
    QStringList log = m_wizard->runPage()->run()->log();
    log += m_check->log();
    if (auto written = m_wizard->recordActivity(m_ok ? activity::Outcome::Succeeded : activity::Outcome::Failed, text, log); !written)
        log.append(written.error().message);
    m_summary->setText(text);
    m_report->setHtml(activity::ActivityLog::reportHtml(m_wizard->entry()));
    m_save->setEnabled(true);
    m_done = true;
    emit completeChanged();
    emit reportReady(m_ok);
}

} // namespace lifeboat::ui
