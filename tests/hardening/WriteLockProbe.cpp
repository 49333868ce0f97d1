#include "WriteLockProbe.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

namespace pm::test {

WriteLockProbe::WriteLockProbe(const QString &path)
    : m_name(QStringLiteral("probe-") + QUuid::createUuid().toString(QUuid::WithoutBraces))
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
    db.setDatabaseName(path);
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=0"));
    if (!db.open())
        qFatal("cannot open the probe connection: %s", qPrintable(db.lastError().text()));
}

WriteLockProbe::~WriteLockProbe()
{
    QSqlDatabase::database(m_name, false).close();
    QSqlDatabase::removeDatabase(m_name);
}

bool WriteLockProbe::writerActive()
{
    QSqlDatabase db = QSqlDatabase::database(m_name, false);
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("BEGIN IMMEDIATE")))
        return true; // SQLITE_BUSY: another connection holds the write lock
    QSqlQuery rollback(db);
    rollback.exec(QStringLiteral("ROLLBACK"));
    return false;
}

} // namespace pm::test
