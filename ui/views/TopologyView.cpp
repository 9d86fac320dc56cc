// SPDX-License-Identifier: GPL-3.0-or-later
#include "TopologyView.h"

#include "DomainFailurePanel.h"
#include "TopologyScene.h"
#include "ui/PlanDocument.h"
#include "ui/presenters/PlanAnalysis.h"
#include "ui/presenters/TopologyAnalysis.h"

#include <QComboBox>
#include <QContextMenuEvent>
#include <QGraphicsItem>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QMouseEvent>
#include <QPixmap>
#include <QPushButton>
#include <QSplitter>
#include <QVBoxLayout>
#include <QWheelEvent>

namespace lifeboat::ui {

void TopologyGraphicsView::zoomBy(double factor)
{
    const double current = transform().m11();
    if ((factor > 1 && current > 8) || (factor < 1 && current < 0.02))
        return;
    scale(factor, factor);
    updateDetail();
}

void TopologyGraphicsView::updateDetail()
{
    if (auto* topology = qobject_cast<TopologyScene*>(scene()))
        topology->setViewScale(transform().m11());
}

void TopologyGraphicsView::fit()
{
    if (scene())
        fitInView(scene()->sceneRect(), Qt::KeepAspectRatio);
    updateDetail();
}

void TopologyGraphicsView::wheelEvent(QWheelEvent* event)
{
    zoomBy(event->angleDelta().y() > 0 ? 1.15 : 1 / 1.15);
    event->accept();
}

void TopologyGraphicsView::keyPressEvent(QKeyEvent* event)
{
    if (event->key() == Qt::Key_Plus || event->key() == Qt::Key_Equal)
        zoomBy(1.25);
    else if (event->key() == Qt::Key_Minus)
        zoomBy(1 / 1.25);
    else if (event->key() == Qt::Key_0)
        fit();
    else
        QGraphicsView::keyPressEvent(event);
}

void TopologyGraphicsView::mousePressEvent(QMouseEvent* event)
{
    m_dragged = nullptr;
    if (event->button() == Qt::LeftButton)
        for (QGraphicsItem* item : items(event->pos()))
            if (item->data(TopologyScene::KindRole).toInt() == TopologyScene::NodeKind) {
                m_dragged = item;
                m_draggedFrom = item->pos();
                break;
            }
    QGraphicsView::mousePressEvent(event);
}

void TopologyGraphicsView::mouseReleaseEvent(QMouseEvent* event)
{
    QGraphicsView::mouseReleaseEvent(event);
    QGraphicsItem* node = std::exchange(m_dragged, nullptr);
    if (!node || node->pos() == m_draggedFrom)
        return;   // a click, not a drag
    QString domain;
    for (QGraphicsItem* item : items(event->pos()))
        if (item != node && !node->isAncestorOf(item) && item->data(TopologyScene::KindRole).toInt() == TopologyScene::DomainKind) {
            domain = item->data(TopologyScene::IdRole).toString();   // the innermost, drawn on top
            break;
        }
    emit nodeDropped(node->data(TopologyScene::IdRole).toString(), domain);
}

void TopologyGraphicsView::contextMenuEvent(QContextMenuEvent* event)
{
    // The innermost domain under the pointer.
    for (QGraphicsItem* item : items(event->pos()))
        if (item->data(TopologyScene::KindRole).toInt() == TopologyScene::DomainKind) {
            emit domainContextMenu(item->data(TopologyScene::IdRole).toString(), event->globalPos());
            return;
        }
}

TopologyView::TopologyView(PlanDocument* document, PlanAnalysis* analysis, QWidget* parent)
    : QWidget(parent), m_document(document), m_analysis(analysis), m_topology(new TopologyAnalysis(document, this)), m_scene(new TopologyScene(this)),
      m_view(new TopologyGraphicsView(m_scene, this)), m_dataset(new QComboBox(this)), m_tier(new QComboBox(this)), m_advice(new QListWidget(this)),
      m_legend(new QListWidget(this)), m_failure(new DomainFailurePanel(analysis, this))
{
    m_view->setObjectName(QStringLiteral("topologyGraphicsView"));
    m_view->setDragMode(QGraphicsView::ScrollHandDrag);
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setViewportUpdateMode(QGraphicsView::SmartViewportUpdate);
    // Every item restores what it changes; saving the painter around each of 10,000 items
    // is a measurable share of a frame (bench/topology).
    m_view->setOptimizationFlags(QGraphicsView::DontSavePainterState | QGraphicsView::DontAdjustForAntialiasing);
    m_view->setTransformationAnchor(QGraphicsView::AnchorUnderMouse);
    m_view->setToolTip(tr("Drag to pan, wheel or +/− to zoom, 0 to fit; right-click a domain to fail it"));
    m_dataset->setObjectName(QStringLiteral("topologyDatasetComboBox"));
    m_tier->setObjectName(QStringLiteral("topologyTierComboBox"));
    m_advice->setObjectName(QStringLiteral("placementAdviceList"));
    m_advice->setWordWrap(true);
    m_legend->setObjectName(QStringLiteral("topologyLegendList"));
    auto* fit = new QPushButton(tr("Fit"), this);
    connect(fit, &QPushButton::clicked, m_view, &TopologyGraphicsView::fit);

    auto* top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("Dataset"), this));
    top->addWidget(m_dataset);
    top->addWidget(new QLabel(tr("Tier"), this));
    top->addWidget(m_tier);
    top->addWidget(fit);
    top->addStretch(1);
    top->addWidget(new QLabel(tr("● copy   ■ backup   red border: an outage of it loses a dataset for good"), this));

    auto* side = new QVBoxLayout;
    side->addWidget(new QLabel(tr("Placement advice"), this));
    side->addWidget(m_advice, 2);
    side->addWidget(new QLabel(tr("Datasets"), this));
    side->addWidget(m_legend, 1);
    auto* sideWidget = new QWidget(this);
    sideWidget->setLayout(side);
    sideWidget->setMaximumWidth(360);

    auto* split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_view);
    split->addWidget(m_failure);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    m_failure->setMinimumHeight(170);   // its table's rows, when a domain is failed
    auto* middle = new QHBoxLayout;
    middle->addWidget(split, 1);
    middle->addWidget(sideWidget);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addLayout(middle, 1);

    connect(m_view, &TopologyGraphicsView::domainContextMenu, this, [this](const QString& domain, const QPoint& at) {
        QMenu menu(this);
        menu.addAction(tr("What If %1 Fails").arg(domain), this, [this, domain] { m_analysis->setFailedDomain(domain); });
        if (!m_analysis->failedDomain().isEmpty())
            menu.addAction(tr("Back to Normal"), this, [this] { m_analysis->setFailedDomain(QString()); });
        menu.exec(at);
    });
    connect(m_view, &TopologyGraphicsView::nodeDropped, this, [this](const QString& node, const QString& domain) {
        if (!moveNode(node, domain))
            rebuild();   // dropped where it was, or over no domain: back to its place
    });
    connect(m_advice, &QListWidget::itemActivated, this, [this](QListWidgetItem* item) {
        if (QGraphicsItem* target = m_scene->itemFor(item->data(Qt::UserRole).toString())) {
            m_view->fitInView(target, Qt::KeepAspectRatio);
            m_view->updateDetail();
            m_scene->clearSelection();
        }
    });
    connect(m_dataset, &QComboBox::currentIndexChanged, this, &TopologyView::rebuild);
    connect(m_tier, &QComboBox::currentIndexChanged, this, &TopologyView::rebuild);
    connect(m_topology, &TopologyAnalysis::updated, this, &TopologyView::rebuild);
    connect(analysis, &PlanAnalysis::updated, this, &TopologyView::rebuild);   // the failed domain
    connect(document, &PlanDocument::loaded, this, [this] {
        m_fitted = false;
        fillFilters();
    });
    fillFilters();
}

