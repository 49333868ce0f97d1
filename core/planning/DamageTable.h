#pragma once

// What a measurement does to its sample, from the technique family (resources/planning/
// damage.json; docs/PLANNER.md section 3). Private to core/planning.

#include "TechniqueRules.h"

#include <QList>

#include <optional>

namespace pm::planning {

enum class DamageClass { None, Surface, Beam, Destructive };
QString damageClassKey(DamageClass c); // "none", "surface", "beam", "destructive"
std::optional<DamageClass> damageClassFromKey(const QString &key);

// What a damaging step alters, in the order they go on one sample.
enum class Alters { Nothing, Surface, Bulk, ElectronBeam };

struct DamageRule {
    QString family;
    DamageClass damage = DamageClass::None;
    Alters alters = Alters::Nothing;
    bool doseDependent = false; // the matrix's "Sample damage" level decides (Low: none)
    double holdDays = 0;        // held at the facility afterwards (activation)
    // A rule for some observables only: it applies to a step that measures one of them
    // (lab XPS is destructive only when it profiles an SEI's thickness by sputtering).
    QStringList observables;
    double fidelityFactor = 1; // on those observables: the method's own uncertainty
    // Specimen preparation at the instrument (a TEM lamella): its days are part of the step.
    QString specimen;
    double specimenDays = 0;
    TechniqueMatch match;
    QString reason;
    QString source;
};

struct DamageTable {
    QList<DamageRule> rules;
};

Result<DamageTable> damageTableFromJson(const QJsonObject &json, const QString &name);
// The compiled-in table, read once. An error here is a packaging fault (test_damage checks it).
const Result<DamageTable> &bundledDamageTable();

// One offering's damage, with the reason a plan shows.
struct Damage {
    DamageClass damage = DamageClass::None;
    Alters alters = Alters::Nothing;
    bool endsSample = false; // destructive, or sample reuse "No": nothing follows it on this sample
    double holdDays = 0;
    QString family; // the table's family, empty when no rule matched
    QString reason; // why, with the source
    // From a rule for some observables (DamageRule::observables): which of the step's
    // observables it concerns, and their fidelity factor. Empty: the offering's own damage.
    QStringList forObservables;
    int ruleIndex = -1; // the table rule that decided, or -1
    double fidelityFactor = 1;
    QString specimen;
    double specimenDays = 0;
};

// `table` null: the matrix's own cells only (sample damage level, sample reuse).
// `observables`: what the step measures; rules for other observables are skipped, so without
// them the result is the offering's damage whatever it measures.
Damage damageOf(const Offering &o, const DamageTable *table, const QStringList &observables = {});
Damage damageOf(const Offering &o, const QStringList &observables = {}); // with the bundled table

// The order of steps on one sample: 0 leaves it as it was; 1-3 damage it, by what they
// alter (surface, then bulk, then the electron beam); 4 ends the sample (destroys it or it
// cannot be reused).
int sequenceOrder(const Damage &d);
// The search's three levels (PlanningModel damageClass): 0 none, 1 damaging, 2 ends the sample.
int searchDamage(int order);

} // namespace pm::planning
