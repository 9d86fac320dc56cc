// SPDX-License-Identifier: GPL-3.0-or-later
#include "TopologyScene.h"

#include "core/plan/Plan.h"

#include <QBrush>
#include <QCursor>
#include <QFont>
#include <QGraphicsRectItem>
#include <QGraphicsSimpleTextItem>
#include <QPainter>
#include <QPalette>
#include <QStyleOptionGraphicsItem>
#include <QPen>

#include <cmath>
#include <functional>
#include <type_traits>

namespace lifeboat::ui {
namespace {

constexpr double kNodeWidth = 104;
constexpr double kNodeHeight = 36;
constexpr double kPadding = 8;
constexpr double kTitle = 18;
constexpr double kMark = 8;

const QColor kPalette[] = {QColor(0x1f, 0x77, 0xb4), QColor(0xff, 0x7f, 0x0e), QColor(0x2c, 0xa0, 0x2c), QColor(0xd6, 0x27, 0x28), QColor(0x94, 0x67, 0xbd),
                           QColor(0x8c, 0x56, 0x4b), QColor(0xe3, 0x77, 0xc2), QColor(0x7f, 0x7f, 0x7f), QColor(0xbc, 0xbd, 0x22), QColor(0x17, 0xbe, 0xcf)};

// How many device pixels one scene unit is while painting.
double screenScale(const QPainter* painter)
{
    return QStyleOptionGraphicsItem::levelOfDetailFromTransform(painter->worldTransform());
}

// Zoomed out over thousands of nodes, a label is a few pixels high and a mark a speck; drawing
// them anyway was most of a frame (bench/topology). So each item draws what can be seen: no
// label under 6 px, a mark under 3 px as a plain square, boxes without antialiasing when small.
class LodText : public QGraphicsSimpleTextItem {
public:
    using QGraphicsSimpleTextItem::QGraphicsSimpleTextItem;
    void paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget* widget) override
    {
        if (screenScale(painter) * boundingRect().height() >= 6)
            QGraphicsSimpleTextItem::paint(painter, option, widget);
    }
};

template <class Shape>
class LodShape : public Shape {
public:
    using Shape::Shape;
    void paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget* widget) override
    {
        constexpr bool box = std::is_same_v<Shape, QGraphicsRectItem>;
        const double pixels = screenScale(painter) * this->rect().width();
        // Under 3 px a dot and a square look the same: a plain fill.
        if (pixels < 3) {
            if (pixels >= 1)   // under a pixel it would only smear its parent's colour
                painter->fillRect(this->rect(), this->pen().style() == Qt::NoPen ? this->brush() : QBrush(this->pen().color()));
            return;
        }
        // A small box with a thin outline: two fills read the same as a stroked rectangle
        // and cost a fraction. (Never a dot: the legend tells copies by their round shape.)
        if (box && pixels < 16 && this->pen().style() != Qt::NoPen && this->pen().widthF() <= 1) {
            painter->fillRect(this->rect(), this->pen().color());
            const double inset = 1 / screenScale(painter);   // one device pixel of outline
            painter->fillRect(this->rect().adjusted(inset, inset, -inset, -inset), this->brush());
            return;
        }
        // The view does not save the painter's state per item (DontSavePainterState): restore it.
        const bool antialiased = painter->testRenderHint(QPainter::Antialiasing);
        if (box && pixels < 40)   // axis-aligned boxes gain nothing from antialiasing
            painter->setRenderHint(QPainter::Antialiasing, false);
        Shape::paint(painter, option, widget);
        painter->setRenderHint(QPainter::Antialiasing, antialiased);
    }
};
using LodRect = LodShape<QGraphicsRectItem>;
using LodEllipse = LodShape<QGraphicsEllipseItem>;

} // namespace

