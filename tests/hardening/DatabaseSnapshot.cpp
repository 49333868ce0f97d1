#include "DatabaseSnapshot.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStringList>
#include <QUuid>

namespace pm::test {

namespace {
DatabaseSnapshot read(QSqlDatabase &db)
{
    DatabaseSnapshot s;
    QSqlQuery check(db);
    if (!check.exec(QStringLiteral("PRAGMA integrity_check"))) {
        s.error = check.lastError().text();
        return s;
    }
    QStringList results;
    while (check.next())
        results.append(check.value(0).toString());
    s.integrityCheck = results.join(QLatin1Char('\n'));

    QStringList tables;
    QSqlQuery list(db);
    if (!list.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"))) {
        s.error = list.lastError().text();
        return s;
    }
    while (list.next())
        tables.append(list.value(0).toString());
    for (const QString &table : std::as_const(tables)) {
        s.rows += QStringLiteral("== ") + table + QLatin1Char('\n');
        QSqlQuery rows(db);
        // Table names come from sqlite_master of the file under test, quoted as identifiers.
        QString quoted = table;
        quoted.replace(QLatin1Char('"'), QStringLiteral("\"\""));
        const bool withoutRowid = !rows.exec(QStringLiteral("SELECT * FROM \"%1\" ORDER BY rowid").arg(quoted));
        if (withoutRowid && !rows.exec(QStringLiteral("SELECT * FROM \"%1\" ORDER BY 1").arg(quoted))) {
            s.error = rows.lastError().text();
            return s;
        }
        while (rows.next()) {
            QStringList values;
            const QSqlRecord record = rows.record();
            for (int i = 0; i < record.count(); ++i)
                values.append(rows.value(i).isNull() ? QStringLiteral("<null>") : rows.value(i).toString());
            s.rows += values.join(QLatin1Char('|')) + QLatin1Char('\n');
            ++s.rowCount;
        }
    }
    return s;
}
} // namespace

DatabaseSnapshot DatabaseSnapshot::of(const QString &sqlitePath)
{
    const QString name = QStringLiteral("snapshot-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    DatabaseSnapshot s;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(sqlitePath);
        // Not read-only: opening must be able to roll back a hot journal / recover the WAL,
        // exactly as the application does after a crash.
        if (!db.open())
            s.error = db.lastError().text();
        else
            s = read(db);
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return s;
}

} // namespace pm::test
