// Issue 15, finding 2: role and database names reach GRANT/REVOKE/ALTER statements, which
// PostgreSQL cannot prepare. Every such name must be quoted so that it stays one name:
// quotes, semicolons, dots, spaces and non-ASCII letters, and an injection attempt that
// leaves every privilege on the server as it was. Also: an admin that is not a superuser
// may `db grant` (SERVER.md says admins can).
#include "BackendFixture.h"

#include "store/Permissions.h"
#include "store/Roles.h"

#include <QSqlQuery>
#include <QTest>
#include <QUuid>
#include <QVariant>

using namespace pm;
using namespace pm::test;

namespace {
QString suffix()
{
    return QUuid::createUuid().toString(QUuid::Id128).left(8);
}

// Runs `template` with %I filled by the server's own format() (not by the code under test).
void runFormatted(Database &db, const QString &sqlTemplate, const QString &name)
{
    QSqlQuery q = db.prepare(QStringLiteral("SELECT format(CAST(:template AS text), CAST(:name AS text))"));
    q.bindValue(QStringLiteral(":template"), sqlTemplate);
    q.bindValue(QStringLiteral(":name"), name);
    if (!q.exec() || !q.next())
        qFatal("format() failed");
    const QString sql = q.value(0).toString();
    if (auto ok = db.execStatement(sql, sql); !ok)
        qFatal("%s", qPrintable(ok.error().text()));
}

// Every role's attributes and every membership on the server, as text to compare.
QStringList serverPrivileges(Database &db)
{
    QStringList out;
    QSqlQuery roles = db.prepare(QStringLiteral("SELECT rolname, rolsuper, rolcreaterole, rolcreatedb, rolcanlogin, rolreplication, rolbypassrls, rolinherit "
                                                "FROM pg_roles ORDER BY rolname"));
    if (!roles.exec())
        qFatal("pg_roles");
    while (roles.next()) {
        QString row;
        for (int i = 0; i < 8; ++i)
            row += roles.value(i).toString() + QLatin1Char('|');
        out.append(row);
    }
    QSqlQuery members = db.prepare(QStringLiteral("SELECT r.rolname, u.rolname, m.admin_option FROM pg_auth_members m "
                                                  "JOIN pg_roles r ON r.oid = m.roleid JOIN pg_roles u ON u.oid = m.member ORDER BY 1, 2"));
    if (!members.exec())
        qFatal("pg_auth_members");
    while (members.next())
        out.append(QStringLiteral("member %1 of %2 admin %3").arg(members.value(1).toString(), members.value(0).toString(), members.value(2).toString()));
    return out;
}

QStringList directRoles(Database &db, const QString &login)
{
    QSqlQuery q = db.prepare(QStringLiteral("SELECT r.rolname FROM pg_auth_members m JOIN pg_roles r ON r.oid = m.roleid "
                                            "JOIN pg_roles u ON u.oid = m.member WHERE u.rolname = :name ORDER BY 1"));
    q.bindValue(QStringLiteral(":name"), login);
    if (!q.exec())
        qFatal("memberships");
    QStringList out;
    while (q.next())
        out.append(q.value(0).toString());
    return out;
}

bool isSuperuser(Database &db, const QString &login)
{
    QSqlQuery q = db.prepare(QStringLiteral("SELECT rolsuper FROM pg_roles WHERE rolname = :name"));
    q.bindValue(QStringLiteral(":name"), login);
    return q.exec() && q.next() && q.value(0).toBool();
}

// Login roles made by one test, dropped (by their exact names) at its end.
class Logins {
public:
    explicit Logins(Database &db) : m_db(db) {}
    ~Logins()
    {
        for (const QString &name : std::as_const(m_names))
            runFormatted(m_db, QStringLiteral("DROP ROLE IF EXISTS %I"), name);
    }
    QString create(const QString &name)
    {
        runFormatted(m_db, QStringLiteral("CREATE ROLE %I LOGIN"), name);
        m_names.append(name);
        return name;
    }

private:
    Database &m_db;
    QStringList m_names;
};

} // namespace

