#include "BackendFixture.h"

#include <QSqlQuery>
#include <QTest>
#include <QUrl>
#include <QUuid>

namespace pm::test {

namespace {
QString adminUrl()
{
    return qEnvironmentVariable("PROBEMATRIX_TEST_PG_URL");
}

QString uniqueSuffix()
{
    return QUuid::createUuid().toString(QUuid::Id128).left(12);
}

std::unique_ptr<Database> openAdmin()
{
    auto db = Database::openRaw(adminUrl());
    if (!db)
        qFatal("cannot connect to the PostgreSQL test server: %s", qPrintable(db.error().text()));
    return std::move(*db);
}

void runAsAdmin(Database &admin, const QString &sql)
{
    if (auto ok = admin.execStatement(sql, sql); !ok)
        qFatal("test server: %s", qPrintable(ok.error().text()));
}
} // namespace

void addBackendRows()
{
    QTest::addColumn<Backend>("backend");
    QTest::newRow("sqlite") << Backend::Sqlite;
    QTest::newRow("postgres") << Backend::Postgres;
}

bool runningInCi()
{
    const QString ci = qEnvironmentVariable("CI").toLower();
    return !ci.isEmpty() && ci != u"false" && ci != u"0";
}

QString postgresUnavailableReason()
{
    static const QString reason = [] {
        const QString url = adminUrl();
        if (url.isEmpty())
            return QStringLiteral("PROBEMATRIX_TEST_PG_URL is not set; start a test server with scripts/pg-test-server.sh "
                                  "(scripts/test.sh does) to run the PostgreSQL rows");
        auto db = Database::openRaw(url);
        if (!db)
            return QStringLiteral("the PostgreSQL test server at PROBEMATRIX_TEST_PG_URL does not answer: ") + db.error().text();
        return QString();
    }();
    return reason;
}

QString testServerUrl(const QString &database, const QString &user)
{
    QUrl url(adminUrl());
    url.setPath(QLatin1Char('/') + database);
    if (!user.isEmpty())
        url.setUserName(user);
    return url.toString();
}

BackendDatabase::BackendDatabase(Backend backend) : m_backend(backend)
{
    if (backend == Backend::Sqlite) {
        m_location = m_dir.filePath(QStringLiteral("test.sqlite"));
    } else {
        m_databaseName = QStringLiteral("pmtest_") + uniqueSuffix();
        runAsAdmin(*openAdmin(), QStringLiteral("CREATE DATABASE %1").arg(m_databaseName));
        m_location = testServerUrl(m_databaseName);
    }
    auto opened = Database::open(m_location);
    if (!opened)
        qFatal("cannot open the test database: %s", qPrintable(opened.error().text()));
    db = std::move(*opened);
    store = std::make_unique<MatrixStore>(*db);
}

BackendDatabase::~BackendDatabase()
{
    store.reset();
    db.reset();
    if (m_backend != Backend::Postgres)
        return;
    auto admin = openAdmin();
    // FORCE: other connections a test left open (a killed one, a listener) go too.
    runAsAdmin(*admin, QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(m_databaseName));
    for (const QString &login : std::as_const(m_logins))
        runAsAdmin(*admin, QStringLiteral("DROP ROLE IF EXISTS %1").arg(login));
}

QString BackendDatabase::locationAs(const QString &user) const
{
    return m_backend == Backend::Postgres ? testServerUrl(m_databaseName, user) : m_location;
}

std::unique_ptr<Database> BackendDatabase::openAnother(const QString &user) const
{
    auto other = Database::open(locationAs(user));
    if (!other)
        qFatal("cannot open a second connection: %s", qPrintable(other.error().text()));
    return std::move(*other);
}

QString BackendDatabase::createLogin(const QString &prefix)
{
    if (m_backend != Backend::Postgres)
        qFatal("login roles exist only on PostgreSQL");
    const QString name = prefix + QLatin1Char('_') + uniqueSuffix();
    runAsAdmin(*db, QStringLiteral("CREATE ROLE %1 LOGIN").arg(name));
    m_logins.append(name);
    return name;
}

QString BackendDatabase::createLoginForCli(const QString &prefix)
{
    if (m_backend != Backend::Postgres)
        qFatal("login roles exist only on PostgreSQL");
    const QString name = prefix + QLatin1Char('_') + uniqueSuffix();
    runAsAdmin(*openAdmin(), QStringLiteral("CREATE ROLE %1 LOGIN").arg(name));
    m_logins.append(name);
    return name;
}

} // namespace pm::test
