// Issue 17: the InvenioRDM client against a local server that answers like the BIG-MAP
// Archive or Zenodo, and like a broken repository (errors, rate limits, endless or huge
// bodies, invalid JSON), plus the response parser and the address policy on their own.
#include "FakeRepository.h"
#include "TestSupport.h"

#include "archive/ArchiveClient.h"
#include "archive/PlanQueries.h"
#include "archive/RecordsParser.h"
#include "archive/RepositoryUrl.h"
#include "archive/ResultCache.h"
#include "store/Database.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

#include <optional>

using namespace pm;
using namespace pm::archive;
using pm::test::FakeRepository;

#include "matrix/Matrix.h"
#include "planning/Plan.h"
#include "request/Request.h"

namespace {

// One search, waited for with the event loop running (the fake server lives on this thread).
std::optional<SearchOutcome> searchOnce(ArchiveClient &client, const QString &base, const QString &query, int waitMs = 15000, int page = 1)
{
    std::optional<SearchOutcome> outcome;
    int calls = 0;
    auto connection = QObject::connect(&client, &ArchiveClient::finished, [&](const SearchOutcome &o) {
        outcome = o;
        ++calls;
    });
    client.search(QUrl(base), query, 10, page);
    QElapsedTimer t;
    t.start();
    while (!outcome && t.elapsed() < waitMs)
        QTest::qWait(20);
    QTest::qWait(50); // a second finished() for the same search would be a bug
    QObject::disconnect(connection);
    if (calls > 1)
        qWarning("finished() emitted %d times for one search", calls);
    return calls == 1 ? outcome : std::nullopt;
}

FakeRepository::Reply ok(const QByteArray &body)
{
    return {200, body, {}, FakeRepository::Mode::Body};
}

} // namespace

class TestArchive : public QObject {
    Q_OBJECT

private slots:
    void parsesInvenioRdmRecords()
    {
        const auto page = parseRecordsResponse(FakeRepository::fixture(QStringLiteral("inveniordm-page1.json")), QStringLiteral("https://archive.example.org"));
        QVERIFY2(page, qPrintable(page ? QString() : page.error().text()));
        QCOMPARE(page->total, 25);
        QVERIFY(page->hasNext);
        QCOMPARE(page->records.size(), 3);
        const ArchiveRecord &r = page->records[0];
        QCOMPARE(r.id, QStringLiteral("k3h7s-6n2v1"));
        QCOMPARE(r.title, QStringLiteral("Operando XRD of LiNiO2 during formation"));
        QCOMPARE(r.creators, QStringList({QStringLiteral("Collins, Thomas"), QStringLiteral("Battery Lab")}));
        QCOMPARE(r.date, QStringLiteral("2024-03-11"));
        QCOMPARE(r.kind, RecordKind::Dataset);
        QCOMPARE(r.doi, QStringLiteral("10.1234/archive.k3h7s-6n2v1"));
        QCOMPARE(r.url, QStringLiteral("https://archive.example.org/records/k3h7s-6n2v1"));
        QCOMPARE(r.subjects, QStringList({QStringLiteral("operando"), QStringLiteral("X-ray diffraction")}));
        QCOMPARE(r.description, QStringLiteral("Operando XRD of LiNiO2 & graphite pouch cells during formation.")); // HTML gone
        QCOMPARE(page->records[1].creators, QStringList{QStringLiteral("Brown, Troy")}); // name built from its parts
        QCOMPARE(page->records[1].kind, RecordKind::Publication);
        QVERIFY(page->records[1].doi.isEmpty());
        QCOMPARE(page->records[2].kind, RecordKind::Other); // software
    }

    void parsesZenodoLegacyRecords()
    {
        const auto page = parseRecordsResponse(FakeRepository::fixture(QStringLiteral("zenodo-legacy.json")), QStringLiteral("https://zenodo.org"));
        QVERIFY2(page, qPrintable(page ? QString() : page.error().text()));
        QCOMPARE(page->total, 1);
        QVERIFY(!page->hasNext);
        const ArchiveRecord &r = page->records.first();
        QCOMPARE(r.id, QStringLiteral("7654321"));
        QCOMPARE(r.doi, QStringLiteral("10.5281/zenodo.7654321"));
        QCOMPARE(r.url, QStringLiteral("https://zenodo.org/records/7654321"));
        QCOMPARE(r.creators, QStringList{QStringLiteral("Rossi, Maria")});
        QCOMPARE(r.kind, RecordKind::Dataset);
        QCOMPARE(r.subjects, QStringList({QStringLiteral("XPS"), QStringLiteral("SEI"), QStringLiteral("graphite")}));
    }

