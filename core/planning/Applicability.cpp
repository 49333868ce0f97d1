#include "Applicability.h"

#include <QJsonArray>

namespace pm::planning {

QString sampleFormKey(SampleShape s)
{
    if (isCellShape(s))
        return QStringLiteral("full cell");
    switch (s) {
    case SampleShape::Electrode:
        return QStringLiteral("solid electrode");
    case SampleShape::ModelElectrode:
        return QStringLiteral("model system");
    case SampleShape::Powder:
        return QStringLiteral("powder");
    case SampleShape::LiquidElectrolyte:
        return QStringLiteral("liquid electrolyte");
    default:
        break;
    }
    return QStringLiteral("full cell");
}

Result<ApplicabilityTable> applicabilityTableFromJson(const QJsonObject &json, const QString &name)
{
    static const QStringList forms{QStringLiteral("solid electrode"), QStringLiteral("powder"), QStringLiteral("liquid electrolyte"),
                                   QStringLiteral("full cell"), QStringLiteral("model system")};
    ApplicabilityTable table;
    const QJsonArray rules = json.value(QStringLiteral("rules")).toArray();
    if (rules.isEmpty())
        return Error{QStringLiteral("no \"rules\" list"), name};
    for (int i = 0; i < rules.size(); ++i) {
        const QString where = QStringLiteral("%1: rules[%2]").arg(name).arg(i);
        const QJsonObject r = rules[i].toObject();
        ApplicabilityRule rule;
        rule.id = r.value(QStringLiteral("id")).toString();
        if (rule.id.isEmpty())
            return Error{QStringLiteral("the rule has no \"id\" (a rejection names it)"), where};
        if (!r.value(QStringLiteral("applies")).isBool())
            return Error{QStringLiteral("\"applies\" must be true or false"), where + QStringLiteral(".applies")};
        rule.applies = r.value(QStringLiteral("applies")).toBool();
        for (const QJsonValue &v : r.value(QStringLiteral("observables")).toArray())
            rule.observables.append(v.toString());
        if (rule.observables.isEmpty())
            return Error{QStringLiteral("\"observables\" is empty (use [\"*\"] for any)"), where + QStringLiteral(".observables")};
        for (const QJsonValue &v : r.value(QStringLiteral("forms")).toArray()) {
            if (!forms.contains(v.toString()))
                return Error{QStringLiteral("unknown sample form \"%1\" (%2)").arg(v.toString(), forms.join(QStringLiteral(", "))), where + QStringLiteral(".forms")};
            rule.forms.append(v.toString());
        }
        if (rule.forms.isEmpty())
            return Error{QStringLiteral("\"forms\" is empty"), where + QStringLiteral(".forms")};
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

const Result<ApplicabilityTable> &bundledApplicabilityTable()
{
    static const Result<ApplicabilityTable> table = [] () -> Result<ApplicabilityTable> {
        auto json = planningResource(QStringLiteral("applicability.json"));
        if (!json)
            return json.error();
        return applicabilityTableFromJson(*json, QStringLiteral("applicability.json"));
    }();
    return table;
}

const ApplicabilityRule *applicableRule(const ApplicabilityTable &table, const Offering &o, const QString &observable, SampleShape shape)
{
    const QString form = sampleFormKey(shape);
    for (const ApplicabilityRule &r : table.rules)
        if (r.forms.contains(form) && (r.observables.contains(observable) || r.observables.contains(QStringLiteral("*"))) && r.match.matches(o))
            return &r;
    return nullptr;
}

const ApplicabilityRule *applicableRule(const Offering &o, const QString &observable, SampleShape shape)
{
    const Result<ApplicabilityTable> &table = bundledApplicabilityTable();
    return table ? applicableRule(*table, o, observable, shape) : nullptr;
}

QString toConfirm(const Offering &o, const QString &observable, SampleShape shape)
{
    if (!o.samplePreparation.isEmpty() || applicableRule(o, observable, shape))
        return {};
    return QStringLiteral("the matrix does not say which samples %1 at %2 takes, and no applicability rule decides for %3 on a %4")
        .arg(o.abbreviation.isEmpty() ? o.technique : o.abbreviation, o.partner, observable, sampleFormKey(shape));
}

} // namespace pm::planning
