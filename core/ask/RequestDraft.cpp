#include "RequestDraft.h"

#include "matrix/Quantity.h"

#include <QJsonArray>

namespace pm::ask {

namespace {
const FilterExpression *firstOf(const Interpretation &in, FilterField field, bool positive = true)
{
    for (const UnderstoodCriterion &c : in.criteria)
        if (c.expression.field == field && (c.expression.op != FilterOp::NotEqual) == positive)
            return &c.expression;
    return nullptr;
}

QString costKey(const QString &resources)
{
    if (resources == u"cheap")
        return QStringLiteral("low");
    if (resources == u"expensive")
        return QStringLiteral("high");
    return QStringLiteral("medium");
}
} // namespace

QJsonObject requestDraft(const Interpretation &in)
{
    const RequestHints &h = in.hints;
    QJsonObject sample{{QStringLiteral("shape"), h.shape.isEmpty() ? QStringLiteral("electrode") : h.shape},
                       {QStringLiteral("material"), h.materials.join(QStringLiteral(", "))},
                       {QStringLiteral("air_sensitive"), h.airSensitive}};

    const FilterExpression *mode = firstOf(in, FilterField::Mode);
    const QString modeValue = mode ? mode->values.first() : QStringLiteral("any");
    std::optional<double> timeResolution;
    if (const FilterExpression *t = firstOf(in, FilterField::TimeResolution); t && t->op != FilterOp::AtLeast)
        timeResolution = quantity::parseSeconds(t->values.first());

    QStringList names;
    for (const UnderstoodCriterion &c : in.criteria)
        if (c.expression.field == FilterField::Observable && c.expression.op == FilterOp::Equal)
            for (const QString &v : c.expression.values)
                if (!names.contains(v))
                    names.append(v);
    QJsonArray observables;
    for (const QString &name : std::as_const(names)) {
        QJsonObject o{{QStringLiteral("name"), name},
                      {QStringLiteral("mode"), modeValue},
                      {QStringLiteral("roi"), h.roi.isEmpty() ? QStringLiteral("average") : h.roi}};
        if (timeResolution && modeValue != u"ex-situ")
            o.insert(QStringLiteral("time_resolution_s"), *timeResolution);
        // "the Ni oxidation state": the planner keeps only techniques that reach Ni (issue 16).
        if (const QStringList elements = in.elementsOf.value(name); !elements.isEmpty())
            o.insert(QStringLiteral("elements"), QJsonArray::fromStringList(elements));
        observables.append(o);
    }

    QJsonArray correlations;
    if (!h.correlations.isEmpty() && names.size() >= 2) {
        int type = 0;
        for (int t : h.correlations)
            if (t > 0 && (type == 0 || t < type))
                type = t;
        if (type == 0)
            type = (modeValue == u"operando" || modeValue == u"in-situ") ? 1 : 2;
        correlations.append(QJsonObject{{QStringLiteral("observables"), QJsonArray::fromStringList(names)},
                                        {QStringLiteral("type"), type}});
    }

    const FilterExpression *fidelity = firstOf(in, FilterField::Fidelity);
    const FilterExpression *resources = firstOf(in, FilterField::Resources);
    QStringList excluded;
    for (const UnderstoodCriterion &c : in.criteria)
        if (c.expression.field == FilterField::Partner && c.expression.op == FilterOp::NotEqual)
            excluded += c.expression.values;

    return QJsonObject{
        {QStringLiteral("title"), in.question.simplified().left(120)},
        {QStringLiteral("sample"), sample},
        {QStringLiteral("observables"), observables},
        {QStringLiteral("correlations"), correlations},
        {QStringLiteral("fidelity"), fidelity ? fidelity->values.first() : QStringLiteral("medium")},
        {QStringLiteral("cost"), resources ? costKey(resources->values.first()) : QStringLiteral("medium")},
        {QStringLiteral("exclude_partners"), QJsonArray::fromStringList(excluded)},
        {QStringLiteral("exclude_offerings"), QJsonArray()},
        {QStringLiteral("pinned"), QJsonArray()},
    };
}

} // namespace pm::ask
