#include "TimelinePainter.h"
#include "NodeStyle.h"

#include <QCoreApplication>
#include <QLocale>
#include <QPainter>

#include <algorithm>

namespace pm::report {

namespace {

constexpr qreal kHeader = 30;
constexpr qreal kLegendLine = 16;
constexpr qreal kLegend = 2 * kLegendLine + 4; // two lines: the keys wrap on a narrow page
constexpr qreal kLabelWidth = 150;
constexpr int kMaxColumns = 260; // five years of weeks; longer charts group weeks

// lupdate files Strings::tr() under this context, the one looked up at run time.
struct Strings { Q_DECLARE_TR_FUNCTIONS(pm::report::Timeline) };

} // namespace

qreal timelineHeight(const Timeline &timeline, qreal rowHeight)
{
    return kHeader + rowHeight * qreal(timeline.bars.size()) + kLegend + 4;
}

qreal timelineRowToFill(const Timeline &timeline, qreal height)
{
    if (timeline.bars.isEmpty())
        return kTimelineRow;
    const qreal row = (height - kHeader - kLegend - 4) / qreal(timeline.bars.size());
    return std::clamp(row, kTimelineRow, kTimelineMaxRow);
}

void paintTimeline(QPainter &painter, const Timeline &timeline, const QRectF &target, qreal rowHeight)
{
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    const QFont small = nodeLineFont();
    const QFontMetricsF fm = layoutMetrics(small);
    painter.setFont(deviceFont(small, painter.device()));

    const int weeks = timeline.weekCount();
    const qreal chartLeft = target.left() + kLabelWidth;
    const qreal chartWidth = std::max<qreal>(10, target.right() - chartLeft);
    const qreal dayWidth = chartWidth / (weeks * 7.0);
    const qreal offset = timeline.firstMonday().daysTo(timeline.startDate); // day 0 within the first week
    auto xOf = [&](double day) { return chartLeft + (offset + day) * dayWidth; };
    const qreal bottom = target.top() + kHeader + rowHeight * qreal(timeline.bars.size());

    // Week columns, every other one shaded; labels thinned out when weeks are narrow. Columns
    // are grouped `stride` weeks at a time so that at most kMaxColumns are drawn: a stored plan
    // of 1e8 days would otherwise draw 14 million columns (issue 15, finding 7).
    const int stride = std::max(1, int(std::ceil(weeks / double(kMaxColumns))));
    const int labelWeeks = std::max(1, int(std::ceil(fm.horizontalAdvance(QStringLiteral("W52 30 Dec")) / (7 * dayWidth))));
    const int labelEvery = int(std::ceil(labelWeeks / double(stride))) * stride; // a multiple of the stride
    for (int w = 0; w < weeks; w += stride) {
        const qreal x = chartLeft + w * 7 * dayWidth;
        if ((w / stride) % 2 == 1) {
            painter.setPen(Qt::NoPen);
            painter.setBrush(QColor(0xf3, 0xf3, 0xf3));
            painter.drawRect(QRectF(x, target.top() + kHeader - 2, 7 * dayWidth * stride, bottom - target.top() - kHeader + 2));
        }
        painter.setPen(QPen(QColor(0xcc, 0xcc, 0xcc), 0.5));
        painter.drawLine(QPointF(x, target.top() + kHeader - 2), QPointF(x, bottom));
        if (w % labelEvery == 0) {
            const QDate monday = timeline.firstMonday().addDays(7 * w);
            painter.setPen(QColor(0x33, 0x33, 0x33));
            painter.drawText(QRectF(x + 1, target.top(), 7 * dayWidth * labelEvery, kHeader / 2), Qt::AlignLeft | Qt::AlignVCenter,
                             Strings::tr("W%1").arg(monday.weekNumber()));
            painter.drawText(QRectF(x + 1, target.top() + kHeader / 2 - 2, 7 * dayWidth * labelEvery, kHeader / 2), Qt::AlignLeft | Qt::AlignVCenter,
                             QLocale().toString(monday, QStringLiteral("d MMM")));
        }
    }

    qreal y = target.top() + kHeader;
    for (const TimelineBar &bar : timeline.bars) {
        painter.setPen(QColor(0x22, 0x22, 0x22));
        painter.drawText(QRectF(target.left(), y, kLabelWidth - 6, rowHeight), Qt::AlignLeft | Qt::AlignVCenter,
                         fm.elidedText(bar.label, Qt::ElideRight, kLabelWidth - 6));
        // Taller rows (a view filling its canvas) get more air, not thicker bars.
        const qreal barHeight = std::min<qreal>(rowHeight - 6, 14);
        const qreal barTop = y + (rowHeight - barHeight) / 2;
        if (bar.startDay > bar.readyDay) { // waiting for the booking
            painter.setPen(Qt::NoPen);
            painter.setBrush(QBrush(QColor(0xaa, 0xaa, 0xaa), Qt::BDiagPattern));
            painter.drawRect(QRectF(xOf(bar.readyDay), barTop + 2, (bar.startDay - bar.readyDay) * dayWidth, barHeight - 4));
        }
        const qreal busy = std::max<qreal>(1.5, (bar.endDay - bar.startDay) * dayWidth);
        painter.setPen(QPen(bar.destructive ? QColor(0xc0, 0x39, 0x2b) : QColor(0x44, 0x44, 0x44), bar.destructive ? 1.4 : 0.6));
        painter.setBrush(bar.kind == StepKind::Ship ? QColor(0x90, 0xa4, 0xae) : bar.fill.darker(112));
        painter.drawRect(QRectF(xOf(bar.startDay), barTop, busy, barHeight));
        if (bar.postEndDay > bar.endDay) { // analysing the data after the sample has left
            painter.setPen(QPen(QColor(0x44, 0x44, 0x44), 0.5, Qt::DotLine));
            painter.setBrush(bar.fill.lighter(104));
            painter.drawRect(QRectF(xOf(bar.endDay), barTop + 2, (bar.postEndDay - bar.endDay) * dayWidth, barHeight - 4));
        }
        y += rowHeight;
    }

    // Legend.
    qreal lx = chartLeft;
    qreal ly = bottom + 6;
    auto key = [&](const QBrush &brush, const QPen &pen, const QString &text) {
        if (lx > chartLeft && lx + 18 + fm.horizontalAdvance(text) > target.right()) { // wrap
            lx = chartLeft;
            ly += kLegendLine;
        }
        painter.setPen(pen);
        painter.setBrush(brush);
        painter.drawRect(QRectF(lx, ly + 2, 14, 8));
        painter.setPen(QColor(0x22, 0x22, 0x22));
        painter.drawText(QRectF(lx + 18, ly, fm.horizontalAdvance(text) + 4, 12), Qt::AlignLeft | Qt::AlignVCenter, text);
        lx += 18 + fm.horizontalAdvance(text) + 16;
    };
    key(QBrush(QColor(0xaa, 0xaa, 0xaa), Qt::BDiagPattern), Qt::NoPen, Strings::tr("booking lead time"));
    key(QColor(0xcf, 0xe6, 0xf7).darker(112), QPen(QColor(0x44, 0x44, 0x44), 0.6), Strings::tr("sample at the partner"));
    key(QColor(0x90, 0xa4, 0xae), QPen(QColor(0x44, 0x44, 0x44), 0.6), Strings::tr("shipment"));
    key(QColor(0xcf, 0xe6, 0xf7), QPen(QColor(0x44, 0x44, 0x44), 0.5, Qt::DotLine), Strings::tr("post-processing"));
    // Every mark the chart draws has a key (issue 18, 4): the red border only when a step has it.
    if (std::any_of(timeline.bars.begin(), timeline.bars.end(), [](const TimelineBar &b) { return b.destructive; }))
        key(QColor(0xcf, 0xe6, 0xf7).darker(112), QPen(QColor(0xc0, 0x39, 0x2b), 1.4), Strings::tr("red border: the step uses up its sample"));
    key(QColor(0xf3, 0xf3, 0xf3), QPen(QColor(0xcc, 0xcc, 0xcc), 0.5),
        stride == 1 ? Strings::tr("shaded: every other week") : Strings::tr("shaded: every other %1 weeks").arg(stride));
    painter.restore();
}

} // namespace pm::report
