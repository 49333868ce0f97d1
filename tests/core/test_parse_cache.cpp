// The parse cache used for large matrices gives exactly what parseOffering gives.
#include "TestSupport.h"

#include "io/Export.h"
#include "matrix/OfferingParser.h"

#include <QJsonDocument>
#include <QTest>

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
