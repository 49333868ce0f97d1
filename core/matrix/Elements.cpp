#include "Elements.h"

#include "Offering.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace pm {

namespace {
QString kev(double ev)
{
    return ev >= 1000 ? QStringLiteral("%1 keV").arg(ev / 1000, 0, 'g', 3) : QStringLiteral("%1 eV").arg(ev, 0, 'g', 4);
}
} // namespace

bool ElementRule::reaches(const ChemicalElement &e) const
{
    if (allExceptRule)
        return !allExcept.contains(e.symbol);
    if (!isotopes.isEmpty())
        return isotopes.contains(e.symbol);
    const auto inWindow = [&](double ev) { return ev > 0 && ev >= windowLowEv && ev <= windowHighEv; };
    return inWindow(e.kEdgeEv) || inWindow(e.l3EdgeEv);
}

QString ElementRule::reachDescription() const
{
    if (allExceptRule)
        return QStringLiteral("every element except %1").arg(allExcept.join(QStringLiteral(", ")));
    if (!isotopes.isEmpty()) {
        QStringList list = isotopes.values();
        list.sort();
        return QStringLiteral("only %1").arg(list.join(QStringLiteral(", ")));
    }
    return QStringLiteral("K and L3 edges between %1 and %2").arg(kev(windowLowEv), kev(windowHighEv));
}

Result<ElementTable> ElementTable::fromJson(const QByteArray &json)
{
    QJsonParseError err{};
    const QJsonDocument doc = QJsonDocument::fromJson(json, &err);
    if (err.error != QJsonParseError::NoError)
        return makeError(QStringLiteral("the element table is not valid JSON (%1 at offset %2)").arg(err.errorString()).arg(err.offset));
    ElementTable t;
    for (const QJsonValue &v : doc.object().value(QStringLiteral("elements")).toArray()) {
        const QJsonObject o = v.toObject();
        ChemicalElement e{o.value(QStringLiteral("symbol")).toString(), o.value(QStringLiteral("name")).toString(),
                          o.value(QStringLiteral("z")).toInt(), o.value(QStringLiteral("k_edge_ev")).toDouble(),
                          o.value(QStringLiteral("l3_edge_ev")).toDouble()};
        if (e.symbol.isEmpty())
            return makeError(QStringLiteral("the element table has an element without a symbol"), QStringLiteral("elements.symbol"));
        t.m_lookup.insert(e.symbol.toLower(), int(t.m_elements.size()));
        t.m_lookup.insert(e.name.toLower(), int(t.m_elements.size()));
        t.m_elements.append(e);
    }
    for (const QJsonValue &v : doc.object().value(QStringLiteral("rules")).toArray()) {
        const QJsonObject o = v.toObject();
        ElementRule r;
        r.id = o.value(QStringLiteral("id")).toString();
        for (const QJsonValue &p : o.value(QStringLiteral("techniques")).toArray())
            r.techniques.append(p.toString().toLower());
        const QJsonArray window = o.value(QStringLiteral("edge_window_ev")).toArray();
        if (window.size() == 2) {
            r.windowLowEv = window[0].toDouble();
            r.windowHighEv = window[1].toDouble();
        }
        const QJsonObject iso = o.value(QStringLiteral("isotopes")).toObject();
        for (auto it = iso.begin(); it != iso.end(); ++it)
            r.isotopes.insert(it.key(), it.value().toString());
        r.allExceptRule = o.contains(QStringLiteral("all_except"));
        for (const QJsonValue &s : o.value(QStringLiteral("all_except")).toArray())
            r.allExcept.append(s.toString());
        r.reason = o.value(QStringLiteral("reason")).toString();
        r.source = o.value(QStringLiteral("source")).toString();
        // Every rule carries its reason and source, and decides something.
        if (r.id.isEmpty() || r.techniques.isEmpty() || r.reason.isEmpty() || r.source.isEmpty()
            || (!r.allExceptRule && r.isotopes.isEmpty() && r.windowHighEv <= 0))
            return makeError(QStringLiteral("element rule \"%1\" needs an id, technique patterns, a reach, a reason and a source").arg(r.id),
                             QStringLiteral("rules"));
        t.m_rules.append(r);
    }
    return t;
}

const ElementTable &ElementTable::bundled()
{
    static const ElementTable table = [] {
        QFile f(QStringLiteral(":/probematrix/vocabulary/elements.json"));
        if (!f.open(QIODevice::ReadOnly))
            qFatal("bundled element table missing from resources");
        auto r = fromJson(f.readAll());
        if (!r)
            qFatal("bundled element table is broken: %s", qPrintable(r.error().text()));
        return std::move(r).value();
    }();
    return table;
}

const ChemicalElement *ElementTable::element(const QString &word) const
{
    const auto it = m_lookup.constFind(word.trimmed().toLower());
    return it == m_lookup.cend() ? nullptr : &m_elements[*it];
}

QStringList ElementTable::symbols() const
{
    QStringList out;
    for (const ChemicalElement &e : m_elements)
        out.append(e.symbol);
    return out;
}

const ElementRule *ElementTable::ruleFor(const Offering &o) const
{
    const QString name = (o.technique + QStringLiteral(", ") + o.abbreviation).toLower();
    for (const ElementRule &r : m_rules)
        for (const QString &p : r.techniques)
            if (name.contains(p))
                return &r;
    return nullptr;
}

QString ElementTable::unreachable(const Offering &o, const QString &symbol) const
{
    const ChemicalElement *e = element(symbol);
    const ElementRule *r = ruleFor(o);
    if (!e || !r || r->reaches(*e))
        return {};
    QString edge;
    if (r->allExceptRule || !r->isotopes.isEmpty())
        edge = e->symbol;
    else
        edge = e->l3EdgeEv > 0 ? QStringLiteral("%1 (K edge %2, L3 edge %3)").arg(e->symbol, kev(e->kEdgeEv), kev(e->l3EdgeEv))
                               : QStringLiteral("%1 (K edge %2)").arg(e->symbol, kev(e->kEdgeEv));
    return QStringLiteral("reaches %1, not %2 (element rule %3: %4)").arg(r->reachDescription(), edge, r->id, r->reason);
}

std::optional<QualifiedObservable> resolveObservable(const QString &written, const ObservableVocabulary &vocabulary,
                                                     const ElementTable &elements)
{
    if (const auto name = vocabulary.canonical(written))
        return QualifiedObservable{*name, vocabulary.elementOf(written)};
    const QString w = written.simplified();
    // "<observable> of|for <element>", "<observable> (<element>)", "<element> <observable>".
    static const QRegularExpression after(QStringLiteral("^(.+?)\\s+(?:of|for)\\s+(\\S+)$"), QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression bracket(QStringLiteral("^(.+?)\\s*\\((\\S+)\\)$"));
    static const QRegularExpression before(QStringLiteral("^(\\S+)\\s+(.+)$"));
    for (const QRegularExpression *re : {&after, &bracket}) {
        const auto m = re->match(w);
        if (!m.hasMatch())
            continue;
        const ChemicalElement *e = elements.element(m.captured(2));
        const auto name = vocabulary.canonical(m.captured(1));
        if (e && name)
            return QualifiedObservable{*name, e->symbol};
    }
    if (const auto m = before.match(w); m.hasMatch()) {
        const ChemicalElement *e = elements.element(m.captured(1));
        const auto name = vocabulary.canonical(m.captured(2));
        if (e && name)
            return QualifiedObservable{*name, e->symbol};
    }
    return std::nullopt;
}

} // namespace pm
