// bench_planner [--runs N] [--limit-ms MS]
//
// For requests of 2..10 observables (origin CEA, an air-sensitive electrode, a Type 1 group
// crystal structure + oxidation state and a Type 2 group surface chemical composition + SEI
// composition once both members are asked), over the bundled matrix and synthetic matrices
// x10 and x100 its size, prints the median time of the branch-and-bound search and of the
// brute force (--exhaustive) side by side. A run over the limit is reported as "> limit".
#include "BenchSetup.h"

#include "planning/Plan.h"
#include "planning/PlanningProblem.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTextStream>

#include <algorithm>
#include <cstdio>

using namespace pm;
using pm::bench::loadBundled;
using pm::bench::requestOf;
using pm::bench::synthetic;

namespace {

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
