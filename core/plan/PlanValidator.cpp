// SPDX-License-Identifier: GPL-3.0-or-later
#include "PlanValidator.h"

#include "CronExpression.h"
#include "PlanReader.h"
#include "core/util/Readable.h"
#include "core/util/Units.h"

#include <QDir>
#include <QHash>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace lifeboat::plan {
namespace {

using Kind = ObjectRef::Kind;

// 10^18 bytes: no dataset, node or repository of one plan is an exabyte; it is a typo.
constexpr std::int64_t kAbsurdBytes = 1000000000000000000LL;

// The same place or one inside the other, compared as cleaned '/'-separated paths.
bool pathsOverlap(const QString& a, const QString& b)
{
    const QString x = QDir::cleanPath(a);
    const QString y = QDir::cleanPath(b);
    const auto inside = [](const QString& inner, const QString& outer) {
        return inner == outer || inner.startsWith(outer.endsWith(QLatin1Char('/')) ? outer : outer + QLatin1Char('/'));
    };
    return inside(x, y) || inside(y, x);
}

bool isAbsolutePath(const QString& path)
{
    static const QRegularExpression windowsDrive(QStringLiteral(R"(^[A-Za-z]:[\\/])"));
    return path.startsWith(QLatin1Char('/')) || windowsDrive.match(path).hasMatch();
}

QString quoted(const QString& name)
{
    return QLatin1Char('`') + name + QLatin1Char('`');
}

class Checker {
public:
    explicit Checker(const Plan& plan) : m_plan(plan) {}

    PlanIssues run()
    {
        indexNames();
        checkDomains();
        checkNodes();
        checkDatasets();
        checkRepositories();
        checkPolicies();
        checkAssumptions();
        checkPlacement();
        checkNodeUsage();
        return std::move(m_issues);
    }

private:
    void add(Severity severity, const QString& kind, const QString& path, const QString& message, ObjectRef ref)
    {
        m_issues.push_back({severity, kind, path, message, std::move(ref)});
    }
    void error(const QString& kind, const QString& path, const QString& message, ObjectRef ref) { add(Severity::Error, kind, path, message, std::move(ref)); }
    void warning(const QString& kind, const QString& path, const QString& message, ObjectRef ref) { add(Severity::Warning, kind, path, message, std::move(ref)); }
    void info(const QString& kind, const QString& path, const QString& message, ObjectRef ref) { add(Severity::Info, kind, path, message, std::move(ref)); }

    // A drill restores into its scratch path and then deletes what it restored there: that
    // path must never be where live data or a repository lives on the same node.
    void checkDrill(const Policy& p, const QString& path, const ObjectRef& ref)
    {
        const Drill& drill = p.drill;
        if (const auto cron = CronExpression::parse(drill.cron); !cron)
            error(QStringLiteral("bad-cron"), jsonPath(path, QStringLiteral("cron")),
                  PlanValidator::tr("Policy %1 has a bad drill schedule: %2.").arg(quoted(p.name), cron.error().message), ref);
        if (!drill.node.isEmpty() && !m_nodeIndex.contains(drill.node))
            error(QStringLiteral("unknown-reference"), jsonPath(path, QStringLiteral("node")),
                  PlanValidator::tr("Policy %1 drills on node %2, which is not a node of this plan.").arg(quoted(p.name), quoted(drill.node)), ref);
        if (!drill.path.isEmpty() && !isAbsolutePath(drill.path))
            error(QStringLiteral("relative-path"), jsonPath(path, QStringLiteral("path")),
                  PlanValidator::tr("Policy %1 drills into \"%2\"; the scratch path must be absolute.").arg(quoted(p.name), drill.path), ref);
        if (!(drill.sample > 0) || drill.sample > 1.0)
            error(QStringLiteral("bad-value"), jsonPath(path, QStringLiteral("sample")),
                  PlanValidator::tr("Policy %1 drills a sample of %2; a sample is more than 0% and at most 100% of the snapshot.")
                      .arg(quoted(p.name), units::formatPercent(drill.sample)),
                  ref);
        if (!drill.repository.isEmpty() && !p.repositories.contains(drill.repository))
            error(QStringLiteral("unknown-reference"), jsonPath(path, QStringLiteral("repository")),
                  PlanValidator::tr("Policy %1 drills from repository %2, which is not one of the policy's repositories.").arg(quoted(p.name), quoted(drill.repository)),
                  ref);
        if (drill.path.isEmpty())
            return;
        for (const Dataset& d : m_plan.datasets) {
            for (const DatasetLocation& l : d.locations) {
                if (l.node == drill.node && !l.path.isEmpty() && pathsOverlap(l.path, drill.path))
                    error(QStringLiteral("drill-over-live-data"), jsonPath(path, QStringLiteral("path")),
                          PlanValidator::tr("Policy %1 drills into %2 on %3, which overlaps dataset %4 at %5: a drill removes what it restores, so its scratch path must hold no live data.")
                              .arg(quoted(p.name), drill.path, drill.node, quoted(d.name), l.path),
                          ref);
            }
        }
        for (const Repository& r : m_plan.repositories) {
            if (r.node == drill.node && !r.path.isEmpty() && pathsOverlap(r.path, drill.path))
                error(QStringLiteral("drill-over-live-data"), jsonPath(path, QStringLiteral("path")),
                      PlanValidator::tr("Policy %1 drills into %2 on %3, which overlaps repository %4 at %5: a drill removes what it restores, so its scratch path must hold no backups.")
                          .arg(quoted(p.name), drill.path, drill.node, quoted(r.name), r.path),
                      ref);
        }
    }

