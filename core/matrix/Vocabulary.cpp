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
    for (const QJsonValue &e : arr) {
        const QJsonObject o = e.toObject();
        ObservableTerm t;
        t.name = o.value(QStringLiteral("name")).toString().trimmed();
        t.family = o.value(QStringLiteral("family")).toString();
        for (const QJsonValue &s : o.value(QStringLiteral("synonyms")).toArray())
            t.synonyms.append(s.toString());
        if (t.name.isEmpty())
            continue;
        v.m_lookup.insert(lookupKey(t.name), t.name);
        for (const QString &s : std::as_const(t.synonyms))
            if (!v.m_lookup.contains(lookupKey(s)))
                v.m_lookup.insert(lookupKey(s), t.name);
        v.m_terms.append(t);
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
    for (const ObservableTerm &t : m_terms)
        if (t.name == canonicalName)
            return &t;
    return nullptr;
}

void ObservableVocabulary::addTerm(const QString &name)
{
    const QString n = name.simplified();
    if (n.isEmpty() || canonical(n))
        return;
    m_terms.append(ObservableTerm{n, QStringLiteral("other"), {}});
    m_lookup.insert(lookupKey(n), n);
}

} // namespace pm
