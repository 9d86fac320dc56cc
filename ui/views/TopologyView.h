// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QGraphicsView>
#include <QWidget>

class QComboBox;
class QListWidget;

namespace lifeboat::ui {

class DomainFailurePanel;
class PlanAnalysis;
class PlanDocument;
class TopologyAnalysis;
class TopologyScene;

// Pan (drag) and zoom (wheel, +, −, 0 to fit) over the topology scene.
class TopologyGraphicsView : public QGraphicsView {
    Q_OBJECT
public:
    using QGraphicsView::QGraphicsView;
    void zoomBy(double factor);
    void fit();
    // Tells the scene the zoom, after any change of it.
    void updateDetail();

signals:
    void domainContextMenu(const QString& domain, const QPoint& globalPos);
    // A node was dragged and let go over `domain` (empty: over no domain).
    void nodeDropped(const QString& node, const QString& domain);

protected:
    void mousePressEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void wheelEvent(QWheelEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void contextMenuEvent(QContextMenuEvent* event) override;

private:
    QGraphicsItem* m_dragged = nullptr;
    QPointF m_draggedFrom;
};

// The failure-domain tree as nested boxes with each dataset's copies and backups placed on
// it, filterable by dataset and tier; domains whose outage loses a dataset for good in red;
// placement advice in words beside it; "fail this domain" from a domain's context menu, with
// its consequences below.
class TopologyView : public QWidget {
    Q_OBJECT
public:
    TopologyView(PlanDocument* document, PlanAnalysis* analysis, QWidget* parent = nullptr);

    TopologyScene* scene() const { return m_scene; }
    TopologyGraphicsView* graphicsView() const { return m_view; }
    TopologyAnalysis* topologyAnalysis() const { return m_topology; }
    QComboBox* datasetComboBox() const { return m_dataset; }
    QComboBox* tierComboBox() const { return m_tier; }
    QListWidget* adviceList() const { return m_advice; }
    DomainFailurePanel* failurePanel() const { return m_failure; }
    // Moves a node to another failure domain through the undo stack (what a drop does).
    bool moveNode(const QString& node, const QString& domain);

protected:
    void changeEvent(QEvent* event) override;

private:
    void rebuild();
    void fillFilters();

    PlanDocument* m_document;
    PlanAnalysis* m_analysis;
    TopologyAnalysis* m_topology;
    TopologyScene* m_scene;
    TopologyGraphicsView* m_view;
    QComboBox* m_dataset;
    QComboBox* m_tier;
    QListWidget* m_advice;
    QListWidget* m_legend;
    DomainFailurePanel* m_failure;
    bool m_fitted = false;
};

} // namespace lifeboat::ui
