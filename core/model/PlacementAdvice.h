// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/plan/Plan.h"

#include <QCoreApplication>
#include <QStringList>

#include <vector>

namespace lifeboat::model {

// Where a dataset's copies crowd one failure domain, in words an operator can act on:
// "2 of 3 copies of `ckpt` are in rack `dc1/r3`; move one to a rack with none, e.g. `dc2/r1`."
// A copy is what can give the whole dataset back on its own: each replica, the shard set as
// one unit, each repository its policies back it up to.
struct PlacementAdvice {
    QString dataset;
    QString domain;          // where copies crowd
    QString level;           // its level ("rack", "site")
    int copiesThere = 0;
    int copies = 0;
    QString suggestion;      // a domain of the same level that holds none, empty when there is none
    bool single = false;     // every copy is there: one outage of it loses the dataset
    QString sentence;
};

class Placement {
    Q_DECLARE_TR_FUNCTIONS(PlacementAdvice)
public:
    static std::vector<PlacementAdvice> advise(const plan::Plan& plan);
    // The datasets an outage of this set of nodes would lose for good: no replica left (or a
    // shard gone) and no repository of theirs outside it. Cheap (no risk model): the
    // topology view asks it for every domain.
    static QStringList lostForGood(const plan::Plan& plan, const QStringList& nodesDown);
};

} // namespace lifeboat::model
