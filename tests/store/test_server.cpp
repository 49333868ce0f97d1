// The consortium server: two desktops editing one row, live updates between connections,
// roles and what a viewer may not do, and a connection lost in the middle of a session.
#include "BackendFixture.h"

#include "store/ChangeListener.h"
#include "store/Permissions.h"
#include "store/Roles.h"

#include "io/MatrixDecoder.h"
#include "io/RawTable.h"

#include <QSignalSpy>
#include <QThread>
#include <QSqlQuery>
#include <QTest>
#include <QVariant>

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

int backendPid(Database &db)
{
    QSqlQuery q = db.prepare(QStringLiteral("SELECT pg_backend_pid()"));
    if (!q.exec() || !q.next())
        qFatal("no backend pid");
    return q.value(0).toInt();
}

void terminate(Database &killer, int pid)
{
    QSqlQuery q = killer.prepare(QStringLiteral("SELECT pg_terminate_backend(:pid)"));
    q.bindValue(QStringLiteral(":pid"), pid);
    if (!q.exec() || !q.next() || !q.value(0).toBool())
        qFatal("pg_terminate_backend failed");
    // The server ends the backend asynchronously: wait until it is gone.
    for (int i = 0; i < 100; ++i) {
        QSqlQuery alive = killer.prepare(QStringLiteral("SELECT count(*) FROM pg_stat_activity WHERE pid = :pid"));
        alive.bindValue(QStringLiteral(":pid"), pid);
        if (alive.exec() && alive.next() && alive.value(0).toInt() == 0)
            return;
        QTest::qWait(20);
    }
    qFatal("the terminated backend is still there");
}
} // namespace

class TestServer : public QObject {
    Q_OBJECT

private slots:
    // Two desktops load the same row; the first edit wins, the second is refused with the
    // first user's change in the message, and nothing is lost.
    void secondEditOfOneRowIsRefused_data() { addBackendRows(); }
    void secondEditOfOneRowIsRefused()
    {
        PM_FETCH_BACKEND(b);
        BackendDatabase t(b);
        const Offering seen = importFigure1(t);
        // On the server the author is the login, recorded by the server itself (issue 15,
        // finding 3): two real editor logins. An SQLite file records the name it is given.
        QString aliceName = QStringLiteral("alice"), bobName = QStringLiteral("bob");
        std::unique_ptr<Database> aliceDb, otherDb;
        if (t.isPostgres()) {
            QVERIFY(roles::createRoles(*t.db));
            aliceName = t.createLogin(QStringLiteral("alice"));
            bobName = t.createLogin(QStringLiteral("bob"));
            QVERIFY(roles::grantRole(*t.db, aliceName, roles::Role::Editor));
            QVERIFY(roles::grantRole(*t.db, bobName, roles::Role::Editor));
            aliceDb = t.openAnother(aliceName);
            otherDb = t.openAnother(bobName);
        } else {
            otherDb = t.openAnother();
        }
        MatrixStore alice(aliceDb ? *aliceDb : *t.db), bob(*otherDb);
        alice.setUserName(aliceName);
        bob.setUserName(bobName);
        const Offering bobSees = *bob.fetchOffering(seen.id);
        QCOMPARE(bobSees.version, seen.version);

        auto first = alice.updateCell(seen.id, Column::PlanningTime, QStringLiteral("[Weeks]"), seen.version);
        QVERIFY2(first, qPrintable(errorText(first)));
        auto second = bob.updateCell(seen.id, Column::Resources, QStringLiteral("[Cheap]"), bobSees.version);
        QVERIFY(!second);
        const QString message = second.error().text();
        QVERIFY2(message.contains(aliceName), qPrintable(message));
        QVERIFY2(message.contains(columnTitle(Column::PlanningTime)), qPrintable(message));
        QVERIFY2(message.contains(QStringLiteral("\"[Weeks]\"")), qPrintable(message));

        // Alice's change is there, Bob's is not, and the history shows only Alice.
        const Offering now = *bob.fetchOffering(seen.id);
        QCOMPARE(now.cell(Column::PlanningTime), QStringLiteral("[Weeks]"));
        QCOMPARE(now.cell(Column::Resources), seen.cell(Column::Resources));
        QCOMPARE(now.version, seen.version + 1);
        auto history = bob.history(seen.id);
        QVERIFY(history);
        QCOMPARE(history->last().changedBy, aliceName);
        QVERIFY(std::none_of(history->cbegin(), history->cend(), [&](const HistoryEntry &h) { return h.changedBy == bobName; }));

        // Bob reloads and applies his change again: accepted.
        auto retried = bob.updateCell(seen.id, Column::Resources, QStringLiteral("[Cheap]"), now.version);
        QVERIFY2(retried, qPrintable(errorText(retried)));
        QCOMPARE(retried->cell(Column::PlanningTime), QStringLiteral("[Weeks]"));
        QCOMPARE(retried->cell(Column::Resources), QStringLiteral("[Cheap]"));
    }

