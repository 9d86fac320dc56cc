// SPDX-License-Identifier: GPL-3.0-or-later
#include "RestorePages.h"

#include "RestoreWizard.h"

#include "core/fleet/JobRunner.h"
#include "core/fleet/RemoteSnapshots.h"
#include "core/util/Readable.h"
#include "core/util/Units.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGuiApplication>
#include <QClipboard>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSortFilterProxyModel>
#include <QStandardItemModel>
#include <QTableWidget>
#include <QTreeView>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace lifeboat::ui {

using restore::Scenario;

namespace {

constexpr qint64 kMaxTreeEntries = 200000;
constexpr int kPathRole = Qt::UserRole + 1;

QTableWidget* makeTable(QWidget* parent, const QStringList& headers)
{
    auto* table = new QTableWidget(0, static_cast<int>(headers.size()), parent);
    table->setHorizontalHeaderLabels(headers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
    return table;
}

QLabel* makeProblemLabel(QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setStyleSheet(QStringLiteral("color: palette(highlight)"));
    return label;
}

QString placeName(const QString& node)
{
    return node.isEmpty() ? RestoreWizard::tr("this computer") : node;
}

QString hours(double h)
{
    if (h < 0)
        return RestoreWizard::tr("not estimated (the plan gives no restore bandwidth)");
    return readable::durationCeil(h * 3600);
}

} // namespace

// ---------------------------------------------------------------------------------------
RestoreScenarioPage::RestoreScenarioPage(RestoreWizard* wizard) : QWizardPage(wizard), m_wizard(wizard)
{
    setObjectName(QStringLiteral("scenarioPage"));
    setTitle(tr("What happened"));
    setSubTitle(tr("Say what was lost; the next page lists what that affects. The reason is kept with the restore in the Activity view."));
    m_scenario = new QComboBox(this);
    for (Scenario s : {Scenario::NodeLost, Scenario::DomainLost, Scenario::FilesLost, Scenario::RollBack})
        m_scenario->addItem(restore::RestoreScope::scenarioLabel(s), static_cast<int>(s));
    m_subjectLabel = new QLabel(this);
    m_subject = new QComboBox(this);
    m_ticket = new QLineEdit(this);
    m_ticket->setPlaceholderText(tr("e.g. INC-4711 (optional)"));
    m_reason = new QPlainTextEdit(this);
    m_reason->setPlaceholderText(tr("Why this restore is needed, for the record (required)"));
    m_reason->setTabChangesFocus(true);
    m_problem = makeProblemLabel(this);
    auto* form = new QFormLayout(this);
    form->addRow(tr("&What happened:"), m_scenario);
    form->addRow(m_subjectLabel, m_subject);
    form->addRow(tr("&Incident or ticket:"), m_ticket);
    form->addRow(tr("&Reason:"), m_reason);
    form->addRow(m_problem);
    m_subjectLabel->setBuddy(m_subject);
    connect(m_scenario, &QComboBox::currentIndexChanged, this, [this] {
        fillSubjects();
        emit completeChanged();
    });
    connect(m_subject, &QComboBox::currentIndexChanged, this, &QWizardPage::completeChanged);
    connect(m_reason, &QPlainTextEdit::textChanged, this, &QWizardPage::completeChanged);
    fillSubjects();
}

void RestoreScenarioPage::fillSubjects()
{
    const auto scenario = static_cast<Scenario>(m_scenario->currentData().toInt());
    const plan::Plan& plan = m_wizard->plan();
    m_subject->clear();
    switch (scenario) {
    case Scenario::NodeLost:
        m_subjectLabel->setText(tr("&Node:"));
        for (const plan::Node& n : plan.nodes)
            m_subject->addItem(n.name, n.name);
        break;
    case Scenario::DomainLost:
        m_subjectLabel->setText(tr("&Failure domain:"));
        for (const plan::FailureDomain& d : plan.domains)
            m_subject->addItem(QStringLiteral("%1 (%2)").arg(d.id, plan::domainLevelLabel(d.level)), d.id);
        break;
    case Scenario::FilesLost:
    case Scenario::RollBack:
        m_subjectLabel->setText(tr("&Dataset:"));
        for (const plan::Dataset& d : plan.datasets)
            m_subject->addItem(d.name, d.name);
        break;
    case Scenario::Invalid:
        break;
    }
}

bool RestoreScenarioPage::isComplete() const
{
    return m_subject->currentIndex() >= 0 && !m_reason->toPlainText().trimmed().isEmpty();
}

bool RestoreScenarioPage::validatePage()
{
    RestoreChoices& c = m_wizard->choices();
    c.scope = {};
    c.scope.scenario = static_cast<Scenario>(m_scenario->currentData().toInt());
    const QString subject = m_subject->currentData().toString();
    if (c.scope.scenario == Scenario::NodeLost)
        c.scope.node = subject;
    else if (c.scope.scenario == Scenario::DomainLost)
        c.scope.domain = subject;
    else
        c.scope.dataset = subject;
    c.reason = m_reason->toPlainText().trimmed();
    c.ticket = m_ticket->text().trimmed();
    auto affected = restore::RestoreScope::compute(m_wizard->plan(), c.scope);
    if (!affected) {
        m_problem->setText(affected.error().message);
        return false;
    }
    if (affected->empty()) {
        m_problem->setText(tr("No dataset of the plan has a copy there: nothing to restore."));
        return false;
    }
    c.affected = std::move(affected.value());
    c.datasetIndex = 0;
    m_problem->clear();
    return true;
}

// ---------------------------------------------------------------------------------------
RestoreAffectedPage::RestoreAffectedPage(RestoreWizard* wizard) : QWizardPage(wizard), m_wizard(wizard)
{
    setObjectName(QStringLiteral("affectedPage"));
    setTitle(tr("What is affected"));
    setSubTitle(tr("In order of tier: restore the first ones first. Choose the dataset to restore now; run the wizard again for the next."));
    m_table = makeTable(this, {tr("Tier"), tr("Dataset"), tr("Layout"), tr("To restore"), tr("Recommended source"), tr("Estimated time")});
    m_source = new QComboBox(this);
    m_reader = new QComboBox(this);
    m_passphrase = new QLineEdit(this);
    m_passphrase->setEchoMode(QLineEdit::Password);
    m_passphrase->setPlaceholderText(tr("Leave empty for an unencrypted repository"));
    m_note = new QLabel(this);
    m_note->setWordWrap(true);
    m_note->setText(tr("Assumption: the plan records one restore bandwidth and no per-link figures, so the recommended source is the "
                       "repository that was not lost and shares the deepest failure domain (same rack, then same site) with the "
                       "dataset; the estimate is its size over the plan's restore bandwidth."));
    auto* form = new QFormLayout;
    form->addRow(tr("&Source repository:"), m_source);
    form->addRow(tr("Read it &on:"), m_reader);
    form->addRow(tr("Repository &passphrase:"), m_passphrase);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_table, 1);
    layout->addLayout(form);
    layout->addWidget(m_note);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, [this] {
        fillSources();
        emit completeChanged();
    });
    connect(m_source, &QComboBox::currentIndexChanged, this, [this] {
        const restore::AffectedDataset* a = m_wizard->affected();
        m_reader->clear();
        const int i = m_source->currentIndex();
        if (a && i >= 0 && i < static_cast<int>(a->sources.size())) {
            const restore::RestoreSource& s = a->sources[static_cast<std::size_t>(i)];
            m_reader->addItem(tr("its node %1, over SSH").arg(s.node), true);
            m_reader->addItem(tr("this computer (%1 is mounted here)").arg(s.path), false);
        }
        emit completeChanged();
    });
}

