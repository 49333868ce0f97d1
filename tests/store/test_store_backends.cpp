// The store's behaviours on both backends: the same test, one row for SQLite and one for
// PostgreSQL (schema and migration, import and round trip, versioned edits and history,
// partners, holders and cells).
#include "BackendFixture.h"

#include "io/MatrixDecoder.h"
#include "io/RawTable.h"
#include "store/BundledMatrix.h"
#include "store/Schema.h"

#include <QFile>
#include <QSqlQuery>
#include <QTest>
#include <QVariant>

using namespace pm;
using namespace pm::test;

namespace {
template <typename T>
QString errorText(const Result<T> &r) { return r ? QString() : r.error().text(); }
} // namespace

class TestStoreBackends : public QObject {
    Q_OBJECT

private slots:
    void newDatabaseHasCurrentSchema_data() { addBackendRows(); }
    void newDatabaseHasCurrentSchema()
    {
        PM_FETCH_BACKEND(b);
        BackendDatabase t(b);
        QCOMPARE(t.db->schemaVersion(), Database::kSchemaVersion);
        for (const char *table : {"meta", "offerings", "partners", "holders", "holder_instruments", "operando_cells", "cell_instruments",
                                  "logbook", "offering_history", "requests", "plans", "plan_step_status"})
            QVERIFY2(t.db->connection().tables().contains(QString::fromLatin1(table)), table);
        // Opening again does not migrate again.
        auto again = Database::open(t.location());
        QVERIFY2(again, qPrintable(errorText(again)));
        QCOMPARE((*again)->schemaVersion(), Database::kSchemaVersion);
    }

    void migratesFromVersionOneKeepingData_data() { addBackendRows(); }
    void migratesFromVersionOneKeepingData()
    {
        PM_FETCH_BACKEND(b);
        BackendDatabase t(b);
        // Start over at version 1 in the same place.
        const QString location = t.location();
        if (t.isPostgres()) {
            for (const char *table : {"archive_cache", "archive_repositories", "plan_step_status", "plans", "request_unmeasurable", "request_rejections", "requests", "offering_history",
                                      "cell_instruments", "operando_cells", "holder_instruments", "holders", "logbook", "offerings", "partners", "meta"})
                QVERIFY(t.db->execStatement(QStringLiteral("DROP TABLE %1").arg(QString::fromLatin1(table)), QStringLiteral("drop")));
        }
        t.store.reset();
        t.db.reset();
        if (!t.isPostgres())
            QVERIFY(QFile::remove(location));
        {
            auto raw = Database::openRaw(location);
            QVERIFY2(raw, qPrintable(errorText(raw)));
            QVERIFY((*raw)->migrate(1));
            QCOMPARE((*raw)->schemaVersion(), 1);
            QVERIFY(!(*raw)->connection().tables().contains(QStringLiteral("offering_history")));
            QSqlQuery ins = (*raw)->prepare(QStringLiteral("INSERT INTO offerings (identity, partner, technique, fidelity) "
                                                           "VALUES ('dtu|xrd|', '[DTU]', '[X-ray diffraction, XRD]', '[High]')"));
            QVERIFY(ins.exec());
        }
        auto db = Database::open(location);
        QVERIFY2(db, qPrintable(errorText(db)));
        QCOMPARE((*db)->schemaVersion(), Database::kSchemaVersion);
        MatrixStore store(**db);
        auto matrix = store.load();
        QVERIFY(matrix);
        QCOMPARE(matrix->offerings.size(), 1);
        QCOMPARE(matrix->offerings[0].fidelity, (OrdinalRange{2, 2}));
        auto edited = store.updateCell(matrix->offerings[0].id, Column::SampleDamage, QStringLiteral("[Low]"), matrix->offerings[0].version);
        QVERIFY2(edited, qPrintable(errorText(edited)));
        QCOMPARE(edited->damage, (OrdinalRange{0, 0}));
        QCOMPARE(edited->version, matrix->offerings[0].version + 1);
    }