    void indexNames()
    {
        indexList(m_plan.domains, QStringLiteral("$.fleet.domains"), "id", Kind::Domain, m_domainIndex, PlanValidator::tr("Two failure domains have the id %1 (the first at %2): ids must be unique."),
                  [](const FailureDomain& d) -> const QString& { return d.id; });
        indexList(m_plan.nodes, QStringLiteral("$.fleet.nodes"), "name", Kind::Node, m_nodeIndex, PlanValidator::tr("Two nodes are named %1 (the first at %2): names must be unique."),
                  [](const Node& n) -> const QString& { return n.name; });
        indexList(m_plan.datasets, QStringLiteral("$.datasets"), "name", Kind::Dataset, m_datasetIndex, PlanValidator::tr("Two datasets are named %1 (the first at %2): names must be unique."),
                  [](const Dataset& d) -> const QString& { return d.name; });
        indexList(m_plan.repositories, QStringLiteral("$.repositories"), "name", Kind::Repository, m_repositoryIndex, PlanValidator::tr("Two repositories are named %1 (the first at %2): names must be unique."),
                  [](const Repository& r) -> const QString& { return r.name; });
        QHash<QString, qsizetype> policyIndex;
        indexList(m_plan.policies, QStringLiteral("$.policies"), "name", Kind::Policy, policyIndex, PlanValidator::tr("Two policies are named %1 (the first at %2): names must be unique."),
                  [](const Policy& p) -> const QString& { return p.name; });
    }

    template <typename T, typename NameOf>
    void indexList(const std::vector<T>& items, const QString& listPath, const char* field, Kind kind, QHash<QString, qsizetype>& index,
                   const QString& duplicateMessage, NameOf nameOf)
    {
        index.reserve(static_cast<qsizetype>(items.size()));
        for (std::size_t i = 0; i < items.size(); ++i) {
            const QString& name = nameOf(items[i]);
            if (name.isEmpty())
                continue;   // the reader reported the missing name
            const auto found = index.constFind(name);
            if (found != index.constEnd()) {
                error(QStringLiteral("duplicate-name"), jsonPath(jsonPath(listPath, static_cast<qsizetype>(i)), QLatin1String(field)),
                      QString(duplicateMessage).arg(quoted(name), jsonPath(listPath, *found)),
                      {kind, name});
                continue;
            }
            index.insert(name, static_cast<qsizetype>(i));
        }
    }

    // ---- failure domains ---------------------------------------------------------------

    void checkDomains()
    {
        const QSet<QString> levels(knownDomainLevels().begin(), knownDomainLevels().end());
        for (std::size_t i = 0; i < m_plan.domains.size(); ++i) {
            const FailureDomain& d = m_plan.domains[i];
            const QString path = jsonPath(QStringLiteral("$.fleet.domains"), static_cast<qsizetype>(i));
            const ObjectRef ref{Kind::Domain, d.id};
            if (!d.level.isEmpty() && !levels.contains(d.level))
                warning(QStringLiteral("unknown-level"), jsonPath(path, QStringLiteral("level")),
                        PlanValidator::tr("Failure domain %1 has level \"%2\", which Lifeboat does not know (known: %3); outage rates are looked up by level.")
                            .arg(quoted(d.id), d.level, knownDomainLevels().join(QStringLiteral(", "))),
                        ref);
            if (!d.parent.isEmpty() && !m_domainIndex.contains(d.parent))
                error(QStringLiteral("unknown-reference"), jsonPath(path, QStringLiteral("parent")),
                      PlanValidator::tr("Failure domain %1 names parent %2, which is not a failure domain of this plan.").arg(quoted(d.id), quoted(d.parent)), ref);
            if (d.parent == d.id && !d.id.isEmpty())
                error(QStringLiteral("domain-cycle"), jsonPath(path, QStringLiteral("parent")),
                      PlanValidator::tr("Failure domain %1 is its own parent.").arg(quoted(d.id)), ref);
        }
        // Cycles: walk up from every domain, colouring as we go (linear overall).
        std::vector<int> state(m_plan.domains.size(), 0);   // 0 new, 1 on the current walk, 2 done
        for (std::size_t start = 0; start < m_plan.domains.size(); ++start) {
            std::vector<std::size_t> walk;
            std::size_t current = start;
            while (true) {
                if (state[current] == 2)
                    break;
                if (state[current] == 1) {
                    const FailureDomain& d = m_plan.domains[current];
                    if (d.parent != d.id) {   // self-parent was reported above
                        QStringList loop;
                        for (auto it = std::find(walk.begin(), walk.end(), current); it != walk.end(); ++it)
                            loop << m_plan.domains[*it].id;
                        loop << d.id;
                        error(QStringLiteral("domain-cycle"),
                              jsonPath(jsonPath(QStringLiteral("$.fleet.domains"), static_cast<qsizetype>(current)), QStringLiteral("parent")),
                              PlanValidator::tr("Failure domains form a cycle: %1. A domain cannot be inside itself.").arg(loop.join(QStringLiteral(" → "))),
                              {Kind::Domain, d.id});
                        m_hasCycle = true;
                    }
                    break;
                }
                state[current] = 1;
                walk.push_back(current);
                const auto parent = m_domainIndex.constFind(m_plan.domains[current].parent);
                if (m_plan.domains[current].parent.isEmpty() || parent == m_domainIndex.constEnd())
                    break;
                current = static_cast<std::size_t>(*parent);
            }
            for (std::size_t w : walk)
                state[w] = 2;
        }
    }

