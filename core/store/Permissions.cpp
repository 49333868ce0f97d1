#include "Permissions.h"

#include "Database.h"

#include <QFileInfo>
#include <QVariant>

namespace pm {

namespace {
Permissions sqlitePermissions(Database &db)
{
    Permissions p;
    p.user = db.userName();
    p.canRead = true;
    const QFileInfo file(db.location());
    p.canEditMatrix = p.canAdmin = !file.exists() || file.isWritable();
    p.role = p.canEditMatrix ? QStringLiteral("admin") : QStringLiteral("viewer");
    if (!p.canEditMatrix)
        p.reason = QStringLiteral("the database file %1 is read-only for you; copy it or ask its owner to change its permissions")
                       .arg(file.fileName());
    return p;
}

Permissions serverPermissions(Database &db)
{
    Permissions p;
    p.user = db.userName();
    // to_regclass: no row (rather than an error) when the schema has not been created yet.
    QSqlQuery q = db.prepare(QStringLiteral(
        "SELECT has_table_privilege(o.oid, 'SELECT'), "
        "has_table_privilege(o.oid, 'INSERT') AND has_table_privilege(o.oid, 'UPDATE'), "
        "pg_has_role(o.relowner, 'USAGE') "
        "FROM pg_class o WHERE o.oid = to_regclass('offerings')"));
    if (!q.exec()) {
        p.reason = Database::failure(q, QStringLiteral("asking the server for your rights")).message;
        return p;
    }
    if (!q.next()) {
        QSqlQuery create = db.prepare(QStringLiteral("SELECT has_schema_privilege(current_schema(), 'CREATE')"));
        p.canAdmin = create.exec() && create.next() && create.value(0).toBool();
        p.role = p.canAdmin ? QStringLiteral("admin") : QString();
        p.reason = QStringLiteral("this database holds no matrix yet; an administrator creates it with: probematrix-cli --db URL db init --roles");
        return p;
    }
    p.canRead = q.value(0).toBool();
    p.canEditMatrix = q.value(1).toBool();
    p.canAdmin = q.value(2).toBool();
    p.role = p.canAdmin ? QStringLiteral("admin") : p.canEditMatrix ? QStringLiteral("editor") : p.canRead ? QStringLiteral("viewer") : QString();
    if (!p.canRead)
        p.reason = QStringLiteral("your account \"%1\" has no rights on this matrix; ask the consortium's administrator for the viewer or editor role")
                       .arg(p.user);
    else if (!p.canEditMatrix)
        p.reason = QStringLiteral("your account \"%1\" may only read this matrix (viewer); ask the consortium's administrator for the editor role to change it")
                       .arg(p.user);
    return p;
}
} // namespace

Permissions permissions(Database &db)
{
    return db.kind() == Database::Kind::Postgres ? serverPermissions(db) : sqlitePermissions(db);
}

} // namespace pm
