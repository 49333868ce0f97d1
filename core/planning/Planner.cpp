// planRequest: candidates -> units -> Pareto front -> sequenced plans, ranked for the
// fidelity and cost the request asks for and labelled with their D5.5 Table 3 class.
#include "Plan.h"
#include "PlanningProblem.h"

#include "logbook/Logbook.h"

#include <algorithm>
#include <numeric>

namespace pm {

QString stepKindKey(StepKind k)
{
    switch (k) {
    case StepKind::Prepare:
        return QStringLiteral("prepare");
    case StepKind::Transfer:
        return QStringLiteral("transfer");
    case StepKind::Ship:
        return QStringLiteral("ship");
    case StepKind::Measure:
        break;
    }
    return QStringLiteral("measure");
}

QString planClassKey(PlanClass c)
{
    switch (c) {
    case PlanClass::CorrelatedOperandoLargeScale:
        return QStringLiteral("correlated-operando-lsf");
    case PlanClass::SingleLargeScale:
        return QStringLiteral("single-lsf");
    case PlanClass::CorrelatedOrOperandoLab:
        return QStringLiteral("correlated-or-operando-lab");
    case PlanClass::SingleLab:
        break;
    }
    return QStringLiteral("single-lab");
}

QString planClassTitle(PlanClass c)
{
    switch (c) {
    case PlanClass::CorrelatedOperandoLargeScale:
        return QStringLiteral("Correlated multimodal operando experiments, including large-scale facilities");
    case PlanClass::SingleLargeScale:
        return QStringLiteral("Single large-scale-facility measurement");
    case PlanClass::CorrelatedOrOperandoLab:
        return QStringLiteral("Correlated or operando experiments on laboratory instruments");
    case PlanClass::SingleLab:
        break;
    }
    return QStringLiteral("Single, high-throughput laboratory experiments");
}

const Step *Plan::step(const QString &id) const
{
    for (const Step &s : steps)
        if (s.id == id)
            return &s;
    return nullptr;
}

QList<const Step *> Plan::measureSteps() const
{
    QList<const Step *> out;
    for (const Step &s : steps)
        if (s.kind == StepKind::Measure)
            out.append(&s);
    return out;
}

RankingWeights rankingWeights(const Request &request)
{
    const double wf[] = {0.5, 1.0, 2.0};
    const double wc[] = {2.0, 1.0, 0.5};
    return {wf[std::clamp(request.fidelity, 0, 2)], wc[std::clamp(request.cost, 0, 2)], 0.5};
}

namespace {

PlanClass classify(const Plan &plan, const Request &request, const Matrix &matrix)
{
    int largeScale = 0;
    bool operando = false;
    const auto measures = plan.measureSteps();
    for (const Step *s : measures) {
        if (const Offering *o = matrix.offering(s->offeringId); o && planning::isLargeScaleFacility(matrix, *o))
            ++largeScale;
        operando = operando || s->mode != u"ex-situ";
    }
    const bool correlated = std::any_of(request.correlations.begin(), request.correlations.end(), [](const Correlation &c) { return c.type <= 2; });
    // Operando work, or techniques correlated on one sample (Type 1 or 2), make a plan
    // "correlated"; independent measurements stay "single" experiments.
    const bool multimodal = operando || (correlated && measures.size() > 1);
    if (largeScale > 0)
        return multimodal ? PlanClass::CorrelatedOperandoLargeScale : PlanClass::SingleLargeScale;
    return multimodal ? PlanClass::CorrelatedOrOperandoLab : PlanClass::SingleLab;
}

// The order shown to the main proposer: a weighted sum over the front, each objective
// scaled to 0-1 over the front, the weights following the requested fidelity and cost.
void rank(QList<Plan> &plans, const Request &request)
{
    if (plans.isEmpty())
        return;
    auto span = [&](auto get) {
        double lo = get(plans.first());
        double hi = lo;
        for (const Plan &p : plans) {
            lo = std::min(lo, get(p));
            hi = std::max(hi, get(p));
        }
        return std::pair{lo, hi > lo ? hi - lo : 1.0};
    };
    const auto [fLo, fSpan] = span([](const Plan &p) { return p.fidelity; });
    const auto [cLo, cSpan] = span([](const Plan &p) { return p.cost; });
    const auto [dLo, dSpan] = span([](const Plan &p) { return p.durationDays; });
    const RankingWeights w = rankingWeights(request);
    // Init-captures: clang before 16 cannot capture structured bindings (the fuzz build uses clang 14).
    auto utility = [&, fLo = fLo, fSpan = fSpan, cLo = cLo, cSpan = cSpan, dLo = dLo, dSpan = dSpan](const Plan &p) {
        return w.fidelity * (p.fidelity - fLo) / fSpan - w.cost * (p.cost - cLo) / cSpan - w.duration * (p.durationDays - dLo) / dSpan;
    };
    std::stable_sort(plans.begin(), plans.end(), [&](const Plan &a, const Plan &b) {
        const double ua = utility(a);
        const double ub = utility(b);
        if (std::abs(ua - ub) > 1e-12)
            return ua > ub;
        if (a.fidelity != b.fidelity)
            return a.fidelity > b.fidelity;
        if (a.cost != b.cost)
            return a.cost < b.cost;
        return a.durationDays < b.durationDays;
    });
    for (int i = 0; i < plans.size(); ++i)
        plans[i].rank = i + 1;
}

} // namespace

namespace {

// The plan speaks the user's words: a measure step names the elements asked for, and says when
// the offering answers an observable only through a broader term it lists, at what fidelity.
void describeObservables(Plan &plan, const Request &request, const Matrix &matrix)
{
    for (Step &s : plan.steps) {
        const Offering *o = s.kind == StepKind::Measure ? matrix.offering(s.offeringId) : nullptr;
        if (!o)
            continue;
        for (const QString &name : std::as_const(s.observables)) {
            const int i = request.indexOf(name);
            if (i >= 0 && !request.observables[i].elements.isEmpty())
                s.note += QStringLiteral("; %1 for %2").arg(name, request.observables[i].elements.join(QStringLiteral(", ")));
            const ObservableMatch m = ObservableVocabulary::bundled().match(o->observables, name);
            if (m.kind == ObservableMatch::Broader)
                s.note += QStringLiteral("; %1 through the broader term %2 that the offering lists (fidelity x%3)")
                              .arg(name, m.listed)
                              .arg(planning::broaderMatchFidelity(m), 0, 'g', 3);
        }
    }
}

// The front's plans, sequenced, classified, with their logbook warnings and bounds, ranked.
Result<QList<Plan>> plansOf(const planning::Problem &problem, const planning::Front &front, const Request &request, const Matrix &matrix,
                            const PlanOptions &options)
{
    QList<Plan> plans;
    for (int c = 0; c < front.choices.size(); ++c) {
        auto plan = planning::materialise(problem, front.choices[c]);
        if (!plan)
            return plan.error();
        plan->tableClass = classify(*plan, request, matrix);
        plan->fidelityBound = c < front.bounds.size() ? std::max(front.bounds[c], plan->fidelity) : plan->fidelity;
        planning::dateNextCalls(*plan, request, matrix, options.today);
        if (!options.logbook.isEmpty())
            for (Step &s : plan->steps)
                if (s.kind == StepKind::Measure)
                    if (const Offering *o = matrix.offering(s.offeringId))
                        if (const QString w = logbook::warningFor(*o, options.logbook, options.today); !w.isEmpty()) {
                            s.warnings.append(w);
                            plan->warnings.append(QStringLiteral("%1: %2").arg(s.id, w));
                        }
        describeObservables(*plan, request, matrix);
        plans.append(*plan);
    }
    rank(plans, request);
    if (options.topN > 0 && plans.size() > options.topN)
        plans = plans.mid(0, options.topN);
    return plans;
}

// Earlier plans' assignments (observable -> offering id) as choice vectors of this problem:
// for each unit, the option measuring it with that offering. A seed with a unit no option
// of which matches (the matrix or the request changed) is skipped.
QVector<QVector<int>> seedChoices(const planning::Problem &problem, const Matrix &matrix, const QList<QMap<QString, qint64>> &seeds)
{
    QVector<QVector<int>> out;
    for (const QMap<QString, qint64> &seed : seeds) {
        QVector<int> choice(problem.units.size(), -1);
        bool fits = true;
        for (int u = 0; u < problem.units.size() && fits; ++u) {
            const planning::Unit &unit = problem.units[u];
            const qint64 wanted = unit.observables.isEmpty() ? -1 : seed.value(unit.observables.first(), -1);
            for (int i = 0; i < unit.options.size() && choice[u] < 0; ++i) {
                const int offering = problem.steps[unit.options[i].step].offering;
                if (offering >= 0 && offering < matrix.offerings.size() && matrix.offerings[offering].id == wanted)
                    choice[u] = i;
            }
            fits = choice[u] >= 0;
        }
        if (fits)
            out.append(choice);
    }
    return out;
}
} // namespace

Result<PlanResult> planRequest(const Request &asked, const Matrix &matrix, const PlanOptions &options)
{
    PlanResult result;
    // Observables covered by existing data (issue 17) are not planned; the result says which.
    result.covered = asked.covered;
    const Request request = asked.withoutCovered();
    const CandidateSet candidates = filterCandidates(request, matrix);
    result.rejected = candidates.rejected;
    result.unmeasurable = candidates.unmeasurable;
    auto problem = planning::buildProblem(request, matrix, candidates);
    if (!problem)
        return problem.error();
    if (problem->units.isEmpty())
        return result;
    planning::SearchControl control;
    control.timeLimitMs = options.timeLimitMs;
    control.nodeLimit = options.nodeLimit;
    control.cancel = options.cancel.get();
    control.progressIntervalMs = options.progressIntervalMs;
    control.seeds = seedChoices(*problem, matrix, options.seeds);
    if (options.progress)
        control.progress = [&](const planning::Front &f) {
            PlanProgress p;
            p.elapsedMs = f.elapsedMs;
            p.nodes = f.nodes;
            p.evaluated = f.evaluated;
            p.frontSize = int(f.choices.size());
            for (const planning::Objectives &o : f.objectives)
                p.bestFidelity = std::max(p.bestFidelity, o.fidelity);
            p.fidelityBound = std::max(f.bound, p.bestFidelity);
            if (options.progressPlans)
                if (auto plans = plansOf(*problem, f, request, matrix, options))
                    p.plans = *plans;
            options.progress(p);
        };
    const planning::Front front = planning::searchFront(*problem, options.exhaustive, control);
    result.complete = front.complete;
    result.frontSize = int(front.choices.size());
    result.evaluated = front.evaluated;
    result.nodes = front.nodes;
    result.elapsedMs = front.elapsedMs;
    if (front.choices.isEmpty() && problem->units.size() > 0) {
        // Every assignment contradicts itself: report the first one's contradiction.
        QVector<int> first(problem->units.size(), 0);
        auto plan = planning::materialise(*problem, first);
        if (!plan)
            return plan.error();
    }
    auto plans = plansOf(*problem, front, request, matrix, options);
    if (!plans)
        return plans.error();
    result.plans = *plans;
    for (const planning::Objectives &o : front.objectives)
        result.bestFidelity = std::max(result.bestFidelity, o.fidelity);
    result.fidelityBound = std::max(front.bound, result.bestFidelity);
    return result;
}

} // namespace pm