    // The chain of domain indexes from `domainId` up to its root; empty when unknown.
    // Cycles were reported; the walk stops after as many steps as there are domains.
    std::vector<qsizetype> ancestors(const QString& domainId) const
    {
        std::vector<qsizetype> chain;
        auto it = m_domainIndex.constFind(domainId);
        while (it != m_domainIndex.constEnd() && chain.size() <= m_plan.domains.size()) {
            chain.push_back(*it);
            const QString& parent = m_plan.domains[static_cast<std::size_t>(*it)].parent;
            if (parent.isEmpty())
                break;
            it = m_domainIndex.constFind(parent);
        }
        return chain;
    }

    // ---- nodes -------------------------------------------------------------------------

    void checkNodes()
    {
        if (m_plan.nodes.empty())
            warning(QStringLiteral("empty-fleet"), QStringLiteral("$.fleet.nodes"), PlanValidator::tr("The fleet has no nodes: nothing can be backed up."),
                    {Kind::Plan, {}});
        for (std::size_t i = 0; i < m_plan.nodes.size(); ++i) {
            const Node& n = m_plan.nodes[i];
            const QString path = jsonPath(QStringLiteral("$.fleet.nodes"), static_cast<qsizetype>(i));
            const ObjectRef ref{Kind::Node, n.name};
            if (n.domain.isEmpty())
                warning(QStringLiteral("no-domain"), jsonPath(path, QStringLiteral("domain")),
                        PlanValidator::tr("Node %1 is in no failure domain, so Lifeboat cannot tell which copies fail together.").arg(quoted(n.name)), ref);
            else if (!m_domainIndex.contains(n.domain))
                error(QStringLiteral("unknown-reference"), jsonPath(path, QStringLiteral("domain")),
                      PlanValidator::tr("Node %1 is placed in %2, which is not a failure domain of this plan.").arg(quoted(n.name), quoted(n.domain)), ref);
            if (n.port < 1 || n.port > 65535)
                error(QStringLiteral("bad-port"), jsonPath(path, QStringLiteral("port")),
                      PlanValidator::tr("Node %1 has SSH port %2; a port is between 1 and 65535.").arg(quoted(n.name)).arg(n.port), ref);
            if (n.address.isEmpty() && n.sshAlias.isEmpty())
                warning(QStringLiteral("no-address"), path,
                        PlanValidator::tr("Node %1 has neither an address nor an SSH alias, so it cannot be reached.").arg(quoted(n.name)), ref);
            if (n.capacityBytes >= kAbsurdBytes)
                error(QStringLiteral("absurd-size"), jsonPath(path, QStringLiteral("capacity")),
                      PlanValidator::tr("Node %1 has a capacity of %2, which is not plausible for one node.").arg(quoted(n.name), readable::bytes(static_cast<double>(n.capacityBytes))), ref);
            if (!n.role.isEmpty() && !m_plan.assumptions.nodeAfr.contains(n.role) && !m_rolesWithoutAfr.contains(n.role)) {
                m_rolesWithoutAfr.insert(n.role);
                info(QStringLiteral("no-failure-rate"), jsonPath(path, QStringLiteral("role")),
                     PlanValidator::tr("No annual failure rate is given for role \"%1\"; the default of %2 is assumed.")
                         .arg(n.role, units::formatPercent(m_plan.assumptions.defaultNodeAfr)),
                     ref);
            }
        }
    }

    // ---- datasets ----------------------------------------------------------------------

