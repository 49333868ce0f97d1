// planner_probe K N [--limit-ms MS] [--exhaustive] [--runs R]
//
// One benchmark case (synthetic matrix xK, N observables) searched R times (default 1), with
// the search's own counters: options per unit, nodes visited, plans evaluated, front size
// and the median time. For profiling the branch-and-bound (perf record -g planner_probe 10 8
// --runs 20: the search, not the matrix set-up, then dominates the samples).
#include "BenchSetup.h"

#include "planning/PlanningProblem.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTextStream>

#include <algorithm>
#include <vector>

using namespace pm;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 3) {
        QTextStream(stderr) << "usage: planner_probe K N [--limit-ms MS] [--runs R] [--exhaustive] [--campaign]\n";
        return 2;
    }
    const int k = args[1].toInt();
    const int n = args[2].toInt();
    qint64 limit = 0;
    if (const int i = int(args.indexOf(QStringLiteral("--limit-ms"))); i > 0 && i + 1 < args.size())
        limit = args[i + 1].toLongLong();
    const bool exhaustive = args.contains(QStringLiteral("--exhaustive"));
    int runs = 1;
    if (const int i = int(args.indexOf(QStringLiteral("--runs"))); i > 0 && i + 1 < args.size())
        runs = std::max(1, args[i + 1].toInt());

    const Matrix m = bench::synthetic(bench::loadBundled(), k);
    // --campaign: issue 14's pouch-cell request (bench_campaign's) instead of requestOf(n).
    const Request r = args.contains(QStringLiteral("--campaign")) ? bench::campaignRequestOf(n) : bench::requestOf(n);
    const CandidateSet c = filterCandidates(r, m);
    auto p = planning::buildProblem(r, m, c);
    if (!p)
        qFatal("%s", qPrintable(p.error().text()));
    QTextStream out(stdout);
    out << "units:";
    for (const auto &u : p->units)
        out << ' ' << u.options.size() << '(' << u.observables.join(QLatin1Char('+')) << ')';
    out << "\nsteps: " << p->steps.size() << ", sites: " << p->siteNames.size() << '\n';
    planning::Front f;
    std::vector<double> times;
    for (int run = 0; run < runs; ++run) {
        QElapsedTimer clock;
        clock.start();
        f = planning::searchFront(*p, exhaustive, limit);
        times.push_back(clock.nsecsElapsed() / 1e6);
    }
    std::sort(times.begin(), times.end());
    const double ms = times[times.size() / 2];
    out << "time ms: " << ms << (runs > 1 ? QStringLiteral(" (median of %1, fastest %2)").arg(runs).arg(times.front()) : QString())
        << (f.complete ? "" : " (stopped by the limit)") << "\nnodes: " << f.nodes << "\nevaluated: " << f.evaluated
        << "\nfront: " << f.choices.size() << '\n';
    for (const auto &o : f.objectives)
        out << "  " << o.fidelity << ' ' << o.cost << ' ' << o.duration << '\n';
    return 0;
}
