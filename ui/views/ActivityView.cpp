// SPDX-License-Identifier: GPL-3.0-or-later
#include "ActivityView.h"

#include "ui/Dialogs.h"
#include "ui/models/ActivityModel.h"
#include "ui/presenters/ActivityStore.h"
#include "ui/wizards/ResumeWizard.h"

#include <QAction>
#include <QHeaderView>
#include <QLabel>
#include <QSaveFile>
#include <QSplitter>
#include <QTableView>
#include <QTextBrowser>
#include <QToolBar>
#include <QVBoxLayout>

namespace lifeboat::ui {

ActivityView::ActivityView(ActivityStore* store, QWidget* parent) : QWidget(parent), m_store(store), m_model(new ActivityModel(store, this))
{
    setObjectName(QStringLiteral("activityView"));
    m_restore = new QAction(tr("&Restore…"), this);
    m_restore->setShortcut(QKeySequence(tr("Ctrl+Shift+R")));
    m_backup = new QAction(tr("&Back Up Now…"), this);
    m_backup->setShortcut(QKeySequence(tr("Ctrl+Shift+B")));
    m_verify = new QAction(tr("&Verify…"), this);
    m_save = new QAction(tr("&Save Report…"), this);
    m_save->setEnabled(false);
    m_resume = new QAction(tr("Res&ume Restore…"), this);
    m_resume->setEnabled(false);
    m_resume->setToolTip(tr("Runs a restore that stopped again: files already correct are skipped."));
    auto* tools = new QToolBar(this);
    tools->addAction(m_restore);
    tools->addAction(m_backup);
    tools->addAction(m_verify);
    tools->addSeparator();
    tools->addAction(m_save);
    tools->addAction(m_resume);
    m_table = new QTableView(this);
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->horizontalHeader()->setSectionResizeMode(ActivityModel::Title, QHeaderView::Stretch);
    m_table->verticalHeader()->hide();
    m_report = new QTextBrowser(this);
    m_report->setOpenLinks(false);
    m_problem = new QLabel(store->loadProblem(), this);
    m_problem->setWordWrap(true);
    m_problem->setVisible(!store->loadProblem().isEmpty());
    auto* split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_table);
    split->addWidget(m_report);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(tools);
    layout->addWidget(m_problem);
    layout->addWidget(split, 1);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &ActivityView::showSelected);
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        if (m_model->rowCount() > 0)
            m_table->selectRow(0);
        showSelected();
    });
    connect(m_save, &QAction::triggered, this, [this] {
        const activity::ActivityEntry* e = m_model->entry(m_table->currentIndex().row());
        if (!e)
            return;
        const QString path = Dialogs::reportFileName(this, e->kind + QStringLiteral("-report.html"));
        if (path.isEmpty())
            return;
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(activity::ActivityLog::reportHtml(*e).toUtf8()) < 0 || !file.commit())
            Dialogs::showExportError(this, tr("The report %1 could not be written: %2").arg(path, file.errorString()));
    });
    connect(m_resume, &QAction::triggered, this, [this] {
        if (const activity::ActivityEntry* e = m_model->entry(m_table->currentIndex().row()))
            emit resumeRequested(e->id);
    });
    if (m_model->rowCount() > 0)
        m_table->selectRow(0);
}

void ActivityView::selectEntry(const QString& id)
{
    for (int row = 0; row < m_model->rowCount(); ++row) {
        if (m_model->entry(row)->id == id) {
            m_table->selectRow(row);
            return;
        }
    }
}

void ActivityView::showSelected()
{
    const activity::ActivityEntry* e = m_model->entry(m_table->currentIndex().row());
    m_save->setEnabled(e != nullptr);
    m_resume->setEnabled(e && ResumeWizard::canResume(*e));
    m_report->setHtml(e ? activity::ActivityLog::reportHtml(*e) : tr("<p>No operation yet. Restore, Back Up Now and Verify start from the toolbar above.</p>"));
}

} // namespace lifeboat::ui
