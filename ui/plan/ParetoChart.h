#pragma once

#include "planning/Plan.h"

#include <QWidget>

class QPainter;

namespace pm::ui {

// The plans proposed, fidelity against cost, bubble area by duration. Clicking a bubble
// selects that plan.
class ParetoChart : public QWidget {
    Q_OBJECT

public:
    explicit ParetoChart(QWidget *parent = nullptr);
    void setPlans(const QList<Plan> &plans);
    void setCurrent(int index);
    int planAt(const QPointF &pos) const; // -1 when no bubble is there
    QPointF bubbleCenter(int index) const;
    QSize sizeHint() const override { return {320, 240}; }

signals:
    void planClicked(int index);

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;

private:
    QRectF plotArea() const;
    qreal radius(int index) const;
    void drawSizeKey(QPainter &painter, const QRectF &plot) const;
    QList<Plan> m_plans;
    int m_current = -1;
};

} // namespace pm::ui
