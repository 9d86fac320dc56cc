// SPDX-License-Identifier: GPL-3.0-or-later
#include "RecoveryModels.h"

#include "SimultaneousFailures.h"

#include <cmath>

namespace lifeboat::model {
namespace {

bool probability(double p) { return p >= 0 && p <= 1 && std::isfinite(p); }
bool positive(double x) { return x > 0 && std::isfinite(x); }

} // namespace

Result<FixedWindowResult> RecoveryModels::fixedWindow(int dataShards, int parityShards, double rate, double days)
{
    if (dataShards < 1 || parityShards < 0 || dataShards + parityShards > 1000)
        return Error{Error::Code::Invalid, tr("--data must be 1 or more and --parity 0 or more (got %1+%2).").arg(dataShards).arg(parityShards)};
    if (!positive(rate))
        return Error{Error::Code::Invalid, tr("--afr must be a positive rate (failures per shard-year).")};
    if (!positive(days) || days > 365)
        return Error{Error::Code::Invalid, tr("--repair-days must be above 0 and at most 365 (got %1).").arg(days)};
    const int shards = dataShards + parityShards;
    const long double p = -std::expm1(-static_cast<long double>(rate) * days / 365.0L);
    long double period = 0;
    for (int k = parityShards + 1; k <= shards; ++k)
        period += std::exp(logBinomial(shards, k) + k * std::log(p) + (shards - k) * std::log1p(-p));
    FixedWindowResult result;
    result.periodLoss = static_cast<double>(period);
    // 1 − (1 − P)^{365/R} through log1p/expm1: the naive form loses the 4th digit (§5).
    result.annualLoss = static_cast<double>(-std::expm1(365.0L / days * std::log1p(-period)));
    result.durability = static_cast<double>(std::exp(365.0L / days * std::log1p(-period)));
    return result;
}

Result<double> RecoveryModels::noUsableBackup(double q, int kept, double common)
{
    if (!probability(q) || !probability(common))
        return Error{Error::Code::Invalid, tr("Probabilities must be between 0 and 1.")};
    if (kept < 0)
        return Error{Error::Code::Invalid, tr("The number of kept backups must be 0 or more.")};
    return common + (1 - common) * std::pow(q, kept);
}

Result<RpoResult> RecoveryModels::rpo(double interval, double window, double q, int kept)
{
    if (!positive(interval))
        return Error{Error::Code::Invalid, tr("--interval-hours must be above 0.")};
    if (!(window >= 0) || !std::isfinite(window))
        return Error{Error::Code::Invalid, tr("--window-hours must be 0 or more.")};
    if (!probability(q) || q >= 1)
        return Error{Error::Code::Invalid, tr("--bad-backup-prob must be at least 0 and below 1.")};
    if (kept < 1)
        return Error{Error::Code::Invalid, tr("--keep must be 1 or more.")};
    // E[J | at least one of the K newest is usable], J = unusable newest points.
    long double weighted = 0;
    long double mass = 0;
    for (int j = 0; j < kept; ++j) {
        const long double pj = std::pow(static_cast<long double>(q), j) * (1 - q);
        weighted += j * pj;
        mass += pj;
    }
    RpoResult result;
    result.expectedHours = window + interval / 2 + interval * static_cast<double>(mass > 0 ? weighted / mass : 0);
    result.worstHours = window + interval * (q > 0 ? kept : 1);
    return result;
}

Result<double> RecoveryModels::rtoHours(double bytes, double pathGbps, double efficiency, int streams, double perStreamGbps)
{
    if (!(bytes >= 0) || !std::isfinite(bytes))
        return Error{Error::Code::Invalid, tr("--bytes must be 0 or more.")};
    if (!positive(pathGbps))
        return Error{Error::Code::Invalid, tr("--bandwidth-gbps must be above 0.")};
    if (!positive(efficiency) || efficiency > 1)
        return Error{Error::Code::Invalid, tr("--efficiency must be above 0 and at most 1.")};
    if (streams < 1)
        return Error{Error::Code::Invalid, tr("--streams must be 1 or more.")};
    if (!(perStreamGbps >= 0) || !std::isfinite(perStreamGbps))
        return Error{Error::Code::Invalid, tr("--stream-gbps must be 0 or more.")};
    double gbps = pathGbps;
    if (perStreamGbps > 0)
        gbps = std::min(gbps, streams * perStreamGbps);
    const double bytesPerSecond = efficiency * gbps * 1e9 / 8;
    return bytes / bytesPerSecond / 3600.0;
}

Result<double> RecoveryModels::meanDetectionDelay(double interval, double d)
{
    if (!positive(interval))
        return Error{Error::Code::Invalid, tr("The check interval must be above 0.")};
    if (!positive(d) || d > 1)
        return Error{Error::Code::Invalid, tr("--detect-prob must be above 0 and at most 1.")};
    return interval * (1 / d - 0.5);
}

Result<double> RecoveryModels::detectedWithin(double interval, double d, double within)
{
    if (!positive(interval))
        return Error{Error::Code::Invalid, tr("The check interval must be above 0.")};
    if (!positive(d) || d > 1)
        return Error{Error::Code::Invalid, tr("--detect-prob must be above 0 and at most 1.")};
    if (!(within >= 0) || !std::isfinite(within))
        return Error{Error::Code::Invalid, tr("--within-minutes must be 0 or more.")};
    const double checks = std::floor(within / interval);
    const double fraction = within / interval - checks;
    return 1 - std::pow(1 - d, checks) * (1 - fraction * d);
}

} // namespace lifeboat::model