    void checkSize(std::int64_t bytes, const QString& path, const QString& what, const ObjectRef& ref)
    {
        if (bytes >= kAbsurdBytes)
            error(QStringLiteral("absurd-size"), path,
                  PlanValidator::tr("%1 of %2 is %3, which is not plausible.").arg(what, quoted(ref.name), readable::bytes(static_cast<double>(bytes))), ref);
    }

    void checkDatasets()
    {
        const QSet<QString> tiers(knownTiers().begin(), knownTiers().end());
        for (std::size_t i = 0; i < m_plan.datasets.size(); ++i) {
            const Dataset& d = m_plan.datasets[i];
            const QString path = jsonPath(QStringLiteral("$.datasets"), static_cast<qsizetype>(i));
            const ObjectRef ref{Kind::Dataset, d.name};
            if (!d.tier.isEmpty() && !tiers.contains(d.tier))
                warning(QStringLiteral("unknown-tier"), jsonPath(path, QStringLiteral("tier")),
                        PlanValidator::tr("Dataset %1 has tier \"%2\"; known tiers are %3, and restore order follows them.")
                            .arg(quoted(d.name), d.tier, knownTiers().join(QStringLiteral(", "))),
                        ref);
            if (d.locations.empty())
                error(QStringLiteral("no-locations"), jsonPath(path, QStringLiteral("locations")),
                      PlanValidator::tr("Dataset %1 has no location: say on which node and path it lives.").arg(quoted(d.name)), ref);
            QSet<QString> seen;
            for (std::size_t j = 0; j < d.locations.size(); ++j) {
                const DatasetLocation& loc = d.locations[j];
                const QString lp = jsonPath(jsonPath(path, QStringLiteral("locations")), static_cast<qsizetype>(j));
                if (!loc.node.isEmpty() && !m_nodeIndex.contains(loc.node))
                    error(QStringLiteral("unknown-reference"), jsonPath(lp, QStringLiteral("node")),
                          PlanValidator::tr("Dataset %1 lives on node %2, which is not a node of this plan.").arg(quoted(d.name), quoted(loc.node)), ref);
                if (!loc.path.isEmpty() && !isAbsolutePath(loc.path))
                    error(QStringLiteral("relative-path"), jsonPath(lp, QStringLiteral("path")),
                          PlanValidator::tr("Dataset %1 has path \"%2\"; paths must be absolute.").arg(quoted(d.name), loc.path), ref);
                const QString key = loc.node + QLatin1Char('\n') + loc.path;
                if (seen.contains(key))
                    warning(QStringLiteral("duplicate-location"), lp,
                            PlanValidator::tr("Dataset %1 lists %2:%3 twice.").arg(quoted(d.name), loc.node, loc.path), ref);
                seen.insert(key);
            }
            if (d.sizeBytes == 0)
                warning(QStringLiteral("no-size"), jsonPath(path, QStringLiteral("size")),
                        PlanValidator::tr("Dataset %1 has no size, so no restore time or capacity can be estimated for it.").arg(quoted(d.name)), ref);
            checkSize(d.sizeBytes, jsonPath(path, QStringLiteral("size")), PlanValidator::tr("The size"), ref);
            checkSize(d.growthBytesPerMonth, jsonPath(path, QStringLiteral("growthPerMonth")), PlanValidator::tr("The monthly growth"), ref);
            if (d.changeFractionPerDay > 1.0)
                error(QStringLiteral("bad-value"), jsonPath(path, QStringLiteral("changePerDay")),
                      PlanValidator::tr("Dataset %1 changes %2 of itself per day; more than 100% cannot be rewritten in a day.")
                          .arg(quoted(d.name), units::formatPercent(d.changeFractionPerDay)),
                      ref);
            if (d.rpo.count() == 0)
                warning(QStringLiteral("no-rpo"), jsonPath(path, QStringLiteral("rpo")),
                        PlanValidator::tr("Dataset %1 has no RPO target: how much recent data may be lost?").arg(quoted(d.name)), ref);
            if (d.rto.count() == 0)
                warning(QStringLiteral("no-rto"), jsonPath(path, QStringLiteral("rto")),
                        PlanValidator::tr("Dataset %1 has no RTO target: how long may a restore take?").arg(quoted(d.name)), ref);
            // Transfer time alone (bytes / bandwidth) is a lower bound on any restore.
            const double bandwidth = m_plan.assumptions.restoreBytesPerSecond;
            if (d.rto.count() > 0 && bandwidth > 0 && d.sizeBytes > 0) {
                const double seconds = static_cast<double>(d.sizeBytes) / bandwidth;
                if (seconds > static_cast<double>(d.rto.count()))
                    warning(QStringLiteral("rto-unachievable"), jsonPath(path, QStringLiteral("rto")),
                            PlanValidator::tr("Restoring dataset %1 (%2) at the assumed %3 takes at least %4, longer than its RTO of %5.")
                                .arg(quoted(d.name), readable::bytes(static_cast<double>(d.sizeBytes)),
                                     readable::bytesPerSecond(bandwidth),
                                     readable::duration(std::chrono::seconds(static_cast<qint64>(seconds))), readable::duration(d.rto)),
                            ref);
            }
        }
    }

