#include "MatrixStore.h"

#include "BundledMatrix.h"
#include "ServerAuthorship.h"

#include "matrix/OfferingParser.h"

#include <QHash>
#include <QSet>
#include <QSqlError>
#include <QSqlRecord>
#include <QVariant>

#ifdef __GLIBC__
#include <malloc.h>
#endif

#include <algorithm>
#include <atomic>
#include <condition_variable>
#include <mutex>
#include <thread>
#include <tuple>
#include <vector>

namespace pm {

namespace {
QString now()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
}

QString offeringSelectSql()
{
    QStringList cols{QStringLiteral("id"), QStringLiteral("version")};
    for (int i = 0; i < kColumnCount; ++i)
        cols.append(columnKey(Column(i)));
    return QStringLiteral("SELECT %1 FROM offerings").arg(cols.join(QStringLiteral(", ")));
}

// The same columns with the cells of a row joined by U+001F into one text (SQLite).
QString packedOfferingSelectSql()
{
    QStringList cells;
    for (int i = 0; i < kColumnCount; ++i)
        cells.append(QStringLiteral("coalesce(%1, '')").arg(columnKey(Column(i))));
    return QStringLiteral("SELECT id, version, %1 FROM offerings").arg(cells.join(QStringLiteral(" || char(31) || ")));
}

QString levelText(const OrdinalRange &r)
{
    return scale::rangeText(Scale::Level, r);
}

OrdinalRange levelFrom(const QString &text)
{
    const auto v = scale::parseLevel(Scale::Level, text);
    return v ? OrdinalRange{*v, *v} : OrdinalRange{};
}

QString columnTitleForKey(const QString &key)
{
    for (int i = 0; i < kColumnCount; ++i)
        if (columnKey(Column(i)) == key)
            return columnTitle(Column(i));
    return key;
}

QString shown(const QString &value)
{
    return value.isEmpty() ? QStringLiteral("(empty)") : QLatin1Char('"') + value + QLatin1Char('"');
}
} // namespace

namespace {
// A versioned write that found another version (or no row): nothing was saved. The UI
// tells such a refusal from others by reading the row again (MatrixEditor::rowChangedSince).
Error stale(const QString &message)
{
    return makeError(message);
}

// Every write names the version the user saw; there is no "skip the check" (issue 15,
// finding 1: version 0 used to mean that, so a caller without a version overwrote anything).
Result<void> requireVersion(int expectedVersion, const QString &what)
{
    if (expectedVersion > 0)
        return {};
    return makeError(QStringLiteral("%1: the version you saw is not known, so the change could overwrite someone else's; reload and apply it again")
                         .arg(what));
}
} // namespace

QString MatrixStore::staleEntityMessage(const QString &table, const QString &what, qint64 id, int seenVersion) const
{
    // `table` is one of ours (partners, holders, operando_cells), never user text.
    QSqlQuery q = m_db.prepare(QStringLiteral("SELECT version FROM %1 WHERE id = :id").arg(table));
    q.bindValue(QStringLiteral(":id"), id);
    if (q.exec() && q.next())
        return QStringLiteral("%1 was changed by someone else since you loaded it (version %2, now %3); nothing was saved. Reload and apply your change again")
            .arg(what)
            .arg(seenVersion)
            .arg(q.value(0).toInt());
    return QStringLiteral("%1 was deleted by someone else in the meantime; nothing was saved").arg(what);
}

QString MatrixStore::describeConflict(const Offering &current, int seenVersion) const
{
    // Who and when come from the row itself (every write sets them); what was changed from
    // the history, as long as its newest entries are that same change. One change (one
    // version) is the run of history rows with the same author and time.
    QString who = QStringLiteral("another user"), when;
    QSqlQuery row = m_db.prepare(QStringLiteral("SELECT updated_by, updated_at FROM offerings WHERE id = :id"));
    row.bindValue(QStringLiteral(":id"), current.id);
    if (row.exec() && row.next() && !row.value(0).toString().isEmpty()) {
        who = row.value(0).toString();
        when = row.value(1).toString();
    }
    QSqlQuery q = m_db.prepare(QStringLiteral(
        "SELECT changed_at, changed_by, action, column_key, old_value, new_value FROM offering_history "
        "WHERE offering_id = :id ORDER BY id DESC LIMIT 50"));
    q.bindValue(QStringLiteral(":id"), current.id);
    const int wanted = std::clamp(seenVersion > 0 ? current.version - seenVersion : 1, 1, 5);
    QStringList changes;
    QString lastKey;
    int groups = 0;
    if (q.exec()) {
        while (q.next()) {
            const QString author = q.value(1).toString();
            const QString key = author + QLatin1Char('|') + q.value(0).toString();
            if (key != lastKey) {
                if (groups == 0 && author != who)
                    break; // the newest history is not the change that bumped the version
                if (++groups > wanted)
                    break;
                lastKey = key;
                changes.append(QStringLiteral("%1 at %2:").arg(author, q.value(0).toString()));
            }
            if (q.value(2).toString() == u"update")
                changes.last() += QStringLiteral(" %1 %2 -> %3;").arg(columnTitleForKey(q.value(3).toString()), shown(q.value(4).toString()),
                                                                       shown(q.value(5).toString()));
            else
                changes.last() += QStringLiteral(" %1;").arg(q.value(2).toString());
        }
    }
    for (QString &c : changes)
        if (c.endsWith(QLatin1Char(';')))
            c.chop(1);
    const QString what = !changes.isEmpty() ? changes.join(QStringLiteral("; "))
                         : when.isEmpty()   ? who
                                            : QStringLiteral("%1 at %2").arg(who, when);
    return QStringLiteral("%1 at %2 was changed since you loaded it (version %3, now %4) by %5. Reload and apply your change again")
        .arg(current.techniqueLabel(), current.partner)
        .arg(seenVersion)
        .arg(current.version)
        .arg(what);
}

QString canonicalPartner(const QList<Partner> &partners, const QString &written)
{
    for (const Partner &p : partners)
        if (p.matches(written))
            return p.shortName;
    return written.simplified();
}

MatrixStore::MatrixStore(Database &db, const ObservableVocabulary &vocabulary)
    : m_db(db), m_vocabulary(vocabulary), m_user(db.userName())
{
}

int MatrixStore::offeringCount() const
{
    QSqlQuery q = m_db.prepare(QStringLiteral("SELECT count(*) FROM offerings"));
    if (!q.exec() || !q.next())
        return 0;
    return q.value(0).toInt();
}