    // An import that read a row before another user's change committed does not overwrite
    // it: the whole import is refused and rolled back.
    void importBasedOnStaleRowsIsRefusedWhole_data() { addBackendRows(); }
    void importBasedOnStaleRowsIsRefusedWhole()
    {
        PM_FETCH_BACKEND(b);
        BackendDatabase t(b);
        const Offering target = importFigure1(t);
        const Matrix before = *t.store->load();
        auto table = readTableFile(dataPath(QStringLiteral("d52-figure1.tsv")));
        QVERIFY(table);
        auto decoded = decodeMatrix(*table, t.store->vocabulary());
        QVERIFY(decoded);
        for (Offering &o : decoded->offerings) // the import changes every row
            o.raw[size_t(Column::PostProcessingTime)] = QStringLiteral("[Months]");

        // Bob holds an uncommitted change of one row (on the server with his own editor
        // login: the server records the author, whatever the client writes)...
        QString bobName = QStringLiteral("bob");
        if (t.isPostgres()) {
            QVERIFY(roles::createRoles(*t.db));
            bobName = t.createLogin(QStringLiteral("bob"));
            QVERIFY(roles::grantRole(*t.db, bobName, roles::Role::Editor));
        }
        auto bobDb = t.isPostgres() ? t.openAnother(bobName) : t.openAnother();
        QVERIFY(bobDb->connection().transaction());
        QSqlQuery hold = bobDb->prepare(QStringLiteral("UPDATE offerings SET planning_time = '[Weeks]', version = version + 1, updated_by = 'bob' WHERE id = :id"));
        hold.bindValue(QStringLiteral(":id"), target.id);
        QVERIFY(hold.exec());

        // ...while the import runs on its own connection, in its own thread.
        QString importError;
        bool importOk = false;
        const QString location = t.location();
        std::unique_ptr<QThread> importer(QThread::create([&] {
            auto db = Database::open(location);
            if (!db) {
                importError = db.error().text();
                return;
            }
            MatrixStore store(**db);
            auto report = store.import(*decoded, {});
            importOk = bool(report);
            if (!report)
                importError = report.error().text();
        }));
        importer->start();
        QTest::qWait(300); // the import has read the rows and waits for Bob's row
        QVERIFY(bobDb->connection().commit());
        QVERIFY(importer->wait(30000));

        QVERIFY2(!importOk, "the import overwrote a row changed after it read it");
        qInfo("import refused: %s", qPrintable(importError));
        if (b == Backend::Postgres)
            QVERIFY2(importError.contains(QStringLiteral("changed since you loaded it")) && importError.contains(QStringLiteral("by ") + bobName),
                     qPrintable(importError));
        else // SQLite refuses the writer whose snapshot is stale before it can compare versions
            QVERIFY2(importError.contains(QStringLiteral("someone else changed the database file")), qPrintable(importError));
        const Matrix after = *t.store->load();
        // Nothing of the import was kept: every other cell is as before.
        QCOMPARE(after.offerings.size(), before.offerings.size());
        for (const Offering &o : after.offerings)
            QCOMPARE(o.cell(Column::PostProcessingTime), before.offering(o.id)->cell(Column::PostProcessingTime));
        QCOMPARE(t.store->fetchOffering(target.id)->cell(Column::PlanningTime), QStringLiteral("[Weeks]")); // Bob's change kept
    }

