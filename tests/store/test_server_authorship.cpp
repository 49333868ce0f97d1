// Issue 15, finding 3: on the server, who changed what is recorded by the server. An
// editor connected with its own login (as through psql) cannot name someone else as the
// author of a change, cannot write or rewrite the history, and every change it makes is
// in the history whether or not its client wrote any. SQLite keeps the local user name.
#include "BackendFixture.h"

#include "store/Roles.h"
#include "store/Schema.h"

#include <QSqlQuery>
#include <QTest>
#include <QVariant>

#include <algorithm>

using namespace pm;
using namespace pm::test;

namespace {
template <typename T>
QString errorText(const Result<T> &r)
{
    return r ? QString() : r.error().text();
}

Offering importFigure1(BackendDatabase &t)
{
    if (!t.store->importFile(dataPath(QStringLiteral("d52-figure1.tsv")), {}))
        qFatal("cannot import the test matrix");
    return t.store->load()->offerings.first();
}

// Runs SQL with values on `db`; the error text when the server refuses it.
QString run(Database &db, const QString &sql, const QVariantList &values = {})
{
    QSqlQuery q = db.prepare(sql);
    for (const QVariant &v : values)
        q.addBindValue(v);
    if (!q.exec())
        return Database::failure(q, QStringLiteral("the statement")).text();
    return {};
}

QVariant one(Database &db, const QString &sql, const QVariantList &values = {})
{
    QSqlQuery q = db.prepare(sql);
    for (const QVariant &v : values)
        q.addBindValue(v);
    if (!q.exec() || !q.next())
        qFatal("query failed: %s", qPrintable(sql));
    return q.value(0);
}

int historyCount(Database &db, qint64 id, const QString &by)
{
    return one(db, QStringLiteral("SELECT count(*) FROM offering_history WHERE offering_id = ? AND changed_by = ?"), {id, by}).toInt();
}

} // namespace

class TestServerAuthorship : public QObject {
    Q_OBJECT

private slots:
    // The review's reproduction, in SQL as editor alice.
    void editorCannotForgeAuthorOrHistory()
    {
        PM_REQUIRE_SERVER();
        BackendDatabase t(Backend::Postgres);
        const Offering o = importFigure1(t);
        QVERIFY(roles::createRoles(*t.db));
        const QString alice = t.createLogin(QStringLiteral("alice"));
        const QString bob = t.createLogin(QStringLiteral("bob"));
        QVERIFY(roles::grantRole(*t.db, alice, roles::Role::Editor));
        QVERIFY(roles::grantRole(*t.db, bob, roles::Role::Editor));
        auto aliceDb = t.openAnother(alice);

        // An UPDATE that claims to be bob's and tries to keep the version: the server
        // writes alice, bumps the version and records the change in the history.
        QCOMPARE(run(*aliceDb, QStringLiteral("UPDATE offerings SET resources = '[Cheap]', updated_by = ?, updated_at = '1999-01-01', version = ? WHERE id = ?"),
                     {bob, o.version, o.id}),
                 QString());
        QCOMPARE(one(*t.db, QStringLiteral("SELECT updated_by FROM offerings WHERE id = ?"), {o.id}).toString(), alice);
        QVERIFY(one(*t.db, QStringLiteral("SELECT updated_at FROM offerings WHERE id = ?"), {o.id}).toString() != u"1999-01-01");
        QCOMPARE(one(*t.db, QStringLiteral("SELECT version FROM offerings WHERE id = ?"), {o.id}).toInt(), o.version + 1);
        QCOMPARE(one(*t.db, QStringLiteral("SELECT count(*) FROM offering_history WHERE offering_id = ? AND changed_by = ? AND column_key = ? AND new_value = '[Cheap]'"),
                     {o.id, alice, columnKey(Column::Resources)})
                     .toInt(),
                 1);
        QCOMPARE(historyCount(*t.db, o.id, bob), 0);

        // The history itself: no INSERT "by bob", no UPDATE, no DELETE.
        const QString insert = run(*aliceDb, QStringLiteral("INSERT INTO offering_history (offering_id, changed_at, changed_by, action) VALUES (?, '2026-01-01', ?, 'update')"),
                                   {o.id, bob});
        QVERIFY2(insert.contains(QStringLiteral("refused")), qPrintable(insert));
        QVERIFY(!run(*aliceDb, QStringLiteral("UPDATE offering_history SET changed_by = ?"), {bob}).isEmpty());
        QVERIFY(!run(*aliceDb, QStringLiteral("DELETE FROM offering_history")).isEmpty());
        QCOMPARE(historyCount(*t.db, o.id, bob), 0);

        // A delete is recorded too, by the server, under the login.
        QCOMPARE(run(*aliceDb, QStringLiteral("DELETE FROM offerings WHERE id = ?"), {o.id}), QString());
        QCOMPARE(one(*t.db, QStringLiteral("SELECT count(*) FROM offering_history WHERE offering_id = ? AND changed_by = ? AND action = 'delete'"), {o.id, alice}).toInt(), 1);
    }

