#pragma once

// Fixtures that run the same store test on SQLite and on PostgreSQL.
//
// PostgreSQL rows use the throw-away server that scripts/pg-test-server.sh starts
// (PROBEMATRIX_TEST_PG_URL, a superuser URL); each test case gets a database of its own
// (CREATE DATABASE) that is dropped afterwards. Without that variable the PostgreSQL rows
// are skipped, except under CI=true, where they fail: CI must never skip them silently.

#include "TestSupport.h"

#include <QMetaType>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <memory>

namespace pm::test {

enum class Backend { Sqlite, Postgres };

// QTest::addColumn<Backend>("backend") and one row per backend: "sqlite", "postgres".
void addBackendRows();

// Empty when the PostgreSQL test server is usable; otherwise why not.
QString postgresUnavailableReason();
bool runningInCi();

// The superuser URL of the test server, with another database or user.
QString testServerUrl(const QString &database, const QString &user = {});

// A fresh database on `backend`, migrated to the current schema, with a store.
class BackendDatabase {
public:
    explicit BackendDatabase(Backend backend);
    ~BackendDatabase();
    BackendDatabase(const BackendDatabase &) = delete;
    BackendDatabase &operator=(const BackendDatabase &) = delete;

    Backend backend() const { return m_backend; }
    bool isPostgres() const { return m_backend == Backend::Postgres; }
    // A file path or a postgresql:// URL (as the superuser).
    QString location() const { return m_location; }
    // The same database for another login role (PostgreSQL) or as is (SQLite).
    QString locationAs(const QString &user) const;

    // A second, independent connection to the same database (another desktop).
    std::unique_ptr<Database> openAnother(const QString &user = {}) const;
    // Creates a login role for this test (dropped with the database). PostgreSQL only.
    QString createLogin(const QString &prefix);
    // The same, for a CLI test: the test's own connection is closed by then, so the role is
    // made (and later dropped) through a fresh superuser connection.
    QString createLoginForCli(const QString &prefix);

    std::unique_ptr<Database> db;
    std::unique_ptr<MatrixStore> store;

private:
    Backend m_backend;
    QTemporaryDir m_dir;
    QString m_location;
    QString m_databaseName;
    QStringList m_logins;
};

} // namespace pm::test

Q_DECLARE_METATYPE(pm::test::Backend)

// In a data-driven test: fetches the backend and skips (or, under CI, fails) a PostgreSQL
// row when there is no test server.
#define PM_FETCH_BACKEND(var)                                                                                     \
    QFETCH(pm::test::Backend, backend);                                                                           \
    const pm::test::Backend var = backend;                                                                        \
    if (var == pm::test::Backend::Postgres) {                                                                     \
        const QString pmWhyNot = pm::test::postgresUnavailableReason();                                          \
        if (!pmWhyNot.isEmpty()) {                                                                                \
            if (pm::test::runningInCi())                                                                          \
                QFAIL(qPrintable(QStringLiteral("PostgreSQL store tests cannot run under CI: ") + pmWhyNot));    \
            QSKIP(qPrintable(pmWhyNot));                                                                          \
        }                                                                                                         \
    }

// In a test that needs the PostgreSQL test server: skips (or, under CI, fails) when there is none.
#define PM_REQUIRE_SERVER()                                                                                       \
    do {                                                                                                          \
        const QString pmWhyNot = pm::test::postgresUnavailableReason();                                          \
        if (!pmWhyNot.isEmpty()) {                                                                                \
            if (pm::test::runningInCi())                                                                          \
                QFAIL(qPrintable(QStringLiteral("PostgreSQL tests cannot run under CI: ") + pmWhyNot));          \
            QSKIP(qPrintable(pmWhyNot));                                                                          \
        }                                                                                                         \
    } while (false)
