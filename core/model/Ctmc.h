// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <vector>

namespace lifeboat::model {

// A small continuous-time Markov chain with one absorbing state (data loss): the
// general route of shared/notes/models.md §1 for chains that are not birth–death
// (devices with different rates, per-device repair). Dense long-double arithmetic:
// the chains here have at most a few hundred states.
class Ctmc {
public:
    using Real = long double;

    explicit Ctmc(int transientStates);
    int transientStates() const { return m_transient; }
    int absorbing() const { return m_transient; }
    // A transition at `rate` per unit time; `to` may be absorbing(), and then `cause`
    // (≥ 0) names why, for absorptionShares().
    void addRate(int from, int to, Real rate, int cause = -1);

    // Expected time to absorption from `from`: (−Q_T)·t = 1 by Gaussian elimination
    // with partial pivoting.
    Real meanTimeToAbsorption(int from) const;
    // P(absorbed by time t | start in `from`): the absorbing entry of exp(Q·t), by
    // scaling and squaring of the uniformized, non-negative matrix Q + cI, so that tiny
    // probabilities keep their relative accuracy (no cancellation of 1 − something).
    Real absorbedBy(int from, Real t) const;
    // Expected time spent in each transient state before absorption, starting in `from`
    // (a row of the fundamental matrix (−Q_T)^−1): its sum is the mean time to absorption.
    std::vector<Real> occupancy(int from) const;
    // P(absorbed through each cause | start in `from`), indexed by cause, from occupancy().
    std::vector<Real> absorptionShares(const std::vector<Real>& occupancy, int causes) const;

private:
    int m_transient = 0;
    std::vector<std::vector<Real>> m_q;   // (transient + 1)², last row all zero
    struct Tagged {
        int from;
        int cause;
        Real rate;
    };
    std::vector<Tagged> m_tagged;
};

} // namespace lifeboat::model
