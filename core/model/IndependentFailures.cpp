// SPDX-License-Identifier: GPL-3.0-or-later
#include "IndependentFailures.h"

#include <cmath>
#include <vector>

namespace lifeboat::model {
namespace {

using Real = long double;
using Matrix = std::vector<std::vector<Real>>;

Real failureRateIn(const RedundancyGroup& g, int state) { return static_cast<Real>(g.devices - state) * g.failureRate; }

Real repairRateIn(const RedundancyGroup& g, int state)
{
    if (state == 0)
        return 0;
    return g.repair == RepairMode::Parallel ? static_cast<Real>(state) * g.repairRate : static_cast<Real>(g.repairRate);
}

// The full generator over states 0..m+1 (m+1 absorbing).
Matrix generator(const RedundancyGroup& g)
{
    const int size = g.tolerated + 2;
    Matrix q(static_cast<std::size_t>(size), std::vector<Real>(static_cast<std::size_t>(size), 0));
    for (int i = 0; i <= g.tolerated; ++i) {
        const Real up = failureRateIn(g, i);
        const Real down = repairRateIn(g, i);
        q[i][i + 1] = up;
        if (i > 0)
            q[i][i - 1] = down;
        q[i][i] = -(up + down);
    }
    return q;
}

Matrix multiply(const Matrix& a, const Matrix& b)
{
    const std::size_t n = a.size();
    Matrix c(n, std::vector<Real>(n, 0));
    for (std::size_t i = 0; i < n; ++i)
        for (std::size_t k = 0; k < n; ++k)
            if (a[i][k] != 0)
                for (std::size_t j = 0; j < n; ++j)
                    c[i][j] += a[i][k] * b[k][j];
    return c;
}

} // namespace

Status IndependentFailures::validate(const RedundancyGroup& g)
{
    if (g.devices < 1 || g.devices > 1000)
        return Error{Error::Code::Invalid, tr("The group must have 1 to 1000 devices (got %1).").arg(g.devices)};
    if (g.tolerated < 0 || g.tolerated >= g.devices)
        return Error{Error::Code::Invalid, tr("A group of %1 devices can tolerate 0 to %2 failures (got %3).").arg(g.devices).arg(g.devices - 1).arg(g.tolerated)};
    if (!(g.failureRate > 0) || !std::isfinite(g.failureRate))
        return Error{Error::Code::Invalid, tr("The failure rate must be a positive number.")};
    if (!(g.repairRate > 0) || !std::isfinite(g.repairRate))
        return Error{Error::Code::Invalid, tr("The repair rate must be a positive number (the repair time must be above zero).")};
    if (g.repair != RepairMode::Parallel && g.repair != RepairMode::OneAtATime)
        return Error{Error::Code::Invalid, tr("The repair mode must be parallel or one at a time.")};
    return success();
}

Result<double> IndependentFailures::mttdl(const RedundancyGroup& g)
{
    if (auto valid = validate(g); !valid)
        return valid.error();
    Real total = 0;
    for (int i = 0; i <= g.tolerated; ++i) {
        for (int j = 0; j <= i; ++j) {
            Real term = 1 / failureRateIn(g, i);
            for (int k = j + 1; k <= i; ++k)
                term *= repairRateIn(g, k) / failureRateIn(g, k - 1);
            total += term;
        }
    }
    return static_cast<double>(total);
}

Result<double> IndependentFailures::mttdlBySolve(const RedundancyGroup& g)
{
    if (auto valid = validate(g); !valid)
        return valid.error();
    const Matrix q = generator(g);
    const std::size_t n = static_cast<std::size_t>(g.tolerated) + 1;   // transient states
    // (−Q_T) t = 1 by Gaussian elimination with partial pivoting.
    Matrix a(n, std::vector<Real>(n + 1, 0));
    for (std::size_t i = 0; i < n; ++i) {
        for (std::size_t j = 0; j < n; ++j)
            a[i][j] = -q[i][j];
        a[i][n] = 1;
    }
    for (std::size_t col = 0; col < n; ++col) {
        std::size_t pivot = col;
        for (std::size_t r = col + 1; r < n; ++r)
            if (std::fabs(a[r][col]) > std::fabs(a[pivot][col]))
                pivot = r;
        std::swap(a[col], a[pivot]);
        for (std::size_t r = 0; r < n; ++r) {
            if (r == col || a[r][col] == 0)
                continue;
            const Real factor = a[r][col] / a[col][col];
            for (std::size_t c = col; c <= n; ++c)
                a[r][c] -= factor * a[col][c];
        }
    }
    return static_cast<double>(a[0][n] / a[0][0]);
}

Result<double> IndependentFailures::lossProbability(const RedundancyGroup& g, double mission)
{
    if (auto valid = validate(g); !valid)
        return valid.error();
    if (!(mission >= 0) || !std::isfinite(mission))
        return Error{Error::Code::Invalid, tr("The mission time must be zero or more.")};
    Matrix q = generator(g);
    const std::size_t n = q.size();
    Real c = 0;
    for (std::size_t i = 0; i < n; ++i)
        c = std::max(c, -q[i][i]);
    // exp(Q t) = e^{−ct} exp((Q + cI) t); with t scaled by 2^−s so that ct·2^−s ≤ 1/2, the
    // Taylor series of the non-negative Q + cI has only positive terms, then s squarings.
    int s = 0;
    Real h = static_cast<Real>(mission);
    while (c * h > 0.5L) {
        h /= 2;
        ++s;
    }
    Matrix a(n, std::vector<Real>(n, 0));
    for (std::size_t i = 0; i < n; ++i)
        for (std::size_t j = 0; j < n; ++j)
            a[i][j] = (q[i][j] + (i == j ? c : 0)) * h;
    Matrix sum(n, std::vector<Real>(n, 0));
    Matrix term(n, std::vector<Real>(n, 0));
    for (std::size_t i = 0; i < n; ++i)
        sum[i][i] = term[i][i] = 1;
    for (int k = 1; k <= 40; ++k) {
        term = multiply(term, a);
        for (auto& row : term)
            for (Real& x : row)
                x /= k;
        for (std::size_t i = 0; i < n; ++i)
            for (std::size_t j = 0; j < n; ++j)
                sum[i][j] += term[i][j];
    }
    const Real scale = std::exp(-c * h);
    for (auto& row : sum)
        for (Real& x : row)
            x *= scale;
    for (int k = 0; k < s; ++k)
        sum = multiply(sum, sum);
    return static_cast<double>(sum[0][n - 1]);
}

} // namespace lifeboat::model
