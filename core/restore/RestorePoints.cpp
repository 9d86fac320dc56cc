// SPDX-License-Identifier: GPL-3.0-or-later
#include "RestorePoints.h"

#include <QDir>
#include <QMap>

#include <algorithm>

namespace lifeboat::restore {

int RestorePoints::locationOf(const plan::Dataset& dataset, const repo::Snapshot& snapshot)
{
    if (snapshot.dataset != dataset.name)
        return -1;
    for (std::size_t i = 0; i < dataset.locations.size(); ++i) {
        const plan::DatasetLocation& location = dataset.locations[i];
        if (snapshot.hostname == location.node && snapshot.paths.contains(QDir::cleanPath(location.path)))
            return static_cast<int>(i);
    }
    // Every copy of a replicated dataset is the same data: a snapshot of any of them is a
    // restore point for all of them.
    return dataset.layout == plan::DatasetLayout::Replicated && !dataset.locations.empty() ? 0 : -1;
}

std::vector<RestorePoint> RestorePoints::compute(const plan::Dataset& dataset, const QList<repo::Snapshot>& snapshots, const QSet<QString>& damaged)
{
    std::vector<RestorePoint> points;
    const std::size_t shardCount = std::max<std::size_t>(1, dataset.locations.size());
    if (dataset.layout != plan::DatasetLayout::Sharded) {
        for (const repo::Snapshot& s : snapshots) {
            if (locationOf(dataset, s) < 0)
                continue;
            RestorePoint point;
            point.generation = s.generation;
            point.time = s.time;
            point.shards = {s};
            point.bytes = s.summary.bytes;
            point.damaged = damaged.contains(s.id) || !s.damagedPaths.isEmpty();
            if (point.damaged)
                point.problems.append(tr("Snapshot %1 failed verification.").arg(s.shortId()));
            points.push_back(std::move(point));
        }
    } else {
        // Generation → the newest snapshot of each shard with it.
        QMap<QString, std::vector<std::optional<repo::Snapshot>>> byGeneration;
        QList<repo::Snapshot> unlabelled;
        for (const repo::Snapshot& s : snapshots) {
            const int shard = locationOf(dataset, s);
            if (shard < 0)
                continue;
            if (s.generation.isEmpty()) {
                unlabelled.append(s);
                continue;
            }
            auto& shards = byGeneration[s.generation];
            shards.resize(shardCount);
            auto& slot = shards[static_cast<std::size_t>(shard)];
            if (!slot || slot->time < s.time)
                slot = s;
        }
        for (auto it = byGeneration.cbegin(); it != byGeneration.cend(); ++it) {
            RestorePoint point;
            point.generation = it.key();
            point.shards = it.value();
            for (std::size_t i = 0; i < point.shards.size(); ++i) {
                const plan::DatasetLocation& location = dataset.locations[i];
                const auto& shard = point.shards[i];
                if (!shard) {
                    point.problems.append(tr("Shard %1 (%2:%3) has no snapshot of generation %4.").arg(i + 1).arg(location.node, location.path, point.generation));
                    continue;
                }
                point.bytes += shard->summary.bytes;
                if (!point.time.isValid() || point.time < shard->time)
                    point.time = shard->time;
                if (damaged.contains(shard->id) || !shard->damagedPaths.isEmpty()) {
                    point.damaged = true;
                    point.problems.append(tr("Shard %1 (%2:%3): snapshot %4 failed verification.").arg(i + 1).arg(location.node, location.path, shard->shortId()));
                }
            }
            points.push_back(std::move(point));
        }
        // Shown, never offered: without a generation, shards cannot be matched up.
        for (const repo::Snapshot& s : unlabelled) {
            RestorePoint point;
            point.time = s.time;
            point.shards.resize(shardCount);
            point.shards[static_cast<std::size_t>(locationOf(dataset, s))] = s;
            point.bytes = s.summary.bytes;
            point.problems.append(tr("Snapshot %1 of shard %2 records no generation, so it cannot be matched with the other shards.")
                                      .arg(s.shortId())
                                      .arg(locationOf(dataset, s) + 1));
            points.push_back(std::move(point));
        }
    }
    std::stable_sort(points.begin(), points.end(), [](const RestorePoint& a, const RestorePoint& b) { return a.time > b.time; });
    return points;
}

} // namespace lifeboat::restore