    void importRoundTripsEveryCell_data() { addBackendRows(); }
    void importRoundTripsEveryCell()
    {
        PM_FETCH_BACKEND(b);
        BackendDatabase t(b);
        auto report = bundled::seed(*t.store);
        QVERIFY2(report, qPrintable(errorText(report)));
        // What the store gives back is, cell by cell, what the file said.
        auto table = readDelimited(bundled::matrixTsv(), QLatin1Char('\t'), QStringLiteral("bigmap-matrix.tsv"));
        QVERIFY2(table, qPrintable(errorText(table)));
        auto decoded = decodeMatrix(*table, t.store->vocabulary());
        QVERIFY2(decoded, qPrintable(errorText(decoded)));
        auto matrix = t.store->load();
        QVERIFY2(matrix, qPrintable(errorText(matrix)));
        QCOMPARE(matrix->offerings.size(), decoded->offerings.size());
        QHash<QString, Offering> stored;
        for (const Offering &o : matrix->offerings)
            stored.insert(o.identity(), o);
        for (const Offering &o : decoded->offerings) {
            const auto it = stored.constFind(o.identity());
            QVERIFY2(it != stored.cend(), qPrintable(o.identity()));
            for (int c = 0; c < kColumnCount; ++c)
                QCOMPARE(it->raw[size_t(c)], o.raw[size_t(c)]);
        }
        // Partners keep their geography (DOUBLE PRECISION) and aliases.
        auto partners = bundled::partners();
        QVERIFY(partners);
        for (const Partner &p : *partners) {
            const Partner *s = matrix->partner(p.shortName);
            QVERIFY2(s, qPrintable(p.shortName));
            QCOMPARE(s->latitude.has_value(), p.latitude.has_value());
            if (p.latitude)
                QCOMPARE(*s->latitude, *p.latitude);
            QCOMPARE(s->aliases, p.aliases);
        }
        QCOMPARE(matrix->holders.size(), bundled::holders()->size());
        QCOMPARE(matrix->cells.size(), bundled::cells()->size());
        // Importing the same file again changes nothing.
        ImportOptions options;
        auto again = t.store->import(*decoded, options);
        QVERIFY2(again, qPrintable(errorText(again)));
        QCOMPARE(again->added, 0);
        QCOMPARE(again->updated, 0);
        QCOMPARE(again->unchanged, int(decoded->offerings.size()));
    }

    void dryRunAndReplace_data() { addBackendRows(); }
    void dryRunAndReplace()
    {
        PM_FETCH_BACKEND(b);
        BackendDatabase t(b);
        ImportOptions dry;
        dry.dryRun = true;
        auto report = t.store->importFile(dataPath(QStringLiteral("d52-figure1.tsv")), dry);
        QVERIFY2(report, qPrintable(errorText(report)));
        QVERIFY(report->added > 0);
        QCOMPARE(t.store->offeringCount(), 0); // rolled back
        QVERIFY(t.store->importFile(dataPath(QStringLiteral("d52-figure1.tsv")), {}));
        const int count = t.store->offeringCount();
        QCOMPARE(count, report->added);
        Offering extra;
        extra.raw[size_t(Column::Partner)] = QStringLiteral("[CEA]");
        extra.raw[size_t(Column::Technique)] = QStringLiteral("[X-ray photoelectron spectroscopy, XPS]");
        auto inserted = t.store->insertOffering(extra);
        QVERIFY2(inserted, qPrintable(errorText(inserted)));
        ImportOptions replace;
        replace.replace = true;
        auto replaced = t.store->importFile(dataPath(QStringLiteral("d52-figure1.tsv")), replace);
        QVERIFY2(replaced, qPrintable(errorText(replaced)));
        QCOMPARE(replaced->removed, 1);
        QCOMPARE(t.store->offeringCount(), count);
        auto history = t.store->history(inserted->id);
        QVERIFY(history);
        QCOMPARE(history->last().action, QStringLiteral("delete"));
    }