    // The store as a client that sets another name: the login is recorded.
    void storeRecordsTheLoginNotTheClientName()
    {
        PM_REQUIRE_SERVER();
        BackendDatabase t(Backend::Postgres);
        const Offering o = importFigure1(t);
        QVERIFY(roles::createRoles(*t.db));
        const QString alice = t.createLogin(QStringLiteral("alice"));
        QVERIFY(roles::grantRole(*t.db, alice, roles::Role::Editor));
        auto aliceDb = t.openAnother(alice);
        MatrixStore store(*aliceDb);
        store.setUserName(QStringLiteral("bob"));
        auto edited = store.updateCell(o.id, Column::Resources, QStringLiteral("[Cheap]"), o.version);
        QVERIFY2(edited, qPrintable(errorText(edited)));
        auto history = store.history(o.id);
        QVERIFY(history);
        QCOMPARE(history->last().changedBy, alice);
        QCOMPARE(history->last().column, columnKey(Column::Resources));
        QCOMPARE(history->last().oldValue, o.cell(Column::Resources));
        // One history row per change, not one from the client and one from the server.
        QCOMPARE(std::count_if(history->cbegin(), history->cend(), [](const HistoryEntry &h) { return h.action == u"update"; }), 1);
        QVERIFY(std::none_of(history->cbegin(), history->cend(), [](const HistoryEntry &h) { return h.changedBy == u"bob"; }));

        // Deleting through the store: one delete row, by alice.
        QVERIFY(store.deleteOffering(o.id, edited->version));
        history = store.history(o.id);
        QCOMPARE(std::count_if(history->cbegin(), history->cend(), [](const HistoryEntry &h) { return h.action == u"delete"; }), 1);
        QCOMPARE(history->last().changedBy, alice);
    }

    // Plan validation statuses and stored requests carry the login as author.
    void planStatusAndRequestAuthorsAreTheLogin()
    {
        PM_REQUIRE_SERVER();
        BackendDatabase t(Backend::Postgres);
        QVERIFY(roles::createRoles(*t.db));
        const QString alice = t.createLogin(QStringLiteral("alice"));
        const QString bob = t.createLogin(QStringLiteral("bob"));
        QVERIFY(roles::grantRole(*t.db, alice, roles::Role::Editor));
        auto aliceDb = t.openAnother(alice);
        const qint64 plan = one(*t.db, QStringLiteral("INSERT INTO plans (title, plan_json, created_at) VALUES ('t', '{}', '2026-01-01') RETURNING id")).toLongLong();

        // A decision carries what was decided on (schema 5, DecisionRules): "changed" keeps an
        // earlier acceptance's content, which this plan's '{}' cannot be checked against.
        QCOMPARE(run(*aliceDb, QStringLiteral("INSERT INTO plan_step_status (plan_id, step_id, status, updated_by, updated_at, decided_json) "
                                              "VALUES (?, 's1', 'changed', ?, '1999-01-01', '{\"offering_id\": 1}')"),
                     {plan, bob}),
                 QString());
        QCOMPARE(one(*t.db, QStringLiteral("SELECT updated_by FROM plan_step_status WHERE plan_id = ?"), {plan}).toString(), alice);
        QCOMPARE(run(*aliceDb, QStringLiteral("UPDATE plan_step_status SET status = 'refused', updated_by = ? WHERE plan_id = ?"), {bob, plan}), QString());
        QCOMPARE(one(*t.db, QStringLiteral("SELECT updated_by FROM plan_step_status WHERE plan_id = ?"), {plan}).toString(), alice);
        QVERIFY(one(*t.db, QStringLiteral("SELECT updated_at FROM plan_step_status WHERE plan_id = ?"), {plan}).toString() != u"1999-01-01");

        const qint64 request = one(*aliceDb, QStringLiteral("INSERT INTO requests (title, request_json, created_at, created_by) VALUES ('r', '{}', '1999-01-01', ?) RETURNING id"),
                                   {bob})
                                   .toLongLong();
        QCOMPARE(one(*t.db, QStringLiteral("SELECT created_by FROM requests WHERE id = ?"), {request}).toString(), alice);
        QCOMPARE(run(*aliceDb, QStringLiteral("UPDATE requests SET created_by = ?, title = 'renamed' WHERE id = ?"), {bob, request}), QString());
        QCOMPARE(one(*t.db, QStringLiteral("SELECT created_by FROM requests WHERE id = ?"), {request}).toString(), alice);
    }

