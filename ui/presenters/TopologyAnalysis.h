// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/PlacementAdvice.h"

#include <QFutureWatcher>
#include <QHash>
#include <QObject>

#include <memory>
#include <vector>

namespace lifeboat::ui {

class PlanDocument;

// What the topology view marks: the placement advice of every dataset, and for every failure
// domain the datasets an outage of it would lose for good. Off the GUI thread, after each edit.
class TopologyAnalysis : public QObject {
    Q_OBJECT
public:
    explicit TopologyAnalysis(PlanDocument* document, QObject* parent = nullptr);
    ~TopologyAnalysis() override;

    const std::vector<model::PlacementAdvice>& advice() const { return m_advice; }
    const QHash<QString, QStringList>& lostForGood() const { return m_lostForGood; }

signals:
    void updated();

private:
    struct Result;
    void start();

    PlanDocument* m_document;
    quint64 m_revision = 0;
    bool m_again = false;
    QFutureWatcher<std::shared_ptr<Result>> m_watcher;
    std::vector<model::PlacementAdvice> m_advice;
    QHash<QString, QStringList> m_lostForGood;
};

} // namespace lifeboat::ui