namespace {
// Rows handed from the reading thread to the parsing threads: the reader fills a
// pre-sized list and publishes how many rows are complete; each parser takes the next
// chunk of rows once they are published.
class ParsePipeline {
public:
    static constexpr qsizetype kChunk = 1024;

    void publish(qsizetype rows, bool done)
    {
        {
            std::lock_guard lock(m_mutex);
            m_published = rows;
            m_done = done;
        }
        m_ready.notify_all();
    }
    // The next chunk [begin, end) for a parser; empty when all rows are taken.
    std::pair<qsizetype, qsizetype> take()
    {
        const qsizetype begin = m_next.fetch_add(kChunk);
        std::unique_lock lock(m_mutex);
        m_ready.wait(lock, [&] { return m_done || m_published >= begin + kChunk; });
        return {begin, std::min(begin + kChunk, m_published)};
    }

private:
    std::mutex m_mutex;
    std::condition_variable m_ready;
    qsizetype m_published = 0;
    bool m_done = false;
    std::atomic<qsizetype> m_next{0};
};

// Parses offerings on one thread: its own cache of distinct cell texts (see
// OfferingParseCache), partner names resolved once per distinct spelling.
class ParseWorker {
public:
    ParseWorker(const ObservableVocabulary &vocabulary, const QList<Partner> &partners) : m_cache(vocabulary), m_partners(partners) {}

    void parse(Offering &o)
    {
        m_cache.parse(o);
        auto it = m_canonical.constFind(o.partner);
        if (it == m_canonical.cend())
            it = m_canonical.insert(o.partner, canonicalPartner(m_partners, o.partner));
        o.partner = *it;
    }

private:
    OfferingParseCache m_cache;
    const QList<Partner> &m_partners;
    QHash<QString, QString> m_canonical;
};

// The cells of a row joined by U+001F in SQL (see loadOfferings), split again; false when
// the count is off (a cell holding U+001F itself): such a row is read again cell by cell.
bool unpackCells(const QString &joined, Offering &o)
{
    const QChar separator(0x1f);
    qsizetype start = 0;
    int column = 0;
    for (;;) {
        const qsizetype end = joined.indexOf(separator, start);
        const qsizetype stop = end < 0 ? joined.size() : end;
        if (column == kColumnCount)
            return false;
        // An empty cell reads as a null string, as a NULL cell does through QSqlQuery.
        o.raw[size_t(column++)] = stop > start ? joined.mid(start, stop - start) : QString();
        if (end < 0)
            break;
        start = end + 1;
    }
    return column == kColumnCount;
}

void readOffering(const QSqlQuery &q, Offering &o)
{
    o.id = q.value(0).toLongLong();
    o.version = q.value(1).toInt();
    for (int i = 0; i < kColumnCount; ++i)
        o.raw[size_t(i)] = q.value(2 + i).toString();
}
} // namespace

Result<QList<Offering>> MatrixStore::loadOfferings() const
{
    const auto partners = loadPartners();
    if (!partners)
        return partners.error();
    const qsizetype expected = offeringCount();
    if (expected < 2000) {
        QSqlQuery q = m_db.prepare(offeringSelectSql() + QStringLiteral(" ORDER BY id"));
        if (auto ok = Database::exec(q, QStringLiteral("reading the offerings")); !ok)
            return ok.error();
        QList<Offering> out;
        out.reserve(expected);
        while (q.next()) {
            Offering o;
            readOffering(q, o);
            out.append(std::move(o));
        }
        parseAll(out, *partners);
        return out;
    }

    // Large matrices: parse while reading, on other threads. Reading is one thread and
    // was the slower half: ~1 s for 100,000 rows here, one QVariant and one QString (and in
    // SQLite one UTF-8 to UTF-16 conversion) per cell. From SQLite the cells of a row come
    // as one text joined by U+001F, which the parsers split: a tenth of the work left on the
    // reading thread. Each distinct text is kept once (the parse caches share it), so the
    // fresh copy of a repeated cell is freed a moment after it was read instead of all 40
    // cells of every row living until the end of the read.
    const bool packed = m_db.kind() == Database::Kind::Sqlite;
    // Unpacked, the reader needs a core of its own (two parsers on two cores made it 60 %
    // slower); packed, it is light and the parsers are the slower half.
    const int cores = int(std::thread::hardware_concurrency());
    const int threads = packed ? std::clamp(cores, 1, 8) : std::clamp(cores - 1, 1, 7);
    QSqlQuery q = m_db.prepare((packed ? packedOfferingSelectSql() : offeringSelectSql()) + QStringLiteral(" ORDER BY id"));
    if (auto ok = Database::exec(q, QStringLiteral("reading the offerings")); !ok)
        return ok.error();
    QList<Offering> out;
    out.resize(expected); // rows never move while the parsers work on them
    Offering *rows = out.data();
    std::vector<QString> packedRows(packed ? size_t(expected) : 0);
    ParsePipeline pipeline;
    std::mutex misfitMutex;
    QList<qint64> reread; // rows to read again cell by cell: a cell holding U+001F, rows added since counted
    auto parse = [&] {
        ParseWorker worker(m_vocabulary, *partners);
        QList<qint64> misfits;
        for (auto [begin, end] = pipeline.take(); begin < end; std::tie(begin, end) = pipeline.take()) {
            for (qsizetype i = begin; i < end; ++i) {
                if (packed) {
                    const bool fits = unpackCells(packedRows[size_t(i)], rows[i]);
                    packedRows[size_t(i)] = QString();
                    if (!fits) {
                        misfits.append(rows[i].id);
                        continue;
                    }
                }
                worker.parse(rows[i]);
            }
        }
        std::lock_guard lock(misfitMutex);
        reread += misfits;
    };
    std::vector<std::thread> pool;
    for (int t = 0; t < threads; ++t)
        pool.emplace_back(parse);
    qsizetype read = 0;
    QList<Offering> extra; // rows added since they were counted (unpacked reading)
    while (q.next()) {
        if (read == expected) {
            if (packed) {
                std::lock_guard lock(misfitMutex);
                reread.append(q.value(0).toLongLong());
                continue;
            }
            Offering o;
            readOffering(q, o);
            extra.append(std::move(o));
            continue;
        }
        if (packed) {
            rows[read].id = q.value(0).toLongLong();
            rows[read].version = q.value(1).toInt();
            packedRows[size_t(read)] = q.value(2).toString();
        } else {
            readOffering(q, rows[read]);
        }
        if (++read % ParsePipeline::kChunk == 0)
            pipeline.publish(read, false);
    }
    pipeline.publish(read, true);
    for (std::thread &t : pool)
        t.join();
    out.resize(read); // rows deleted since they were counted
    if (!reread.isEmpty()) {
        QHash<qint64, qsizetype> rowOf;
        for (qsizetype i = 0; i < out.size(); ++i)
            rowOf.insert(out[i].id, i);
        QSqlQuery one = m_db.prepare(offeringSelectSql() + QStringLiteral(" WHERE id = :id"));
        ParseWorker worker(m_vocabulary, *partners);
        for (qint64 id : std::as_const(reread)) {
            one.bindValue(QStringLiteral(":id"), id);
            if (auto ok = Database::exec(one, QStringLiteral("reading offering %1").arg(id)); !ok)
                return ok.error();
            if (!one.next())
                continue; // deleted meanwhile
            Offering o;
            readOffering(one, o);
            worker.parse(o);
            if (const auto at = rowOf.constFind(id); at != rowOf.cend())
                out[*at] = std::move(o);
            else
                out.append(std::move(o));
        }
    }
    parseAll(extra, *partners);
    out.append(std::move(extra));
#ifdef __GLIBC__
    // The read freed millions of short strings (the copies of repeated cells) between the
    // ones kept; glibc keeps such pages resident until asked (~100 MB at 100,000 rows).
    malloc_trim(0);
#endif
    return out;
}

