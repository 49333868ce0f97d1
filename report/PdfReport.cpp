#include "PdfReport.h"
#include "GraphPainter.h"
#include "NodeStyle.h"
#include "TimelinePainter.h"

#include "io/Export.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QCoreApplication>
#include <QGuiApplication>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextTable>
#include <QTextOption>
#include <QTextLayout>

#include <functional>

namespace pm::report {

namespace {

// lupdate files Strings::tr() under this context, the one looked up at run time.
struct Strings { Q_DECLARE_TR_FUNCTIONS(pm::report::PdfReport) };

// Page by page, with a footer; knows when the next page is the first one.
class PageSequence {
public:
    PageSequence(QPagedPaintDevice &device, QPainter &painter, QString footer)
        : m_device(device), m_painter(painter), m_footer(std::move(footer)) { }

    // Starts a page in `orientation`; returns the usable area in device pixels.
    QRectF begin(QPageLayout::Orientation orientation)
    {
        if (m_device.pageLayout().orientation() != orientation)
            m_device.setPageOrientation(orientation);
        if (m_pages > 0)
            m_device.newPage();
        ++m_pages;
        const QRect full = m_device.pageLayout().paintRectPixels(m_device.logicalDpiX());
        const qreal footer = pointsToPixels(18);
        paintFooter(QRectF(0, full.height() - footer * 0.8, full.width(), footer * 0.8));
        return QRectF(0, 0, full.width(), full.height() - footer);
    }

    qreal pointsToPixels(qreal points) const { return points * m_device.logicalDpiY() / 72.0; }
    int pages() const { return m_pages; }

private:
    void paintFooter(const QRectF &area)
    {
        m_painter.save();
        m_painter.setPen(QColor(0x77, 0x77, 0x77));
        m_painter.setFont(nodeLineFont()); // the painter is in device pixels here: plain point sizes
        m_painter.drawText(area, Qt::AlignLeft | Qt::AlignBottom, m_footer);
        m_painter.drawText(area, Qt::AlignRight | Qt::AlignBottom, Strings::tr("page %1").arg(m_pages));
        m_painter.restore();
    }

