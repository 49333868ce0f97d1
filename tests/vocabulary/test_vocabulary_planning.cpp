// The planner on the vocabulary's hierarchy and elements, on the bundled matrix: "oxygen redox"
// keeps its name and brings RIXS and XRS (D5.2 3.3); an offering listing only the broader
// "electronic structure" comes at lower fidelity and the plan says so; "Ni oxidation state"
// leaves Mössbauer out, naming the rule.
#include "TestSupport.h"

#include "planning/Candidates.h"
#include "planning/Plan.h"
#include "planning/PlanExport.h"
#include "planning/PlanningModel.h"
#include "request/Request.h"

#include <QJsonDocument>
#include <QTest>

using namespace pm;

namespace {

Request requestFrom(const char *json)
{
    auto r = Request::fromJson(QByteArray(json));
    if (!r)
        qFatal("request does not parse: %s", qPrintable(r.error().text()));
    return *r;
}

const Offering *find(const Matrix &m, const char *partner, const char *abbreviation)
{
    for (const Offering &o : m.offerings)
        if (o.partner == QLatin1String(partner) && o.abbreviation == QString::fromUtf8(abbreviation))
            return &o;
    return nullptr;
}

const Candidate *candidate(const CandidateSet &set, const Matrix &m, const QString &observable, const Offering *o)
{
    for (const Candidate &c : set.of(observable))
        if (&m.offerings[c.offeringIndex] == o)
            return &c;
    return nullptr;
}

const Rejection *rejection(const CandidateSet &set, const QString &observable, const Offering *o)
{
    for (const Rejection &r : set.rejected)
        if (r.observable == observable && r.offeringId == o->id)
            return &r;
    return nullptr;
}

} // namespace

