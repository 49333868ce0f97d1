#include "NodeStyle.h"

#include "matrix/Matrix.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QHash>
#include <QImage>
#include <QPaintDevice>
#include <QRegularExpression>

#include <algorithm>
#include <cmath>

namespace pm::report {

namespace {

// The short name a scientist uses: "XRD" from "X-ray diffraction (XRD)".
QString shortTechnique(const QString &label)
{
    static const QRegularExpression trailingAbbreviation(QStringLiteral("\\(([^()]{1,24})\\)\\s*$"));
    const auto m = trailingAbbreviation.match(label);
    return m.hasMatch() ? m.captured(1).trimmed() : label;
}

QString elided(const QString &text, const QFont &font, qreal width)
{
    return layoutMetrics(font).elidedText(text, Qt::ElideRight, width);
}

constexpr qreal kMaxLineWidth = 190; // points: keeps long instrument lists from widening the graph
constexpr qreal kPadding = 6;

// lupdate files Strings::tr() under this context, the one looked up at run time.
struct Strings { Q_DECLARE_TR_FUNCTIONS(pm::report::NodeStyle) };

} // namespace

QString durationText(double days)
{
    if (days <= 0)
        return Strings::tr("same day");
    if (days < 1)
        return Strings::tr("%1 h").arg(qRound(days * 24));
    const double rounded = std::round(days * 10) / 10;
    if (rounded == 1)
        return Strings::tr("1 day");
    return Strings::tr("%1 days").arg(QString::number(rounded, 'g', 4));
}

NodeText nodeText(const Step &step)
{
    NodeText text;
    switch (step.kind) {
    case StepKind::Prepare:
        text.title = Strings::tr("Prepare %1").arg(step.sample);
        text.lines << Strings::tr("at %1").arg(step.partner);
        if (!step.cell.isEmpty())
            text.lines << Strings::tr("cell: %1").arg(step.cell);
        break;
    case StepKind::Measure: {
        text.title = Strings::tr("%1 @ %2").arg(shortTechnique(step.technique), stepLocation(step));
        if (!step.instrument.isEmpty())
            text.lines << elided(step.instrument, nodeLineFont(), kMaxLineWidth);
        QString how = step.mode.isEmpty() ? durationText(step.durationDays) : Strings::tr("%1, %2").arg(step.mode, durationText(step.durationDays));
        if (step.destructive)
            how += Strings::tr(", destructive");
        text.lines << how;
        text.lines << elided(step.observables.join(QStringLiteral(", ")), nodeLineFont(), kMaxLineWidth);
        break;
    }
    case StepKind::Transfer:
        text.title = Strings::tr("Holder transfer");
        text.lines << (step.holder.isEmpty() ? Strings::tr("on site at %1").arg(step.partner) : elided(step.holder, nodeLineFont(), kMaxLineWidth));
        break;
    case StepKind::Ship:
        text.title = Strings::tr("Ship to %1").arg(step.to);
        text.lines << Strings::tr("from %1").arg(step.partner);
        break;
    }
    return text;
}

QColor clusterColor(const QString &techniqueCluster)
{
    // Light tints of a colour-blind-safe palette (Okabe-Ito), readable under black text.
    static const QHash<QString, QColor> known{
        {QStringLiteral("spectroscopy"), QColor(0xcf, 0xe6, 0xf7)},
        {QStringLiteral("diffraction"), QColor(0xfb, 0xe3, 0xb3)},
        {QStringLiteral("scattering"), QColor(0xf6, 0xd5, 0xc4)},
        {QStringLiteral("microscopy"), QColor(0xc9, 0xec, 0xdf)},
        {QStringLiteral("imaging"), QColor(0xe4, 0xd2, 0xea)},
        {QStringLiteral("electrochemistry"), QColor(0xfa, 0xf4, 0xb8)},
        {QStringLiteral("elemental analysis"), QColor(0xd9, 0xe4, 0xc0)},
        {QStringLiteral("gas analysis"), QColor(0xd4, 0xdd, 0xf2)},
        {QStringLiteral("thermal analysis"), QColor(0xf2, 0xcf, 0xd8)},
    };
    const QColor c = known.value(techniqueCluster.trimmed().toLower());
    if (c.isValid())
        return c;
    return QColor::fromHsl(int(qHash(techniqueCluster.toLower()) % 360), 120, 225);
}

QColor nodeFill(const Step &step, const Matrix *matrix)
{
    switch (step.kind) {
    case StepKind::Prepare:
        return QColor(0xee, 0xee, 0xee);
    case StepKind::Transfer:
        return QColor(0xf7, 0xf7, 0xf7);
    case StepKind::Ship:
        return QColor(0xff, 0xff, 0xff);
    case StepKind::Measure:
        break;
    }
    const Offering *offering = matrix ? matrix->offering(step.offeringId) : nullptr;
    return clusterColor(offering ? offering->cluster : QString());
}

QFont nodeTitleFont()
{
    QFont f(QStringLiteral("DejaVu Sans"));
    f.setPointSizeF(8.5);
    f.setBold(true);
    return f;
}

QFont nodeLineFont()
{
    QFont f(QStringLiteral("DejaVu Sans"));
    f.setPointSizeF(7);
    return f;
}

QFont edgeLabelFont()
{
    QFont f(QStringLiteral("DejaVu Sans"));
    f.setPointSizeF(7);
    f.setItalic(true);
    return f;
}

QFont clusterLabelFont()
{
    QFont f(QStringLiteral("DejaVu Sans"));
    f.setPointSizeF(8);
    return f;
}

QFontMetricsF layoutMetrics(const QFont &font)
{
    // A 72 dpi device: one pixel is one point, the unit of the layout.
    static const QImage pointDevice = [] {
        QImage image(1, 1, QImage::Format_ARGB32);
        image.setDotsPerMeterX(qRound(72 / 0.0254));
        image.setDotsPerMeterY(qRound(72 / 0.0254));
        return image;
    }();
    return QFontMetricsF(font, &pointDevice);
}

QFont deviceFont(const QFont &font, const QPaintDevice *device)
{
    QFont f = font;
    if (device && device->logicalDpiY() > 0)
        f.setPointSizeF(font.pointSizeF() * 72.0 / device->logicalDpiY());
    return f;
}

QSizeF nodeSize(const NodeText &text)
{
    const QFontMetricsF title = layoutMetrics(nodeTitleFont());
    const QFontMetricsF line = layoutMetrics(nodeLineFont());
    qreal width = title.horizontalAdvance(text.title);
    for (const QString &l : text.lines)
        width = std::max(width, line.horizontalAdvance(l));
    const qreal height = title.height() + line.lineSpacing() * text.lines.size();
    return {std::ceil(width + 2 * kPadding), std::ceil(height + 2 * kPadding)};
}

} // namespace pm::report