    void hostileFieldsAreBoundedOrDropped()
    {
        QJsonArray hits;
        for (int i = 0; i < 150; ++i) {
            QJsonObject meta{{QStringLiteral("title"), QString(5000, QLatin1Char('t'))},
                             {QStringLiteral("resource_type"), QJsonObject{{QStringLiteral("id"), QStringLiteral("dataset")}}}};
            QJsonArray creators;
            for (int c = 0; c < 80; ++c)
                creators.append(QJsonObject{{QStringLiteral("person_or_org"), QJsonObject{{QStringLiteral("name"), QStringLiteral("C%1").arg(c)}}}});
            meta.insert(QStringLiteral("creators"), creators);
            hits.append(QJsonObject{{QStringLiteral("id"), i},
                                    {QStringLiteral("metadata"), meta},
                                    {QStringLiteral("links"), QJsonObject{{QStringLiteral("self_html"), QStringLiteral("javascript:alert(1)")}}}});
        }
        const QByteArray body = QJsonDocument(QJsonObject{{QStringLiteral("hits"), QJsonObject{{QStringLiteral("hits"), hits}, {QStringLiteral("total"), 150}}}}).toJson();
        const auto page = parseRecordsResponse(body, QStringLiteral("https://x.example"));
        QVERIFY(page);
        QCOMPARE(page->records.size(), kMaxRecordsPerPage);
        QCOMPARE(page->records[0].title.size(), kMaxTextChars);
        QCOMPARE(page->records[0].creators.size(), kMaxCreators);
        QVERIFY(page->records[0].url.isEmpty()); // not a web page

        // A numeric id a hostile server makes huge or fractional is no id; it is not converted blindly.
        const QByteArray odd("{\"hits\": {\"total\": 3, \"hits\": [{\"id\": 7.65e53, \"metadata\": {\"title\": \"a\"}}, {\"id\": 12.5, \"metadata\": {\"title\": \"b\"}}, {\"id\": 9007199254740992, \"metadata\": {\"title\": \"c\"}}]}}");
        const auto oddIds = parseRecordsResponse(odd, QStringLiteral("https://x.example"));
        QVERIFY(oddIds);
        QCOMPARE(oddIds->records.size(), 3);
        QVERIFY(oddIds->records[0].id.isEmpty());
        QVERIFY(oddIds->records[1].id.isEmpty());
        QCOMPARE(oddIds->records[2].id, QStringLiteral("9007199254740992"));

        for (const QByteArray &bad : {QByteArray("{\"hits\": [1, 2]}"), QByteArray("[]"), QByteArray("{\"hits\": {\"total\": -4, \"hits\": []}}"),
                                      QByteArray("{\"hits\": {\"total\": \"many\", \"hits\": []}}"), QByteArray("{\"hits\": {")}) {
            const auto refused = parseRecordsResponse(bad, QStringLiteral("https://x.example"));
            QVERIFY2(!refused, bad.constData());
            QVERIFY(refused.error().text().startsWith(QStringLiteral("https://x.example: ")));
        }
    }

    void addressesAreHttpsOrThisMachine()
    {
        QCOMPARE(repositoryBase(QStringLiteral("https://zenodo.org/"))->toString(), QStringLiteral("https://zenodo.org"));
        QCOMPARE(repositoryBase(QStringLiteral(" https://archive.big-map.eu/api/records?q=x "))->toString(), QStringLiteral("https://archive.big-map.eu"));
        QCOMPARE(repositoryBase(QStringLiteral("https://data.example.org/rdm/api"))->toString(), QStringLiteral("https://data.example.org/rdm"));
        QVERIFY(repositoryBase(QStringLiteral("http://127.0.0.1:5000")));
        QVERIFY(repositoryBase(QStringLiteral("http://localhost:5000")));
        QVERIFY(repositoryBase(QStringLiteral("http://[::1]:5000")));
        for (const QString &bad : {QStringLiteral("http://zenodo.org"), QStringLiteral("ftp://zenodo.org"), QStringLiteral("zenodo"),
                                   QStringLiteral("https://user:secret@zenodo.org"), QStringLiteral("")}) {
            const auto refused = repositoryBase(bad);
            QVERIFY2(!refused, qPrintable(bad));
            QCOMPARE(refused.error().where, QStringLiteral("url"));
        }
        // Every character of the query arrives as typed.
        const QUrl url = recordsSearchUrl(*repositoryBase(QStringLiteral("https://zenodo.org")), QStringLiteral("XRD & LiNiO2 + C#"), 500, 0);
        QCOMPARE(url.path(), QStringLiteral("/api/records"));
        QVERIFY2(url.toString(QUrl::FullyEncoded).contains(QStringLiteral("q=XRD%20%26%20LiNiO2%20%2B%20C%23&size=100&page=1&sort=bestmatch")),
                 qPrintable(url.toString(QUrl::FullyEncoded)));
    }

    void retryAfterReadsSecondsAndDates()
    {
        const QDateTime now(QDate(2026, 12, 3), QTime(12, 0), Qt::UTC);
        QCOMPARE(retryAfterSeconds("7", now), 7);
        QCOMPARE(retryAfterSeconds("Thu, 03 Dec 2026 12:01:30 GMT", now), 90);
        QCOMPARE(retryAfterSeconds("soon", now), -1);
        QCOMPARE(retryAfterSeconds("-3", now), -1);
    }

