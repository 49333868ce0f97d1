// The search is exact (its front equals brute-force enumeration on small requests) and every
// plan it returns is well formed, over random requests from a seeded generator.
#include "FrontChecks.h"
#include "PlanChecks.h"
#include "TestSupport.h"

#include "planning/PlanningProblem.h"
#include "planning/SampleFlowGraph.h"

#include <QRandomGenerator>
#include <QSet>
#include <QTest>

#include <algorithm>

using namespace pm;

namespace {

RequestedObservable observable(const QString &name, RequestMode mode)
{
    RequestedObservable o;
    o.name = name;
    o.mode = mode;
    return o;
}

Request randomRequest(QRandomGenerator &rng, const Matrix &matrix)
{
    QStringList offered;
    for (const Offering &o : matrix.offerings)
        for (const QString &obs : o.observables)
            if (!offered.contains(obs))
                offered.append(obs);
    std::sort(offered.begin(), offered.end());
    Request r;
    r.title = QStringLiteral("random");
    const SampleShape shapes[] = {SampleShape::Electrode, SampleShape::Powder, SampleShape::PouchCell, SampleShape::CoinCell};
    r.sample.shape = shapes[rng.bounded(4)];
    r.sample.airSensitive = rng.bounded(2) == 1;
    const int count = 1 + int(rng.bounded(4));
    while (r.observables.size() < count) {
        const QString name = offered[int(rng.bounded(int(offered.size())))];
        if (r.indexOf(name) >= 0)
            continue;
        RequestedObservable o;
        o.name = name;
        const RequestMode modes[] = {RequestMode::Any, RequestMode::ExSitu, RequestMode::Operando, RequestMode::ExSitu};
        o.mode = modes[rng.bounded(4)];
        if (rng.bounded(5) == 0)
            o.roi = RegionOfInterest::Specific, o.roiSizeM = 100e-6;
        if (o.mode == RequestMode::Operando && rng.bounded(2) == 0)
            o.timeResolutionS = 600;
        r.observables.append(o);
    }
    if (r.observables.size() >= 2 && rng.bounded(3) == 0)
        r.correlations.append({{r.observables[0].name, r.observables[1].name}, 1});
    else if (r.observables.size() >= 2 && rng.bounded(2) == 0)
        r.correlations.append({{r.observables[0].name, r.observables[1].name}, 2});
    if (rng.bounded(2) == 0)
        r.origin = matrix.partners[int(rng.bounded(int(matrix.partners.size())))].shortName;
    r.fidelity = int(rng.bounded(3));
    r.cost = int(rng.bounded(3));
    return r;
}

} // namespace

class TestPlannerSearch : public QObject {
    Q_OBJECT

private slots:
    // An origin in a database with no matrix yet: the message says why, not "did you mean ?".
    void unknownOriginInAnEmptyMatrixSaysWhy()
    {
        Request r;
        r.origin = QStringLiteral("CEA");
        RequestedObservable o;
        o.name = QStringLiteral("crystal structure");
        r.observables.append(o);
        const Matrix empty;
        auto problem = planning::buildProblem(r, empty, filterCandidates(r, empty));
        QVERIFY(!problem);
        const QString text = problem.error().text();
        QVERIFY2(text.contains(QStringLiteral("no partners yet")), qPrintable(text));
        QVERIFY2(!text.contains(QStringLiteral("did you mean")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("origin")), qPrintable(text));
    }

    void initTestCase() { m_db = std::make_unique<test::BundledDatabase>(); }

    void frontEqualsBruteForce()
    {
        QRandomGenerator rng(20240517);
        int compared = 0;
        for (int i = 0; i < 400 && compared < 60; ++i) {
            const Request r = randomRequest(rng, m_db->matrix);
            const CandidateSet candidates = filterCandidates(r, m_db->matrix);
            auto problem = planning::buildProblem(r, m_db->matrix, candidates);
            QVERIFY2(problem.ok(), qPrintable(problem.ok() ? QString() : problem.error().text()));
            if (problem->units.isEmpty() || test::assignmentSpace(*problem) > 20000)
                continue;
            const planning::Front fast = planning::searchFront(*problem, false);
            const planning::Front brute = planning::searchFront(*problem, true);
            QCOMPARE(test::objectiveSet(fast), test::objectiveSet(brute));
            // Beyond tiny spaces the bounds must save work (16 greedy seeds are always scored).
            QVERIFY(brute.evaluated < 100 || fast.evaluated <= brute.evaluated);
            ++compared;
        }
        QVERIFY2(compared >= 30, qPrintable(QStringLiteral("only %1 requests small enough to enumerate").arg(compared)));
    }

    // The brute force really enumerates: a request with a known option count is counted out.
    void bruteForceEvaluatesEveryAssignment()
    {
        Request r;
        r.observables = {observable(QStringLiteral("crystal structure"), RequestMode::ExSitu),
                         observable(QStringLiteral("particle morphology"), RequestMode::ExSitu)};
        const CandidateSet candidates = filterCandidates(r, m_db->matrix);
        auto problem = planning::buildProblem(r, m_db->matrix, candidates);
        QVERIFY(problem.ok());
        const planning::Front brute = planning::searchFront(*problem, true);
        QCOMPARE(brute.evaluated, qint64(candidates.candidates[0].size() * candidates.candidates[1].size()));
        const planning::Front fast = planning::searchFront(*problem, false);
        QVERIFY2(fast.evaluated < brute.evaluated, "branch-and-bound should not need every assignment");
    }