    // ---- repositories ------------------------------------------------------------------

    void checkRepositories()
    {
        for (std::size_t i = 0; i < m_plan.repositories.size(); ++i) {
            const Repository& r = m_plan.repositories[i];
            const QString path = jsonPath(QStringLiteral("$.repositories"), static_cast<qsizetype>(i));
            const ObjectRef ref{Kind::Repository, r.name};
            if (!r.node.isEmpty() && !m_nodeIndex.contains(r.node))
                error(QStringLiteral("unknown-reference"), jsonPath(path, QStringLiteral("node")),
                      PlanValidator::tr("Repository %1 is on node %2, which is not a node of this plan.").arg(quoted(r.name), quoted(r.node)), ref);
            if (!r.path.isEmpty() && !isAbsolutePath(r.path))
                error(QStringLiteral("relative-path"), jsonPath(path, QStringLiteral("path")),
                      PlanValidator::tr("Repository %1 has path \"%2\"; paths must be absolute.").arg(quoted(r.name), r.path), ref);
            checkSize(r.capacityBytes, jsonPath(path, QStringLiteral("capacity")), PlanValidator::tr("The capacity"), ref);
        }
    }

    // ---- policies ----------------------------------------------------------------------

    void checkPolicies()
    {
        QSet<QString> usedRepositories;
        QSet<QString> protectedDatasets;
        static const QRegularExpression clock(QStringLiteral(R"(^([01][0-9]|2[0-3]):[0-5][0-9]$)"));
        for (std::size_t i = 0; i < m_plan.policies.size(); ++i) {
            const Policy& p = m_plan.policies[i];
            const QString path = jsonPath(QStringLiteral("$.policies"), static_cast<qsizetype>(i));
            const ObjectRef ref{Kind::Policy, p.name};
            const auto dataset = m_datasetIndex.constFind(p.dataset);
            if (!p.dataset.isEmpty() && dataset == m_datasetIndex.constEnd())
                error(QStringLiteral("unknown-reference"), jsonPath(path, QStringLiteral("dataset")),
                      PlanValidator::tr("Policy %1 backs up dataset %2, which is not a dataset of this plan.").arg(quoted(p.name), quoted(p.dataset)), ref);
            else
                protectedDatasets.insert(p.dataset);

            const QString schedulePath = jsonPath(path, QStringLiteral("schedule"));
            const QTimeZone zone = timeZoneFromId(p.schedule.timeZone);
            if (!zone.isValid())
                error(QStringLiteral("bad-time-zone"), jsonPath(schedulePath, QStringLiteral("timeZone")),
                      PlanValidator::tr("Policy %1 uses time zone \"%2\", which is not an IANA time zone such as \"Europe/Berlin\".").arg(quoted(p.name), p.schedule.timeZone),
                      ref);
            std::optional<std::chrono::seconds> gap;
            if (!p.schedule.cron.isEmpty()) {
                const auto cron = CronExpression::parse(p.schedule.cron);
                if (!cron) {
                    error(QStringLiteral("bad-cron"), jsonPath(schedulePath, QStringLiteral("cron")),
                          PlanValidator::tr("Policy %1 has a bad schedule: %2.").arg(quoted(p.name), cron.error().message), ref);
                } else if (zone.isValid()) {
                    gap = cron->longestGap(zone);
                    if (!gap)
                        error(QStringLiteral("cron-never-fires"), jsonPath(schedulePath, QStringLiteral("cron")),
                              PlanValidator::tr("Policy %1's schedule \"%2\" never runs.").arg(quoted(p.name), p.schedule.cron), ref);
                }
            }
            if (gap && dataset != m_datasetIndex.constEnd()) {
                const Dataset& d = m_plan.datasets[static_cast<std::size_t>(*dataset)];
                if (d.rpo.count() > 0 && *gap > d.rpo)
                    warning(QStringLiteral("rpo-unachievable"), jsonPath(schedulePath, QStringLiteral("cron")),
                            PlanValidator::tr("Dataset %1 has an RPO of %2, but policy %3 can leave %4 between two backups (\"%5\"), before counting how long a backup takes.")
                                .arg(quoted(d.name), readable::duration(d.rpo), quoted(p.name), readable::duration(*gap), p.schedule.cron),
                            ref);
            }
            if (!p.window.start.isEmpty()) {
                const QString wp = jsonPath(path, QStringLiteral("window"));
                if (!clock.match(p.window.start).hasMatch())
                    error(QStringLiteral("bad-window"), jsonPath(wp, QStringLiteral("start")),
                          PlanValidator::tr("Policy %1's window starts at \"%2\"; write the time as HH:MM, e.g. \"22:00\".").arg(quoted(p.name), p.window.start), ref);
                if (p.window.duration.count() <= 0 || p.window.duration > std::chrono::hours(24))
                    error(QStringLiteral("bad-window"), jsonPath(wp, QStringLiteral("duration")),
                          PlanValidator::tr("Policy %1's window lasts %2; a window lasts more than nothing and at most 24h.")
                              .arg(quoted(p.name), readable::duration(p.window.duration)),
                          ref);
            }
            const QString reposPath = jsonPath(path, QStringLiteral("repositories"));
            if (p.repositories.isEmpty())
                error(QStringLiteral("no-repositories"), reposPath, PlanValidator::tr("Policy %1 names no repository to back up into.").arg(quoted(p.name)), ref);
            QSet<QString> seen;
            for (qsizetype j = 0; j < p.repositories.size(); ++j) {
                const QString& repo = p.repositories.at(j);
                if (!m_repositoryIndex.contains(repo))
                    error(QStringLiteral("unknown-reference"), jsonPath(reposPath, j),
                          PlanValidator::tr("Policy %1 backs up into repository %2, which is not a repository of this plan.").arg(quoted(p.name), quoted(repo)), ref);
                if (seen.contains(repo))
                    warning(QStringLiteral("duplicate-reference"), jsonPath(reposPath, j),
                            PlanValidator::tr("Policy %1 lists repository %2 twice; it counts as one copy.").arg(quoted(p.name), quoted(repo)), ref);
                seen.insert(repo);
                usedRepositories.insert(repo);
            }
            const QString rp = jsonPath(path, QStringLiteral("retention"));
            const Retention& r = p.retention;
            const std::pair<const char*, int> counts[] = {{"keepLast", r.keepLast},   {"keepHourly", r.keepHourly},   {"keepDaily", r.keepDaily},
                                                          {"keepWeekly", r.keepWeekly}, {"keepMonthly", r.keepMonthly}, {"keepYearly", r.keepYearly}};
            bool negative = false;
            for (const auto& [key, value] : counts) {
                if (value < 0) {
                    negative = true;
                    error(QStringLiteral("negative"), jsonPath(rp, QLatin1String(key)),
                          PlanValidator::tr("Policy %1 has %2 = %3; a count of snapshots cannot be negative.").arg(quoted(p.name), QLatin1String(key)).arg(value), ref);
                }
            }
            if (!negative && r.keepsNothing())
                error(QStringLiteral("keeps-nothing"), rp,
                      PlanValidator::tr("Policy %1's retention keeps no snapshot at all: every backup would be deleted.").arg(quoted(p.name)), ref);
            if (!p.verification.cron.isEmpty()) {
                const auto verify = CronExpression::parse(p.verification.cron);
                if (!verify)
                    error(QStringLiteral("bad-cron"), jsonPath(jsonPath(path, QStringLiteral("verify")), QStringLiteral("cron")),
                          PlanValidator::tr("Policy %1 has a bad verification schedule: %2.").arg(quoted(p.name), verify.error().message), ref);
                if (p.verification.readDataFraction > 1.0)
                    error(QStringLiteral("bad-value"), jsonPath(jsonPath(path, QStringLiteral("verify")), QStringLiteral("readData")),
                          PlanValidator::tr("Policy %1 re-reads %2 of the data per verification; at most 100% can be read.")
                              .arg(quoted(p.name), units::formatPercent(p.verification.readDataFraction)),
                          ref);
            }
            if (!p.drill.cron.isEmpty())
                checkDrill(p, jsonPath(path, QStringLiteral("drill")), ref);
        }
        for (std::size_t i = 0; i < m_plan.datasets.size(); ++i) {
            const Dataset& d = m_plan.datasets[i];
            if (!d.name.isEmpty() && !protectedDatasets.contains(d.name))
                warning(QStringLiteral("no-policy"), jsonPath(QStringLiteral("$.datasets"), static_cast<qsizetype>(i)),
                        PlanValidator::tr("Dataset %1 has no backup policy: its only copies are the live ones.").arg(quoted(d.name)), {Kind::Dataset, d.name});
        }
        for (std::size_t i = 0; i < m_plan.repositories.size(); ++i) {
            const Repository& r = m_plan.repositories[i];
            if (!r.name.isEmpty() && !usedRepositories.contains(r.name))
                info(QStringLiteral("unused-repository"), jsonPath(QStringLiteral("$.repositories"), static_cast<qsizetype>(i)),
                     PlanValidator::tr("Repository %1 is not used by any policy.").arg(quoted(r.name)), {Kind::Repository, r.name});
        }
    }

