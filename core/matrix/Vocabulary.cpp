#include "Vocabulary.h"

#include "common/TextMatch.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace pm {

namespace {
QString lookupKey(const QString &term)
{
    QString k = text::normalized(term);
    k.replace(QLatin1Char('-'), QLatin1Char(' '));
    return k;
}

QString singular(const QString &k)
{
    if (k.endsWith(u"ies") && k.size() > 4)
        return k.chopped(3) + QLatin1Char('y');
    if (k.endsWith(u"es") && (k.endsWith(u"sses") || k.endsWith(u"xes")))
        return k.chopped(2);
    if (k.endsWith(QLatin1Char('s')) && !k.endsWith(u"ss") && k.size() > 3)
        return k.chopped(1);
    return k;
}
} // namespace

Result<ObservableVocabulary> ObservableVocabulary::fromJson(const QByteArray &json)
{
    QJsonParseError err{};
    const QJsonDocument doc = QJsonDocument::fromJson(json, &err);
    if (err.error != QJsonParseError::NoError)
        return makeError(QStringLiteral("the observable vocabulary is not valid JSON (%1 at offset %2)")
                             .arg(err.errorString())
                             .arg(err.offset));
    const QJsonArray arr = doc.object().value(QStringLiteral("observables")).toArray();
    if (arr.isEmpty())
        return makeError(QStringLiteral("the observable vocabulary has no \"observables\" array"));
    ObservableVocabulary v;
    const auto strings = [](const QJsonValue &a) {
        QStringList out;
        for (const QJsonValue &s : a.toArray())
            out.append(s.toString());
        return out;
    };
    for (const QJsonValue &e : arr) {
        const QJsonObject o = e.toObject();
        ObservableTerm t;
        t.name = o.value(QStringLiteral("name")).toString().trimmed();
        t.family = o.value(QStringLiteral("family")).toString();
        t.altLabels = strings(o.value(QStringLiteral("synonyms")));
        t.hiddenLabels = strings(o.value(QStringLiteral("hidden")));
        const QJsonObject qualified = o.value(QStringLiteral("qualified")).toObject();
        for (auto it = qualified.begin(); it != qualified.end(); ++it)
            t.qualified.insert(lookupKey(it.key()), it.value().toString());
        t.broader = o.value(QStringLiteral("broader")).toString().trimmed();
        t.broaderFull = o.value(QStringLiteral("broader_match")).toString() == u"full";
        t.element = o.value(QStringLiteral("element")).toString();
        t.why = o.value(QStringLiteral("why")).toString();
        if (t.name.isEmpty())
            continue;
        if (!t.broader.isEmpty() && t.why.isEmpty())
            return makeError(QStringLiteral("the observable vocabulary gives \"%1\" a broader concept without saying why").arg(t.name),
                             QStringLiteral("observables.why"));
        t.synonyms = t.altLabels + t.hiddenLabels + qualified.keys();
        v.m_lookup.insert(lookupKey(t.name), t.name);
        for (const QString &s : std::as_const(t.synonyms))
            if (!v.m_lookup.contains(lookupKey(s)))
                v.m_lookup.insert(lookupKey(s), t.name);
        v.m_index.insert(t.name, int(v.m_terms.size()));
        v.m_terms.append(t);
    }
    // Every broader link names a concept, and the links never loop.
    for (const ObservableTerm &t : std::as_const(v.m_terms)) {
        if (t.broader.isEmpty())
            continue;
        if (!v.m_index.contains(t.broader))
            return makeError(QStringLiteral("the observable vocabulary names \"%1\" as broader than \"%2\", but has no such concept")
                                 .arg(t.broader, t.name),
                             QStringLiteral("observables.broader"));
        QString up = t.broader;
        for (int depth = 0; !up.isEmpty(); ++depth) {
            if (up == t.name || depth > v.m_terms.size())
                return makeError(QStringLiteral("the observable vocabulary's broader links loop through \"%1\"").arg(t.name),
                                 QStringLiteral("observables.broader"));
            up = v.m_terms[v.m_index.value(up)].broader;
        }
    }
    return v;
}

