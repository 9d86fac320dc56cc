// SPDX-License-Identifier: GPL-3.0-or-later
#include "OperationWizards.h"

#include "ui/presenters/OperationRun.h"

#include "core/restore/RestoreCommand.h"
#include "core/util/Readable.h"

#include <QComboBox>
#include <QFormLayout>
#include <QJsonArray>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QVBoxLayout>

#include <algorithm>

namespace lifeboat::ui {

namespace {

const plan::Repository* findRepository(const plan::Plan& plan, const QString& name)
{
    const auto it = std::find_if(plan.repositories.begin(), plan.repositories.end(), [&](const plan::Repository& r) { return r.name == name; });
    return it == plan.repositories.end() ? nullptr : &*it;
}

} // namespace

SelectionPage::SelectionPage(const QString& title, const QString& what, const QStringList& items, QWidget* parent) : QWizardPage(parent)
{
    setObjectName(QStringLiteral("selectionPage"));
    setTitle(title);
    setCommitPage(true);
    m_list = new QListWidget(this);
    for (const QString& item : items) {
        auto* row = new QListWidgetItem(item, m_list);
        row->setFlags(row->flags() | Qt::ItemIsUserCheckable);
        row->setCheckState(Qt::Unchecked);
    }
    m_place = new QComboBox(this);
    m_option = new QComboBox(this);
    m_passphrase = new QLineEdit(this);
    m_passphrase->setEchoMode(QLineEdit::Password);
    m_passphrase->setPlaceholderText(tr("Leave empty for an unencrypted repository"));
    m_extra = new QLineEdit(this);
    m_reason = new QPlainTextEdit(this);
    m_reason->setPlaceholderText(tr("Why, for the record (required)"));
    m_reason->setTabChangesFocus(true);
    m_reason->setMaximumHeight(80);
    auto* form = new QFormLayout;
    form->addRow(what, m_list);
    form->addRow(tr("Run the engine &on:"), m_place);
    form->addRow(tr("&Options:"), m_option);
    form->addRow(tr("Repository &passphrase:"), m_passphrase);
    form->addRow(tr("&Label:"), m_extra);
    form->addRow(tr("&Reason:"), m_reason);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    connect(m_list, &QListWidget::itemChanged, this, &QWizardPage::completeChanged);
    connect(m_reason, &QPlainTextEdit::textChanged, this, &QWizardPage::completeChanged);
}

QStringList SelectionPage::chosen() const
{
    QStringList out;
    for (int i = 0; i < m_list->count(); ++i) {
        if (m_list->item(i)->checkState() == Qt::Checked)
            out << m_list->item(i)->text();
    }
    return out;
}

bool SelectionPage::isComplete() const
{
    return !chosen().isEmpty() && !m_reason->toPlainText().trimmed().isEmpty();
}

// ---------------------------------------------------------------------------------------
SelectionWizard::SelectionWizard(plan::Plan plan, FleetConnections* connections, ActivityStore* activity, QWidget* parent)
    : OperationWizard(std::move(plan), connections, activity, parent)
{
}

void SelectionWizard::addSelectionPage(const QString& title, const QString& what, const QStringList& items)
{
    m_selection = new SelectionPage(title, what, items, this);
    addPage(m_selection);
    addRunAndReportPages();
}

QString SelectionWizard::reason() const
{
    return selectionPage()->reasonEdit()->toPlainText().trimmed();
}

QString SelectionWizard::passphrase() const
{
    return selectionPage()->passphraseEdit()->text();
}

// ---------------------------------------------------------------------------------------
BackupWizard::BackupWizard(plan::Plan plan, FleetConnections* connections, ActivityStore* activity, QWidget* parent)
    : SelectionWizard(std::move(plan), connections, activity, parent)
{
    setObjectName(QStringLiteral("backupWizard"));
    setWindowTitle(tr("Back Up Now"));
    QStringList datasets;
    for (const plan::Dataset& d : this->plan().datasets)
        datasets << d.name;
    addSelectionPage(tr("Back up now"), tr("&Datasets:"), datasets);
    SelectionPage* selection = selectionPage();
    selection->setSubTitle(tr("Each location of a ticked dataset is backed up to the repository chosen below, tagged with the dataset and the node."));
    selection->placeBox()->addItem(tr("each location's node, over SSH"), true);
    selection->placeBox()->addItem(tr("this computer (the paths are mounted here)"), false);
    for (const plan::Repository& r : this->plan().repositories)
        selection->optionBox()->addItem(tr("to repository %1 (%2:%3)").arg(r.name, r.node, r.path), r.name);
    selection->extraEdit()->setPlaceholderText(tr("generation, e.g. a checkpoint step (optional; shards of one generation restore together)"));
    selection->setButtonText(QWizard::CommitButton, tr("&Start Backup"));
}

QString BackupWizard::title() const
{
    return tr("Back up %1").arg(selectionPage()->chosen().join(QStringLiteral(", ")));
}

std::vector<RunJob> BackupWizard::runJobs() const
{
    std::vector<RunJob> jobs;
    const plan::Repository* repo = findRepository(plan(), selectionPage()->optionBox()->currentData().toString());
    if (!repo)
        return jobs;
    const bool onNodes = selectionPage()->placeBox()->currentData().toBool();
    const QString generation = selectionPage()->extraEdit()->text().trimmed();
    for (const QString& name : selectionPage()->chosen()) {
        const auto d = std::find_if(plan().datasets.begin(), plan().datasets.end(), [&](const plan::Dataset& x) { return x.name == name; });
        if (d == plan().datasets.end())
            continue;
        for (const plan::DatasetLocation& location : d->locations) {
            const restore::EnginePlace place{onNodes ? location.node : QString()};
            const restore::EnginePlace reader{onNodes ? repo->node : QString()};
            auto address = restore::RestoreCommand::repositoryAddress(plan(), *repo, reader, place);
            QJsonObject params{{QStringLiteral("repo"), address ? address.value() : repo->path},
                               {QStringLiteral("dataset"), d->name},
                               {QStringLiteral("host"), location.node},
                               {QStringLiteral("args"), QJsonArray{location.path}}};
            if (!generation.isEmpty())
                params.insert(QStringLiteral("generation"), generation);
            RunJob job;
            job.label = tr("%1 on %2: %3").arg(d->name, place.local() ? tr("this computer") : place.node, location.path);
            job.node = place.node;
            job.op = QStringLiteral("repo.backup");
            job.params = OperationWizard::withPassphrase(params, passphrase());
            jobs.push_back(std::move(job));
        }
    }
    return jobs;
}

QJsonObject BackupWizard::details() const
{
    return QJsonObject{{QStringLiteral("datasets"), QJsonArray::fromStringList(selectionPage()->chosen())},
                       {QStringLiteral("repository"), selectionPage()->optionBox()->currentData().toString()},
                       {QStringLiteral("engine on"), selectionPage()->placeBox()->currentText()},
                       {QStringLiteral("generation"), selectionPage()->extraEdit()->text().trimmed()}};
}

QString BackupWizard::summarize(const OperationRun& run, const OperationRun*, bool* ok) const
{
    QStringList lines;
    *ok = run.allDone();
    for (std::size_t i = 0; i < run.progress().size(); ++i) {
        const JobProgress& p = run.progress()[i];
        if (p.state == JobState::Done) {
            const QJsonArray warnings = p.result.value(QLatin1String("warnings")).toArray();
            lines << tr("%1: snapshot %2, %3 files, %4 new in the repository%5.")
                         .arg(run.jobs()[i].label, p.result.value(QLatin1String("shortId")).toString())
                         .arg(p.result.value(QLatin1String("files")).toInteger())
                         .arg(readable::bytes(p.result.value(QLatin1String("newStoredBytes")).toDouble()),
                              warnings.isEmpty() ? QString() : tr("; %n file(s) could not be read", nullptr, static_cast<int>(warnings.size())));
            *ok = *ok && warnings.isEmpty();
        } else {
            lines << tr("%1: %2").arg(run.jobs()[i].label, p.error.isEmpty() ? OperationRun::stateLabel(p.state) : p.error);
        }
    }
    return lines.join(QLatin1Char('\n'));
}

// ---------------------------------------------------------------------------------------
VerifyWizard::VerifyWizard(plan::Plan plan, FleetConnections* connections, ActivityStore* activity, QWidget* parent)
    : SelectionWizard(std::move(plan), connections, activity, parent)
{
    setObjectName(QStringLiteral("verifyWizard"));
    setWindowTitle(tr("Verify"));
    QStringList repositories;
    for (const plan::Repository& r : this->plan().repositories)
        repositories << r.name;
    addSelectionPage(tr("Verify repositories"), tr("&Repositories:"), repositories);
    SelectionPage* selection = selectionPage();
    selection->setSubTitle(tr("Damage never stops the check: every damaged object is named, with the snapshots and files it affects."));
    selection->placeBox()->addItem(tr("the repository's node, over SSH"), true);
    selection->placeBox()->addItem(tr("this computer (the repository is mounted here)"), false);
    selection->optionBox()->addItem(tr("structure: index, pack headers, every snapshot's trees"), QString());
    selection->optionBox()->addItem(tr("structure, and read back 10% of the data"), QStringLiteral("10%"));
    selection->optionBox()->addItem(tr("structure, and read back every byte"), QStringLiteral("all"));
    selection->extraEdit()->hide();
    selection->setButtonText(QWizard::CommitButton, tr("&Start Verification"));
}

QString VerifyWizard::title() const
{
    return tr("Verify %1").arg(selectionPage()->chosen().join(QStringLiteral(", ")));
}

std::vector<RunJob> VerifyWizard::runJobs() const
{
    std::vector<RunJob> jobs;
    const bool onNode = selectionPage()->placeBox()->currentData().toBool();
    const QString depth = selectionPage()->optionBox()->currentData().toString();
    for (const QString& name : selectionPage()->chosen()) {
        const plan::Repository* repo = findRepository(plan(), name);
        if (!repo)
            continue;
        QJsonObject params{{QStringLiteral("repo"), repo->path}};
        if (depth == QLatin1String("all"))
            params.insert(QStringLiteral("read-data"), true);
        else if (!depth.isEmpty())
            params.insert(QStringLiteral("read-data-subset"), depth);
        RunJob job;
        job.node = onNode ? repo->node : QString();
        job.label = tr("%1 on %2").arg(repo->name, job.node.isEmpty() ? tr("this computer") : job.node);
        job.op = QStringLiteral("repo.verify");
        job.params = OperationWizard::withPassphrase(params, passphrase());
        jobs.push_back(std::move(job));
    }
    return jobs;
}

QJsonObject VerifyWizard::details() const
{
    return QJsonObject{{QStringLiteral("repositories"), QJsonArray::fromStringList(selectionPage()->chosen())},
                       {QStringLiteral("depth"), selectionPage()->optionBox()->currentText()},
                       {QStringLiteral("engine on"), selectionPage()->placeBox()->currentText()}};
}

QString VerifyWizard::summarize(const OperationRun& run, const OperationRun*, bool* ok) const
{
    QStringList lines;
    *ok = run.allDone();
    for (std::size_t i = 0; i < run.progress().size(); ++i) {
        const JobProgress& p = run.progress()[i];
        if (p.state != JobState::Done) {
            lines << tr("%1: %2").arg(run.jobs()[i].label, p.error.isEmpty() ? OperationRun::stateLabel(p.state) : p.error);
            continue;
        }
        const bool clean = p.result.value(QLatin1String("clean")).toBool();
        *ok = *ok && clean;
        QString line = clean ? tr("%1: no damage found (%2 snapshots, %3 packs; %4 read back).")
                                   .arg(run.jobs()[i].label)
                                   .arg(p.result.value(QLatin1String("snapshots")).toInteger())
                                   .arg(p.result.value(QLatin1String("packs")).toInteger())
                                   .arg(readable::bytes(p.result.value(QLatin1String("bytesRead")).toDouble()))
                             : tr("%1: DAMAGE FOUND: %2").arg(run.jobs()[i].label, p.result.value(QLatin1String("errors")).toArray().at(0).toString());
        const QJsonArray affected = p.result.value(QLatin1String("affected")).toArray();
        if (!affected.isEmpty())
            line += QLatin1Char(' ') + tr("%n file(s) or folder(s) cannot be restored intact.", nullptr, static_cast<int>(affected.size()));
        lines << line;
    }
    return lines.join(QLatin1Char('\n'));
}

} // namespace lifeboat::ui
