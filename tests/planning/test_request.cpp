// Requests read from JSON: valid ones round-trip, broken ones name the field and suggest.
#include "request/Request.h"

#include <QTest>

using namespace pm;

class TestRequest : public QObject {
    Q_OBJECT

private slots:
    void readsTheIssueExample()
    {
        const QByteArray json = R"({
          "title": "LNO after formation",
          "sample": {"shape": "electrode", "material": "LiNiO2", "air_sensitive": true},
          "observables": [
            {"name": "crystal structure", "mode": "operando", "time_resolution_s": 60, "roi": "average"},
            {"name": "surface chemical composition", "mode": "ex-situ", "roi": "specific"},
            {"name": "Ni oxidation state"}
          ],
          "correlations": [{"observables": ["crystal structure", "oxidation state"], "type": 1}],
          "fidelity": "high", "cost": "low",
          "exclude_partners": [], "exclude_offerings": [], "pinned": []
        })";
        auto r = Request::fromJson(json);
        QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().text()));
        QCOMPARE(r->sample.shape, SampleShape::Electrode);
        QVERIFY(r->sample.airSensitive);
        QCOMPARE(r->observables.size(), 3);
        QCOMPARE(r->observables[0].mode, RequestMode::Operando);
        QCOMPARE(*r->observables[0].timeResolutionS, 60.0);
        QCOMPARE(r->observables[1].roi, RegionOfInterest::Specific);
        QCOMPARE(r->observables[2].name, QStringLiteral("oxidation state")); // through the synonym
        QCOMPARE(r->correlations.first().type, 1);
        QCOMPARE(r->fidelity, 2);
        QCOMPARE(r->cost, 0);

        auto again = Request::fromJson(r->toJson());
        QVERIFY(again.ok());
        QCOMPARE(again->toJson(), r->toJson());
    }

    void brokenRequestsNameTheField_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("where");
        QTest::addColumn<QString>("suggestion");
        const QByteArray sample = R"("sample": {"shape": "electrode"})";
        QTest::newRow("observable") << (R"({)" + sample + R"(, "observables": [{"name": "cristal structure"}]})")
                                    << QStringLiteral("observables[0].name") << QStringLiteral("crystal structure");
        QTest::newRow("shape") << QByteArray(R"({"sample": {"shape": "pouch cel"}, "observables": ["strain"]})")
                               << QStringLiteral("sample.shape") << QStringLiteral("pouch cell");
        QTest::newRow("mode") << (R"({)" + sample + R"(, "observables": [{"name": "strain", "mode": "operand"}]})")
                              << QStringLiteral("observables[0].mode") << QStringLiteral("operando");
        QTest::newRow("roi") << (R"({)" + sample + R"(, "observables": [{"name": "strain", "roi": "specfic"}]})")
                             << QStringLiteral("observables[0].roi") << QStringLiteral("specific");
        QTest::newRow("type") << (R"({)" + sample + R"(, "observables": ["strain", "porosity"], "correlations": [{"observables": ["strain", "porosity"], "type": 4}]})")
                              << QStringLiteral("correlations[0].type") << QStringLiteral("1");
        QTest::newRow("correlated but not requested")
            << (R"({)" + sample + R"(, "observables": ["strain", "porosity"], "correlations": [{"observables": ["strain", "tortuosity"], "type": 2}]})")
            << QStringLiteral("correlations[0].observables[1]") << QStringLiteral("porosity");
        QTest::newRow("unknown member") << (R"({)" + sample + R"(, "observables": ["strain"], "fidelty": "high"})")
                                        << QStringLiteral("fidelty") << QStringLiteral("fidelity");
        QTest::newRow("no observables") << (R"({)" + sample + R"(, "observables": []})") << QStringLiteral("observables") << QString();
        QTest::newRow("time") << (R"({)" + sample + R"(, "observables": [{"name": "strain", "time_resolution_s": -1}]})")
                              << QStringLiteral("observables[0].time_resolution_s") << QString();
    }

    void brokenRequestsNameTheField()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, where);
        QFETCH(QString, suggestion);
        auto r = Request::fromJson(json);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().where, where);
        if (!suggestion.isEmpty())
            QVERIFY2(r.error().message.contains(suggestion), qPrintable(r.error().message));
    }

    void notJsonSaysWhere()
    {
        auto r = Request::fromJson("{\"title\": ");
        QVERIFY(!r.ok());
        QVERIFY(r.error().message.contains(QStringLiteral("not valid JSON")));
    }
};

QTEST_GUILESS_MAIN(TestRequest)
#include "test_request.moc"
