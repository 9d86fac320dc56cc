// SPDX-License-Identifier: GPL-3.0-or-later
#include "CapacityModel.h"

#include <algorithm>

namespace lifeboat::model {
namespace {

constexpr double kHoursPerMonth = 730;

} // namespace

double CapacityModel::bytesAt(const PlanExposure& exposure, const RepositoryExposure& repository, double hours)
{
    double total = 0;
    for (const DatasetExposure& d : exposure.datasets) {
        const double size = d.sizeBytes + d.growthBytesPerMonth * hours / kHoursPerMonth;
        for (const BackupExposure& b : d.backups) {
            if (b.repository != repository.name)
                continue;
            const auto existing = std::upper_bound(b.keptAgesHours.begin(), b.keptAgesHours.end(), hours);
            const std::vector<double> ages(b.keptAgesHours.begin(), existing);
            total += size * storedSizeFactor(ages, d.changeFractionPerDay);
        }
    }
    return total / (exposure.dedupRatio * exposure.compressionRatio);
}

std::vector<RepositoryCapacity> CapacityModel::project(const PlanExposure& exposure, int months)
{
    std::vector<RepositoryCapacity> out;
    for (const RepositoryExposure& r : exposure.repositories) {
        RepositoryCapacity c;
        c.repository = r.name;
        c.capacityBytes = r.capacityBytes;
        for (int m = 0; m <= months; ++m)
            c.bytesByMonth.push_back(bytesAt(exposure, r, m * kHoursPerMonth));
        if (r.capacityBytes > 0) {
            const auto firstOver = std::find_if(c.bytesByMonth.begin(), c.bytesByMonth.end(), [&](double b) { return b >= r.capacityBytes; });
            if (firstOver == c.bytesByMonth.begin()) {
                c.fullAfterDays = 0;
            } else if (firstOver != c.bytesByMonth.end()) {
                // Bytes only grow with time, so the day it fills is inside that month.
                const double monthStart = static_cast<double>(firstOver - c.bytesByMonth.begin() - 1) * kHoursPerMonth;
                for (double day = 0; day <= kHoursPerMonth / 24 + 1; day += 1) {
                    const double at = monthStart + day * 24;
                    if (bytesAt(exposure, r, at) >= r.capacityBytes) {
                        c.fullAfterDays = at / 24;
                        break;
                    }
                }
            }
        }
        out.push_back(std::move(c));
    }
    return out;
}

} // namespace lifeboat::model
