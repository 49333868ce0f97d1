// Access routes, sample amounts and D5.5 Table 2 time terms (issue 13, observations 7 and 8):
// the request reads them and refuses bad ones naming the field; a standard proposal at a
// large-scale facility takes more than 6 months to beam and a held rapid or long-term route
// shortens the plan; material that runs out adds samples at their cost; the search stays
// exact on the new model.
#include "FrontChecks.h"
#include "PlanChecks.h"
#include "TestSupport.h"

#include "planning/AccessRoutes.h"
#include "planning/PlanningProblem.h"
#include "planning/SampleAmounts.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTest>

#include <algorithm>
#include <optional>

using namespace pm;

namespace {

Result<Request> parse(const char *json)
{
    return Request::fromJson(QByteArray(json));
}

RequestedObservable exSitu(const QString &name)
{
    RequestedObservable o;
    o.name = name;
    o.mode = RequestMode::ExSitu;
    return o;
}

qint64 offeringId(const Matrix &m, const QString &partner, const QString &abbreviation, const QString &instrument = {})
{
    for (const Offering &o : m.offerings)
        if (o.partner == partner && o.abbreviation == abbreviation && (instrument.isEmpty() || o.instruments.contains(instrument)))
            return o.id;
    return 0;
}

} // namespace

class TestAccessAmount : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { m_db = std::make_unique<test::BundledDatabase>(); }

    void requestReadsAccessAndAmount()
    {
        auto r = parse(R"({"sample": {"shape": "powder"}, "observables": [{"name": "crystal structure"}],
                          "access_routes": ["rapid", "HUB"], "available_amount": "2 g", "sample_preparation": "modified"})");
        QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().text()));
        QCOMPARE(r->accessRoutes, (QList<AccessRoute>{AccessRoute::Rapid, AccessRoute::LongTerm}));
        QVERIFY(r->holds(AccessRoute::Standard) && r->holds(AccessRoute::Rapid) && !r->holds(AccessRoute::Industrial));
        QCOMPARE(r->availablePerSample(), (SampleAmount{2000, AmountUnit::Milligram}));
        QVERIFY(r->modifiedSample);
        auto again = Request::fromJson(r->toJson());
        QVERIFY(again.ok());
        QCOMPARE(again->accessRoutes, r->accessRoutes);
        QCOMPARE(again->availablePerSample(), r->availablePerSample());
        QVERIFY(again->modifiedSample);

        // Defaults: standard only, the shape's amount (D5.2 4.3), an industrial sample.
        auto plain = parse(R"({"sample": {"shape": "electrode"}, "observables": [{"name": "crystal structure"}]})");
        QVERIFY(plain.ok());
        QVERIFY(plain->accessRoutes.isEmpty() && !plain->modifiedSample);
        QCOMPARE(plain->availablePerSample(), (SampleAmount{50, AmountUnit::SquareCentimetre}));
        QCOMPARE(activeMassMg(plain->availablePerSample()), 600.0);
        QVERIFY(!Request::fromJson(plain->toJson())->toJsonObject().contains(QStringLiteral("access_routes")));
    }

    void badAccessOrAmountNamesTheField_data()
    {
        QTest::addColumn<QString>("member");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("says");
        QTest::newRow("unknown route") << R"("access_routes": ["standard", "rapdi"])" << "access_routes[1]" << "rapid";
        QTest::newRow("route not text") << R"("access_routes": [3])" << "access_routes[0]" << "text";
        QTest::newRow("negative amount") << R"("available_amount": "-50 cm2")" << "available_amount" << "more than zero";
        QTest::newRow("zero amount") << R"("available_amount": "0 mg")" << "available_amount" << "more than zero";
        QTest::newRow("unknown unit") << R"("available_amount": "3 kg")" << "available_amount" << "unknown unit \"kg\"";
        QTest::newRow("no unit") << R"("available_amount": "600")" << "available_amount" << "no unit";
        QTest::newRow("not an amount") << R"("available_amount": "plenty")" << "available_amount" << "not an amount";
        QTest::newRow("cells") << R"("available_amount": "2 cells")" << "available_amount" << "mass or an electrode area";
        QTest::newRow("preparation") << R"("sample_preparation": "handmade")" << "sample_preparation" << "industrial";
    }

    void badAccessOrAmountNamesTheField()
    {
        QFETCH(QString, member);
        QFETCH(QString, field);
        QFETCH(QString, says);
        const QString json = QStringLiteral(R"({"sample": {"shape": "electrode"}, "observables": [{"name": "crystal structure"}], %1})").arg(member);
        auto r = Request::fromJson(json.toUtf8());
        QVERIFY(!r.ok());
        QCOMPARE(r.error().where, field);
        QVERIFY2(r.error().message.contains(says), qPrintable(r.error().message));
    }

    // The bundled tables load, and every entry carries its source.
    void bundledTablesCarrySources()
    {
        const Matrix &m = m_db->matrix;
        const Offering *npd = m.offering(offeringId(m, QStringLiteral("ILL"), QStringLiteral("HR-NPD")));
        QVERIFY(npd);
        const planning::AmountRule *rule = planning::SampleAmountTable::bundled().ruleFor(*npd);
        QVERIFY(rule);
        QVERIFY(activeMassMg(rule->amount) >= 1000); // neutron powder diffraction needs grams
        QVERIFY(!rule->source.isEmpty());
        const planning::RouteChoice standard = planning::AccessRouteTable::bundled().choose(m, *npd, {});
        QCOMPARE(standard.terms.route, AccessRoute::Standard);
        QCOMPARE(standard.facility, QStringLiteral("ILL"));
        QVERIFY(standard.terms.leadDays > 180); // D5.5 2.5.3: more than 6 months
        const planning::RouteChoice hub = planning::AccessRouteTable::bundled().choose(m, *npd, {AccessRoute::LongTerm});
        QCOMPARE(hub.terms.route, AccessRoute::LongTerm);
        QVERIFY(hub.terms.leadDays < standard.terms.leadDays);
        QCOMPARE(planning::nextCall(standard.terms, QDate(2027, 2, 20)), QDate(2027, 9, 15));
        QCOMPARE(planning::nextCall(standard.terms, QDate(2027, 10, 1)), QDate(2028, 2, 15));

        auto broken = planning::AccessRouteTable::fromJson(R"({"default": {"routes": [{"route": "fast", "lead_days": 3, "source": "x"}]}})");
        QVERIFY(!broken.ok());
        QCOMPARE(broken.error().where, QStringLiteral("default.routes[0].route"));
        auto noSource = planning::SampleAmountTable::fromJson(R"({"rules": [{"abbreviations": ["XRD"], "amount": "1 cm2", "reason": "r"}]})");
        QVERIFY(!noSource.ok());
        auto badAmount = planning::SampleAmountTable::fromJson(R"({"rules": [{"abbreviations": ["XRD"], "amount": "-1 cm2", "reason": "r", "source": "s"}]})");
        QVERIFY(!badAmount.ok());
        QCOMPARE(badAmount.error().where, QStringLiteral("rules[0].amount"));
    }

    // Observation 7: a large-scale-facility step under a standard proposal waits more than
    // 6 months (it was 60-90 days); a held long-term or rapid route shortens the plan, and
    // each step names its route, user office and next call.
    void standardAccessTakesMoreThanSixMonths()
    {
        const Matrix &m = m_db->matrix;
        Request r;
        r.sample.shape = SampleShape::Powder;
        r.observables = {exSitu(QStringLiteral("crystal structure"))};
        r.pinned = {Pin{QStringLiteral("crystal structure"), offeringId(m, QStringLiteral("ILL"), QStringLiteral("HR-NPD"))}};
        PlanOptions options;
        options.today = QDate(2027, 1, 10);
        auto standard = planRequest(r, m, options);
        QVERIFY2(standard.ok(), qPrintable(standard.ok() ? QString() : standard.error().text()));
        QVERIFY(!standard->plans.isEmpty());
        const Step *npd = standard->plans.first().measureSteps().first();
        QVERIFY2(npd->startDay >= 180, qPrintable(QString::number(npd->startDay)));
        QVERIFY(npd->leadDays >= 180);
        QVERIFY2(npd->accessRoute.startsWith(QStringLiteral("standard proposal (ILL)")), qPrintable(npd->accessRoute));
        QCOMPARE(npd->nextCall, QStringLiteral("2027-02-15"));
        QVERIFY(npd->userOffice.startsWith(QStringLiteral("https://www.ill.eu")));

        r.accessRoutes = {AccessRoute::LongTerm};
        auto hub = planRequest(r, m, options);
        QVERIFY(hub.ok() && !hub->plans.isEmpty());
        const Step *fast = hub->plans.first().measureSteps().first();
        QVERIFY2(fast->accessRoute.startsWith(QStringLiteral("long-term")), qPrintable(fast->accessRoute));
        QVERIFY(fast->nextCall.isEmpty()); // no call: the slot comes with the route
        QVERIFY2(hub->plans.first().durationDays < standard->plans.first().durationDays - 90,
                 qPrintable(QStringLiteral("%1 vs %2").arg(hub->plans.first().durationDays).arg(standard->plans.first().durationDays)));
    }

    // A route the facility does not offer falls back to the standard proposal (SOLEIL has no
    // rapid access in the table).
    void unofferedRouteFallsBackToStandard()
    {
        const Matrix &m = m_db->matrix;
        const Offering *rock = m.offering(offeringId(m, QStringLiteral("SOLEIL"), QStringLiteral("XAS"), QStringLiteral("ROCK")));
        QVERIFY(rock);
        const planning::RouteChoice c = planning::AccessRouteTable::bundled().choose(m, *rock, {AccessRoute::Rapid});
        QCOMPARE(c.terms.route, AccessRoute::Standard);
        QCOMPARE(c.facility, QStringLiteral("SOLEIL"));
    }

    // A laboratory's beam time on a facility's instrument follows that facility's routes
    // (CEA's SANS on ILL D22, CNR's XAS on the ESRF CRG beamline BM08); elsewhere the default.
    void beamlineWorkFollowsTheFacility()
    {
        const Matrix &m = m_db->matrix;
        const Offering *sans = m.offering(offeringId(m, QStringLiteral("CEA"), QStringLiteral("SANS")));
        const Offering *lisa = m.offering(offeringId(m, QStringLiteral("CNR"), QStringLiteral("XAS")));
        const Offering *catact = m.offering(offeringId(m, QStringLiteral("KIT"), QStringLiteral("XAS")));
        QVERIFY(sans && lisa && catact);
        const planning::AccessRouteTable &t = planning::AccessRouteTable::bundled();
        QCOMPARE(t.choose(m, *sans, {}).facility, QStringLiteral("ILL"));
        QCOMPARE(t.choose(m, *lisa, {}).facility, QStringLiteral("ESRF"));
        QCOMPARE(t.choose(m, *catact, {}).facility, QString());
        QVERIFY(t.choose(m, *catact, {}).terms.leadDays > 180);
    }

    // Observation 8: one composite electrode cannot go through neutron powder diffraction and
    // then XAS: the grams NPD needs come from several samples prepared alike and pooled, at
    // their cost; with enough material one sample does.
    void materialRunningOutAddsSamples()
    {
        const Matrix &m = m_db->matrix;
        Request r;
        r.sample.shape = SampleShape::Powder;
        r.observables = {exSitu(QStringLiteral("crystal structure")), exSitu(QStringLiteral("oxidation state"))};
        r.pinned = {Pin{QStringLiteral("crystal structure"), offeringId(m, QStringLiteral("ILL"), QStringLiteral("HR-NPD"))},
                    Pin{QStringLiteral("oxidation state"), offeringId(m, QStringLiteral("ESRF"), QStringLiteral("XAS"), QStringLiteral("BM23"))}};
        QVERIFY(r.pinned[0].offeringId > 0 && r.pinned[1].offeringId > 0);
        auto scarce = planRequest(r, m); // 600 mg of powder (D5.2 4.3) against 2 g + ~12 mg
        QVERIFY2(scarce.ok(), qPrintable(scarce.ok() ? QString() : scarce.error().text()));
        QCOMPARE(scarce->plans.size(), 1);
        const Plan &p = scarce->plans.first();
        int pooled = 0;
        for (const PlanSample &s : p.samples)
            pooled = std::max(pooled, s.batches);
        QCOMPARE(pooled, 4); // ceil(2012 mg / 600 mg)
        QCOMPARE(p.samples.first().amountAvailable, QStringLiteral("600 mg"));
        bool noted = false;
        for (const Step &s : p.steps)
            noted = noted || (s.kind == StepKind::Prepare && s.note.contains(QStringLiteral("4 samples prepared alike and pooled")));
        QVERIFY(noted);
        const Step *npd = test::measuring(p, QStringLiteral("crystal structure"));
        QCOMPARE(npd->amount, QStringLiteral("2 g"));

        r.availableAmount = SampleAmount{5000, AmountUnit::Milligram};
        auto ample = planRequest(r, m);
        QVERIFY(ample.ok() && ample->plans.size() == 1);
        for (const PlanSample &s : ample->plans.first().samples)
            QCOMPARE(s.batches, 1);
        QCOMPARE(p.cost - ample->plans.first().cost, 3 * planning::kExSituSampleCost);
    }

    // Pooling has a bound (issue 13; sample-amounts.json "pooling_limit", 10 samples): a step
    // that alone would need more prepared samples pooled is refused before the search, with
    // its reason among the rejections, instead of being priced (a 2 g neutron powder
    // diffraction from 1.5 cm² coin-cell electrodes was 112 samples). At the limit it is kept.
    void poolingBeyondTheLimitIsRefused()
    {
        const Matrix &m = m_db->matrix;
        const planning::PoolingLimit &limit = planning::SampleAmountTable::bundled().poolingLimit();
        QCOMPARE(limit.maxSamples, 10);
        QVERIFY(!limit.reason.isEmpty() && limit.source.contains(QStringLiteral("D5.2")));
        const qint64 npd = offeringId(m, QStringLiteral("ILL"), QStringLiteral("HR-NPD"));
        QVERIFY(npd > 0);
        Request r;
        r.sample.shape = SampleShape::Powder;
        r.observables = {exSitu(QStringLiteral("crystal structure"))};
        auto npdRejection = [&](const Request &request) -> std::optional<Rejection> {
            for (const Rejection &x : filterCandidates(request, m).rejected)
                if (x.offeringId == npd)
                    return x;
            return std::nullopt;
        };
        auto npdCandidate = [&](const Request &request) {
            const CandidateSet set = filterCandidates(request, m);
            const auto &list = set.of(QStringLiteral("crystal structure"));
            return std::any_of(list.begin(), list.end(), [&](const Candidate &c) { return c.offeringId == npd; });
        };
        r.availableAmount = SampleAmount{200, AmountUnit::Milligram}; // 2 g / 200 mg: 10 samples, the limit
        QVERIFY(npdCandidate(r));
        QVERIFY(!npdRejection(r));
        r.availableAmount = SampleAmount{199, AmountUnit::Milligram}; // 11 samples
        QVERIFY(!npdCandidate(r));
        const std::optional<Rejection> refused = npdRejection(r);
        QVERIFY(refused);
        QCOMPARE(refused->reasonCode, QStringLiteral("material"));
        QVERIFY2(refused->reason.contains(QStringLiteral("11 samples would be pooled, more than the 10")), qPrintable(refused->reason));
        QVERIFY2(refused->reason.contains(QStringLiteral("2 g")) && refused->reason.contains(QStringLiteral("199 mg")), qPrintable(refused->reason));

        // A coin cell's electrode (1.5 cm², 18 mg): the grams NPD needs are refused, while lab
        // XRD (2 cm², 2 samples pooled) stays; the plan's rejections say why.
        r.sample.shape = SampleShape::CoinCell;
        r.availableAmount.reset();
        auto planned = planRequest(r, m);
        QVERIFY2(planned.ok(), qPrintable(planned.ok() ? QString() : planned.error().text()));
        QVERIFY(!planned->plans.isEmpty());
        const auto material = std::find_if(planned->rejected.begin(), planned->rejected.end(),
                                           [&](const Rejection &x) { return x.offeringId == npd; });
        QVERIFY(material != planned->rejected.end());
        QCOMPARE(material->reasonCode, QStringLiteral("material"));
        QVERIFY2(material->reason.contains(QStringLiteral("112 samples")), qPrintable(material->reason));
        for (const Plan &p : planned->plans)
            for (const PlanSample &s : p.samples)
                QVERIFY2(s.batches <= limit.maxSamples, qPrintable(QStringLiteral("%1 samples pooled").arg(s.batches)));
        // Two steps that each fit, on one sample (Type 2), together need 12 samples: the plan is
        // kept (a rejection inside the search would need the bounds to know it) but says so.
        Request both;
        both.sample.shape = SampleShape::Powder;
        both.availableAmount = SampleAmount{250, AmountUnit::Milligram};
        both.observables = {exSitu(QStringLiteral("crystal structure")), exSitu(QStringLiteral("Li dynamics"))};
        both.correlations = {Correlation{{QStringLiteral("crystal structure"), QStringLiteral("Li dynamics")}, 2}};
        both.pinned = {Pin{QStringLiteral("crystal structure"), npd},
                       Pin{QStringLiteral("Li dynamics"), offeringId(m, QStringLiteral("ILL"), QStringLiteral("QENS"))}};
        QVERIFY(both.pinned[1].offeringId > 0);
        auto together = planRequest(both, m);
        QVERIFY2(together.ok(), qPrintable(together.ok() ? QString() : together.error().text()));
        QCOMPARE(together->plans.size(), 1);
        int most = 0;
        for (const PlanSample &s : together->plans.first().samples)
            most = std::max(most, s.batches);
        QCOMPARE(most, 12); // (2 g + 1 g) / 250 mg
        const QString warnings = together->plans.first().warnings.join(u'\n');
        QVERIFY2(warnings.contains(QStringLiteral("12 samples prepared alike and pooled, more than the 10")), qPrintable(warnings));
        both.availableAmount = SampleAmount{300, AmountUnit::Milligram}; // 10 samples: at the limit, no warning
        auto atLimit = planRequest(both, m);
        QVERIFY(atLimit.ok() && atLimit->plans.size() == 1);
        QVERIFY2(!atLimit->plans.first().warnings.join(u' ').contains(QStringLiteral("pooled")), qPrintable(atLimit->plans.first().warnings.join(u' ')));

        // Operando, the step takes a cell of its own, not material: never refused for it.
        r.observables.first().mode = RequestMode::Operando;
        for (const Rejection &x : filterCandidates(r, m).rejected)
            QVERIFY2(x.reasonCode != u"material", qPrintable(x.reason));
    }

    // D5.5 Table 2: samples already submitted queue before this one, and a modified sample
    // (medium preparation fidelity) keeps less fidelity and takes longer to make.
    void table2TermsEnterTheTimeAndFidelity()
    {
        const Matrix &m = m_db->matrix;
        const Offering *bm23 = m.offering(offeringId(m, QStringLiteral("ESRF"), QStringLiteral("XAS"), QStringLiteral("BM23")));
        QVERIFY(bm23 && bm23->samplesSubmitted.value_or(0) == 3);
        Offering idle = *bm23;
        idle.samplesSubmitted = 0;
        QCOMPARE(planning::bookingDays(*bm23, false, 100) - planning::bookingDays(idle, false, 100), 3 * planning::measureDays(*bm23, false));
        QVERIFY(planning::availabilityWaitDays(OrdinalRange{0, 0}) > planning::availabilityWaitDays(OrdinalRange{2, 2}));

        Request r;
        r.sample.shape = SampleShape::Electrode;
        r.observables = {exSitu(QStringLiteral("particle morphology"))};
        auto industrial = planRequest(r, m);
        r.modifiedSample = true;
        auto modified = planRequest(r, m);
        QVERIFY(industrial.ok() && modified.ok());
        double fBest = 0, fModified = 0, dBest = 1e9, dModified = 1e9;
        for (const Plan &p : industrial->plans)
            fBest = std::max(fBest, p.fidelity), dBest = std::min(dBest, p.durationDays);
        for (const Plan &p : modified->plans)
            fModified = std::max(fModified, p.fidelity), dModified = std::min(dModified, p.durationDays);
        // Both fidelities are rounded to the objective grid: they agree within one step of it.
        QVERIFY(qAbs(fModified - fBest * planning::kModifiedSampleFidelity) <= 1.0 / planning::ObjectiveGrid::fidelity + 1e-9);
        QCOMPARE(dModified, dBest + planning::kModifiedSampleDays);
    }

    // The search is still exact: brute force and branch-and-bound give the same front on
    // random requests with random routes, scarce material and modified samples.
    void frontEqualsBruteForceWithRoutesAndAmounts()
    {
        const Matrix &m = m_db->matrix;
        QStringList offered;
        for (const Offering &o : m.offerings)
            for (const QString &obs : o.observables)
                if (!offered.contains(obs))
                    offered.append(obs);
        std::sort(offered.begin(), offered.end());
        QRandomGenerator rng(1313);
        int compared = 0, pooledPlans = 0;
        for (int i = 0; i < 600 && compared < 40; ++i) {
            Request r;
            const SampleShape shapes[] = {SampleShape::Electrode, SampleShape::Powder, SampleShape::PouchCell};
            r.sample.shape = shapes[rng.bounded(3)];
            r.sample.airSensitive = rng.bounded(2) == 1;
            const int count = 2 + int(rng.bounded(3));
            while (r.observables.size() < count) {
                const QString name = offered[int(rng.bounded(int(offered.size())))];
                if (r.indexOf(name) < 0)
                    r.observables.append(exSitu(name));
                if (rng.bounded(4) == 0)
                    r.observables.last().mode = RequestMode::Any;
            }
            if (rng.bounded(2) == 0)
                r.origin = m.partners[int(rng.bounded(int(m.partners.size())))].shortName;
            const AccessRoute routes[] = {AccessRoute::Rapid, AccessRoute::Industrial, AccessRoute::LongTerm};
            if (rng.bounded(2) == 0)
                r.accessRoutes = {routes[rng.bounded(3)]};
            const double amounts[] = {5, 15, 40, 600, 2500};
            r.availableAmount = SampleAmount{amounts[rng.bounded(5)], AmountUnit::Milligram};
            r.modifiedSample = rng.bounded(3) == 0;
            const CandidateSet candidates = filterCandidates(r, m);
            auto problem = planning::buildProblem(r, m, candidates);
            QVERIFY(problem.ok());
            if (problem->units.isEmpty() || test::assignmentSpace(*problem) > 20000)
                continue;
            const planning::Front fast = planning::searchFront(*problem, false);
            const planning::Front brute = planning::searchFront(*problem, true);
            QCOMPARE(test::objectiveSet(fast), test::objectiveSet(brute));
            for (const QVector<int> &choice : brute.choices) {
                auto plan = planning::materialise(*problem, choice);
                QVERIFY(plan.ok());
                pooledPlans += std::any_of(plan->samples.begin(), plan->samples.end(), [](const PlanSample &s) { return s.batches > 1; }) ? 1 : 0;
            }
            ++compared;
        }
        QVERIFY2(compared >= 25, qPrintable(QStringLiteral("only %1 requests small enough to enumerate").arg(compared)));
        QVERIFY2(pooledPlans > 0, "no front plan pooled samples: the material rule was not exercised");
    }

private:
    std::unique_ptr<test::BundledDatabase> m_db;
};

QTEST_GUILESS_MAIN(TestAccessAmount)
#include "test_access_amount.moc"
