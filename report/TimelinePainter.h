#pragma once

#include "Timeline.h"

#include <QRectF>

class QPainter;

namespace pm::report {

// Height the chart needs for `timeline` (points), at any width.
qreal timelineHeight(const Timeline &timeline);
// Draws the chart into `target` (painter units are points): week columns with ISO week
// numbers and dates, one row per step.
void paintTimeline(QPainter &painter, const Timeline &timeline, const QRectF &target);

} // namespace pm::report
