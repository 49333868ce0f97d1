// planner_probe K N [--limit-ms MS] [--exhaustive]
//
// One benchmark case (synthetic matrix xK, N observables) searched once, with the search's
// own counters: options per unit, nodes visited, plans evaluated, front size and time. For
// profiling the branch-and-bound (perf record -g planner_probe 10 8).
#include "BenchSetup.h"

#include "planning/PlanningProblem.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTextStream>

using namespace pm;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 3) {
        QTextStream(stderr) << "usage: planner_probe K N [--limit-ms MS] [--exhaustive]\n";
        return 2;
    }
    const int k = args[1].toInt();
    const int n = args[2].toInt();
    qint64 limit = 0;
    if (const int i = int(args.indexOf(QStringLiteral("--limit-ms"))); i > 0 && i + 1 < args.size())
        limit = args[i + 1].toLongLong();
    const bool exhaustive = args.contains(QStringLiteral("--exhaustive"));

    const Matrix m = bench::synthetic(bench::loadBundled(), k);
    const Request r = bench::requestOf(n);
    const CandidateSet c = filterCandidates(r, m);
    auto p = planning::buildProblem(r, m, c);
    if (!p)
        qFatal("%s", qPrintable(p.error().text()));
    QTextStream out(stdout);
    out << "units:";
    for (const auto &u : p->units)
        out << ' ' << u.options.size() << '(' << u.observables.join(QLatin1Char('+')) << ')';
    out << "\nsteps: " << p->steps.size() << ", sites: " << p->siteNames.size() << '\n';
    QElapsedTimer clock;
    clock.start();
    const planning::Front f = planning::searchFront(*p, exhaustive, limit);
    const double ms = clock.nsecsElapsed() / 1e6;
    out << "time ms: " << ms << (f.complete ? "" : " (stopped by the limit)") << "\nnodes: " << f.nodes << "\nevaluated: " << f.evaluated
        << "\nfront: " << f.choices.size() << '\n';
    for (const auto &o : f.objectives)
        out << "  " << o.fidelity << ' ' << o.cost << ' ' << o.duration << '\n';
    return 0;
}
