// bench_campaign [--runs N] [--limit-ms MS] [--sizes 10,12,...] [--x10 12]
//
// Issue 14's campaign-scale requests (BenchSetup's campaignRequestOf: pouch cell from CEA,
// 10 to 25 observables, two or three correlation groups) over the bundled matrix, and one
// size over the x10 synthetic matrix. For each it prints the median time of the exact
// branch-and-bound; a search the limit stops is shown as "> limit" with the best fidelity it
// had found by 1 s and by the limit, so the reader sees how far an early stop gets.
#include "BenchSetup.h"

#include "planning/Plan.h"
#include "planning/PlanningProblem.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTextStream>

#include <algorithm>

using namespace pm;

namespace {

struct Run {
    double ms = 0;
    bool complete = true;
    int front = 0;
    double bestFidelity = 0;
    double bound = 0; // the certificate: no plan has a higher fidelity
    double firstPlanMs = -1; // when the first plan was known (progress, or the end)
    QString gapText() const { return QString::number(std::max(0.0, bound - bestFidelity) / std::max(bound, 1e-9) * 100, 'f', 1) + QLatin1Char('%'); }
};

Run searchOnce(const planning::Problem &p, qint64 limitMs)
{
    QElapsedTimer clock;
    clock.start();
    planning::SearchControl control;
    control.timeLimitMs = limitMs;
    control.progressIntervalMs = 10;
    double firstPlanMs = -1;
    control.progress = [&](const planning::Front &snapshot) {
        if (firstPlanMs < 0 && !snapshot.objectives.isEmpty())
            firstPlanMs = double(clock.nsecsElapsed()) / 1e6;
    };
    const planning::Front f = planning::searchFront(p, false, control);
    Run r;
    r.ms = double(clock.nsecsElapsed()) / 1e6;
    r.bound = f.bound;
    r.firstPlanMs = firstPlanMs < 0 ? r.ms : firstPlanMs;
    r.complete = f.complete;
    r.front = int(f.choices.size());
    for (const auto &o : f.objectives)
        r.bestFidelity = std::max(r.bestFidelity, o.fidelity);
    return r;
}

QList<int> intList(const QString &text)
{
    QList<int> out;
    for (const QString &part : text.split(QLatin1Char(','), Qt::SkipEmptyParts))
        out.append(part.trimmed().toInt());
    return out;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    auto option = [&](const char *name, const QString &fallback) {
        const int i = int(args.indexOf(QString::fromLatin1(name)));
        return i > 0 && i + 1 < args.size() ? args[i + 1] : fallback;
    };
    const int runs = std::max(1, option("--runs", QStringLiteral("5")).toInt());
    const qint64 limit = std::max<qint64>(1, option("--limit-ms", QStringLiteral("10000")).toLongLong());
    const QList<int> sizes = intList(option("--sizes", QStringLiteral("10,12,14,16,18,25")));
    const QList<int> x10Sizes = intList(option("--x10", QStringLiteral("8,12")));

    QTextStream out(stdout);
    const Matrix bundled = bench::loadBundled();
    out << "matrix\tobs\tgroups\tunits\tspace\tfront\texact ms (median)\tfirst plan ms\tbest fidelity (gap) at 1 s\tbest fidelity (gap) at limit\n";
    auto measure = [&](const Matrix &m, const QString &label, int n) {
        const Request r = bench::campaignRequestOf(n);
        const CandidateSet c = filterCandidates(r, m);
        auto p = planning::buildProblem(r, m, c);
        if (!p)
            qFatal("%s", qPrintable(p.error().text()));
        double space = 1;
        for (const auto &u : p->units)
            space *= double(u.options.size());
        QList<double> ms;
        Run last;
        for (int i = 0; i < runs; ++i) {
            last = searchOnce(*p, limit);
            ms.append(last.ms);
            if (!last.complete)
                break; // one run over the limit is enough to know
        }
        std::sort(ms.begin(), ms.end());
        QString exact = last.complete ? QString::number(ms[ms.size() / 2], 'f', 1) : QStringLiteral("> %1").arg(limit);
        QString atOne = QStringLiteral("-");
        if (!last.complete || ms[ms.size() / 2] > 1000) {
            const Run one = searchOnce(*p, 1000);
            atOne = QString::number(one.bestFidelity, 'f', 4) + QStringLiteral(" (") + one.gapText() + QLatin1Char(')');
        }
        out << label << '\t' << n << '\t' << r.correlations.size() << '\t' << p->units.size() << '\t'
            << QString::number(space, 'g', 3) << '\t' << (last.complete ? QString::number(last.front) : QStringLiteral("?"))
            << '\t' << exact << '\t' << QString::number(last.firstPlanMs, 'f', 1) << '\t' << atOne << '\t'
            << QString::number(last.bestFidelity, 'f', 4) << " (" << last.gapText() << ")\n";
        out.flush();
    };
    for (int n : sizes)
        measure(bundled, QStringLiteral("x1"), n);
    if (!x10Sizes.isEmpty()) {
        const Matrix x10 = bench::synthetic(bundled, 10);
        for (int n : x10Sizes)
            measure(x10, QStringLiteral("x10"), n);
    }
    return 0;
}