class TestVocabularyPlanning : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { m_db = std::make_unique<test::BundledDatabase>(); }

    // D5.2 3.3 used RIXS and XRS for oxygen redox; the bundled rows say so, so they are full
    // matches. Hard X-ray XAS lists electronic structure but cannot reach the O K edge.
    void oxygenRedoxBringsRixsAndXrs()
    {
        const Matrix &m = m_db->matrix;
        const Request r = requestFrom(R"({"sample":{"shape":"electrode"},"observables":["oxygen redox"]})");
        QCOMPARE(r.observables.first().name, QStringLiteral("oxygen redox"));
        const CandidateSet set = filterCandidates(r, m);
        const QString ox = QStringLiteral("oxygen redox");
        for (const auto &[partner, abbreviation] : {std::pair{"ESRF", "RIXS"}, std::pair{"SOLEIL", "RIXS"}, std::pair{"ESRF", "XRS"}}) {
            const Offering *o = find(m, partner, abbreviation);
            QVERIFY2(o, abbreviation);
            const Candidate *c = candidate(set, m, ox, o);
            QVERIFY2(c, qPrintable(QStringLiteral("%1 at %2").arg(QLatin1String(abbreviation), QLatin1String(partner))));
            QVERIFY(c->listedAs.isEmpty());
        }
        // Only the broader term: kept, and the candidate says through which term.
        const Offering *epr = find(m, "UCAM", "EPR");
        QVERIFY(epr);
        const Candidate *c = candidate(set, m, ox, epr);
        QVERIFY(c);
        QCOMPARE(c->listedAs, QStringLiteral("electronic structure"));
        // The concept implies O: hard X-ray XAS cannot reach the O K edge.
        const Offering *xas = find(m, "ESRF", "XAS");
        QVERIFY(xas);
        const Rejection *rj = rejection(set, ox, xas);
        QVERIFY(rj);
        QCOMPARE(rj->reasonCode, QStringLiteral("element"));
        QVERIFY2(rj->reason.contains(QStringLiteral("hard-xray-edges")), qPrintable(rj->reason));
    }

    // A broader match costs 0.85 of the fidelity; a link marked "full" costs nothing.
    void broaderMatchFidelity()
    {
        const Matrix &m = m_db->matrix;
        const Offering *epr = find(m, "UCAM", "EPR");
        const double direct = planning::observableFidelity(*epr, QStringLiteral("electronic structure"));
        QVERIFY(direct > 0);
        QCOMPARE(planning::observableFidelity(*epr, QStringLiteral("oxygen redox")), direct * planning::kBroaderMatchFidelity);
        const Offering *xrd = find(m, "ESRF", "XRD");
        QVERIFY(xrd);
        QCOMPARE(planning::observableFidelity(*xrd, QStringLiteral("lattice parameters")),
                 planning::observableFidelity(*xrd, QStringLiteral("crystal structure")));
    }

    // The plan keeps the user's words, and the front holds RIXS or XRS.
    void plansSayOxygenRedox()
    {
        const Matrix &m = m_db->matrix;
        const Request r = requestFrom(R"({"sample":{"shape":"electrode"},"observables":["anionic redox"],"fidelity":"high","cost":"high"})");
        PlanOptions options;
        options.topN = 0;
        const auto result = planRequest(r, m, options);
        QVERIFY2(result, result ? "" : qPrintable(result.error().text()));
        QVERIFY(!result->plans.isEmpty());
        bool rixsOrXrs = false;
        for (const Plan &p : result->plans) {
            QCOMPARE(p.assignment.keys(), QStringList{QStringLiteral("oxygen redox")});
            for (const Step *s : p.measureSteps()) {
                QCOMPARE(s->observables, QStringList{QStringLiteral("oxygen redox")});
                QVERIFY(!s->note.contains(QStringLiteral("measure electronic structure")));
                rixsOrXrs = rixsOrXrs || s->technique.contains(QStringLiteral("RIXS")) || s->technique.contains(QStringLiteral("XRS"));
            }
        }
        QVERIFY(rixsOrXrs);
        QVERIFY(QString::fromUtf8(QJsonDocument(planToJson(result->plans.first())).toJson()).contains(QStringLiteral("oxygen redox")));
    }

    // Without the offerings that list oxygen redox, the plan proposes one that lists only the
    // broader term and says so in the step.
    void broaderMatchIsSaidInThePlan()
    {
        const Request r = requestFrom(R"({"sample":{"shape":"electrode"},"observables":["oxygen redox"],
                                         "exclude_partners":["ESRF","SOLEIL","CEA"]})");
        const auto result = planRequest(r, m_db->matrix);
        QVERIFY2(result, result ? "" : qPrintable(result.error().text()));
        QVERIFY(!result->plans.isEmpty());
        int broader = 0;
        for (const Plan &p : result->plans)
            for (const Step *s : p.measureSteps())
                if (!m_db->matrix.offering(s->offeringId)->observables.contains(QStringLiteral("oxygen redox"))) {
                    ++broader;
                    QVERIFY2(s->note.contains(QStringLiteral("oxygen redox through the broader term electronic structure that the offering lists (fidelity x0.85)")),
                             qPrintable(s->note));
                }
        QVERIFY(broader > 0);
    }

    // Mössbauer cannot measure the Ni oxidation state: rejected, naming the rule. It stays for Fe.
    void niOxidationStateExcludesMossbauer()
    {
        const Matrix &m = m_db->matrix;
        const Request ni = requestFrom(R"({"sample":{"shape":"powder"},"observables":[{"name":"oxidation state of Ni"}]})");
        QCOMPARE(ni.observables.first().name, QStringLiteral("oxidation state"));
        QCOMPARE(ni.observables.first().elements, QStringList{QStringLiteral("Ni")});
        const CandidateSet set = filterCandidates(ni, m);
        const QString os = QStringLiteral("oxidation state");
        int mossbauer = 0;
        for (const Offering &o : m.offerings) {
            if (!o.abbreviation.startsWith(QStringLiteral("Mössbauer")))
                continue;
            ++mossbauer;
            QVERIFY(!candidate(set, m, os, &o));
            const Rejection *rj = rejection(set, os, &o);
            QVERIFY(rj);
            QCOMPARE(rj->reasonCode, QStringLiteral("element"));
            QVERIFY2(rj->reason.contains(QStringLiteral("mossbauer-isotopes")) && rj->reason.contains(QStringLiteral("not Ni")), qPrintable(rj->reason));
        }
        QCOMPARE(mossbauer, 3);
        QVERIFY(candidate(set, m, os, find(m, "ESRF", "XAS")));
        QVERIFY(candidate(set, m, os, find(m, "CEA", "XPS")));

        const Request fe = requestFrom(R"({"sample":{"shape":"powder"},"observables":[{"name":"oxidation state","element":"Fe"}]})");
        const CandidateSet feSet = filterCandidates(fe, m);
        QVERIFY(candidate(feSet, m, os, find(m, "KIT", "Mössbauer")));

        const auto plans = planRequest(ni, m);
        QVERIFY(plans && !plans->plans.isEmpty());
        for (const Step *s : plans->plans.first().measureSteps())
            QVERIFY2(s->note.contains(QStringLiteral("oxidation state for Ni")), qPrintable(s->note));
    }

    void elementsInRequestJson()
    {
        auto r = Request::fromJson(R"({"sample":{"shape":"powder"},"observables":[{"name":"oxidation state","elements":["Ni","Xx"]}]})");
        QVERIFY(!r);
        QCOMPARE(r.error().where, QStringLiteral("observables[0].elements[1]"));
        r = Request::fromJson(R"({"sample":{"shape":"powder"},"observables":[{"name":"oxidation state","element":"Mn"},{"name":"Ni dissolution"}]})");
        QVERIFY2(r, r ? "" : qPrintable(r.error().text()));
        QCOMPARE(r->observables[0].elements, QStringList{QStringLiteral("Mn")});
        QCOMPARE(r->observables[1].elements, QStringList{QStringLiteral("Ni")});
        QCOMPARE(r->observables[0].label(), QStringLiteral("oxidation state (Mn)"));
        const auto again = Request::fromJson(r->toJson());
        QVERIFY(again);
        QCOMPARE(again->observables[0].elements, r->observables[0].elements);
        QCOMPARE(again->observables[1].elements, r->observables[1].elements);
    }

private:
    std::unique_ptr<test::BundledDatabase> m_db;
};

QTEST_GUILESS_MAIN(TestVocabularyPlanning)
#include "test_vocabulary_planning.moc"
