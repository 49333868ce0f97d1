#pragma once

// The numbers behind fidelity, cost and duration (docs/PLANNER.md explains each one).
// Private to core/planning: the rest of the program sees only the plans they produce.

#include "matrix/Matrix.h"
#include "matrix/Vocabulary.h"

namespace pm::planning {

// Distance between two sites, the D5.5 logistics classes.
enum class Distance { SameSite = 0, SameCity = 1, SameCountry = 2, Abroad = 3 };
QString distanceKey(Distance d); // "same lab", "same campus or city", "same country", "abroad" (D5.5 2.5.3)

inline constexpr double kExSituPreparationDays = 7;  // cycle a cell to the state of charge, open it, harvest
inline constexpr double kOperandoPreparationDays = 2; // assemble the operando cell
inline constexpr double kMaterialPackingDays = 1;     // pack material for a cell assembled elsewhere
inline constexpr double kTransferDays = 0.1;          // move the sample to the next instrument on site
inline constexpr double kExSituSampleCost = 1;
inline constexpr double kOperandoSampleCost = 2;

double shipDays(Distance d);
double shipCost(Distance d, bool airSensitive);
// Fidelity kept through one shipment: ageing, and air exposure when an air-sensitive sample
// travels without an air-tight holder both instruments take.
double shipFidelity(bool airSensitive, bool airTightHolder);

// Per observable: technique fidelity x observable resolution x CRL x instrument quality, and
// x broaderMatchFidelity when the offering lists only a broader term of the observable.
double observableFidelity(const Offering &o, const QString &observable);

// An offering that lists only the broader term ("electronic structure" for "oxygen redox") may
// not resolve the narrower one: its fidelity is multiplied by this per step up the hierarchy,
// unless the vocabulary marks the link "full" (lattice parameters from crystal structure).
inline constexpr double kBroaderMatchFidelity = 0.85;
double broaderMatchFidelity(const ObservableMatch &match);
// The operando cell's share: its electrochemical performance x the data quality on this instrument.
double cellFidelity(const OperandoCell *cell, const InstrumentRef *ref);

double stepCost(const Offering &o);
double leadDays(const Offering &o);  // planning time, stretched by low availability
double measureDays(const Offering &o, bool inCell);
double postProcessingDays(const Offering &o);

// 0 leaves the sample as it was, 1 damages it (beam damage), 2 destroys it.
int damageClass(const Offering &o);

bool isLargeScaleFacility(const Matrix &m, const Offering &o);

// Does a holder or cell entry name this offering (partner, technique or abbreviation, instrument)?
bool refMatches(const InstrumentRef &ref, const Offering &o);

} // namespace pm::planning
