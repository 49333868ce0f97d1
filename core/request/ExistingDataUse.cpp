#include "ExistingDataUse.h"
#include "Request.h"

#include "matrix/Vocabulary.h"

#include <QRegularExpression>

namespace pm {

QString normalisedDoi(const QString &text)
{
    QString t = text.trimmed();
    for (const QString &prefix : {QStringLiteral("https://doi.org/"), QStringLiteral("http://doi.org/"), QStringLiteral("https://dx.doi.org/"),
                                  QStringLiteral("doi:")})
        if (t.startsWith(prefix, Qt::CaseInsensitive))
            t = t.mid(prefix.size());
    // Crossref's pattern for modern DOIs: 10.NNNN(.NNNN)/suffix, printable, no spaces.
    static const QRegularExpression doi(QStringLiteral("^10\\.\\d{4,9}(\\.\\d+)*/\\S{1,200}$"));
    return t.size() <= 220 && doi.match(t).hasMatch() ? t : QString();
}

Result<QList<CoveredObservable>> coveredFrom(const QJsonObject &root, const QList<RequestedObservable> &observables,
                                             const ObservableVocabulary &vocabulary)
{
    QList<CoveredObservable> out;
    const QString key = QStringLiteral("covered_by_existing_data");
    const QJsonValue v = root.value(key);
    if (v.isUndefined() || v.isNull())
        return out;
    if (!v.isArray())
        return makeError(QStringLiteral("must be a list of {\"observable\": name, \"doi\": \"10.…\"}"), key);
    const QJsonArray a = v.toArray();
    for (int i = 0; i < a.size(); ++i) {
        const QString field = QStringLiteral("%1[%2]").arg(key).arg(i);
        const QJsonObject o = a[i].toObject();
        if (!a[i].isObject() || !o.value(QStringLiteral("observable")).isString() || !o.value(QStringLiteral("doi")).isString())
            return makeError(QStringLiteral("must be {\"observable\": name, \"doi\": \"10.…\"}"), field);
        const QString name = vocabulary.canonical(o.value(QStringLiteral("observable")).toString()).value_or(QString());
        const bool requested = std::any_of(observables.begin(), observables.end(), [&](const RequestedObservable &r) { return r.name == name; });
        if (name.isEmpty() || !requested)
            return makeError(QStringLiteral("\"%1\" is not one of the request's observables").arg(o.value(QStringLiteral("observable")).toString()),
                             field + QStringLiteral(".observable"));
        if (std::any_of(out.begin(), out.end(), [&](const CoveredObservable &c) { return c.observable == name; }))
            return makeError(QStringLiteral("\"%1\" is already marked covered").arg(name), field + QStringLiteral(".observable"));
        const QString doi = normalisedDoi(o.value(QStringLiteral("doi")).toString());
        if (doi.isEmpty())
            return makeError(QStringLiteral("\"%1\" is not a DOI; write it as 10.5281/zenodo.1234567").arg(o.value(QStringLiteral("doi")).toString().left(80)),
                             field + QStringLiteral(".doi"));
        out.append({name, doi});
    }
    return out;
}

QJsonArray coveredToJson(const QList<CoveredObservable> &covered)
{
    QJsonArray a;
    for (const CoveredObservable &c : covered)
        a.append(QJsonObject{{QStringLiteral("observable"), c.observable}, {QStringLiteral("doi"), c.doi}});
    return a;
}

} // namespace pm
