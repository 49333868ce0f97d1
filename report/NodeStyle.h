#pragma once

// How a step looks: its words and colours, decided once for the graph, the PDF and the
// workspace. Sizes come from the fonts below so that dot reserves exactly the room the
// text needs.

#include "planning/Plan.h"

#include <QColor>
#include <QFont>
#include <QFontMetricsF>
#include <QSizeF>
#include <QString>
#include <QStringList>

class QPaintDevice;

namespace pm {
struct Matrix;
}

namespace pm::report {

struct NodeText {
    QString title;
    QStringList lines;
};

// Title and detail lines of a step ("XRD @ ESRF" / "D8 Advance" / "operando, 3 d").
NodeText nodeText(const Step &step);

// Fill colour: measurements by technique cluster (Spectroscopy, Diffraction, ...), the
// other kinds in neutral tones.
QColor nodeFill(const Step &step, const Matrix *matrix);
QColor clusterColor(const QString &techniqueCluster);

// Fonts in points; the graph is drawn at 1 unit = 1 point.
QFont nodeTitleFont();
QFont nodeLineFont();
QFont edgeLabelFont();
QFont clusterLabelFont();

// Metrics in layout units (points), whatever the screen.
QFontMetricsF layoutMetrics(const QFont &font);
// `font` adjusted so that, drawn on `device` under a painter scaled to layout units, its
// text has the size layoutMetrics measured.
QFont deviceFont(const QFont &font, const QPaintDevice *device);

// Room the text needs, padding included, in points.
QSizeF nodeSize(const NodeText &text);

// Days as people say them: "1 day", "3 days", "4 h" for fractions.
QString durationText(double days);

} // namespace pm::report