void RestoreAffectedPage::initializePage()
{
    const RestoreChoices& c = m_wizard->choices();
    m_table->setRowCount(static_cast<int>(c.affected.size()));
    for (int row = 0; row < static_cast<int>(c.affected.size()); ++row) {
        const restore::AffectedDataset& a = c.affected[static_cast<std::size_t>(row)];
        QStringList where;
        for (const plan::DatasetLocation& l : a.locations)
            where << QStringLiteral("%1:%2").arg(l.node, l.path);
        const QString source = a.recoverable() ? QStringLiteral("%1 (%2)").arg(a.sources.front().repository, a.sources.front().node)
                                               : tr("none: every repository of it was lost");
        const QStringList cells{plan::tierLabel(a.tier), a.dataset,
                                a.layout == plan::DatasetLayout::Sharded ? tr("sharded (%n shard(s))", nullptr, static_cast<int>(a.locations.size())) : tr("replicated"),
                                where.join(QStringLiteral(", ")), source, hours(a.estimatedHours)};
        for (int col = 0; col < cells.size(); ++col)
            m_table->setItem(row, col, new QTableWidgetItem(cells[col]));
    }
    m_table->resizeColumnsToContents();
    m_table->selectRow(std::max(0, c.datasetIndex));
    fillSources();
}

void RestoreAffectedPage::fillSources()
{
    const int row = m_table->currentRow();
    m_wizard->choices().datasetIndex = row;
    m_source->clear();
    const restore::AffectedDataset* a = m_wizard->affected();
    if (!a)
        return;
    for (const restore::RestoreSource& s : a->sources) {
        m_source->addItem(s.lost ? tr("%1 on %2 (lost in this scenario)").arg(s.repository, s.node) : tr("%1 on %2").arg(s.repository, s.node));
        if (s.lost) {
            auto* model = qobject_cast<QStandardItemModel*>(m_source->model());
            if (model)
                model->item(m_source->count() - 1)->setEnabled(false);
        }
    }
    m_source->setCurrentIndex(a->sources.empty() ? -1 : 0);
}

bool RestoreAffectedPage::isComplete() const
{
    const restore::AffectedDataset* a = m_wizard->affected();
    const int i = m_source->currentIndex();
    return a && i >= 0 && i < static_cast<int>(a->sources.size()) && !a->sources[static_cast<std::size_t>(i)].lost && m_reader->currentIndex() >= 0;
}

bool RestoreAffectedPage::validatePage()
{
    RestoreChoices& c = m_wizard->choices();
    c.sourceIndex = m_source->currentIndex();
    c.readOnRepositoryNode = m_reader->currentData().toBool();
    c.passphrase = m_passphrase->text().toUtf8();
    c.pointIndex = -1;
    return true;
}

