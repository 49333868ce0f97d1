#include "Database.h"

#include "ConnectionSecurity.h"
#include "Roles.h"
#include "Schema.h"

#include <QFile>
#include <QFileInfo>
#include <QDir>
#include <QSqlDriver>
#include <QSqlError>
#include <QUrl>
#include <QUrlQuery>
#include <QUuid>

#include <algorithm>
#include <QVariant>

namespace pm {

namespace {
bool isPostgresUrl(const QString &location)
{
    return location.startsWith(u"postgresql://") || location.startsWith(u"postgres://");
}

Result<QSqlDatabase> connectPostgres(const QUrl &url, const QString &connectionName)
{
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL")))
        return makeError(QStringLiteral("the PostgreSQL driver (QPSQL) is not installed; install libqt6sql6-psql"));
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), connectionName);
    // No host: libpq's default (the local socket, or the service file's host); no port:
    // libpq's default or the service file's.
    if (!url.host().isEmpty())
        db.setHostName(url.host());
    if (url.port() > 0)
        db.setPort(url.port());
    db.setDatabaseName(url.path().mid(1));
    if (!url.userName().isEmpty())
        db.setUserName(url.userName());
    if (!url.password().isEmpty())
        db.setPassword(url.password());
    // Everything in the query (sslmode, connect_timeout, service, ...) goes to libpq as is;
    // libpq also reads PGPASSWORD, ~/.pgpass and service files, so no password need be stored.
    // Without an sslmode, a remote host gets verify-full (ConnectionSecurity.h).
    db.setConnectOptions(postgresConnectOptions(url).join(QLatin1Char(';')));
    if (!db.open()) {
        const QString msg = db.lastError().text();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(connectionName);
        QUrl shown = url;
        shown.setPassword({});
        return makeError(QStringLiteral("cannot connect to the PostgreSQL server: %1").arg(explainConnectionError(msg)), shown.toString());
    }
    return db;
}

// SQLSTATE classes that mean the server or the connection went away: 08 connection
// exception, 57P01..57P03 administrator or crash shutdown. QPSQL also closes the
// connection when libpq reports it broken.
bool isConnectionFailure(const QSqlQuery &query)
{
    // An SQLite file has no connection to lose (its "busy" errors are something else).
    if (!query.driver() || query.driver()->dbmsType() != QSqlDriver::PostgreSQL)
        return false;
    const QSqlError error = query.lastError();
    const QString state = error.nativeErrorCode();
    return !query.driver()->isOpen() || error.type() == QSqlError::ConnectionError || state.startsWith(u"08") || state.startsWith(u"57P0");
}

// SQLITE_BUSY (5) and its extended codes (517 BUSY_SNAPSHOT, ...): another connection
// wrote to the file first.
bool isSqliteBusy(const QSqlQuery &query)
{
    if (!query.driver() || query.driver()->dbmsType() != QSqlDriver::SQLite)
        return false;
    bool ok = false;
    const int code = query.lastError().nativeErrorCode().toInt(&ok);
    return ok && (code & 0xff) == 5;
}
} // namespace

Database::Database(Kind kind, QString location, QString connectionName)
    : m_kind(kind),
      m_location(std::move(location)),
      m_connectionName(std::move(connectionName)),
      m_status(std::make_unique<ConnectionStatus>())
{
}

