#include "DamageTable.h"

#include <QJsonArray>

namespace pm::planning {

QString damageClassKey(DamageClass c)
{
    switch (c) {
    case DamageClass::None:
        return QStringLiteral("none");
    case DamageClass::Surface:
        return QStringLiteral("surface");
    case DamageClass::Beam:
        return QStringLiteral("beam");
    case DamageClass::Destructive:
        break;
    }
    return QStringLiteral("destructive");
}

std::optional<DamageClass> damageClassFromKey(const QString &key)
{
    const QString k = key.trimmed().toLower();
    for (DamageClass c : {DamageClass::None, DamageClass::Surface, DamageClass::Beam, DamageClass::Destructive})
        if (damageClassKey(c) == k)
            return c;
    return std::nullopt;
}

namespace {

std::optional<Alters> altersFromKey(const QString &key)
{
    if (key == u"nothing")
        return Alters::Nothing;
    if (key == u"surface")
        return Alters::Surface;
    if (key == u"bulk")
        return Alters::Bulk;
    if (key == u"electron beam")
        return Alters::ElectronBeam;
    return std::nullopt;
}

// The matrix cell without its list brackets: "[Medium]" -> "medium".
QString cellText(const Offering &o, Column c)
{
    QString t = o.cell(c).trimmed();
    if (t.startsWith(u'[') && t.endsWith(u']'))
        t = t.mid(1, t.size() - 2).trimmed();
    return t.toLower();
}

} // namespace

Result<DamageTable> damageTableFromJson(const QJsonObject &json, const QString &name)
{
    DamageTable table;
    const QJsonArray rules = json.value(QStringLiteral("rules")).toArray();
    if (rules.isEmpty())
        return Error{QStringLiteral("no \"rules\" list"), name};
    for (int i = 0; i < rules.size(); ++i) {
        const QString where = QStringLiteral("%1: rules[%2]").arg(name).arg(i);
        const QJsonObject r = rules[i].toObject();
        DamageRule rule;
        rule.family = r.value(QStringLiteral("family")).toString();
        if (rule.family.isEmpty())
            return Error{QStringLiteral("the rule has no \"family\""), where};
        const auto cls = damageClassFromKey(r.value(QStringLiteral("class")).toString());
        if (!cls)
            return Error{QStringLiteral("\"class\" must be none, surface, beam or destructive"), where + QStringLiteral(".class")};
        rule.damage = *cls;
        const auto alters = altersFromKey(r.value(QStringLiteral("alters")).toString());
        if (!alters)
            return Error{QStringLiteral("\"alters\" must be nothing, surface, bulk or electron beam"), where + QStringLiteral(".alters")};
        rule.alters = *alters;
        if ((rule.damage == DamageClass::None) != (rule.alters == Alters::Nothing))
            return Error{QStringLiteral("a class-none rule alters nothing, and only it"), where + QStringLiteral(".alters")};
        rule.doseDependent = r.value(QStringLiteral("dose_dependent")).toBool();
        rule.holdDays = r.value(QStringLiteral("hold_days")).toDouble();
        if (rule.holdDays < 0 || rule.holdDays > 365)
            return Error{QStringLiteral("\"hold_days\" must be between 0 and 365"), where + QStringLiteral(".hold_days")};
        for (const QJsonValue &v : r.value(QStringLiteral("observables")).toArray())
            if (!v.toString().trimmed().isEmpty())
                rule.observables.append(v.toString().trimmed());
        rule.fidelityFactor = r.value(QStringLiteral("fidelity")).toDouble(1);
        if (!(rule.fidelityFactor > 0 && rule.fidelityFactor <= 1))
            return Error{QStringLiteral("\"fidelity\" must be above 0 and at most 1"), where + QStringLiteral(".fidelity")};
        if (rule.fidelityFactor < 1 && rule.observables.isEmpty())
            return Error{QStringLiteral("a \"fidelity\" factor needs the \"observables\" it applies to"), where + QStringLiteral(".fidelity")};
        rule.specimen = r.value(QStringLiteral("specimen")).toString();
        rule.specimenDays = r.value(QStringLiteral("specimen_days")).toDouble();
        if (rule.specimenDays < 0 || rule.specimenDays > 30)
            return Error{QStringLiteral("\"specimen_days\" must be between 0 and 30"), where + QStringLiteral(".specimen_days")};
        if ((rule.specimenDays > 0) != !rule.specimen.isEmpty())
            return Error{QStringLiteral("\"specimen\" and \"specimen_days\" go together"), where + QStringLiteral(".specimen")};
        auto match = techniqueMatchFromJson(r.value(QStringLiteral("match")).toObject(), where + QStringLiteral(".match"));
        if (!match)
            return match.error();
        rule.match = *match;
        auto why = reasonAndSource(r, where);
        if (!why)
            return why.error();
        rule.reason = why->first;
        rule.source = why->second;
        table.rules.append(rule);
    }
    return table;
}

const Result<DamageTable> &bundledDamageTable()
{
    static const Result<DamageTable> table = [] () -> Result<DamageTable> {
        auto json = planningResource(QStringLiteral("damage.json"));
        if (!json)
            return json.error();
        return damageTableFromJson(*json, QStringLiteral("damage.json"));
    }();
    return table;
}

namespace {

// The rule's observables among the step's (case-insensitive), in the step's words.
QStringList concerned(const DamageRule &r, const QStringList &observables)
{
    QStringList out;
    for (const QString &obs : observables)
        for (const QString &wanted : r.observables)
            if (obs.compare(wanted, Qt::CaseInsensitive) == 0)
                out.append(obs);
    return out;
}

} // namespace

Damage damageOf(const Offering &o, const DamageTable *table, const QStringList &observables)
{
    Damage d;
    const DamageRule *rule = nullptr;
    if (table)
        for (int i = 0; i < table->rules.size() && !rule; ++i) {
            const DamageRule &r = table->rules[i];
            if (!r.observables.isEmpty() && concerned(r, observables).isEmpty())
                continue;
            if (r.match.matches(o)) {
                rule = &r;
                d.ruleIndex = i;
            }
        }
    if (rule) {
        d.forObservables = concerned(*rule, observables);
        d.fidelityFactor = rule->fidelityFactor;
        d.specimen = rule->specimen;
        d.specimenDays = rule->specimenDays;
    }
    const QString cell = cellText(o, Column::SampleDamage);
    // The partner's own word wins over the family's, but not over a rule for what the step
    // measures: the cell rates the technique as usually run, not a depth profile.
    const bool forTheseObservables = rule && !rule->observables.isEmpty();
    if (const auto own = forTheseObservables ? std::nullopt : damageClassFromKey(cell)) {
        d.damage = *own;
        d.alters = *own == DamageClass::None ? Alters::Nothing : rule && rule->alters != Alters::Nothing ? rule->alters : Alters::Bulk;
        d.reason = QStringLiteral("the matrix's Sample damage cell says \"%1\"").arg(cell);
    } else if (rule) {
        d.damage = rule->damage;
        d.alters = rule->alters;
        d.family = rule->family;
        d.holdDays = rule->holdDays;
        d.reason = QStringLiteral("%1: %2 (%3)").arg(rule->family, rule->reason, rule->source);
        if (rule->doseDependent && o.damage.known() && o.damage.hi == 0) {
            d.damage = DamageClass::None;
            d.alters = Alters::Nothing;
            d.reason = QStringLiteral("%1: the partner rates the dose damage Low (%2)").arg(rule->family, rule->source);
        }
    } else {
        // No family rule: the matrix's damage level, as D5.5 2.3.1 proposed it.
        const bool damaged = o.damage.known() && o.damage.hi >= 1;
        d.damage = damaged ? DamageClass::Beam : DamageClass::None;
        d.alters = damaged ? Alters::Bulk : Alters::Nothing;
        d.reason = o.damage.known() ? QStringLiteral("no family rule; the matrix rates the sample damage %1").arg(cell)
                                    : QStringLiteral("no family rule and no sample-damage level in the matrix");
    }
    d.endsSample = d.damage == DamageClass::Destructive || o.isDestructive();
    if (o.isDestructive() && d.damage != DamageClass::Destructive)
        d.reason += QStringLiteral("; sample reuse \"No\": the sample does not go on to another instrument");
    return d;
}

Damage damageOf(const Offering &o, const QStringList &observables)
{
    const Result<DamageTable> &table = bundledDamageTable();
    return damageOf(o, table ? &*table : nullptr, observables);
}

int sequenceOrder(const Damage &d)
{
    if (d.endsSample)
        return 4;
    if (d.damage == DamageClass::None)
        return 0;
    switch (d.alters) {
    case Alters::Surface:
        return 1;
    case Alters::ElectronBeam:
        return 3;
    case Alters::Nothing:
    case Alters::Bulk:
        break;
    }
    return 2;
}

int searchDamage(int order)
{
    return order == 0 ? 0 : order == 4 ? 2 : 1;
}

} // namespace pm::planning