    void searchesPagesOfARepository()
    {
        FakeRepository server;
        QVERIFY(server.listen());
        server.handler = [](const FakeRepository::Request &r) {
            if (r.target.contains("page=2"))
                return ok(FakeRepository::fixture(QStringLiteral("zenodo-legacy.json")));
            return ok(FakeRepository::fixture(QStringLiteral("inveniordm-page1.json")));
        };
        ArchiveClient client;
        client.setToken(QStringLiteral("s3cret-token"));
        const auto first = searchOnce(client, server.base(), QStringLiteral("operando XRD + LiNiO2"));
        QVERIFY(first);
        QVERIFY2(first->ok(), qPrintable(first->error));
        QCOMPARE(first->page.total, 25);
        QCOMPARE(first->page.records.size(), 2); // the dataset and the article
        QCOMPARE(first->filteredOut, 1);         // the software record
        QCOMPARE(first->page.records[0].query, QStringLiteral("operando XRD + LiNiO2"));
        QCOMPARE(server.received.size(), 1);
        const FakeRepository::Request &sent = server.received.first();
        QVERIFY2(sent.target.startsWith("/api/records?q=operando%20XRD%20%2B%20LiNiO2&size=10&page=1&sort=bestmatch"), sent.target.constData());
        QVERIFY(sent.headers.value("accept").startsWith("application/vnd.inveniordm.v1+json"));
        QCOMPARE(sent.headers.value("authorization"), QByteArray("Bearer s3cret-token"));

        const auto second = searchOnce(client, server.base(), QStringLiteral("operando"), 15000, 2);
        QVERIFY(second && second->ok());
        QCOMPARE(second->page.records.first().doi, QStringLiteral("10.5281/zenodo.7654321"));
    }

    void noHitsIsAnAnswer()
    {
        FakeRepository server;
        QVERIFY(server.listen());
        server.handler = [](const FakeRepository::Request &) { return ok("{\"hits\": {\"hits\": [], \"total\": 0}, \"links\": {}}"); };
        ArchiveClient client;
        const auto outcome = searchOnce(client, server.base(), QStringLiteral("unobtainium"));
        QVERIFY(outcome && outcome->ok());
        QCOMPARE(outcome->page.total, 0);
        QVERIFY(outcome->page.records.isEmpty());
    }

    void rateLimitIsHonoured()
    {
        FakeRepository server;
        QVERIFY(server.listen());
        int calls = 0;
        server.handler = [&](const FakeRepository::Request &) {
            return ++calls == 1 ? FakeRepository::Reply{429, "{}", {{"Retry-After", "1"}}, FakeRepository::Mode::Body}
                                : ok(FakeRepository::fixture(QStringLiteral("zenodo-legacy.json")));
        };
        ArchiveClient client;
        QElapsedTimer t;
        t.start();
        const auto outcome = searchOnce(client, server.base(), QStringLiteral("SEI"));
        QVERIFY(outcome);
        QVERIFY2(outcome->ok(), qPrintable(outcome->error));
        QCOMPARE(server.received.size(), 2);
        QVERIFY(t.elapsed() >= 900); // it waited as asked

        // A wait longer than the client's patience is reported, not slept through.
        calls = 0;
        server.received.clear();
        server.handler = [](const FakeRepository::Request &) { return FakeRepository::Reply{429, "{}", {{"Retry-After", "3600"}}, FakeRepository::Mode::Body}; };
        const auto limited = searchOnce(client, server.base(), QStringLiteral("SEI"));
        QVERIFY(limited && !limited->ok());
        QCOMPARE(limited->retryAfterS, 3600);
        QVERIFY2(limited->error.contains(QStringLiteral("wait 3600 s")), qPrintable(limited->error));
        QCOMPARE(server.received.size(), 1);
    }

