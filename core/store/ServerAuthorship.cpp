#include "ServerAuthorship.h"

#include "Database.h"
#include "Schema.h"

#include <QSqlQuery>
#include <QVariant>

namespace pm::serverauthorship {

namespace {
// The same text as the desktop writes (Qt::ISODate in UTC): 2026-11-22T10:14:03Z. now()
// is the transaction's start, so the rows of one change share one time (the conflict
// message groups history rows by author and time).
constexpr auto kNowSql = "to_char(now() AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"')";

QString nowSql() { return QString::fromLatin1(kNowSql); }

Result<void> run(Database &db, const QString &sql)
{
    return db.execStatement(sql, QStringLiteral("installing the server's authorship triggers"));
}

// One INSERT per column whose value changed.
QString columnHistorySql()
{
    QString out;
    for (Column c : schema::offeringColumnsAt(2)) {
        const QString key = columnKey(c);
        out += QStringLiteral(
                   "  IF NEW.%1 IS DISTINCT FROM OLD.%1 THEN\n"
                   "    INSERT INTO offering_history (offering_id, changed_at, changed_by, action, column_key, old_value, new_value)\n"
                   "    VALUES (NEW.id, v_at, v_who, 'update', '%1', coalesce(OLD.%1, ''), coalesce(NEW.%1, ''));\n"
                   "  END IF;\n")
                   .arg(key);
    }
    return out;
}
} // namespace

QStringList functionSignatures()
{
    return {QStringLiteral("probematrix_offering_author()"), QStringLiteral("probematrix_offering_history()"),
            QStringLiteral("probematrix_status_author()"), QStringLiteral("probematrix_request_author()")};
}

Result<void> install(Database &db)
{
    QSqlQuery schemaQuery = db.prepare(QStringLiteral("SELECT current_schema()"));
    if (auto ok = Database::exec(schemaQuery, QStringLiteral("reading the current schema")); !ok)
        return ok;
    if (!schemaQuery.next())
        return makeError(QStringLiteral("the server did not name the current schema"));
    const auto schemaName = Database::quoteIdentifier(schemaQuery.value(0).toString());
    if (!schemaName)
        return schemaName.error();
    const QString now = nowSql();
    const QStringList statements{
        // The DROP TRIGGER IF EXISTS below would print notices on a new database.
        QStringLiteral("SET LOCAL client_min_messages = warning"),
        // Author, time and version of an offering: whatever the client sent.
        QStringLiteral("CREATE OR REPLACE FUNCTION probematrix_offering_author() RETURNS trigger LANGUAGE plpgsql AS $$\n"
                       "BEGIN\n"
                       "  NEW.updated_by := session_user;\n"
                       "  NEW.updated_at := %1;\n"
                       "  IF TG_OP = 'UPDATE' THEN NEW.version := OLD.version + 1; ELSE NEW.version := 1; END IF;\n"
                       "  RETURN NEW;\n"
                       "END $$")
            .arg(now),
        QStringLiteral("DROP TRIGGER IF EXISTS probematrix_offering_author ON offerings"),
        QStringLiteral("CREATE TRIGGER probematrix_offering_author BEFORE INSERT OR UPDATE ON offerings "
                       "FOR EACH ROW EXECUTE FUNCTION probematrix_offering_author()"),
        // The history, written with the owner's rights (editors may only read it). A fixed
        // search_path: a SECURITY DEFINER function must not find objects a caller planted.
        QStringLiteral("CREATE OR REPLACE FUNCTION probematrix_offering_history() RETURNS trigger LANGUAGE plpgsql "
                       "SECURITY DEFINER SET search_path = %1, pg_temp AS $$\n"
                       "DECLARE\n"
                       "  v_at text := %2;\n"
                       "  v_who text := session_user;\n"
                       "  v_note text := coalesce(current_setting('probematrix.change_note', true), '');\n"
                       "BEGIN\n"
                       "  IF TG_OP = 'INSERT' THEN\n"
                       "    INSERT INTO offering_history (offering_id, changed_at, changed_by, action, column_key, old_value, new_value)\n"
                       "    VALUES (NEW.id, v_at, v_who, 'insert', '', '', coalesce(NEW.technique, ''));\n"
                       "  ELSIF TG_OP = 'DELETE' THEN\n"
                       "    INSERT INTO offering_history (offering_id, changed_at, changed_by, action, column_key, old_value, new_value)\n"
                       "    VALUES (OLD.id, v_at, v_who, 'delete', '', coalesce(OLD.technique, ''), v_note);\n"
                       "  ELSE\n"
                       "%3"
                       "  END IF;\n"
                       "  RETURN NULL;\n"
                       "END $$")
            .arg(*schemaName, now, columnHistorySql()),
        QStringLiteral("DROP TRIGGER IF EXISTS probematrix_offering_history ON offerings"),
        QStringLiteral("CREATE TRIGGER probematrix_offering_history AFTER INSERT OR UPDATE OR DELETE ON offerings "
                       "FOR EACH ROW EXECUTE FUNCTION probematrix_offering_history()"),
        // Plan validation statuses: who accepted or refused a step.
        QStringLiteral("CREATE OR REPLACE FUNCTION probematrix_status_author() RETURNS trigger LANGUAGE plpgsql AS $$\n"
                       "BEGIN\n"
                       "  NEW.updated_by := session_user;\n"
                       "  NEW.updated_at := %1;\n"
                       "  RETURN NEW;\n"
                       "END $$")
            .arg(now),
        QStringLiteral("DROP TRIGGER IF EXISTS probematrix_status_author ON plan_step_status"),
        QStringLiteral("CREATE TRIGGER probematrix_status_author BEFORE INSERT OR UPDATE ON plan_step_status "
                       "FOR EACH ROW EXECUTE FUNCTION probematrix_status_author()"),
        // Stored requests: who made them.
        QStringLiteral("CREATE OR REPLACE FUNCTION probematrix_request_author() RETURNS trigger LANGUAGE plpgsql AS $$\n"
                       "BEGIN\n"
                       "  IF TG_OP = 'INSERT' THEN\n"
                       "    NEW.created_by := session_user;\n"
                       "    NEW.created_at := %1;\n"
                       "  ELSE\n"
                       "    NEW.created_by := OLD.created_by;\n"
                       "    NEW.created_at := OLD.created_at;\n"
                       "  END IF;\n"
                       "  RETURN NEW;\n"
                       "END $$")
            .arg(now),
        QStringLiteral("DROP TRIGGER IF EXISTS probematrix_request_author ON requests"),
        QStringLiteral("CREATE TRIGGER probematrix_request_author BEFORE INSERT OR UPDATE ON requests "
                       "FOR EACH ROW EXECUTE FUNCTION probematrix_request_author()"),
    };
    for (const QString &s : statements)
        if (auto ok = run(db, s); !ok)
            return ok;
    // Databases set up before version 4 let editors append to the history: no more.
    QSqlQuery editor = db.prepare(QStringLiteral("SELECT 1 FROM pg_roles WHERE rolname = 'probematrix_editor'"));
    if (auto ok = Database::exec(editor, QStringLiteral("looking up the editor role")); !ok)
        return ok;
    if (editor.next())
        if (auto ok = run(db, QStringLiteral("REVOKE INSERT, UPDATE, DELETE, TRUNCATE ON offering_history FROM probematrix_editor")); !ok)
            return ok;
    return run(db, QStringLiteral("REVOKE INSERT, UPDATE, DELETE, TRUNCATE ON offering_history FROM PUBLIC"));
}

Result<void> setChangeNote(Database &db, const QString &note)
{
    if (db.kind() != Database::Kind::Postgres)
        return {};
    QSqlQuery q = db.prepare(QStringLiteral("SELECT set_config('probematrix.change_note', :note, true)"));
    q.bindValue(QStringLiteral(":note"), note);
    return Database::exec(q, QStringLiteral("noting the reason for the change"));
}

} // namespace pm::serverauthorship
