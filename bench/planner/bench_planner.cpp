// bench_planner [--runs N] [--limit-ms MS]
//
// For requests of 2..10 observables (origin CEA, an air-sensitive electrode, a Type 1 group
// crystal structure + oxidation state and a Type 2 group surface chemical composition + SEI
// composition once both members are asked), over the bundled matrix and synthetic matrices
// x10 and x100 its size, prints the median time of the branch-and-bound search and of the
// brute force (--exhaustive) side by side. A run over the limit is reported as "> limit".
#include "planning/Plan.h"
#include "planning/PlanningProblem.h"
#include "store/BundledMatrix.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <cstdio>

using namespace pm;

namespace {

Matrix loadBundled()
{
    QTemporaryDir dir;
    auto db = Database::open(dir.filePath(QStringLiteral("bench.sqlite")));
    if (!db)
        qFatal("%s", qPrintable(db.error().text()));
    MatrixStore store(**db);
    if (auto seeded = bundled::seed(store); !seeded)
        qFatal("%s", qPrintable(seeded.error().text()));
    auto m = store.load();
    if (!m)
        qFatal("%s", qPrintable(m.error().text()));
    return *m;
}

// k copies of every offering, each at a random partner with its ordinal levels moved by at
// most one step: more partners offering the same techniques, as a larger consortium would.
Matrix synthetic(const Matrix &base, int k)
{
    if (k == 1)
        return base;
    Matrix m = base;
    m.offerings.clear();
    QRandomGenerator rng(4242 + k);
    auto jitter = [&](OrdinalRange r, int top) {
        if (!r.known())
            return r;
        const int d = int(rng.bounded(3)) - 1;
        r.lo = std::clamp(r.lo + d, 0, top);
        r.hi = std::clamp(r.hi + d, 0, top);
        return r;
    };
    qint64 id = 1;
    for (const Offering &o : base.offerings)
        for (int copy = 0; copy < k; ++copy) {
            Offering c = o;
            c.id = id++;
            if (copy > 0) {
                c.partner = base.partners[int(rng.bounded(int(base.partners.size())))].shortName;
                for (QString &i : c.instruments)
                    i += QStringLiteral(" #%1").arg(copy);
                c.fidelity = jitter(c.fidelity, 3);
                c.resources = jitter(c.resources, 2);
                c.planningTime = jitter(c.planningTime, 3);
                c.postProcessingTime = jitter(c.postProcessingTime, 3);
            }
            m.offerings.append(c);
        }
    return m;
}

Request requestOf(int n)
{
    static const char *names[] = {"crystal structure", "oxidation state", "surface chemical composition", "SEI composition",
                                  "particle morphology", "3D microstructure", "gas evolution", "Li distribution",
                                  "electrode thickness", "porosity"};
    static const RequestMode modes[] = {RequestMode::Operando, RequestMode::Operando, RequestMode::ExSitu, RequestMode::ExSitu,
                                        RequestMode::ExSitu, RequestMode::ExSitu, RequestMode::Operando, RequestMode::Any,
                                        RequestMode::ExSitu, RequestMode::Any};
    Request r;
    r.title = QStringLiteral("bench %1").arg(n);
    r.sample = {SampleShape::Electrode, QStringLiteral("LiNiO2"), true};
    r.origin = QStringLiteral("CEA");
    for (int i = 0; i < n; ++i)
        r.observables.append({QString::fromLatin1(names[i]), modes[i], {}, RegionOfInterest::Average, {}});
    if (n >= 2)
        r.correlations.append({{QStringLiteral("crystal structure"), QStringLiteral("oxidation state")}, 1});
    if (n >= 4)
        r.correlations.append({{QStringLiteral("surface chemical composition"), QStringLiteral("SEI composition")}, 2});
    return r;
}

struct Timing {
    double medianMs = 0;
    bool complete = true;
    int front = 0;
};

Timing timeSearch(const planning::Problem &p, bool exhaustive, int runs, qint64 limitMs)
{
    QList<double> ms;
    Timing t;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer clock;
        clock.start();
        const planning::Front f = planning::searchFront(p, exhaustive, limitMs);
        ms.append(clock.nsecsElapsed() / 1e6);
        t.front = int(f.choices.size());
        if (!f.complete) {
            t.complete = false;
            break; // one run over the limit is enough to know
        }
    }
    std::sort(ms.begin(), ms.end());
    t.medianMs = ms[ms.size() / 2];
    return t;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    int runs = 5;
    qint64 limit = 10000;
    if (const int i = int(args.indexOf(QStringLiteral("--runs"))); i > 0 && i + 1 < args.size())
        runs = std::max(1, args[i + 1].toInt());
    if (const int i = int(args.indexOf(QStringLiteral("--limit-ms"))); i > 0 && i + 1 < args.size())
        limit = std::max<qint64>(1, args[i + 1].toLongLong());

    QTextStream out(stdout);
    const Matrix bundled = loadBundled();
    out << "matrix\toffer.\tobs\tunits\tspace\tfront\tB&B ms (median)\tbrute ms (median)\tspeed-up\n";
    for (int k : {1, 10, 100}) {
        const Matrix m = synthetic(bundled, k);
        for (int n = 2; n <= 10; ++n) {
            const Request r = requestOf(n);
            const CandidateSet c = filterCandidates(r, m);
            auto p = planning::buildProblem(r, m, c);
            if (!p)
                qFatal("%s", qPrintable(p.error().text()));
            double space = 1;
            for (const auto &u : p->units)
                space *= double(u.options.size());
            // Brute force only where it could finish: beyond 5e7 assignments it is not started.
            const bool tryBrute = space <= 5e7;
            const Timing fast = timeSearch(*p, false, runs, limit);
            const Timing brute = tryBrute ? timeSearch(*p, true, std::min(runs, 3), limit) : Timing{0, false, 0};
            auto cell = [&](const Timing &t) { return t.complete ? QString::number(t.medianMs, 'f', 2) : QStringLiteral("> %1").arg(limit); };
            QString speedup = QStringLiteral("-");
            if (fast.complete && brute.complete)
                speedup = QStringLiteral("%1x").arg(brute.medianMs / std::max(fast.medianMs, 1e-3), 0, 'f', 0);
            else if (fast.complete && tryBrute)
                speedup = QStringLiteral("> %1x").arg(double(limit) / std::max(fast.medianMs, 1e-3), 0, 'f', 0);
            out << QStringLiteral("x%1").arg(k) << '\t' << m.offerings.size() << '\t' << n << '\t' << p->units.size() << '\t'
                << QString::number(space, 'g', 3) << '\t' << (fast.complete ? QString::number(fast.front) : QStringLiteral("?")) << '\t'
                << cell(fast) << '\t' << (tryBrute ? cell(brute) : QStringLiteral("not run (space)")) << '\t' << speedup << '\n';
            out.flush();
        }
    }
    return 0;
}