    QPagedPaintDevice &m_device;
    QPainter &m_painter;
    QString m_footer;
    int m_pages = 0;
};

// Where the page that starts at `top` must end so that no line of text is cut in two:
// QTextDocument keeps paragraphs whole across pages but not the lines inside table cells.
qreal pageCut(const QList<std::pair<qreal, qreal>> &lines, qreal top, qreal height)
{
    qreal cut = top + height;
    for (bool moved = true; moved;) {
        moved = false;
        for (const auto &[lineTop, lineBottom] : lines)
            if (lineTop < cut && lineBottom > cut && lineTop > top) {
                cut = lineTop;
                moved = true;
            }
    }
    return cut;
}

// Lays `html` out in pages of the page area and paints them, starting on a new page.
void paintDocument(PageSequence &pages, QPainter &painter, QPagedPaintDevice &device, const QString &html)
{
    QTextDocument doc;
    doc.documentLayout()->setPaintDevice(&device);
    doc.setDefaultStyleSheet(reportStyleSheet());
    QFont base(QStringLiteral("DejaVu Sans"));
    base.setPointSizeF(9);
    doc.setDefaultFont(base);
    // Words are never cut ("electrochemic al", issue 18 §4): a table column is at least as
    // wide as its longest word, and lines break only between words.
    QTextOption wrap = doc.defaultTextOption();
    wrap.setWrapMode(QTextOption::WordWrap);
    doc.setDefaultTextOption(wrap);
    doc.setHtml(QStringLiteral("<html><body>%1</body></html>").arg(html));
    QRectF area = pages.begin(QPageLayout::Portrait);
    doc.setTextWidth(area.width()); // one long page; cut below at line boundaries

    QList<std::pair<qreal, qreal>> lines;
    for (QTextBlock block = doc.begin(); block.isValid(); block = block.next()) {
        const QRectF rect = doc.documentLayout()->blockBoundingRect(block);
        const QTextLayout *layout = block.layout();
        for (int i = 0; layout && i < layout->lineCount(); ++i) {
            const QTextLine line = layout->lineAt(i);
            lines.append({rect.top() + line.y(), rect.top() + line.y() + line.height()});
        }
    }
    // A table row is kept on one page when it fits on one: a row cut between pages put one
    // cell's last line on the next page and the row's other cells on this one.
    std::function<void(QTextFrame *)> addRows = [&](QTextFrame *frame) {
        for (QTextFrame *child : frame->childFrames()) {
            if (auto *table = qobject_cast<QTextTable *>(child))
                for (int r = 0; r < table->rows(); ++r) {
                    qreal rowTop = std::numeric_limits<qreal>::max(), rowBottom = 0;
                    for (int c = 0; c < table->columns(); ++c) {
                        const QTextTableCell cell = table->cellAt(r, c);
                        for (QTextBlock b = cell.firstCursorPosition().block(); b.isValid(); b = b.next()) {
                            const QRectF rect = doc.documentLayout()->blockBoundingRect(b);
                            rowTop = std::min(rowTop, rect.top());
                            rowBottom = std::max(rowBottom, rect.bottom());
                            if (b == cell.lastCursorPosition().block())
                                break;
                        }
                    }
                    if (rowBottom > rowTop && rowBottom - rowTop < area.height())
                        lines.append({rowTop, rowBottom});
                }
            addRows(child);
        }
    };
    addRows(doc.rootFrame());
    const qreal total = doc.size().height();
    for (qreal top = 0; top < total;) {
        if (top > 0)
            area = pages.begin(QPageLayout::Portrait);
        const qreal cut = pageCut(lines, top, area.height());
        painter.save();
        painter.translate(area.topLeft() - QPointF(0, top));
        doc.drawContents(&painter, QRectF(0, top, area.width(), cut - top));
        painter.restore();
        top = cut;
    }
}

// A full-page drawing in points under a heading; landscape when the drawing is wide.
void paintFigurePage(PageSequence &pages, QPainter &painter, QPagedPaintDevice &device, const QString &heading, const QString &caption,
                     QSizeF natural, const std::function<void(const QRectF &)> &draw)
{
    const auto orientation = natural.width() > natural.height() * 1.2 ? QPageLayout::Landscape : QPageLayout::Portrait;
    const QRectF area = pages.begin(orientation);
    const qreal scale = device.logicalDpiY() / 72.0;
    painter.save();
    painter.scale(scale, scale);
    const QRectF points(area.topLeft() / scale, area.size() / scale);
    QFont h = nodeTitleFont();
    h.setPointSizeF(13);
    painter.setFont(deviceFont(h, &device));
    painter.setPen(QColor(0x1f, 0x3b, 0x5c));
    const qreal headingHeight = layoutMetrics(h).height() + 4;
    painter.drawText(QRectF(points.left(), points.top(), points.width(), headingHeight), Qt::AlignLeft | Qt::AlignVCenter, heading);
    painter.setFont(deviceFont(nodeLineFont(), &device));
    painter.setPen(QColor(0x55, 0x55, 0x55));
    const qreal captionHeight = layoutMetrics(nodeLineFont()).lineSpacing() * 2 + 4;
    painter.drawText(QRectF(points.left(), points.top() + headingHeight, points.width(), captionHeight), Qt::AlignLeft | Qt::TextWordWrap, caption);
    draw(QRectF(points.left(), points.top() + headingHeight + captionHeight + 6, points.width(),
                points.height() - headingHeight - captionHeight - 6));
    painter.restore();
}

} // namespace

Result<int> paintPlanReport(QPagedPaintDevice &device, const PlanReportInput &input, const GraphLayout *layout)
{
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        return makeError(QStringLiteral("a PDF report needs the GUI libraries to be started (QGuiApplication)"), QStringLiteral("PDF report"));
    GraphLayout computed;
    const Plan *plan = input.plan();
    if (plan && !layout) {
        auto laidOut = layoutPlan(*plan, input.matrix);
        if (!laidOut)
            return laidOut.error();
        computed = *laidOut;
        layout = &computed;
    }
    device.setPageSize(QPageSize(QPageSize::A4));
    device.setPageMargins(QMarginsF(18, 16, 18, 14), QPageLayout::Millimeter);
    device.setPageOrientation(QPageLayout::Portrait);
    QPainter painter;
    if (!painter.begin(&device))
        return makeError(QStringLiteral("cannot start drawing the report"), QStringLiteral("PDF report"));
    const QString title = input.request.title.isEmpty() ? Strings::tr("Characterisation plan") : input.request.title;
    PageSequence pages(device, painter, Strings::tr("ProbeMatrix plan report: %1").arg(title));

    paintDocument(pages, painter, device, coverHtml(input));
    if (plan) {
        paintFigurePage(pages, painter, device, Strings::tr("Sample-flow graph of plan %1").arg(plan->rank),
                        Strings::tr("Each frame is one sample; boxes are steps in order (measurements coloured by technique cluster, "
                                    "destructive ones outlined in red, ⚠ a logbook warning); edges after shipments give the transit time."),
                        layout->bounds.size(), [&](const QRectF &target) { paintGraph(painter, *layout, target, 1.6); });
    }
    paintDocument(pages, painter, device, stepsHtml(input) + requirementsHtml(input) + practicalHtml(input));
    if (plan) {
        const Timeline timeline = buildTimeline(*plan, input.matrix, input.startDate);
        paintFigurePage(pages, painter, device, Strings::tr("Timeline of plan %1").arg(plan->rank),
                        Strings::tr("Calendar weeks from %1; the plan takes %2 including post-processing.")
                                     .arg(QLocale().toString(timeline.startDate, QLocale::LongFormat), durationText(timeline.totalDays)),
                        QSizeF(800, timelineHeight(timeline)), [&](const QRectF &target) {
                            paintTimeline(painter, timeline, QRectF(target.topLeft(), QSizeF(target.width(), std::min(target.height(), timelineHeight(timeline)))));
                        });
    }
    // Its own pages, as the rejections: a heading left alone at the foot of the practical details read badly.
    if (const QString existing = existingDataHtml(input); !existing.isEmpty())
        paintDocument(pages, painter, device, existing);
    paintDocument(pages, painter, device, rejectionsHtml(input));
    painter.end();
    return pages.pages();
}

Result<PdfReport> planReportPdf(const PlanReportInput &input)
{
    PdfReport report;
    QBuffer buffer(&report.data);
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        writer.setResolution(300);
        writer.setCreator(QStringLiteral("ProbeMatrix"));
        writer.setTitle(input.request.title);
        auto pages = paintPlanReport(writer, input);
        if (!pages)
            return pages.error();
        report.pages = *pages;
    }
    return report;
}

Result<int> writePlanPdf(const QString &path, const PlanReportInput &input)
{
    auto report = planReportPdf(input);
    if (!report)
        return makeError(report.error().message, path);
    if (auto w = writeFileAtomically(path, report->data); !w)
        return w.error();
    return report->pages;
}

} // namespace pm::report