void MatrixStore::parseAll(QList<Offering> &offerings, const QList<Partner> &partners) const
{
    // Large matrices are parsed on every core; each thread keeps its own cache of
    // distinct cell texts (see OfferingParseCache). Partner names are resolved once per
    // distinct spelling.
    const qsizetype n = offerings.size();
    const int threads = n < 2000 ? 1 : std::clamp(int(std::thread::hardware_concurrency()), 1, 8);
    auto work = [&](qsizetype begin, qsizetype end) {
        ParseWorker worker(m_vocabulary, partners);
        for (qsizetype i = begin; i < end; ++i)
            worker.parse(offerings[i]);
    };
    if (threads == 1) {
        work(0, n);
        return;
    }
    offerings.detach(); // no copy-on-write while threads write disjoint elements
    std::vector<std::thread> pool;
    const qsizetype chunk = (n + threads - 1) / threads;
    for (int t = 0; t < threads; ++t) {
        const qsizetype begin = t * chunk;
        const qsizetype end = std::min(n, begin + chunk);
        if (begin < end)
            pool.emplace_back(work, begin, end);
    }
    for (std::thread &t : pool)
        t.join();
}

Result<QList<Partner>> MatrixStore::loadPartners() const
{
    QSqlQuery q = m_db.prepare(QStringLiteral(
        "SELECT id, short_name, full_name, kind, site, city, country, country_code, latitude, longitude, website, aliases, source, version "
        "FROM partners ORDER BY short_name"));
    if (auto ok = Database::exec(q, QStringLiteral("reading the partners")); !ok)
        return ok.error();
    QList<Partner> out;
    while (q.next()) {
        Partner p;
        p.id = q.value(0).toLongLong();
        p.shortName = q.value(1).toString();
        p.fullName = q.value(2).toString();
        p.kind = partnerKindFromKey(q.value(3).toString()).value_or(PartnerKind::Laboratory);
        p.site = q.value(4).toString();
        p.city = q.value(5).toString();
        p.country = q.value(6).toString();
        p.countryCode = q.value(7).toString();
        if (!q.value(8).isNull())
            p.latitude = q.value(8).toDouble();
        if (!q.value(9).isNull())
            p.longitude = q.value(9).toDouble();
        p.website = q.value(10).toString();
        p.aliases = q.value(11).toString().split(QLatin1Char(';'), Qt::SkipEmptyParts);
        p.source = q.value(12).toString();
        p.version = q.value(13).toInt();
        out.append(p);
    }
    return out;
}

Result<QList<SampleHolder>> MatrixStore::loadHolders() const
{
    QSqlQuery q = m_db.prepare(QStringLiteral("SELECT id, label, owner, availability, shapes, source, version FROM holders ORDER BY label"));
    if (auto ok = Database::exec(q, QStringLiteral("reading the sample holders")); !ok)
        return ok.error();
    QList<SampleHolder> out;
    while (q.next()) {
        SampleHolder h;
        h.id = q.value(0).toLongLong();
        h.label = q.value(1).toString();
        h.owner = q.value(2).toString();
        h.availability = levelFrom(q.value(3).toString());
        h.shapes = q.value(4).toString().split(QLatin1Char(';'), Qt::SkipEmptyParts);
        h.source = q.value(5).toString();
        h.version = q.value(6).toInt();
        out.append(h);
    }
    QSqlQuery inst = m_db.prepare(QStringLiteral("SELECT holder_id, partner, technique, instrument, air_tight FROM holder_instruments"));
    if (auto ok = Database::exec(inst, QStringLiteral("reading the holder instruments")); !ok)
        return ok.error();
    while (inst.next()) {
        for (SampleHolder &h : out)
            if (h.id == inst.value(0).toLongLong())
                h.instruments.append(InstrumentRef{inst.value(1).toString(), inst.value(2).toString(), inst.value(3).toString(),
                                                   inst.value(4).toInt() != 0, {}});
    }
    return out;
}

Result<QList<OperandoCell>> MatrixStore::loadCells() const
{
    QSqlQuery q = m_db.prepare(QStringLiteral(
        "SELECT id, name, owner, performance, availability, shapes, source, version FROM operando_cells ORDER BY name"));
    if (auto ok = Database::exec(q, QStringLiteral("reading the operando cells")); !ok)
        return ok.error();
    QList<OperandoCell> out;
    while (q.next()) {
        OperandoCell c;
        c.id = q.value(0).toLongLong();
        c.name = q.value(1).toString();
        c.owner = q.value(2).toString();
        c.performance = levelFrom(q.value(3).toString());
        c.availability = levelFrom(q.value(4).toString());
        c.shapes = q.value(5).toString().split(QLatin1Char(';'), Qt::SkipEmptyParts);
        c.source = q.value(6).toString();
        c.version = q.value(7).toInt();
        out.append(c);
    }
    QSqlQuery inst = m_db.prepare(QStringLiteral("SELECT cell_id, partner, technique, instrument, data_quality FROM cell_instruments"));
    if (auto ok = Database::exec(inst, QStringLiteral("reading the cell instruments")); !ok)
        return ok.error();
    while (inst.next()) {
        for (OperandoCell &c : out)
            if (c.id == inst.value(0).toLongLong())
                c.instruments.append(InstrumentRef{inst.value(1).toString(), inst.value(2).toString(), inst.value(3).toString(),
                                                   false, levelFrom(inst.value(4).toString())});
    }
    return out;
}

