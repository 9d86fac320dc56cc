// SPDX-License-Identifier: GPL-3.0-or-later
#include "RestoreScope.h"

#include "core/model/RecoveryModels.h"

#include <algorithm>

namespace lifeboat::restore {

namespace {

const plan::Node* findNode(const plan::Plan& plan, const QString& name)
{
    const auto it = std::find_if(plan.nodes.begin(), plan.nodes.end(), [&](const plan::Node& n) { return n.name == name; });
    return it == plan.nodes.end() ? nullptr : &*it;
}

// The domain chain of a node, innermost first.
QStringList domainChain(const plan::Plan& plan, const QString& nodeName)
{
    QStringList chain;
    const plan::Node* node = findNode(plan, nodeName);
    QString domain = node ? node->domain : QString();
    while (!domain.isEmpty() && !chain.contains(domain) && chain.size() < 64) {
        chain.append(domain);
        const auto it = std::find_if(plan.domains.begin(), plan.domains.end(), [&](const plan::FailureDomain& d) { return d.id == domain; });
        domain = it == plan.domains.end() ? QString() : it->parent;
    }
    return chain;
}

bool nodeLost(const plan::Plan& plan, const ScopeRequest& request, const QString& node)
{
    switch (request.scenario) {
    case Scenario::NodeLost:
        return node == request.node;
    case Scenario::DomainLost:
        return domainChain(plan, node).contains(request.domain);
    default:
        return false;
    }
}

int sharedDepth(const plan::Plan& plan, const QString& a, const QString& b)
{
    if (a == b)
        return 1000;
    const QStringList ca = domainChain(plan, a);
    const QStringList cb = domainChain(plan, b);
    // Chains are innermost first: count the common outer part.
    int shared = 0;
    for (qsizetype i = ca.size() - 1, j = cb.size() - 1; i >= 0 && j >= 0 && ca[i] == cb[j]; --i, --j)
        ++shared;
    return shared;
}

} // namespace

Result<std::vector<AffectedDataset>> RestoreScope::compute(const plan::Plan& plan, const ScopeRequest& request)
{
    switch (request.scenario) {
    case Scenario::NodeLost:
        if (!findNode(plan, request.node))
            return Error{Error::Code::NotFound, tr("The plan has no node \"%1\".").arg(request.node)};
        break;
    case Scenario::DomainLost:
        if (std::none_of(plan.domains.begin(), plan.domains.end(), [&](const plan::FailureDomain& d) { return d.id == request.domain; }))
            return Error{Error::Code::NotFound, tr("The plan has no failure domain \"%1\".").arg(request.domain)};
        break;
    case Scenario::FilesLost:
    case Scenario::RollBack:
        if (std::none_of(plan.datasets.begin(), plan.datasets.end(), [&](const plan::Dataset& d) { return d.name == request.dataset; }))
            return Error{Error::Code::NotFound, tr("The plan has no dataset \"%1\".").arg(request.dataset)};
        break;
    case Scenario::Invalid:
        return Error{Error::Code::Invalid, tr("Say what happened first.")};
    }

    std::vector<AffectedDataset> out;
    for (const plan::Dataset& dataset : plan.datasets) {
        const bool named = dataset.name == request.dataset;
        const bool touched = std::any_of(dataset.locations.begin(), dataset.locations.end(),
                                         [&](const plan::DatasetLocation& l) { return nodeLost(plan, request, l.node); });
        if (!named && !touched)
            continue;
        AffectedDataset affected;
        affected.dataset = dataset.name;
        affected.tier = dataset.tier;
        affected.layout = dataset.layout;
        affected.bytes = dataset.sizeBytes;
        // A sharded dataset is restored as one unit; of a replicated one, what was lost
        // (the first location when the files were lost in place).
        for (const plan::DatasetLocation& location : dataset.locations) {
            if (dataset.layout == plan::DatasetLayout::Sharded || named || nodeLost(plan, request, location.node))
                affected.locations.push_back(location);
        }
        if (dataset.layout != plan::DatasetLayout::Sharded && named && affected.locations.size() > 1)
            affected.locations.resize(1);
        const QString anchor = affected.locations.empty() ? QString() : affected.locations.front().node;
        QStringList seen;
        for (const plan::Policy& policy : plan.policies) {
            if (policy.dataset != dataset.name)
                continue;
            for (const QString& name : policy.repositories) {
                const auto it = std::find_if(plan.repositories.begin(), plan.repositories.end(), [&](const plan::Repository& r) { return r.name == name; });
                if (it == plan.repositories.end() || seen.contains(name))
                    continue;
                seen.append(name);
                affected.sources.push_back({it->name, it->node, it->path, nodeLost(plan, request, it->node), sharedDepth(plan, anchor, it->node)});
            }
        }
        std::stable_sort(affected.sources.begin(), affected.sources.end(), [](const RestoreSource& a, const RestoreSource& b) {
            if (a.lost != b.lost)
                return !a.lost;
            if (a.sharedDepth != b.sharedDepth)
                return a.sharedDepth > b.sharedDepth;
            return a.repository < b.repository;
        });
        if (plan.assumptions.restoreBytesPerSecond > 0 && dataset.sizeBytes > 0) {
            // Shards restore in parallel, each at the plan's bandwidth.
            const double streams = dataset.layout == plan::DatasetLayout::Sharded ? static_cast<double>(std::max<std::size_t>(1, affected.locations.size())) : 1.0;
            auto hours = model::RecoveryModels::rtoHours(static_cast<double>(dataset.sizeBytes) / streams, plan.assumptions.restoreBytesPerSecond * 8 / 1e9);
            if (hours)
                affected.estimatedHours = hours.value();
        }
        out.push_back(std::move(affected));
    }
    const QStringList& tiers = plan::knownTiers();
    const auto rank = [&](const QString& tier) {
        const qsizetype i = tiers.indexOf(tier);
        return i < 0 ? tiers.size() : i;
    };
    std::stable_sort(out.begin(), out.end(), [&](const AffectedDataset& a, const AffectedDataset& b) {
        if (rank(a.tier) != rank(b.tier))
            return rank(a.tier) < rank(b.tier);
        return a.dataset < b.dataset;
    });
    return out;
}

QString RestoreScope::scenarioLabel(Scenario scenario)
{
    switch (scenario) {
    case Scenario::NodeLost:
        return tr("A node was lost");
    case Scenario::DomainLost:
        return tr("A rack, room or site was lost");
    case Scenario::FilesLost:
        return tr("Files were deleted or corrupted");
    case Scenario::RollBack:
        return tr("Roll a dataset back to an earlier state");
    case Scenario::Invalid:
        break;
    }
    return {};
}

QString RestoreScope::scenarioName(Scenario scenario)
{
    switch (scenario) {
    case Scenario::NodeLost:
        return QStringLiteral("node-lost");
    case Scenario::DomainLost:
        return QStringLiteral("domain-lost");
    case Scenario::FilesLost:
        return QStringLiteral("files-lost");
    case Scenario::RollBack:
        return QStringLiteral("roll-back");
    case Scenario::Invalid:
        break;
    }
    return {};
}

} // namespace lifeboat::restore
