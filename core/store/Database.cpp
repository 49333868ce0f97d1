#include "Database.h"

#include "Schema.h"

#include <QFile>
#include <QFileInfo>
#include <QDir>
#include <QSqlError>
#include <QUrl>
#include <QUrlQuery>
#include <QUuid>
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
    db.setHostName(url.host().isEmpty() ? QStringLiteral("localhost") : url.host());
    db.setPort(url.port(5432));
    db.setDatabaseName(url.path().mid(1));
    if (!url.userName().isEmpty())
        db.setUserName(url.userName());
    if (!url.password().isEmpty())
        db.setPassword(url.password());
    // Everything in the query (sslmode, connect_timeout, service, ...) goes to libpq as is;
    // libpq also reads PGPASSWORD, ~/.pgpass and service files, so no password need be stored.
    QStringList options;
    const QUrlQuery query(url);
    for (const auto &[k, v] : query.queryItems(QUrl::FullyDecoded))
        options.append(k + QLatin1Char('=') + v);
    if (!query.hasQueryItem(QStringLiteral("connect_timeout")))
        options.append(QStringLiteral("connect_timeout=5"));
    db.setConnectOptions(options.join(QLatin1Char(';')));
    if (!db.open()) {
        const QString msg = db.lastError().text();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(connectionName);
        QUrl shown = url;
        shown.setPassword({});
        return makeError(QStringLiteral("cannot connect to the PostgreSQL server: %1").arg(msg.trimmed()), shown.toString());
    }
    return db;
}
} // namespace

Database::Database(Kind kind, QString location, QString connectionName)
    : m_kind(kind), m_location(std::move(location)), m_connectionName(std::move(connectionName))
{
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
        return std::unique_ptr<Database>(new Database(Kind::Postgres, location, name));
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
            return makeError(QStringLiteral("this file is not a ProbeMatrix database (it is not an SQLite file)"), location);
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
    for (const char *pragma : {"PRAGMA foreign_keys = ON", "PRAGMA journal_mode = WAL", "PRAGMA synchronous = NORMAL"}) {
        QSqlQuery q = database->prepare(QString::fromLatin1(pragma));
        if (!q.exec())
            return makeError(QStringLiteral("cannot use the database (%1): %2").arg(QString::fromLatin1(pragma), q.lastError().text()), location);
    }
    // A file that is SQLite but not ours, or damaged, fails here with a readable message.
    QSqlQuery probe = database->prepare(QStringLiteral("SELECT count(*) FROM sqlite_master"));
    if (!probe.exec())
        return makeError(QStringLiteral("the database file is damaged: %1").arg(probe.lastError().text()), location);
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
    q.setForwardOnly(true);
    q.prepare(sql);
    return q;
}

Result<void> Database::exec(QSqlQuery &query, const QString &what)
{
    if (!query.exec())
        return makeError(QStringLiteral("%1 failed: %2").arg(what, query.lastError().text()));
    return {};
}

Result<void> Database::transaction(const std::function<Result<void>()> &work)
{
    QSqlDatabase db = connection();
    if (!db.isOpen())
        return makeError(QStringLiteral("the database connection is closed"), displayName());
    if (m_transactionDepth > 0) {
        ++m_transactionDepth;
        Result<void> inner = work();
        --m_transactionDepth;
        return inner;
    }
    if (!db.transaction())
        return makeError(QStringLiteral("cannot start a transaction: %1").arg(db.lastError().text()), displayName());
    ++m_transactionDepth;
    Result<void> result = work();
    --m_transactionDepth;
    if (!result) {
        db.rollback();
        return result;
    }
    if (!db.commit()) {
        const QString msg = db.lastError().text();
        db.rollback();
        return makeError(QStringLiteral("cannot save the changes: %1").arg(msg), displayName());
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
        QSqlQuery checkpoint = prepare(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
        checkpoint.exec();
        const QString backup = backupPathFor(version);
        QFile::remove(backup);
        if (!QFile::copy(m_location, backup))
            return makeError(QStringLiteral("cannot back up the database before migrating it to %1").arg(backup), displayName());
    }
    while (version < targetVersion) {
        const int next = version + 1;
        auto ok = transaction([&]() -> Result<void> {
            if (auto applied = schema::apply(*this, next); !applied)
                return applied;
            QSqlQuery q = prepare(version == 0 ? QStringLiteral("INSERT INTO meta(key, value) VALUES ('schema_version', :v)")
                                               : QStringLiteral("UPDATE meta SET value = :v WHERE key = 'schema_version'"));
            q.bindValue(QStringLiteral(":v"), QString::number(next));
            return exec(q, QStringLiteral("recording the schema version"));
        });
        if (!ok)
            return makeError(QStringLiteral("migration to schema version %1 failed, nothing was changed: %2").arg(next).arg(ok.error().message), displayName());
        version = next;
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
