// SPDX-License-Identifier: GPL-3.0-or-later
#include "PlanEdit.h"

#include "PlanReader.h"
#include "PlanValidator.h"
#include "PlanWriter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

#include <algorithm>

namespace lifeboat::plan {
namespace {

using Kind = ObjectRef::Kind;

// Where each list sits in the file's root object: {"fleet", "nodes"} or {"", "datasets"}.
std::pair<QLatin1String, QLatin1String> listKeys(Kind kind)
{
    switch (kind) {
    case Kind::Domain: return {QLatin1String("fleet"), QLatin1String("domains")};
    case Kind::Node: return {QLatin1String("fleet"), QLatin1String("nodes")};
    case Kind::Dataset: return {QLatin1String(), QLatin1String("datasets")};
    case Kind::Repository: return {QLatin1String(), QLatin1String("repositories")};
    case Kind::Policy: return {QLatin1String(), QLatin1String("policies")};
    default: return {QLatin1String(), QLatin1String()};
    }
}

QJsonObject rootOf(const Plan& plan)
{
    return QJsonDocument::fromJson(PlanWriter::toJson(plan)).object();
}

QJsonArray listIn(const QJsonObject& root, Kind kind)
{
    const auto [outer, key] = listKeys(kind);
    const QJsonObject holder = outer.isEmpty() ? root : root.value(outer).toObject();
    return holder.value(key).toArray();
}

void setListIn(QJsonObject& root, Kind kind, const QJsonArray& list)
{
    const auto [outer, key] = listKeys(kind);
    if (outer.isEmpty()) {
        root.insert(key, list);
        return;
    }
    QJsonObject holder = root.value(outer).toObject();
    holder.insert(key, list);
    root.insert(outer, holder);
}

// Every place a name of this kind is referred to, renamed; `followed` says where, in words.
void renameReferences(Plan& plan, Kind kind, const QString& from, const QString& to, QStringList& followed)
{
    const auto note = [&](Kind k, const QString& name) {
        const QString said = PlanEdit::tr("%1 %2").arg(PlanEdit::kindLabel(k), name);
        if (!followed.contains(said))
            followed << said;
    };
    switch (kind) {
    case Kind::Domain:
        for (FailureDomain& d : plan.domains)
            if (d.parent == from) {
                d.parent = to;
                note(Kind::Domain, d.id);
            }
        for (Node& n : plan.nodes)
            if (n.domain == from) {
                n.domain = to;
                note(Kind::Node, n.name);
            }
        break;
    case Kind::Node:
        for (Dataset& d : plan.datasets)
            for (DatasetLocation& l : d.locations)
                if (l.node == from) {
                    l.node = to;
                    note(Kind::Dataset, d.name);
                }
        for (Repository& r : plan.repositories)
            if (r.node == from) {
                r.node = to;
                note(Kind::Repository, r.name);
            }
        break;
    case Kind::Dataset:
        for (Policy& p : plan.policies)
            if (p.dataset == from) {
                p.dataset = to;
                note(Kind::Policy, p.name);
            }
        break;
    case Kind::Repository:
        for (Policy& p : plan.policies)
            for (QString& r : p.repositories)
                if (r == from) {
                    r = to;
                    note(Kind::Policy, p.name);
                }
        break;
    default: break;
    }
}

template <typename T, typename F>
int findIndex(const std::vector<T>& list, F&& matches)
{
    const auto it = std::find_if(list.begin(), list.end(), matches);
    return it == list.end() ? -1 : static_cast<int>(it - list.begin());
}

} // namespace

bool PlanEdit::isListKind(Kind kind)
{
    return !listKeys(kind).second.isEmpty();
}

QString PlanEdit::listPath(Kind kind)
{
    const auto [outer, key] = listKeys(kind);
    return outer.isEmpty() ? jsonPath(QStringLiteral("$"), QString(key)) : jsonPath(jsonPath(QStringLiteral("$"), QString(outer)), QString(key));
}

QString PlanEdit::objectPath(Kind kind, int index)
{
    return jsonPath(listPath(kind), static_cast<qsizetype>(index));
}

QString PlanEdit::nameKey(Kind kind)
{
    return kind == Kind::Domain ? QStringLiteral("id") : QStringLiteral("name");
}

int PlanEdit::count(const Plan& plan, Kind kind)
{
    switch (kind) {
    case Kind::Domain: return static_cast<int>(plan.domains.size());
    case Kind::Node: return static_cast<int>(plan.nodes.size());
    case Kind::Dataset: return static_cast<int>(plan.datasets.size());
    case Kind::Repository: return static_cast<int>(plan.repositories.size());
    case Kind::Policy: return static_cast<int>(plan.policies.size());
    default: return 0;
    }
}

QString PlanEdit::nameAt(const Plan& plan, Kind kind, int index)
{
    if (index < 0 || index >= count(plan, kind))
        return {};
    const auto i = static_cast<std::size_t>(index);
    switch (kind) {
    case Kind::Domain: return plan.domains[i].id;
    case Kind::Node: return plan.nodes[i].name;
    case Kind::Dataset: return plan.datasets[i].name;
    case Kind::Repository: return plan.repositories[i].name;
    case Kind::Policy: return plan.policies[i].name;
    default: return {};
    }
}

int PlanEdit::indexOf(const Plan& plan, Kind kind, const QString& name)
{
    switch (kind) {
    case Kind::Domain: return findIndex(plan.domains, [&](const FailureDomain& d) { return d.id == name; });
    case Kind::Node: return findIndex(plan.nodes, [&](const Node& n) { return n.name == name; });
    case Kind::Dataset: return findIndex(plan.datasets, [&](const Dataset& d) { return d.name == name; });
    case Kind::Repository: return findIndex(plan.repositories, [&](const Repository& r) { return r.name == name; });
    case Kind::Policy: return findIndex(plan.policies, [&](const Policy& p) { return p.name == name; });
    default: return -1;
    }
}

QString PlanEdit::kindLabel(Kind kind)
{
    switch (kind) {
    case Kind::Domain: return tr("domain");
    case Kind::Node: return tr("node");
    case Kind::Dataset: return tr("dataset");
    case Kind::Repository: return tr("repository");
    case Kind::Policy: return tr("policy");
    default: return tr("object");
    }
}

QJsonObject PlanEdit::toJson(const Plan& plan, Kind kind, int index)
{
    if (index < 0 || index >= count(plan, kind))
        return {};
    return listIn(rootOf(plan), kind).at(index).toObject();
}

QString PlanEdit::fieldOf(const QString& objectPath, const QString& issuePath)
{
    if (!issuePath.startsWith(objectPath))
        return {};
    const QString rest = issuePath.mid(objectPath.size());
    if (rest.isEmpty())
        return QStringLiteral("");
    if (rest.startsWith(QLatin1Char('[')))
        return QStringLiteral("");   // "$.fleet.nodes[3]" is not "$.fleet.nodes[31]"
    if (!rest.startsWith(QLatin1Char('.')))
        return {};
    QString field = rest.mid(1);
    // "locations[0].node" is about the locations; "schedule.cron" about the schedule.
    const qsizetype end = field.indexOf(QRegularExpression(QStringLiteral("[.\\[]")));
    return end < 0 ? field : field.left(end);
}

PlanEdit::Result PlanEdit::put(const Plan& plan, Kind kind, int index, const QJsonObject& object)
{
    Result result;
    if (!isListKind(kind))
        return result;
    const int n = count(plan, kind);
    result.index = index < 0 || index >= n ? n : index;

    QJsonObject root = rootOf(plan);
    QJsonArray list = listIn(root, kind);
    if (result.index == n)
        list.append(object);
    else
        list.replace(result.index, object);
    setListIn(root, kind, list);

    LoadedPlan loaded = PlanReader::parse(QJsonDocument(root).toJson(QJsonDocument::Compact));
    result.plan = std::move(loaded.plan);
    result.name = nameAt(result.plan, kind, result.index);

    const QString before = index >= 0 && index < n ? nameAt(plan, kind, index) : QString();
    if (!before.isEmpty() && !result.name.isEmpty() && before != result.name && indexOf(plan, kind, result.name) < 0)
        renameReferences(result.plan, kind, before, result.name, result.followed);

    PlanIssues all = std::move(loaded.issues);
    PlanIssues checked = PlanValidator::validate(result.plan);
    all.insert(all.end(), std::make_move_iterator(checked.begin()), std::make_move_iterator(checked.end()));
    const QString path = objectPath(kind, result.index);
    for (PlanIssue& issue : all) {
        const bool here = !fieldOf(path, issue.path).isNull();
        const bool aboutIt = issue.object.kind == kind && !result.name.isEmpty() && issue.object.name == result.name;
        if (here || aboutIt)
            result.issues.push_back(std::move(issue));
    }
    return result;
}

Plan PlanEdit::remove(const Plan& plan, Kind kind, int index)
{
    Plan out = plan;
    if (index < 0 || index >= count(plan, kind))
        return out;
    const auto at = [index](auto& list) { list.erase(list.begin() + index); };
    switch (kind) {
    case Kind::Domain: at(out.domains); break;
    case Kind::Node: at(out.nodes); break;
    case Kind::Dataset: at(out.datasets); break;
    case Kind::Repository: at(out.repositories); break;
    case Kind::Policy: at(out.policies); break;
    default: break;
    }
    return out;
}

QStringList PlanEdit::referencesTo(const Plan& plan, Kind kind, const QString& name)
{
    // A rename to a fresh name would make every reference follow: the same walk.
    Plan scratch = plan;
    QStringList users;
    renameReferences(scratch, kind, name, QStringLiteral("\x01"), users);
    return users;
}

} // namespace lifeboat::plan
