#include "TimelineView.h"

#include "report/TimelinePainter.h"

#include <QPainter>

namespace pm::ui {

namespace {
// Drawn in points, shown at the screen's point size.
qreal pointScale(const QWidget *w)
{
    return w->logicalDpiY() / 72.0;
}
} // namespace

TimelineView::TimelineView(QWidget *parent) : QWidget(parent)
{
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::Base);
}

void TimelineView::setTimeline(const report::Timeline &timeline)
{
    m_timeline = timeline;
    setMinimumHeight(int(report::timelineHeight(m_timeline) * pointScale(this)) + 16);
    updateGeometry();
    update();
}

QSize TimelineView::sizeHint() const
{
    return {900, int(report::timelineHeight(m_timeline) * pointScale(this)) + 16};
}

void TimelineView::paintEvent(QPaintEvent *)
{
    if (m_timeline.bars.isEmpty())
        return;
    QPainter painter(this);
    const qreal s = pointScale(this);
    painter.scale(s, s);
    // The rows grow to fill the canvas (issue 18, 4), up to a readable maximum.
    const qreal row = report::timelineRowToFill(m_timeline, (height() - 16) / s);
    report::paintTimeline(painter, m_timeline, QRectF(8 / s, 8 / s, (width() - 16) / s, report::timelineHeight(m_timeline, row)), row);
}

} // namespace pm::ui