// ---------------------------------------------------------------------------------------
RestorePointPage::RestorePointPage(RestoreWizard* wizard) : QWizardPage(wizard), m_wizard(wizard)
{
    setObjectName(QStringLiteral("pointPage"));
    setTitle(tr("Restore point"));
    setSubTitle(tr("Newest first. A point that failed verification, or a generation missing a shard, is shown but not offered."));
    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_table = makeTable(this, {tr("Time"), tr("Age"), tr("Generation"), tr("Size"), tr("Verification"), tr("Snapshots")});
    m_override = new QCheckBox(tr("Restore this point although it &failed verification (files in it may be damaged)"), this);
    m_override->setEnabled(false);
    m_diff = new QPushButton(tr("&Compare with the previous point"), this);
    m_diff->setEnabled(false);
    m_retry = new QPushButton(tr("Read &again"), this);
    m_diffText = new QLabel(this);
    m_diffText->setWordWrap(true);
    m_problems = makeProblemLabel(this);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_diff);
    buttons->addWidget(m_retry);
    buttons->addStretch(1);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_status);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_problems);
    layout->addWidget(m_override);
    layout->addLayout(buttons);
    layout->addWidget(m_diffText);
    connect(m_retry, &QPushButton::clicked, this, &RestorePointPage::load);
    connect(m_diff, &QPushButton::clicked, this, &RestorePointPage::showDiff);
    connect(m_override, &QCheckBox::toggled, this, &QWizardPage::completeChanged);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, [this] {
        RestoreChoices& c = m_wizard->choices();
        c.pointIndex = m_table->currentRow();
        const restore::RestorePoint* p = m_wizard->point();
        m_problems->setText(p ? p->problems.join(QLatin1Char('\n')) : QString());
        const bool allShards = p && std::all_of(p->shards.begin(), p->shards.end(), [](const auto& s) { return s.has_value(); });
        m_override->setEnabled(p && p->damaged && allShards);
        if (!m_override->isEnabled())
            m_override->setChecked(false);
        m_diff->setEnabled(p && c.pointIndex + 1 < static_cast<int>(c.points.size()) && p->shards.front() && c.points[static_cast<std::size_t>(c.pointIndex + 1)].shards.front());
        m_diffText->clear();
        emit completeChanged();
    });
    auto* runner = wizard->runner();
    connect(runner, &fleet::JobRunner::finished, this, [this](qint64 id, const QJsonObject& result, int) {
        if (id == m_listRequest)
            onListed(result);
        else if (id == m_verifyRequest)
            onVerified(result);
        else if (id == m_diffRequest) {
            m_diffText->setText(tr("From the previous point: %1 added, %2 removed, %3 changed (%4 added, %5 removed).")
                                    .arg(result.value(QLatin1String("added")).toInteger())
                                    .arg(result.value(QLatin1String("removed")).toInteger())
                                    .arg(result.value(QLatin1String("modified")).toInteger())
                                    .arg(readable::bytes(result.value(QLatin1String("bytesAdded")).toDouble()),
                                         readable::bytes(result.value(QLatin1String("bytesRemoved")).toDouble())));
            emit diffShown();
        }
    });
    connect(runner, &fleet::JobRunner::failed, this, [this](qint64 id, int, const QString& message) {
        if (id == m_listRequest || id == m_verifyRequest) {
            m_status->setText(id == m_listRequest ? tr("The snapshots could not be read: %1").arg(message)
                                                  : tr("The repository could not be verified: %1. Points are shown as not verified.").arg(message));
            if (id == m_verifyRequest) {
                m_verifyRequest = 0;
                m_verified = false;
                showPoints();
            } else {
                m_listRequest = 0;
                m_loaded = true;
                emit pointsLoaded();
            }
        } else if (id == m_diffRequest) {
            m_diffText->setText(tr("The comparison failed: %1").arg(message));
            emit diffShown();
        }
    });
}

void RestorePointPage::initializePage()
{
    load();
}

void RestorePointPage::load()
{
    RestoreChoices& c = m_wizard->choices();
    c.snapshots.clear();
    c.damaged.clear();
    c.points.clear();
    c.pointIndex = -1;
    m_loaded = false;
    m_verified = false;
    m_table->setRowCount(0);
    m_problems->clear();
    m_diffText->clear();
    const plan::Repository* repo = m_wizard->repository();
    if (!repo) {
        m_status->setText(tr("The chosen repository is not in the plan."));
        return;
    }
    const QString where = placeName(m_wizard->reader().node);
    m_status->setText(tr("Reading the snapshots of %1 on %2, then checking its structure…").arg(repo->name, where));
    const QJsonObject params = m_wizard->withPassphrase(QJsonObject{{QStringLiteral("repo"), repo->path}});
    m_listRequest = m_wizard->runner()->request(m_wizard->reader().node, QStringLiteral("repo.snapshots"), params);
    m_verifyRequest = 0;
    emit completeChanged();
}

void RestorePointPage::onListed(const QJsonObject& result)
{
    m_listRequest = 0;
    auto snapshots = fleet::RemoteSnapshots::fromListing(result);
    if (!snapshots) {
        m_status->setText(snapshots.error().message);
        m_loaded = true;
        emit pointsLoaded();
        return;
    }
    m_wizard->choices().snapshots = snapshots.value();
    // Structure only (every tree of every snapshot, every chunk indexed, every pack
    // header): reading every byte is the Verify wizard's job.
    const plan::Repository* repo = m_wizard->repository();
    m_verifyRequest = m_wizard->runner()->request(m_wizard->reader().node, QStringLiteral("repo.verify"),
                                                  m_wizard->withPassphrase(QJsonObject{{QStringLiteral("repo"), repo->path}}));
}

void RestorePointPage::onVerified(const QJsonObject& result)
{
    m_verifyRequest = 0;
    m_verified = true;
    QSet<QString>& damaged = m_wizard->choices().damaged;
    for (const QJsonValue& id : result.value(QLatin1String("damagedSnapshots")).toArray())
        damaged.insert(id.toString());
    const bool clean = result.value(QLatin1String("clean")).toBool();
    m_status->setText(clean ? tr("%n snapshot(s) read; the repository's structure is verified.", nullptr, static_cast<int>(m_wizard->choices().snapshots.size()))
                            : tr("%n snapshot(s) read; verification found damage (see each point).", nullptr, static_cast<int>(m_wizard->choices().snapshots.size())));
    showPoints();
}

