#pragma once

#include "GraphLayout.h"

class QPainter;

namespace pm::report {

// Draws one node, edge or cluster of a layout in layout units (points). The QGraphicsScene
// items of ui/plan call these too, so the screen and the paper look alike.
void paintCluster(QPainter &painter, const LaidOutCluster &cluster);
void paintEdge(QPainter &painter, const LaidOutEdge &edge);
void paintNode(QPainter &painter, const LaidOutNode &node, bool selected = false);

// The whole graph scaled (never enlarged beyond `maxScale`) and centred into `target`,
// which is in the painter's current coordinates.
void paintGraph(QPainter &painter, const GraphLayout &layout, const QRectF &target, qreal maxScale = 1.5);


} // namespace pm::report