Result<Matrix> MatrixStore::load() const
{
    auto loaded = loadAll();
    if (!loaded)
        m_db.checkConnection(); // a lost server: tell the connection banner
    return loaded;
}

Result<Matrix> MatrixStore::loadAll() const
{
    Matrix m;
    auto partners = loadPartners();
    if (!partners)
        return partners.error();
    m.partners = *partners;
    auto offerings = loadOfferings();
    if (!offerings)
        return offerings.error();
    m.offerings = std::move(*offerings);
    auto holders = loadHolders();
    if (!holders)
        return holders.error();
    m.holders = *holders;
    auto cells = loadCells();
    if (!cells)
        return cells.error();
    m.cells = *cells;
    auto sites = bundled::sites();
    if (!sites)
        return sites.error();
    m.sites = *sites;
    return m;
}

Result<Matrix> MatrixStore::loadFirst(int limit) const
{
    Matrix m;
    auto partners = loadPartners();
    if (!partners)
        return partners.error();
    m.partners = *partners;
    // SQLite's lower() folds ASCII only; the table sorts by the folded display text, so
    // a non-ASCII cluster name could be placed differently: the full load corrects that.
    QSqlQuery q = m_db.prepare(offeringSelectSql() +
                               QStringLiteral(" ORDER BY (trim(coalesce(%1, '')) = ''), lower(trim(coalesce(%1, ''))), id LIMIT :limit").arg(columnKey(Column::Cluster)));
    q.bindValue(QStringLiteral(":limit"), std::max(0, limit));
    if (auto ok = Database::exec(q, QStringLiteral("reading the first offerings")); !ok) {
        m_db.checkConnection();
        return ok.error();
    }
    while (q.next()) {
        Offering o;
        readOffering(q, o);
        m.offerings.append(std::move(o));
    }
    parseAll(m.offerings, *partners);
    auto holders = loadHolders();
    if (!holders)
        return holders.error();
    m.holders = *holders;
    auto cells = loadCells();
    if (!cells)
        return cells.error();
    m.cells = *cells;
    auto sites = bundled::sites();
    if (!sites)
        return sites.error();
    m.sites = *sites;
    return m;
}

Result<qint64> MatrixStore::insertRow(const Offering &o)
{
    QStringList cols{QStringLiteral("identity"), QStringLiteral("version"), QStringLiteral("updated_at"), QStringLiteral("updated_by")};
    QStringList params{QStringLiteral(":identity"), QStringLiteral("1"), QStringLiteral(":updated_at"), QStringLiteral(":updated_by")};
    for (int i = 0; i < kColumnCount; ++i) {
        cols.append(columnKey(Column(i)));
        params.append(QLatin1Char(':') + columnKey(Column(i)));
    }
    QSqlQuery q = m_db.prepare(QStringLiteral("INSERT INTO offerings (%1) VALUES (%2) RETURNING id")
                                   .arg(cols.join(QStringLiteral(", ")), params.join(QStringLiteral(", "))));
    q.bindValue(QStringLiteral(":identity"), o.identity());
    q.bindValue(QStringLiteral(":updated_at"), now());
    q.bindValue(QStringLiteral(":updated_by"), m_user);
    for (int i = 0; i < kColumnCount; ++i)
        q.bindValue(QLatin1Char(':') + columnKey(Column(i)), sqlText(o.raw[size_t(i)]));
    if (!q.exec())
        return Database::failure(q, QStringLiteral("adding %1 at %2").arg(o.techniqueLabel(), o.partner));
    if (!q.next())
        return makeError(QStringLiteral("adding %1 at %2 returned no id").arg(o.techniqueLabel(), o.partner));
    const qint64 id = q.value(0).toLongLong();
    if (auto ok = addHistory(id, QStringLiteral("insert"), {}, {}, o.techniqueLabel()); !ok)
        return ok.error();
    m_db.recordChange(QStringLiteral("offerings"), id);
    return id;
}

Result<void> MatrixStore::updateRow(const Offering &o, const Offering &before)
{
    QStringList sets{QStringLiteral("identity = :identity"), QStringLiteral("version = version + 1"),
                     QStringLiteral("updated_at = :updated_at"), QStringLiteral("updated_by = :updated_by")};
    for (int i = 0; i < kColumnCount; ++i)
        sets.append(QStringLiteral("%1 = :%1").arg(columnKey(Column(i))));
    QSqlQuery q = m_db.prepare(QStringLiteral("UPDATE offerings SET %1 WHERE id = :id AND version = :version").arg(sets.join(QStringLiteral(", "))));
    q.bindValue(QStringLiteral(":identity"), o.identity());
    q.bindValue(QStringLiteral(":updated_at"), now());
    q.bindValue(QStringLiteral(":updated_by"), m_user);
    for (int i = 0; i < kColumnCount; ++i)
        q.bindValue(QLatin1Char(':') + columnKey(Column(i)), sqlText(o.raw[size_t(i)]));
    q.bindValue(QStringLiteral(":id"), before.id);
    q.bindValue(QStringLiteral(":version"), before.version);
    if (!q.exec())
        return Database::failure(q, QStringLiteral("saving %1 at %2").arg(o.techniqueLabel(), o.partner));
    if (q.numRowsAffected() != 1) {
        // Another user's change committed in between: name it, from the history.
        auto now = fetchOffering(before.id);
        if (!now)
            return stale(QStringLiteral("%1 at %2 was deleted by another user in the meantime").arg(o.techniqueLabel(), o.partner));
        return stale(describeConflict(*now, before.version));
    }
    m_db.recordChange(QStringLiteral("offerings"), before.id);
    for (int i = 0; i < kColumnCount; ++i)
        if (o.raw[size_t(i)] != before.raw[size_t(i)])
            if (auto ok = addHistory(before.id, QStringLiteral("update"), columnKey(Column(i)), before.raw[size_t(i)], o.raw[size_t(i)]); !ok)
                return ok;
    return {};
}