    // ---- assumptions -------------------------------------------------------------------

    void checkAssumptions()
    {
        const Assumptions& a = m_plan.assumptions;
        const QString path = QStringLiteral("$.assumptions");
        const ObjectRef ref{Kind::Assumptions, {}};
        for (auto it = a.nodeAfr.begin(); it != a.nodeAfr.end(); ++it) {
            if (it.value() > 1.0)
                warning(QStringLiteral("bad-value"), jsonPath(jsonPath(path, QStringLiteral("nodeAnnualFailureRate")), it.key()),
                        PlanValidator::tr("Role \"%1\" is assumed to fail at %2 a year; more than 100% is unusual, check the figure.")
                            .arg(it.key(), units::formatPercent(it.value())),
                        ref);
        }
        QSet<QString> levelsInUse;
        for (const FailureDomain& d : m_plan.domains)
            levelsInUse.insert(d.level);
        for (auto it = a.domainOutagesPerYear.begin(); it != a.domainOutagesPerYear.end(); ++it) {
            const QString p = jsonPath(jsonPath(path, QStringLiteral("domainOutagesPerYear")), it.key());
            if (it.value() < 0)
                error(QStringLiteral("negative"), p, PlanValidator::tr("Outages per year of level \"%1\" cannot be negative.").arg(it.key()), ref);
            if (!levelsInUse.contains(it.key()))
                warning(QStringLiteral("unknown-level"), p,
                        PlanValidator::tr("An outage rate is given for level \"%1\", but no failure domain of this plan has that level.").arg(it.key()), ref);
        }
        const auto ratio = [&](const char* key, double value) {
            const QString p = jsonPath(path, QLatin1String(key));
            if (value <= 0)
                error(QStringLiteral("bad-value"), p, PlanValidator::tr("%1 must be greater than 0 (1 means no saving).").arg(QLatin1String(key)), ref);
            else if (value < 1)
                warning(QStringLiteral("bad-value"), p,
                        PlanValidator::tr("%1 of %2 means the data grows when stored; check the figure (1 means no saving).").arg(QLatin1String(key)).arg(value), ref);
        };
        ratio("dedupRatio", a.dedupRatio);
        ratio("compressionRatio", a.compressionRatio);
        const auto probability = [&](const char* key, double value) {
            if (value > 1)
                error(QStringLiteral("bad-value"), jsonPath(path, QLatin1String(key)),
                      PlanValidator::tr("%1 is a probability: it must lie between 0 and 100% (got %2).").arg(QLatin1String(key), units::formatPercent(value)), ref);
        };
        probability("backupFailureProbability", a.backupFailureProbability);
        probability("backupCommonCauseProbability", a.backupCommonCauseProbability);
        probability("burstNodeFraction", a.burstNodeFraction);
        if (a.burstsPerYear < 0)
            error(QStringLiteral("negative"), jsonPath(path, QStringLiteral("burstsPerYear")), PlanValidator::tr("burstsPerYear cannot be negative."), ref);
        if (a.silentCorruptionsPerYear < 0)
            error(QStringLiteral("negative"), jsonPath(path, QStringLiteral("silentCorruptionsPerYear")), PlanValidator::tr("silentCorruptionsPerYear cannot be negative."), ref);
        if (a.defaultNodeAfr > 1.0)
            warning(QStringLiteral("bad-value"), jsonPath(path, QStringLiteral("defaultNodeAnnualFailureRate")),
                    PlanValidator::tr("The default annual failure rate of %1 is above 100%; check the figure.").arg(units::formatPercent(a.defaultNodeAfr)), ref);
    }

