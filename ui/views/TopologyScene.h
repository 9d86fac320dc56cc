// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QGraphicsScene>
#include <QPalette>
#include <QHash>
#include <QSet>

namespace lifeboat::plan {
struct Plan;
}

namespace lifeboat::ui {

class TopologyDomainBox;

// The failure-domain tree of a plan drawn as nested boxes (sites hold racks, racks hold
// nodes, any depth), each node with a mark per dataset copy on it (a dot) and per dataset
// backed up to a repository on it (a square), one colour per dataset. A domain whose outage
// would lose a dataset for good has a red border; the domain of a "fail this domain"
// what-if is shaded. Built from plain plan values; it decides nothing itself.
class TopologyScene : public QGraphicsScene {
    Q_OBJECT
public:
    enum ItemRole { KindRole = 0, IdRole = 1 };   // QGraphicsItem::data keys
    enum Kind { DomainKind = 1, NodeKind = 2, MarkKind = 3 };

    explicit TopologyScene(QObject* parent = nullptr);

    struct Highlights {
        QHash<QString, QStringList> lostForGood;   // domain id → datasets its outage loses for good
        QString failedDomain;
        QString datasetFilter;                     // empty: every dataset
        QString tierFilter;                        // empty: every tier
    };
    // `palette`: the view's, so a dark system theme gives dark boxes (the view rebuilds on a change).
    void build(const plan::Plan& plan, const Highlights& highlights, const QPalette& palette);

    QColor colourOf(const QString& dataset) const { return m_colours.value(dataset); }
    QGraphicsItem* itemFor(const QString& id) const { return m_items.value(id); }
    int nodeItems() const { return m_nodeItems; }
    // The view's scale (device pixels per scene unit): labels too small to read and marks
    // under a pixel are hidden, so they cost nothing in a frame (bench/topology).
    void setViewScale(double scale);
    bool labelsShown() const { return m_labelsShown; }
    bool compact() const { return m_compact; }   // nodes drawn by their domains, too small to drag

private:
    QHash<QString, QColor> m_colours;
    QHash<QString, QGraphicsItem*> m_items;
    int m_nodeItems = 0;
    QList<QGraphicsItem*> m_labels;
    QList<QGraphicsItem*> m_marks;
    bool m_labelsShown = true;
    bool m_marksShown = true;
    bool m_compact = false;
    QList<TopologyDomainBox*> m_domainBoxes;
    double m_scale = 1;
};

} // namespace lifeboat::ui
