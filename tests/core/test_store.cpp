// The database: schema versions and migrations, refused files, edits with versions and history.
#include "TestSupport.h"

#include "store/BundledMatrix.h"
#include "store/Schema.h"

#include <QFile>
#include <QSqlQuery>
#include <QTest>
#include <QVariant>

using namespace pm;
using namespace pm::test;

class TestStore : public QObject {
    Q_OBJECT

private slots:
    void newDatabaseHasCurrentSchema()
    {
        TempDatabase t;
        QCOMPARE(t.db->schemaVersion(), Database::kSchemaVersion);
        QSqlQuery q = t.db->prepare(QStringLiteral("PRAGMA journal_mode"));
        QVERIFY(q.exec() && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("wal"));
        QSqlQuery fk = t.db->prepare(QStringLiteral("PRAGMA foreign_keys"));
        QVERIFY(fk.exec() && fk.next());
        QCOMPARE(fk.value(0).toInt(), 1);
    }

    void migratesFromVersionOneKeepingData()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("old.sqlite"));
        {
            auto raw = Database::openRaw(path);
            QVERIFY(raw);
            QVERIFY((*raw)->migrate(1));
            QCOMPARE((*raw)->schemaVersion(), 1);
            // Version 1 had no D5.5 columns and no history.
            QVERIFY(!(*raw)->connection().tables().contains(QStringLiteral("offering_history")));
            QSqlQuery ins = (*raw)->prepare(QStringLiteral("INSERT INTO offerings (identity, partner, technique, fidelity) VALUES ('dtu|xrd|', '[DTU]', '[X-ray diffraction, XRD]', '[High]')"));
            QVERIFY(ins.exec());
        }
        auto db = Database::open(path);
        QVERIFY2(db, qPrintable(db ? QString() : db.error().text()));
        QCOMPARE((*db)->schemaVersion(), Database::kSchemaVersion);
        QVERIFY(QFile::exists((*db)->backupPathFor(1))); // backed up before migrating
        MatrixStore store(**db);
        auto matrix = store.load();
        QVERIFY(matrix);
        QCOMPARE(matrix->offerings.size(), 1);
        QCOMPARE(matrix->offerings[0].fidelity, (OrdinalRange{2, 2}));
        QCOMPARE(matrix->offerings[0].cellState(Column::SampleDamage), CellState::Unknown);
        // The migrated database takes the new columns.
        auto edited = store.updateCell(matrix->offerings[0].id, Column::SampleDamage, QStringLiteral("[Low]"), matrix->offerings[0].version);
        QVERIFY2(edited, qPrintable(edited ? QString() : edited.error().text()));
        QCOMPARE(edited->damage, (OrdinalRange{0, 0}));
    }

    void newerDatabaseIsRefused()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("future.sqlite"));
        {
            auto db = Database::open(path);
            QVERIFY(db);
            QSqlQuery q = (*db)->prepare(QStringLiteral("UPDATE meta SET value = '99' WHERE key = 'schema_version'"));
            QVERIFY(q.exec());
        }
        auto again = Database::open(path);
        QVERIFY(!again);
        QVERIFY2(again.error().text().contains(QStringLiteral("newer ProbeMatrix (schema version 99")), qPrintable(again.error().text()));
    }

    void notADatabaseIsRefused()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("notes.sqlite"));
        writeFile(path, "these are my notes, not a database\n");
        auto db = Database::open(path);
        QVERIFY(!db);
        QVERIFY(db.error().text().contains(QStringLiteral("not a ProbeMatrix database")));
        QCOMPARE(readFile(path), QByteArray("these are my notes, not a database\n")); // untouched
    }

    void foreignSqliteIsRefused()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("other.sqlite"));
        {
            auto raw = Database::openRaw(path);
            QVERIFY(raw);
            QSqlQuery q = (*raw)->prepare(QStringLiteral("CREATE TABLE recipes (id INTEGER)"));
            QVERIFY(q.exec());
        }
        auto db = Database::open(path);
        QVERIFY(!db);
        QVERIFY(db.error().text().contains(QStringLiteral("another program")));
    }

    void staleEditIsRefusedAndNothingIsLost()
    {
        TempDatabase t;
        QVERIFY(t.store->importFile(dataPath(QStringLiteral("d52-figure1.tsv")), {}));
        const Offering o = t.store->load()->offerings[0];
        auto first = t.store->updateCell(o.id, Column::Resources, QStringLiteral("[Medium]"), o.version);
        QVERIFY(first);
        QCOMPARE(first->version, o.version + 1);
        auto second = t.store->updateCell(o.id, Column::Resources, QStringLiteral("[Cheap]"), o.version); // based on the old version
        QVERIFY(!second);
        QVERIFY(second.error().text().contains(QStringLiteral("[Medium]")));
        QCOMPARE(t.store->fetchOffering(o.id)->cell(Column::Resources), QStringLiteral("[Medium]"));
    }

    void outOfScaleEditIsRefusedWithReason()
    {
        TempDatabase t;
        QVERIFY(t.store->importFile(dataPath(QStringLiteral("d52-figure1.tsv")), {}));
        const Offering o = t.store->load()->offerings[1];
        auto edit = t.store->updateCell(o.id, Column::Fidelity, QStringLiteral("[Excellent]"), o.version);
        QVERIFY(!edit);
        QVERIFY(edit.error().text().contains(QStringLiteral("Low < Medium < High < Best")));
        QCOMPARE(t.store->fetchOffering(o.id)->cell(Column::Fidelity), o.cell(Column::Fidelity));
    }

    void insertDuplicateAndDelete()
    {
        TempDatabase t;
        Offering o;
        o.raw[size_t(Column::Partner)] = QStringLiteral("[CEA]");
        o.raw[size_t(Column::Technique)] = QStringLiteral("[X-ray photoelectron spectroscopy, XPS]");
        o.raw[size_t(Column::Instrument)] = QStringLiteral("[PHI VersaProbe]");
        auto inserted = t.store->insertOffering(o);
        QVERIFY(inserted);
        QVERIFY(inserted->id > 0);
        auto duplicate = t.store->insertOffering(o);
        QVERIFY(!duplicate);
        QVERIFY(duplicate.error().text().contains(QStringLiteral("already in the matrix")));
        QVERIFY(t.store->deleteOffering(inserted->id, inserted->version));
        QCOMPARE(t.store->offeringCount(), 0);
        auto history = t.store->history(inserted->id);
        QVERIFY(history);
        QCOMPARE(history->size(), 2);
        QCOMPARE(history->at(0).action, QStringLiteral("insert"));
        QCOMPARE(history->at(1).action, QStringLiteral("delete"));
        QVERIFY(!history->at(1).changedBy.isEmpty());
    }

    void partnersHoldersAndCells()
    {
        TempDatabase t;
        Partner p;
        p.shortName = QStringLiteral("CEA");
        p.aliases = {QStringLiteral("CEA Grenoble")};
        p.country = QStringLiteral("France");
        p.latitude = 45.2;
        auto saved = t.store->savePartner(p);
        QVERIFY(saved);
        Partner bad = *saved;
        bad.latitude = 123;
        QVERIFY(!t.store->savePartner(bad));
        SampleHolder h;
        h.label = QStringLiteral("XPS/SEM transfer chamber");
        h.owner = QStringLiteral("CEA");
        h.instruments = {InstrumentRef{QStringLiteral("CEA"), QStringLiteral("XPS"), {}, true, {}}};
        QVERIFY(t.store->saveHolder(h));
        OperandoCell c;
        c.name = QStringLiteral("AMPIX");
        c.instruments = {InstrumentRef{QStringLiteral("ESRF"), QStringLiteral("XRD"), QStringLiteral("ID31"), false, OrdinalRange{2, 2}}};
        QVERIFY(t.store->saveCell(c));
        auto m = t.store->load();
        QVERIFY(m);
        QCOMPARE(m->partners.size(), 1);
        QVERIFY(m->partner(QStringLiteral("cea grenoble")));
        QCOMPARE(m->holders.size(), 1);
        QVERIFY(m->holders[0].instruments[0].airTight);
        QCOMPARE(m->cells[0].instruments[0].dataQuality, (OrdinalRange{2, 2}));
    }

    void defaultDatabaseIsSeededOnFirstUseButExplicitPathStartsEmpty()
    {
        QTemporaryDir dir;
        bool seeded = false;
        auto explicitDb = openForUser(dir.filePath(QStringLiteral("mine.sqlite")), &seeded);
        QVERIFY(explicitDb);
        QVERIFY(!seeded);
        QCOMPARE(MatrixStore(**explicitDb).offeringCount(), 0);

        // The default database lives under XDG_DATA_HOME, set by ctest to a scratch folder.
        QFile::remove(defaultDatabasePath());
        auto defaultDb = openForUser(QString(), &seeded);
        QVERIFY2(defaultDb, qPrintable(defaultDb ? QString() : defaultDb.error().text()));
        QVERIFY(seeded);
        QVERIFY(MatrixStore(**defaultDb).offeringCount() >= 136);
        defaultDb->reset();
        auto reopened = openForUser(QString(), &seeded);
        QVERIFY(reopened);
        QVERIFY(!seeded); // second start: no new seeding
    }
};

QTEST_GUILESS_MAIN(TestStore)
#include "test_store.moc"
