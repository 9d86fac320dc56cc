// SPDX-License-Identifier: GPL-3.0-or-later
#include "PlanDocument.h"

#include "core/fleet/SecretBroker.h"
#include "core/plan/CronExpression.h"
#include "core/plan/PlanLoader.h"
#include "core/plan/PlanValidator.h"
#include "core/plan/PlanWriter.h"

#include <QFileInfo>
#include <QUndoCommand>
#include <QtConcurrent/QtConcurrentRun>

#include <memory>
#include <optional>

namespace lifeboat::ui {

struct PlanDocument::LoadResult {
    QString path;
    bool ok = false;
    QString error;
    plan::LoadedPlan loaded;          // with every issue: the reader's and the validator's
    plan::PlanIssues readerIssues;
};

class SetNodeFieldCommand : public QUndoCommand {
public:
    SetNodeFieldCommand(PlanDocument* document, int nodeIndex, const QString& field, const QVariant& oldValue, const QVariant& newValue)
        : m_document(document), m_nodeIndex(nodeIndex), m_field(field), m_old(oldValue), m_new(newValue)
    {
        setText(PlanDocument::tr("Change %1 of node %2").arg(PlanDocument::nodeFieldLabel(field), document->plan().nodes[static_cast<std::size_t>(nodeIndex)].name));
    }
    void redo() override { m_document->applyNodeField(m_nodeIndex, m_field, m_new); }
    void undo() override { m_document->applyNodeField(m_nodeIndex, m_field, m_old); }

private:
    PlanDocument* m_document;
    int m_nodeIndex;
    QString m_field;
    QVariant m_old;
    QVariant m_new;
};

class RemoveNodeCommand : public QUndoCommand {
public:
    RemoveNodeCommand(PlanDocument* document, int nodeIndex)
        : m_document(document), m_nodeIndex(nodeIndex), m_node(document->plan().nodes[static_cast<std::size_t>(nodeIndex)])
    {
        setText(PlanDocument::tr("Delete node %1").arg(m_node.name));
    }
    void redo() override { m_document->eraseNode(m_nodeIndex); }
    void undo() override { m_document->insertNode(m_nodeIndex, m_node); }

private:
    PlanDocument* m_document;
    int m_nodeIndex;
    plan::Node m_node;
};

class SetPolicyScheduleCommand : public QUndoCommand {
public:
    SetPolicyScheduleCommand(PlanDocument* document, int policyIndex, QString oldCron, QString newCron)
        : m_document(document), m_policyIndex(policyIndex), m_old(std::move(oldCron)), m_new(std::move(newCron))
    {
        setText(PlanDocument::tr("Change the schedule of policy %1").arg(document->plan().policies[static_cast<std::size_t>(policyIndex)].name));
    }
    void redo() override { m_document->applyPolicySchedule(m_policyIndex, m_new); }
    void undo() override { m_document->applyPolicySchedule(m_policyIndex, m_old); }

private:
    PlanDocument* m_document;
    int m_policyIndex;
    QString m_old;
    QString m_new;
};

// The lists an edit replaced; the others stay out of the undo stack's memory (a node's
// form on a 5,000-node plan keeps two node lists, not two plans).
struct PlanDocument::Lists {
    std::optional<std::vector<plan::FailureDomain>> domains;
    std::optional<std::vector<plan::Node>> nodes;
    std::optional<std::vector<plan::Dataset>> datasets;
    std::optional<std::vector<plan::Repository>> repositories;
    std::optional<std::vector<plan::Policy>> policies;
    bool empty() const { return !domains && !nodes && !datasets && !repositories && !policies; }
};

class PlanEditCommand : public QUndoCommand {
public:
    PlanEditCommand(PlanDocument* document, PlanDocument::Lists before, PlanDocument::Lists after, const QString& text)
        : m_document(document), m_before(std::move(before)), m_after(std::move(after))
    {
        setText(text);
    }
    void redo() override { m_document->applyLists(m_after); }
    void undo() override { m_document->applyLists(m_before); }

private:
    PlanDocument* m_document;
    PlanDocument::Lists m_before;
    PlanDocument::Lists m_after;
};

PlanDocument::PlanDocument(QObject* parent) : QObject(parent)
{
    // Typing in a cell should not validate 100,000 nodes per keystroke.
    m_validationTimer.setSingleShot(true);
    m_validationTimer.setInterval(250);
    connect(&m_validationTimer, &QTimer::timeout, this, &PlanDocument::startValidation);
    connect(&m_undoStack, &QUndoStack::cleanChanged, this, [this](bool clean) { emit modifiedChanged(!clean); });

    connect(&m_loadWatcher, &QFutureWatcher<std::shared_ptr<LoadResult>>::finished, this, [this] {
        const std::shared_ptr<LoadResult> result = m_loadWatcher.result();
        if (!result->ok) {
            emit loadFailed(result->path, result->error);
            return;
        }
        ++m_revision;
        m_plan = std::move(result->loaded.plan);
        // What the reader found stays true until the file is saved again (which drops
        // unknown fields), so it is kept and prepended to every later validation.
        m_readerIssues = std::move(result->readerIssues);
        m_issues = std::move(result->loaded.issues);
        m_filePath = QFileInfo(result->path).absoluteFilePath();
        rememberSavedScopes();
        m_undoStack.clear();
        m_undoStack.setClean();
        emit filePathChanged();
        emit issuesChanged();
        emit loaded();
        emit contentChanged();
        emit modifiedChanged(false);
    });
    connect(&m_validationWatcher, &QFutureWatcher<std::pair<quint64, plan::PlanIssues>>::finished, this, [this] {
        auto [revision, issues] = m_validationWatcher.result();
        if (revision != m_revision)
            return;   // the plan changed again meanwhile; a newer validation is coming
        m_issues = m_readerIssues;
        m_issues.insert(m_issues.end(), std::make_move_iterator(issues.begin()), std::make_move_iterator(issues.end()));
        emit issuesChanged();
    });
}

PlanDocument::~PlanDocument()
{
    // The workers only read their own copies; waiting keeps them from outliving the
    // objects their results are delivered to.
    m_loadWatcher.waitForFinished();
    m_validationWatcher.waitForFinished();
}

QString PlanDocument::displayName() const
{
    if (m_filePath.isEmpty())
        return tr("Untitled plan");
    return QFileInfo(m_filePath).fileName();
}

void PlanDocument::open(const QString& path)
{
    if (m_loadWatcher.isRunning())
        return;
    m_loadWatcher.setFuture(QtConcurrent::run([path]() {
        auto result = std::make_shared<LoadResult>();
        result->path = path;
        const auto bytes = plan::PlanReader::readFile(path);
        if (!bytes) {
            result->error = bytes.error().message;
            return result;
        }
        result->ok = true;
        result->loaded = plan::PlanReader::parse(*bytes);
        result->readerIssues = result->loaded.issues;
        plan::checkLoadedPlan(result->loaded);
        return result;
    }));
}

void PlanDocument::newPlan()
{
    ++m_revision;
    m_plan = plan::Plan{};
    m_plan.name = tr("New plan");
    m_filePath.clear();
    m_readerIssues.clear();
    rememberSavedScopes();
    m_undoStack.clear();
    m_undoStack.setClean();
    m_issues = plan::PlanValidator::validate(m_plan);   // an empty plan: instant
    emit filePathChanged();
    emit issuesChanged();
    emit loaded();
    emit contentChanged();
    emit modifiedChanged(false);
}

bool PlanDocument::saveAs(const QString& path, QString* error)
{
    const auto saved = plan::PlanWriter::save(m_plan, path);
    if (!saved) {
        if (error)
            *error = saved.error().message;
        return false;
    }
    m_filePath = QFileInfo(path).absoluteFilePath();
    m_undoStack.setClean();
    QHash<QString, fleet::SecretScope> before = m_savedScopes;
    rememberSavedScopes();
    for (auto it = m_savedScopes.cbegin(); it != m_savedScopes.cend(); ++it)
        before.remove(it.key());
    if (!before.isEmpty())
        emit secretScopesLeft(before.values());
    emit filePathChanged();
    if (!m_readerIssues.empty()) {
        m_readerIssues.clear();   // the saved file no longer has what the reader complained of
        startValidation();
    }
    return true;
}

namespace {

// The node fields the console edits. The port is the one number among them.
struct NodeTextField {
    const char* key;
    const char* label;
    QString plan::Node::*member;
};
constexpr NodeTextField kNodeTextFields[] = {
    {"address", QT_TRANSLATE_NOOP("lifeboat::ui::PlanDocument", "address"), &plan::Node::address},
    {"user", QT_TRANSLATE_NOOP("lifeboat::ui::PlanDocument", "user"), &plan::Node::user},
    {"role", QT_TRANSLATE_NOOP("lifeboat::ui::PlanDocument", "role"), &plan::Node::role},
    {"disk", QT_TRANSLATE_NOOP("lifeboat::ui::PlanDocument", "disk"), &plan::Node::disk},
    {"sshAlias", QT_TRANSLATE_NOOP("lifeboat::ui::PlanDocument", "SSH alias"), &plan::Node::sshAlias},
    {"domain", QT_TRANSLATE_NOOP("lifeboat::ui::PlanDocument", "failure domain"), &plan::Node::domain},
};

const NodeTextField* textField(const QString& key)
{
    for (const NodeTextField& f : kNodeTextFields) {
        if (key == QLatin1String(f.key))
            return &f;
    }
    return nullptr;
}

bool isPortField(const QString& key)
{
    return key == QLatin1String("port");
}

} // namespace

QString PlanDocument::nodeFieldLabel(const QString& field)
{
    if (isPortField(field))
        return tr("port");
    const NodeTextField* f = textField(field);
    return f ? tr(f->label) : field;
}

QVariant PlanDocument::nodeField(const plan::Node& node, const QString& field)
{
    if (isPortField(field))
        return node.port;
    const NodeTextField* f = textField(field);
    return f ? QVariant(node.*(f->member)) : QVariant();
}

bool PlanDocument::setNodeField(int nodeIndex, const QString& field, const QVariant& value)
{
    if (nodeIndex < 0 || static_cast<std::size_t>(nodeIndex) >= m_plan.nodes.size())
        return false;
    const QVariant old = nodeField(m_plan.nodes[static_cast<std::size_t>(nodeIndex)], field);
    if (!old.isValid() || old == value)
        return false;
    if (isPortField(field)) {
        bool ok = false;
        const int port = value.toInt(&ok);
        if (!ok || port < 1 || port > 65535)
            return false;
    }
    m_undoStack.push(new SetNodeFieldCommand(this, nodeIndex, field, old, value));
    return true;
}

void PlanDocument::applyNodeField(int nodeIndex, const QString& field, const QVariant& value)
{
    plan::Node& node = m_plan.nodes[static_cast<std::size_t>(nodeIndex)];
    if (isPortField(field))
        node.port = value.toInt();
    else if (const NodeTextField* f = textField(field))
        node.*(f->member) = value.toString();
    emit nodeChanged(nodeIndex);
    if (field == QLatin1String("domain"))
        emit nodesChanged();   // the node moved in the tree
    planChanged();
}

bool PlanDocument::setPolicySchedule(int policyIndex, const QString& cron, QString* error)
{
    if (policyIndex < 0 || static_cast<std::size_t>(policyIndex) >= m_plan.policies.size())
        return false;
    const QString text = cron.trimmed();
    const plan::Policy& p = m_plan.policies[static_cast<std::size_t>(policyIndex)];
    if (text == p.schedule.cron)
        return false;
    if (auto parsed = plan::CronExpression::parse(text); !parsed) {
        if (error)
            *error = tr("Policy %1 keeps its schedule: %2").arg(p.name, parsed.error().message);
        return false;
    }
    m_undoStack.push(new SetPolicyScheduleCommand(this, policyIndex, p.schedule.cron, text));
    return true;
}

void PlanDocument::applyPolicySchedule(int policyIndex, const QString& cron)
{
    m_plan.policies[static_cast<std::size_t>(policyIndex)].schedule.cron = cron;
    emit policyChanged(policyIndex);
    planChanged();
}

bool PlanDocument::removeNode(int nodeIndex)
{
    if (nodeIndex < 0 || static_cast<std::size_t>(nodeIndex) >= m_plan.nodes.size())
        return false;
    m_undoStack.push(new RemoveNodeCommand(this, nodeIndex));
    return true;
}

QStringList PlanDocument::nodeUsers(const QString& node) const
{
    QStringList users;
    for (const plan::Dataset& d : m_plan.datasets)
        if (std::any_of(d.locations.begin(), d.locations.end(), [&](const plan::DatasetLocation& l) { return l.node == node; }))
            users << tr("dataset %1").arg(d.name);
    for (const plan::Repository& r : m_plan.repositories)
        if (r.node == node)
            users << tr("repository %1").arg(r.name);
    return users;
}

bool PlanDocument::applyEdit(const plan::Plan& after, const QString& description)
{
    Lists before, next;
    const auto take = [](auto& slotBefore, auto& slotAfter, const auto& now, const auto& then) {
        if (now != then) {
            slotBefore = now;
            slotAfter = then;
        }
    };
    take(before.domains, next.domains, m_plan.domains, after.domains);
    take(before.nodes, next.nodes, m_plan.nodes, after.nodes);
    take(before.datasets, next.datasets, m_plan.datasets, after.datasets);
    take(before.repositories, next.repositories, m_plan.repositories, after.repositories);
    take(before.policies, next.policies, m_plan.policies, after.policies);
    if (next.empty())
        return false;
    m_undoStack.push(new PlanEditCommand(this, std::move(before), std::move(next), description));
    return true;
}

void PlanDocument::applyLists(const Lists& lists)
{
    using Kind = plan::ObjectRef::Kind;
    if (lists.domains)
        m_plan.domains = *lists.domains;
    if (lists.nodes)
        m_plan.nodes = *lists.nodes;
    if (lists.datasets)
        m_plan.datasets = *lists.datasets;
    if (lists.repositories)
        m_plan.repositories = *lists.repositories;
    if (lists.policies)
        m_plan.policies = *lists.policies;
    if (lists.domains)
        emit listChanged(Kind::Domain);
    if (lists.nodes)
        emit listChanged(Kind::Node);
    if (lists.datasets)
        emit listChanged(Kind::Dataset);
    if (lists.repositories)
        emit listChanged(Kind::Repository);
    if (lists.policies)
        emit listChanged(Kind::Policy);
    if (lists.domains || lists.nodes)
        emit nodesChanged();   // the fleet tree is built from both
    planChanged();
}

void PlanDocument::eraseNode(int nodeIndex)
{
    m_plan.nodes.erase(m_plan.nodes.begin() + nodeIndex);
    emit nodesChanged();
    planChanged();
}

void PlanDocument::insertNode(int nodeIndex, const plan::Node& node)
{
    m_plan.nodes.insert(m_plan.nodes.begin() + nodeIndex, node);
    emit nodesChanged();
    planChanged();
}

void PlanDocument::planChanged()
{
    ++m_revision;
    m_validationTimer.start();
    emit contentChanged();
}

void PlanDocument::rememberSavedScopes()
{
    m_savedScopes.clear();
    for (const plan::Node& n : m_plan.nodes) {
        const fleet::SecretScope scope = fleet::SecretBroker::scopeOf(n);
        m_savedScopes.insert(scope.id(), scope);
    }
}

void PlanDocument::startValidation()
{
    if (m_validationWatcher.isRunning()) {
        m_validationTimer.start();   // one at a time; try again shortly
        return;
    }
    const quint64 revision = m_revision;
    m_validationWatcher.setFuture(QtConcurrent::run([plan = m_plan, revision]() {
        return std::make_pair(revision, plan::PlanValidator::validate(plan));
    }));
}

} // namespace lifeboat::ui
