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
};

// `table` null: the matrix's own cells only (sample damage level, sample reuse).
Damage damageOf(const Offering &o, const DamageTable *table);
Damage damageOf(const Offering &o); // with the bundled table

// The order of steps on one sample: 0 leaves it as it was; 1-3 damage it, by what they
// alter (surface, then bulk, then the electron beam); 4 ends the sample (destroys it or it
// cannot be reused).
int sequenceOrder(const Damage &d);
// The search's three levels (PlanningModel damageClass): 0 none, 1 damaging, 2 ends the sample.
int searchDamage(int order);

} // namespace pm::planning