Result<void> MatrixStore::addHistory(qint64 offeringId, const QString &action, const QString &column, const QString &oldValue,
                                     const QString &newValue)
{
    // On a server the history is written by its trigger, under the login (ServerAuthorship):
    // the desktop has no right to write it, and could otherwise name anyone as the author.
    if (m_db.kind() == Database::Kind::Postgres)
        return {};
    QSqlQuery q = m_db.prepare(QStringLiteral(
        "INSERT INTO offering_history (offering_id, changed_at, changed_by, action, column_key, old_value, new_value) "
        "VALUES (:offering_id, :changed_at, :changed_by, :action, :column_key, :old_value, :new_value)"));
    q.bindValue(QStringLiteral(":offering_id"), offeringId);
    q.bindValue(QStringLiteral(":changed_at"), now());
    q.bindValue(QStringLiteral(":changed_by"), m_user);
    q.bindValue(QStringLiteral(":action"), sqlText(action));
    q.bindValue(QStringLiteral(":column_key"), sqlText(column));
    q.bindValue(QStringLiteral(":old_value"), sqlText(oldValue));
    q.bindValue(QStringLiteral(":new_value"), sqlText(newValue));
    return Database::exec(q, QStringLiteral("recording the change history"));
}

Result<ImportReport> MatrixStore::importFile(const QString &path, const ImportOptions &options)
{
    auto table = readTableFile(path);
    if (!table)
        return table.error();
    auto decoded = decodeMatrix(*table, m_vocabulary);
    if (!decoded)
        return decoded.error();
    return import(std::move(*decoded), options);
}

Result<ImportReport> MatrixStore::import(DecodedMatrix decoded, const ImportOptions &options)
{
    ImportReport report = decoded.report;
    report.dryRun = options.dryRun;
    QSet<QString> dryRunMarker;

    auto work = [&]() -> Result<void> {
        auto partners = loadPartners();
        if (!partners)
            return partners.error();
        // Unknown partners become new partner rows (with only a name) and are reported.
        for (Offering &o : decoded.offerings) {
            const QString canonical = canonicalPartner(*partners, o.partner);
            if (!std::any_of(partners->cbegin(), partners->cend(), [&](const Partner &p) { return p.shortName == canonical; })) {
                Partner p;
                p.shortName = canonical;
                auto saved = insertOrUpdatePartner(p);
                if (!saved)
                    return saved.error();
                partners->append(*saved);
                report.newPartners.append(canonical);
            }
            o.partner = canonical;
        }
        auto existing = loadOfferings();
        if (!existing)
            return existing.error();
        QHash<QString, Offering> byIdentity;
        for (const Offering &o : std::as_const(*existing))
            byIdentity.insert(o.identity(), o);
        QSet<QString> inFile;
        for (qsizetype i = 0; i < decoded.offerings.size(); ++i) {
            const Offering &o = decoded.offerings[i];
            const QString identity = o.identity();
            if (inFile.contains(identity)) {
                report.issues.append(ImportIssue{decoded.lines[i], columnHeader(Column::Technique), o.cell(Column::Technique),
                                                 QStringLiteral("repeats an earlier line (same partner, technique and instruments); the later line wins")});
            }
            inFile.insert(identity);
            const auto it = byIdentity.constFind(identity);
            if (it == byIdentity.cend()) {
                auto id = insertRow(o);
                if (!id)
                    return makeError(id.error().message, report.source + QStringLiteral(":%1").arg(decoded.lines[i]));
                Offering stored = o;
                stored.id = *id;
                stored.version = 1;
                byIdentity.insert(identity, stored);
                ++report.added;
            } else if (it->raw != o.raw) {
                if (auto ok = updateRow(o, *it); !ok)
                    return makeError(ok.error().message, report.source + QStringLiteral(":%1").arg(decoded.lines[i]));
                Offering stored = o;
                stored.id = it->id;
                stored.version = it->version + 1;
                byIdentity.insert(identity, stored);
                ++report.updated;
            } else {
                ++report.unchanged;
            }
        }
        if (options.replace) {
            if (auto ok = serverauthorship::setChangeNote(m_db, QStringLiteral("removed by import --replace")); !ok)
                return ok;
            for (const Offering &o : std::as_const(*existing)) {
                if (inFile.contains(o.identity()))
                    continue;
                // Versioned like every edit: a row another user changed meanwhile is not removed.
                QSqlQuery del = m_db.prepare(QStringLiteral("DELETE FROM offerings WHERE id = :id AND version = :version"));
                del.bindValue(QStringLiteral(":id"), o.id);
                del.bindValue(QStringLiteral(":version"), o.version);
                if (auto ok = Database::exec(del, QStringLiteral("removing %1 at %2").arg(o.techniqueLabel(), o.partner)); !ok)
                    return ok;
                if (del.numRowsAffected() != 1) {
                    auto now = fetchOffering(o.id);
                    return stale(now ? describeConflict(*now, o.version)
                                     : QStringLiteral("%1 at %2 was deleted by another user in the meantime").arg(o.techniqueLabel(), o.partner));
                }
                m_db.recordChange(QStringLiteral("offerings"), o.id);
                if (auto ok = addHistory(o.id, QStringLiteral("delete"), {}, o.techniqueLabel(), QStringLiteral("removed by import --replace")); !ok)
                    return ok;
                ++report.removed;
            }
        }
        if (options.dryRun)
            return makeError(QStringLiteral("dry run")); // roll back on purpose
        return {};
    };

    auto ok = m_db.transaction(work);
    if (!ok && !(options.dryRun && ok.error().message == u"dry run"))
        return ok.error();
    return report;
}

Result<Offering> MatrixStore::fetchOffering(qint64 id) const
{
    QSqlQuery q = m_db.prepare(offeringSelectSql() + QStringLiteral(" WHERE id = :id"));
    q.bindValue(QStringLiteral(":id"), id);
    if (auto ok = Database::exec(q, QStringLiteral("reading offering %1").arg(id)); !ok)
        return ok.error();
    if (!q.next())
        return stale(QStringLiteral("offering %1 does not exist (it may have been deleted by someone else)").arg(id));
    Offering o;
    o.id = q.value(0).toLongLong();
    o.version = q.value(1).toInt();
    for (int i = 0; i < kColumnCount; ++i)
        o.raw[size_t(i)] = q.value(2 + i).toString();
    (void)parseOffering(o, m_vocabulary);
    if (auto partners = loadPartners())
        o.partner = canonicalPartner(*partners, o.partner);
    return o;
}

