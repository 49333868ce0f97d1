// The Pareto front over (fidelity max, cost min, duration min).
//
// Branch-and-bound: units are assigned one by one; a partial assignment is abandoned when
// a plan already found is at least as good as the best any completion could reach
// (fidelity upper bound, cost and duration lower bounds, docs/PLANNER.md). Before that,
// options that can never do better than another option of the same unit with the same
// interactions (site, cell, damage, holders, timing) are dropped. Both keep, among plans
// with equal objectives, the first in enumeration order, so on the options they share the
// fronts are identical; the brute force enumerates every assignment.
#include "PlanningProblem.h"

#include <algorithm>
#include <cmath>

namespace pm::planning {

namespace {

class Archive {
public:
    bool dominatedBound(const Objectives &bound) const
    {
        return std::any_of(m_objectives.begin(), m_objectives.end(), [&](const Objectives &o) { return weaklyDominates(o, bound); });
    }

    void offer(const QVector<int> &choice, const Objectives &o)
    {
        if (dominatedBound(o))
            return;
        for (int i = int(m_objectives.size()) - 1; i >= 0; --i)
            if (weaklyDominates(o, m_objectives[i])) {
                m_objectives.removeAt(i);
                m_choices.removeAt(i);
            }
        m_objectives.append(o);
        m_choices.append(choice);
    }

    Front front(qint64 evaluated, qint64 nodes) const { return Front{m_choices, m_objectives, evaluated, nodes}; }

private:
    QVector<QVector<int>> m_choices;
    QVector<Objectives> m_objectives;
};

// Drops options dominated within their unit by an option with identical interactions.
// Steps that several units can share are kept: their cost may be paid once.
Problem reduced(const Problem &p)
{
    Problem r = p;
    for (Unit &u : r.units) {
        QVector<UnitOption> kept;
        for (int i = 0; i < u.options.size(); ++i) {
            const UnitOption &b = u.options[i];
            const StepOption &sb = p.steps[b.step];
            bool dominated = false;
            if (sb.listedBy == 1) {
                for (int j = 0; j < u.options.size() && !dominated; ++j) {
                    if (i == j)
                        continue;
                    const UnitOption &a = u.options[j];
                    const StepOption &sa = p.steps[a.step];
                    if (sa.listedBy != 1 || sa.site != sb.site || sa.inCell != sb.inCell || sa.damage != sb.damage
                        || sa.holders != sb.holders || sa.release != sb.release || sa.post != sb.post || sa.measure != sb.measure)
                        continue;
                    const bool noWorse = a.fidelitySum >= b.fidelitySum && sa.cost <= sb.cost;
                    const bool better = a.fidelitySum > b.fidelitySum || sa.cost < sb.cost;
                    // Equal options: keep the first.
                    dominated = noWorse && (better || j < i);
                }
            }
            if (!dominated)
                kept.append(b);
        }
        u.options = kept;
    }
    return r;
}

// A point of the relaxed objective space (fidelity summed over observables, not averaged).
struct Local {
    double fidelity;
    double cost;
    double duration;
};

bool covers(const Local &a, const Local &b)
{
    return a.fidelity >= b.fidelity && a.cost <= b.cost && a.duration <= b.duration;
}

QVector<Local> nondominated(QVector<Local> points)
{
    std::sort(points.begin(), points.end(), [](const Local &a, const Local &b) {
        if (a.fidelity != b.fidelity)
            return a.fidelity > b.fidelity;
        if (a.cost != b.cost)
            return a.cost < b.cost;
        return a.duration < b.duration;
    });
    QVector<Local> out;
    for (const Local &p : std::as_const(points))
        if (std::none_of(out.begin(), out.end(), [&](const Local &q) { return covers(q, p); }))
            out.append(p);
    return out;
}

// Keeps a bound set small: neighbours (in fidelity order) are replaced by their ideal point,
// which is at least as good as each of them, so the set stays an optimistic bound.
QVector<Local> coarsened(const QVector<Local> &points)
{
    constexpr int kMaxPoints = 48;
    if (points.size() <= kMaxPoints)
        return points;
    const int chunk = int((points.size() + kMaxPoints - 1) / kMaxPoints);
    QVector<Local> out;
    for (int i = 0; i < points.size(); i += chunk) {
        Local ideal = points[i];
        for (int j = i + 1; j < std::min<int>(i + chunk, int(points.size())); ++j) {
            ideal.fidelity = std::max(ideal.fidelity, points[j].fidelity);
            ideal.cost = std::min(ideal.cost, points[j].cost);
            ideal.duration = std::min(ideal.duration, points[j].duration);
        }
        out.append(ideal);
    }
    return nondominated(out);
}

class BranchAndBound {
public:
    explicit BranchAndBound(const Problem &p) : m_p(p), m_choice(int(p.units.size()), 0), m_used(int(p.steps.size()), 0)
    {
        // Relaxation: units independent, each paying its share of a step's cost (cost over
        // the number of units that could share it), durations as if each step stood alone.
        const int n = int(p.units.size());
        m_suffix.resize(n + 1);
        m_suffix[n] = {Local{0, 0, 0}};
        for (int u = n - 1; u >= 0; --u) {
            QVector<Local> local;
            for (const UnitOption &o : p.units[u].options) {
                const StepOption &s = p.steps[o.step];
                local.append({o.fidelitySum, s.cost / s.listedBy, standaloneDuration(s)});
            }
            QVector<Local> sum;
            for (const Local &a : nondominated(local))
                for (const Local &b : std::as_const(m_suffix[u + 1]))
                    sum.append({a.fidelity + b.fidelity, a.cost + b.cost, std::max(a.duration, b.duration)});
            m_suffix[u] = coarsened(nondominated(sum));
        }
    }