    void changeOnOneConnectionReachesTheOther_data() { addBackendRows(); }
    void changeOnOneConnectionReachesTheOther()
    {
        PM_FETCH_BACKEND(b);
        BackendDatabase t(b);
        const Offering o = importFigure1(t);
        auto otherDb = t.openAnother();
        ChangeListener listener(*otherDb);
        QSignalSpy spy(&listener, &ChangeListener::changed);
        if (b == Backend::Sqlite) {
            QVERIFY(!listener.isActive()); // documented no-op
            QVERIFY(t.store->updateCell(o.id, Column::Resources, QStringLiteral("[Cheap]"), o.version));
            QTest::qWait(100);
            QCOMPARE(spy.count(), 0);
            return;
        }
        QVERIFY(listener.isActive());
        QVERIFY(t.store->updateCell(o.id, Column::Resources, QStringLiteral("[Cheap]"), o.version));
        QTRY_COMPARE(spy.count(), 1);
        QCOMPARE(spy.at(0).at(0).toString(), QStringLiteral("offerings"));
        QCOMPARE(spy.at(0).at(1).value<QList<qint64>>(), QList<qint64>{o.id});

        // A change that is rolled back is never announced.
        spy.clear();
        auto failed = t.db->transaction([&]() -> Result<void> {
            if (auto e = t.store->updateCell(o.id, Column::Resources, QStringLiteral("[Medium]"), o.version + 1); !e)
                return e.error();
            return makeError(QStringLiteral("changed my mind"));
        });
        QVERIFY(!failed);
        QTest::qWait(300);
        QCOMPARE(spy.count(), 0);

        // An import announces all its rows (one notification for the table).
        Partner p;
        p.shortName = QStringLiteral("KIT");
        QVERIFY(t.store->savePartner(p));
        QTRY_COMPARE(spy.count(), 1);
        QCOMPARE(spy.at(0).at(0).toString(), QStringLiteral("partners"));
    }

    void payloadsParse()
    {
        QString table;
        QList<qint64> ids;
        QVERIFY(ChangeListener::parsePayload(QStringLiteral("offerings:3,14,15"), &table, &ids));
        QCOMPARE(table, QStringLiteral("offerings"));
        QCOMPARE(ids, (QList<qint64>{3, 14, 15}));
        QVERIFY(!ChangeListener::parsePayload(QStringLiteral("offerings"), &table, &ids));
        QVERIFY(!ChangeListener::parsePayload(QStringLiteral("offerings:3,x"), &table, &ids));
        // Anyone who may connect may NOTIFY (issue 15, finding 8): only our tables, ids
        // from 1, and bounded sizes are taken.
        QVERIFY(ChangeListener::parsePayload(QStringLiteral("plan_step_status:12"), &table, &ids));
        QVERIFY(!ChangeListener::parsePayload(QStringLiteral("pg_authid:1"), &table, &ids));
        QVERIFY(!ChangeListener::parsePayload(QStringLiteral("offerings:"), &table, &ids));
        QVERIFY(!ChangeListener::parsePayload(QStringLiteral("offerings:0"), &table, &ids));
        QVERIFY(!ChangeListener::parsePayload(QStringLiteral("offerings:-5"), &table, &ids));
        QVERIFY(!ChangeListener::parsePayload(QStringLiteral("offerings:99999999999999999999"), &table, &ids));
        QStringList many;
        for (int i = 1; i <= ChangeListener::kMaxPayloadIds + 1; ++i)
            many.append(QString::number(i));
        QVERIFY(!ChangeListener::parsePayload(QStringLiteral("offerings:") + many.join(QLatin1Char(',')), &table, &ids));
        many.removeLast();
        QVERIFY(!ChangeListener::parsePayload(QStringLiteral("offerings:") + many.join(QLatin1Char(',')), &table, &ids)); // over 8000 characters
        QVERIFY(ChangeListener::parsePayload(QStringLiteral("offerings:") + many.mid(0, 1000).join(QLatin1Char(',')), &table, &ids));
        QCOMPARE(ids.size(), 1000);
    }