    // ---- placement: copies that share a failure domain -------------------------------------

    // The deepest failure domain holding all of `nodes`; -1 when they share none (or
    // when the domains are broken, which was reported already).
    qsizetype commonDomain(const QStringList& nodes) const
    {
        std::vector<qsizetype> common;
        bool first = true;
        for (const QString& name : nodes) {
            const auto node = m_nodeIndex.constFind(name);
            if (node == m_nodeIndex.constEnd())
                return -1;
            const std::vector<qsizetype> chain = ancestors(m_plan.nodes[static_cast<std::size_t>(*node)].domain);
            if (first) {
                common = chain;
                first = false;
                continue;
            }
            // Keep the suffix (root side) that both chains share.
            std::size_t k = 0;
            while (k < common.size() && k < chain.size() && common[common.size() - 1 - k] == chain[chain.size() - 1 - k])
                ++k;
            common.erase(common.begin(), common.end() - static_cast<std::ptrdiff_t>(k));
        }
        return common.empty() ? -1 : common.front();
    }

    void checkPlacement()
    {
        if (m_hasCycle)
            return;
        qsizetype roots = 0;
        for (const FailureDomain& d : m_plan.domains)
            roots += d.parent.isEmpty() ? 1 : 0;

        QHash<QString, QStringList> repositoriesOfDataset;
        for (const Policy& p : m_plan.policies) {
            for (const QString& repo : p.repositories) {
                if (!repositoriesOfDataset[p.dataset].contains(repo))
                    repositoriesOfDataset[p.dataset].push_back(repo);
            }
        }
        for (std::size_t i = 0; i < m_plan.datasets.size(); ++i) {
            const Dataset& d = m_plan.datasets[i];
            const QString path = jsonPath(QStringLiteral("$.datasets"), static_cast<qsizetype>(i));
            const ObjectRef ref{Kind::Dataset, d.name};
            QStringList liveNodes;
            for (const DatasetLocation& l : d.locations)
                liveNodes << l.node;
            // A copy is a place that can give the whole dataset back: each replica, the
            // shard set as one unit, each backup repository.
            std::vector<QStringList> copies;
            if (d.layout == DatasetLayout::Sharded) {
                if (!liveNodes.isEmpty())
                    copies.push_back(liveNodes);
            } else {
                for (const QString& n : liveNodes)
                    copies.push_back(QStringList{n});
            }
            for (const QString& repoName : repositoriesOfDataset.value(d.name)) {
                const auto repo = m_repositoryIndex.constFind(repoName);
                if (repo == m_repositoryIndex.constEnd())
                    continue;
                const Repository& r = m_plan.repositories[static_cast<std::size_t>(*repo)];
                copies.push_back(QStringList{r.node});
                if (liveNodes.contains(r.node))
                    warning(QStringLiteral("backup-on-same-node"), path,
                            PlanValidator::tr("Repository %1 holds backups of dataset %2 on node %3, the node the data lives on: losing the node loses both.")
                                .arg(quoted(r.name), quoted(d.name), quoted(r.node)),
                            ref);
            }
            if (copies.size() < 2)
                continue;
            QStringList all;
            for (const QStringList& c : copies)
                all << c;
            all.removeDuplicates();
            if (all.size() == 1) {
                warning(QStringLiteral("shared-domain"), path,
                        PlanValidator::tr("All %1 copies of %2 are on node %3: losing that node loses the dataset.").arg(copies.size()).arg(quoted(d.name), quoted(all.first())),
                        ref);
                continue;
            }
            const qsizetype shared = commonDomain(all);
            if (shared < 0)
                continue;
            const FailureDomain& domain = m_plan.domains[static_cast<std::size_t>(shared)];
            if (domain.parent.isEmpty() && roots <= 1)
                continue;   // everything is in one top-level domain: nothing to move to
            // Say what the copies are: an operator reads "both copies" as two replicas.
            const qsizetype backups = static_cast<qsizetype>(copies.size()) - (d.layout == DatasetLayout::Sharded ? 1 : liveNodes.size());
            const qsizetype live = static_cast<qsizetype>(copies.size()) - backups;
            const QString livePart = d.layout == DatasetLayout::Sharded ? PlanValidator::tr("its shards")
                                   : live == 1                         ? PlanValidator::tr("its one live copy")
                                                                       : PlanValidator::tr("%1 live copies").arg(live);
            const QString what = backups == 0 ? livePart
                               : backups == 1 ? PlanValidator::tr("%1 and its backup").arg(livePart)
                                              : PlanValidator::tr("%1 and %2 backups").arg(livePart).arg(backups);
            const QString message = PlanValidator::tr("Every copy of %1 (%2) is in %3 %4: an outage of that %3 loses the dataset.")
                                        .arg(quoted(d.name), what, domainLevelLabel(domain.level), quoted(domain.id));
            warning(QStringLiteral("shared-domain"), path, message, ref);
        }
    }

