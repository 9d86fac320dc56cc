// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "PlanExposure.h"

#include <optional>
#include <vector>

namespace lifeboat::model {

// Repository bytes over time. For every backup stored in the repository: the dataset's
// size at that time (size + growth per month × months) times the share its kept restore
// points hold (storedSizeFactor, counting only points old enough to exist yet), divided by
// the dedup and compression ratios. Assumes growth is linear, the daily change rewrites
// distinct bytes, and every kept point holds the current size (slightly pessimistic for
// old points of a growing dataset).
struct RepositoryCapacity {
    QString repository;
    double capacityBytes = 0;
    std::vector<double> bytesByMonth;     // month 0 = the first full backups, then each month of 730 h
    std::optional<double> fullAfterDays;  // when it fills, within the horizon; 0 = already full
};

class CapacityModel {
public:
    static constexpr int kDefaultMonths = 120;
    static double bytesAt(const PlanExposure& exposure, const RepositoryExposure& repository, double hours);
    static std::vector<RepositoryCapacity> project(const PlanExposure& exposure, int months = kDefaultMonths);
};

} // namespace lifeboat::model