    void rolesGovernWhoMayWrite_data() { addBackendRows(); }
    void rolesGovernWhoMayWrite()
    {
        PM_FETCH_BACKEND(b);
        BackendDatabase t(b);
        const Offering o = importFigure1(t);
        if (b == Backend::Sqlite) {
            const Permissions p = permissions(*t.db);
            QVERIFY(p.canRead && p.canEditMatrix && p.canAdmin);
            auto refused = roles::createRoles(*t.db);
            QVERIFY(!refused);
            QVERIFY(refused.error().text().contains(QStringLiteral("only on a PostgreSQL server")));
            return;
        }
        auto created = roles::createRoles(*t.db);
        QVERIFY2(created, qPrintable(errorText(created)));
        auto again = roles::createRoles(*t.db);
        QVERIFY2(again, qPrintable(QStringLiteral("again (must be idempotent): ") + errorText(again)));
        const QString viewerName = t.createLogin(QStringLiteral("viewer"));
        const QString editorName = t.createLogin(QStringLiteral("editor"));
        QVERIFY(roles::grantRole(*t.db, viewerName, roles::Role::Viewer));
        QVERIFY(roles::grantRole(*t.db, editorName, roles::Role::Editor));

        const Permissions admin = permissions(*t.db);
        QVERIFY(admin.canRead && admin.canEditMatrix && admin.canAdmin);
        QCOMPARE(admin.role, QStringLiteral("admin"));

        auto viewerDb = t.openAnother(viewerName);
        const Permissions viewer = permissions(*viewerDb);
        QCOMPARE(viewer.user, viewerName);
        QCOMPARE(viewer.role, QStringLiteral("viewer"));
        QVERIFY(viewer.canRead);
        QVERIFY(!viewer.canEditMatrix);
        QVERIFY(!viewer.canAdmin);
        QVERIFY2(viewer.reason.contains(viewerName) && viewer.reason.contains(QStringLiteral("editor role")), qPrintable(viewer.reason));

        // The viewer reads everything but every write is refused with a clear message.
        MatrixStore viewerStore(*viewerDb);
        auto read = viewerStore.load();
        QVERIFY2(read, qPrintable(errorText(read)));
        QCOMPARE(read->offerings.size(), t.store->load()->offerings.size());
        auto edit = viewerStore.updateCell(o.id, Column::Resources, QStringLiteral("[Cheap]"), o.version);
        QVERIFY(!edit);
        QVERIFY2(edit.error().text().contains(QStringLiteral("refused")) && edit.error().text().contains(QStringLiteral("viewers may only read")),
                 qPrintable(edit.error().text()));
        Partner p;
        p.shortName = QStringLiteral("KIT");
        QVERIFY(!viewerStore.savePartner(p));
        QCOMPARE(t.store->fetchOffering(o.id)->cell(Column::Resources), o.cell(Column::Resources));
        QCOMPARE(t.store->fetchOffering(o.id)->version, o.version);

        // The editor edits offerings, partners and history, but not the schema.
        auto editorDb = t.openAnother(editorName);
        const Permissions editor = permissions(*editorDb);
        QCOMPARE(editor.role, QStringLiteral("editor"));
        QVERIFY(editor.canEditMatrix && !editor.canAdmin);
        MatrixStore editorStore(*editorDb);
        auto edited = editorStore.updateCell(o.id, Column::Resources, QStringLiteral("[Cheap]"), o.version);
        QVERIFY2(edited, qPrintable(errorText(edited)));
        QCOMPARE(editorStore.history(o.id)->last().changedBy, editorName); // the server login, not the OS user
        auto added = editorStore.savePartner(p);
        QVERIFY2(added, qPrintable(errorText(added)));
        QVERIFY(!editorDb->execStatement(QStringLiteral("ALTER TABLE offerings ADD COLUMN sneaky TEXT"), QStringLiteral("altering")));
        QVERIFY(!editorDb->execStatement(QStringLiteral("DELETE FROM offering_history"), QStringLiteral("rewriting history")));
    }

