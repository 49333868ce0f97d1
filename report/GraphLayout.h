#pragma once

// The sample-flow graph of a plan as plain geometry: Graphviz (dot) decides where every
// node, edge and sample cluster goes; the PDF report, the SVG export and the plan
// workspace's QGraphicsScene all draw this one layout, so they never disagree.

#include "common/Result.h"
#include "planning/Plan.h"

#include <QColor>
#include <QList>
#include <QPainterPath>
#include <QPolygonF>
#include <QRectF>
#include <QString>
#include <QStringList>

namespace pm {
struct Matrix;
}

namespace pm::report {

// One step drawn as a box. Coordinates are points (1/72 inch), y growing downwards,
// with the graph's top-left corner at (0, 0).
struct LaidOutNode {
    QString stepId;
    StepKind kind = StepKind::Measure;
    QRectF rect;
    QString title;      // "XRD @ ESRF"
    QStringList lines;  // instrument, mode and duration, observables
    QColor fill;        // by technique cluster for measurements
    bool destructive = false;
    bool warning = false; // a logbook warning concerns the step
    qint64 offeringId = 0;
};

struct LaidOutEdge {
    QString from;
    QString to;
    QPainterPath path;   // the spline, ending where the arrow head starts
    QPolygonF arrowHead; // empty when dot drew none
    QString label;       // shipment duration: "2 d, abroad"
    QPointF labelCenter;
};

// The frame around one sample's steps.
struct LaidOutCluster {
    QString sampleId;
    QRectF rect;
    QString label;
    QPointF labelCenter;
};

struct GraphLayout {
    QRectF bounds; // (0, 0, width, height)
    QList<LaidOutNode> nodes;
    QList<LaidOutEdge> edges;
    QList<LaidOutCluster> clusters;

    const LaidOutNode *node(const QString &stepId) const;
};

// Lays out `plan` with dot (left to right, one cluster per sample). `matrix`, when given,
// supplies technique clusters for the colours. Graphviz is not re-entrant: calls are
// serialised. Errors: Graphviz could not be started or could not lay the graph out.
Result<GraphLayout> layoutPlan(const Plan &plan, const Matrix *matrix = nullptr);

} // namespace pm::report
