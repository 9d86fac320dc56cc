// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QString>
#include <QStringList>

#include <chrono>
#include <cstdint>
#include <optional>
#include <vector>

namespace lifeboat::plan {

// The Plan document: the operator's description of the fleet, its data and the backup
// policy. These are plain values; references between objects are by name (as in the
// file), resolved and checked by PlanValidator, so a broken reference is a reported
// problem rather than a dangling pointer.

inline constexpr int kPlanFormatVersion = 1;

// A failure domain: anything whose failure takes down everything below it at once
// (region, site, room, row, rack, PDU ...). Any depth; `parent` empty at the top.
struct FailureDomain {
    QString id;       // unique in the plan, e.g. "dc1/r2"
    QString level;    // "region", "site", "rack", ...
    QString parent;   // id of the enclosing domain, empty for a root
    QString description;
    bool operator==(const FailureDomain&) const = default;
};

struct Node {
    QString name;              // unique in the plan
    QString domain;            // id of the innermost failure domain holding it
    QString role;              // "gpu-worker", "storage", "backup-target", ... (keys of Assumptions::nodeAfr)
    QString address;           // host name or IP; empty when sshAlias is used
    int port = 22;
    QString user;
    QString sshAlias;          // a Host entry of ~/.ssh/config
    std::int64_t capacityBytes = 0;
    QString disk;              // "nvme", "ssd", "hdd"
    bool operator==(const Node&) const = default;
};

struct DatasetLocation {
    QString node;
    QString path;
    bool operator==(const DatasetLocation&) const = default;
};

enum class DatasetLayout {
    Invalid = 0,
    Replicated,   // every location holds a full copy
    Sharded,      // every location holds one part; all are needed
};

struct Dataset {
    QString name;
    QString description;
    QString tier;                       // "critical", "high", "medium", "low"
    DatasetLayout layout = DatasetLayout::Replicated;
    std::vector<DatasetLocation> locations;
    std::int64_t sizeBytes = 0;
    std::int64_t growthBytesPerMonth = 0;
    double changeFractionPerDay = 0;    // of sizeBytes rewritten per day
    std::chrono::seconds rpo{0};
    std::chrono::seconds rto{0};
    bool operator==(const Dataset&) const = default;
};

// Where backups land: a path on a node of the fleet. Its failure domain is the node's.
struct Repository {
    QString name;
    QString node;
    QString path;
    std::int64_t capacityBytes = 0;
    QString description;
    bool operator==(const Repository&) const = default;
};

struct Schedule {
    QString cron;       // 5-field cron or @hourly/@daily/@weekly/@monthly
    QString timeZone;   // IANA id; empty means UTC
    bool operator==(const Schedule&) const = default;
};

struct BackupWindow {
    QString start;                    // "HH:MM" in the schedule's time zone; empty = no window
    std::chrono::seconds duration{0};
    bool operator==(const BackupWindow&) const = default;
};

struct Retention {
    int keepLast = 0;
    int keepHourly = 0;
    int keepDaily = 0;
    int keepWeekly = 0;
    int keepMonthly = 0;
    int keepYearly = 0;
    std::chrono::seconds keepWithin{0};
    bool keepsNothing() const
    {
        return keepLast + keepHourly + keepDaily + keepWeekly + keepMonthly + keepYearly == 0 && keepWithin.count() == 0;
    }
    bool operator==(const Retention&) const = default;
};

struct Verification {
    QString cron;                      // in the policy's time zone; empty = never verified
    double readDataFraction = 0;       // share of pack data re-read and re-hashed per run
    bool operator==(const Verification&) const = default;
};

// A restore drill: the latest snapshot of the dataset (or a share of its bytes) restored
// into a new folder under a scratch path on a node, every restored byte compared with the
// snapshot, the restore throughput measured, the folder removed. What proves an RTO.
struct Drill {
    QString cron;                      // in the policy's time zone; empty = no drill
    QString node;                      // where the restore runs
    QString path;                      // scratch directory on that node, never live data
    double sample = 1.0;               // share of the snapshot's bytes restored, (0, 1]
    QString repository;                // one of the policy's repositories; empty: its first
    bool operator==(const Drill&) const = default;
};

struct Policy {
    QString name;
    QString dataset;
    Schedule schedule;
    BackupWindow window;
    QStringList repositories;          // each a copy; distinct failure domains wanted
    Retention retention;
    Verification verification;
    Drill drill;
    bool operator==(const Policy&) const = default;
};

struct Assumptions {
    QHash<QString, double> nodeAfr;                  // annual failure rate per node role
    double defaultNodeAfr = 0.02;
    QHash<QString, double> domainOutagesPerYear;     // per domain level
    double repairBytesPerSecond = 0;
    double restoreBytesPerSecond = 0;
    double dedupRatio = 1.0;
    double compressionRatio = 1.0;
    // A restore point that turns out unusable when it is needed (damaged, incomplete,
    // not restorable), independently of the others: q of shared/notes/models.md §6.
    double backupFailureProbability = 0.01;
    // Every restore point of one repository unusable at once (shared credentials,
    // ransomware, an engine bug): p_cm of §6. It bounds what retention alone can buy.
    double backupCommonCauseProbability = 0.001;
    // Bursts of simultaneous node failures across the fleet, outside any one failure
    // domain (Ford et al., OSDI 2010; Copysets' power-outage scenario): how many a year
    // and the share of the fleet's nodes each one takes. 0 bursts: none modelled.
    double burstsPerYear = 0;
    double burstNodeFraction = 0.01;
    // Silent corruptions per repository-year that make its restore points unusable until
    // a verification finds them and the next backup writes good data again.
    double silentCorruptionsPerYear = 0.01;
    bool operator==(const Assumptions&) const = default;
};

struct Plan {
    int version = kPlanFormatVersion;
    QString name;
    QString description;
    std::vector<FailureDomain> domains;
    std::vector<Node> nodes;
    std::vector<Dataset> datasets;
    std::vector<Repository> repositories;
    std::vector<Policy> policies;
    Assumptions assumptions;
    bool operator==(const Plan&) const = default;
};

QString layoutName(DatasetLayout layout);
DatasetLayout layoutFromName(const QString& name);

// The tiers and levels Lifeboat knows, in order of importance / size.
const QStringList& knownTiers();
const QStringList& knownDomainLevels();
// A known level in the user's language ("rack" -> "机架"); an unknown one as written.
QString domainLevelLabel(const QString& level);
// The same for tiers ("critical" -> "关键").
QString tierLabel(const QString& tier);

} // namespace lifeboat::plan