// A domain's box. Zoomed far out, its nodes are a few pixels each: then they are hidden and
// the domain draws them itself as plain squares, one item instead of hundreds to visit per
// frame (the fitted view of 5,000 nodes went from 23 ms to 12 ms a frame, bench/topology).
class TopologyDomainBox : public LodRect {
public:
    using LodRect::LodRect;
    void setCompact(bool compact)
    {
        if (compact == m_compact)
            return;
        m_compact = compact;
        for (QGraphicsItem* n : std::as_const(m_nodes))
            n->setVisible(!compact);
        update();
    }
    void addNode(QGraphicsRectItem* node) { m_nodes << node; }
    void paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget* widget) override
    {
        LodRect::paint(painter, option, widget);
        if (!m_compact)
            return;
        for (const QGraphicsRectItem* n : std::as_const(m_nodes)) {
            QColor fill = n->brush().color();
            QColor edge = n->pen().color();
            fill.setAlphaF(fill.alphaF() * n->opacity());
            edge.setAlphaF(edge.alphaF() * n->opacity());
            const QRectF r = n->mapRectToParent(n->rect());
            painter->fillRect(r, edge);
            const double inset = 1 / screenScale(painter);
            painter->fillRect(r.adjusted(inset, inset, -inset, -inset), fill);
        }
    }

private:
    QList<QGraphicsRectItem*> m_nodes;
    bool m_compact = false;
};

namespace {

} // namespace

TopologyScene::TopologyScene(QObject* parent) : QGraphicsScene(parent) {}

void TopologyScene::setViewScale(double scale)
{
    m_scale = scale;
    // Node labels are about 14 units high; marks kMark wide.
    const bool labels = scale * 14 >= 6;
    const bool marks = scale * kMark >= 1;
    if (labels != m_labelsShown) {
        m_labelsShown = labels;
        for (QGraphicsItem* i : std::as_const(m_labels))
            i->setVisible(labels);
    }
    if (marks != m_marksShown) {
        m_marksShown = marks;
        for (QGraphicsItem* i : std::as_const(m_marks))
            i->setVisible(marks);
    }
    const bool compact = scale * kNodeWidth < 12;
    if (compact != m_compact) {
        m_compact = compact;
        for (TopologyDomainBox* d : std::as_const(m_domainBoxes))
            d->setCompact(compact);
    }
}

