#include "SampleFlowView.h"

#include "report/GraphPainter.h"

#include <QGraphicsItem>
#include <QGraphicsScene>
#include <QPainter>
#include <QTextDocument>
#include <QWheelEvent>

namespace pm::ui {

namespace {

class NodeItem : public QGraphicsItem {
public:
    explicit NodeItem(report::LaidOutNode node) : m_node(std::move(node))
    {
        setFlag(ItemIsSelectable);
        setCursor(Qt::PointingHandCursor);
        // Escaped: technique and partner names come from the matrix, and a tooltip with a tag
        // on its first line is shown as rich text.
        setToolTip(Qt::convertFromPlainText(m_node.lines.isEmpty() ? m_node.title : m_node.title + u'\n' + m_node.lines.join(u'\n'), Qt::WhiteSpaceNormal));
        setData(0, m_node.stepId);
        setZValue(2);
    }
    QRectF boundingRect() const override { return m_node.rect.adjusted(-3, -3, 3, 3); }
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *) override { report::paintNode(*painter, m_node, isSelected()); }

private:
    report::LaidOutNode m_node;
};

class EdgeItem : public QGraphicsItem {
public:
    explicit EdgeItem(report::LaidOutEdge edge) : m_edge(std::move(edge)) { setZValue(1); }
    QRectF boundingRect() const override
    {
        QRectF r = m_edge.path.boundingRect().united(m_edge.arrowHead.boundingRect());
        if (!m_edge.label.isEmpty())
            r = r.united(QRectF(m_edge.labelCenter - QPointF(80, 10), QSizeF(160, 20)));
        return r.adjusted(-2, -2, 2, 2);
    }
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *) override { report::paintEdge(*painter, m_edge); }

private:
    report::LaidOutEdge m_edge;
};

class ClusterItem : public QGraphicsItem {
public:
    explicit ClusterItem(report::LaidOutCluster cluster) : m_cluster(std::move(cluster)) { setZValue(0); }
    QRectF boundingRect() const override { return m_cluster.rect.adjusted(-1, -1, 1, 1); }
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *) override { report::paintCluster(*painter, m_cluster); }

private:
    report::LaidOutCluster m_cluster;
};

} // namespace

SampleFlowView::SampleFlowView(QWidget *parent) : QGraphicsView(parent)
{
    setScene(new QGraphicsScene(this));
    setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
    setDragMode(QGraphicsView::ScrollHandDrag);
    setTransformationAnchor(QGraphicsView::AnchorUnderMouse);
    setBackgroundBrush(Qt::white);
    connect(scene(), &QGraphicsScene::selectionChanged, this, [this] {
        const QString id = selectedStep();
        if (!id.isEmpty())
            emit stepClicked(id);
    });
}

SampleFlowView::~SampleFlowView()
{
    // The scene is our child and outlives this destructor's body: clearing its items would
    // emit selectionChanged into a half-destroyed view (UBSan found it). Cut the link first.
    if (scene())
        scene()->disconnect(this);
}

void SampleFlowView::setGraph(const report::GraphLayout &layout)
{
    m_layout = layout;
    scene()->clear();
    for (const report::LaidOutCluster &c : layout.clusters)
        scene()->addItem(new ClusterItem(c));
    for (const report::LaidOutEdge &e : layout.edges)
        scene()->addItem(new EdgeItem(e));
    for (const report::LaidOutNode &n : layout.nodes)
        scene()->addItem(new NodeItem(n));
    scene()->setSceneRect(layout.bounds.adjusted(-10, -10, 10, 10));
    m_fitted = true;
    fit();
}

void SampleFlowView::selectStep(const QString &stepId)
{
    const QSignalBlocker block(scene());
    for (QGraphicsItem *item : scene()->items())
        item->setSelected(!stepId.isEmpty() && item->data(0).toString() == stepId);
    scene()->update();
}

QString SampleFlowView::selectedStep() const
{
    const auto selected = scene()->selectedItems();
    return selected.isEmpty() ? QString() : selected.first()->data(0).toString();
}

QPoint SampleFlowView::stepPosition(const QString &stepId) const
{
    const report::LaidOutNode *n = m_layout.node(stepId);
    return n ? mapFromScene(n->rect.center()) : QPoint(-1, -1);
}

void SampleFlowView::zoomIn()
{
    m_fitted = false;
    scale(1.25, 1.25);
}

void SampleFlowView::zoomOut()
{
    m_fitted = false;
    scale(0.8, 0.8);
}

void SampleFlowView::fit()
{
    m_fitted = true;
    if (!scene()->sceneRect().isEmpty()) {
        resetTransform();
        fitInView(scene()->sceneRect(), Qt::KeepAspectRatio);
        // Scene units are points: never blow a small graph up beyond twice its printed size.
        const qreal largest = 2.0 * logicalDpiY() / 72.0;
        if (transform().m11() > largest) {
            resetTransform();
            scale(largest, largest);
        }
    }
}

void SampleFlowView::wheelEvent(QWheelEvent *event)
{
    if (event->angleDelta().y() > 0)
        zoomIn();
    else if (event->angleDelta().y() < 0)
        zoomOut();
    event->accept();
}

void SampleFlowView::resizeEvent(QResizeEvent *event)
{
    QGraphicsView::resizeEvent(event);
    if (m_fitted)
        fit();
}

} // namespace pm::ui