void RestorePointPage::showPoints()
{
    RestoreChoices& c = m_wizard->choices();
    const plan::Dataset* d = m_wizard->dataset();
    if (!d)
        return;
    const bool verified = m_verified;
    c.points = restore::RestorePoints::compute(*d, c.snapshots, c.damaged);
    m_table->setRowCount(static_cast<int>(c.points.size()));
    const QDateTime now = QDateTime::currentDateTimeUtc();
    int firstOffered = -1;
    for (int row = 0; row < static_cast<int>(c.points.size()); ++row) {
        const restore::RestorePoint& p = c.points[static_cast<std::size_t>(row)];
        const auto age = std::chrono::seconds(std::max<qint64>(0, p.time.secsTo(now)));
        QString ageText = readable::duration(age);
        if (d->rpo.count() > 0)
            ageText = age <= d->rpo ? tr("%1 (within the RPO of %2)").arg(ageText, readable::duration(d->rpo))
                                    : tr("%1 (older than the RPO of %2)").arg(ageText, readable::duration(d->rpo));
        QStringList ids;
        for (const auto& s : p.shards)
            ids << (s ? s->shortId() : tr("missing"));
        const QString state = !p.complete() ? (p.damaged ? tr("FAILED verification") : tr("incomplete")) : verified ? tr("verified") : tr("not verified");
        const QStringList cells{p.time.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")), ageText, p.generation,
                                readable::bytes(static_cast<double>(p.bytes)), state, ids.join(QStringLiteral(", "))};
        for (int col = 0; col < cells.size(); ++col) {
            auto* item = new QTableWidgetItem(cells[col]);
            item->setToolTip(p.problems.join(QLatin1Char('\n')));
            m_table->setItem(row, col, item);
        }
        if (firstOffered < 0 && p.complete())
            firstOffered = row;
    }
    m_table->resizeColumnsToContents();
    if (c.points.empty())
        m_status->setText(m_status->text() + QLatin1Char(' ') + tr("No snapshot of dataset %1 is in this repository.").arg(d->name));
    if (firstOffered >= 0)
        m_table->selectRow(firstOffered);
    m_loaded = true;
    emit completeChanged();
    emit pointsLoaded();
}

void RestorePointPage::showDiff()
{
    const RestoreChoices& c = m_wizard->choices();
    const restore::RestorePoint* p = m_wizard->point();
    if (!p || c.pointIndex + 1 >= static_cast<int>(c.points.size()))
        return;
    const auto& previous = c.points[static_cast<std::size_t>(c.pointIndex + 1)].shards.front();
    if (!previous || !p->shards.front())
        return;
    m_diffText->setText(tr("Comparing…"));
    m_diffRequest = m_wizard->runner()->request(
        m_wizard->reader().node, QStringLiteral("repo.diff"),
        m_wizard->withPassphrase(QJsonObject{{QStringLiteral("repo"), m_wizard->repository()->path}, {QStringLiteral("args"), QJsonArray{previous->id, p->shards.front()->id}}}));
}

bool RestorePointPage::isComplete() const
{
    const restore::RestorePoint* p = m_wizard->point();
    if (!p)
        return false;
    return p->complete() || (p->damaged && m_override->isEnabled() && m_override->isChecked());
}

bool RestorePointPage::validatePage()
{
    m_wizard->choices().overrideDamaged = m_override->isChecked();
    return isComplete();
}

// ---------------------------------------------------------------------------------------
RestoreItemsPage::RestoreItemsPage(RestoreWizard* wizard) : QWizardPage(wizard), m_wizard(wizard)
{
    setObjectName(QStringLiteral("itemsPage"));
    setTitle(tr("Items"));
    setSubTitle(tr("The whole dataset, or the files and folders you tick (a folder brings everything in it)."));
    m_whole = new QRadioButton(tr("The &whole dataset"), this);
    m_selected = new QRadioButton(tr("Only the &selected files and folders"), this);
    m_whole->setChecked(true);
    auto* group = new QButtonGroup(this);
    group->addButton(m_whole);
    group->addButton(m_selected);
    m_search = new QLineEdit(this);
    m_search->setPlaceholderText(tr("Search names in the snapshot"));
    m_search->setClearButtonEnabled(true);
    m_model = new QStandardItemModel(this);
    m_model->setHorizontalHeaderLabels({tr("Name"), tr("Size"), tr("Modified")});
    m_filter = new QSortFilterProxyModel(this);
    m_filter->setSourceModel(m_model);
    m_filter->setRecursiveFilteringEnabled(true);
    m_filter->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_tree = new QTreeView(this);
    m_tree->setModel(m_filter);
    m_tree->setEnabled(false);
    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_whole);
    layout->addWidget(m_selected);
    layout->addWidget(m_search);
    layout->addWidget(m_tree, 1);
    layout->addWidget(m_status);
    connect(m_search, &QLineEdit::textChanged, m_filter, &QSortFilterProxyModel::setFilterFixedString);
    connect(m_search, &QLineEdit::textChanged, m_tree, [this](const QString& text) {
        if (!text.isEmpty())
            m_tree->expandAll();
    });
    connect(m_selected, &QRadioButton::toggled, m_tree, &QWidget::setEnabled);
    connect(m_selected, &QRadioButton::toggled, this, &QWizardPage::completeChanged);
    connect(m_model, &QStandardItemModel::itemChanged, this, &QWizardPage::completeChanged);
    auto* runner = wizard->runner();
    connect(runner, &fleet::JobRunner::requestEvent, this, [this](qint64 id, const QJsonObject& e) {
        if (id == m_request && e.value(QLatin1String("type")).toString() == QLatin1String("entry"))
            addEntry(e);
    });
    connect(runner, &fleet::JobRunner::finished, this, [this](qint64 id, const QJsonObject&, int) {
        if (id != m_request)
            return;
        m_request = 0;
        m_loaded = true;
        m_status->setText(m_entries >= kMaxTreeEntries ? tr("The first %1 entries are shown; search narrows them. The whole dataset restores everything.").arg(kMaxTreeEntries)
                                                       : tr("%n entries.", nullptr, static_cast<int>(m_entries)));
        emit treeLoaded();
    });
    connect(runner, &fleet::JobRunner::failed, this, [this](qint64 id, int, const QString& message) {
        if (id != m_request)
            return;
        m_request = 0;
        m_loaded = true;
        m_status->setText(tr("The snapshot's tree could not be read: %1. The whole dataset can still be restored.").arg(message));
        emit treeLoaded();
    });
}