    // A server set up at schema version 3, where editors could append to the history:
    // opening it with this version (an admin's upgrade) takes that right away.
    void upgradeFromVersion3TakesHistoryRightsAway()
    {
        PM_REQUIRE_SERVER();
        BackendDatabase fresh(Backend::Postgres);
        const QString location = fresh.location();
        // Start again from an empty database at version 3.
        for (const char *table : {"archive_cache", "archive_repositories", "plan_step_status", "plans", "request_unmeasurable", "request_rejections", "requests", "offering_history",
                                  "logbook", "cell_instruments", "operando_cells", "holder_instruments", "holders", "offerings", "partners", "meta"})
            QVERIFY(fresh.db->execStatement(QStringLiteral("DROP TABLE %1 CASCADE").arg(QLatin1String(table)), QStringLiteral("drop")));
        for (const QString &f : {QStringLiteral("probematrix_offering_author()"), QStringLiteral("probematrix_offering_history()"),
                                 QStringLiteral("probematrix_status_author()"), QStringLiteral("probematrix_request_author()")})
            QVERIFY(fresh.db->execStatement(QStringLiteral("DROP FUNCTION %1").arg(f), QStringLiteral("drop")));
        QVERIFY(fresh.db->migrate(3));
        QCOMPARE(fresh.db->schemaVersion(), 3);
        QVERIFY(roles::createRoles(*fresh.db));
        // What `db init --roles` of version 3 granted.
        QVERIFY(fresh.db->execStatement(QStringLiteral("GRANT INSERT ON offering_history TO probematrix_editor"), QStringLiteral("old grant")));
        QVERIFY(one(*fresh.db, QStringLiteral("SELECT has_table_privilege('probematrix_editor', 'offering_history', 'INSERT')")).toBool());

        auto upgraded = Database::open(location);
        QVERIFY2(upgraded, qPrintable(errorText(upgraded)));
        QCOMPARE((*upgraded)->schemaVersion(), Database::kSchemaVersion);
        QVERIFY(!one(**upgraded, QStringLiteral("SELECT has_table_privilege('probematrix_editor', 'offering_history', 'INSERT')")).toBool());
        QVERIFY(roles::createRoles(**upgraded));
        // The history function belongs to the admin role, which owns the history.
        QCOMPARE(one(**upgraded, QStringLiteral("SELECT pg_get_userbyid(proowner) FROM pg_proc WHERE proname = 'probematrix_offering_history'")).toString(),
                 roles::roleName(roles::Role::Admin));
        QVERIFY(!one(**upgraded, QStringLiteral("SELECT has_table_privilege('probematrix_editor', 'offering_history', 'INSERT')")).toBool());
    }

    // SQLite: one user, the local account; the store writes the name it is given.
    void sqliteKeepsTheLocalUserName()
    {
        BackendDatabase t(Backend::Sqlite);
        const Offering o = importFigure1(t);
        QCOMPARE(t.db->userName(), currentUserName());
        t.store->setUserName(QStringLiteral("carol"));
        QVERIFY(t.store->updateCell(o.id, Column::Resources, QStringLiteral("[Cheap]"), o.version));
        QCOMPARE(t.store->history(o.id)->last().changedBy, QStringLiteral("carol"));
    }
};

QTEST_GUILESS_MAIN(TestServerAuthorship)
#include "test_server_authorship.moc"