    void staleEditIsRefusedNamingTheOtherChange_data() { addBackendRows(); }
    void staleEditIsRefusedNamingTheOtherChange()
    {
        PM_FETCH_BACKEND(b);
        BackendDatabase t(b);
        QVERIFY(t.store->importFile(dataPath(QStringLiteral("d52-figure1.tsv")), {}));
        const Offering o = t.store->load()->offerings[0];
        t.store->setUserName(QStringLiteral("alice"));
        auto first = t.store->updateCell(o.id, Column::Resources, QStringLiteral("[Medium]"), o.version);
        QVERIFY2(first, qPrintable(errorText(first)));
        QCOMPARE(first->version, o.version + 1);
        t.store->setUserName(QStringLiteral("bob"));
        auto second = t.store->updateCell(o.id, Column::Resources, QStringLiteral("[Cheap]"), o.version);
        QVERIFY(!second);
        const QString message = second.error().text();
        // On the server the author is the login whatever the client says (issue 15, finding 3).
        const QString author = t.isPostgres() ? t.db->userName() : QStringLiteral("alice");
        QVERIFY2(message.contains(QStringLiteral("by ") + author), qPrintable(message));
        QVERIFY2(message.contains(QStringLiteral("\"%1\" -> \"[Medium]\"").arg(o.cell(Column::Resources))), qPrintable(message));
        QVERIFY2(message.contains(QStringLiteral("reload")) || message.contains(QStringLiteral("Reload")), qPrintable(message));
        QCOMPARE(t.store->fetchOffering(o.id)->cell(Column::Resources), QStringLiteral("[Medium]"));
        // A stale delete is refused too.
        QVERIFY(!t.store->deleteOffering(o.id, o.version));
        QCOMPARE(t.store->offeringCount(), t.store->load()->offerings.size());
        QVERIFY(t.store->fetchOffering(o.id));
    }

    void insertDuplicateDeleteAndHistory_data() { addBackendRows(); }
    void insertDuplicateDeleteAndHistory()
    {
        PM_FETCH_BACKEND(b);
        BackendDatabase t(b);
        Offering o;
        o.raw[size_t(Column::Partner)] = QStringLiteral("[CEA]");
        o.raw[size_t(Column::Technique)] = QStringLiteral("[X-ray photoelectron spectroscopy, XPS]");
        o.raw[size_t(Column::Instrument)] = QStringLiteral("[PHI VersaProbe]");
        auto inserted = t.store->insertOffering(o);
        QVERIFY2(inserted, qPrintable(errorText(inserted)));
        QVERIFY(inserted->id > 0);
        QCOMPARE(inserted->version, 1);
        auto duplicate = t.store->insertOffering(o);
        QVERIFY(!duplicate);
        QVERIFY(duplicate.error().text().contains(QStringLiteral("already in the matrix")));
        auto edited = t.store->updateCell(inserted->id, Column::Fidelity, QStringLiteral("[High]"), inserted->version);
        QVERIFY2(edited, qPrintable(errorText(edited)));
        QVERIFY(t.store->deleteOffering(inserted->id, edited->version));
        QCOMPARE(t.store->offeringCount(), 0);
        auto history = t.store->history(inserted->id);
        QVERIFY(history);
        QCOMPARE(history->size(), 3);
        QCOMPARE(history->at(0).action, QStringLiteral("insert"));
        QCOMPARE(history->at(1).action, QStringLiteral("update"));
        QCOMPARE(history->at(1).column, columnKey(Column::Fidelity));
        QCOMPARE(history->at(1).newValue, QStringLiteral("[High]"));
        QCOMPARE(history->at(2).action, QStringLiteral("delete"));
        QCOMPARE(history->at(2).changedBy, t.db->userName());
    }

