#include "ParetoChart.h"

#include <QFontMetricsF>
#include <QMouseEvent>
#include <QPainter>

#include <algorithm>
#include <cmath>

namespace pm::ui {

namespace {

struct Range {
    double lo = 0;
    double hi = 1;
    double at(double v) const { return hi > lo ? (v - lo) / (hi - lo) : 0.5; }
};

Range rangeOf(const QList<Plan> &plans, double Plan::*field)
{
    Range r{1e300, -1e300};
    for (const Plan &p : plans) {
        r.lo = std::min(r.lo, p.*field);
        r.hi = std::max(r.hi, p.*field);
    }
    const double pad = std::max((r.hi - r.lo) * 0.15, std::abs(r.hi) * 0.05 + 1e-6);
    return {r.lo - pad, r.hi + pad};
}

} // namespace

ParetoChart::ParetoChart(QWidget *parent) : QWidget(parent)
{
    setMinimumSize(260, 200);
    setToolTip(tr("Plans proposed: fidelity against cost; the larger the bubble, the longer the plan. Click one to select it."));
}

void ParetoChart::setPlans(const QList<Plan> &plans)
{
    m_plans = plans;
    m_current = plans.isEmpty() ? -1 : 0;
    update();
}

void ParetoChart::setCurrent(int index)
{
    m_current = index;
    update();
}

QRectF ParetoChart::plotArea() const
{
    return QRectF(48, 12, width() - 62, height() - 68); // below: the cost axis, then the bubble-size key
}

qreal ParetoChart::radius(int index) const
{
    double longest = 0;
    for (const Plan &p : m_plans)
        longest = std::max(longest, p.durationDays);
    const double share = longest > 0 ? m_plans[index].durationDays / longest : 1;
    return 5 + 10 * std::sqrt(share); // area grows with duration
}

// What a bubble's size means, on screen and not only in the tooltip (issue 18, 4): the
// shortest and the longest plan's bubbles with their durations.
void ParetoChart::drawSizeKey(QPainter &painter, const QRectF &a) const
{
    int shortest = 0;
    int longest = 0;
    for (int i = 1; i < m_plans.size(); ++i) {
        if (m_plans[i].durationDays < m_plans[shortest].durationDays)
            shortest = i;
        if (m_plans[i].durationDays > m_plans[longest].durationDays)
            longest = i;
    }
    painter.save();
    QFont small = font();
    small.setPointSizeF(small.pointSizeF() * 0.85);
    painter.setFont(small);
    const QFontMetricsF fm(small);
    const QString lead = tr("bubble size: duration");
    // Not %n: without an English catalogue Qt would show "220 day(s)".
    auto days = [this](double d) { return d <= 1 ? tr("1 day") : tr("%1 days").arg(int(std::ceil(d))); };
    const QString lo = days(m_plans[shortest].durationDays);
    const QString hi = days(m_plans[longest].durationDays);
    const qreal y = a.bottom() + 34;
    qreal x = a.left();
    painter.setPen(palette().color(QPalette::PlaceholderText));
    painter.drawText(QPointF(x, y + fm.ascent() / 2), lead);
    x += fm.horizontalAdvance(lead) + 10;
    for (const auto &[index, text] : {std::pair{shortest, lo}, std::pair{longest, hi}}) {
        const qreal r = radius(index);
        painter.setPen(palette().color(QPalette::Mid));
        painter.setBrush(Qt::NoBrush);
        painter.drawEllipse(QPointF(x + r, y), r, r);
        x += 2 * r + 4;
        painter.setPen(palette().color(QPalette::PlaceholderText));
        painter.drawText(QPointF(x, y + fm.ascent() / 2), text);
        x += fm.horizontalAdvance(text) + 12;
        if (shortest == longest)
            break;
    }
    painter.restore();
}

QPointF ParetoChart::bubbleCenter(int index) const
{
    const Range cost = rangeOf(m_plans, &Plan::cost);
    const Range fidelity = rangeOf(m_plans, &Plan::fidelity);
    const QRectF a = plotArea();
    const Plan &p = m_plans[index];
    return {a.left() + cost.at(p.cost) * a.width(), a.bottom() - fidelity.at(p.fidelity) * a.height()};
}

int ParetoChart::planAt(const QPointF &pos) const
{
    // The smallest bubble under the point wins, so small bubbles inside large ones stay clickable.
    int best = -1;
    for (int i = 0; i < m_plans.size(); ++i)
        if (QLineF(pos, bubbleCenter(i)).length() <= radius(i) && (best < 0 || radius(i) < radius(best)))
            best = i;
    return best;
}

void ParetoChart::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.fillRect(rect(), palette().base());
    const QRectF a = plotArea();
    painter.setPen(palette().color(QPalette::Mid));
    painter.drawRect(a);
    painter.setPen(palette().color(QPalette::Text));
    painter.drawText(QRectF(a.left(), a.bottom() + 4, a.width(), 18), Qt::AlignCenter, tr("cost (units) →"));
    painter.save();
    painter.translate(14, a.center().y());
    painter.rotate(-90);
    painter.drawText(QRectF(-a.height() / 2, -8, a.height(), 18), Qt::AlignCenter, tr("fidelity →"));
    painter.restore();
    if (m_plans.isEmpty()) {
        painter.drawText(a, Qt::AlignCenter, tr("No plan yet"));
        return;
    }
    const Range cost = rangeOf(m_plans, &Plan::cost);
    const Range fidelity = rangeOf(m_plans, &Plan::fidelity);
    drawSizeKey(painter, a);
    QFont small = font();
    small.setPointSizeF(small.pointSizeF() * 0.85);
    painter.setFont(small);
    painter.setPen(palette().color(QPalette::PlaceholderText));
    painter.drawText(QRectF(a.left(), a.bottom() + 2, 60, 14), Qt::AlignLeft, QString::number(cost.lo + (cost.hi - cost.lo) * 0.0, 'f', 1));
    painter.drawText(QRectF(a.right() - 60, a.bottom() + 2, 60, 14), Qt::AlignRight, QString::number(cost.hi, 'f', 1));
    painter.drawText(QRectF(a.left() - 46, a.top(), 42, 14), Qt::AlignRight, QString::number(fidelity.hi, 'f', 2));
    painter.drawText(QRectF(a.left() - 46, a.bottom() - 14, 42, 14), Qt::AlignRight, QString::number(fidelity.lo, 'f', 2));
    for (int pass = 0; pass < 2; ++pass) // the current plan on top
        for (int i = 0; i < m_plans.size(); ++i) {
            if ((i == m_current) != (pass == 1))
                continue;
            const QPointF c = bubbleCenter(i);
            const qreal r = radius(i);
            painter.setPen(QPen(i == m_current ? QColor(0x1f, 0x6f, 0xd1) : QColor(0x55, 0x55, 0x55), i == m_current ? 2.2 : 1));
            painter.setBrush(i == m_current ? QColor(0x1f, 0x6f, 0xd1, 90) : QColor(0x88, 0x88, 0x88, 60));
            painter.drawEllipse(c, r, r);
        }
    // Rank labels beside the bubbles, each where it hides no other label: plans of nearly
    // equal fidelity and cost stay legible.
    QList<QRectF> placed;
    const QFontMetricsF fm(small);
    painter.setPen(palette().color(QPalette::Text));
    for (int i = 0; i < m_plans.size(); ++i) {
        const QPointF c = bubbleCenter(i);
        const qreal r = radius(i);
        const QString label = tr("#%1").arg(m_plans[i].rank);
        const QSizeF size(fm.horizontalAdvance(label) + 2, fm.height());
        const QList<QPointF> candidates{c + QPointF(r * 0.7, -r * 0.7 - size.height()), c + QPointF(r * 0.7, r * 0.7),
                                        c + QPointF(-r * 0.7 - size.width(), -r * 0.7 - size.height()), c + QPointF(-r * 0.7 - size.width(), r * 0.7),
                                        c + QPointF(r + 2, -size.height() / 2), c + QPointF(-r - 2 - size.width(), -size.height() / 2)};
        QRectF box(candidates.first(), size);
        for (const QPointF &topLeft : candidates) {
            const QRectF candidate(topLeft, size);
            if (std::none_of(placed.cbegin(), placed.cend(), [&](const QRectF &p) { return p.intersects(candidate); })) {
                box = candidate;
                break;
            }
        }
        placed.append(box);
        painter.drawText(box, Qt::AlignCenter, label);
    }
}

void ParetoChart::mousePressEvent(QMouseEvent *event)
{
    const int i = planAt(event->position());
    if (i >= 0) {
        setCurrent(i);
        emit planClicked(i);
    }
}

} // namespace pm::ui
