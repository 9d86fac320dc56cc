// SPDX-License-Identifier: GPL-3.0-or-later
#include "Ctmc.h"

#include <algorithm>
#include <cmath>

namespace lifeboat::model {
namespace {

using Matrix = std::vector<std::vector<Ctmc::Real>>;

// A square matrix of doubles in one block, row-major, for the matrix exponential.
struct Dense {
    explicit Dense(std::size_t size) : n(size), values(size * size, 0.0) {}
    double& at(std::size_t i, std::size_t j) { return values[i * n + j]; }
    double at(std::size_t i, std::size_t j) const { return values[i * n + j]; }
    Dense times(const Dense& b) const
    {
        Dense c(n);
        for (std::size_t i = 0; i < n; ++i)
            for (std::size_t k = 0; k < n; ++k) {
                const double x = at(i, k);
                if (x == 0)
                    continue;   // the early Taylor terms are sparse
                const double* row = &b.values[k * n];
                double* out = &c.values[i * n];
                for (std::size_t j = 0; j < n; ++j)
                    out[j] += x * row[j];
            }
        return c;
    }
    std::size_t n;
    std::vector<double> values;
};

// Solves the n × (n+1) augmented system by Gauss–Jordan elimination with partial pivoting.
std::vector<Ctmc::Real> solveAugmented(Matrix a)
{
    using Real = Ctmc::Real;
    const std::size_t n = a.size();
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
    std::vector<Real> x(n);
    for (std::size_t i = 0; i < n; ++i)
        x[i] = a[i][n] / a[i][i];
    return x;
}

} // namespace

Ctmc::Ctmc(int transientStates)
    : m_transient(transientStates)
    , m_q(static_cast<std::size_t>(transientStates) + 1, std::vector<Real>(static_cast<std::size_t>(transientStates) + 1, 0))
{
}

void Ctmc::addRate(int from, int to, Real rate, int cause)
{
    if (from == to || rate == 0)
        return;
    m_q[from][to] += rate;
    m_q[from][from] -= rate;
    if (to == m_transient && cause >= 0)
        m_tagged.push_back({from, cause, rate});
}

std::vector<Ctmc::Real> Ctmc::occupancy(int from) const
{
    // y (−Q_T) = e_from, i.e. (−Q_T)^T yᵀ = e_fromᵀ, by Gaussian elimination with pivoting.
    const auto n = static_cast<std::size_t>(m_transient);
    Matrix a(n, std::vector<Real>(n + 1, 0));
    for (std::size_t i = 0; i < n; ++i) {
        for (std::size_t j = 0; j < n; ++j)
            a[i][j] = -m_q[j][i];
        a[i][n] = i == static_cast<std::size_t>(from) ? 1 : 0;
    }
    return solveAugmented(std::move(a));
}

std::vector<Ctmc::Real> Ctmc::absorptionShares(const std::vector<Real>& occupancy, int causes) const
{
    std::vector<Real> shares(static_cast<std::size_t>(std::max(causes, 0)), 0);
    for (const Tagged& t : m_tagged)
        if (t.cause < causes)
            shares[static_cast<std::size_t>(t.cause)] += occupancy[static_cast<std::size_t>(t.from)] * t.rate;
    return shares;
}

Ctmc::Real Ctmc::meanTimeToAbsorption(int from) const
{
    // (−Q_T) t = 1.
    const auto n = static_cast<std::size_t>(m_transient);
    Matrix a(n, std::vector<Real>(n + 1, 0));
    for (std::size_t i = 0; i < n; ++i) {
        for (std::size_t j = 0; j < n; ++j)
            a[i][j] = -m_q[i][j];
        a[i][n] = 1;
    }
    return solveAugmented(std::move(a))[static_cast<std::size_t>(from)];
}

Ctmc::Real Ctmc::absorbedBy(int from, Real t) const
{
    const std::size_t n = m_q.size();
    Real c = 0;
    for (std::size_t i = 0; i < n; ++i)
        c = std::max(c, -m_q[i][i]);
    // exp(Q t) = e^{−ct} exp((Q + cI) t); with t scaled by 2^−s so that ct·2^−s ≤ 1/2 the
    // Taylor series has only non-negative terms (18 of them reach 1e-19 relative), then s
    // squarings. Everything stays non-negative, so there is no cancellation and doubles
    // keep tiny probabilities to ~1e-14 relative; they are also several times faster than
    // long double, which matters because the console recomputes this on every what-if.
    int s = 0;
    Real h = t;
    while (c * h > 0.5L) {
        h /= 2;
        ++s;
    }
    Dense a(n);
    for (std::size_t i = 0; i < n; ++i)
        for (std::size_t j = 0; j < n; ++j)
            a.at(i, j) = static_cast<double>((m_q[i][j] + (i == j ? c : 0)) * h);
    Dense sum(n);
    Dense term(n);
    for (std::size_t i = 0; i < n; ++i)
        sum.at(i, i) = term.at(i, i) = 1;
    for (int k = 1; k <= 18; ++k) {
        term = term.times(a);
        for (double& x : term.values)
            x /= k;
        for (std::size_t i = 0; i < sum.values.size(); ++i)
            sum.values[i] += term.values[i];
    }
    const double scale = static_cast<double>(std::exp(-c * h));
    for (double& x : sum.values)
        x *= scale;
    for (int k = 0; k < s; ++k)
        sum = sum.times(sum);
    return sum.at(static_cast<std::size_t>(from), n - 1);
}

} // namespace lifeboat::model
