#pragma once

#include "Timeline.h"

#include <QRectF>

class QPainter;

namespace pm::report {

// The height of one step's row (points) in the report; a view may give more to fill its canvas.
inline constexpr qreal kTimelineRow = 15;
inline constexpr qreal kTimelineMaxRow = 30;

// Height the chart needs for `timeline` (points), at any width, with rows `rowHeight` high.
qreal timelineHeight(const Timeline &timeline, qreal rowHeight = kTimelineRow);
// The row height that makes the chart `height` points high, between kTimelineRow and kTimelineMaxRow.
qreal timelineRowToFill(const Timeline &timeline, qreal height);
// Draws the chart into `target` (painter units are points): week columns with ISO week
// numbers and dates, one row per step, and a legend of every mark it draws.
void paintTimeline(QPainter &painter, const Timeline &timeline, const QRectF &target, qreal rowHeight = kTimelineRow);

} // namespace pm::report
