#include "SampleShape.h"

#include "common/TextMatch.h"

#include <array>

namespace pm {

namespace {
struct ShapeName {
    SampleShape shape;
    const char *key;
};
constexpr std::array kShapes{
    ShapeName{SampleShape::Electrode, "electrode"},
    ShapeName{SampleShape::ModelElectrode, "model electrode"},
    ShapeName{SampleShape::Powder, "powder"},
    ShapeName{SampleShape::LiquidElectrolyte, "liquid electrolyte"},
    ShapeName{SampleShape::CoinCell, "coin cell"},
    ShapeName{SampleShape::PouchCell, "pouch cell"},
    ShapeName{SampleShape::CylindricalCell, "cylindrical cell"},
    ShapeName{SampleShape::PrismaticCell, "prismatic cell"},
};
} // namespace

QString sampleShapeKey(SampleShape s)
{
    for (const ShapeName &n : kShapes)
        if (n.shape == s)
            return QString::fromLatin1(n.key);
    return {};
}

QStringList sampleShapeKeys()
{
    QStringList keys;
    for (const ShapeName &n : kShapes)
        keys.append(QString::fromLatin1(n.key));
    return keys;
}

std::optional<SampleShape> sampleShapeFromKey(const QString &text)
{
    QString t = text::normalized(QString(text).replace(QLatin1Char('_'), QLatin1Char(' ')).replace(QLatin1Char('-'), QLatin1Char(' ')));
    if (t == u"real electrode" || t == u"composite electrode")
        t = QStringLiteral("electrode");
    if (t == u"thin film" || t == u"thin film electrode")
        t = QStringLiteral("model electrode");
    if (t == u"electrolyte" || t == u"liquid")
        t = QStringLiteral("liquid electrolyte");
    if (t.endsWith(u's'))
        t.chop(1);
    for (const ShapeName &n : kShapes)
        if (t == QLatin1String(n.key))
            return n.shape;
    return std::nullopt;
}

bool isCellShape(SampleShape s)
{
    return s == SampleShape::CoinCell || s == SampleShape::PouchCell || s == SampleShape::CylindricalCell
        || s == SampleShape::PrismaticCell;
}

bool isSolidShape(SampleShape s)
{
    return s == SampleShape::Electrode || s == SampleShape::ModelElectrode || s == SampleShape::Powder;
}

} // namespace pm