    // ---- node usage ------------------------------------------------------------------------

    void checkNodeUsage()
    {
        QHash<QString, std::int64_t> used;
        for (const Dataset& d : m_plan.datasets) {
            if (d.locations.empty())
                continue;
            const std::int64_t share = d.layout == DatasetLayout::Sharded ? d.sizeBytes / static_cast<std::int64_t>(d.locations.size()) : d.sizeBytes;
            for (const DatasetLocation& l : d.locations)
                used[l.node] += share;
        }
        for (std::size_t i = 0; i < m_plan.nodes.size(); ++i) {
            const Node& n = m_plan.nodes[i];
            const std::int64_t bytes = used.value(n.name);
            if (n.capacityBytes > 0 && bytes > n.capacityBytes)
                warning(QStringLiteral("over-capacity"), jsonPath(jsonPath(QStringLiteral("$.fleet.nodes"), static_cast<qsizetype>(i)), QStringLiteral("capacity")),
                        PlanValidator::tr("Node %1 holds %2 of datasets but has a capacity of %3.")
                            .arg(quoted(n.name), readable::bytes(static_cast<double>(bytes)), readable::bytes(static_cast<double>(n.capacityBytes))),
                        {Kind::Node, n.name});
        }
    }

    const Plan& m_plan;
    PlanIssues m_issues;
    QHash<QString, qsizetype> m_domainIndex;
    QHash<QString, qsizetype> m_nodeIndex;
    QHash<QString, qsizetype> m_datasetIndex;
    QHash<QString, qsizetype> m_repositoryIndex;
    QSet<QString> m_rolesWithoutAfr;
    bool m_hasCycle = false;
};

} // namespace

PlanIssues PlanValidator::validate(const Plan& plan)
{
    return Checker(plan).run();
}

} // namespace lifeboat::plan
