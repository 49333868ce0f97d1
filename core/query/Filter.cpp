#include "Filter.h"

#include "common/TextMatch.h"
#include "matrix/Elements.h"
#include "matrix/Quantity.h"

#include <QRegularExpression>
#include <QSet>

namespace pm {

namespace {
struct FieldInfo {
    FilterField field;
    const char *key;
    std::optional<Scale> scale;
};

const QList<FieldInfo> &fields()
{
    static const QList<FieldInfo> f = {
        {FilterField::Cluster, "cluster", {}},
        {FilterField::Partner, "partner", {}},
        {FilterField::Country, "country", {}},
        {FilterField::Technique, "technique", {}},
        {FilterField::Observable, "observable", {}},
        {FilterField::Mode, "mode", {}},
        {FilterField::Source, "source", {}},
        {FilterField::Instrument, "instrument", {}},
        {FilterField::SamplePreparation, "sample_preparation", {}},
        {FilterField::Fidelity, "fidelity", Scale::Fidelity},
        {FilterField::Resources, "resources", Scale::Cost},
        {FilterField::PlanningTime, "planning_time", Scale::Duration},
        {FilterField::PostProcessingTime, "post_processing_time", Scale::Duration},
        {FilterField::CrlAcquisition, "crl_acquisition", Scale::Level},
        {FilterField::CrlAnalysis, "crl_analysis", Scale::Level},
        {FilterField::UsedInBigmap, "used_in_bigmap", {}},
        {FilterField::SampleReuse, "sample_reuse", {}},
        {FilterField::CellAvailable, "cell_available", {}},
        {FilterField::Damage, "damage", Scale::Level},
        {FilterField::TimeResolution, "time_resolution", {}},
        {FilterField::Element, "element", {}},
    };
    return f;
}

const FieldInfo &info(FilterField f)
{
    for (const FieldInfo &i : fields())
        if (i.field == f)
            return i;
    return fields().first();
}

QString opText(FilterOp op)
{
    switch (op) {
    case FilterOp::Equal:
        return QStringLiteral("=");
    case FilterOp::NotEqual:
        return QStringLiteral("!=");
    case FilterOp::AtLeast:
        return QStringLiteral(">=");
    case FilterOp::AtMost:
        return QStringLiteral("<=");
    }
    return {};
}

std::optional<bool> yesNo(const QString &v)
{
    const QString t = text::normalized(v);
    if (t == u"yes" || t == u"true" || t == u"y" || t == u"1")
        return true;
    if (t == u"no" || t == u"false" || t == u"n" || t == u"0")
        return false;
    return std::nullopt;
}

bool ordinalMatches(const OrdinalRange &r, FilterOp op, int level)
{
    if (!r.known())
        return false;
    switch (op) {
    case FilterOp::Equal:
        return r.contains(level);
    case FilterOp::NotEqual:
        return !r.contains(level);
    case FilterOp::AtLeast:
        return r.hi >= level;
    case FilterOp::AtMost:
        return r.lo <= level;
    }
    return false;
}

Error unknownValue(const QString &field, const QString &value, const QStringList &valid)
{
    if (valid.size() <= 12)
        return makeError(QStringLiteral("unknown %1 \"%2\"; valid values: %3").arg(field, value, valid.join(QStringLiteral(", "))));
    return makeError(QStringLiteral("unknown %1 \"%2\"; did you mean %3?").arg(field, value, text::humanList(text::closest(value, valid, 3))));
}
} // namespace

// Both already text::normalized.
bool normalizedWordContains(const QString &h, const QString &n)
{
    if (n.isEmpty())
        return false;
    if (h == n)
        return true;
    qsizetype from = 0;
    while ((from = h.indexOf(n, from)) >= 0) {
        const bool startOk = from == 0 || !h[from - 1].isLetterOrNumber();
        const qsizetype end = from + n.size();
        const bool endOk = end >= h.size() || !h[end].isLetterOrNumber();
        if (startOk && endOk)
            return true;
        ++from;
    }
    return false;
}

bool wordContains(const QString &haystack, const QString &needle)
{
    return normalizedWordContains(text::normalized(haystack), text::normalized(needle));
}

bool techniqueMatches(const Offering &o, const QString &value)
{
    return wordContains(o.abbreviation, value) || wordContains(o.technique, value)
           || text::normalized(o.techniqueLabel()) == text::normalized(value);
}

QString sourceCategory(const QString &item)
{
    const QString t = text::normalized(item);
    if (t.contains(u"synchrotron"))
        return QStringLiteral("synchrotron");
    if (t.contains(u"neutron"))
        return QStringLiteral("neutron");
    static const QSet<QString> anodes = {QStringLiteral("cu"), QStringLiteral("co"), QStringLiteral("mo"), QStringLiteral("ag"),
                                         QStringLiteral("cr"), QStringLiteral("fe"), QStringLiteral("ga"), QStringLiteral("in"),
                                         QStringLiteral("w"), QStringLiteral("x-ray tube"), QStringLiteral("x-ray"), QStringLiteral("al k-alpha"),
                                         QStringLiteral("al kα"), QStringLiteral("mg"), QStringLiteral("al")};
    if (anodes.contains(t) || t.contains(u"x-ray tube") || t.contains(u"anode") || t.contains(u"k-alpha") || t.contains(u"kα"))
        return QStringLiteral("x-ray tube");
    if (t.contains(u"laser"))
        return QStringLiteral("laser");
    if (t.contains(u"electron"))
        return QStringLiteral("electron");
    if (t.contains(u"ion") && !t.contains(u"radio"))
        return QStringLiteral("ion");
    if (t.contains(u"muon"))
        return QStringLiteral("muon");
    if (t.contains(u"infrared") || t == u"ir")
        return QStringLiteral("infrared");
    if (t.contains(u"radio") || t == u"rf")
        return QStringLiteral("radio frequency");
    return t;
}

QStringList sourceCategories()
{
    return {QStringLiteral("synchrotron"), QStringLiteral("neutron"), QStringLiteral("x-ray tube"), QStringLiteral("laser"),
            QStringLiteral("electron"), QStringLiteral("ion"), QStringLiteral("muon"), QStringLiteral("infrared"),
            QStringLiteral("radio frequency")};
}

QString filterFieldKey(FilterField f) { return QString::fromLatin1(info(f).key); }

QStringList filterFieldKeys()
{
    QStringList out;
    for (const FieldInfo &i : fields())
        out.append(QString::fromLatin1(i.key));
    return out;
}

bool isOrdinalField(FilterField f) { return info(f).scale.has_value() || f == FilterField::TimeResolution; }

QString FilterExpression::toString() const
{
    return filterFieldKey(field) + opText(op) + values.join(QLatin1Char('|'));
}

Result<FilterExpression> parseFilter(const QString &expression, const Matrix &matrix, const ObservableVocabulary &vocabulary)
{
    static const QRegularExpression re(QStringLiteral(R"(^\s*([A-Za-z_ -]+?)\s*(!=|>=|<=|=)\s*(.*?)\s*$)"));
    const auto m = re.match(expression);
    if (!m.hasMatch())
        return makeError(QStringLiteral("cannot read \"%1\"; write field=value, field>=value or field<=value (fields: %2)")
                             .arg(expression, filterFieldKeys().join(QStringLiteral(", "))));
    QString key = text::normalized(m.captured(1));
    key.replace(QLatin1Char(' '), QLatin1Char('_')).replace(QLatin1Char('-'), QLatin1Char('_'));
    const FieldInfo *field = nullptr;
    for (const FieldInfo &i : fields())
        if (key == QLatin1String(i.key))
            field = &i;
    if (!field)
        return makeError(QStringLiteral("unknown field \"%1\"; valid fields: %2").arg(m.captured(1), filterFieldKeys().join(QStringLiteral(", "))));

    FilterExpression e;
    e.field = field->field;
    const QString op = m.captured(2);
    e.op = op == u"=" ? FilterOp::Equal : op == u"!=" ? FilterOp::NotEqual : op == u">=" ? FilterOp::AtLeast : FilterOp::AtMost;
    if ((e.op == FilterOp::AtLeast || e.op == FilterOp::AtMost) && !isOrdinalField(e.field))
        return makeError(QStringLiteral("%1 has no order; use %1=value (>= and <= work for fidelity, resources, planning_time, "
                                        "post_processing_time, crl_acquisition, crl_analysis, damage and time_resolution)")
                             .arg(QString::fromLatin1(field->key)));
    for (const QString &v : m.captured(3).split(QLatin1Char('|'))) {
        const QString value = v.trimmed();
        if (value.isEmpty())
            return makeError(QStringLiteral("\"%1\" has an empty value").arg(expression));
        e.values.append(value);
    }
    if (e.values.isEmpty())
        return makeError(QStringLiteral("\"%1\" has no value").arg(expression));

    const QString fieldKey = QString::fromLatin1(field->key);
    // Validate and canonicalise each value.
    for (QString &value : e.values) {
        if (field->scale) {
            const auto level = scale::parseLevel(*field->scale, value);
            if (!level)
                return unknownValue(fieldKey, value, [&] {
                    QStringList l;
                    for (const QString &n : scale::names(*field->scale))
                        l.append(n.toLower());
                    return l;
                }());
            value = scale::key(*field->scale, *level);
            continue;
        }
        switch (field->field) {
        case FilterField::Partner: {
            const Partner *p = matrix.partner(value);
            if (p)
                value = p->shortName;
            else if (!matrix.partnerNames().contains(value, Qt::CaseInsensitive))
                return unknownValue(fieldKey, value, matrix.partnerNames());
            break;
        }
        case FilterField::Country: {
            bool found = false;
            for (const Partner &p : matrix.partners)
                if (text::normalized(p.country) == text::normalized(value) || text::normalized(p.countryCode) == text::normalized(value)) {
                    value = p.country;
                    found = true;
                    break;
                }
            if (!found)
                return unknownValue(fieldKey, value, matrix.countries());
            break;
        }
        case FilterField::Observable: {
            const auto c = vocabulary.canonical(value);
            bool inMatrix = false;
            for (const Offering &o : matrix.offerings)
                if (o.observables.contains(text::normalized(value)))
                    inMatrix = true;
            if (c)
                value = *c;
            else if (!inMatrix)
                return unknownValue(fieldKey, value, vocabulary.allTerms());
            break;
        }
        case FilterField::Mode: {
            const auto mode = modeFromText(value);
            if (!mode)
                return unknownValue(fieldKey, value, {QStringLiteral("ex-situ"), QStringLiteral("in-situ"), QStringLiteral("operando")});
            value = modeKey(*mode);
            break;
        }
        case FilterField::UsedInBigmap:
        case FilterField::SampleReuse:
        case FilterField::CellAvailable: {
            const auto b = yesNo(value);
            if (!b)
                return unknownValue(fieldKey, value, {QStringLiteral("yes"), QStringLiteral("no")});
            value = *b ? QStringLiteral("yes") : QStringLiteral("no");
            break;
        }
        case FilterField::TimeResolution: {
            const auto s = quantity::parseSeconds(value);
            if (!s)
                return makeError(QStringLiteral("cannot read the time \"%1\" in %2; write a number with a unit: 60s, 1min, 2h, 1day").arg(value, fieldKey));
            break;
        }
        case FilterField::Element: {
            const ChemicalElement *element = ElementTable::bundled().element(value);
            if (!element)
                return unknownValue(fieldKey, value, ElementTable::bundled().symbols());
            value = element->symbol;
            break;
        }
        case FilterField::Cluster: {
            const QStringList clusters = matrix.clusters();
            if (!clusters.contains(value, Qt::CaseInsensitive))
                return unknownValue(fieldKey, value, clusters);
            for (const QString &c : clusters)
                if (c.compare(value, Qt::CaseInsensitive) == 0)
                    value = c;
            break;
        }
        case FilterField::Technique: {
            const bool any = std::any_of(matrix.offerings.cbegin(), matrix.offerings.cend(), [&](const Offering &o) { return techniqueMatches(o, value); });
            if (!any) {
                QStringList names;
                for (const Offering &o : matrix.offerings) {
                    if (!names.contains(o.technique))
                        names.append(o.technique);
                    if (!o.abbreviation.isEmpty() && !names.contains(o.abbreviation))
                        names.append(o.abbreviation);
                }
                return unknownValue(fieldKey, value, names);
            }
            break;
        }
        case FilterField::Source: {
            const QString cat = sourceCategory(value);
            bool any = sourceCategories().contains(cat);
            for (const Offering &o : matrix.offerings)
                for (const QString &s : o.sources)
                    if (text::normalized(s) == text::normalized(value))
                        any = true;
            if (!any) {
                QStringList valid = sourceCategories();
                for (const Offering &o : matrix.offerings)
                    for (const QString &s : o.sources)
                        if (!valid.contains(s, Qt::CaseInsensitive))
                            valid.append(s);
                return unknownValue(fieldKey, value, valid);
            }
            break;
        }
        case FilterField::Instrument:
        case FilterField::SamplePreparation:
        default:
            break;
        }
    }
    return e;
}

namespace {
// Partner and country tests depend only on the offering's partner cell, and resolving a partner
// by name or alias is slow (ask: 36 ms for "in Grenoble" over 157 rows). Answer once per
// distinct partner cell of the matrix; offerings from elsewhere take the full test.
std::function<bool(const Offering &)> byPartnerCell(const Matrix &matrix, std::function<bool(const Offering &)> test)
{
    QHash<QString, bool> known;
    for (const Offering &o : matrix.offerings)
        if (!known.contains(o.partner))
            known.insert(o.partner, test(o));
    return [known, test](const Offering &o) {
        const auto it = known.constFind(o.partner);
        return it != known.cend() ? *it : test(o);
    };
}

std::function<bool(const Offering &)> predicateFor(const FilterExpression &e, const Matrix &matrix)
{
    const QStringList values = e.values;
    const FilterOp op = e.op;
    auto any = [values](auto &&test) {
        return [values, test](const Offering &o) {
            for (const QString &v : values)
                if (test(o, v))
                    return true;
            return false;
        };
    };
    std::function<bool(const Offering &)> positive;
    const auto scaleOf = info(e.field).scale;
    if (scaleOf) {
        const Scale s = *scaleOf;
        const FilterField f = e.field;
        return any([s, f, op](const Offering &o, const QString &v) {
            const int level = *scale::parseLevel(s, v);
            switch (f) {
            case FilterField::Fidelity:
                return ordinalMatches(o.fidelity, op, level);
            case FilterField::Resources:
                return ordinalMatches(o.resources, op, level);
            case FilterField::PlanningTime:
                return ordinalMatches(o.planningTime, op, level);
            case FilterField::PostProcessingTime:
                return ordinalMatches(o.postProcessingTime, op, level);
            case FilterField::Damage:
                return ordinalMatches(o.damage, op, level);
            case FilterField::CrlAcquisition:
            case FilterField::CrlAnalysis: {
                const auto &list = f == FilterField::CrlAcquisition ? o.crlAcquisition : o.crlAnalysis;
                return std::any_of(list.cbegin(), list.cend(), [&](const OrdinalRange &r) { return ordinalMatches(r, op, level); });
            }
            default:
                return false;
            }
        });
    }
    if (e.field == FilterField::TimeResolution) {
        return any([op](const Offering &o, const QString &v) {
            if (!o.timeResolutionS)
                return false;
            const double limit = *quantity::parseSeconds(v);
            switch (op) {
            case FilterOp::AtLeast:
                return *o.timeResolutionS >= limit;
            case FilterOp::NotEqual:
                return *o.timeResolutionS > limit;
            default: // "=" means "can reach": the finest time step is at most the value
                return *o.timeResolutionS <= limit;
            }
        });
    }
    const Matrix *m = &matrix;
    switch (e.field) {
    case FilterField::Cluster:
        positive = any([](const Offering &o, const QString &v) { return o.cluster.compare(v, Qt::CaseInsensitive) == 0; });
        break;
    case FilterField::Partner:
        positive = byPartnerCell(matrix, any([m](const Offering &o, const QString &v) {
            const Partner *p = m->partner(o.partner);
            return o.partner.compare(v, Qt::CaseInsensitive) == 0 || (p && p->matches(v));
        }));
        break;
    case FilterField::Country:
        positive = byPartnerCell(matrix, any([m](const Offering &o, const QString &v) {
            const Partner *p = m->partner(o.partner);
            return p && (p->country.compare(v, Qt::CaseInsensitive) == 0 || p->countryCode.compare(v, Qt::CaseInsensitive) == 0);
        }));
        break;
    case FilterField::Technique: {
        // techniqueMatches for every value, with each text normalised once: a technique family
        // asked in plain language lists up to a dozen labels (bench_ask, docs/PERFORMANCE.md).
        QStringList needles;
        for (const QString &v : e.values)
            needles.append(text::normalized(v));
        positive = [needles](const Offering &o) {
            const QString abbreviation = text::normalized(o.abbreviation);
            const QString technique = text::normalized(o.technique);
            const QString label = text::normalized(o.techniqueLabel());
            return std::any_of(needles.cbegin(), needles.cend(), [&](const QString &n) {
                return normalizedWordContains(abbreviation, n) || normalizedWordContains(technique, n) || label == n;
            });
        };
        break;
    }
    case FilterField::Observable:
        // Through the hierarchy: an offering listing the term, a narrower one, or a broader one
        // that may answer it (the planner proposes those at lower fidelity).
        positive = any([](const Offering &o, const QString &v) {
            return o.observables.contains(v, Qt::CaseInsensitive) || bool(ObservableVocabulary::bundled().match(o.observables, v));
        });
        break;
    case FilterField::Mode:
        positive = any([](const Offering &o, const QString &v) { return o.modes.testFlag(*modeFromText(v)); });
        break;
    case FilterField::Source:
        positive = any([](const Offering &o, const QString &v) {
            const QString cat = sourceCategory(v);
            for (const QString &s : o.sources)
                if (text::normalized(s) == text::normalized(v) || sourceCategory(s) == cat)
                    return true;
            return false;
        });
        break;
    case FilterField::Instrument:
        positive = any([](const Offering &o, const QString &v) {
            for (const QString &i : o.instruments)
                if (wordContains(i, v))
                    return true;
            return false;
        });
        break;
    case FilterField::SamplePreparation:
        positive = any([](const Offering &o, const QString &v) {
            for (const QString &s : o.samplePreparation)
                if (text::normalized(s).contains(text::normalized(v)))
                    return true;
            return false;
        });
        break;
    case FilterField::Element:
        // Element-specific techniques (XAS edges, Mössbauer isotopes, ...) that cannot reach it
        // are out; techniques no element rule names are kept.
        positive = any([](const Offering &o, const QString &v) { return ElementTable::bundled().unreachable(o, v).isEmpty(); });
        break;
    case FilterField::UsedInBigmap:
        positive = any([](const Offering &o, const QString &v) { return o.usedInBigmap && *o.usedInBigmap == (v == u"yes"); });
        break;
    case FilterField::SampleReuse:
        positive = any([](const Offering &o, const QString &v) { return o.sampleReuse && *o.sampleReuse == (v == u"yes"); });
        break;
    case FilterField::CellAvailable:
        positive = any([](const Offering &o, const QString &v) { return o.cellAvailable && *o.cellAvailable == (v == u"yes"); });
        break;
    default:
        positive = [](const Offering &) { return false; };
        break;
    }
    if (op == FilterOp::NotEqual)
        return [positive](const Offering &o) { return !positive(o); };
    return positive;
}
} // namespace

Result<Filter> Filter::compile(const QList<FilterExpression> &expressions, const Matrix &matrix, const ObservableVocabulary &)
{
    Filter f;
    f.m_expressions = expressions;
    for (const FilterExpression &e : expressions)
        f.m_predicates.append(predicateFor(e, matrix));
    return f;
}

Result<Filter> Filter::parse(const QStringList &expressions, const Matrix &matrix, const ObservableVocabulary &vocabulary)
{
    QList<FilterExpression> parsed;
    for (const QString &s : expressions) {
        auto e = parseFilter(s, matrix, vocabulary);
        if (!e)
            return makeError(e.error().message, QStringLiteral("--where %1").arg(s));
        parsed.append(*e);
    }
    return compile(parsed, matrix, vocabulary);
}

bool Filter::matches(const Offering &o) const
{
    for (const auto &p : m_predicates)
        if (!p(o))
            return false;
    return true;
}

QList<Offering> Filter::apply(const QList<Offering> &offerings) const
{
    QList<Offering> out;
    for (const Offering &o : offerings)
        if (matches(o))
            out.append(o);
    return out;
}

} // namespace pm