bool TopologyView::moveNode(const QString& node, const QString& domain)
{
    if (domain.isEmpty())
        return false;
    const auto& nodes = m_document->plan().nodes;
    for (std::size_t i = 0; i < nodes.size(); ++i)
        if (nodes[i].name == node)
            return m_document->setNodeField(static_cast<int>(i), QStringLiteral("domain"), domain);
    return false;
}

void TopologyView::fillFilters()
{
    const QSignalBlocker a(m_dataset);
    const QSignalBlocker b(m_tier);
    m_dataset->clear();
    m_dataset->addItem(tr("All datasets"), QString());
    for (const plan::Dataset& d : m_document->plan().datasets)
        m_dataset->addItem(d.name, d.name);
    m_tier->clear();
    m_tier->addItem(tr("All tiers"), QString());
    for (const QString& t : plan::knownTiers())
        m_tier->addItem(plan::tierLabel(t), t);
}

void TopologyView::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::PaletteChange)
        rebuild();   // the boxes take the palette's colours: a switch to a dark theme follows
    QWidget::changeEvent(event);
}

void TopologyView::rebuild()
{
    TopologyScene::Highlights h;
    h.lostForGood = m_topology->lostForGood();
    h.failedDomain = m_analysis->failedDomain();
    h.datasetFilter = m_dataset->currentData().toString();
    h.tierFilter = m_tier->currentData().toString();
    m_scene->build(m_document->plan(), h, palette());
    m_advice->clear();
    for (const model::PlacementAdvice& a : m_topology->advice()) {
        if (!h.datasetFilter.isEmpty() && a.dataset != h.datasetFilter)
            continue;
        auto* item = new QListWidgetItem(a.sentence, m_advice);
        item->setData(Qt::UserRole, a.domain);
        item->setToolTip(tr("Enter or double-click to show %1").arg(a.domain));
        if (a.single)
            item->setForeground(QColor(0xd6, 0x27, 0x28));
    }
    if (m_advice->count() == 0)
        m_advice->addItem(tr("No dataset has two copies in one rack, or all its copies in one site."));
    m_legend->clear();
    for (const plan::Dataset& d : m_document->plan().datasets) {
        QPixmap swatch(12, 12);
        swatch.fill(m_scene->colourOf(d.name));
        new QListWidgetItem(QIcon(swatch), QStringLiteral("%1 (%2)").arg(d.name, plan::tierLabel(d.tier)), m_legend);
    }
    if (!m_fitted && !m_scene->items().isEmpty() && isVisible()) {
        m_view->fit();
        m_fitted = true;
    }
}

} // namespace lifeboat::ui
