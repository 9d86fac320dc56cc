// SPDX-License-Identifier: GPL-3.0-or-later
#include "PlacementAdvice.h"

#include <QHash>
#include <QSet>

#include <algorithm>

namespace lifeboat::model {
namespace {

struct DomainTree {
    QHash<QString, const plan::FailureDomain*> byId;
    QHash<QString, QString> nodeDomain;
    explicit DomainTree(const plan::Plan& plan)
    {
        for (const plan::FailureDomain& d : plan.domains)
            byId.insert(d.id, &d);
        for (const plan::Node& n : plan.nodes)
            nodeDomain.insert(n.name, n.domain);
    }
    // The domains holding a node, innermost first (a cycle or a missing parent stops it).
    QStringList chainOf(const QString& node) const
    {
        QStringList chain;
        for (QString at = nodeDomain.value(node); !at.isEmpty() && byId.contains(at) && !chain.contains(at) && chain.size() < 64;
             at = byId.value(at)->parent)
            chain << at;
        return chain;
    }
};

} // namespace

QStringList Placement::lostForGood(const plan::Plan& plan, const QStringList& nodesDown)
{
    const QSet<QString> down(nodesDown.begin(), nodesDown.end());
    QHash<QString, QString> repositoryNode;
    for (const plan::Repository& r : plan.repositories)
        repositoryNode.insert(r.name, r.node);
    QStringList lost;
    for (const plan::Dataset& d : plan.datasets) {
        if (d.locations.empty())
            continue;
        const bool anyDown = std::any_of(d.locations.begin(), d.locations.end(), [&](const plan::DatasetLocation& l) { return down.contains(l.node); });
        const bool allDown = std::all_of(d.locations.begin(), d.locations.end(), [&](const plan::DatasetLocation& l) { return down.contains(l.node); });
        const bool liveGone = d.layout == plan::DatasetLayout::Sharded ? anyDown : allDown;
        if (!liveGone)
            continue;
        bool backupSurvives = false;
        for (const plan::Policy& p : plan.policies)
            if (p.dataset == d.name)
                for (const QString& r : p.repositories)
                    backupSurvives = backupSurvives || (repositoryNode.contains(r) && !down.contains(repositoryNode.value(r)));
        if (!backupSurvives)
            lost << d.name;
    }
    return lost;
}

std::vector<PlacementAdvice> Placement::advise(const plan::Plan& plan)
{
    const DomainTree tree(plan);
    QHash<QString, QString> repositoryNode;
    for (const plan::Repository& r : plan.repositories)
        repositoryNode.insert(r.name, r.node);
    std::vector<PlacementAdvice> out;
    for (const plan::Dataset& d : plan.datasets) {
        // Each copy as the set of domains that hold all of it.
        std::vector<QSet<QString>> copies;
        const auto holders = [&](const QStringList& nodes) {
            QSet<QString> common;
            for (qsizetype i = 0; i < nodes.size(); ++i) {
                const QStringList chain = tree.chainOf(nodes[i]);
                const QSet<QString> these(chain.begin(), chain.end());
                common = i == 0 ? these : common & these;
            }
            return common;
        };
        if (d.layout == plan::DatasetLayout::Sharded) {
            QStringList nodes;
            for (const plan::DatasetLocation& l : d.locations)
                nodes << l.node;
            if (!nodes.isEmpty())
                copies.push_back(holders(nodes));
        } else {
            QSet<QString> seen;
            for (const plan::DatasetLocation& l : d.locations)
                if (!seen.contains(l.node)) {
                    seen.insert(l.node);
                    copies.push_back(holders({l.node}));
                }
        }
        for (const plan::Policy& p : plan.policies)
            if (p.dataset == d.name)
                for (const QString& r : p.repositories)
                    if (repositoryNode.contains(r))
                        copies.push_back(holders({repositoryNode.value(r)}));
        if (copies.size() < 2)
            continue;
        // Count copies per domain; report the innermost domain where two or more crowd.
        QHash<QString, int> count;
        for (const auto& c : copies)
            for (const QString& domain : c)
                ++count[domain];
        QStringList crowded;
        for (auto it = count.cbegin(); it != count.cend(); ++it)
            if (it.value() >= 2)
                crowded << it.key();
        // Innermost first: a domain none of whose crowded children explains it.
        std::sort(crowded.begin(), crowded.end());
        for (const QString& domain : std::as_const(crowded)) {
            const bool childCrowded = std::any_of(crowded.begin(), crowded.end(), [&](const QString& other) {
                return other != domain && tree.byId.contains(other) && tree.byId.value(other)->parent == domain && count.value(other) == count.value(domain);
            });
            if (childCrowded)
                continue;   // the same copies, said once at the innermost level
            const plan::FailureDomain* dom = tree.byId.value(domain);
            const bool topLevel = dom->parent.isEmpty();
            const bool single = count.value(domain) == static_cast<int>(copies.size());
            if (topLevel && !single)
                continue;   // two copies in one site of several: normal, unless it is all of them
            PlacementAdvice a;
            a.dataset = d.name;
            a.domain = domain;
            a.level = dom->level;
            a.copiesThere = count.value(domain);
            a.copies = static_cast<int>(copies.size());
            a.single = single;
            // A domain of the same level with no copy, preferably under another parent.
            QStringList candidates;
            for (const plan::FailureDomain& other : plan.domains)
                if (other.level == dom->level && other.id != domain && count.value(other.id) == 0
                    && std::any_of(plan.nodes.begin(), plan.nodes.end(), [&](const plan::Node& n) { return tree.chainOf(n.name).contains(other.id); }))
                    candidates << other.id;
            std::stable_sort(candidates.begin(), candidates.end(), [&](const QString& x, const QString& y) {
                const bool xElsewhere = tree.byId.value(x)->parent != dom->parent;
                const bool yElsewhere = tree.byId.value(y)->parent != dom->parent;
                return xElsewhere && !yElsewhere;
            });
            a.suggestion = candidates.value(0);
            const QString level = plan::domainLevelLabel(a.level);
            const QString where = single ? tr("Every copy of %1 (%2 in all) is in %3 %4: one outage of it loses the dataset.").arg(d.name).arg(a.copies).arg(level, domain)
                                         : tr("%1 of %2 copies of %3 are in %4 %5.").arg(a.copiesThere).arg(a.copies).arg(d.name, level, domain);
            a.sentence = a.suggestion.isEmpty() ? where + QLatin1Char(' ') + tr("No other %1 of the plan could take one.").arg(level)
                                                : where + QLatin1Char(' ') + tr("Move one to a %1 with none, e.g. %2.").arg(level, a.suggestion);
            out.push_back(std::move(a));
        }
    }
    return out;
}

} // namespace lifeboat::model