void RestoreItemsPage::initializePage()
{
    const restore::RestorePoint* p = m_wizard->point();
    if (!p || !p->shards.front())
        return;
    const QString id = p->shards.front()->id;
    if (id == m_loadedSnapshot)
        return;
    m_loadedSnapshot = id;
    m_model->removeRows(0, m_model->rowCount());
    m_items.clear();
    m_entries = 0;
    m_loaded = false;
    m_status->setText(p->shards.size() > 1 ? tr("Reading the tree of shard 1; what you tick is restored from every shard.") : tr("Reading the snapshot's tree…"));
    m_request = m_wizard->runner()->request(m_wizard->reader().node, QStringLiteral("repo.ls"),
                                            m_wizard->withPassphrase(QJsonObject{{QStringLiteral("repo"), m_wizard->repository()->path}, {QStringLiteral("args"), QJsonArray{id}}}));
}

void RestoreItemsPage::addEntry(const QJsonObject& entry)
{
    if (++m_entries > kMaxTreeEntries)
        return;
    const QString path = entry.value(QLatin1String("path")).toString();
    const QString parentPath = path.section(QLatin1Char('/'), 0, -2);
    // Entries come in tree order: a parent is always there before its children.
    QStandardItem* parent = parentPath.isEmpty() ? m_model->invisibleRootItem() : m_items.value(parentPath, m_model->invisibleRootItem());
    auto* name = new QStandardItem(path.section(QLatin1Char('/'), -1));
    name->setData(path, kPathRole);
    name->setCheckable(true);
    name->setEditable(false);
    const bool directory = entry.value(QLatin1String("nodeType")).toString() == QLatin1String("dir");
    auto* size = new QStandardItem(directory ? QString() : readable::bytes(entry.value(QLatin1String("size")).toDouble()));
    auto* mtime = new QStandardItem(QDateTime::fromString(entry.value(QLatin1String("mtime")).toString(), Qt::ISODateWithMs).toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")));
    size->setEditable(false);
    mtime->setEditable(false);
    parent->appendRow({name, size, mtime});
    if (directory)
        m_items.insert(path, name);
}

bool RestoreItemsPage::isComplete() const
{
    if (m_whole->isChecked())
        return true;
    return m_loaded && !m_model->match(m_model->index(0, 0), Qt::CheckStateRole, Qt::Checked, 1, Qt::MatchExactly | Qt::MatchRecursive).isEmpty();
}

bool RestoreItemsPage::validatePage()
{
    QStringList includes;
    if (m_selected->isChecked()) {
        const QModelIndexList checked = m_model->match(m_model->index(0, 0), Qt::CheckStateRole, Qt::Checked, -1, Qt::MatchExactly | Qt::MatchRecursive);
        for (const QModelIndex& index : checked)
            includes << restore::RestoreCommand::literalGlob(index.data(kPathRole).toString());
    }
    m_wizard->choices().includes = includes;
    return true;
}

// ---------------------------------------------------------------------------------------
RestoreTargetPage::RestoreTargetPage(RestoreWizard* wizard) : QWizardPage(wizard), m_wizard(wizard)
{
    setObjectName(QStringLiteral("targetPage"));
    setTitle(tr("Target"));
    setSubTitle(tr("A file that is already correct is never rewritten, whatever the policy, so running a restore again is safe."));
    m_original = new QRadioButton(tr("The &original location"), this);
    m_originalText = new QLabel(this);
    m_originalText->setWordWrap(true);
    m_location = new QComboBox(this);
    m_location->setToolTip(tr("Which copy's place the files go back to (the one the scenario affected is preselected)."));
    m_elsewhere = new QRadioButton(tr("&Elsewhere:"), this);
    m_original->setChecked(true);
    auto* group = new QButtonGroup(this);
    group->addButton(m_original);
    group->addButton(m_elsewhere);
    m_node = new QComboBox(this);
    m_node->addItem(tr("this computer"), QString());
    for (const plan::Node& n : wizard->plan().nodes)
        m_node->addItem(n.name, n.name);
    m_path = new QLineEdit(this);
    m_path->setPlaceholderText(tr("An absolute folder path on that machine"));
    m_conflict = new QComboBox(this);
    m_conflict->addItem(tr("Skip: leave a different existing file as it is"), static_cast<int>(engine::ConflictPolicy::Skip));
    m_conflict->addItem(tr("Overwrite a different existing file"), static_cast<int>(engine::ConflictPolicy::Overwrite));
    m_conflict->addItem(tr("Keep both: restore beside it as NAME.restored-ID"), static_cast<int>(engine::ConflictPolicy::Rename));
    m_rate = new QLineEdit(this);
    m_rate->setPlaceholderText(tr("no limit (e.g. 200MB/s)"));
    m_space = new QLabel(this);
    m_space->setObjectName(QStringLiteral("spaceLabel"));
    m_space->setWordWrap(true);
    m_problem = makeProblemLabel(this);
    auto* elsewhere = new QHBoxLayout;
    elsewhere->addWidget(m_elsewhere);
    elsewhere->addWidget(m_node);
    elsewhere->addWidget(m_path, 1);
    auto* form = new QFormLayout;
    form->addRow(tr("&When a file differs:"), m_conflict);
    form->addRow(tr("&Bandwidth limit:"), m_rate);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_original);
    layout->addWidget(m_originalText);
    layout->addWidget(m_location);
    layout->addLayout(elsewhere);
    layout->addLayout(form);
    layout->addWidget(m_space);
    layout->addWidget(m_problem);
    layout->addStretch(1);
    const auto changed = [this] {
        m_location->setEnabled(m_original->isChecked());
        m_node->setEnabled(m_elsewhere->isChecked());
        m_path->setEnabled(m_elsewhere->isChecked());
        emit completeChanged();
    };
    connect(m_elsewhere, &QRadioButton::toggled, this, changed);
    connect(m_path, &QLineEdit::textChanged, this, changed);
    connect(m_path, &QLineEdit::editingFinished, this, &RestoreTargetPage::checkSpace);
    connect(m_node, &QComboBox::currentIndexChanged, this, &RestoreTargetPage::checkSpace);
    connect(m_original, &QRadioButton::toggled, this, &RestoreTargetPage::checkSpace);
    connect(m_location, &QComboBox::currentIndexChanged, this, &RestoreTargetPage::checkSpace);
    changed();
    auto* runner = wizard->runner();
    connect(runner, &fleet::JobRunner::finished, this, [this](qint64 id, const QJsonObject& result, int) {
        if (!m_spaceRequests.contains(id))
            return;
        m_spaceRequests.remove(id);
        QStringList lines;
        for (const QJsonValue& v : result.value(QLatin1String("paths")).toArray()) {
            const QJsonObject o = v.toObject();
            lines << (o.contains(QLatin1String("free_bytes")) ? tr("%1 free at %2").arg(readable::bytes(o.value(QLatin1String("free_bytes")).toDouble()),
                                                                                        o.value(QLatin1String("path")).toString())
                                                              : tr("free space unknown at %1").arg(o.value(QLatin1String("path")).toString()));
        }
        m_space->setText(m_space->text() + lines.join(QLatin1Char('\n')) + QLatin1Char('\n'));
        emit spaceShown();
    });
    connect(runner, &fleet::JobRunner::failed, this, [this](qint64 id, int, const QString& message) {
        if (!m_spaceRequests.contains(id))
            return;
        m_spaceRequests.remove(id);
        m_space->setText(m_space->text() + tr("The target could not be asked for its free space: %1").arg(message) + QLatin1Char('\n'));
        emit spaceShown();
    });
}