    Front run()
    {
        descend(0, 0, 0, 0, 0, 0);
        return m_archive.front(m_evaluated, m_nodes);
    }

private:
    // Every measurement waits at least for its booking and for a cell to be assembled.
    static double standaloneDuration(const StepOption &s)
    {
        return std::max(s.release, kOperandoPreparationDays) + s.measure + s.post;
    }

    static double sampleCostBound(int cells, int destructive)
    {
        const double b = cells * kOperandoSampleCost + std::max(0, destructive - cells) * kExSituSampleCost;
        return std::max(b, kExSituSampleCost);
    }

    void descend(int u, double fidelity, double shareCost, double duration, int cells, int destructive)
    {
        ++m_nodes;
        const int n = int(m_p.units.size());
        if (u == n) {
            ++m_evaluated;
            if (auto o = evaluate(m_p, m_choice))
                m_archive.offer(m_choice, *o);
            return;
        }
        // Bounds over every completion: the partial plan plus each point of the relaxed
        // front of the remaining units. Abandon the branch when the archive dominates all.
        const double samples = sampleCostBound(cells, destructive);
        const double observables = std::max(1, m_p.observableCount);
        bool open = false;
        for (const Local &r : m_suffix[u]) {
            const Objectives bound = quantized((fidelity + r.fidelity) / observables + 1e-9, shareCost + r.cost + samples - 1e-9,
                                               std::max(duration, r.duration) - 1e-9);
            if (!m_archive.dominatedBound(bound)) {
                open = true;
                break;
            }
        }
        if (!open)
            return;

        const Unit &unit = m_p.units[u];
        for (int i = 0; i < unit.options.size(); ++i) {
            const UnitOption &o = unit.options[i];
            const StepOption &s = m_p.steps[o.step];
            m_choice[u] = i;
            const bool fresh = m_used[o.step]++ == 0;
            descend(u + 1, fidelity + o.fidelitySum, shareCost + s.cost / s.listedBy, std::max(duration, standaloneDuration(s)),
                    cells + (fresh && s.inCell ? 1 : 0), destructive + (fresh && s.damage == 2 ? 1 : 0));
            --m_used[o.step];
        }
    }

    const Problem &m_p;
    QVector<int> m_choice;
    QVector<int> m_used;
    QVector<QVector<Local>> m_suffix;
    Archive m_archive;
    qint64 m_evaluated = 0;
    qint64 m_nodes = 0;
};

Front bruteForce(const Problem &p)
{
    Archive archive;
    const int n = int(p.units.size());
    QVector<int> choice(n, 0);
    qint64 evaluated = 0;
    if (n == 0)
        return archive.front(0, 0);
    while (true) {
        ++evaluated;
        if (auto o = evaluate(p, choice))
            archive.offer(choice, *o);
        // Next assignment in lexicographic order (the last unit changes fastest).
        int u = n - 1;
        while (u >= 0 && ++choice[u] == p.units[u].options.size()) {
            choice[u] = 0;
            --u;
        }
        if (u < 0)
            break;
    }
    return archive.front(evaluated, evaluated);
}

} // namespace

Front searchFront(const Problem &problem, bool exhaustive)
{
    for (const Unit &u : problem.units)
        if (u.options.isEmpty())
            return {};
    if (exhaustive)
        return bruteForce(problem);
    const Problem r = reduced(problem);
    if (qEnvironmentVariableIsSet("PM_DEBUG"))
        for (int u = 0; u < r.units.size(); ++u)
            qWarning("unit %d %s: %d options (%d before), suffix bound %d", u, qPrintable(r.units[u].observables.join(u'+')),
                     int(r.units[u].options.size()), int(problem.units[u].options.size()), 0);
    Front f = BranchAndBound(r).run();
    // Choices index the reduced option lists: map them back to the problem's.
    for (QVector<int> &choice : f.choices)
        for (int u = 0; u < choice.size(); ++u) {
            const int step = r.units[u].options[choice[u]].step;
            for (int i = 0; i < problem.units[u].options.size(); ++i)
                if (problem.units[u].options[i].step == step) {
                    choice[u] = i;
                    break;
                }
        }
    return f;
}

} // namespace pm::planning