    void everyPlanIsWellFormed()
    {
        QRandomGenerator rng(777);
        int plans = 0;
        for (int i = 0; i < 150; ++i) {
            const Request r = randomRequest(rng, m_db->matrix);
            PlanOptions options;
            options.topN = 0;
            auto result = planRequest(r, m_db->matrix, options);
            QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().text()));
            QStringList measurable;
            for (const RequestedObservable &o : r.observables)
                if (!result->unmeasurable.contains(o.name))
                    measurable.append(o.name);
            for (const Plan &p : result->plans) {
                const QString problem = test::checkAll(p, r, measurable, m_db->matrix);
                QVERIFY2(problem.isEmpty(), qPrintable(problem + QStringLiteral(" in ") + QString::fromUtf8(r.toJson()).simplified()));
                QVERIFY(p.fidelity > 0 && p.fidelity <= 1);
                QVERIFY(p.cost > 0);
                QVERIFY(p.durationDays > 0);
                // Destructive steps each need a sample of their own.
                int destructive = 0;
                for (const Step *s : p.measureSteps())
                    destructive += s->destructive ? 1 : 0;
                QVERIFY(p.samples.size() >= destructive);
                ++plans;
            }
            // The front: no plan dominates another.
            for (const Plan &a : result->plans)
                for (const Plan &b : result->plans)
                    if (&a != &b)
                        QVERIFY(!(a.fidelity >= b.fidelity && a.cost <= b.cost && a.durationDays <= b.durationDays));
        }
        QVERIFY(plans > 100);
    }

    // The benchmark's request shape (origin, air-sensitive electrode, a Type 1 and a Type 2
    // group, mixed modes), where the shipment and sample-readiness bounds cut most: the
    // front must still equal the brute force wherever that can be enumerated.
    void benchShapedFrontEqualsBruteForce()
    {
        static const char *names[] = {"crystal structure", "oxidation state", "surface chemical composition", "SEI composition",
                                      "particle morphology", "3D microstructure"};
        static const RequestMode modes[] = {RequestMode::Operando, RequestMode::Operando, RequestMode::ExSitu,
                                            RequestMode::ExSitu,   RequestMode::ExSitu,   RequestMode::ExSitu};
        int compared = 0;
        for (const char *origin : {"CEA", "KIT", ""})
            for (int n = 2; n <= 6; ++n) {
                Request r;
                r.sample = {SampleShape::Electrode, QStringLiteral("LiNiO2"), true, {}};
                r.origin = QString::fromLatin1(origin);
                for (int i = 0; i < n; ++i)
                    r.observables.append(observable(QString::fromLatin1(names[i]), modes[i]));
                r.correlations.append({{QStringLiteral("crystal structure"), QStringLiteral("oxidation state")}, 1});
                if (n >= 4)
                    r.correlations.append({{QStringLiteral("surface chemical composition"), QStringLiteral("SEI composition")}, 2});
                auto problem = planning::buildProblem(r, m_db->matrix, filterCandidates(r, m_db->matrix));
                QVERIFY(problem.ok());
                if (problem->units.isEmpty() || test::assignmentSpace(*problem) > 300000)
                    continue;
                const planning::Front fast = planning::searchFront(*problem, false);
                const planning::Front brute = planning::searchFront(*problem, true);
                QCOMPARE(test::objectiveSet(fast), test::objectiveSet(brute));
                ++compared;
            }
        QVERIFY2(compared >= 6, qPrintable(QStringLiteral("only %1 requests small enough to enumerate").arg(compared)));
    }

    // The sample-flow graph: longest path with release times, and a cycle named as an error.
    void flowGraphSchedulesAndRefusesCycles()
    {
        using planning::FlowNode;
        const QVector<FlowNode> nodes{{0, 7, 0, QStringLiteral("prepare")}, {60, 1, 14, QStringLiteral("XRD at ESRF")}, {0, 3, 0, QStringLiteral("ship")},
                                      {3, 1, 3, QStringLiteral("XPS at CEA")}};
        auto s = planning::scheduleFlow(nodes, {{0, 1}, {1, 2}, {2, 3}});
        QVERIFY(s.ok());
        QCOMPARE(s->start[1], 60.0);
        QCOMPARE(s->start[3], 64.0);
        QCOMPARE(s->total, 75.0); // XRD ends on day 61 + 14 days of analysis
        auto cyclic = planning::scheduleFlow(nodes, {{0, 1}, {1, 2}, {2, 3}, {3, 1}});
        QVERIFY(!cyclic.ok());
        QVERIFY2(cyclic.error().message.contains(QStringLiteral("XRD at ESRF")) && cyclic.error().message.contains(QStringLiteral("XPS at CEA"))
                     && !cyclic.error().message.contains(QStringLiteral("prepare")),
                 qPrintable(cyclic.error().message));
    }

private:
    std::unique_ptr<test::BundledDatabase> m_db;
};

QTEST_GUILESS_MAIN(TestPlannerSearch)
#include "test_planner_search.moc"
