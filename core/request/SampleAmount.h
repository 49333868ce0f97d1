#pragma once

#include "SampleShape.h"

#include "common/Result.h"

#include <QString>

namespace pm {

// An amount of sample: active-material mass, electrode area, or whole cells (an operando
// step takes one cell). Masses are kept in mg, areas in cm².
enum class AmountUnit { Milligram, SquareCentimetre, Cell };

struct SampleAmount {
    double value = 0;
    AmountUnit unit = AmountUnit::Milligram;
    bool operator==(const SampleAmount &) const = default;
};

QString amountUnitKey(AmountUnit u); // "mg", "cm2", "cell"
// "600 mg", "2 g", "50 cm2", "50 cm²", "400 mm2", "1 cell": a positive number and a unit.
// Errors say what is wrong (negative, zero, unknown unit) with the accepted units; the
// caller names the field.
Result<SampleAmount> parseSampleAmount(const QString &text);
QString formatSampleAmount(const SampleAmount &a); // "600 mg", "2 g", "50 cm²", "1 cell"

// D5.2 4.3: about 50 cm² of cycled electrode, i.e. about 600 mg of active material, was sent
// to the partners of the ageing workflow: 12 mg of active material per cm² of electrode.
inline constexpr double kActiveMassMgPerCm2 = 600.0 / 50.0;
// mg of active material (areas converted with kActiveMassMgPerCm2); cells count 0.
double activeMassMg(const SampleAmount &a);

// The material one prepared sample of this shape gives when the request does not say.
SampleAmount defaultAvailableAmount(SampleShape shape);

} // namespace pm
