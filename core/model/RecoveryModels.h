// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/util/Result.h"

#include <QCoreApplication>

namespace lifeboat::model {

// Backblaze's fixed-window binomial model (github.com/Backblaze/erasure-coding-durability,
// calculation.ipynb): a stripe of S = D + P shards, annual shard failure rate A, shards
// replaced within R days. Per R-day period p = 1 − e^{−A·R/365}; the stripe is lost when
// more than P shards fail in the same period; periods are independent. About (P+1)× more
// optimistic than the continuous-time chain (failures straddling a period boundary never
// combine): labelled "fixed-window binomial (Backblaze)" wherever it is shown.
struct FixedWindowResult {
    double periodLoss = 0;
    double annualLoss = 0;
    double durability = 0;       // 1 − annualLoss
};

struct RpoResult {
    double expectedHours = 0;
    double worstHours = 0;
};

class RecoveryModels {
    Q_DECLARE_TR_FUNCTIONS(RecoveryModels)
public:
    static Result<FixedWindowResult> fixedWindow(int dataShards, int parityShards, double annualShardFailureRate, double replacementDays);

    // K retained backups, each unusable with probability q independently, plus a common
    // cause (same target, credentials, software) that makes all unusable with probability
    // pCommon: P(no usable backup) = p_cm + (1 − p_cm)·q^K (shared/notes/models.md §6).
    static Result<double> noUsableBackup(double badBackupProbability, int kept, double commonCause);

    // Backups every I hours, each usable W hours after its start; a failure at a uniformly
    // random time: the newest usable point is W + U·I old, U uniform on [0,1], so
    // E = W + I/2, worst = W + I. With each backup bad with probability q (K kept), the
    // J newest may be unusable (truncated geometric): E += I·E[J], worst = W + K·I
    // (shared/notes/models.md §8).
    static Result<RpoResult> rpo(double intervalHours, double windowHours, double badBackupProbability = 0, int kept = 1);

    // Restore time: bytes / B_eff with B_eff = efficiency × min(streams × per-stream
    // bandwidth, path bandwidth) (§9). perStreamGbps 0: the path is the only limit.
    static Result<double> rtoHours(double bytes, double pathGbps, double efficiency = 1, int streams = 1, double perStreamGbps = 0);

    // Periodic checks every T, uniform phase, each detecting an existing fault with
    // probability d (§7): E[delay] = T(1/d − 1/2); P(detected within t) =
    // 1 − (1−d)^{n₀}(1 − f·d), n₀ = ⌊t/T⌋, f = t/T − n₀.
    static Result<double> meanDetectionDelay(double interval, double detectProbability);
    static Result<double> detectedWithin(double interval, double detectProbability, double within);
};

} // namespace lifeboat::model