void RestoreTargetPage::initializePage()
{
    const plan::Dataset* d = m_wizard->dataset();
    const bool sharded = d && d->layout == plan::DatasetLayout::Sharded;
    QStringList where;
    if (const restore::AffectedDataset* a = m_wizard->affected()) {
        for (const plan::DatasetLocation& l : (sharded ? d->locations : a->locations))
            where << QStringLiteral("%1:%2").arg(l.node, l.path);
    }
    m_originalText->setText(sharded ? tr("Every shard to its own node, in parallel: %1").arg(where.join(QStringLiteral(", "))) : QString());
    m_originalText->setVisible(sharded);
    m_location->clear();
    m_location->setVisible(!sharded && d);
    if (!sharded && d) {
        const restore::AffectedDataset* a = m_wizard->affected();
        int preselected = 0;
        for (std::size_t i = 0; i < d->locations.size(); ++i) {
            m_location->addItem(QStringLiteral("%1:%2").arg(d->locations[i].node, d->locations[i].path), static_cast<int>(i));
            if (a && !a->locations.empty() && a->locations.front() == d->locations[i])
                preselected = static_cast<int>(i);
        }
        m_location->setCurrentIndex(preselected);
    }
    m_elsewhere->setToolTip(sharded ? tr("Each shard goes to PATH/shard-N on the chosen machine.") : QString());
    checkSpace();
}

void RestoreTargetPage::checkSpace()
{
    if (!isComplete())
        return;
    validatePage();
    auto jobs = m_wizard->restoreJobs(false);
    m_space->clear();
    if (!jobs) {
        m_problem->setText(jobs.error().message);
        return;
    }
    m_problem->clear();
    for (const restore::RestoreJob& job : jobs.value()) {
        const qint64 id = m_wizard->runner()->request(job.place.node, QStringLiteral("status"), QJsonObject{{QStringLiteral("paths"), QJsonArray{job.target}}});
        m_spaceRequests.insert(id, 0);
    }
}

bool RestoreTargetPage::isComplete() const
{
    if (m_original->isChecked())
        return true;
    return m_path->text().trimmed().startsWith(QLatin1Char('/')) || (m_path->text().trimmed().size() > 2 && m_path->text().trimmed().at(1) == QLatin1Char(':'));
}

bool RestoreTargetPage::validatePage()
{
    RestoreChoices& c = m_wizard->choices();
    c.originalLocation = m_original->isChecked();
    c.locationIndex = m_location->count() > 0 ? m_location->currentData().toInt() : -1;
    c.targetNode = m_node->currentData().toString();
    c.targetPath = m_path->text().trimmed();
    c.conflict = static_cast<engine::ConflictPolicy>(m_conflict->currentData().toInt());
    c.limitBytesPerSecond = 0;
    if (!m_rate->text().trimmed().isEmpty()) {
        const auto rate = units::parseBytesPerSecond(m_rate->text().trimmed());
        if (!rate || *rate <= 0) {
            m_problem->setText(tr("The bandwidth limit must be a rate such as 200MB/s."));
            return false;
        }
        c.limitBytesPerSecond = *rate;
    }
    return true;
}

