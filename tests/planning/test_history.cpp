// The sample's electrochemical history (issue 18 section 5): "gas evolution after 100 cycles"
// must measure the gas of those cycles. The request states the history; a laboratory
// operando measurement runs during it (the plan lasts that long), a beamtime that cannot hold
// the cell that long gets a cell cycled first and a warning, and ex-situ samples are cycled
// before they are opened. Every duration says why.
#include "PlanChecks.h"
#include "TestSupport.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace pm;

namespace {

Result<Request> parse(const QByteArray &json)
{
    return Request::fromJson(json);
}

QByteArray request(const char *observables, const char *history)
{
    return QByteArray(R"({"title": "after cycling", "sample": {"shape": "electrode", "material": "NMC811/graphite")")
        + (history[0] ? QByteArray(", \"history\": ") + history : QByteArray()) + "}, \"origin\": \"CEA\", \"observables\": " + observables + "}";
}

const Step *stepOf(const Plan &plan, const QString &technique)
{
    for (const Step &s : plan.steps)
        if (s.kind == StepKind::Measure && s.technique.contains(technique))
            return &s;
    return nullptr;
}

} // namespace

class TestHistory : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { m_db = std::make_unique<test::BundledDatabase>(); }

    void requestReadsTheHistory()
    {
        auto r = parse(request(R"([{"name": "gas evolution", "mode": "operando"}])", R"({"cycles": 100, "c_rate": 0.5})"));
        QVERIFY2(r.ok(), qPrintable(r ? QString() : r.error().text()));
        QCOMPARE(r->sample.history.cycles, 100);
        QCOMPARE(r->sample.history.cRate, 0.5);
        QCOMPARE(r->sample.history.text(), QStringLiteral("100 cycles at C/2"));
        QVERIFY(qAbs(r->sample.history.days() - 400.0 / 24) < 1e-9); // 100 x (2 h + 2 h)
        // Round trip, and absent means as prepared.
        auto again = Request::fromJson(r->toJson());
        QVERIFY(again.ok());
        QCOMPARE(again->sample.history, r->sample.history);
        auto none = parse(request(R"([{"name": "gas evolution"}])", ""));
        QVERIFY(none.ok());
        QVERIFY(!none->sample.history.isSet());
        QVERIFY(!none->toJsonObject().value(QStringLiteral("sample")).toObject().contains(QStringLiteral("history")));
    }

    void badHistoryNamesTheField_data()
    {
        QTest::addColumn<QByteArray>("history");
        QTest::addColumn<QString>("where");
        QTest::newRow("not an object") << QByteArray("\"100 cycles\"") << QStringLiteral("sample.history");
        QTest::newRow("fractional cycles") << QByteArray(R"({"cycles": 10.5, "c_rate": 1})") << QStringLiteral("sample.history.cycles");
        QTest::newRow("huge cycles") << QByteArray(R"({"cycles": 1e12, "c_rate": 1})") << QStringLiteral("sample.history.cycles");
        QTest::newRow("no rate") << QByteArray(R"({"cycles": 100})") << QStringLiteral("sample.history.c_rate");
        QTest::newRow("zero rate") << QByteArray(R"({"cycles": 100, "c_rate": 0})") << QStringLiteral("sample.history.c_rate");
        QTest::newRow("unknown key") << QByteArray(R"({"cycles": 100, "c_rate": 1, "temperature": 45})") << QStringLiteral("sample.history");
        QTest::newRow("years of cycling") << QByteArray(R"({"cycles": 5000, "c_rate": 0.1})") << QStringLiteral("sample.history");
    }
    void badHistoryNamesTheField()
    {
        QFETCH(QByteArray, history);
        QFETCH(QString, where);
        auto r = parse(request(R"([{"name": "gas evolution"}])", history.constData()));
        QVERIFY(!r);
        QVERIFY2(r.error().where.startsWith(where), qPrintable(r.error().text()));
    }

    // A laboratory OEMS holds the cell through the 100 cycles: the gas of those cycles is measured,
    // and the plan lasts at least as long as the cycling.
    void laboratoryOperandoMeasuresDuringTheHistory()
    {
        auto r = parse(request(R"([{"name": "gas evolution", "mode": "operando"}])", R"({"cycles": 100, "c_rate": 0.5})"));
        QVERIFY(r.ok());
        r->excludePartners = {QStringLiteral("UCAM"), QStringLiteral("UOXF")};
        auto outcome = planRequest(*r, m_db->matrix);
        QVERIFY2(outcome.ok(), qPrintable(outcome ? QString() : outcome.error().text()));
        QVERIFY(!outcome->plans.isEmpty());
        bool sawLaboratory = false;
        for (const Plan &plan : outcome->plans) {
            QVERIFY2(test::checkPreparationReasons(plan).isEmpty(), qPrintable(test::checkPreparationReasons(plan)));
            const Step *oems = stepOf(plan, QStringLiteral("(OEMS)"));
            if (!oems)
                continue;
            sawLaboratory = true;
            QVERIFY2(oems->note.contains(QStringLiteral("during the 100 cycles at C/2")), qPrintable(oems->note));
            QVERIFY(oems->durationDays >= r->sample.history.days());
            QVERIFY(plan.durationDays >= r->sample.history.days() + 2); // assembly, then the cycling
            for (const QString &w : plan.warnings)
                QVERIFY2(!w.contains(QStringLiteral("beamtime")), qPrintable(w));
        }
        QVERIFY(sawLaboratory);

        // Without a history the same measurement is a few days.
        auto plain = parse(request(R"([{"name": "gas evolution", "mode": "operando"}])", ""));
        plain->excludePartners = r->excludePartners;
        auto before = planRequest(*plain, m_db->matrix);
        QVERIFY(before.ok());
        const Step *oems = stepOf(before->plans.first(), QStringLiteral("(OEMS)"));
        QVERIFY(oems);
        QVERIFY(oems->durationDays < 10);
        QVERIFY(!oems->note.contains(QStringLiteral("cycles")));
    }

    // An ex-situ sample is cycled before it is opened: its preparation says so and lasts that long.
    void exSituSamplesAreCycledFirst()
    {
        auto r = parse(request(R"([{"name": "SEI composition", "mode": "ex-situ"}])", R"({"cycles": 50, "c_rate": 1})"));
        QVERIFY(r.ok());
        auto outcome = planRequest(*r, m_db->matrix);
        QVERIFY(outcome.ok());
        const Plan &plan = outcome->plans.first();
        const Step *prepare = nullptr;
        for (const Step &s : plan.steps)
            if (s.kind == StepKind::Prepare && !prepare)
                prepare = &s;
        QVERIFY(prepare);
        QVERIFY2(prepare->note.contains(QStringLiteral("50 cycles at 1C before the cell is opened")), qPrintable(prepare->note));
        QVERIFY(qAbs(prepare->durationDays - (7 + 50 * 2.0 / 24)) < 1e-6);
        QVERIFY2(test::checkPreparationReasons(plan).isEmpty(), qPrintable(test::checkPreparationReasons(plan)));
    }

    // A synchrotron cannot hold a cell for 17 days: the cell is cycled first, its preparation
    // says so, and the plan warns that the operando measurement sees only its own days.
    void beamtimeCellIsCycledFirstWithAWarning()
    {
        auto r = parse(request(R"([{"name": "crystal structure", "mode": "operando"}])", R"({"cycles": 100, "c_rate": 0.5})"));
        QVERIFY(r.ok());
        auto outcome = planRequest(*r, m_db->matrix);
        QVERIFY(outcome.ok());
        bool sawBeamtime = false;
        for (const Plan &plan : outcome->plans) {
            QVERIFY2(test::checkPreparationReasons(plan).isEmpty(), qPrintable(test::checkPreparationReasons(plan)));
            bool warned = false;
            for (const QString &w : plan.warnings)
                warned = warned || w.contains(QStringLiteral("a beamtime cannot hold the cell through the 100 cycles at C/2"));
            bool cycledFirst = false;
            for (const Step &s : plan.steps)
                if (s.kind == StepKind::Prepare && s.note.contains(QStringLiteral("cycling the cell 100 cycles at C/2 before it is measured")))
                    cycledFirst = s.durationDays >= r->sample.history.days() + 2;
            QCOMPARE(cycledFirst, warned); // a beamtime step has both, a laboratory one neither
            sawBeamtime = sawBeamtime || warned;
        }
        QVERIFY(sawBeamtime);
    }

private:
    std::unique_ptr<test::BundledDatabase> m_db;
};

QTEST_GUILESS_MAIN(TestHistory)
#include "test_history.moc"
