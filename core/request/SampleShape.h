#pragma once

#include <QString>
#include <QStringList>

#include <optional>

namespace pm {

// The sample a request starts from (D5.5 2.1). The shape decides which offerings can take
// it: a harvested electrode fits any holder for solids, a liquid only where liquids are
// taken, a commercial cell only where that cell format is listed.
enum class SampleShape {
    Electrode,        // a real composite electrode (harvested from a cell or as cast)
    ModelElectrode,   // thin film or single-particle model electrode
    Powder,           // active-material powder
    LiquidElectrolyte,
    CoinCell,
    PouchCell,
    CylindricalCell,
    PrismaticCell,
};

QString sampleShapeKey(SampleShape s);         // "electrode", "model electrode", "coin cell", ...
QStringList sampleShapeKeys();                 // every key, for error messages and suggestions
std::optional<SampleShape> sampleShapeFromKey(const QString &text); // tolerates case, "_" and "-"

bool isCellShape(SampleShape s);  // coin, pouch, cylindrical, prismatic
bool isSolidShape(SampleShape s); // electrode, model electrode, powder

} // namespace pm