Result<void> Database::configureSession()
{
    if (m_kind == Kind::Postgres) {
        QSqlQuery who = prepare(QStringLiteral("SELECT session_user"));
        if (!who.exec() || !who.next())
            return makeError(QStringLiteral("the server does not answer: %1").arg(who.lastError().text()), displayName());
        m_userName = who.value(0).toString();
        // What protects the connection, as the server sees it (the window's status bar and the
        // CLI's warning; the sslmode is what was asked of libpq).
        m_security.server = true;
        m_security.sslmode = effectiveSslMode(QUrl(m_location));
        QSqlQuery ssl = prepare(QStringLiteral("SELECT ssl, coalesce(version, '') FROM pg_stat_ssl WHERE pid = pg_backend_pid()"));
        if (ssl.exec() && ssl.next()) {
            m_security.encrypted = ssl.value(0).toBool();
            m_security.protocol = ssl.value(1).toString();
        }
        m_security.verified = m_security.encrypted && sslModeVerifies(m_security.sslmode);
        return {};
    }
    m_userName = currentUserName();
    // Connection settings only: these write nothing into the file.
    for (const char *pragma : {"PRAGMA foreign_keys = ON", "PRAGMA synchronous = NORMAL"}) {
        QSqlQuery q = prepare(QString::fromLatin1(pragma));
        if (!q.exec())
            return makeError(QStringLiteral("cannot use the database (%1): %2").arg(QString::fromLatin1(pragma), q.lastError().text()), m_location);
    }
    // A damaged file fails here with a readable message.
    QSqlQuery probe = prepare(QStringLiteral("SELECT count(*), count(CASE WHEN name = 'meta' THEN 1 END) FROM sqlite_master WHERE type = 'table'"));
    if (!probe.exec() || !probe.next())
        return makeError(QStringLiteral("the database file is damaged: %1").arg(probe.lastError().text()), m_location);
    const bool newOrOurs = probe.value(0).toInt() == 0 || probe.value(1).toInt() > 0;
    probe.finish(); // an open statement is a read transaction, and WAL cannot be set inside one
    // The journal mode is stored in the file: set it only on a new file or one of ours (a
    // file that open() will refuse must stay untouched), and only when it is not WAL yet.
    QSqlQuery mode = prepare(QStringLiteral("PRAGMA journal_mode"));
    const bool isWal = mode.exec() && mode.next() && mode.value(0).toString().compare(u"wal", Qt::CaseInsensitive) == 0;
    mode.finish();
    if (newOrOurs && !isWal) {
        QSqlQuery wal = prepare(QStringLiteral("PRAGMA journal_mode = WAL"));
        if (!wal.exec())
            return makeError(QStringLiteral("cannot use the database (PRAGMA journal_mode = WAL): %1").arg(wal.lastError().text()), m_location);
    }
    return {};
}

Database::~Database()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

Result<std::unique_ptr<Database>> Database::openRaw(const QString &location)
{
    const QString name = QStringLiteral("probematrix-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    if (isPostgresUrl(location)) {
        auto db = connectPostgres(QUrl(location), name);
        if (!db)
            return db.error();
        std::unique_ptr<Database> database(new Database(Kind::Postgres, location, name));
        if (auto ok = database->configureSession(); !ok)
            return ok.error();
        return database;
    }
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QSQLITE")))
        return makeError(QStringLiteral("the SQLite driver (QSQLITE) is not installed; install libqt6sql6-sqlite"));
    const QFileInfo info(location);
    if (info.exists() && info.isDir())
        return makeError(QStringLiteral("this is a folder, not a database file"), location);
    if (!info.absoluteDir().exists() && !QDir().mkpath(info.absolutePath()))
        return makeError(QStringLiteral("cannot create the folder %1").arg(info.absolutePath()), location);
    if (info.exists() && info.size() > 0) {
        QFile f(location);
        if (f.open(QIODevice::ReadOnly) && !f.read(16).startsWith("SQLite format 3"))
            return makeError(QStringLiteral("this file is not a ProbeMatrix database: it is not a database at all (not an SQLite file)"), location);
    }
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(location);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
        if (!db.open()) {
            const QString msg = db.lastError().text();
            db = QSqlDatabase();
            QSqlDatabase::removeDatabase(name);
            return makeError(QStringLiteral("cannot open the database: %1").arg(msg), location);
        }
    }
    std::unique_ptr<Database> database(new Database(Kind::Sqlite, location, name));
    if (auto ok = database->configureSession(); !ok)
        return ok.error();
    return database;
}

