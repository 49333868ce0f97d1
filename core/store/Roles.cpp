#include "Roles.h"

#include "Database.h"
#include "DecisionRules.h"
#include "ServerAuthorship.h"

#include <QSqlDriver>
#include <QThread>
#include <QVariant>

namespace pm::roles {

namespace {
constexpr Role kAllRoles[] = {Role::Viewer, Role::Editor, Role::Admin};

// Every name in a role statement goes through Database::quoteIdentifier: role and
// database names come from the command line (db grant LOGIN) and from the server.
Result<QString> quoted(const QString &identifier)
{
    return Database::quoteIdentifier(identifier);
}

Result<bool> roleExists(Database &db, const QString &name)
{
    QSqlQuery q = db.prepare(QStringLiteral("SELECT 1 FROM pg_roles WHERE rolname = :name"));
    q.bindValue(QStringLiteral(":name"), name);
    if (auto ok = Database::exec(q, QStringLiteral("looking up role %1").arg(name)); !ok)
        return ok.error();
    return q.next();
}

// The roles `name` is directly a member of.
Result<QStringList> directRolesOf(Database &db, const QString &name)
{
    QSqlQuery q = db.prepare(QStringLiteral("SELECT r.rolname FROM pg_auth_members m JOIN pg_roles r ON r.oid = m.roleid "
                                            "JOIN pg_roles u ON u.oid = m.member WHERE u.rolname = :name"));
    q.bindValue(QStringLiteral(":name"), name);
    if (auto ok = Database::exec(q, QStringLiteral("reading the roles of %1").arg(name)); !ok)
        return ok.error();
    QStringList out;
    while (q.next())
        out.append(q.value(0).toString());
    return out;
}

// GRANT/REVOKE only what changes: PostgreSQL warns about the rest.
Result<void> setMembership(Database &db, const QString &member, const QString &role, bool wanted)
{
    auto current = directRolesOf(db, member);
    if (!current)
        return current.error();
    if (current->contains(role) == wanted)
        return {};
    const auto r = quoted(role);
    const auto m = quoted(member);
    if (!r)
        return r.error();
    if (!m)
        return m.error();
    const QString sql = wanted ? QStringLiteral("GRANT %1 TO %2").arg(*r, *m) : QStringLiteral("REVOKE %1 FROM %2").arg(*r, *m);
    return db.execStatement(sql, wanted ? QStringLiteral("making %1 a member of %2").arg(member, role)
                                        : QStringLiteral("removing %1 from %2").arg(member, role));
}

Result<QStringList> tablesOfCurrentSchema(Database &db)
{
    QSqlQuery q = db.prepare(QStringLiteral("SELECT tablename FROM pg_tables WHERE schemaname = current_schema() ORDER BY tablename"));
    if (auto ok = Database::exec(q, QStringLiteral("listing the tables")); !ok)
        return ok.error();
    QStringList out;
    while (q.next())
        out.append(q.value(0).toString());
    return out;
}

Result<void> requireServer(Database &db)
{
    if (db.kind() != Database::Kind::Postgres)
        return makeError(QStringLiteral("roles exist only on a PostgreSQL server; an SQLite file is protected by its file permissions"),
                         db.displayName());
    return {};
}
} // namespace

QString roleName(Role role)
{
    return QStringLiteral("probematrix_") + roleLabel(role);
}

QString roleLabel(Role role)
{
    switch (role) {
    case Role::Viewer:
        return QStringLiteral("viewer");
    case Role::Editor:
        return QStringLiteral("editor");
    case Role::Admin:
        return QStringLiteral("admin");
    }
    return {};
}

std::optional<Role> roleFromLabel(const QString &label)
{
    for (Role r : kAllRoles)
        if (label.compare(roleLabel(r), Qt::CaseInsensitive) == 0 || label.compare(roleName(r), Qt::CaseInsensitive) == 0)
            return r;
    return std::nullopt;
}

namespace {
Result<void> createRolesOnce(Database &db)
{
    return db.transaction([&]() -> Result<void> {
        for (Role r : kAllRoles) {
            auto exists = roleExists(db, roleName(r));
            if (!exists)
                return exists.error();
            if (!*exists)
                if (auto ok = db.execStatement(QStringLiteral("CREATE ROLE %1 NOLOGIN").arg(*quoted(roleName(r))),
                                               QStringLiteral("creating role %1").arg(roleName(r)));
                    !ok)
                    return ok;
        }
        QSqlQuery where = db.prepare(QStringLiteral("SELECT current_database(), current_schema()"));
        if (auto ok = Database::exec(where, QStringLiteral("reading the database name")); !ok)
            return ok;
        if (!where.next())
            return makeError(QStringLiteral("the server did not name the current database"));
        const auto databaseName = quoted(where.value(0).toString());
        const auto schemaName = quoted(where.value(1).toString());
        if (!databaseName)
            return databaseName.error();
        if (!schemaName)
            return schemaName.error();
        const QString &database = *databaseName, &schema = *schemaName;
        // Our own constants, quoted all the same (they are plain lower-case names).
        const QString viewer = *quoted(roleName(Role::Viewer)), editor = *quoted(roleName(Role::Editor)),
                      admin = *quoted(roleName(Role::Admin));
        // Each role includes the rights of the one below it.
        if (auto ok = setMembership(db, roleName(Role::Editor), roleName(Role::Viewer), true); !ok)
            return ok;
        if (auto ok = setMembership(db, roleName(Role::Admin), roleName(Role::Editor), true); !ok)
            return ok;
        QStringList statements{
            // Admins make people viewers and editors (db grant) without being superusers:
            // PostgreSQL lets a role grant another role it holds WITH ADMIN OPTION, and
            // members of probematrix_admin inherit that. Making admins stays with superusers.
            QStringLiteral("GRANT %1 TO %2 WITH ADMIN OPTION").arg(viewer, admin),
            QStringLiteral("GRANT %1 TO %2 WITH ADMIN OPTION").arg(editor, admin),
            QStringLiteral("GRANT CONNECT ON DATABASE %1 TO %2").arg(database, viewer),
            // Only people given a role connect: PostgreSQL lets every login connect by
            // default, and anyone connected may NOTIFY every desktop (issue 15, finding 8).
            QStringLiteral("REVOKE CONNECT ON DATABASE %1 FROM PUBLIC").arg(database),
            QStringLiteral("GRANT USAGE ON SCHEMA %1 TO %2").arg(schema, viewer),
            QStringLiteral("GRANT CREATE ON SCHEMA %1 TO %2").arg(schema, admin),
        };
        auto tables = tablesOfCurrentSchema(db);
        if (!tables)
            return tables.error();
        for (const QString &table : std::as_const(*tables)) {
            const auto quotedTable = quoted(table);
            if (!quotedTable)
                return quotedTable.error();
            const QString &t = *quotedTable;
            // The admin role owns the tables: only owners may ALTER them (schema upgrades).
            statements.append(QStringLiteral("ALTER TABLE %1 OWNER TO %2").arg(t, admin));
            statements.append(QStringLiteral("GRANT SELECT ON %1 TO %2").arg(t, viewer));
            if (table == u"meta")
                continue; // the schema version: admins only
            // The repositories the consortium shares (issue 17): its administrators choose
            // them, every member reads them. Revoked as well, for a server set up before.
            if (table == u"archive_repositories") {
                statements.append(QStringLiteral("REVOKE INSERT, UPDATE, DELETE, TRUNCATE ON %1 FROM %2").arg(t, editor));
                statements.append(QStringLiteral("REVOKE INSERT, UPDATE, DELETE, TRUNCATE ON %1 FROM %2").arg(t, viewer));
                continue;
            }
            // Search results of public repositories, filled by every member's searches (a
            // viewer's too: reading the matrix and planning is all a viewer does).
            if (table == u"archive_cache") {
                statements.append(QStringLiteral("GRANT INSERT, UPDATE, DELETE ON %1 TO %2").arg(t, viewer));
                continue;
            }
            if (table == u"offering_history") // written by the server's trigger only (ServerAuthorship)
                statements.append(QStringLiteral("REVOKE INSERT, UPDATE, DELETE, TRUNCATE ON %1 FROM %2").arg(t, editor));
            else
                statements.append(QStringLiteral("GRANT INSERT, UPDATE, DELETE ON %1 TO %2").arg(t, editor));
        }
        // The history trigger runs with its owner's rights: the admin role, which owns the history.
        for (const QString &function : serverauthorship::functionSignatures() + decisionrules::functionSignatures()) {
            QSqlQuery exists = db.prepare(QStringLiteral("SELECT to_regprocedure(:signature) IS NOT NULL"));
            exists.bindValue(QStringLiteral(":signature"), function);
            if (auto ok = Database::exec(exists, QStringLiteral("looking up %1").arg(function)); !ok)
                return ok;
            if (exists.next() && exists.value(0).toBool()) // from schema version 4 on
                statements.append(QStringLiteral("ALTER FUNCTION %1 OWNER TO %2").arg(function, admin));
        }
        statements.append(QStringLiteral("GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA %1 TO %2").arg(schema, editor));
        // Tables a later upgrade creates (as the admin role) are readable at once; editors
        // get write access to them when an admin runs `db init --roles` again.
        statements.append(QStringLiteral("ALTER DEFAULT PRIVILEGES FOR ROLE %1 IN SCHEMA %2 GRANT SELECT ON TABLES TO %3").arg(admin, schema, viewer));
        statements.append(QStringLiteral("ALTER DEFAULT PRIVILEGES FOR ROLE %1 IN SCHEMA %2 GRANT USAGE, SELECT ON SEQUENCES TO %3").arg(admin, schema, editor));
        for (const QString &s : std::as_const(statements))
            if (auto ok = db.execStatement(s, QStringLiteral("\"%1\"").arg(s)); !ok)
                return ok;
        return {};
    });
}
} // namespace

Result<void> createRoles(Database &db)
{
    if (auto ok = requireServer(db); !ok)
        return ok;
    // Roles belong to the whole server, so two databases being set up at once race on
    // them (the same role created twice, "tuple concurrently updated" on a GRANT); the
    // loser's transaction rolled back whole, so it simply tries again and then finds the
    // roles there.
    Result<void> result;
    for (int attempt = 0; attempt < 5; ++attempt) {
        result = createRolesOnce(db);
        if (result || !result.error().concurrentWrite)
            break;
        QThread::msleep(20 * (attempt + 1));
    }
    return result;
}

Result<void> grantRole(Database &db, const QString &login, Role role)
{
    if (auto ok = requireServer(db); !ok)
        return ok;
    auto exists = roleExists(db, login);
    if (!exists)
        return exists.error();
    if (!*exists)
        return makeError(QStringLiteral("there is no account \"%1\" on this server; create it first (CREATE ROLE %1 LOGIN PASSWORD '...')").arg(login));
    return db.transaction([&]() -> Result<void> {
        for (Role r : kAllRoles)
            if (auto ok = setMembership(db, login, roleName(r), r == role); !ok)
                return ok;
        return {};
    });
}

Result<void> actAsAdminRole(Database &db)
{
    if (db.kind() != Database::Kind::Postgres)
        return {};
    // Only where `db init --roles` has set the role up: in a database it has not, the role
    // may exist (roles are per server) but may not create tables.
    QSqlQuery q = db.prepare(QStringLiteral("SELECT pg_has_role(current_user, oid, 'MEMBER') AND has_schema_privilege(oid, current_schema(), 'CREATE') "
                                            "FROM pg_roles WHERE rolname = :name"));
    q.bindValue(QStringLiteral(":name"), roleName(Role::Admin));
    if (auto ok = Database::exec(q, QStringLiteral("checking the admin role")); !ok)
        return ok;
    if (!q.next() || !q.value(0).toBool())
        return {};
    return db.execStatement(QStringLiteral("SET LOCAL ROLE %1").arg(*quoted(roleName(Role::Admin))), QStringLiteral("acting as the admin role"));
}

} // namespace pm::roles
