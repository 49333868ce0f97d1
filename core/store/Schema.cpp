#include "Schema.h"

#include "Database.h"
#include "DecisionRules.h"
#include "ServerAuthorship.h"

namespace pm::schema {

namespace {
Result<void> run(Database &db, const QString &sql)
{
    // Not prepare(): PostgreSQL prepares only SELECT/INSERT/UPDATE/DELETE, not CREATE or ALTER.
    return db.execStatement(sql, QStringLiteral("schema change \"%1\"").arg(sql.left(60)));
}

Result<void> runAll(Database &db, const QStringList &statements)
{
    for (const QString &s : statements)
        if (auto ok = run(db, s); !ok)
            return ok;
    return {};
}

Result<void> version1(Database &db)
{
    const QString id = db.idColumnSql();
    QString offerings = QStringLiteral("CREATE TABLE offerings (id %1, identity TEXT NOT NULL UNIQUE, "
                                       "version INTEGER NOT NULL DEFAULT 1, updated_at TEXT, updated_by TEXT")
                            .arg(id);
    for (Column c : offeringColumnsAt(1))
        offerings += QStringLiteral(", %1 TEXT NOT NULL DEFAULT ''").arg(columnKey(c));
    offerings += QLatin1Char(')');
    return runAll(db, {
        QStringLiteral("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)"),
        QStringLiteral("CREATE TABLE partners (id %1, short_name TEXT NOT NULL UNIQUE, full_name TEXT NOT NULL DEFAULT '', "
                       "kind TEXT NOT NULL DEFAULT 'laboratory', site TEXT NOT NULL DEFAULT '', city TEXT NOT NULL DEFAULT '', "
                       "country TEXT NOT NULL DEFAULT '', country_code TEXT NOT NULL DEFAULT '', latitude DOUBLE PRECISION, "
                       "longitude DOUBLE PRECISION, website TEXT NOT NULL DEFAULT '', aliases TEXT NOT NULL DEFAULT '', "
                       "source TEXT NOT NULL DEFAULT '', version INTEGER NOT NULL DEFAULT 1)").arg(id),
        offerings,
        QStringLiteral("CREATE INDEX offerings_partner ON offerings(partner)"),
        QStringLiteral("CREATE TABLE holders (id %1, label TEXT NOT NULL UNIQUE, owner TEXT NOT NULL DEFAULT '', "
                       "availability TEXT NOT NULL DEFAULT '', shapes TEXT NOT NULL DEFAULT '', source TEXT NOT NULL DEFAULT '', "
                       "version INTEGER NOT NULL DEFAULT 1)").arg(id),
        QStringLiteral("CREATE TABLE holder_instruments (holder_id BIGINT NOT NULL REFERENCES holders(id) ON DELETE CASCADE, "
                       "partner TEXT NOT NULL, technique TEXT NOT NULL, instrument TEXT NOT NULL DEFAULT '', air_tight INTEGER NOT NULL DEFAULT 0)"),
        QStringLiteral("CREATE TABLE operando_cells (id %1, name TEXT NOT NULL UNIQUE, owner TEXT NOT NULL DEFAULT '', "
                       "performance TEXT NOT NULL DEFAULT '', availability TEXT NOT NULL DEFAULT '', shapes TEXT NOT NULL DEFAULT '', "
                       "source TEXT NOT NULL DEFAULT '', version INTEGER NOT NULL DEFAULT 1)").arg(id),
        QStringLiteral("CREATE TABLE cell_instruments (cell_id BIGINT NOT NULL REFERENCES operando_cells(id) ON DELETE CASCADE, "
                       "partner TEXT NOT NULL, technique TEXT NOT NULL, instrument TEXT NOT NULL DEFAULT '', data_quality TEXT NOT NULL DEFAULT '')"),
        QStringLiteral("CREATE TABLE logbook (id %1, date TEXT NOT NULL, partner TEXT NOT NULL, technique TEXT NOT NULL, "
                       "instrument TEXT NOT NULL DEFAULT '', material TEXT NOT NULL DEFAULT '', observable TEXT NOT NULL DEFAULT '')").arg(id),
    });
}

Result<void> version2(Database &db)
{
    QStringList statements;
    for (Column c : offeringColumnsAt(2))
        if (!offeringColumnsAt(1).contains(c))
            statements.append(QStringLiteral("ALTER TABLE offerings ADD COLUMN %1 TEXT NOT NULL DEFAULT ''").arg(columnKey(c)));
    statements.append(QStringLiteral("CREATE TABLE offering_history (id %1, offering_id BIGINT NOT NULL, changed_at TEXT NOT NULL, "
                                     "changed_by TEXT NOT NULL, action TEXT NOT NULL, column_key TEXT NOT NULL DEFAULT '', "
                                     "old_value TEXT NOT NULL DEFAULT '', new_value TEXT NOT NULL DEFAULT '')").arg(db.idColumnSql()));
    statements.append(QStringLiteral("CREATE INDEX offering_history_offering ON offering_history(offering_id)"));
    return runAll(db, statements);
}

Result<void> version3(Database &db)
{
    const QString id = db.idColumnSql();
    return runAll(db, {
        QStringLiteral("CREATE TABLE requests (id %1, title TEXT NOT NULL DEFAULT '', request_json TEXT NOT NULL, "
                       "created_at TEXT NOT NULL, created_by TEXT NOT NULL DEFAULT '')").arg(id),
        QStringLiteral("CREATE TABLE request_rejections (request_id BIGINT NOT NULL REFERENCES requests(id) ON DELETE CASCADE, "
                       "observable TEXT NOT NULL, offering_id BIGINT, partner TEXT NOT NULL DEFAULT '', technique TEXT NOT NULL DEFAULT '', "
                       "reason_code TEXT NOT NULL DEFAULT '', reason TEXT NOT NULL)"),
        QStringLiteral("CREATE TABLE request_unmeasurable (request_id BIGINT NOT NULL REFERENCES requests(id) ON DELETE CASCADE, "
                       "observable TEXT NOT NULL)"),
        QStringLiteral("CREATE TABLE plans (id %1, request_id BIGINT REFERENCES requests(id) ON DELETE CASCADE, "
                       "title TEXT NOT NULL DEFAULT '', plan_json TEXT NOT NULL, created_at TEXT NOT NULL, "
                       "version INTEGER NOT NULL DEFAULT 1)").arg(id),
        QStringLiteral("CREATE TABLE plan_step_status (plan_id BIGINT NOT NULL REFERENCES plans(id) ON DELETE CASCADE, "
                       "step_id TEXT NOT NULL, status TEXT NOT NULL DEFAULT 'proposed', note TEXT NOT NULL DEFAULT '', "
                       "updated_at TEXT, updated_by TEXT, version INTEGER NOT NULL DEFAULT 1, PRIMARY KEY (plan_id, step_id))"),
    });
}

// The server records authorship and history itself (issue 15, finding 3). Nothing changes
// in an SQLite file, whose one user is the local account.
Result<void> version4(Database &db)
{
    if (db.kind() != Database::Kind::Postgres)
        return {};
    return serverauthorship::install(db);
}
// Validation decisions bind to what was decided (issue 18): each status keeps the step's
// content, and a re-planned request names the plan and the refused steps it came from. On
// PostgreSQL the server enforces that a decision carries its content (DecisionRules).
Result<void> version5(Database &db)
{
    if (auto ok = runAll(db, {
            QStringLiteral("ALTER TABLE plan_step_status ADD COLUMN decided_json TEXT NOT NULL DEFAULT ''"),
            // No foreign key: plans already reference requests, and a cycle would make every
            // drop and restore order-dependent. A deleted plan reads as "deleted since" (the
            // store joins it).
            QStringLiteral("ALTER TABLE requests ADD COLUMN replan_of BIGINT"),
            QStringLiteral("ALTER TABLE requests ADD COLUMN replan_refused TEXT NOT NULL DEFAULT ''"),
        });
        !ok)
        return ok;
    if (db.kind() != Database::Kind::Postgres)
        return {};
    return decisionrules::install(db);
}

// Existing data (issue 17). archive_cache: the last answer of each repository search (base
// URL, query, page), kept as the parsed records so that the tab and the CLI can show them,
// marked cached, when the network is gone (core/archive/ResultCache). archive_repositories:
// the InvenioRDM repositories a consortium server shares with every member; on PostgreSQL
// only the admin role may change it (Roles), and the server records who added a row.
Result<void> version6(Database &db)
{
    const bool server = db.kind() == Database::Kind::Postgres;
    return runAll(db, {
        QStringLiteral("CREATE TABLE archive_cache (base_url TEXT NOT NULL, query TEXT NOT NULL, page INTEGER NOT NULL, "
                       "fetched_at TEXT NOT NULL, records_json TEXT NOT NULL, PRIMARY KEY (base_url, query, page))"),
        QStringLiteral("CREATE INDEX archive_cache_fetched ON archive_cache(fetched_at)"),
        QStringLiteral("CREATE TABLE archive_repositories (url TEXT PRIMARY KEY, name TEXT NOT NULL DEFAULT '', "
                       "added_by TEXT NOT NULL DEFAULT %1, added_at TEXT NOT NULL DEFAULT '')")
            .arg(server ? QStringLiteral("session_user") : QStringLiteral("''")),
    });
}
} // namespace

QList<Column> offeringColumnsAt(int version)
{
    QList<Column> cols;
    const int last = version >= 2 ? kColumnCount - 1 : int(Column::Contact);
    for (int i = 0; i <= last; ++i)
        cols.append(Column(i));
    return cols;
}

Result<void> apply(Database &db, int version)
{
    switch (version) {
    case 1:
        return version1(db);
    case 2:
        return version2(db);
    case 3:
        return version3(db);
    case 4:
        return version4(db);
    case 5:
        return version5(db);
    case 6:
        return version6(db);
    default:
        return makeError(QStringLiteral("no migration to schema version %1").arg(version));
    }
}

} // namespace pm::schema