    void brokenAnswersGiveMessages_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("mode");
        QTest::addColumn<QString>("message");
        QTest::newRow("500") << 500 << QByteArray("oops") << int(FakeRepository::Mode::Body) << QStringLiteral("had an error (HTTP 500)");
        QTest::newRow("403") << 403 << QByteArray("{}") << int(FakeRepository::Mode::Body) << QStringLiteral("access token");
        QTest::newRow("404") << 404 << QByteArray("{}") << int(FakeRepository::Mode::Body) << QStringLiteral("is it an InvenioRDM repository address");
        QTest::newRow("invalid JSON") << 200 << QByteArray("<html>maintenance</html>") << int(FakeRepository::Mode::Body) << QStringLiteral("not valid JSON");
        QTest::newRow("never finishes") << 200 << QByteArray() << int(FakeRepository::Mode::Drip) << QStringLiteral("did not answer within 1 s");
        QTest::newRow("50 MB announced") << 200 << QByteArray() << int(FakeRepository::Mode::Huge) << QStringLiteral("more than 1 MiB");
        QTest::newRow("50 MB streamed") << 200 << QByteArray() << int(FakeRepository::Mode::HugeNoLength) << QStringLiteral("more than 1 MiB");
    }

    void brokenAnswersGiveMessages()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        QFETCH(int, mode);
        QFETCH(QString, message);
        FakeRepository server;
        QVERIFY(server.listen());
        server.handler = [&](const FakeRepository::Request &) { return FakeRepository::Reply{status, body, {}, FakeRepository::Mode(mode)}; };
        ArchiveClient client;
        client.setTimeoutMs(1000);
        client.setMaxBytes(1024 * 1024);
        QElapsedTimer t;
        t.start();
        const auto outcome = searchOnce(client, server.base(), QStringLiteral("XRD"));
        QVERIFY(outcome);
        QVERIFY(!outcome->ok());
        QVERIFY2(outcome->error.contains(message), qPrintable(outcome->error));
        QVERIFY2(outcome->error.contains(server.base()), qPrintable(outcome->error)); // names the repository
        QVERIFY(t.elapsed() < 5000);
        QVERIFY(server.bytesStreamed < 50LL * 1024 * 1024); // the client hung up before the end (socket buffers hold a few MB)
    }

    void plainHttpToAnotherMachineIsNeverSent()
    {
        ArchiveClient client;
        client.setToken(QStringLiteral("s3cret-token"));
        const auto outcome = searchOnce(client, QStringLiteral("http://example.org"), QStringLiteral("XRD"));
        QVERIFY(outcome && !outcome->ok());
        QVERIFY2(outcome->error.contains(QStringLiteral("not encrypted")), qPrintable(outcome->error));
    }

    void queriesAreQuotedTermsOfThePlan()
    {
        QCOMPARE(quotedTerm(QStringLiteral("a \"b\" c\\")), QStringLiteral("\"a \\\"b\\\" c\\\\\""));
        QCOMPARE(materialTerms(QStringLiteral("graphite from a LNO/Gr coin cell, LP57")),
                 QStringList({QStringLiteral("graphite"), QStringLiteral("LNO"), QStringLiteral("LP57")}));
        QCOMPARE(materialTerms(QStringLiteral("Li(Ni,Mn)O2 and carbon and more and words")),
                 QStringList({QStringLiteral("Li(Ni"), QStringLiteral("Mn)O2"), QStringLiteral("carbon"), QStringLiteral("more")}));
        Request request;
        request.sample.material = QStringLiteral("LiNiO2 / graphite");
        RequestedObservable structure;
        structure.name = QStringLiteral("crystal structure");
        request.observables = {structure};
        QCOMPARE(requestQuery(request), QStringLiteral("(\"LiNiO2\" OR \"graphite\") AND \"crystal structure\""));
        Plan plan;
        Step xrd;
        xrd.id = QStringLiteral("measure-1");
        xrd.technique = QStringLiteral("X-ray diffraction (XRD)");
        xrd.observables = {QStringLiteral("crystal structure")};
        Step again = xrd;
        again.id = QStringLiteral("measure-2");
        again.observables = {QStringLiteral("strain")};
        Step ship;
        ship.kind = StepKind::Ship;
        plan.steps = {xrd, ship, again};
        const QList<StepQuery> queries = stepQueries(plan, Matrix{}, request);
        QCOMPARE(queries.size(), 1); // one technique, asked once
        QCOMPARE(queries[0].stepIds, QStringList({QStringLiteral("measure-1"), QStringLiteral("measure-2")}));
        QCOMPARE(queries[0].observables, QStringList({QStringLiteral("crystal structure"), QStringLiteral("strain")}));
        QCOMPARE(queries[0].query, QStringLiteral("(\"X-ray diffraction\" OR \"XRD\") AND (\"LiNiO2\" OR \"graphite\")"));
    }

    void planWithArchiveAddsExistingData()
    {
        FakeRepository server;
        QVERIFY(server.listen());
        server.handler = [](const FakeRepository::Request &) { return ok(FakeRepository::fixture(QStringLiteral("inveniordm-page1.json"))); };
        QProcess cli;
        cli.start(qEnvironmentVariable("PROBEMATRIX_CLI"),
                  {QStringLiteral("plan"), QStringLiteral(PROBEMATRIX_TEST_DATA "/scenarios/cnrs-pau-bordeaux-shipment/request.json"),
                   QStringLiteral("--no-store"), QStringLiteral("--archive"), server.base()});
        QTRY_VERIFY_WITH_TIMEOUT(cli.state() == QProcess::NotRunning, 60000);
        QCOMPARE(cli.exitCode(), 0);
        const QJsonObject out = QJsonDocument::fromJson(cli.readAllStandardOutput()).object();
        const QJsonObject perObservable = out.value(QStringLiteral("existing_data")).toObject();
        QCOMPARE(perObservable.keys(), QStringList({QStringLiteral("SEI thickness"), QStringLiteral("lithium plating")}));
        QCOMPARE(perObservable.value(QStringLiteral("lithium plating")).toArray().size(), 2);
        int measured = 0;
        for (const QJsonValue &step : out.value(QStringLiteral("plans")).toArray().first().toObject().value(QStringLiteral("steps")).toArray())
            if (step.toObject().value(QStringLiteral("kind")).toString() == u"measure") {
                ++measured;
                const QJsonArray data = step.toObject().value(QStringLiteral("existing_data")).toArray();
                QCOMPARE(data.size(), 2);
                QVERIFY(data.first().toObject().value(QStringLiteral("query")).toString().contains(QStringLiteral(" AND (\"graphite\"")));
            }
        QCOMPARE(measured, 2);
        // What was asked: each technique with the material, each observable with the material.
        QStringList asked;
        for (const FakeRepository::Request &r : server.received)
            asked.append(QUrlQuery(QUrl(QString::fromLatin1(r.target)).query()).queryItemValue(QStringLiteral("q"), QUrl::FullyDecoded));
        QVERIFY2(asked.contains(QStringLiteral("(\"graphite\" OR \"LNO\" OR \"LP57\") AND \"SEI thickness\"")), qPrintable(asked.join(QStringLiteral(" | "))));
        QVERIFY2(std::any_of(asked.begin(), asked.end(), [](const QString &q) { return q.startsWith(QStringLiteral("(\"X-ray photoelectron spectroscopy\" OR \"XPS\") AND")); }),
                 qPrintable(asked.join(QStringLiteral(" | "))));
        QCOMPARE(server.received.size(), 4); // two techniques, two observables, one repository

        // The PDF report lists them per step (its text layer holds the titles and DOIs).
        QTemporaryDir dir;
        const QString pdf = dir.filePath(QStringLiteral("plan.pdf"));
        QProcess report;
        report.start(qEnvironmentVariable("PROBEMATRIX_CLI"),
                     {QStringLiteral("plan"), QStringLiteral(PROBEMATRIX_TEST_DATA "/scenarios/cnrs-pau-bordeaux-shipment/request.json"),
                      QStringLiteral("--no-store"), QStringLiteral("--format"), QStringLiteral("text"), QStringLiteral("--pdf"), pdf,
                      QStringLiteral("--archive"), server.base()});
        QTRY_VERIFY_WITH_TIMEOUT(report.state() == QProcess::NotRunning, 60000);
        QCOMPARE(report.exitCode(), 0);
        QVERIFY(QFile::exists(pdf));
        if (!QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty()) {
            QProcess text;
            text.start(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
            QVERIFY(text.waitForFinished(20000));
            const QString words = QString::fromUtf8(text.readAllStandardOutput()).simplified();
            QVERIFY2(words.contains(QStringLiteral("Existing data")), qPrintable(words.right(600)));
            QVERIFY(QString(words).remove(QLatin1Char(' ')).contains(QStringLiteral("doi:10.1234/archive.k3h7s-6n2v1"))); // wrapped at the slash
            QVERIFY(!words.contains(QStringLiteral("cached"))); // all answered live
        }
    }

    // Offline first: the repository answers once, then is gone; the second search shows the
    // cached records, flagged cached with their date and the network's message.
    void cacheAnswersWhenTheRepositoryIsGone()
    {
        test::TempDatabase t;
        FakeRepository server;
        QVERIFY(server.listen());
        int calls = 0;
        server.handler = [&](const FakeRepository::Request &) {
            ++calls;
            if (calls == 1)
                return ok(FakeRepository::fixture(QStringLiteral("inveniordm-page1.json")));
            if (calls == 2)
                return FakeRepository::Reply{503, "{}", {}, FakeRepository::Mode::Body};
            return ok(FakeRepository::fixture(QStringLiteral("zenodo-legacy.json")));
        };
        ArchiveClient client;
        client.setToken(QStringLiteral("s3cret-token"));
        client.setCache(std::make_shared<ResultCache>(*t.db));
        const QDateTime before = QDateTime::currentDateTimeUtc().addSecs(-1);
        const auto fresh = searchOnce(client, server.base(), QStringLiteral("operando XRD"));
        QVERIFY(fresh && fresh->ok() && !fresh->cached);
        QCOMPARE(fresh->page.records.size(), 2);
        QVERIFY(!fresh->page.records.first().cached());

        // A 5xx: the repository is down; the cached answer stands in.
        const auto down = searchOnce(client, server.base(), QStringLiteral("operando XRD"));
        QVERIFY(down);
        QVERIFY2(down->ok(), qPrintable(down->error));
        QVERIFY(down->cached);
        QVERIFY2(down->notice.contains(QStringLiteral("HTTP 503")), qPrintable(down->notice));

        // A fresh answer replaces the cached one.
        const auto replaced = searchOnce(client, server.base(), QStringLiteral("operando XRD"));
        QVERIFY(replaced && replaced->ok() && !replaced->cached);
        QCOMPARE(replaced->page.records.first().doi, QStringLiteral("10.5281/zenodo.7654321"));

        const QString address = server.base(); // the port is forgotten once stopped
        server.stop();
        const auto offline = searchOnce(client, address, QStringLiteral("operando XRD"));
        QVERIFY(offline);
        QVERIFY2(offline->ok(), qPrintable(offline->error));
        QVERIFY(offline->cached);
        QVERIFY2(offline->notice.contains(QStringLiteral("could not be reached")), qPrintable(offline->notice));
        QVERIFY(offline->fetched >= before && offline->fetched <= QDateTime::currentDateTimeUtc());
        QCOMPARE(offline->page.records.size(), replaced->page.records.size());
        for (int i = 0; i < offline->page.records.size(); ++i) {
            const ArchiveRecord &a = offline->page.records[i], &b = replaced->page.records[i];
            QCOMPARE(a.title, b.title);
            QCOMPARE(a.creators, b.creators);
            QCOMPARE(a.doi, b.doi);
            QCOMPARE(a.url, b.url);
            QCOMPARE(a.kind, b.kind);
            QCOMPARE(a.description, b.description);
            QCOMPARE(a.query, QStringLiteral("operando XRD"));
            QVERIFY(a.cached());
        }
        QCOMPARE(offline->filteredOut, replaced->filteredOut);
        // Another query was never asked: no cache, the network's message.
        const auto never = searchOnce(client, address, QStringLiteral("something else"));
        QVERIFY(never && !never->ok() && !never->cached);
        QVERIFY(never->error.contains(QStringLiteral("could not be reached")));
        // The cache holds records, not what was sent: no token.
        QSqlQuery rows = t.db->prepare(QStringLiteral("SELECT base_url, query, records_json FROM archive_cache"));
        QVERIFY(rows.exec());
        int count = 0;
        while (rows.next()) {
            ++count;
            for (int c = 0; c < 3; ++c)
                QVERIFY(!rows.value(c).toString().contains(QStringLiteral("s3cret")));
        }
        QCOMPARE(count, 1);
    }

    // A repository that accepts the connection and then says nothing: Qt's transfer timeout
    // ends it as "cancelled"; that is no answer, not the user's cancel, so the cache stands in.
    void silentRepositoryFallsBackToTheCache()
    {
        test::TempDatabase t;
        FakeRepository server;
        QVERIFY(server.listen());
        int calls = 0;
        server.handler = [&](const FakeRepository::Request &) {
            return ++calls == 1 ? ok(FakeRepository::fixture(QStringLiteral("inveniordm-page1.json")))
                                : FakeRepository::Reply{200, {}, {}, FakeRepository::Mode::Silent};
        };
        ArchiveClient client;
        client.setTimeoutMs(1000);
        client.setCache(std::make_shared<ResultCache>(*t.db));
        const auto fresh = searchOnce(client, server.base(), QStringLiteral("XRD"));
        QVERIFY(fresh && fresh->ok() && !fresh->cached);
        const auto silent = searchOnce(client, server.base(), QStringLiteral("XRD"));
        QVERIFY(silent);
        QVERIFY2(silent->ok() && silent->cached, qPrintable(silent->error));
        QVERIFY2(silent->notice.contains(QStringLiteral("did not answer within 1 s")), qPrintable(silent->notice));
        QCOMPARE(silent->page.records.size(), 2);

        // The user's cancel is a cancel: no cached answer, the words say so.
        std::optional<SearchOutcome> cancelled;
        auto connection = connect(&client, &ArchiveClient::finished, this, [&](const SearchOutcome &o) { cancelled = o; });
        client.search(QUrl(server.base()), QStringLiteral("XRD"));
        QTRY_COMPARE(server.received.size(), 3);
        client.cancelAll();
        QTRY_VERIFY(cancelled.has_value());
        disconnect(connection);
        QVERIFY(!cancelled->ok() && !cancelled->cached);
        QVERIFY2(cancelled->error.contains(QStringLiteral("cancelled")), qPrintable(cancelled->error));
    }

    void corruptCacheRowsAreIgnored()
    {
        test::TempDatabase t;
        ResultCache cache(*t.db);
        const QUrl base(QStringLiteral("http://127.0.0.1:1")); // nothing listens: always offline
        auto put = [&](const QString &query, const QString &json, const QString &fetched = QStringLiteral("2026-01-02T03:04:05.000Z")) {
            QSqlQuery q = t.db->prepare(QStringLiteral("INSERT INTO archive_cache (base_url, query, page, fetched_at, records_json) VALUES (:b, :q, 1, :f, :j)"));
            q.bindValue(QStringLiteral(":b"), base.toString());
            q.bindValue(QStringLiteral(":q"), query);
            q.bindValue(QStringLiteral(":f"), fetched);
            q.bindValue(QStringLiteral(":j"), json);
            QVERIFY(q.exec());
        };
        put(QStringLiteral("truncated"), QStringLiteral("{\"hits\": {\"total\": 3, \"hits\": [{\"id\": \"x\""));
        put(QStringLiteral("not records"), QStringLiteral("[1, 2, 3]"));
        put(QStringLiteral("bad date"), QString::fromUtf8(ResultCache::encode({}, 0)), QStringLiteral("yesterday"));
        // Valid JSON written by someone else: checked like a server's answer.
        const QString hostile = QStringLiteral("{\"hits\": {\"total\": 2, \"hits\": [")
            + QStringLiteral("{\"id\": \"a\", \"metadata\": {\"title\": \"%1\", \"resource_type\": {\"id\": \"dataset\"}}, "
                             "\"links\": {\"self_html\": \"javascript:alert(1)\"}},").arg(QString(5000, QLatin1Char('T')))
            + QStringLiteral("{\"id\": \"b\", \"metadata\": {\"title\": \"tool\", \"resource_type\": {\"id\": \"software\"}}}]}, \"filtered_out\": 1e300}");
        put(QStringLiteral("hostile"), hostile);
        QVERIFY(!cache.lookup(base, QStringLiteral("truncated"), 1));
        QVERIFY(!cache.lookup(base, QStringLiteral("not records"), 1));
        QVERIFY(!cache.lookup(base, QStringLiteral("bad date"), 1));
        const auto bounded = cache.lookup(base, QStringLiteral("hostile"), 1);
        QVERIFY(bounded);
        QCOMPARE(bounded->page.records.size(), 1); // the software record is not shown
        QCOMPARE(bounded->page.records.first().title.size(), kMaxTextChars);
        QVERIFY(bounded->page.records.first().url.isEmpty());
        QCOMPARE(bounded->filteredOut, 0);

        // Through the client: a corrupt row gives the network's message, no crash, no records.
        ArchiveClient client;
        client.setCache(std::make_shared<ResultCache>(*t.db));
        const auto outcome = searchOnce(client, base.toString(), QStringLiteral("truncated"));
        QVERIFY(outcome && !outcome->ok() && !outcome->cached);
        QVERIFY(outcome->page.records.isEmpty());
        QVERIFY2(outcome->error.contains(QStringLiteral("could not be reached")), qPrintable(outcome->error));
    }

    void cacheIsBoundedAndCleared()
    {
        test::TempDatabase t;
        ResultCache cache(*t.db, 3);
        ArchivePage page;
        ArchiveRecord r;
        r.title = QStringLiteral("Operando XRD of LiNiO2 <5 nm> & more");
        r.description = QStringLiteral("capacity <5 %> & fade");
        r.resourceType = QStringLiteral("dataset");
        r.kind = RecordKind::Dataset;
        page.records = {r};
        const QUrl base(QStringLiteral("https://zenodo.org"));
        const QDateTime start(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC);
        for (int i = 0; i < 5; ++i)
            QVERIFY(cache.store(base, QStringLiteral("q%1").arg(i), 1, page, 0, start.addSecs(i)));
        QCOMPARE(*cache.count(), 3);
        QVERIFY(!cache.lookup(base, QStringLiteral("q0"), 1)); // the oldest went first
        QVERIFY(!cache.lookup(base, QStringLiteral("q1"), 1));
        const auto newest = cache.lookup(base, QStringLiteral("q4"), 1);
        QVERIFY(newest);
        QCOMPARE(newest->fetched, start.addSecs(4));
        QCOMPARE(newest->page.records.first().title, r.title);             // text that looks like a tag stays text
        QCOMPARE(newest->page.records.first().description, r.description);
        QVERIFY(!cache.lookup(base, QStringLiteral("q4"), 2));               // pages are cached apart
        QVERIFY(cache.store(base, QStringLiteral("q2"), 1, {}, 0, start.addSecs(9))); // replaces, no new row
        QCOMPARE(*cache.count(), 3);
        QVERIFY(cache.clear());
        QCOMPARE(*cache.count(), 0);
    }

    void cliShowsCachedResultsOffline()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("matrix.sqlite"));
        FakeRepository server;
        QVERIFY(server.listen());
        server.handler = [](const FakeRepository::Request &) { return ok(FakeRepository::fixture(QStringLiteral("inveniordm-page1.json"))); };
        const QStringList args{QStringLiteral("--db"), db, QStringLiteral("archive"), QStringLiteral("search"), QStringLiteral("operando XRD"),
                               QStringLiteral("--url"), server.base(), QStringLiteral("--format"), QStringLiteral("json")};
        QProcess online;
        online.start(qEnvironmentVariable("PROBEMATRIX_CLI"), args);
        QTRY_VERIFY_WITH_TIMEOUT(online.state() == QProcess::NotRunning, 60000);
        QCOMPARE(online.exitCode(), 0);
        const QJsonObject first = QJsonDocument::fromJson(online.readAllStandardOutput()).object();
        QVERIFY(!first.contains(QStringLiteral("cached")));
        QVERIFY(!first.value(QStringLiteral("results")).toArray().first().toObject().contains(QStringLiteral("cached")));

        server.stop();
        QProcess offline;
        offline.start(qEnvironmentVariable("PROBEMATRIX_CLI"), args);
        QVERIFY(offline.waitForFinished(60000));
        const QByteArray err = offline.readAllStandardError();
        QCOMPARE(offline.exitCode(), 0); // answered, from the cache
        QVERIFY2(err.contains("could not be reached") && err.contains("cached on"), err.constData());
        const QJsonObject out = QJsonDocument::fromJson(offline.readAllStandardOutput()).object();
        const QJsonArray results = out.value(QStringLiteral("results")).toArray();
        QCOMPARE(results.size(), 2);
        const QJsonObject r = results.first().toObject();
        QCOMPARE(r.value(QStringLiteral("cached")).toBool(), true);
        QVERIFY(QDateTime::fromString(r.value(QStringLiteral("fetched")).toString(), Qt::ISODate).isValid());
        QCOMPARE(r.value(QStringLiteral("doi")).toString(), QStringLiteral("10.1234/archive.k3h7s-6n2v1"));
        QCOMPARE(out.value(QStringLiteral("cached")).toArray().first().toObject().value(QStringLiteral("source")).toString(), args[6]);

        // A token from the environment goes to the one repository named, and nowhere else.
        FakeRepository restricted;
        QVERIFY(restricted.listen());
        restricted.handler = [](const FakeRepository::Request &) { return ok(FakeRepository::fixture(QStringLiteral("inveniordm-page1.json"))); };
        QProcess withToken;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("PM_TEST_TOKEN"), QStringLiteral("tok-from-env-42"));
        withToken.setProcessEnvironment(env);
        withToken.start(qEnvironmentVariable("PROBEMATRIX_CLI"),
                        {QStringLiteral("--db"), db, QStringLiteral("archive"), QStringLiteral("search"), QStringLiteral("restricted"), QStringLiteral("--url"),
                         restricted.base(), QStringLiteral("--token-env"), QStringLiteral("PM_TEST_TOKEN")});
        QTRY_VERIFY_WITH_TIMEOUT(withToken.state() == QProcess::NotRunning, 60000);
        QCOMPARE(withToken.exitCode(), 0);
        QCOMPARE(restricted.received.size(), 1);
        QCOMPARE(restricted.received.first().headers.value("authorization"), QByteArray("Bearer tok-from-env-42"));
        QVERIFY(!test::readFile(db).contains("tok-from-env-42"));
        QProcess twoUrls;
        twoUrls.setProcessEnvironment(env);
        twoUrls.start(qEnvironmentVariable("PROBEMATRIX_CLI"), {QStringLiteral("archive"), QStringLiteral("search"), QStringLiteral("x"),
                                                                 QStringLiteral("--token-env"), QStringLiteral("PM_TEST_TOKEN")});
        QVERIFY(twoUrls.waitForFinished(60000));
        QCOMPARE(twoUrls.exitCode(), 2); // the default list: the token would go to two repositories
        QVERIFY(twoUrls.readAllStandardError().contains("--token-env: a token is for one repository"));

        // Text output says it too.
        QStringList textArgs = args;
        textArgs.replace(textArgs.size() - 1, QStringLiteral("text"));
        QProcess text;
        text.start(qEnvironmentVariable("PROBEMATRIX_CLI"), textArgs);
        QVERIFY(text.waitForFinished(60000));
        QVERIFY(text.readAllStandardOutput().contains("(cached, fetched on "));
    }

    // plan --archive offline: each step's existing_data comes from the cache, marked.
    void planArchiveOfflineUsesTheCache()
    {
        FakeRepository server; // the default database of this test's home: seeded with the matrix
        QVERIFY(server.listen());
        server.handler = [](const FakeRepository::Request &) { return ok(FakeRepository::fixture(QStringLiteral("inveniordm-page1.json"))); };
        const QStringList args{QStringLiteral("plan"),
                               QStringLiteral(PROBEMATRIX_TEST_DATA "/scenarios/cnrs-pau-bordeaux-shipment/request.json"), QStringLiteral("--no-store"),
                               QStringLiteral("--archive"), server.base()};
        QProcess online;
        online.start(qEnvironmentVariable("PROBEMATRIX_CLI"), args);
        QTRY_VERIFY_WITH_TIMEOUT(online.state() == QProcess::NotRunning, 60000);
        QCOMPARE(online.exitCode(), 0);
        server.stop();
        QProcess offline;
        offline.start(qEnvironmentVariable("PROBEMATRIX_CLI"), args);
        QVERIFY(offline.waitForFinished(60000));
        QCOMPARE(offline.exitCode(), 0);
        QVERIFY(offline.readAllStandardError().contains("using the results cached on"));
        const QJsonObject out = QJsonDocument::fromJson(offline.readAllStandardOutput()).object();
        const QJsonArray plating = out.value(QStringLiteral("existing_data")).toObject().value(QStringLiteral("lithium plating")).toArray();
        QCOMPARE(plating.size(), 2);
        QVERIFY(plating.first().toObject().value(QStringLiteral("cached")).toBool());
        int measured = 0;
        for (const QJsonValue &step : out.value(QStringLiteral("plans")).toArray().first().toObject().value(QStringLiteral("steps")).toArray())
            if (step.toObject().value(QStringLiteral("kind")).toString() == u"measure") {
                ++measured;
                const QJsonArray data = step.toObject().value(QStringLiteral("existing_data")).toArray();
                QCOMPARE(data.size(), 2);
                QVERIFY(data.first().toObject().value(QStringLiteral("cached")).toBool());
                QVERIFY(QDateTime::fromString(data.first().toObject().value(QStringLiteral("fetched")).toString(), Qt::ISODate).isValid());
            }
        QVERIFY(measured > 0);

        // The PDF report says which results are cached, and since when.
        QTemporaryDir dir;
        const QString pdf = dir.filePath(QStringLiteral("offline.pdf"));
        QProcess report;
        report.start(qEnvironmentVariable("PROBEMATRIX_CLI"), QStringList(args) << QStringLiteral("--format") << QStringLiteral("text")
                                                                                << QStringLiteral("--pdf") << pdf);
        QVERIFY(report.waitForFinished(60000));
        QCOMPARE(report.exitCode(), 0);
        const QString words = test::pdfText(pdf);
        QVERIFY2(words.contains(QStringLiteral("Existing data")), qPrintable(words.right(800)));
        const QString today = QDate::currentDate().toString(Qt::ISODate);
        QVERIFY2(words.contains(QStringLiteral("(cached, fetched on %1)").arg(today)), qPrintable(words.right(800)));
        QVERIFY(words.contains(QStringLiteral("could not be reached when this report was made")));
    }

    void cliSearchPrintsResults()
    {
        FakeRepository server;
        QVERIFY(server.listen());
        server.handler = [](const FakeRepository::Request &) { return ok(FakeRepository::fixture(QStringLiteral("inveniordm-page1.json"))); };
        QProcess cli;
        cli.start(qEnvironmentVariable("PROBEMATRIX_CLI"),
                  {QStringLiteral("archive"), QStringLiteral("search"), QStringLiteral("operando XRD"), QStringLiteral("--url"), server.base(),
                   QStringLiteral("--format"), QStringLiteral("json")});
        QTRY_VERIFY_WITH_TIMEOUT(cli.state() == QProcess::NotRunning, 20000); // the server answers meanwhile
        QCOMPARE(cli.exitCode(), 0);
        const QJsonObject out = QJsonDocument::fromJson(cli.readAllStandardOutput()).object();
        const QJsonArray results = out.value(QStringLiteral("results")).toArray();
        QCOMPARE(results.size(), 2);
        const QJsonObject first = results.first().toObject();
        for (const char *key : {"source", "id", "title", "creators", "date", "resource_type", "doi", "url"})
            QVERIFY2(first.contains(QLatin1String(key)), key);
        QCOMPARE(first.value(QStringLiteral("doi")).toString(), QStringLiteral("10.1234/archive.k3h7s-6n2v1"));

        QProcess refused;
        refused.start(qEnvironmentVariable("PROBEMATRIX_CLI"),
                      {QStringLiteral("archive"), QStringLiteral("search"), QStringLiteral("XRD"), QStringLiteral("--url"), QStringLiteral("http://zenodo.org")});
        QVERIFY(refused.waitForFinished(20000));
        QCOMPARE(refused.exitCode(), 2);
        QVERIFY(refused.readAllStandardError().contains("--url: \"http://zenodo.org\" is not encrypted"));
    }
};

QTEST_GUILESS_MAIN(TestArchive)
#include "test_archive.moc"