const ObservableVocabulary &ObservableVocabulary::bundled()
{
    static const ObservableVocabulary vocabulary = [] {
        QFile f(QStringLiteral(":/probematrix/vocabulary/observables.json"));
        if (!f.open(QIODevice::ReadOnly))
            qFatal("bundled observable vocabulary missing from resources");
        auto r = fromJson(f.readAll());
        if (!r)
            qFatal("bundled observable vocabulary is broken: %s", qPrintable(r.error().text()));
        return std::move(r).value();
    }();
    return vocabulary;
}

std::optional<QString> ObservableVocabulary::canonical(const QString &term) const
{
    const QString k = lookupKey(term);
    if (k.isEmpty())
        return std::nullopt;
    if (auto it = m_lookup.constFind(k); it != m_lookup.cend())
        return *it;
    if (auto it = m_lookup.constFind(singular(k)); it != m_lookup.cend())
        return *it;
    if (auto it = m_lookup.constFind(k + QLatin1Char('s')); it != m_lookup.cend())
        return *it;
    return std::nullopt;
}

QStringList ObservableVocabulary::names() const
{
    QStringList out;
    for (const ObservableTerm &t : m_terms)
        out.append(t.name);
    return out;
}

QStringList ObservableVocabulary::allTerms() const
{
    QStringList out;
    for (const ObservableTerm &t : m_terms) {
        out.append(t.name);
        out.append(t.synonyms);
    }
    return out;
}

const ObservableTerm *ObservableVocabulary::term(const QString &canonicalName) const
{
    const auto it = m_index.constFind(canonicalName);
    return it == m_index.cend() ? nullptr : &m_terms[*it];
}

void ObservableVocabulary::addTerm(const QString &name)
{
    const QString n = name.simplified();
    if (n.isEmpty() || canonical(n))
        return;
    ObservableTerm t;
    t.name = n;
    t.family = QStringLiteral("other");
    m_index.insert(n, int(m_terms.size()));
    m_terms.append(t);
    m_lookup.insert(lookupKey(n), n);
}

QString ObservableVocabulary::elementOf(const QString &term) const
{
    const auto name = canonical(term);
    if (!name)
        return {};
    const ObservableTerm *t = this->term(*name);
    if (!t)
        return {};
    const QString k = lookupKey(term);
    for (const QString &key : {k, singular(k), k + QLatin1Char('s')})
        if (auto it = t->qualified.constFind(key); it != t->qualified.cend())
            return *it;
    return {};
}

QStringList ObservableVocabulary::broaderChain(const QString &canonicalName) const
{
    QStringList out;
    const ObservableTerm *t = term(canonicalName);
    while (t && !t->broader.isEmpty() && !out.contains(t->broader)) {
        out.append(t->broader);
        t = term(t->broader);
    }
    return out;
}

bool ObservableVocabulary::isWithin(const QString &name, const QString &ancestor) const
{
    if (name.compare(ancestor, Qt::CaseInsensitive) == 0)
        return true;
    for (const QString &up : broaderChain(name))
        if (up == ancestor)
            return true;
    return false;
}

ObservableMatch ObservableVocabulary::match(const QStringList &listed, const QString &requested) const
{
    ObservableMatch best;
    if (listed.contains(requested)) // the common case, without walking the hierarchy
        return ObservableMatch{ObservableMatch::Full, requested, 0, true};
    for (const QString &l : listed)
        if (isWithin(l, requested))
            return ObservableMatch{ObservableMatch::Full, l, 0, true};
    // Only a broader term: the nearest one wins.
    const QStringList chain = broaderChain(requested);
    for (int hop = 0; hop < chain.size(); ++hop)
        for (const QString &l : listed)
            if (l.compare(chain[hop], Qt::CaseInsensitive) == 0) {
                bool full = true;
                const ObservableTerm *t = term(requested);
                for (int h = 0; h <= hop && t; ++h) {
                    full = full && t->broaderFull;
                    t = term(t->broader);
                }
                return ObservableMatch{ObservableMatch::Broader, l, hop + 1, full};
            }
    return best;
}

} // namespace pm