class TestRoleNames : public QObject {
    Q_OBJECT

private slots:
    void quoteIdentifierDoublesQuotes()
    {
        QCOMPARE(*Database::quoteIdentifier(QStringLiteral("alice")), QStringLiteral("\"alice\""));
        QCOMPARE(*Database::quoteIdentifier(QStringLiteral("first.last")), QStringLiteral("\"first.last\""));
        QCOMPARE(*Database::quoteIdentifier(QStringLiteral("\"x\"")), QStringLiteral("\"\"\"x\"\"\""));
        QVERIFY(!Database::quoteIdentifier(QString()));
        QVERIFY(!Database::quoteIdentifier(QStringLiteral("a") + QChar(0) + QStringLiteral("b")));
        QVERIFY(Database::quoteIdentifier(QString(63, QLatin1Char('x'))));
        QVERIFY(!Database::quoteIdentifier(QString(64, QLatin1Char('x')))); // PostgreSQL would cut it to another name
        QVERIFY(!Database::quoteIdentifier(QString(32, QChar(0x00e9)))); // 64 bytes in UTF-8
    }

    void awkwardLoginNamesAreGrantedExactly()
    {
        PM_REQUIRE_SERVER();
        BackendDatabase t(Backend::Postgres);
        QVERIFY(roles::createRoles(*t.db));
        Logins logins(*t.db);
        const QString s = suffix();
        const QStringList names{
            QStringLiteral("first.last_") + s,
            QStringLiteral("with space ") + s,
            QStringLiteral("semi;colon_") + s,
            QStringLiteral("O'Brien \"the\" quote ") + s,
            QStringLiteral("\"leading_") + s,
            QStringLiteral("trailing_") + s + QStringLiteral("\""),
            QStringLiteral("Jürgen Ørsted 王_") + s,
        };
        for (const QString &name : names) {
            logins.create(name);
            auto granted = roles::grantRole(*t.db, name, roles::Role::Editor);
            QVERIFY2(granted, qPrintable(name + QStringLiteral(": ") + granted.error().text()));
            QCOMPARE(directRoles(*t.db, name), QStringList{roles::roleName(roles::Role::Editor)});
            // Demote: exactly one role again.
            auto demoted = roles::grantRole(*t.db, name, roles::Role::Viewer);
            QVERIFY2(demoted, qPrintable(name + QStringLiteral(": ") + demoted.error().text()));
            QCOMPARE(directRoles(*t.db, name), QStringList{roles::roleName(roles::Role::Viewer)});
        }
    }

    // The reproduction of the review: granting viewer to a role whose name is SQL made
    // `eve` a superuser. Now the name is one (odd) name and nothing else changes.
    void injectionThroughARoleNameChangesNothingElse()
    {
        PM_REQUIRE_SERVER();
        BackendDatabase t(Backend::Postgres);
        QVERIFY(roles::createRoles(*t.db));
        Logins logins(*t.db);
        // Short enough that every attempt stays within PostgreSQL's 63 bytes.
        const QString eve = logins.create(QStringLiteral("e_") + suffix().left(6));
        const QStringList attempts{
            eve + QStringLiteral("; ALTER ROLE ") + eve + QStringLiteral(" SUPERUSER; SELECT 1 AS \"x\""),
            QStringLiteral("\"") + eve + QStringLiteral("\"; ALTER ROLE ") + eve + QStringLiteral(" SUPERUSER; --"),
            QStringLiteral("x\" TO ") + eve + QStringLiteral("; ALTER ROLE ") + eve + QStringLiteral(" CREATEROLE; --\""),
        };
        for (const QString &attempt : attempts) {
            logins.create(attempt);
            const QStringList before = serverPrivileges(*t.db);
            auto granted = roles::grantRole(*t.db, attempt, roles::Role::Viewer);
            QVERIFY2(granted, qPrintable(granted.error().text()));
            QVERIFY(!isSuperuser(*t.db, eve));
            QStringList after = serverPrivileges(*t.db);
            // The only difference: the odd role became a viewer.
            const QString expected = QStringLiteral("member %1 of %2 admin false").arg(attempt, roles::roleName(roles::Role::Viewer));
            QVERIFY2(after.removeAll(expected) == 1, qPrintable(after.join(QLatin1Char('\n'))));
            QCOMPARE(after, before);
            QCOMPARE(directRoles(*t.db, eve), QStringList{});
        }
        // A login that does not exist: refused by name, nothing run.
        const QStringList before = serverPrivileges(*t.db);
        auto missing = roles::grantRole(*t.db, QStringLiteral("nobody; ALTER ROLE ") + eve + QStringLiteral(" SUPERUSER"), roles::Role::Admin);
        QVERIFY(!missing);
        QVERIFY2(missing.error().text().contains(QStringLiteral("there is no account")), qPrintable(missing.error().text()));
        QCOMPARE(serverPrivileges(*t.db), before);
    }

