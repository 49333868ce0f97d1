// Validation (accepted steps stay, refused offerings go), the logbook and stored outcomes.
#include "SeiSession.h"
#include "TestSupport.h"

#include "logbook/Logbook.h"
#include "planning/Decision.h"
#include "planning/PlanDiff.h"
#include "planning/PlanStore.h"
#include "planning/Validation.h"

#include <QTest>

using namespace pm;
using pm::test::measureOf;
using pm::test::seiRequest;

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

// A plan of two measurements on one sample, for the decision tests: XPS on day 7, SEM after it.
Plan twoStepPlan()
{
    Plan p;
    p.startDate = QDate(2026, 12, 7); // a Monday
    Step xps;
    xps.id = QStringLiteral("measure-1");
    xps.offeringId = 11;
    xps.technique = QStringLiteral("X-ray photoelectron spectroscopy (XPS)");
    xps.partner = QStringLiteral("CEA");
    xps.observables = {QStringLiteral("SEI composition")};
    xps.mode = QStringLiteral("ex-situ");
    xps.sample = QStringLiteral("sample-1");
    xps.startDay = 7;
    xps.durationDays = 1;
    Step sem = xps;
    sem.id = QStringLiteral("measure-2");
    sem.offeringId = 12;
    sem.technique = QStringLiteral("Scanning electron microscopy (SEM)");
    sem.observables = {QStringLiteral("particle morphology")};
    sem.startDay = 8;
    p.steps = {xps, sem};
    p.samples = {PlanSample{QStringLiteral("sample-1"), QStringLiteral("ex-situ"), QStringLiteral("CEA"), {}, {xps.id, sem.id}, 1, {}, {}}};
    p.durationDays = 9;
    return p;
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

    // Issue 18, seen: the accepted "XPS @ CEA: SEI composition" came back measuring "SEI
    // composition, SEI thickness", still accepted. An accepted step is pinned exclusively:
    // the re-plan's XPS measures what was accepted and nothing more.
    void acceptedStepIsKeptAsAccepted()
    {
        const Request r = seiRequest();
        PlanOptions whole;
        whole.topN = 0;
        auto first = planRequest(r, m_db->matrix, whole);
        QVERIFY(first.ok());
        const Plan *chosen = nullptr;
        for (const Plan &p : first->plans)
            if (const Step *x = measureOf(p, QStringLiteral("XPS")); x && x->observables == QStringList{QStringLiteral("SEI composition")} && measureOf(p, QStringLiteral("TEM")))
                chosen = &p;
        QVERIFY2(chosen, "no plan with XPS for SEI composition alone and a TEM step");
        const Step *xps = measureOf(*chosen, QStringLiteral("XPS"));
        const Step *tem = measureOf(*chosen, QStringLiteral("TEM"));
        StepStatuses statuses{{xps->id, StepStatus::Accepted}, {tem->id, StepStatus::Refused}};

        auto next = requestForReplan(r, *chosen, statuses);
        QVERIFY(next.ok());
        QCOMPARE(next->pinned.size(), 1);
        QVERIFY(next->pinned.first().exclusive);
        QCOMPARE(Request::fromJson(next->toJson())->pinned.first().exclusive, true); // kept in the stored request

        auto again = replan(r, *chosen, statuses, m_db->matrix, whole);
        QVERIFY2(again.ok(), qPrintable(again.ok() ? QString() : again.error().text()));
        QVERIFY(!again->plans.isEmpty());
        bool someUnchanged = false;
        for (const Plan &p : again->plans) {
            QCOMPARE(p.startDate, planStartDate(*chosen)); // the campaign's calendar stays
            const CarryResult carry = carryDecisions(*chosen, statuses, {}, p);
            QVERIFY(carry.lost.isEmpty()); // pinned: the offering is in every plan
            QCOMPARE(carry.carried.size(), 1);
            const CarriedDecision &c = carry.carried.first();
            const Step *now = p.step(c.stepId);
            QVERIFY(now && now->offeringId == xps->offeringId);
            QCOMPARE(now->observables, xps->observables); // nothing added to what was accepted
            // Accepted only when nothing the partner agreed to moved; otherwise flagged with the change.
            const bool same = now->observables == xps->observables && now->mode == xps->mode
                && planDate(p, now->startDay) == planDate(*chosen, xps->startDay)
                && planDate(p, now->startDay + now->durationDays) == planDate(*chosen, xps->startDay + xps->durationDays)
                && decidedContent(p, *now).sample == decidedContent(*chosen, *xps).sample;
            QCOMPARE(c.status, same ? StepStatus::Accepted : StepStatus::Changed);
            QCOMPARE(c.changes.isEmpty(), same);
            someUnchanged = someUnchanged || same;
            for (const Step *s : p.measureSteps())
                QVERIFY(s->offeringId != tem->offeringId);
        }
        QVERIFY(someUnchanged);
    }

    // What the partner agreed to, field by field: each change is named, and flags the step.
    void changedStepsAreFlaggedWithTheChange()
    {
        const Plan before = twoStepPlan();
        const StepStatuses statuses{{QStringLiteral("measure-2"), StepStatus::Accepted}};
        const DecidedContent agreed = decidedContent(before, *before.step(QStringLiteral("measure-2")));
        QCOMPARE(agreed.start, QDate(2026, 12, 15));
        QCOMPARE(agreed.sample, QStringLiteral("ex-situ, after X-ray photoelectron spectroscopy (XPS) @ CEA"));

        // Unchanged: accepted, nothing to show.
        auto same = carryDecisions(before, statuses, {}, before);
        QCOMPARE(same.carried.size(), 1);
        QCOMPARE(same.carried.first().status, StepStatus::Accepted);
        QVERIFY(same.carried.first().changes.isEmpty());

        // A day later (issue 18's plan 2).
        Plan moved = before;
        moved.steps[1].startDay = 9;
        auto later = carryDecisions(before, statuses, {}, moved);
        QCOMPARE(later.carried.first().status, StepStatus::Changed);
        QCOMPARE(later.carried.first().changes.size(), 1);
        QCOMPARE(later.carried.first().changes.first().field, ContentChange::Dates);
        QVERIFY2(later.carried.first().changes.first().text().contains(QStringLiteral("16 Dec 2026")), qPrintable(later.carried.first().changes.first().text()));

        // One more observable, and the sample measured fresh (the XPS left the plan).
        Plan more = before;
        more.steps[1].observables << QStringLiteral("SEI thickness");
        more.steps.removeFirst();
        more.samples[0].steps.removeFirst();
        auto grown = carryDecisions(before, statuses, {}, more);
        QCOMPARE(grown.carried.first().status, StepStatus::Changed);
        QStringList fields;
        for (const ContentChange &c : grown.carried.first().changes)
            fields << c.text().section(u':', 0, 0);
        QCOMPARE(fields, (QStringList{QStringLiteral("observables"), QStringLiteral("sample")}));

        // A stored decision wins over the previous plan's step: "changed" stays changed
        // against what was accepted, and becomes accepted again when the plan comes back to it.
        const QMap<QString, DecidedContent> stored{{QStringLiteral("measure-2"), agreed}};
        const StepStatuses changed{{QStringLiteral("measure-2"), StepStatus::Changed}};
        QCOMPARE(carryDecisions(moved, changed, stored, moved).carried.first().status, StepStatus::Changed);
        QCOMPARE(carryDecisions(moved, changed, stored, before).carried.first().status, StepStatus::Accepted);

        // The offering gone: lost, never silently accepted elsewhere.
        Plan without = before;
        without.steps[1].offeringId = 99;
        auto lost = carryDecisions(before, statuses, {}, without);
        QVERIFY(lost.carried.isEmpty());
        QCOMPARE(lost.lost, QStringList{QStringLiteral("measure-2")});

        // Stored and read back: the same content.
        QCOMPARE(contentChanges(agreed, DecidedContent::fromJson(agreed.toJson())).size(), 0);
    }

    // Re-plan shows what changed: replaced, removed, added, moved.
    void diffNamesReplacementsAndMoves()
    {
        const Plan before = twoStepPlan();
        Plan after = before;
        after.steps[1].offeringId = 13;
        after.steps[1].technique = QStringLiteral("FIB-SEM");
        after.steps[1].partner = QStringLiteral("KIT");
        after.steps[0].startDay = 8;
        Step extra = after.steps[1];
        extra.id = QStringLiteral("measure-3");
        extra.offeringId = 14;
        extra.technique = QStringLiteral("Raman");
        extra.observables = {QStringLiteral("crystal structure")};
        after.steps.append(extra);
        after.durationDays = 12;
        const PlanDiff diff = diffPlans(before, after);
        const QStringList lines = diff.lines();
        QCOMPARE(lines.size(), 4);
        QVERIFY2(lines.contains(QStringLiteral("Scanning electron microscopy (SEM) @ CEA replaced by FIB-SEM @ KIT for particle morphology")),
                 qPrintable(lines.join(u'\n')));
        QVERIFY(lines.contains(QStringLiteral("Raman @ KIT added (crystal structure)")));
        QVERIFY(lines.contains(QStringLiteral("X-ray photoelectron spectroscopy (XPS) @ CEA kept, dates: 14 Dec 2026 – 15 Dec 2026 → 15 Dec 2026 – 16 Dec 2026")));
        QVERIFY(lines.contains(QStringLiteral("Duration: 9 → 12 days")));
        QVERIFY(diffPlans(before, before).isEmpty());
        Plan fewer = before;
        fewer.steps.removeLast();
        QCOMPARE(diffPlans(before, fewer).changes.first().kind, PlanChange::Removed);
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
