#include "ResultCache.h"
#include "RecordsParser.h"

#include "store/Database.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QVariant>

namespace pm::archive {

namespace {

// Descriptions are read back as HTML (the parser strips tags): what looked like a tag in the
// plain text ("capacity <5 %>") must stay text.
QString asHtmlText(const QString &text)
{
    QString t = text;
    return t.replace(QLatin1Char('&'), QStringLiteral("&amp;")).replace(QLatin1Char('<'), QStringLiteral("&lt;")).replace(QLatin1Char('>'), QStringLiteral("&gt;"));
}

QString timestamp(const QDateTime &when)
{
    return when.toUTC().toString(Qt::ISODateWithMs); // fixed width: sorts as text on both back ends
}

} // namespace

ResultCache::ResultCache(Database &db, int maxEntries) : m_db(db), m_maxEntries(std::max(1, maxEntries)) {}

QByteArray ResultCache::encode(const ArchivePage &page, int filteredOut)
{
    QJsonArray hits;
    for (const ArchiveRecord &r : page.records) {
        QJsonArray creators;
        for (const QString &c : r.creators)
            creators.append(QJsonObject{{QStringLiteral("person_or_org"), QJsonObject{{QStringLiteral("name"), c}}}});
        QJsonArray subjects;
        for (const QString &s : r.subjects)
            subjects.append(QJsonObject{{QStringLiteral("subject"), s}});
        const QJsonObject metadata{{QStringLiteral("title"), r.title},
                                   {QStringLiteral("creators"), creators},
                                   {QStringLiteral("publication_date"), r.date},
                                   {QStringLiteral("resource_type"), QJsonObject{{QStringLiteral("id"), r.resourceType}}},
                                   {QStringLiteral("subjects"), subjects},
                                   {QStringLiteral("description"), asHtmlText(r.description)}};
        hits.append(QJsonObject{{QStringLiteral("id"), r.id},
                                {QStringLiteral("metadata"), metadata},
                                {QStringLiteral("pids"), QJsonObject{{QStringLiteral("doi"), QJsonObject{{QStringLiteral("identifier"), r.doi}}}}},
                                {QStringLiteral("links"), QJsonObject{{QStringLiteral("self_html"), r.url}}}});
    }
    QJsonObject root{{QStringLiteral("hits"), QJsonObject{{QStringLiteral("total"), double(page.total)}, {QStringLiteral("hits"), hits}}},
                     {QStringLiteral("filtered_out"), filteredOut}};
    if (page.hasNext)
        root.insert(QStringLiteral("links"), QJsonObject{{QStringLiteral("next"), true}});
    return QJsonDocument(root).toJson(QJsonDocument::Compact);
}

Result<CachedPage> ResultCache::decode(const QByteArray &json, const QString &source)
{
    // The same parser, with the same bounds, as for a repository's answer.
    auto parsed = parseRecordsResponse(json, source);
    if (!parsed)
        return parsed.error();
    CachedPage cached;
    cached.page.total = parsed->total;
    cached.page.hasNext = parsed->hasNext;
    for (const ArchiveRecord &r : std::as_const(parsed->records))
        if (r.kind != RecordKind::Other) // only datasets and publications were stored; anything else was not written by us
            cached.page.records.append(r);
    const double filtered = QJsonDocument::fromJson(json).object().value(QStringLiteral("filtered_out")).toDouble(0);
    cached.filteredOut = filtered >= 0 && filtered <= kMaxRecordsPerPage ? int(filtered) : 0;
    return cached;
}

Result<void> ResultCache::store(const QUrl &base, const QString &query, int page, const ArchivePage &records, int filteredOut,
                                const QDateTime &fetched)
{
    const QByteArray json = encode(records, filteredOut);
    if (json.size() > kMaxResponseBytes)
        return {}; // would not read back; bounded records never get here
    return m_db.transaction([&]() -> Result<void> {
        QSqlQuery drop = m_db.prepare(QStringLiteral("DELETE FROM archive_cache WHERE base_url = :base AND query = :query AND page = :page"));
        drop.bindValue(QStringLiteral(":base"), base.toString());
        drop.bindValue(QStringLiteral(":query"), query);
        drop.bindValue(QStringLiteral(":page"), page);
        if (auto ok = Database::exec(drop, QStringLiteral("replacing a cached search")); !ok)
            return ok;
        QSqlQuery insert = m_db.prepare(QStringLiteral("INSERT INTO archive_cache (base_url, query, page, fetched_at, records_json) "
                                                       "VALUES (:base, :query, :page, :fetched, :json)"));
        insert.bindValue(QStringLiteral(":base"), base.toString());
        insert.bindValue(QStringLiteral(":query"), query);
        insert.bindValue(QStringLiteral(":page"), page);
        insert.bindValue(QStringLiteral(":fetched"), timestamp(fetched));
        insert.bindValue(QStringLiteral(":json"), QString::fromUtf8(json));
        if (auto ok = Database::exec(insert, QStringLiteral("caching a search")); !ok)
            return ok;
        // The bound: everything from the (max+1)th newest row on goes.
        QSqlQuery trim = m_db.prepare(QStringLiteral("DELETE FROM archive_cache WHERE fetched_at <= "
                                                     "(SELECT fetched_at FROM archive_cache ORDER BY fetched_at DESC LIMIT 1 OFFSET :keep)"));
        trim.bindValue(QStringLiteral(":keep"), m_maxEntries);
        return Database::exec(trim, QStringLiteral("dropping the oldest cached searches"));
    });
}

std::optional<CachedPage> ResultCache::lookup(const QUrl &base, const QString &query, int page) const
{
    QSqlQuery q = m_db.prepare(QStringLiteral("SELECT fetched_at, records_json FROM archive_cache WHERE base_url = :base AND query = :query AND page = :page"));
    q.bindValue(QStringLiteral(":base"), base.toString());
    q.bindValue(QStringLiteral(":query"), query);
    q.bindValue(QStringLiteral(":page"), page);
    if (!Database::exec(q, QStringLiteral("reading the cache of searches")) || !q.next())
        return std::nullopt;
    const QDateTime fetched = QDateTime::fromString(q.value(0).toString(), Qt::ISODateWithMs);
    const QString json = q.value(1).toString();
    if (!fetched.isValid() || json.size() > kMaxResponseBytes)
        return std::nullopt;
    auto decoded = decode(json.toUtf8(), base.toString());
    if (!decoded)
        return std::nullopt; // a corrupt row is no answer: the network message stands
    decoded->fetched = fetched.toUTC();
    for (ArchiveRecord &r : decoded->page.records) {
        r.query = query;
        r.fetched = decoded->fetched;
    }
    return *decoded;
}

Result<int> ResultCache::count() const
{
    QSqlQuery q = m_db.prepare(QStringLiteral("SELECT COUNT(*) FROM archive_cache"));
    if (auto ok = Database::exec(q, QStringLiteral("counting cached searches")); !ok)
        return ok.error();
    return q.next() ? q.value(0).toInt() : 0;
}

Result<void> ResultCache::clear()
{
    return m_db.transaction([&]() -> Result<void> {
        QSqlQuery q = m_db.prepare(QStringLiteral("DELETE FROM archive_cache"));
        return Database::exec(q, QStringLiteral("clearing the cache of searches"));
    });
}

} // namespace pm::archive