Result<QList<Offering>> MatrixStore::fetchOfferings(const QList<qint64> &ids) const
{
    QList<Offering> out;
    if (ids.isEmpty())
        return out;
    const auto partners = loadPartners();
    if (!partners)
        return partners.error();
    constexpr qsizetype kChunk = 1000;
    for (qsizetype start = 0; start < ids.size(); start += kChunk) {
        // Numbers this program formats itself: nothing of a payload reaches the SQL text.
        QStringList list;
        for (qint64 id : ids.mid(start, kChunk))
            list.append(QString::number(id));
        QSqlQuery q = m_db.prepare(offeringSelectSql() + QStringLiteral(" WHERE id IN (%1) ORDER BY id").arg(list.join(QLatin1Char(','))));
        if (auto ok = Database::exec(q, QStringLiteral("reading the changed offerings")); !ok)
            return ok.error();
        while (q.next()) {
            Offering o;
            readOffering(q, o);
            out.append(std::move(o));
        }
    }
    parseAll(out, *partners);
    return out;
}

Result<Offering> MatrixStore::updateCell(qint64 id, Column column, const QString &rawText, int expectedVersion)
{
    // Read and write in one transaction, so that a lost connection anywhere in between is
    // reported as an edit that was not saved.
    Result<Offering> saved = makeError(QString());
    auto ok = m_db.transaction([&]() -> Result<void> {
        if (auto known = requireVersion(expectedVersion, QStringLiteral("offering %1").arg(id)); !known)
            return known;
        auto current = fetchOffering(id);
        if (!current)
            return current.error();
        if (current->version != expectedVersion)
            return stale(describeConflict(*current, expectedVersion)
                         + QStringLiteral(" (its %1 is now %2).").arg(columnTitle(column), shown(current->cell(column))));
        const QList<CellIssue> issues = validateCell(*current, column, rawText, m_vocabulary);
        if (!issues.isEmpty())
            return makeError(issues.first().message, columnTitle(column));
        Offering updated = *current;
        updated.raw[size_t(column)] = rawText;
        (void)parseOffering(updated, m_vocabulary);
        if ((column == Column::Partner || column == Column::Technique) && updated.partner.isEmpty())
            return makeError(QStringLiteral("an offering needs a partner and a technique"), columnTitle(column));
        if (auto written = updateRow(updated, *current); !written)
            return written;
        saved = fetchOffering(id);
        return saved ? Result<void>() : Result<void>(saved.error());
    });
    if (!ok)
        return ok.error();
    return saved;
}

Result<Offering> MatrixStore::insertOffering(Offering offering)
{
    (void)parseOffering(offering, m_vocabulary);
    if (offering.partner.isEmpty() || offering.technique.isEmpty())
        return makeError(QStringLiteral("an offering needs a partner and a technique"));
    qint64 id = 0;
    auto ok = m_db.transaction([&]() -> Result<void> {
        QSqlQuery dup = m_db.prepare(QStringLiteral("SELECT id FROM offerings WHERE identity = :identity"));
        dup.bindValue(QStringLiteral(":identity"), offering.identity());
        if (auto e = Database::exec(dup, QStringLiteral("checking for duplicates")); !e)
            return e;
        if (dup.next())
            return makeError(QStringLiteral("%1 at %2 on these instruments is already in the matrix (offering %3)")
                                 .arg(offering.techniqueLabel(), offering.partner)
                                 .arg(dup.value(0).toLongLong()));
        auto inserted = insertRow(offering);
        if (!inserted)
            return inserted.error();
        id = *inserted;
        return {};
    });
    if (!ok)
        return ok.error();
    return fetchOffering(id);
}

Result<void> MatrixStore::deleteOffering(qint64 id, int expectedVersion)
{
    return m_db.transaction([&]() -> Result<void> {
        if (auto known = requireVersion(expectedVersion, QStringLiteral("deleting offering %1").arg(id)); !known)
            return known;
        auto current = fetchOffering(id);
        if (!current)
            return stale(QStringLiteral("offering %1 was deleted by someone else in the meantime").arg(id));
        QSqlQuery q = m_db.prepare(QStringLiteral("DELETE FROM offerings WHERE id = :id AND version = :version"));
        q.bindValue(QStringLiteral(":id"), id);
        q.bindValue(QStringLiteral(":version"), expectedVersion);
        if (auto ok = Database::exec(q, QStringLiteral("deleting offering %1").arg(id)); !ok)
            return ok;
        if (q.numRowsAffected() != 1)
            return stale(describeConflict(*current, expectedVersion) + QStringLiteral(" before deleting it."));
        m_db.recordChange(QStringLiteral("offerings"), id);
        return addHistory(id, QStringLiteral("delete"), {}, current->techniqueLabel(), {});
    });
}

Result<QList<HistoryEntry>> MatrixStore::history(qint64 offeringId) const
{
    QSqlQuery q = m_db.prepare(QStringLiteral(
        "SELECT changed_at, changed_by, action, column_key, old_value, new_value FROM offering_history "
        "WHERE offering_id = :id ORDER BY id"));
    q.bindValue(QStringLiteral(":id"), offeringId);
    if (auto ok = Database::exec(q, QStringLiteral("reading the history")); !ok)
        return ok.error();
    QList<HistoryEntry> out;
    while (q.next())
        out.append(HistoryEntry{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
                                q.value(4).toString(), q.value(5).toString()});
    return out;
}