void TopologyScene::build(const plan::Plan& plan, const Highlights& h, const QPalette& palette)
{
    clear();
    m_items.clear();
    m_labels.clear();
    m_marks.clear();
    m_domainBoxes.clear();
    m_compact = false;
    m_labelsShown = true;
    m_marksShown = true;
    m_colours.clear();
    m_nodeItems = 0;
    for (std::size_t i = 0; i < plan.datasets.size(); ++i)
        m_colours.insert(plan.datasets[i].name, kPalette[i % std::size(kPalette)]);

    // What sits where: copies by node, backups by the node of their repository.
    QHash<QString, QStringList> copiesOn;
    QHash<QString, QStringList> backupsOn;
    QHash<QString, QString> tierOf;
    QHash<QString, QString> repositoryNode;
    for (const plan::Repository& r : plan.repositories)
        repositoryNode.insert(r.name, r.node);
    for (const plan::Dataset& d : plan.datasets) {
        tierOf.insert(d.name, d.tier);
        for (const plan::DatasetLocation& l : d.locations)
            if (!copiesOn[l.node].contains(d.name))
                copiesOn[l.node] << d.name;
    }
    for (const plan::Policy& p : plan.policies)
        for (const QString& r : p.repositories)
            if (repositoryNode.contains(r) && !backupsOn[repositoryNode.value(r)].contains(p.dataset))
                backupsOn[repositoryNode.value(r)] << p.dataset;
    const auto shown = [&](const QString& dataset) {
        return (h.datasetFilter.isEmpty() || dataset == h.datasetFilter) && (h.tierFilter.isEmpty() || tierOf.value(dataset) == h.tierFilter);
    };

    // Children of each domain (domains, then nodes); domains whose parent is unknown are roots.
    QSet<QString> domainIds;
    for (const plan::FailureDomain& d : plan.domains)
        domainIds.insert(d.id);
    QHash<QString, QStringList> childDomains;
    QHash<QString, std::vector<const plan::Node*>> childNodes;
    QStringList roots;
    for (const plan::FailureDomain& d : plan.domains) {
        if (d.parent.isEmpty() || !domainIds.contains(d.parent) || d.parent == d.id)
            roots << d.id;
        else
            childDomains[d.parent] << d.id;
    }
    std::vector<const plan::Node*> orphans;
    for (const plan::Node& n : plan.nodes) {
        if (domainIds.contains(n.domain))
            childNodes[n.domain].push_back(&n);
        else
            orphans.push_back(&n);
    }
    QHash<QString, const plan::FailureDomain*> domainById;
    for (const plan::FailureDomain& d : plan.domains)
        domainById.insert(d.id, &d);

    const auto nodeItem = [&](const plan::Node& n, TopologyDomainBox* parent, QPointF at) {
        auto* box = new LodRect(0, 0, kNodeWidth, kNodeHeight, parent);
        parent->addNode(box);
        box->setPos(at);
        box->setData(KindRole, NodeKind);
        box->setData(IdRole, n.name);
        box->setFlag(QGraphicsItem::ItemIsMovable);   // drag it to another rack: the view asks the plan to move it
        box->setCursor(Qt::OpenHandCursor);
        const QStringList copies = copiesOn.value(n.name);
        const QStringList backups = backupsOn.value(n.name);
        const bool relevant = std::any_of(copies.begin(), copies.end(), shown) || std::any_of(backups.begin(), backups.end(), shown);
        const bool filtering = !h.datasetFilter.isEmpty() || !h.tierFilter.isEmpty();
        box->setBrush(palette.base());
        box->setPen(QPen(palette.mid().color(), 1));
        box->setOpacity(filtering && !relevant ? 0.35 : 1.0);
        auto* label = new LodText(n.name, box);
        label->setPos(4, 2);
        m_labels << label;
        QStringList tip{tr("Node %1 (%2)").arg(n.name, n.role)};
        if (!copies.isEmpty())
            tip << tr("Copies: %1").arg(copies.join(QStringLiteral(", ")));
        if (!backups.isEmpty())
            tip << tr("Backups of: %1").arg(backups.join(QStringLiteral(", ")));
        box->setToolTip(tip.join(QLatin1Char('\n')));
        double x = 4;
        const auto mark = [&](const QString& dataset, bool backup) {
            if (!shown(dataset) || x + kMark > kNodeWidth - 2)
                return;
            QAbstractGraphicsShapeItem* m = backup ? static_cast<QAbstractGraphicsShapeItem*>(new LodRect(0, 0, kMark, kMark, box))
                                                   : static_cast<QAbstractGraphicsShapeItem*>(new LodEllipse(0, 0, kMark, kMark, box));
            m->setPos(x, kNodeHeight - kMark - 4);
            m->setBrush(m_colours.value(dataset));
            m->setPen(Qt::NoPen);
            m->setData(KindRole, MarkKind);
            m->setData(IdRole, dataset);
            m->setToolTip(backup ? tr("Backup of %1").arg(dataset) : tr("Copy of %1").arg(dataset));
            m_marks << m;
            x += kMark + 3;
        };
        for (const QString& d : copies)
            mark(d, false);
        for (const QString& d : backups)
            mark(d, true);
        m_items.insert(n.name, box);
        ++m_nodeItems;
        return QSizeF(kNodeWidth, kNodeHeight);
    };

    // Bottom-up sizes, then positions: children flow in rows of about √n.
    std::function<QSizeF(const QString&, QGraphicsItem*, QPointF, int)> domainItem = [&](const QString& id, QGraphicsItem* parent, QPointF at, int depth) -> QSizeF {
        const plan::FailureDomain* d = domainById.value(id);
        auto* box = new TopologyDomainBox(parent);
        m_domainBoxes << box;
        if (!parent)
            addItem(box);
        box->setPos(at);
        box->setData(KindRole, DomainKind);
        box->setData(IdRole, id);
        m_items.insert(id, box);
        auto* title = new LodText(QStringLiteral("%1  (%2)").arg(id, plan::domainLevelLabel(d->level)), box);
        QFont bold = title->font();
        bold.setBold(true);
        title->setFont(bold);
        title->setPos(kPadding, 2);
        const QStringList kids = depth < 32 ? childDomains.value(id) : QStringList();   // a cycle stops here
        const auto& nodes = childNodes.value(id);
        const int count = static_cast<int>(kids.size() + static_cast<qsizetype>(nodes.size()));
        const int columns = std::max(1, static_cast<int>(std::ceil(std::sqrt(static_cast<double>(count)))));
        double x = kPadding;
        double y = kTitle + kPadding;
        double rowHeight = 0;
        double width = kPadding;
        int inRow = 0;
        const auto place = [&](const std::function<QSizeF(QPointF)>& draw) {
            if (inRow == columns) {
                x = kPadding;
                y += rowHeight + kPadding;
                rowHeight = 0;
                inRow = 0;
            }
            const QSizeF s = draw(QPointF(x, y));
            x += s.width() + kPadding;
            width = std::max(width, x);
            rowHeight = std::max(rowHeight, s.height());
            ++inRow;
        };
        for (const QString& k : kids)
            place([&](QPointF p) { return domainItem(k, box, p, depth + 1); });
        for (const plan::Node* n : nodes)
            place([&](QPointF p) { return nodeItem(*n, box, p); });
        const QSizeF size(std::max(width, title->boundingRect().width() + 2 * kPadding), y + rowHeight + kPadding);
        box->setRect(0, 0, size.width(), size.height());
        const QStringList lost = h.lostForGood.value(id);
        QColor fill = palette.alternateBase().color();
        if (depth % 2 == 1)
            fill = palette.window().color();
        if (id == h.failedDomain)
            fill = QColor(0xd6, 0x27, 0x28, 70);
        box->setBrush(fill);
        box->setPen(lost.isEmpty() ? QPen(palette.mid().color(), 1) : QPen(QColor(0xd6, 0x27, 0x28), 2.5));
        QStringList tip{tr("%1 %2").arg(plan::domainLevelLabel(d->level), id)};
        if (!lost.isEmpty())
            tip << tr("An outage of it loses for good: %1").arg(lost.join(QStringLiteral(", ")));
        box->setToolTip(tip.join(QLatin1Char('\n')));
        box->setZValue(depth);
        return size;
    };

    double x = 0;
    for (const QString& r : roots) {
        const QSizeF s = domainItem(r, nullptr, QPointF(x, 0), 0);
        x += s.width() + 3 * kPadding;
    }
    if (!orphans.empty()) {
        auto* box = new TopologyDomainBox;
        m_domainBoxes << box;
        addItem(box);
        box->setPos(x, 0);
        auto* title = new LodText(tr("nodes in no known domain"), box);
        title->setPos(kPadding, 2);
        double y = kTitle + kPadding;
        for (const plan::Node* n : orphans) {
            nodeItem(*n, box, QPointF(kPadding, y));
            y += kNodeHeight + kPadding;
        }
        box->setRect(0, 0, kNodeWidth + 2 * kPadding, y);
        box->setPen(QPen(palette.mid().color(), 1, Qt::DashLine));
    }
    setSceneRect(itemsBoundingRect().adjusted(-20, -20, 20, 20));
    setViewScale(m_scale);   // the view keeps its zoom across a rebuild
}

} // namespace lifeboat::ui
