// The parse cache used for large matrices gives exactly what parseOffering gives.
#include "TestSupport.h"

#include "io/Export.h"
#include "matrix/OfferingParser.h"

#include <QHash>
#include <QJsonDocument>
#include <QTest>

#include <algorithm>

using namespace pm;
using namespace pm::test;

class TestParseCache : public QObject {
    Q_OBJECT

private slots:
    void sameAsParsingEachRow()
    {
        BundledDatabase db;
        QVERIFY(db.matrix.offerings.size() >= 136);
        OfferingParseCache cache(ObservableVocabulary::bundled());
        // Twice through the matrix: the second pass is served from the cache.
        for (int pass = 0; pass < 2; ++pass) {
            for (const Offering &stored : std::as_const(db.matrix.offerings)) {
                Offering direct;
                Offering cached;
                direct.raw = stored.raw;
                cached.raw = stored.raw;
                (void)parseOffering(direct, ObservableVocabulary::bundled());
                cache.parse(cached);
                QCOMPARE(cached.raw, direct.raw);
                QCOMPARE(cached.state, direct.state);
                const QByteArray a = QJsonDocument(offeringToJson(direct, db.matrix, true, true)).toJson();
                const QByteArray b = QJsonDocument(offeringToJson(cached, db.matrix, true, true)).toJson();
                QCOMPARE(b, a);
                QCOMPARE(cached.observableResolution, direct.observableResolution);
                QCOMPARE(cached.crlAcquisition, direct.crlAcquisition);
                QCOMPARE(cached.timeScales, direct.timeScales);
                QCOMPARE(cached.probedAreaResolutionM, direct.probedAreaResolutionM);
                QCOMPARE(cached.penetrationDepthM, direct.penetrationDepthM);
                QCOMPARE(cached.maturity, direct.maturity);
                QCOMPARE(cached.estimate, direct.estimate);
            }
        }
    }

    // A large matrix is parsed while it is read (MatrixStore::loadOfferings hands rows to
    // parser threads): every row must come out as parsing it on its own gives.
    void largeLoadParsesEveryRowAsParsingItAlone()
    {
        BundledDatabase db;
        const QList<Offering> templates = db.matrix.offerings;
        DecodedMatrix large;
        large.report.source = QStringLiteral("test");
        const int count = 2600; // above the pipelined threshold (2,000 rows), several chunks
        for (int i = int(templates.size()); i < count; ++i) {
            Offering o = templates[i % templates.size()];
            o.id = 0;
            o.raw[size_t(Column::Instrument)] = QStringLiteral("[instrument T-%1]").arg(i);
            if (i == 1000) // the separator the SQLite read joins cells with: this row is read again cell by cell
                o.raw[size_t(Column::Contact)] = QStringLiteral("[a") + QChar(0x1f) + QStringLiteral("b]");
            (void)parseOffering(o, ObservableVocabulary::bundled());
            large.offerings.append(o);
            large.lines.append(i + 2);
        }
        QVERIFY(db.store->import(std::move(large), ImportOptions{}).ok());
        const auto loaded = db.store->loadOfferings();
        QVERIFY(loaded.ok());
        QCOMPARE(loaded->size(), count);
        QHash<QString, const Offering *> byIdentity; // the bundled rows as loaded on their own
        for (const Offering &t : templates)
            byIdentity.insert(t.partner + QLatin1Char('|') + t.cell(Column::Technique), &t);
        for (int i = 0; i < count; ++i) {
            const Offering &row = loaded->at(i);
            Offering direct;
            direct.id = row.id;
            direct.version = row.version;
            direct.raw = row.raw;
            (void)parseOffering(direct, ObservableVocabulary::bundled());
            const Offering *bundled = byIdentity.value(row.partner + QLatin1Char('|') + row.cell(Column::Technique));
            QVERIFY2(bundled, qPrintable(row.techniqueLabel()));
            direct.partner = bundled->partner; // canonical names come from the partner table
            QCOMPARE(row.state, direct.state);
            QCOMPARE(QJsonDocument(offeringToJson(row, db.matrix, true, true)).toJson(),
                     QJsonDocument(offeringToJson(direct, db.matrix, true, true)).toJson());
            QCOMPARE(row.observableResolution, direct.observableResolution);
            QCOMPARE(row.crlAnalysis, direct.crlAnalysis);
            if (i >= int(templates.size()))
                QCOMPARE(row.instruments, QStringList{QStringLiteral("instrument T-%1").arg(i)});
            if (i == 1000)
                QCOMPARE(row.cell(Column::Contact), QStringLiteral("[a") + QChar(0x1f) + QStringLiteral("b]"));
        }
    }

    // The first rows the browser shows while the rest loads: the first of the default order
    // (cluster case-insensitively, blank last, then id), parsed as in the full load.
    void loadFirstGivesTheFirstRowsOfTheDefaultOrder()
    {
        BundledDatabase db;
        const QList<Offering> &rows = db.matrix.offerings;
        QVERIFY(rows.size() > 20);
        const qint64 lowerCase = rows.at(7).id, blank = rows.at(3).id;
        QVERIFY(db.store->updateCell(lowerCase, Column::Cluster, QStringLiteral("aardvark studies"), rows.at(7).version).ok()); // first only if case is ignored
        QVERIFY(db.store->updateCell(blank, Column::Cluster, QString(), rows.at(3).version).ok());
        const auto full = db.store->load();
        QVERIFY(full.ok());
        QList<Offering> expected = full->offerings;
        std::stable_sort(expected.begin(), expected.end(), [](const Offering &a, const Offering &b) {
            const QString x = a.cell(Column::Cluster).trimmed().toLower(), y = b.cell(Column::Cluster).trimmed().toLower();
            if (x.isEmpty() != y.isEmpty())
                return y.isEmpty();
            return x != y ? x < y : a.id < b.id;
        });
        QCOMPARE(expected.first().id, lowerCase);

        const auto first = db.store->loadFirst(12);
        QVERIFY(first.ok());
        QCOMPARE(first->offerings.size(), 12);
        for (int i = 0; i < 12; ++i)
            QCOMPARE(QJsonDocument(offeringToJson(first->offerings.at(i), *first, true, true)).toJson(),
                     QJsonDocument(offeringToJson(expected.at(i), *full, true, true)).toJson());
        QCOMPARE(first->partners.size(), full->partners.size());
        QCOMPARE(first->holders.size(), full->holders.size());
        QCOMPARE(first->cells.size(), full->cells.size());

        const auto all = db.store->loadFirst(100000);
        QVERIFY(all.ok());
        QCOMPARE(all->offerings.size(), full->offerings.size());
        QCOMPARE(all->offerings.last().id, blank);
    }

    void perObservableCellsDependOnTheObservableCount()
    {
        OfferingParseCache cache(ObservableVocabulary::bundled());
        Offering two, three;
        two.raw[size_t(Column::Observables)] = QStringLiteral("[crystal structure, strain]");
        three.raw[size_t(Column::Observables)] = QStringLiteral("[crystal structure, strain, porosity]");
        two.raw[size_t(Column::CrlAnalysis)] = three.raw[size_t(Column::CrlAnalysis)] = QStringLiteral("[High, Low, Medium]");
        cache.parse(two);
        cache.parse(three);
        QCOMPARE(two.cellState(Column::CrlAnalysis), CellState::Partial); // 3 values for 2 observables
        QCOMPARE(three.cellState(Column::CrlAnalysis), CellState::Value);
    }
};

QTEST_GUILESS_MAIN(TestParseCache)
#include "test_parse_cache.moc"