Result<std::unique_ptr<Database>> Database::open(const QString &location)
{
    auto db = openRaw(location);
    if (!db)
        return db;
    const int version = (*db)->schemaVersion();
    if (version > kSchemaVersion)
        return makeError(QStringLiteral("this database was written by a newer ProbeMatrix (schema version %1; this version reads up to %2). Update ProbeMatrix to open it.")
                             .arg(version)
                             .arg(kSchemaVersion),
                         (*db)->displayName());
    if (version < 0)
        return makeError(QStringLiteral("this database belongs to another program (it has tables but no ProbeMatrix schema version)"), (*db)->displayName());
    if (auto ok = (*db)->migrate(); !ok)
        return ok.error();
    return db;
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

QString Database::displayName() const
{
    if (m_kind == Kind::Sqlite)
        return m_location;
    QUrl u(m_location);
    u.setPassword({});
    return u.toString();
}

QSqlQuery Database::prepare(const QString &sql) const
{
    QSqlQuery q(connection());
    // QPSQL streams forward-only results row by row (single-row mode), which allows only
    // one open result per connection: a query run while another is being read would
    // silently cut the first one short. The store nests reads, so PostgreSQL results are
    // fetched whole.
    q.setForwardOnly(m_kind == Kind::Sqlite);
    q.prepare(sql);
    return q;
}

Error Database::failure(const QSqlQuery &query, const QString &what)
{
    if (isConnectionFailure(query))
        return makeError(QStringLiteral("%1 failed: the connection to the server was lost").arg(what));
    const QString code = query.lastError().nativeErrorCode();
    const auto concurrent = [](Error e) {
        e.concurrentWrite = true;
        return e;
    };
    // A unique key taken (PostgreSQL 23505, SQLite 2067/1555): two users added the same thing.
    if (code == u"23505" || code == u"2067" || code == u"1555")
        return concurrent(makeError(QStringLiteral("%1 failed: it is already there (someone may have added it just now); reload and check").arg(what)));
    if (isSqliteBusy(query))
        return concurrent(makeError(QStringLiteral("%1 failed: someone else changed the database file at the same time; nothing was saved, "
                                                   "reload and try again")
                                        .arg(what)));
    // serialization_failure, deadlock_detected, and the catalog's "tuple concurrently
    // updated" (XX000) when two sessions GRANT on the same object.
    if (code == u"40001" || code == u"40P01" || query.lastError().text().contains(u"concurrently"))
        return concurrent(makeError(QStringLiteral("%1 failed: another session changed the same thing at the same moment; try again").arg(what)));
    if (code == u"42501") // insufficient_privilege
        return makeError(QStringLiteral("%1 was refused: your account on this server does not have the right to do this "
                                        "(viewers may only read; ask the consortium's administrator for the editor role)")
                             .arg(what));
    return makeError(QStringLiteral("%1 failed: %2").arg(what, query.lastError().text().trimmed()));
}

Result<void> Database::exec(QSqlQuery &query, const QString &what)
{
    if (!query.exec())
        return failure(query, what);
    return {};
}

Result<void> Database::transaction(const std::function<Result<void>()> &work)
{
    QSqlDatabase db = connection();
    if (m_lost || !db.isOpen()) {
        markLost();
        return makeError(m_kind == Kind::Postgres ? lostConnectionMessage() : QStringLiteral("the database connection is closed"), displayName());
    }
    if (m_transactionDepth > 0) {
        ++m_transactionDepth;
        Result<void> inner = work();
        --m_transactionDepth;
        return inner;
    }
    if (!db.transaction()) {
        const QString msg = db.lastError().text();
        if (!checkConnection())
            return makeError(lostConnectionMessage(), displayName());
        return makeError(QStringLiteral("cannot start a transaction: %1").arg(msg), displayName());
    }
    m_pendingChanges.clear();
    ++m_transactionDepth;
    Result<void> result = work();
    --m_transactionDepth;
    if (result)
        result = sendPendingNotifications(); // inside the transaction: sent only if it commits
    m_pendingChanges.clear();
    if (!result) {
        db.rollback();
        // A statement that failed because the server went away: the server has rolled
        // back whatever this transaction wrote. Say so rather than show a driver message.
        if (!checkConnection())
            return makeError(lostConnectionMessage(), displayName());
        return result;
    }
    if (!db.commit()) {
        const QString msg = db.lastError().text();
        db.rollback();
        if (!checkConnection())
            return makeError(lostConnectionMessage(), displayName());
        return makeError(QStringLiteral("cannot save the changes: %1").arg(msg), displayName());
    }
    return {};
}

Result<void> Database::execStatement(const QString &sql, const QString &what) const
{
    QSqlQuery q(connection());
    if (!q.exec(sql))
        return failure(q, what);
    return {};
}

Result<QString> Database::quoteIdentifier(const QString &name)
{
    if (name.isEmpty())
        return makeError(QStringLiteral("a PostgreSQL name cannot be empty"));
    if (name.contains(QChar(0)))
        return makeError(QStringLiteral("a PostgreSQL name cannot contain the NUL character"), name.left(40));
    // PostgreSQL cuts longer names to 63 bytes without an error: the statement would then
    // act on another name than the one given.
    if (name.toUtf8().size() > 63)
        return makeError(QStringLiteral("a PostgreSQL name has at most 63 bytes (UTF-8); this one has %1").arg(name.toUtf8().size()), name.left(40));
    QString inner = name;
    inner.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + inner + QLatin1Char('"');
}

QString Database::lostConnectionMessage()
{
    return QStringLiteral("the connection to the server was lost; your change was not saved");
}

void Database::markLost()
{
    if (m_lost || m_kind == Kind::Sqlite)
        return;
    m_lost = true;
    emit m_status->lost(QStringLiteral("the connection to the server %1 was lost").arg(displayName()));
}

bool Database::checkConnection()
{
    if (m_kind == Kind::Sqlite)
        return true;
    if (connection().isOpen()) {
        QSqlQuery q = prepare(QStringLiteral("SELECT 1"));
        if (q.exec())
            return true;
    }
    markLost();
    return false;
}

Result<void> Database::reconnect()
{
    if (m_transactionDepth > 0)
        return makeError(QStringLiteral("cannot reconnect in the middle of a change"), displayName());
    m_pendingChanges.clear();
    {
        QSqlDatabase db = connection();
        db.close();
        if (!db.open()) {
            markLost();
            return makeError(QStringLiteral("cannot reach the server: %1").arg(db.lastError().text().trimmed()), displayName());
        }
    }
    if (auto ok = configureSession(); !ok) {
        markLost();
        return ok;
    }
    m_lost = false;
    emit m_status->restored(); // listeners subscribe again on the new connection
    return {};
}

void Database::recordChange(const QString &table, qint64 id)
{
    if (m_kind != Kind::Postgres)
        return;
    m_pendingChanges[table].insert(id);
    if (m_transactionDepth == 0) { // a write outside transaction(): announce it at once
        (void)sendPendingNotifications();
        m_pendingChanges.clear();
    }
}

Result<void> Database::sendPendingNotifications()
{
    // NOTIFY payloads are limited to 8000 bytes: long id lists go out in several parts.
    constexpr qsizetype kMaxPayload = 7000;
    QStringList tables = m_pendingChanges.keys();
    tables.sort();
    for (const QString &table : std::as_const(tables)) {
        QList<qint64> ids = m_pendingChanges.value(table).values();
        std::sort(ids.begin(), ids.end());
        QStringList payloads;
        QString current;
        for (qint64 id : std::as_const(ids)) {
            const QString idText = QString::number(id);
            if (!current.isEmpty() && current.size() + idText.size() + 1 > kMaxPayload) {
                payloads.append(current);
                current.clear();
            }
            current += (current.isEmpty() ? table + QLatin1Char(':') : QStringLiteral(",")) + idText;
        }
        if (!current.isEmpty())
            payloads.append(current);
        for (const QString &payload : std::as_const(payloads)) {
            QSqlQuery q = prepare(QStringLiteral("SELECT pg_notify(:channel, :payload)"));
            q.bindValue(QStringLiteral(":channel"), changeChannel());
            q.bindValue(QStringLiteral(":payload"), payload);
            if (auto ok = exec(q, QStringLiteral("announcing the change to other users")); !ok)
                return ok;
        }
    }
    return {};
}

QString Database::idColumnSql() const
{
    return m_kind == Kind::Sqlite ? QStringLiteral("INTEGER PRIMARY KEY") : QStringLiteral("BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY");
}

int Database::schemaVersion() const
{
    const QStringList tables = connection().tables();
    if (!tables.contains(QStringLiteral("meta")))
        return tables.isEmpty() ? 0 : -1;
    QSqlQuery q = prepare(QStringLiteral("SELECT value FROM meta WHERE key = 'schema_version'"));
    if (!q.exec() || !q.next())
        return -1;
    return q.value(0).toInt();
}

QString Database::backupPathFor(int fromVersion) const
{
    return m_location + QStringLiteral(".v%1.bak").arg(fromVersion);
}

Result<void> Database::migrate(int targetVersion)
{
    int version = schemaVersion();
    if (version < 0)
        return makeError(QStringLiteral("not a ProbeMatrix database"), displayName());
    if (version > 0 && version < targetVersion && m_kind == Kind::Sqlite) {
        // Back up before touching an existing file: a failed migration must lose nothing.
        // VACUUM INTO writes the database as this connection sees it, what the WAL holds
        // included. A file copy after a checkpoint missed rows when another connection's old
        // read snapshot kept the checkpoint from copying them into the file (issue 15).
        const QString backup = backupPathFor(version);
        QFile::remove(backup);
        QSqlQuery vacuum = prepare(QStringLiteral("VACUUM INTO ?"));
        vacuum.addBindValue(backup);
        if (!vacuum.exec())
            return makeError(QStringLiteral("cannot back up the database before migrating it to %1: %2").arg(backup, vacuum.lastError().text()),
                             displayName());
    }
    while (version < targetVersion) {
        const int next = version + 1;
        bool skipped = false;
        auto ok = transaction([&]() -> Result<void> {
            if (m_kind == Kind::Postgres) {
                // Two desktops opening an old server at once: one migrates, the other waits
                // and then finds the work done.
                QSqlQuery lock = prepare(QStringLiteral("SELECT pg_advisory_xact_lock(4242003)"));
                if (auto locked = exec(lock, QStringLiteral("waiting for other migrations")); !locked)
                    return locked;
                if (schemaVersion() >= next) {
                    skipped = true;
                    return {};
                }
                // Tables belong to the admin role, not to whoever happened to migrate.
                if (auto role = roles::actAsAdminRole(*this); !role)
                    return role;
            }
            if (auto applied = schema::apply(*this, next); !applied)
                return applied;
            QSqlQuery q = prepare(version == 0 ? QStringLiteral("INSERT INTO meta(key, value) VALUES ('schema_version', :v)")
                                               : QStringLiteral("UPDATE meta SET value = :v WHERE key = 'schema_version'"));
            q.bindValue(QStringLiteral(":v"), QString::number(next));
            return exec(q, QStringLiteral("recording the schema version"));
        });
        if (!ok) {
            QString hint;
            if (m_kind == Kind::Postgres && ok.error().message.contains(u"refused"))
                hint = QStringLiteral(" (upgrading a server's schema needs the admin role: probematrix-cli --db URL db init)");
            return makeError(QStringLiteral("migration to schema version %1 failed, nothing was changed: %2%3").arg(next).arg(ok.error().message, hint),
                             displayName());
        }
        version = skipped ? schemaVersion() : next;
    }
    return {};
}

QString currentUserName()
{
    for (const char *var : {"USER", "USERNAME", "LOGNAME"}) {
        const QString v = qEnvironmentVariable(var);
        if (!v.isEmpty())
            return v;
    }
    return QStringLiteral("unknown");
}

} // namespace pm