Result<Partner> MatrixStore::insertOrUpdatePartner(Partner p)
{
    const bool insert = p.id == 0;
    QSqlQuery q = m_db.prepare(insert
        ? QStringLiteral("INSERT INTO partners (short_name, full_name, kind, site, city, country, country_code, latitude, longitude, "
                         "website, aliases, source, version) VALUES (:short_name, :full_name, :kind, :site, :city, :country, "
                         ":country_code, :latitude, :longitude, :website, :aliases, :source, 1) RETURNING id")
        : QStringLiteral("UPDATE partners SET short_name = :short_name, full_name = :full_name, kind = :kind, site = :site, "
                         "city = :city, country = :country, country_code = :country_code, latitude = :latitude, "
                         "longitude = :longitude, website = :website, aliases = :aliases, source = :source, "
                         "version = version + 1 WHERE id = :id AND version = :version"));
    q.bindValue(QStringLiteral(":short_name"), p.shortName.simplified());
    q.bindValue(QStringLiteral(":full_name"), sqlText(p.fullName));
    q.bindValue(QStringLiteral(":kind"), partnerKindKey(p.kind));
    q.bindValue(QStringLiteral(":site"), sqlText(p.site));
    q.bindValue(QStringLiteral(":city"), sqlText(p.city));
    q.bindValue(QStringLiteral(":country"), sqlText(p.country));
    q.bindValue(QStringLiteral(":country_code"), sqlText(p.countryCode));
    q.bindValue(QStringLiteral(":latitude"), p.latitude ? QVariant(*p.latitude) : QVariant());
    q.bindValue(QStringLiteral(":longitude"), p.longitude ? QVariant(*p.longitude) : QVariant());
    q.bindValue(QStringLiteral(":website"), sqlText(p.website));
    q.bindValue(QStringLiteral(":aliases"), sqlText(p.aliases.join(QLatin1Char(';'))));
    q.bindValue(QStringLiteral(":source"), sqlText(p.source));
    if (!insert) {
        if (auto known = requireVersion(p.version, QStringLiteral("partner %1").arg(p.shortName)); !known)
            return known.error();
        q.bindValue(QStringLiteral(":id"), p.id);
        q.bindValue(QStringLiteral(":version"), p.version);
    }
    if (!q.exec())
        return Database::failure(q, QStringLiteral("saving partner %1").arg(p.shortName));
    if (insert) {
        if (!q.next())
            return makeError(QStringLiteral("saving partner %1 returned no id").arg(p.shortName));
        p.id = q.value(0).toLongLong();
        p.version = 1;
    } else {
        if (q.numRowsAffected() != 1)
            return stale(staleEntityMessage(QStringLiteral("partners"), QStringLiteral("partner %1").arg(p.shortName), p.id, p.version));
        ++p.version;
    }
    m_db.recordChange(QStringLiteral("partners"), p.id);
    return p;
}

Result<Partner> MatrixStore::savePartner(Partner partner)
{
    if (partner.shortName.trimmed().isEmpty())
        return makeError(QStringLiteral("a partner needs a short name"));
    if (partner.latitude && (*partner.latitude < -90 || *partner.latitude > 90))
        return makeError(QStringLiteral("latitude %1 is outside -90..90").arg(*partner.latitude), QStringLiteral("latitude"));
    if (partner.longitude && (*partner.longitude < -180 || *partner.longitude > 180))
        return makeError(QStringLiteral("longitude %1 is outside -180..180").arg(*partner.longitude), QStringLiteral("longitude"));
    Result<Partner> result = makeError(QString());
    auto ok = m_db.transaction([&]() -> Result<void> {
        result = insertOrUpdatePartner(partner);
        return result ? Result<void>() : Result<void>(result.error());
    });
    if (!ok)
        return ok.error();
    return result;
}

Result<void> MatrixStore::deletePartner(qint64 id, int expectedVersion)
{
    return m_db.transaction([&]() -> Result<void> {
        if (auto known = requireVersion(expectedVersion, QStringLiteral("deleting partner %1").arg(id)); !known)
            return known;
        QSqlQuery name = m_db.prepare(QStringLiteral("SELECT short_name FROM partners WHERE id = :id"));
        name.bindValue(QStringLiteral(":id"), id);
        if (auto ok = Database::exec(name, QStringLiteral("reading the partner")); !ok)
            return ok;
        if (!name.next())
            return stale(QStringLiteral("partner %1 was deleted by someone else in the meantime").arg(id));
        const QString shortName = name.value(0).toString();
        QSqlQuery used = m_db.prepare(QStringLiteral("SELECT count(*) FROM offerings WHERE partner = :p OR partner = :bracketed"));
        used.bindValue(QStringLiteral(":p"), shortName);
        used.bindValue(QStringLiteral(":bracketed"), QLatin1Char('[') + shortName + QLatin1Char(']'));
        if (auto ok = Database::exec(used, QStringLiteral("checking the partner's offerings")); !ok)
            return ok;
        if (used.next() && used.value(0).toInt() > 0)
            return makeError(QStringLiteral("%1 still offers %2 techniques; delete or move them first").arg(shortName).arg(used.value(0).toInt()));
        QSqlQuery del = m_db.prepare(QStringLiteral("DELETE FROM partners WHERE id = :id AND version = :version"));
        del.bindValue(QStringLiteral(":id"), id);
        del.bindValue(QStringLiteral(":version"), expectedVersion);
        if (auto ok = Database::exec(del, QStringLiteral("deleting partner %1").arg(shortName)); !ok)
            return ok;
        if (del.numRowsAffected() != 1)
            return stale(staleEntityMessage(QStringLiteral("partners"), QStringLiteral("partner %1").arg(shortName), id, expectedVersion));
        m_db.recordChange(QStringLiteral("partners"), id);
        return {};
    });
}

Result<SampleHolder> MatrixStore::saveHolder(SampleHolder h)
{
    if (h.label.trimmed().isEmpty())
        return makeError(QStringLiteral("a sample holder needs a label"));
    auto ok = m_db.transaction([&]() -> Result<void> {
        const bool insert = h.id == 0;
        QSqlQuery q = m_db.prepare(insert
            ? QStringLiteral("INSERT INTO holders (label, owner, availability, shapes, source) VALUES (:label, :owner, :availability, :shapes, :source) RETURNING id")
            : QStringLiteral("UPDATE holders SET label = :label, owner = :owner, availability = :availability, shapes = :shapes, "
                             "source = :source, version = version + 1 WHERE id = :id AND version = :version"));
        q.bindValue(QStringLiteral(":label"), h.label.simplified());
        q.bindValue(QStringLiteral(":owner"), sqlText(h.owner));
        q.bindValue(QStringLiteral(":availability"), sqlText(levelText(h.availability)));
        q.bindValue(QStringLiteral(":shapes"), sqlText(h.shapes.join(QLatin1Char(';'))));
        q.bindValue(QStringLiteral(":source"), sqlText(h.source));
        if (!insert) {
            if (auto known = requireVersion(h.version, QStringLiteral("sample holder %1").arg(h.label)); !known)
                return known;
            q.bindValue(QStringLiteral(":id"), h.id);
            q.bindValue(QStringLiteral(":version"), h.version);
        }
        if (auto e = Database::exec(q, QStringLiteral("saving sample holder %1").arg(h.label)); !e)
            return e;
        if (insert) {
            if (!q.next())
                return makeError(QStringLiteral("saving sample holder %1 returned no id").arg(h.label));
            h.id = q.value(0).toLongLong();
            h.version = 1;
        } else if (q.numRowsAffected() != 1) {
            return stale(staleEntityMessage(QStringLiteral("holders"), QStringLiteral("sample holder %1").arg(h.label), h.id, h.version));
        } else {
            ++h.version;
        }
        m_db.recordChange(QStringLiteral("holders"), h.id);
        QSqlQuery del = m_db.prepare(QStringLiteral("DELETE FROM holder_instruments WHERE holder_id = :id"));
        del.bindValue(QStringLiteral(":id"), h.id);
        if (auto e = Database::exec(del, QStringLiteral("updating holder instruments")); !e)
            return e;
        for (const InstrumentRef &r : std::as_const(h.instruments)) {
            QSqlQuery ins = m_db.prepare(QStringLiteral("INSERT INTO holder_instruments (holder_id, partner, technique, instrument, air_tight) "
                                                        "VALUES (:id, :partner, :technique, :instrument, :air_tight)"));
            ins.bindValue(QStringLiteral(":id"), h.id);
            ins.bindValue(QStringLiteral(":partner"), sqlText(r.partner));
            ins.bindValue(QStringLiteral(":technique"), sqlText(r.technique));
            ins.bindValue(QStringLiteral(":instrument"), sqlText(r.instrument));
            ins.bindValue(QStringLiteral(":air_tight"), r.airTight ? 1 : 0);
            if (auto e = Database::exec(ins, QStringLiteral("saving holder instruments")); !e)
                return e;
        }
        return {};
    });
    if (!ok)
        return ok.error();
    return h;
}

