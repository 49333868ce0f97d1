#include "RecordsParser.h"

#include "common/SafeNumber.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace pm::archive {

QString kindKey(RecordKind kind)
{
    switch (kind) {
    case RecordKind::Dataset: return QStringLiteral("dataset");
    case RecordKind::Publication: return QStringLiteral("publication");
    case RecordKind::Other: break;
    }
    return QStringLiteral("other");
}

namespace {

QString bounded(const QString &text, int limit = kMaxTextChars)
{
    const QString t = text.simplified();
    return t.size() > limit ? t.left(limit - 1) + QChar(0x2026) : t;
}

// Descriptions are HTML in both serialisations: shown as plain text.
QString plainText(const QString &html)
{
    static const QRegularExpression tags(QStringLiteral("<[^>]*>"));
    QString t = html.left(kMaxTextChars * 4);
    t.remove(tags);
    t.replace(QStringLiteral("&nbsp;"), QStringLiteral(" ")).replace(QStringLiteral("&amp;"), QStringLiteral("&"));
    t.replace(QStringLiteral("&lt;"), QStringLiteral("<")).replace(QStringLiteral("&gt;"), QStringLiteral(">"));
    return bounded(t);
}

// InvenioRDM: "dataset", "publication-article", "publication"; Zenodo legacy: {"type": "dataset"}.
RecordKind kindOf(const QString &resourceType)
{
    const QString t = resourceType.toLower();
    if (t == QLatin1String("dataset") || t.startsWith(QLatin1String("dataset-")))
        return RecordKind::Dataset;
    if (t == QLatin1String("publication") || t.startsWith(QLatin1String("publication-")))
        return RecordKind::Publication;
    return RecordKind::Other;
}

QString creatorName(const QJsonObject &creator)
{
    // InvenioRDM: {"person_or_org": {"name": "Collins, Thomas", "family_name": ..., "given_name": ...}}
    const QJsonObject p = creator.value(QStringLiteral("person_or_org")).toObject();
    QString name = p.value(QStringLiteral("name")).toString();
    if (name.isEmpty()) {
        const QString family = p.value(QStringLiteral("family_name")).toString();
        const QString given = p.value(QStringLiteral("given_name")).toString();
        name = given.isEmpty() ? family : family + QStringLiteral(", ") + given;
    }
    if (name.isEmpty()) // Zenodo legacy: {"name": "Doe, Jane"}
        name = creator.value(QStringLiteral("name")).toString();
    return bounded(name, 200);
}

ArchiveRecord recordFrom(const QJsonObject &hit, const QString &source)
{
    ArchiveRecord r;
    r.source = source;
    const QJsonValue id = hit.value(QStringLiteral("id"));
    // Zenodo's legacy ids are numbers. Only a whole number that fits is an id: qint64(7e53) is
    // undefined behaviour, and a fractional "id" names nothing.
    if (id.isDouble()) {
        const auto whole = number::wholeNumberIn(id.toDouble(), 0, kMaxNumericId);
        r.id = whole ? QString::number(*whole) : QString();
    } else {
        r.id = bounded(id.toString(), 100);
    }
    const QJsonObject m = hit.value(QStringLiteral("metadata")).toObject();
    r.title = bounded(m.value(QStringLiteral("title")).toString());
    for (const QJsonValue &c : m.value(QStringLiteral("creators")).toArray()) {
        if (r.creators.size() >= kMaxCreators)
            break;
        const QString name = creatorName(c.toObject());
        if (!name.isEmpty())
            r.creators.append(name);
    }
    r.date = bounded(m.value(QStringLiteral("publication_date")).toString(), 40);
    const QJsonObject type = m.value(QStringLiteral("resource_type")).toObject();
    r.resourceType = bounded(type.contains(QStringLiteral("id")) ? type.value(QStringLiteral("id")).toString()
                                                                 : type.value(QStringLiteral("type")).toString(),
                             80);
    r.kind = kindOf(r.resourceType);
    // Subjects: InvenioRDM {"subject": "..."}; Zenodo legacy "keywords": ["..."].
    for (const QJsonValue &s : m.value(QStringLiteral("subjects")).toArray())
        if (r.subjects.size() < kMaxSubjects && !s.toObject().value(QStringLiteral("subject")).toString().isEmpty())
            r.subjects.append(bounded(s.toObject().value(QStringLiteral("subject")).toString(), 200));
    for (const QJsonValue &k : m.value(QStringLiteral("keywords")).toArray())
        if (r.subjects.size() < kMaxSubjects && !k.toString().isEmpty())
            r.subjects.append(bounded(k.toString(), 200));
    r.description = plainText(m.value(QStringLiteral("description")).toString());
    // DOI: InvenioRDM pids.doi.identifier; Zenodo legacy "doi" at the top.
    r.doi = bounded(hit.value(QStringLiteral("pids")).toObject().value(QStringLiteral("doi")).toObject().value(QStringLiteral("identifier")).toString(), 200);
    if (r.doi.isEmpty())
        r.doi = bounded(hit.value(QStringLiteral("doi")).toString(), 200);
    const QJsonObject links = hit.value(QStringLiteral("links")).toObject();
    r.url = bounded(links.value(QStringLiteral("self_html")).toString(), 500);
    if (r.url.isEmpty())
        r.url = bounded(links.value(QStringLiteral("html")).toString(), 500);
    // Only web links are kept: a javascript: or file: URL from a hostile server is not a page.
    if (!r.url.startsWith(QLatin1String("https://")) && !r.url.startsWith(QLatin1String("http://")))
        r.url.clear();
    return r;
}

} // namespace

Result<ArchivePage> parseRecordsResponse(const QByteArray &body, const QString &source)
{
    if (body.size() > kMaxResponseBytes)
        return Error{QStringLiteral("the response is larger than %1 MiB, the limit for a page of results").arg(kMaxResponseBytes / (1024 * 1024)), source};
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return Error{QStringLiteral("the response is not valid JSON (%1 at byte %2); is this an InvenioRDM repository?")
                         .arg(parseError.errorString())
                         .arg(parseError.offset),
                     source};
    if (!doc.isObject() || !doc.object().value(QStringLiteral("hits")).isObject())
        return Error{QStringLiteral("the response has no \"hits\" object; is this an InvenioRDM records search?"), source};
    const QJsonObject hits = doc.object().value(QStringLiteral("hits")).toObject();
    ArchivePage page;
    // hits.total: a number (InvenioRDM, Zenodo) or, from some search back ends, {"value": n}.
    const QJsonValue total = hits.value(QStringLiteral("total"));
    const double t = total.isObject() ? total.toObject().value(QStringLiteral("value")).toDouble(-1) : total.toDouble(-1);
    if (!(t >= 0 && t < 1e12))
        return Error{QStringLiteral("the response's hits.total is not a count"), source};
    page.total = qint64(t);
    const QJsonArray list = hits.value(QStringLiteral("hits")).toArray();
    for (const QJsonValue &v : list) {
        if (page.records.size() >= kMaxRecordsPerPage)
            break;
        if (!v.isObject())
            continue;
        ArchiveRecord r = recordFrom(v.toObject(), source);
        if (r.title.isEmpty() && r.doi.isEmpty())
            continue; // nothing to show or cite
        page.records.append(r);
    }
    page.hasNext = doc.object().value(QStringLiteral("links")).toObject().contains(QStringLiteral("next"));
    return page;
}

} // namespace pm::archive
