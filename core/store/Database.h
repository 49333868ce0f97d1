#pragma once

#include "ConnectionSecurity.h"
#include "common/Result.h"

#include <QHash>
#include <QObject>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>

#include <functional>
#include <memory>

namespace pm {

// Tells the front end when a server connection is lost and when it is back, so that a
// banner can say so and retry (Database::reconnect()). Owned by its Database.
class ConnectionStatus : public QObject {
    Q_OBJECT
public:
    using QObject::QObject;
signals:
    void lost(const QString &message);
    void restored();
};

// One open database: an embedded SQLite file (the default) or a PostgreSQL server
// (postgresql://user@host:port/dbname). Owns its QSqlDatabase connection; one per thread.
class Database {
public:
    // The schema version this build writes. Older databases are migrated on open
    // (SQLite files are backed up first); newer ones are refused.
    static constexpr int kSchemaVersion = 6;

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
    // When the server connection is lost on the way, nothing is saved (the server rolls
    // back), status() reports lost(), and the error says so.
    Result<void> transaction(const std::function<Result<void>()> &work);
    // Executes a prepared query; turns a failure into an Error naming `what`. A lost
    // connection and a refused permission get messages a user can act on.
    static Result<void> exec(QSqlQuery &query, const QString &what);
    // The Error for a query that failed (for code that runs exec() itself).
    static Error failure(const QSqlQuery &query, const QString &what);
    // Runs a statement without parameters that PostgreSQL cannot prepare (CREATE, ALTER,
    // GRANT, SET ...): schema and role changes. Values always go through prepare().
    Result<void> execStatement(const QString &sql, const QString &what) const;
    // A PostgreSQL identifier (role, database, schema, table name) for such a statement:
    // always in double quotes, embedded double quotes doubled, so that no name can end the
    // identifier early (QSqlDriver::escapeIdentifier leaves names that already start or end
    // with a quote as they are). Names PostgreSQL cannot hold (empty, NUL, over 63 bytes,
    // which it would silently cut to another name) are refused.
    static Result<QString> quoteIdentifier(const QString &name);

    // The account that changes are recorded under: the server login on PostgreSQL
    // (session_user, which the server's triggers write), the operating-system user for
    // SQLite files.
    QString userName() const { return m_userName; }
    // Whether a server connection is encrypted and its certificate verified (issue 15).
    const ConnectionSecurity &security() const { return m_security; }

    // Live updates. A write records the rows it changed; on PostgreSQL the commit also
    // sends NOTIFY on changeChannel() with the payload "table:id,id,..." (in the same
    // transaction, so listeners hear only of committed changes). No-op on SQLite, which
    // has one user. See ChangeListener.
    static QString changeChannel() { return QStringLiteral("probematrix_changes"); }
    void recordChange(const QString &table, qint64 id);

    // Connection state (PostgreSQL): whether the server is still there, and re-opening
    // the connection after it was lost. An SQLite file is never "lost".
    bool isConnectionLost() const { return m_lost; }
    // Asks the server (SELECT 1); on failure marks the connection lost and reports it.
    bool checkConnection();
    Result<void> reconnect();
    ConnectionStatus *status() const { return m_status.get(); }
    // The words used when a write fails because the server went away.
    static QString lostConnectionMessage();

    // "INTEGER PRIMARY KEY" or the PostgreSQL identity column.
    QString idColumnSql() const;
    // Where an SQLite file is copied before migrating from `fromVersion`.
    QString backupPathFor(int fromVersion) const;

private:
    Database(Kind kind, QString location, QString connectionName);
    Result<void> configureSession();
    Result<void> sendPendingNotifications();
    void markLost();

    Kind m_kind;
    int m_transactionDepth = 0; // nested transaction() calls join the outer one
    QString m_location;
    QString m_connectionName;
    QString m_userName;
    ConnectionSecurity m_security;
    bool m_lost = false;
    QHash<QString, QSet<qint64>> m_pendingChanges; // table -> ids, sent at commit
    std::unique_ptr<ConnectionStatus> m_status;
};

// Text for a NOT NULL column: a null QString binds as SQL NULL, so bind "" instead.
inline QString sqlText(const QString &s)
{
    return s.isNull() ? QStringLiteral("") : s;
}

// The operating-system user, for "changed by" in the history.
QString currentUserName();

} // namespace pm
