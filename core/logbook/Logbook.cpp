#include "Logbook.h"

#include "common/TextMatch.h"
#include "io/RawTable.h"
#include "matrix/Offering.h"

namespace pm::logbook {

namespace {

bool sameTechnique(const QString &logged, const Offering &o)
{
    const QString t = text::normalized(logged);
    return !t.isEmpty()
        && (t == text::normalized(o.abbreviation) || t == text::normalized(o.technique) || t == text::normalized(o.techniqueLabel()));
}

} // namespace

Result<QList<LogbookEntry>> parseCsv(const QByteArray &data, const QString &source)
{
    auto table = readDelimited(data, QLatin1Char(','), source);
    if (!table)
        return table.error();
    const QStringList wanted{QStringLiteral("date"), QStringLiteral("partner"), QStringLiteral("technique"),
                             QStringLiteral("instrument"), QStringLiteral("material"), QStringLiteral("observable")};
    QList<int> column;
    for (const QString &w : wanted) {
        int found = -1;
        for (int i = 0; i < table->header.size(); ++i)
            if (text::normalized(table->header[i]) == w)
                found = i;
        column.append(found);
    }
    for (int k = 0; k < 3; ++k)
        if (column[k] < 0)
            return makeError(QStringLiteral("the header has no \"%1\" column (it needs date, partner and technique)").arg(wanted[k]),
                             QStringLiteral("%1:%2").arg(source).arg(table->headerLine));
    QList<LogbookEntry> entries;
    for (const RawRow &row : table->rows) {
        auto cell = [&](int k) { return column[k] >= 0 && column[k] < row.cells.size() ? row.cells[column[k]].trimmed() : QString(); };
        LogbookEntry e;
        const QDate date = QDate::fromString(cell(0).left(10), Qt::ISODate);
        if (!date.isValid())
            return makeError(QStringLiteral("\"%1\" is not a date; write it as 2023-05-17").arg(cell(0)),
                             QStringLiteral("%1:%2").arg(source).arg(row.line));
        e.date = date.toString(Qt::ISODate);
        e.partner = cell(1);
        e.technique = cell(2);
        if (e.partner.isEmpty() || e.technique.isEmpty())
            return makeError(QStringLiteral("partner and technique are needed"), QStringLiteral("%1:%2").arg(source).arg(row.line));
        e.instrument = cell(3);
        e.material = cell(4);
        e.observable = cell(5);
        entries.append(e);
    }
    return entries;
}

Result<int> importEntries(Database &db, const QList<LogbookEntry> &entries)
{
    auto done = db.transaction([&]() -> Result<void> {
        QSqlQuery q = db.prepare(QStringLiteral("INSERT INTO logbook (date, partner, technique, instrument, material, observable) "
                                                "VALUES (?, ?, ?, ?, ?, ?)"));
        for (const LogbookEntry &e : entries) {
            q.addBindValue(e.date);
            q.addBindValue(sqlText(e.partner));
            q.addBindValue(sqlText(e.technique));
            q.addBindValue(sqlText(e.instrument));
            q.addBindValue(sqlText(e.material));
            q.addBindValue(sqlText(e.observable));
            if (auto r = Database::exec(q, QStringLiteral("adding a logbook entry")); !r)
                return r;
        }
        return {};
    });
    if (!done)
        return done.error();
    return int(entries.size());
}

Result<QList<LogbookEntry>> load(Database &db)
{
    QSqlQuery q = db.prepare(QStringLiteral("SELECT id, date, partner, technique, instrument, material, observable FROM logbook ORDER BY date"));
    if (auto r = Database::exec(q, QStringLiteral("reading the logbook")); !r)
        return r.error();
    QList<LogbookEntry> out;
    while (q.next())
        out.append(LogbookEntry{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
                                q.value(4).toString(), q.value(5).toString(), q.value(6).toString()});
    return out;
}

QString warningFor(const Offering &offering, const QList<LogbookEntry> &entries, const QDate &today)
{
    QDate latest;
    for (const LogbookEntry &e : entries) {
        if (text::normalized(e.partner) != text::normalized(offering.partner) || !sameTechnique(e.technique, offering))
            continue;
        const QDate d = QDate::fromString(e.date.left(10), Qt::ISODate);
        if (d.isValid() && (!latest.isValid() || d > latest))
            latest = d;
    }
    const QString what = QStringLiteral("%1 at %2").arg(offering.abbreviation.isEmpty() ? offering.technique : offering.abbreviation,
                                                          offering.partner);
    if (!latest.isValid())
        return QStringLiteral("%1 was never logged in the BIG-MAP notebook: confirm with the partner").arg(what);
    if (latest < today.addMonths(-12))
        return QStringLiteral("%1 was last logged on %2, more than 12 months ago: confirm with the partner").arg(what, latest.toString(Qt::ISODate));
    return {};
}

} // namespace pm::logbook
