// SPDX-License-Identifier: GPL-3.0-or-later
#include "DomainFailure.h"

#include <QSet>

#include <algorithm>
#include <limits>

namespace lifeboat::model {

QStringList DomainFailure::nodesBelow(const plan::Plan& plan, const QString& domainId)
{
    // The domain and every domain whose parent chain reaches it (cycles stop the walk).
    QSet<QString> inside{domainId};
    for (bool grew = true; grew;) {
        grew = false;
        for (const plan::FailureDomain& d : plan.domains)
            if (!inside.contains(d.id) && inside.contains(d.parent)) {
                inside.insert(d.id);
                grew = true;
            }
    }
    QStringList nodes;
    for (const plan::Node& n : plan.nodes)
        if (inside.contains(n.domain))
            nodes << n.name;
    return nodes;
}

plan::Plan DomainFailure::withoutNodes(const plan::Plan& plan, const QStringList& nodes)
{
    const QSet<QString> gone(nodes.begin(), nodes.end());
    plan::Plan out = plan;
    std::erase_if(out.nodes, [&](const plan::Node& n) { return gone.contains(n.name); });
    QSet<QString> lostRepositories;
    for (const plan::Repository& r : plan.repositories)
        if (gone.contains(r.node))
            lostRepositories.insert(r.name);
    std::erase_if(out.repositories, [&](const plan::Repository& r) { return lostRepositories.contains(r.name); });
    QSet<QString> lostDatasets;
    for (plan::Dataset& d : out.datasets) {
        const bool sharded = d.layout == plan::DatasetLayout::Sharded;
        const bool anyGone = std::any_of(d.locations.begin(), d.locations.end(), [&](const plan::DatasetLocation& l) { return gone.contains(l.node); });
        std::erase_if(d.locations, [&](const plan::DatasetLocation& l) { return gone.contains(l.node); });
        if (d.locations.empty() || (sharded && anyGone))
            lostDatasets.insert(d.name);   // nothing live to model: it is being restored
    }
    std::erase_if(out.datasets, [&](const plan::Dataset& d) { return lostDatasets.contains(d.name); });
    for (plan::Policy& p : out.policies)
        p.repositories.removeIf([&](const QString& r) { return lostRepositories.contains(r); });
    std::erase_if(out.policies, [&](const plan::Policy& p) { return p.repositories.isEmpty() || lostDatasets.contains(p.dataset); });
    return out;
}

Result<DomainFailureImpact> DomainFailure::analyze(const plan::Plan& plan, const QString& domainId)
{
    if (std::none_of(plan.domains.begin(), plan.domains.end(), [&](const plan::FailureDomain& d) { return d.id == domainId; }))
        return Error{Error::Code::NotFound, tr("The plan has no failure domain %1.").arg(domainId)};
    auto before = PlanExposure::fromPlan(plan);
    if (!before)
        return before.error();
    auto riskBefore = PlanRiskModel::evaluate(*before);
    if (!riskBefore)
        return riskBefore.error();

    DomainFailureImpact impact;
    impact.domain = domainId;
    impact.nodesLost = nodesBelow(plan, domainId);
    const QSet<QString> gone(impact.nodesLost.begin(), impact.nodesLost.end());
    QHash<QString, QString> repositoryNode;
    for (const plan::Repository& r : plan.repositories)
        repositoryNode.insert(r.name, r.node);

    const plan::Plan reduced = withoutNodes(plan, impact.nodesLost);
    std::optional<PlanRisk> riskAfter;
    if (auto after = PlanExposure::fromPlan(reduced)) {
        if (auto r = PlanRiskModel::evaluate(*after))
            riskAfter = std::move(r.value());
    }
    const auto lossIn = [](const PlanRisk& risk, const QString& dataset) -> std::optional<double> {
        for (const DatasetRisk& d : risk.datasets)
            if (d.dataset == dataset)
                return d.pDataLoss;
        return std::nullopt;
    };

    for (std::size_t i = 0; i < plan.datasets.size(); ++i) {
        const plan::Dataset& d = plan.datasets[i];
        const DatasetExposure& de = before->datasets[i];
        DatasetImpact x;
        x.dataset = d.name;
        x.tier = d.tier;
        QSet<QString> nodes;
        QSet<QString> lostNodes;
        for (const plan::DatasetLocation& l : d.locations) {
            nodes.insert(l.node);
            if (gone.contains(l.node))
                lostNodes.insert(l.node);
        }
        x.copies = static_cast<int>(nodes.size());
        x.copiesLost = static_cast<int>(lostNodes.size());
        x.needsRestore = d.layout == plan::DatasetLayout::Sharded ? x.copiesLost > 0 : x.copiesLost == x.copies && x.copies > 0;
        x.rtoTargetHours = de.rtoTargetHours;
        // The freshest surviving restore point: the schedule's longest gap plus one backup.
        double freshest = std::numeric_limits<double>::infinity();
        for (const BackupExposure& b : de.backups) {
            if (gone.contains(repositoryNode.value(b.repository))) {
                if (!x.backupsLost.contains(b.repository))
                    x.backupsLost << b.repository;
                continue;
            }
            const double age = b.longestGapHours + b.durationHours;
            if (age < freshest) {
                freshest = age;
                x.restoreFrom = b.repository;
            }
        }
        if (!x.restoreFrom.isEmpty())
            x.restorePointAgeHours = freshest;
        if (x.copiesLost == 0 && x.backupsLost.isEmpty())
            continue;   // untouched
        if (before->restoreBytesPerSecond > 0)
            x.restoreHours = de.sizeBytes / before->restoreBytesPerSecond / 3600.0;
        x.lossPerYearBefore = lossIn(*riskBefore, d.name);
        if (!x.needsRestore && riskAfter)
            x.lossPerYearWhileDown = lossIn(*riskAfter, d.name);
        if (x.needsRestore && x.restoreFrom.isEmpty())
            impact.unrecoverable << d.name;
        impact.datasets.push_back(std::move(x));
    }

    // Restore what must be restored, most important first, one at a time (as PlanRisk does
    // after losing everything); then the others, in plan order.
    std::stable_sort(impact.datasets.begin(), impact.datasets.end(), [](const DatasetImpact& a, const DatasetImpact& b) {
        if (a.needsRestore != b.needsRestore)
            return a.needsRestore;
        if (!a.needsRestore)
            return false;
        if (tierRank(a.tier) != tierRank(b.tier))
            return tierRank(a.tier) < tierRank(b.tier);
        const double ta = a.rtoTargetHours > 0 ? a.rtoTargetHours : std::numeric_limits<double>::infinity();
        const double tb = b.rtoTargetHours > 0 ? b.rtoTargetHours : std::numeric_limits<double>::infinity();
        return ta < tb;
    });
    double clock = 0;
    for (DatasetImpact& x : impact.datasets) {
        if (!x.needsRestore || x.restoreFrom.isEmpty() || !x.restoreHours)
            continue;
        x.startsAfterHours = clock;
        x.finishesAfterHours = clock + *x.restoreHours;
        x.withinRto = x.rtoTargetHours <= 0 || x.finishesAfterHours <= x.rtoTargetHours;
        clock = x.finishesAfterHours;
    }
    impact.assumptions << tr("Every node at or below %1 is down at once and stays down; nothing else fails meanwhile.").arg(domainId)
                       << tr("Restores run one at a time at the plan's restore bandwidth, in tier order, each from the surviving repository with "
                             "the freshest restore point (its schedule's longest gap plus one backup).")
                       << tr("\"While down\" is the plan's own model re-run on the fleet without those nodes, their repositories and copies.");
    if (!riskAfter)
        impact.assumptions << tr("The fleet without %1 could not be modelled, so no figures while it is down.").arg(domainId);
    return impact;
}

} // namespace lifeboat::model
