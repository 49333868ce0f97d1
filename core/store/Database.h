#pragma once

#include "common/Result.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>

#include <functional>
#include <memory>

namespace pm {

// One open database: an embedded SQLite file (the default) or a PostgreSQL server
// (postgresql://user@host:port/dbname). Owns its QSqlDatabase connection; one per thread.
class Database {
public:
    // The schema version this build writes. Older databases are migrated on open
    // (SQLite files are backed up first); newer ones are refused.
    static constexpr int kSchemaVersion = 3;

    enum class Kind { Sqlite, Postgres };

    // Opens (and creates, for SQLite) a database and brings its schema up to date.
    // `location` is a file path or a postgresql:// URL.
    static Result<std::unique_ptr<Database>> open(const QString &location);
    // Opens without migrating (for inspection and migration tests).
    static Result<std::unique_ptr<Database>> openRaw(const QString &location);

    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    QSqlDatabase connection() const;
    Kind kind() const { return m_kind; }
    QString location() const { return m_location; }
    // Location without any password, for display.
    QString displayName() const;

    int schemaVersion() const;
    Result<void> migrate(int targetVersion = kSchemaVersion);

    // A prepared statement on this connection.
    QSqlQuery prepare(const QString &sql) const;
    // Runs `work` in one transaction: commits when it succeeds, rolls back otherwise.
    // Called inside another transaction(), `work` joins the outer transaction.
    Result<void> transaction(const std::function<Result<void>()> &work);
    // Executes a prepared query; turns a failure into an Error naming `what`.
    static Result<void> exec(QSqlQuery &query, const QString &what);

    // "INTEGER PRIMARY KEY" or the PostgreSQL identity column.
    QString idColumnSql() const;
    // Where an SQLite file is copied before migrating from `fromVersion`.
    QString backupPathFor(int fromVersion) const;

private:
    Database(Kind kind, QString location, QString connectionName);

    Kind m_kind;
    int m_transactionDepth = 0; // nested transaction() calls join the outer one
    QString m_location;
    QString m_connectionName;
};

// Text for a NOT NULL column: a null QString binds as SQL NULL, so bind "" instead.
inline QString sqlText(const QString &s)
{
    return s.isNull() ? QStringLiteral("") : s;
}

// The operating-system user, for "changed by" in the history.
QString currentUserName();

} // namespace pm