// ---------------------------------------------------------------------------------------
RestorePreflightPage::RestorePreflightPage(RestoreWizard* wizard) : QWizardPage(wizard), m_wizard(wizard)
{
    setObjectName(QStringLiteral("preflightPage"));
    setTitle(tr("Pre-flight"));
    setSubTitle(tr("Nothing is written before every check passes."));
    setCommitPage(true);
    setButtonText(QWizard::CommitButton, tr("&Start Restore"));
    m_checks = makeTable(this, {tr("Target"), tr("Check"), tr("Result")});
    m_checks->setSelectionMode(QAbstractItemView::NoSelection);
    m_checks->setWordWrap(true);
    m_checks->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_checks->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_checks->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("preflightSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_command = new QPlainTextEdit(this);
    m_command->setReadOnly(true);
    m_command->setMaximumHeight(90);
    auto* copy = new QPushButton(tr("Cop&y Command"), this);
    connect(copy, &QPushButton::clicked, this, [this] { QGuiApplication::clipboard()->setText(m_command->toPlainText()); });
    auto* commandRow = new QHBoxLayout;
    commandRow->addWidget(new QLabel(tr("The same restore from a shell (the passphrase comes from $LIFEBOAT_PASSWORD or is asked):"), this), 1);
    commandRow->addWidget(copy);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_checks, 1);
    layout->addWidget(m_summary);
    layout->addLayout(commandRow);
    layout->addWidget(m_command);
    auto* runner = wizard->runner();
    connect(runner, &fleet::JobRunner::finished, this, &RestorePreflightPage::onFinished);
    connect(runner, &fleet::JobRunner::failed, this, &RestorePreflightPage::onFailed);
}

void RestorePreflightPage::initializePage()
{
    m_checks->setRowCount(0);
    m_requests.clear();
    m_failures = 0;
    m_outstanding = 0;
    m_started = true;
    m_summary->setText(tr("Checking…"));
    auto jobs = m_wizard->restoreJobs(false);
    if (!jobs) {
        m_summary->setText(jobs.error().message);
        ++m_failures;
        emit completeChanged();
        emit checked(false);
        return;
    }
    QStringList commands;
    m_facts.assign(jobs->size(), JobFacts{});
    m_outstandingPerJob.assign(jobs->size(), 3);
    const restore::RestorePoint* point = m_wizard->point();
    for (std::size_t i = 0; i < jobs->size(); ++i) {
        const restore::RestoreJob& job = jobs.value()[i];
        commands << restore::RestoreCommand::commandLine(job, m_wizard->plan());
        const int index = static_cast<int>(i);
        // Requests at one place run in this order; places run in parallel.
        m_requests.insert(m_wizard->runner()->request(job.place.node, QStringLiteral("status"), QJsonObject{{QStringLiteral("paths"), QJsonArray{job.target}}}),
                          {index, QStringLiteral("status")});
        m_requests.insert(m_wizard->runner()->request(job.place.node, QStringLiteral("repo.verify"),
                                                      m_wizard->withPassphrase(QJsonObject{{QStringLiteral("repo"), job.repository},
                                                                                           {QStringLiteral("snapshot"), point->shards[i]->id}})),
                          {index, QStringLiteral("verify")});
        restore::RestoreJob dry = job;
        dry.dryRun = true;
        m_requests.insert(m_wizard->runner()->request(job.place.node, QStringLiteral("repo.restore"), m_wizard->withPassphrase(restore::RestoreCommand::params(dry))),
                          {index, QStringLiteral("dry-run")});
        m_outstanding += 3;
    }
    m_command->setPlainText(commands.join(QLatin1Char('\n')));
    emit completeChanged();
}

void RestorePreflightPage::addCheck(int job, const QString& what, const QString& result, bool ok, bool warning)
{
    auto jobs = m_wizard->restoreJobs(false);
    const QString label = jobs ? m_wizard->jobLabel(jobs.value()[static_cast<std::size_t>(job)], static_cast<std::size_t>(job)) : QString();
    const int row = m_checks->rowCount();
    m_checks->insertRow(row);
    const QString mark = !ok ? tr("✗ %1").arg(result) : warning ? tr("⚠ %1").arg(result) : tr("✓ %1").arg(result);
    m_checks->setItem(row, 0, new QTableWidgetItem(label));
    m_checks->setItem(row, 1, new QTableWidgetItem(what));
    auto* item = new QTableWidgetItem(mark);
    item->setToolTip(result);
    m_checks->setItem(row, 2, item);
    m_checks->resizeRowToContents(row);
    if (!ok)
        ++m_failures;
}