Result<void> MatrixStore::deleteHolder(qint64 id, int expectedVersion)
{
    return m_db.transaction([&]() -> Result<void> {
        if (auto known = requireVersion(expectedVersion, QStringLiteral("deleting sample holder %1").arg(id)); !known)
            return known;
        QSqlQuery q = m_db.prepare(QStringLiteral("DELETE FROM holders WHERE id = :id AND version = :version"));
        q.bindValue(QStringLiteral(":id"), id);
        q.bindValue(QStringLiteral(":version"), expectedVersion);
        if (auto ok = Database::exec(q, QStringLiteral("deleting sample holder %1").arg(id)); !ok)
            return ok;
        if (q.numRowsAffected() != 1)
            return stale(staleEntityMessage(QStringLiteral("holders"), QStringLiteral("sample holder %1").arg(id), id, expectedVersion));
        m_db.recordChange(QStringLiteral("holders"), id);
        return {};
    });
}

Result<OperandoCell> MatrixStore::saveCell(OperandoCell c)
{
    if (c.name.trimmed().isEmpty())
        return makeError(QStringLiteral("an operando cell needs a name"));
    auto ok = m_db.transaction([&]() -> Result<void> {
        const bool insert = c.id == 0;
        QSqlQuery q = m_db.prepare(insert
            ? QStringLiteral("INSERT INTO operando_cells (name, owner, performance, availability, shapes, source) "
                             "VALUES (:name, :owner, :performance, :availability, :shapes, :source) RETURNING id")
            : QStringLiteral("UPDATE operando_cells SET name = :name, owner = :owner, performance = :performance, availability = :availability, "
                             "shapes = :shapes, source = :source, version = version + 1 WHERE id = :id AND version = :version"));
        q.bindValue(QStringLiteral(":name"), c.name.simplified());
        q.bindValue(QStringLiteral(":owner"), sqlText(c.owner));
        q.bindValue(QStringLiteral(":performance"), sqlText(levelText(c.performance)));
        q.bindValue(QStringLiteral(":availability"), sqlText(levelText(c.availability)));
        q.bindValue(QStringLiteral(":shapes"), sqlText(c.shapes.join(QLatin1Char(';'))));
        q.bindValue(QStringLiteral(":source"), sqlText(c.source));
        if (!insert) {
            if (auto known = requireVersion(c.version, QStringLiteral("operando cell %1").arg(c.name)); !known)
                return known;
            q.bindValue(QStringLiteral(":id"), c.id);
            q.bindValue(QStringLiteral(":version"), c.version);
        }
        if (auto e = Database::exec(q, QStringLiteral("saving operando cell %1").arg(c.name)); !e)
            return e;
        if (insert) {
            if (!q.next())
                return makeError(QStringLiteral("saving operando cell %1 returned no id").arg(c.name));
            c.id = q.value(0).toLongLong();
            c.version = 1;
        } else if (q.numRowsAffected() != 1) {
            return stale(staleEntityMessage(QStringLiteral("operando_cells"), QStringLiteral("operando cell %1").arg(c.name), c.id, c.version));
        } else {
            ++c.version;
        }
        m_db.recordChange(QStringLiteral("operando_cells"), c.id);
        QSqlQuery del = m_db.prepare(QStringLiteral("DELETE FROM cell_instruments WHERE cell_id = :id"));
        del.bindValue(QStringLiteral(":id"), c.id);
        if (auto e = Database::exec(del, QStringLiteral("updating cell instruments")); !e)
            return e;
        for (const InstrumentRef &r : std::as_const(c.instruments)) {
            QSqlQuery ins = m_db.prepare(QStringLiteral("INSERT INTO cell_instruments (cell_id, partner, technique, instrument, data_quality) "
                                                        "VALUES (:id, :partner, :technique, :instrument, :quality)"));
            ins.bindValue(QStringLiteral(":id"), c.id);
            ins.bindValue(QStringLiteral(":partner"), sqlText(r.partner));
            ins.bindValue(QStringLiteral(":technique"), sqlText(r.technique));
            ins.bindValue(QStringLiteral(":instrument"), sqlText(r.instrument));
            ins.bindValue(QStringLiteral(":quality"), sqlText(levelText(r.dataQuality)));
            if (auto e = Database::exec(ins, QStringLiteral("saving cell instruments")); !e)
                return e;
        }
        return {};
    });
    if (!ok)
        return ok.error();
    return c;
}

Result<void> MatrixStore::deleteCell(qint64 id, int expectedVersion)
{
    return m_db.transaction([&]() -> Result<void> {
        if (auto known = requireVersion(expectedVersion, QStringLiteral("deleting operando cell %1").arg(id)); !known)
            return known;
        QSqlQuery q = m_db.prepare(QStringLiteral("DELETE FROM operando_cells WHERE id = :id AND version = :version"));
        q.bindValue(QStringLiteral(":id"), id);
        q.bindValue(QStringLiteral(":version"), expectedVersion);
        if (auto ok = Database::exec(q, QStringLiteral("deleting operando cell %1").arg(id)); !ok)
            return ok;
        if (q.numRowsAffected() != 1)
            return stale(staleEntityMessage(QStringLiteral("operando_cells"), QStringLiteral("operando cell %1").arg(id), id, expectedVersion));
        m_db.recordChange(QStringLiteral("operando_cells"), id);
        return {};
    });
}

} // namespace pm
