// Validation (accepted steps stay, refused offerings go), the logbook and stored outcomes.
#include "TestSupport.h"

#include "logbook/Logbook.h"
#include "planning/PlanStore.h"
#include "planning/Validation.h"

#include <QTest>

using namespace pm;

namespace {

Request twoObservables()
{
    Request r;
    r.title = QStringLiteral("validation");
    r.sample.shape = SampleShape::Electrode;
    r.observables = {RequestedObservable{QStringLiteral("crystal structure"), RequestMode::ExSitu, {}, RegionOfInterest::Average, {}, {}},
                     RequestedObservable{QStringLiteral("surface chemical composition"), RequestMode::ExSitu, {}, RegionOfInterest::Average, {}, {}}};
    r.origin = QStringLiteral("CEA");
    return r;
}

} // namespace

class TestValidation : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { m_db = std::make_unique<test::BundledDatabase>(); }

    void replanKeepsAcceptedAndDropsRefused()
    {
        const Request r = twoObservables();
        auto first = planRequest(r, m_db->matrix);
        QVERIFY(first.ok() && !first->plans.isEmpty());
        const Plan &plan = first->plans.first();
        const auto measures = plan.measureSteps();
        QCOMPARE(measures.size(), 2);
        StepStatuses statuses;
        statuses.insert(measures[0]->id, StepStatus::Accepted);
        statuses.insert(measures[1]->id, StepStatus::Refused);
        PlanOptions whole; // the whole front
        whole.topN = 0;
        auto again = replan(r, plan, statuses, m_db->matrix, whole);
        QVERIFY2(again.ok(), qPrintable(again.ok() ? QString() : again.error().text()));
        QVERIFY(!again->plans.isEmpty());
        for (const Plan &p : again->plans) {
            for (const QString &o : measures[0]->observables)
                QCOMPARE(p.assignment.value(o), measures[0]->offeringId);
            for (const Step *s : p.measureSteps())
                QVERIFY(s->offeringId != measures[1]->offeringId);
        }
        bool excluded = false;
        for (const Rejection &rej : again->rejected)
            excluded = excluded || (rej.offeringId == measures[1]->offeringId && rej.reasonCode == u"excluded");
        QVERIFY(excluded);
    }

    void unknownStepIsAnError()
    {
        const Request r = twoObservables();
        auto first = planRequest(r, m_db->matrix);
        QVERIFY(first.ok());
        StepStatuses statuses;
        statuses.insert(QStringLiteral("measure-99"), StepStatus::Accepted);
        auto again = replan(r, first->plans.first(), statuses, m_db->matrix);
        QVERIFY(!again.ok());
        QVERIFY(again.error().message.contains(QStringLiteral("measure-99")));
    }

    void pinThatCannotBeHonouredNamesThePin()
    {
        Request r = twoObservables();
        const Offering *oems = nullptr;
        for (const Offering &o : m_db->matrix.offerings)
            if (o.abbreviation == u"OEMS")
                oems = &o;
        QVERIFY(oems);
        r.pinned = {Pin{QStringLiteral("crystal structure"), oems->id}};
        auto result = planRequest(r, m_db->matrix);
        QVERIFY(!result.ok());
        QCOMPARE(result.error().where, QStringLiteral("pinned[0]"));
    }

    void logbookWarnsOnOldOrMissingEntries()
    {
        const QByteArray csv = "date,partner,technique,instrument,material,observable\n"
                               "2024-03-01,CEA,XPS,lab XPS,LiNiO2,surface chemical composition\n"
                               "2019-01-10,CEA,lab XRD,Bruker D8 Advance,LiNiO2,crystal structure\n";
        auto entries = logbook::parseCsv(csv, QStringLiteral("logbook.csv"));
        QVERIFY2(entries.ok(), qPrintable(entries.ok() ? QString() : entries.error().text()));
        QCOMPARE(entries->size(), 2);
        auto added = logbook::importEntries(*m_db->db, *entries);
        QVERIFY(added.ok());
        auto loaded = logbook::load(*m_db->db);
        QVERIFY(loaded.ok());
        QCOMPARE(loaded->size(), 2);

        const QDate today(2024, 9, 1);
        const Offering *xps = nullptr;
        const Offering *xrd = nullptr;
        const Offering *sem = nullptr;
        for (const Offering &o : m_db->matrix.offerings) {
            if (o.partner == u"CEA" && o.abbreviation == u"XPS")
                xps = &o;
            if (o.partner == u"CEA" && o.abbreviation == u"lab XRD")
                xrd = &o;
            if (o.partner == u"CEA" && o.abbreviation == u"SEM")
                sem = &o;
        }
        QVERIFY(xps && xrd && sem);
        QVERIFY(logbook::warningFor(*xps, *loaded, today).isEmpty());
        QVERIFY(logbook::warningFor(*xrd, *loaded, today).contains(QStringLiteral("more than 12 months")));
        QVERIFY(logbook::warningFor(*sem, *loaded, today).contains(QStringLiteral("never logged")));

        PlanOptions options;
        options.logbook = *loaded;
        options.today = today;
        options.topN = 0;
        auto result = planRequest(twoObservables(), m_db->matrix, options);
        QVERIFY(result.ok());
        for (const Plan &p : result->plans)
            for (const Step *s : p.measureSteps())
                QCOMPARE(s->warnings.isEmpty(), logbook::warningFor(*m_db->matrix.offering(s->offeringId), *loaded, today).isEmpty());
    }

    void badLogbookLineIsNamed()
    {
        auto entries = logbook::parseCsv("date,partner,technique\nyesterday,CEA,XPS\n", QStringLiteral("lb.csv"));
        QVERIFY(!entries.ok());
        QCOMPARE(entries.error().where, QStringLiteral("lb.csv:2"));
        auto missing = logbook::parseCsv("when,partner,technique\n2024-01-01,CEA,XPS\n", QStringLiteral("lb.csv"));
        QVERIFY(!missing.ok());
        QVERIFY(missing.error().message.contains(QStringLiteral("\"date\"")));
    }

    void outcomesAreStoredAndReported()
    {
        Request r;
        r.title = QStringLiteral("cracking operando");
        r.sample.shape = SampleShape::Electrode;
        r.observables = {RequestedObservable{QStringLiteral("particle cracking"), RequestMode::Operando, 600.0, RegionOfInterest::Average, {}, {}}};
        for (int i = 0; i < 2; ++i) {
            auto result = planRequest(r, m_db->matrix);
            QVERIFY(result.ok());
            QVERIFY(planstore::saveOutcome(*m_db->db, r, *result).ok());
        }
        auto wanted = planstore::mostWanted(*m_db->db);
        QVERIFY(wanted.ok());
        QVERIFY(!wanted->isEmpty());
        QCOMPARE(wanted->first().observable, QStringLiteral("particle cracking"));
        QCOMPARE(wanted->first().count, 2);
        auto developments = planstore::developments(*m_db->db);
        QVERIFY(developments.ok());
        bool anatomix = false;
        for (const auto &d : *developments)
            anatomix = anatomix || (d.partner == u"SOLEIL" && d.technique.contains(QStringLiteral("nano-CT")) && d.reasonCode == u"no_operando_cell" && d.count == 2);
        QVERIFY(anatomix);

        // Step statuses of a stored plan.
        Request ok = twoObservables();
        auto result = planRequest(ok, m_db->matrix);
        QVERIFY(result.ok());
        auto id = planstore::saveOutcome(*m_db->db, ok, *result);
        QVERIFY(id.ok());
        auto plans = planstore::planIds(*m_db->db, *id);
        QVERIFY(plans.ok() && !plans->isEmpty());
        auto accepted = planstore::setStepStatus(*m_db->db, plans->first(), QStringLiteral("measure-1"), StepStatus::Accepted, 0);
        QVERIFY(accepted.ok());
        QCOMPARE(accepted->version, 1);
        QVERIFY(planstore::setStepStatus(*m_db->db, plans->first(), QStringLiteral("measure-1"), StepStatus::Refused, accepted->version).ok());
        auto statuses = planstore::stepStatuses(*m_db->db, plans->first());
        QVERIFY(statuses.ok());
        QCOMPARE(statuses->value(QStringLiteral("measure-1")), StepStatus::Refused);
    }

private:
    std::unique_ptr<test::BundledDatabase> m_db;
};

QTEST_GUILESS_MAIN(TestValidation)
#include "test_validation.moc"