void RestorePreflightPage::onFinished(qint64 id, const QJsonObject& result, int)
{
    const auto it = m_requests.constFind(id);
    if (it == m_requests.constEnd())
        return;
    const auto [job, kind] = *it;
    m_requests.remove(id);
    JobFacts& facts = m_facts[static_cast<std::size_t>(job)];
    if (kind == QLatin1String("status")) {
        // The session answered, so it is open and its engine speaks this console's protocol.
        auto jobs = m_wizard->restoreJobs(false);
        const QString node = jobs ? jobs.value()[static_cast<std::size_t>(job)].place.node : QString();
        addCheck(job, tr("Engine"), tr("reached %1, engine %2").arg(placeName(node), m_wizard->runner()->engineAt(node)), true);
        const QJsonObject path = result.value(QLatin1String("paths")).toArray().at(0).toObject();
        if (path.contains(QLatin1String("free_bytes"))) {
            facts.freeBytes = path.value(QLatin1String("free_bytes")).toDouble();
            addCheck(job, tr("Free space"), tr("%1 free where the target is").arg(readable::bytes(facts.freeBytes)), true);
        } else {
            addCheck(job, tr("Free space"), tr("the engine could not say how much space is free there"), true, true);
        }
    } else if (kind == QLatin1String("verify")) {
        const QString snapshot = m_wizard->point()->shards[static_cast<std::size_t>(job)]->id;
        const bool damaged = result.value(QLatin1String("damagedSnapshots")).toArray().contains(snapshot);
        if (damaged && !m_wizard->choices().overrideDamaged) {
            addCheck(job, tr("Snapshot"), tr("snapshot %1 failed verification: %2").arg(snapshot.left(8), result.value(QLatin1String("affected")).toArray().at(0).toString()),
                     false);
        } else if (damaged) {
            addCheck(job, tr("Snapshot"), tr("snapshot %1 failed verification; restoring it anyway, as you chose").arg(snapshot.left(8)), true, true);
        } else {
            facts.verified = true;
            addCheck(job, tr("Snapshot"), tr("the repository opens there, is not locked against reading, and snapshot %1's trees and chunks are verified").arg(snapshot.left(8)),
                     true);
        }
    } else {
        facts.bytesToWrite = result.value(QLatin1String("bytesToWrite")).toDouble();
        facts.filesMissing = result.value(QLatin1String("filesMissing")).toDouble();
        facts.filesDifferent = result.value(QLatin1String("filesDifferent")).toDouble();
        addCheck(job, tr("Dry run"),
                 tr("%1 files to create, %2 differ from the snapshot, %3 already correct; %4 to write")
                     .arg(facts.filesMissing)
                     .arg(facts.filesDifferent)
                     .arg(result.value(QLatin1String("filesAlreadyCorrect")).toDouble())
                     .arg(readable::bytes(facts.bytesToWrite)),
                 true);
    }
    if (--m_outstandingPerJob[static_cast<std::size_t>(job)] == 0)
        concludeJob(job);
    if (--m_outstanding == 0)
        conclude();
}

void RestorePreflightPage::onFailed(qint64 id, int code, const QString& message)
{
    const auto it = m_requests.constFind(id);
    if (it == m_requests.constEnd())
        return;
    const auto [job, kind] = *it;
    m_requests.remove(id);
    const QString what = kind == QLatin1String("status") ? tr("Engine") : kind == QLatin1String("verify") ? tr("Snapshot") : tr("Dry run");
    QString text = message;
    if (code == static_cast<int>(Error::Code::Locked))
        text = tr("the repository is locked by another operation: %1").arg(message);
    addCheck(job, what, text, false);
    if (--m_outstandingPerJob[static_cast<std::size_t>(job)] == 0)
        concludeJob(job);
    if (--m_outstanding == 0)
        conclude();
}

void RestorePreflightPage::concludeJob(int job)
{
    const JobFacts& facts = m_facts[static_cast<std::size_t>(job)];
    if (facts.freeBytes < 0 || facts.bytesToWrite < 0)
        return;
    // A margin for directories, metadata and the file system's own blocks.
    const double margin = std::max(64.0 * 1048576.0, facts.bytesToWrite * 0.01);
    auto jobs = m_wizard->restoreJobs(false);
    const QString where = jobs ? m_wizard->jobLabel(jobs.value()[static_cast<std::size_t>(job)], static_cast<std::size_t>(job)) : QString();
    if (facts.bytesToWrite + margin > facts.freeBytes) {
        addCheck(job, tr("Enough space"),
                 tr("not enough space: the restore writes %1 (plus a margin of %2) and %3 has %4 free. Free space there or choose another target.")
                     .arg(readable::bytes(facts.bytesToWrite), readable::bytes(margin), where, readable::bytes(facts.freeBytes)),
                 false);
    } else {
        addCheck(job, tr("Enough space"), tr("%1 to write, %2 free").arg(readable::bytes(facts.bytesToWrite), readable::bytes(facts.freeBytes)), true);
    }
}

void RestorePreflightPage::conclude()
{
    std::vector<double> expected;
    double slowest = 0;
    double total = 0;
    for (const JobFacts& f : m_facts) {
        expected.push_back(std::max(0.0, f.bytesToWrite));
        slowest = std::max(slowest, std::max(0.0, f.bytesToWrite));
        total += std::max(0.0, f.bytesToWrite);
    }
    m_wizard->setExpectedBytes(expected);
    const double bandwidth = m_wizard->plan().assumptions.restoreBytesPerSecond;
    const QString duration = bandwidth > 0 ? tr("about %1 at the plan's restore bandwidth of %2 per target (shards in parallel)")
                                                 .arg(readable::duration(std::chrono::seconds(static_cast<long long>(std::ceil(slowest / bandwidth)))),
                                                      readable::bytesPerSecond(bandwidth))
                                           : tr("not estimated: the plan gives no restore bandwidth");
    if (m_failures == 0)
        m_summary->setText(tr("Every check passed. %1 to write; estimated duration: %2.").arg(readable::bytes(total), duration));
    else
        m_summary->setText(tr("%n check(s) failed (marked ✗); the restore cannot start until they pass. Go back to change the choices.", nullptr, m_failures));
    emit completeChanged();
    emit checked(m_failures == 0);
}

bool RestorePreflightPage::isComplete() const
{
    return passed();
}

} // namespace lifeboat::ui
