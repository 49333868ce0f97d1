// Requests read from JSON: valid ones round-trip, broken ones name the field and suggest.
#include "request/Request.h"

#include <QJsonDocument>
#include <QJsonParseError>
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
        QTest::newRow("deadline not a date") << (R"({)" + sample + R"(, "observables": ["strain"], "deadline": "31/03/2027"})")
                                             << QStringLiteral("deadline") << QStringLiteral("YYYY-MM-DD");
        QTest::newRow("deadline not a text") << (R"({)" + sample + R"(, "observables": ["strain"], "deadline": 20270331})")
                                             << QStringLiteral("deadline") << QStringLiteral("must be a text");
        QTest::newRow("roi note not a text") << (R"({)" + sample + R"(, "observables": [{"name": "strain", "roi_note": 3}]})")
                                             << QStringLiteral("observables[0].roi_note") << QStringLiteral("must be a text");
        // Issue 17: observables covered by existing data.
        QTest::newRow("covered, not requested")
            << (R"({)" + sample + R"(, "observables": ["strain"], "covered_by_existing_data": [{"observable": "porosity", "doi": "10.5281/zenodo.1"}]})")
            << QStringLiteral("covered_by_existing_data[0].observable") << QStringLiteral("not one of the request's observables");
        QTest::newRow("covered, not a DOI")
            << (R"({)" + sample + R"(, "observables": ["strain"], "covered_by_existing_data": [{"observable": "strain", "doi": "zenodo 1234"}]})")
            << QStringLiteral("covered_by_existing_data[0].doi") << QStringLiteral("10.5281/zenodo.1234567");
        QTest::newRow("covered twice")
            << (R"({)" + sample + R"(, "observables": ["strain"], "covered_by_existing_data": [{"observable": "strain", "doi": "10.5281/zenodo.1"}, {"observable": "strain", "doi": "10.5281/zenodo.2"}]})")
            << QStringLiteral("covered_by_existing_data[1].observable") << QStringLiteral("already marked covered");
        QTest::newRow("covered, wrong shape") << (R"({)" + sample + R"(, "observables": ["strain"], "covered_by_existing_data": {"strain": "10.1/x"}})")
                                              << QStringLiteral("covered_by_existing_data") << QStringLiteral("must be a list");
    }

    void coveredObservablesRoundTripAndLeaveThePlan()
    {
        const QByteArray json = R"({"sample": {"shape": "electrode"}, "observables": ["strain", "porosity", "tortuosity"], )"
                                R"("correlations": [{"observables": ["strain", "porosity"], "type": 2}, {"observables": ["strain", "porosity", "tortuosity"], "type": 3}], )"
                                R"("pinned": [{"observable": "porosity", "offering_id": 7}], )"
                                R"("covered_by_existing_data": [{"observable": "porosity", "doi": "https://doi.org/10.5281/zenodo.7654321"}]})";
        auto r = Request::fromJson(json);
        QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().text()));
        QCOMPARE(r->covered.size(), 1);
        QCOMPARE(r->covered[0].doi, QStringLiteral("10.5281/zenodo.7654321")); // the resolver is not part of the DOI
        auto again = Request::fromJson(r->toJson());
        QVERIFY(again.ok());
        QCOMPARE(again->covered.size(), 1);
        QCOMPARE(again->covered[0].observable, QStringLiteral("porosity"));

        const Request planned = r->withoutCovered();
        QVERIFY(planned.covered.isEmpty());
        QCOMPARE(planned.observables.size(), 2);
        QCOMPARE(planned.indexOf(QStringLiteral("porosity")), -1);
        QCOMPARE(planned.correlations.size(), 1); // the Type 2 pair lost its partner; the Type 3 group keeps two
        QCOMPARE(planned.correlations[0].observables, QStringList({QStringLiteral("strain"), QStringLiteral("tortuosity")}));
        QVERIFY(planned.pinned.isEmpty());
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

    // The place of a syntax error as an editor shows it: line and column, the column
    // counted in characters (the "é" before it is one, not two bytes).
    void syntaxErrorNamesLineAndColumn()
    {
        const QByteArray json = "{\n  \"title\": \"Café\",\n  \"sample\": {\"shape\": \"powder\"}\n  \"observables\": [\"strain\"]\n}";
        QJsonParseError parsed;
        (void)QJsonDocument::fromJson(json, &parsed);
        QVERIFY(parsed.error != QJsonParseError::NoError);
        // What the parser reports, turned into line and column by hand.
        const QByteArray before = json.left(parsed.offset);
        const int line = int(before.count('\n')) + 1;
        const int column = int(QString::fromUtf8(before.mid(before.lastIndexOf('\n') + 1)).size()) + 1;
        QCOMPARE(line, 4); // the missing comma is found at the next member
        auto r = Request::fromJson(json);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().where, QStringLiteral("line %1, column %2").arg(line).arg(column));

        const QByteArray oneLine = "{\"title\": \"é\" \"x\"}";
        (void)QJsonDocument::fromJson(oneLine, &parsed);
        const int characters = int(QString::fromUtf8(oneLine.left(parsed.offset)).size());
        QCOMPARE(characters, int(parsed.offset) - 1); // "é" is two bytes
        auto accented = Request::fromJson(oneLine);
        QVERIFY(!accented.ok());
        QCOMPARE(accented.error().where, QStringLiteral("line 1, column %1").arg(characters + 1));
    }

    void oversizedRequestIsRefusedNamingTheLimit()
    {
        QByteArray json = "{\"sample\": {\"shape\": \"powder\"}, \"observables\": [\"strain\"], \"title\": \"";
        json += QByteArray(Request::kMaxJsonBytes, 'x') + "\"}";
        auto r = Request::fromJson(json);
        QVERIFY(!r.ok());
        QVERIFY2(r.error().message.contains(QStringLiteral("larger than 1 MiB, the limit for a request file")), qPrintable(r.error().text()));
        // Just under the limit is read.
        QByteArray fits = "{\"sample\": {\"shape\": \"powder\"}, \"observables\": [\"strain\"], \"title\": \"";
        fits += QByteArray(Request::kMaxJsonBytes - fits.size() - 2, 'x') + "\"}";
        QCOMPARE(fits.size(), Request::kMaxJsonBytes);
        QVERIFY(Request::fromJson(fits).ok());
    }

    void deadlineAndRoiNoteRoundTrip()
    {
        const QByteArray json = R"({"sample": {"shape": "electrode"}, "deadline": "2027-03-31",
            "observables": [{"name": "strain", "roi": "specific", "roi_note": "x = 2.1 mm, y = 0.4 mm, laser mark A"}, "porosity"]})";
        auto r = Request::fromJson(json);
        QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().text()));
        QCOMPARE(r->deadline, QDate(2027, 3, 31));
        QCOMPARE(r->observables[0].roiNote, QStringLiteral("x = 2.1 mm, y = 0.4 mm, laser mark A"));
        QVERIFY(r->observables[1].roiNote.isEmpty());
        const QJsonObject written = r->toJsonObject();
        QCOMPARE(written.value(QStringLiteral("deadline")).toString(), QStringLiteral("2027-03-31"));
        auto again = Request::fromJson(r->toJson());
        QVERIFY(again.ok());
        QCOMPARE(again->deadline, r->deadline);
        QCOMPARE(again->observables[0].roiNote, r->observables[0].roiNote);
        // Neither is written when not given, so older readers see the request unchanged.
        Request plain = *r;
        plain.deadline = {};
        plain.observables[0].roiNote.clear();
        QVERIFY(!plain.toJsonObject().contains(QStringLiteral("deadline")));
        QVERIFY(!plain.toJson().contains("roi_note"));
    }
};

QTEST_GUILESS_MAIN(TestRequest)
#include "test_request.moc"
