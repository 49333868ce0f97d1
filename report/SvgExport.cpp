#include "SvgExport.h"
#include "GraphPainter.h"

#include "io/Export.h"

#include <QBuffer>
#include <QPainter>
#include <QSvgGenerator>

namespace pm::report {

QByteArray graphToSvg(const GraphLayout &layout, const QString &title)
{
    constexpr qreal kMargin = 8;
    QByteArray data;
    QBuffer buffer(&data);
    buffer.open(QIODevice::WriteOnly);
    QSvgGenerator generator;
    generator.setOutputDevice(&buffer);
    generator.setTitle(title);
    generator.setDescription(QStringLiteral("Sample-flow graph drawn by ProbeMatrix"));
    generator.setResolution(72); // one SVG unit per point, as in the layout
    const QSizeF size = layout.bounds.size() + QSizeF(2 * kMargin, 2 * kMargin);
    generator.setSize(size.toSize());
    generator.setViewBox(QRectF(QPointF(0, 0), size));
    QPainter painter(&generator);
    paintGraph(painter, layout, QRectF(QPointF(kMargin, kMargin), layout.bounds.size()), 1.0);
    painter.end();
    return data;
}

Result<void> writeGraphSvg(const QString &path, const GraphLayout &layout, const QString &title)
{
    return writeFileAtomically(path, graphToSvg(layout, title));
}

} // namespace pm::report
