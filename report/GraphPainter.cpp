#include "GraphPainter.h"
#include "NodeStyle.h"

#include <QPainter>

#include <algorithm>

namespace pm::report {

namespace {

const QColor kInk(0x22, 0x22, 0x22);
const QColor kDestructive(0xc0, 0x39, 0x2b);
const QColor kWarning(0xe6, 0x7e, 0x22);

} // namespace

void paintCluster(QPainter &painter, const LaidOutCluster &cluster)
{
    painter.save();
    painter.setPen(QPen(QColor(0x99, 0x99, 0x99), 0.8, Qt::DashLine));
    painter.setBrush(QColor(0xfa, 0xfa, 0xfa));
    painter.drawRoundedRect(cluster.rect, 4, 4);
    painter.setPen(QColor(0x55, 0x55, 0x55));
    painter.setFont(deviceFont(clusterLabelFont(), painter.device()));
    const qreal h = layoutMetrics(clusterLabelFont()).height();
    const QRectF labelRect(cluster.rect.left() + 6, cluster.labelCenter.y() - h / 2, cluster.rect.width() - 12, h);
    painter.drawText(labelRect, Qt::AlignLeft | Qt::AlignVCenter,
                     layoutMetrics(clusterLabelFont()).elidedText(cluster.label, Qt::ElideRight, labelRect.width()));
    painter.restore();
}

void paintEdge(QPainter &painter, const LaidOutEdge &edge)
{
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(QPen(kInk, 0.9));
    painter.setBrush(Qt::NoBrush);
    painter.drawPath(edge.path);
    if (!edge.arrowHead.isEmpty()) {
        painter.setBrush(kInk);
        painter.drawPolygon(edge.arrowHead);
    }
    if (!edge.label.isEmpty()) {
        const QFontMetricsF fm = layoutMetrics(edgeLabelFont());
        const QSizeF size(fm.horizontalAdvance(edge.label) + 4, fm.height());
        const QRectF box(edge.labelCenter - QPointF(size.width() / 2, size.height() / 2), size);
        painter.setPen(Qt::NoPen);
        painter.setBrush(QColor(255, 255, 255, 220));
        painter.drawRect(box);
        painter.setPen(QColor(0x33, 0x33, 0x33));
        painter.setFont(deviceFont(edgeLabelFont(), painter.device()));
        painter.drawText(box, Qt::AlignCenter, edge.label);
    }
    painter.restore();
}

void paintNode(QPainter &painter, const LaidOutNode &node, bool selected)
{
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    QPen border(node.destructive ? kDestructive : kInk, node.destructive ? 2.0 : 0.9);
    if (node.kind == StepKind::Ship || node.kind == StepKind::Transfer)
        border.setStyle(Qt::DashLine);
    if (selected) {
        border.setColor(QColor(0x1f, 0x6f, 0xd1));
        border.setWidthF(2.4);
    }
    painter.setPen(border);
    painter.setBrush(node.fill);
    const qreal radius = node.kind == StepKind::Measure ? 3 : 9;
    painter.drawRoundedRect(node.rect, radius, radius);

    const QFontMetricsF title = layoutMetrics(nodeTitleFont());
    const QFontMetricsF line = layoutMetrics(nodeLineFont());
    const QRectF inner = node.rect.adjusted(6, 6, -6, -6);
    painter.setPen(kInk);
    painter.setFont(deviceFont(nodeTitleFont(), painter.device()));
    painter.drawText(QRectF(inner.left(), inner.top(), inner.width(), title.height()), Qt::AlignLeft | Qt::AlignVCenter, node.title);
    painter.setFont(deviceFont(nodeLineFont(), painter.device()));
    qreal y = inner.top() + title.height();
    for (const QString &l : node.lines) {
        painter.drawText(QRectF(inner.left(), y, inner.width(), line.lineSpacing()), Qt::AlignLeft | Qt::AlignVCenter, l);
        y += line.lineSpacing();
    }
    if (node.warning) {
        // A small warning triangle in the top-right corner: a logbook entry is missing.
        const QPointF c = node.rect.topRight() + QPointF(-7, 7);
        QPolygonF triangle;
        triangle << c + QPointF(0, -5) << c + QPointF(5, 4) << c + QPointF(-5, 4);
        painter.setPen(QPen(kInk, 0.5));
        painter.setBrush(kWarning);
        painter.drawPolygon(triangle);
    }
    painter.restore();
}

void paintGraph(QPainter &painter, const GraphLayout &layout, const QRectF &target, qreal maxScale)
{
    if (layout.bounds.isEmpty() || target.isEmpty())
        return;
    const qreal scale = std::min({target.width() / layout.bounds.width(), target.height() / layout.bounds.height(), maxScale});
    painter.save();
    painter.translate(target.center());
    painter.scale(scale, scale);
    painter.translate(-layout.bounds.center());
    for (const LaidOutCluster &c : layout.clusters)
        paintCluster(painter, c);
    for (const LaidOutEdge &e : layout.edges)
        paintEdge(painter, e);
    for (const LaidOutNode &n : layout.nodes)
        paintNode(painter, n);
    painter.restore();
}

} // namespace pm::report
