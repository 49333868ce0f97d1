#pragma once

#include "report/Timeline.h"

#include <QWidget>

namespace pm::ui {

// The plan's Gantt chart over calendar weeks, drawn by report/TimelinePainter.
class TimelineView : public QWidget {
    Q_OBJECT

public:
    explicit TimelineView(QWidget *parent = nullptr);
    void setTimeline(const report::Timeline &timeline);
    QSize sizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    report::Timeline m_timeline;
};

} // namespace pm::ui
