// Exactness of the branch-and-bound on the benchmark's synthetic matrix (x10 the bundled
// one: each offering copied to random partners, levels jittered): many options per unit at
// many sites, which is where the logistics bound (site hierarchy, air exposure, readiness)
// and the option dominance cut most. The front must equal brute-force enumeration on every
// request small enough to enumerate.
#include "FrontChecks.h"
#include "TestSupport.h"

#include "../../bench/planner/BenchSetup.h"
#include "planning/PlanningProblem.h"

#include <QRandomGenerator>
#include <QSet>
#include <QTest>

#include <algorithm>

using namespace pm;
using namespace pm::test;

namespace {

// Observables the benchmark asks for, plus a few more, in random modes; sometimes an origin,
// a Type 1 or a Type 2 correlation, a specific ROI, an air-sensitive sample.
Request randomRequest(QRandomGenerator &rng, const Matrix &matrix)
{
    static const char *names[] = {"crystal structure", "oxidation state", "surface chemical composition", "SEI composition",
                                  "particle morphology", "3D microstructure", "gas evolution", "Li distribution",
                                  "electrode thickness", "porosity", "elemental composition", "particle cracking"};
    Request r;
    r.title = QStringLiteral("random synthetic");
    const SampleShape shapes[] = {SampleShape::Electrode, SampleShape::Powder, SampleShape::PouchCell, SampleShape::CoinCell};
    r.sample.shape = shapes[rng.bounded(4)];
    r.sample.airSensitive = rng.bounded(3) != 0;
    const int count = 2 + int(rng.bounded(4)); // 2-5
    while (r.observables.size() < count) {
        const QString name = QString::fromLatin1(names[rng.bounded(int(std::size(names)))]);
        if (r.indexOf(name) >= 0)
            continue;
        RequestedObservable o;
        o.name = name;
        const RequestMode modes[] = {RequestMode::Any, RequestMode::ExSitu, RequestMode::Operando, RequestMode::ExSitu};
        o.mode = modes[rng.bounded(4)];
        if (rng.bounded(5) == 0) {
            o.roi = RegionOfInterest::Specific;
            o.roiSizeM = 100e-6;
        }
        r.observables.append(o);
    }
    const int correlation = int(rng.bounded(3));
    if (correlation == 1)
        r.correlations.append({{r.observables[0].name, r.observables[1].name}, 1});
    else if (correlation == 2)
        r.correlations.append({{r.observables[0].name, r.observables[1].name}, 2});
    if (rng.bounded(4) != 0)
        r.origin = matrix.partners[int(rng.bounded(int(matrix.partners.size())))].shortName;
    // Most partners excluded, so that three to five units stay small enough to enumerate
    // while the options still spread over several sites, cities and countries.
    const int keep = 4 + int(rng.bounded(6));
    QList<int> order;
    for (int i = 0; i < matrix.partners.size(); ++i)
        order.append(i);
    for (int i = int(order.size()) - 1; i > 0; --i)
        std::swap(order[i], order[int(rng.bounded(i + 1))]);
    for (int i = keep; i < order.size(); ++i)
        if (matrix.partners[order[i]].shortName != r.origin)
            r.excludePartners.append(matrix.partners[order[i]].shortName);
    return r;
}

} // namespace

class TestSearchSynthetic : public QObject {
    Q_OBJECT

private slots:
    void initTestCase()
    {
        test::BundledDatabase db;
        m_matrix = bench::synthetic(db.matrix, 10);
        QCOMPARE(m_matrix.offerings.size(), db.matrix.offerings.size() * 10);
    }

    // PROBEMATRIX_SEARCH_SEED and PROBEMATRIX_SEARCH_REQUESTS widen the net for a soak run
    // after changing a bound (scripts/search-soak.sh); the suite uses the fixed defaults.
    void randomRequestsFrontEqualsBruteForce()
    {
        bool seeded = false;
        const quint32 seed = quint32(qEnvironmentVariableIntValue("PROBEMATRIX_SEARCH_SEED", &seeded));
        QRandomGenerator rng(seeded ? seed : 5150);
        const int wanted = std::max(60, qEnvironmentVariableIntValue("PROBEMATRIX_SEARCH_REQUESTS"));
        int compared = 0;
        int multiUnit = 0;
        for (int i = 0; i < 20 * wanted && compared < wanted; ++i) {
            const Request r = randomRequest(rng, m_matrix);
            auto problem = planning::buildProblem(r, m_matrix, filterCandidates(r, m_matrix));
            QVERIFY2(problem.ok(), qPrintable(problem.ok() ? QString() : problem.error().text()));
            if (problem->units.isEmpty() || assignmentSpace(*problem) > 40000)
                continue;
            const planning::Front fast = planning::searchFront(*problem, false);
            const planning::Front brute = planning::searchFront(*problem, true);
            QVERIFY(fast.complete && brute.complete);
            QVERIFY2(objectiveSet(fast) == objectiveSet(brute), qPrintable(QString::fromUtf8(r.toJson()).simplified()));
            ++compared;
            multiUnit += problem->units.size() >= 3 ? 1 : 0;
        }
        QVERIFY2(compared >= 40, qPrintable(QStringLiteral("only %1 requests small enough to enumerate").arg(compared)));
        QVERIFY2(multiUnit >= 15, qPrintable(QStringLiteral("only %1 requests with three units or more").arg(multiUnit)));
    }

    // The benchmark's own requests (origin CEA, air-sensitive electrode, a Type 1 and a Type 2
    // group) and the same with other origins or none, as far as brute force can enumerate.
    void benchRequestsFrontEqualsBruteForce()
    {
        int compared = 0;
        for (const char *origin : {"CEA", "KIT", ""})
            for (int n = 2; n <= 4; ++n) {
                Request r = bench::requestOf(n);
                r.origin = QString::fromLatin1(origin);
                auto problem = planning::buildProblem(r, m_matrix, filterCandidates(r, m_matrix));
                QVERIFY(problem.ok());
                if (problem->units.isEmpty() || assignmentSpace(*problem) > 500000)
                    continue;
                const planning::Front fast = planning::searchFront(*problem, false);
                const planning::Front brute = planning::searchFront(*problem, true);
                QCOMPARE(objectiveSet(fast), objectiveSet(brute));
                ++compared;
            }
        QVERIFY2(compared >= 6, qPrintable(QStringLiteral("only %1 requests small enough to enumerate").arg(compared)));
    }

private:
    Matrix m_matrix;
};

QTEST_GUILESS_MAIN(TestSearchSynthetic)
#include "test_search_synthetic.moc"