    void lostConnectionFailsCleanlyAndReconnects_data() { addBackendRows(); }
    void lostConnectionFailsCleanlyAndReconnects()
    {
        PM_FETCH_BACKEND(b);
        if (b == Backend::Sqlite)
            QSKIP("an SQLite file has no connection to lose");
        BackendDatabase t(b);
        const Offering o = importFigure1(t);
        auto killer = t.openAnother();
        ChangeListener listener(*killer);
        QSignalSpy changes(&listener, &ChangeListener::changed);
        QSignalSpy lost(t.db->status(), &ConnectionStatus::lost);
        QSignalSpy restored(t.db->status(), &ConnectionStatus::restored);

        terminate(*killer, backendPid(*t.db));
        auto edit = t.store->updateCell(o.id, Column::Resources, QStringLiteral("[Cheap]"), o.version);
        QVERIFY(!edit);
        QVERIFY2(edit.error().text().contains(Database::lostConnectionMessage()), qPrintable(edit.error().text()));
        QCOMPARE(lost.count(), 1);
        QVERIFY(t.db->isConnectionLost());
        // Further writes fail at once with the same words, without touching the server.
        auto again = t.store->updateCell(o.id, Column::Resources, QStringLiteral("[Cheap]"), o.version);
        QVERIFY(!again);
        QVERIFY(again.error().text().contains(Database::lostConnectionMessage()));

        QVERIFY(t.db->reconnect());
        QCOMPARE(restored.count(), 1);
        QVERIFY(!t.db->isConnectionLost());
        QCOMPARE(t.store->fetchOffering(o.id)->cell(Column::Resources), o.cell(Column::Resources)); // nothing was saved
        auto retried = t.store->updateCell(o.id, Column::Resources, QStringLiteral("[Cheap]"), o.version);
        QVERIFY2(retried, qPrintable(errorText(retried)));
        QTRY_COMPARE(changes.count(), 1);
    }

    // The connection dies between two statements of one transaction: the first statement's
    // write is gone too (never a half-written edit).
    void connectionLostMidTransactionLeavesNoHalfEdit_data() { addBackendRows(); }
    void connectionLostMidTransactionLeavesNoHalfEdit()
    {
        PM_FETCH_BACKEND(b);
        if (b == Backend::Sqlite)
            QSKIP("an SQLite file has no connection to lose");
        BackendDatabase t(b);
        auto killer = t.openAnother();
        const int pid = backendPid(*t.db);
        auto result = t.db->transaction([&]() -> Result<void> {
            Partner p;
            p.shortName = QStringLiteral("KIT");
            if (auto saved = t.store->savePartner(p); !saved)
                return saved.error();
            terminate(*killer, pid);
            Partner q;
            q.shortName = QStringLiteral("PSI");
            if (auto saved = t.store->savePartner(q); !saved)
                return saved.error();
            return {};
        });
        QVERIFY(!result);
        QCOMPARE(result.error().message, Database::lostConnectionMessage());
        MatrixStore observer(*killer);
        QCOMPARE(observer.loadPartners()->size(), 0);
        // A new listener on the killer connection, then reconnect the victim; its writes flow again.
        QVERIFY(t.db->reconnect());
        Partner p;
        p.shortName = QStringLiteral("KIT");
        QVERIFY(t.store->savePartner(p));
        QCOMPARE(observer.loadPartners()->size(), 1);
    }

    void listenerSurvivesReconnect_data() { addBackendRows(); }
    void listenerSurvivesReconnect()
    {
        PM_FETCH_BACKEND(b);
        if (b == Backend::Sqlite)
            QSKIP("no notifications on SQLite");
        BackendDatabase t(b);
        auto listening = t.openAnother();
        ChangeListener listener(*listening);
        QSignalSpy spy(&listener, &ChangeListener::changed);
        terminate(*t.db, backendPid(*listening));
        QVERIFY(!listening->checkConnection());
        QVERIFY(listening->reconnect());
        QVERIFY(listener.isActive());
        Partner p;
        p.shortName = QStringLiteral("KIT");
        QVERIFY(t.store->savePartner(p));
        QTRY_COMPARE(spy.count(), 1);
    }
};

QTEST_GUILESS_MAIN(TestServer)
#include "test_server.moc"