    // `db init --roles` on databases whose names need quoting.
    void rolesOnDatabasesWithAwkwardNames_data()
    {
        QTest::addColumn<QString>("prefix");
        QTest::newRow("dot") << QStringLiteral("pm.test_");
        QTest::newRow("quote and space") << QStringLiteral("pm \"quoted\" test_");
        QTest::newRow("non-ASCII") << QStringLiteral("pm_tëst_矩阵_");
    }
    void rolesOnDatabasesWithAwkwardNames()
    {
        PM_REQUIRE_SERVER();
        QFETCH(QString, prefix);
        const QString name = prefix + suffix();
        auto admin = Database::openRaw(qEnvironmentVariable("PROBEMATRIX_TEST_PG_URL"));
        QVERIFY(admin);
        runFormatted(**admin, QStringLiteral("CREATE DATABASE %I"), name);
        {
            auto db = Database::open(testServerUrl(name));
            QVERIFY2(db, qPrintable(db ? QString() : db.error().text()));
            auto created = roles::createRoles(**db);
            QVERIFY2(created, qPrintable(created ? QString() : created.error().text()));
            QSqlQuery q = (*db)->prepare(QStringLiteral("SELECT has_database_privilege(:role, current_database(), 'CONNECT')"));
            q.bindValue(QStringLiteral(":role"), roles::roleName(roles::Role::Viewer));
            QVERIFY(q.exec() && q.next());
            QVERIFY(q.value(0).toBool());
        }
        runFormatted(**admin, QStringLiteral("DROP DATABASE %I WITH (FORCE)"), name);
    }

    void cliGrantsADottedLogin()
    {
        PM_REQUIRE_SERVER();
        BackendDatabase t(Backend::Postgres);
        QVERIFY(roles::createRoles(*t.db));
        Logins logins(*t.db);
        const QString login = logins.create(QStringLiteral("first.last_") + suffix());
        const CliRun run = runCli({QStringLiteral("--db"), t.location(), QStringLiteral("db"), QStringLiteral("grant"), login, QStringLiteral("editor")});
        QVERIFY2(run.code == 0, qPrintable(run.err));
        QCOMPARE(directRoles(*t.db, login), QStringList{roles::roleName(roles::Role::Editor)});
    }

    // An admin that is not a superuser (and has no CREATEROLE) grants viewer and editor.
    void nonSuperuserAdminMayGrant()
    {
        PM_REQUIRE_SERVER();
        BackendDatabase t(Backend::Postgres);
        QVERIFY(roles::createRoles(*t.db));
        Logins logins(*t.db);
        const QString admin = logins.create(QStringLiteral("admin_") + suffix());
        const QString person = logins.create(QStringLiteral("person_") + suffix());
        QVERIFY(roles::grantRole(*t.db, admin, roles::Role::Admin));
        auto adminDb = t.openAnother(admin);
        QVERIFY(!isSuperuser(*adminDb, admin));
        auto editor = roles::grantRole(*adminDb, person, roles::Role::Editor);
        QVERIFY2(editor, qPrintable(editor ? QString() : editor.error().text()));
        QCOMPARE(directRoles(*t.db, person), QStringList{roles::roleName(roles::Role::Editor)});
        auto viewer = roles::grantRole(*adminDb, person, roles::Role::Viewer);
        QVERIFY2(viewer, qPrintable(viewer ? QString() : viewer.error().text()));
        QCOMPARE(directRoles(*t.db, person), QStringList{roles::roleName(roles::Role::Viewer)});
        // Making another admin stays with superusers (or CREATEROLE): refused, nothing changed.
        auto promote = roles::grantRole(*adminDb, person, roles::Role::Admin);
        QVERIFY(!promote);
        QCOMPARE(directRoles(*t.db, person), QStringList{roles::roleName(roles::Role::Viewer)});
    }
};

QTEST_GUILESS_MAIN(TestRoleNames)
#include "test_role_names.moc"