    void partnersHoldersAndCellsWithVersions_data() { addBackendRows(); }
    void partnersHoldersAndCellsWithVersions()
    {
        PM_FETCH_BACKEND(b);
        BackendDatabase t(b);
        Partner p;
        p.shortName = QStringLiteral("CEA");
        p.aliases = {QStringLiteral("CEA Grenoble")};
        p.latitude = 45.2;
        auto saved = t.store->savePartner(p);
        QVERIFY2(saved, qPrintable(errorText(saved)));
        QCOMPARE(saved->version, 1);
        Partner moved = *saved;
        moved.city = QStringLiteral("Grenoble");
        auto updated = t.store->savePartner(moved);
        QVERIFY2(updated, qPrintable(errorText(updated)));
        QCOMPARE(updated->version, 2);
        Partner stale = *saved; // still version 1
        stale.city = QStringLiteral("Paris");
        auto refused = t.store->savePartner(stale);
        QVERIFY(!refused);
        QVERIFY2(refused.error().text().contains(QStringLiteral("changed by someone else")), qPrintable(refused.error().text()));

        SampleHolder h;
        h.label = QStringLiteral("XPS/SEM transfer chamber");
        h.instruments = {InstrumentRef{QStringLiteral("CEA"), QStringLiteral("XPS"), {}, true, {}}};
        auto holder = t.store->saveHolder(h);
        QVERIFY2(holder, qPrintable(errorText(holder)));
        SampleHolder staleHolder = *holder;
        holder->owner = QStringLiteral("CEA");
        QVERIFY(t.store->saveHolder(*holder));
        staleHolder.owner = QStringLiteral("KIT");
        QVERIFY(!t.store->saveHolder(staleHolder));

        OperandoCell c;
        c.name = QStringLiteral("AMPIX");
        c.instruments = {InstrumentRef{QStringLiteral("ESRF"), QStringLiteral("XRD"), QStringLiteral("ID31"), false, OrdinalRange{2, 2}}};
        auto cell = t.store->saveCell(c);
        QVERIFY2(cell, qPrintable(errorText(cell)));

        auto m = t.store->load();
        QVERIFY(m);
        QCOMPARE(m->partners.size(), 1);
        QCOMPARE(m->partners[0].city, QStringLiteral("Grenoble"));
        QVERIFY(m->partner(QStringLiteral("cea grenoble")));
        QCOMPARE(m->holders.size(), 1);
        QCOMPARE(m->holders[0].owner, QStringLiteral("CEA"));
        QVERIFY(m->holders[0].instruments[0].airTight);
        QCOMPARE(m->cells[0].instruments[0].dataQuality, (OrdinalRange{2, 2}));
        // Deleting a holder takes its instrument rows with it (ON DELETE CASCADE).
        QVERIFY(t.store->deleteHolder(m->holders[0].id, m->holders[0].version));
        QSqlQuery left = t.db->prepare(QStringLiteral("SELECT count(*) FROM holder_instruments"));
        QVERIFY(left.exec() && left.next());
        QCOMPARE(left.value(0).toInt(), 0);
        QVERIFY(t.store->deleteCell(m->cells[0].id, m->cells[0].version));
        QVERIFY(t.store->deletePartner(m->partners[0].id, m->partners[0].version));
        QCOMPARE(t.store->load()->partners.size(), 0);
    }

    void failedTransactionLeavesNothing_data() { addBackendRows(); }
    void failedTransactionLeavesNothing()
    {
        PM_FETCH_BACKEND(b);
        BackendDatabase t(b);
        auto result = t.db->transaction([&]() -> Result<void> {
            Partner p;
            p.shortName = QStringLiteral("KIT");
            if (auto saved = t.store->savePartner(p); !saved) // joins this transaction
                return saved.error();
            return makeError(QStringLiteral("something later failed"));
        });
        QVERIFY(!result);
        QCOMPARE(t.store->loadPartners()->size(), 0);
        // And the connection is still usable afterwards (PostgreSQL aborts the transaction).
        Partner p;
        p.shortName = QStringLiteral("KIT");
        QVERIFY(t.store->savePartner(p));
    }

    // Two users add the same partner at once: the second is told it is already there.
    void duplicateAddIsExplained_data() { addBackendRows(); }
    void duplicateAddIsExplained()
    {
        PM_FETCH_BACKEND(b);
        BackendDatabase t(b);
        auto other = t.openAnother();
        MatrixStore otherStore(*other);
        Partner p;
        p.shortName = QStringLiteral("PSI");
        QVERIFY(t.store->savePartner(p));
        auto second = otherStore.savePartner(p); // id 0: an insert
        QVERIFY(!second);
        QVERIFY2(second.error().text().contains(QStringLiteral("already there")), qPrintable(second.error().text()));
        QCOMPARE(t.store->loadPartners()->size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestStoreBackends)
#include "test_store_backends.moc"
