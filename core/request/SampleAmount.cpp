#include "SampleAmount.h"

#include <QRegularExpression>

namespace pm {

QString amountUnitKey(AmountUnit u)
{
    switch (u) {
    case AmountUnit::Milligram:
        return QStringLiteral("mg");
    case AmountUnit::SquareCentimetre:
        return QStringLiteral("cm2");
    case AmountUnit::Cell:
        break;
    }
    return QStringLiteral("cell");
}

Result<SampleAmount> parseSampleAmount(const QString &text)
{
    static const QRegularExpression re(QStringLiteral(R"(^\s*([-+]?\d+(?:[.,]\d+)?)\s*([^\s\d].*?)?\s*$)"));
    const QString accepted = QStringLiteral("write a number and mg, g, cm2 or mm2, such as \"600 mg\" or \"50 cm2\"");
    const QRegularExpressionMatch m = re.match(text);
    if (!m.hasMatch())
        return makeError(QStringLiteral("\"%1\" is not an amount; %2").arg(text, accepted));
    QString number = m.captured(1);
    number.replace(u',', u'.');
    const double value = number.toDouble();
    if (!(value > 0))
        return makeError(QStringLiteral("\"%1\": an amount must be more than zero; %2").arg(text, accepted));
    const QString unit = m.captured(2).trimmed().toLower();
    if (unit == u"mg")
        return SampleAmount{value, AmountUnit::Milligram};
    if (unit == u"g")
        return SampleAmount{value * 1000, AmountUnit::Milligram};
    if (unit == u"cm2" || unit == u"cm²" || unit == u"cm^2")
        return SampleAmount{value, AmountUnit::SquareCentimetre};
    if (unit == u"mm2" || unit == u"mm²" || unit == u"mm^2")
        return SampleAmount{value / 100, AmountUnit::SquareCentimetre};
    if (unit == u"cell" || unit == u"cells")
        return SampleAmount{value, AmountUnit::Cell};
    if (unit.isEmpty())
        return makeError(QStringLiteral("\"%1\" has no unit; %2").arg(text, accepted));
    return makeError(QStringLiteral("unknown unit \"%1\" in \"%2\"; %3").arg(unit, text, accepted));
}

QString formatSampleAmount(const SampleAmount &a)
{
    switch (a.unit) {
    case AmountUnit::Milligram:
        return a.value >= 1000 ? QStringLiteral("%1 g").arg(a.value / 1000, 0, 'g', 3) : QStringLiteral("%1 mg").arg(a.value, 0, 'g', 3);
    case AmountUnit::SquareCentimetre:
        return QStringLiteral("%1 cm²").arg(a.value, 0, 'g', 3);
    case AmountUnit::Cell:
        break;
    }
    return a.value == 1 ? QStringLiteral("1 cell") : QStringLiteral("%1 cells").arg(a.value, 0, 'g', 3);
}

double activeMassMg(const SampleAmount &a)
{
    switch (a.unit) {
    case AmountUnit::Milligram:
        return a.value;
    case AmountUnit::SquareCentimetre:
        return a.value * kActiveMassMgPerCm2;
    case AmountUnit::Cell:
        break;
    }
    return 0;
}

SampleAmount defaultAvailableAmount(SampleShape shape)
{
    switch (shape) {
    case SampleShape::Electrode:
    case SampleShape::PouchCell: // D5.2 4.3: ~50 cm² of cycled electrode per ageing-workflow sample
        return {50, AmountUnit::SquareCentimetre};
    case SampleShape::Powder: // D5.2 4.3: ~600 mg of active material
        return {600, AmountUnit::Milligram};
    case SampleShape::ModelElectrode: // a thin film on a ~1 cm² substrate
        return {1, AmountUnit::SquareCentimetre};
    case SampleShape::CoinCell: // one CR2032 electrode, 14 mm diameter: 1.5 cm²
        return {1.5, AmountUnit::SquareCentimetre};
    case SampleShape::CylindricalCell: // an 18650 cathode: ~6 cm x 60 cm, both sides
    case SampleShape::PrismaticCell:
        return {700, AmountUnit::SquareCentimetre};
    case SampleShape::LiquidElectrolyte:
        break;
    }
    return {600, AmountUnit::Milligram}; // a few mL of electrolyte: more than any analysis takes
}

} // namespace pm
