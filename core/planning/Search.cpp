// The Pareto front over (fidelity max, cost min, duration min).
//
// Branch-and-bound: units are assigned one by one; a branch is abandoned when the plans
// already found dominate every point of an optimistic bound set for its completions: what
// it has committed to (chosen steps, samples, the logistics of its sites over the site
// hierarchy, the main sample's path) plus the relaxed front of the remaining units. Options
// are checked a site at a time and one at a time before branching. Before the search,
// options that can never do better than another option of the same unit are dropped.
// docs/PLANNER.md section 4 explains each bound and why it is exact; the front equals the
// brute force's as a set of objective vectors (tests test_planner_search and
// test_search_synthetic). The brute force enumerates every assignment.
#include "PlanningProblem.h"
#include "SearchSites.h"

#include <QElapsedTimer>
#include <QHash>
#include <QVarLengthArray>

#include <algorithm>
#include <cmath>
#include <vector>

// The bound check's inner function must be inlined (GCC otherwise calls it, 5 % of the
// search's time); other compilers decide for themselves.
#if defined(__GNUC__)
#define PM_ALWAYS_INLINE __attribute__((always_inline))
#else
#define PM_ALWAYS_INLINE
#endif

namespace pm::planning {

namespace {

class Archive {
public:
    // The search's goal: the whole front, or only the highest fidelity (section 7.3 of
    // docs/PLANNER.md), where a bound is closed as soon as a plan reaches its fidelity,
    // whatever it costs and lasts, and the archive keeps a single plan.
    enum class Goal { Front, HighestFidelity };
    explicit Archive(Goal goal = Goal::Front) : m_fidelityOnly(goal == Goal::HighestFidelity) {}

    bool dominatedBound(const Objectives &bound) const
    {
        if (m_fidelityOnly)
            return !m_objectives.isEmpty() && m_objectives.front().fidelity >= bound.fidelity;
        return std::any_of(m_objectives.begin(), m_objectives.end(), [&](const Objectives &o) { return weaklyDominates(o, bound); });
    }

    // A bound as integers on the archive's grid (fidelity in 1e-4, cost and duration in
    // 0.1). The archive's objectives are round(x * scale) / scale, and dividing integers of
    // this size by the same scale keeps their order, so comparing the integers is the same
    // test as comparing the objectives, without a division or conversion in the hot loop.
    struct GridPoint {
        qint64 fidelity;
        qint64 cost;
        qint64 duration;
    };

    // Is the bound weakly dominated by an archived plan? Tries first the plan that dominated
    // last time (neighbouring bound points are mostly dominated by the same plan), then the
    // plans in fidelity order, highest first, up to the first below the bound's fidelity.
    bool dominatedBound(const GridPoint &bound, int &hint) const
    {
        if (m_fidelityOnly)
            return !m_grid.empty() && m_grid.front().fidelity >= bound.fidelity;
        const int n = int(m_grid.size());
        const GridPoint *grid = m_grid.data();
        auto covers = [&](int i) { return grid[i].fidelity >= bound.fidelity && grid[i].cost <= bound.cost && grid[i].duration <= bound.duration; };
        if (hint < n && covers(hint))
            return true;
        for (int i = 0; i < n && grid[i].fidelity >= bound.fidelity; ++i)
            if (grid[i].cost <= bound.cost && grid[i].duration <= bound.duration) {
                hint = i;
                return true;
            }
        return false;
    }

    void offer(const QVector<int> &choice, const Objectives &o)
    {
        if (m_fidelityOnly) {
            // One plan: the highest fidelity, and among equals the first that is no worse.
            if (!m_objectives.isEmpty() && !(o.fidelity > m_objectives.front().fidelity || weaklyDominates(o, m_objectives.front())))
                return;
            m_objectives = {o};
            m_choices = {choice};
            m_grid = {gridOf(o)};
            return;
        }
        if (dominatedBound(o))
            return;
        for (int i = int(m_objectives.size()) - 1; i >= 0; --i)
            if (weaklyDominates(o, m_objectives[i])) {
                m_objectives.removeAt(i);
                m_choices.removeAt(i);
                m_grid.erase(m_grid.begin() + i);
            }
        // Kept in fidelity order, highest first, for dominatedBound's early stop.
        const GridPoint point = gridOf(o);
        const auto at = std::find_if(m_grid.begin(), m_grid.end(), [&](const GridPoint &g) { return g.fidelity < point.fidelity; });
        const auto i = at - m_grid.begin();
        m_grid.insert(at, point);
        m_objectives.insert(i, o);
        m_choices.insert(i, choice);
    }

    Front front(qint64 evaluated, qint64 nodes, bool complete = true) const
    {
        Front f;
        f.choices = m_choices;
        f.objectives = m_objectives;
        f.evaluated = evaluated;
        f.nodes = nodes;
        f.complete = complete;
        return f;
    }

private:
    static GridPoint gridOf(const Objectives &o)
    {
        return {std::llround(o.fidelity * ObjectiveGrid::fidelity), std::llround(o.cost * ObjectiveGrid::cost),
                std::llround(o.duration * ObjectiveGrid::duration)};
    }

    bool m_fidelityOnly = false;
    QVector<QVector<int>> m_choices;
    QVector<Objectives> m_objectives;
    std::vector<GridPoint> m_grid; // m_objectives on the grid, for dominatedBound
};

// The sequencer orders the steps on one site by (release, post, measure).
bool keyLess(const StepOption &a, const StepOption &b)
{
    if (a.release != b.release)
        return a.release < b.release;
    if (a.post != b.post)
        return a.post < b.post;
    return a.measure < b.measure;
}

bool keyEqual(const StepOption &a, const StepOption &b)
{
    return a.release == b.release && a.post == b.post && a.measure == b.measure;
}

// Drops options dominated within their unit: option a dominates b when putting a in b's
// place can never make a plan worse (docs/PLANNER.md, "Option dominance").
Problem reduced(const Problem &p)
{
    Problem r = p;
    // Steps other units may put on each site: a dominating option must not change the order
    // the sequencer gives the steps of a site.
    QVector<QVector<QVector<int>>> othersAt(p.units.size(), QVector<QVector<int>>(p.siteNames.size()));
    for (int u = 0; u < p.units.size(); ++u)
        for (int v = 0; v < p.units.size(); ++v)
            if (v != u)
                for (const UnitOption &o : p.units[v].options)
                    othersAt[u][p.steps[o.step].site].append(o.step);
    for (int u = 0; u < r.units.size(); ++u) {
        Unit &unit = r.units[u];
        // Only options on the same site, in a cell or not, of the same sequence order can
        // dominate each other: compare within those buckets (a unit may have thousands).
        QHash<qint64, QVector<int>> buckets;
        auto bucketOf = [&](const StepOption &s) { return (qint64(s.site) * 2 + (s.inCell ? 1 : 0)) * 8 + s.order; };
        for (int i = 0; i < unit.options.size(); ++i)
            buckets[bucketOf(p.steps[unit.options[i].step])].append(i);
        QVector<UnitOption> kept;
        for (int i = 0; i < unit.options.size(); ++i) {
            const UnitOption &b = unit.options[i];
            const StepOption &sb = p.steps[b.step];
            bool dominated = false;
            if (sb.listedBy == 1) {
                const QVector<int> &rivals = buckets[bucketOf(sb)];
                for (int rival = 0; rival < rivals.size() && !dominated; ++rival) {
                    const int j = rivals[rival];
                    if (i == j)
                        continue;
                    const UnitOption &a = unit.options[j];
                    const StepOption &sa = p.steps[a.step];
                    if (sa.listedBy != 1 || sa.site != sb.site || sa.inCell != sb.inCell || sa.order != sb.order || sa.materialShipped != sb.materialShipped
                        || (sa.holders & sb.holders) != sb.holders || sa.release > sb.release || sa.post > sb.post || sa.measure > sb.measure
                        || a.fidelitySum < b.fidelitySum || sa.cost > sb.cost
                        || sa.amountMg > sb.amountMg // more material can mean one more sample (issue 13)
                        || sa.preCycleDays > sb.preCycleDays) // a cell cycled longer first starts later
                        continue;
                    const bool better = a.fidelitySum > b.fidelitySum || sa.cost < sb.cost || sa.holders != sb.holders || !keyEqual(sa, sb)
                        || sa.amountMg < sb.amountMg || sa.preCycleDays < sb.preCycleDays;
                    if (!better && j > i)
                        continue; // equal options: keep the first
                    if (!keyEqual(sa, sb)) {
                        const bool reorders = std::any_of(othersAt[u][sb.site].begin(), othersAt[u][sb.site].end(), [&](int x) {
                            const StepOption &sx = p.steps[x];
                            return !keyLess(sx, sa) && !keyLess(sb, sx);
                        });
                        if (reorders)
                            continue;
                    }
                    dominated = true;
                }
            }
            if (!dominated)
                kept.append(b);
        }
        unit.options = kept;
    }
    return r;
}

// The steps a Type 2 group may put on another unit's operando cell: a unit's options, when
// another unit of one of its groups has an in-cell option. Such a step need not have a cell
// (and its shipment) of its own; used by the bounds' view and the search's own-cell bound.
QVector<bool> stepsThatMayShareACell(const Problem &p)
{
    QVector<bool> sharesCell(p.steps.size(), false);
    for (int u = 0; u < p.units.size(); ++u)
        for (int g : p.unitGroups[u])
            for (int other : p.type2[g].units)
                if (other != u)
                    for (const UnitOption &o : p.units[other].options)
                        if (p.steps[o.step].inCell)
                            for (const UnitOption &mine : p.units[u].options)
                                sharesCell[mine.step] = true;
    return sharesCell;
}

// The problem as the bounds see it: an operando step that always has a cell of its own (no
// Type 2 group can put it on another step's cell) costs its cell's shipment from the origin
// as well, since every such cell starts there and travels once to the step's site
// (Sequencer). The shipment is paid once per step however many units choose it, like the
// step's own cost, and no other bound counts it (the site bounds count ex-situ steps only),
// so every bound stays a lower bound on the plans evaluate() scores on the exact problem.
// The shipment also keeps shipFidelity(_, true) of the plan's fidelity: the bounds see each
// option on such a step with its fidelity times that factor. A plan with K >= 1 such
// shipments has fidelity sum(f) * k^K * (the rest), and sum(f_u * c_u) >= k^K * sum(f) as
// every c_u is 1 or k >= k^K (c_u < 1 only where a shipment is made), so the bound still
// never undercuts a plan. Options are re-sorted by the view's values (fidelity first, as
// ProblemBuilder sorts them, which the option groups' tails rely on), and `exact` gets the
// same order so that one choice vector means the same steps in both.
Problem boundsView(Problem &exact)
{
    const Problem &p = exact;
    Problem view = p;
    if (p.originSite < 0)
        return view;
    const QVector<bool> sharesCell = stepsThatMayShareACell(p);
    QVector<bool> ships(p.steps.size(), false);
    for (int i = 0; i < p.steps.size(); ++i)
        if (p.steps[i].inCell && !sharesCell[i] && p.steps[i].site != p.originSite) {
            ships[i] = true;
            view.steps[i].cost += shipCost(p.distance[p.originSite][p.steps[i].site], p.airSensitive);
        }
    const double kept = shipFidelity(p.airSensitive, true);
    for (int u = 0; u < view.units.size(); ++u) {
        QVector<UnitOption> &options = view.units[u].options;
        for (UnitOption &o : options)
            if (ships[o.step])
                o.fidelitySum *= kept;
        std::stable_sort(options.begin(), options.end(), [&](const UnitOption &a, const UnitOption &b) {
            if (a.fidelitySum != b.fidelitySum)
                return a.fidelitySum > b.fidelitySum;
            return view.steps[a.step].cost < view.steps[b.step].cost;
        });
        QHash<int, double> fidelityOf;
        for (const UnitOption &o : std::as_const(exact.units[u].options))
            fidelityOf.insert(o.step, o.fidelitySum);
        for (int i = 0; i < options.size(); ++i)
            exact.units[u].options[i] = UnitOption{options[i].step, fidelityOf.value(options[i].step)};
    }
    return view;
}

// A point of the relaxed objective space (fidelity summed over observables, not averaged).
struct Local {
    double fidelity;
    double cost;
    double duration;
    double ships = 0;    // shipments, shared among the units that may use the same site
    double shipCost = 0; // their cost, shared the same way
    double shipFactor = 1; // fidelity kept through `ships` shipments at best (0.99^ships)
};

bool covers(const Local &a, const Local &b)
{
    return a.fidelity >= b.fidelity && a.cost <= b.cost && a.duration <= b.duration && a.ships <= b.ships && a.shipCost <= b.shipCost;
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
            ideal.ships = std::min(ideal.ships, points[j].ships);
            ideal.shipCost = std::min(ideal.shipCost, points[j].shipCost);
        }
        out.append(ideal);
    }
    return nondominated(out);
}

// The ideal point of points[begin, end): at least as good as each of them in every field.
Local idealOf(const QVector<Local> &points, int begin, int end)
{
    Local ideal = points[begin];
    for (int j = begin + 1; j < end; ++j) {
        ideal.fidelity = std::max(ideal.fidelity, points[j].fidelity);
        ideal.cost = std::min(ideal.cost, points[j].cost);
        ideal.duration = std::min(ideal.duration, points[j].duration);
        ideal.ships = std::min(ideal.ships, points[j].ships);
        ideal.shipCost = std::min(ideal.shipCost, points[j].shipCost);
        ideal.shipFactor = std::max(ideal.shipFactor, points[j].shipFactor);
    }
    return ideal;
}

// What a branch has committed to, as its bounds see it.
struct Partial {
    double fidelity;       // sum over the observables assigned so far
    double cost;           // steps chosen so far (their charge, see descend) and shares
    double samples;        // samples every completion needs at least
    int ships;             // shipments every completion needs at least
    double sharedKept;     // 0.99^(shares of arrivals, at sites units may share)
    double shipCostShared; // and of their cost
    double connection;     // the cheapest tree connecting the sites visited so far
    double logistics;      // fidelity kept through the shipments into them, at most
    double duration;
    int bare;              // sites entered without an air-tight holder, at least
    int returns;           // 1 when the main sample must come back to the origin
};

// The options of one unit at one site, travelling from the origin or not, with an air-tight
// holder or not, summarised by their best values (max fidelity, min cost share, min duration,
// min arrival shares). Holders apart because, for an air-sensitive sample, whether the
// site is entered bare is what closes most options (docs/PLANNER.md, 4.4).
struct OptionGroup {
    int site = -1;
    bool travels = false;
    bool holder = false;
    double fidelity = 0;
    double cost = 1e300;
    double duration = 1e300;
    double shipShare = 1e300;
    double shipKept = 1; // 0.99^shipShare, the fidelity its arrival share keeps at best
    double shipCostShare = 1e300;
    QVector<int> options; // in the unit's order: fidelity first, highest first
    // Best values of options[k..] (their fidelity is options[k]'s): a tail whose best values
    // are dominated is dropped at once.
    QVector<double> tailCost, tailDuration, tailShipKept, tailShipCostShare;
};

// The ideal values of a unit's option groups from one on (max fidelity, min cost share,
// duration and arrival shares).
struct GroupTail {
    double fidelity = 0;
    double cost = 1e300;
    double duration = 1e300;
    double shipKept = 0;
    double shipCostShare = 1e300;
};

class BranchAndBound {
public:
    // `p` is the bounds' view of `exact` (boundsView()): plans are scored on `exact`, bounds
    // (and so the anytime certificate) are computed on `p`, which never undercuts `exact`.
    BranchAndBound(const Problem &p, const Problem &exact, const SearchControl &control, Archive::Goal goal = Archive::Goal::Front)
        : m_p(p), m_exact(exact), m_control(control), m_choice(int(p.units.size()), 0), m_used(p.steps.size(), 0), m_sites(p), m_chainSites(m_sites, p, true),
          m_archive(goal)
    {
        // One sample, the main ex-situ one, carries every travelling step that does not
        // destroy it: it is prepared (7 days), then shipped along a path through their sites.
        m_chain = m_chainSites.valid();
        if (m_chain && p.originSite >= 0)
            m_chainSites.add(p.originSite);
        // The site hierarchy bound holds for samples that start at the origin.
        m_connect = p.originSite >= 0 && m_sites.valid();
        if (m_connect)
            m_sites.add(p.originSite);
        const int n = int(p.units.size());
        // Logistics: an ex-situ step that no Type 2 correlation can put on an operando
        // cell's sample travels on an ex-situ sample, which starts at the origin (or, without
        // one, at one site of its own), so every further site it visits costs a shipment.
        m_needsShip.assign(p.steps.size(), false);
        // Only a group with a possible operando step can carry ex-situ steps on a cell.
        QVector<bool> groupWithCell(p.type2.size(), false);
        for (int g = 0; g < p.type2.size(); ++g)
            for (int u : p.type2[g].units)
                for (const UnitOption &o : p.units[u].options)
                    groupWithCell[g] = groupWithCell[g] || p.steps[o.step].inCell;
        QVector<bool> inGroup(p.steps.size(), false);
        for (int u = 0; u < n; ++u)
            for (int g : p.unitGroups[u])
                if (groupWithCell[g])
                    for (const UnitOption &o : p.units[u].options)
                        inGroup[o.step] = true;
        for (int i = 0; i < p.steps.size(); ++i)
            m_needsShip[i] = !p.steps[i].inCell && !inGroup[i] && p.steps[i].site != p.originSite;
        // On the main ex-situ sample (or, if destructive, one prepared alike), wherever it is.
        m_onMain.assign(p.steps.size(), false);
        for (int i = 0; i < p.steps.size(); ++i)
            m_onMain[i] = !p.steps[i].inCell && !inGroup[i];
        // When a step can be measured at the earliest. An ex-situ step that cannot follow an
        // operando cell is on an ex-situ sample (the main one or one prepared alike): it waits
        // for the full preparation and, prepared at the origin, for one shipment to its site.
        // One that may follow a cell waits at least for the cell and an operando measurement.
        m_ready.assign(p.steps.size(), kOperandoPreparationDays);
        for (int i = 0; i < p.steps.size(); ++i) {
            if (p.steps[i].inCell)
                continue;
            if (inGroup[i]) {
                m_ready[i] = std::min(kExSituPreparationDays, kOperandoPreparationDays + 3.0);
                continue;
            }
            double arrival = 0;
            if (m_connect) {
                // Distances nest, so no detour reaches the site sooner than the direct shipment.
                arrival = shipDays(p.distance[p.originSite][p.steps[i].site]);
            } else if (p.originSite >= 0 && p.steps[i].site != p.originSite) {
                arrival = 1e300;
                for (int from = 0; from < p.distance.size(); ++from)
                    if (from != p.steps[i].site)
                        arrival = std::min(arrival, shipDays(p.distance[from][p.steps[i].site]));
                if (arrival > 1e299)
                    arrival = 0;
            }
            m_ready[i] = kExSituPreparationDays + arrival;
        }
        // Tables for the main sample's duration bounds (the hot loop): when each step can
        // start at the earliest, and the shipment days between two sites.
        m_start.resize(p.steps.size());
        for (int i = 0; i < p.steps.size(); ++i)
            m_start[i] = std::max(p.steps[i].release, m_ready[i]);
        m_siteCountAll = int(p.distance.size());
        m_daysBetween.resize(m_siteCountAll * m_siteCountAll);
        for (int a = 0; a < m_siteCountAll; ++a)
            for (int b = 0; b < m_siteCountAll; ++b)
                m_daysBetween[a * m_siteCountAll + b] = std::max(shipDays(p.distance[a][b]), kTransferDays);
        // An operando step has a cell of its own unless a Type 2 group may put it on another's.
        m_ownCell.assign(p.steps.size(), false);
        const QVector<bool> sharesCell = stepsThatMayShareACell(p);
        for (int i = 0; i < p.steps.size(); ++i)
            m_ownCell[i] = p.steps[i].inCell && !sharesCell[i];
        // A cell of its own starts at the origin (every sample does): prepared there, shipped,
        // and assembled on arrival when its material travels (Sequencer). Its measurement
        // starts no earlier; boundsView() charges the shipment's cost to the step.
        for (int i = 0; i < p.steps.size(); ++i)
            if (m_ownCell[i] && p.originSite >= 0 && p.steps[i].site != p.originSite) {
                const double ship = shipDays(p.distance[p.originSite][p.steps[i].site]);
                m_ready[i] = p.steps[i].materialShipped ? kMaterialPackingDays + ship + kOperandoPreparationDays : kOperandoPreparationDays + ship;
                m_start[i] = std::max(p.steps[i].release, m_ready[i]);
            }
        // How many units from u on list each step: a chosen step's cost is shared only with
        // later units that may still choose it.
        m_listedFrom.assign(n + 1, std::vector<int>(p.steps.size(), 0));
        for (int u = n - 1; u >= 0; --u) {
            m_listedFrom[u] = m_listedFrom[u + 1];
            for (const UnitOption &o : p.units[u].options)
                ++m_listedFrom[u][o.step];
        }
        // The same divisions as in descend(), once: a step's share over every unit listing it,
        // and over the units from u on plus one (a fresh choice, see descend()).
        m_costShare.resize(p.steps.size());
        for (int i = 0; i < p.steps.size(); ++i)
            m_costShare[i] = p.steps[i].cost / p.steps[i].listedBy;
        m_chargeFrom.assign(n + 1, std::vector<double>(p.steps.size(), 0));
        for (int u = 0; u <= n; ++u)
            for (int i = 0; i < p.steps.size(); ++i)
                m_chargeFrom[u][i] = p.steps[i].cost / (1 + m_listedFrom[u][i]);
        m_logKept = std::log(shipFidelity(false, true));
        m_inverseObservables = 1.0 / std::max(1, p.observableCount);
        for (int k = 0; k < 64; ++k) {
            m_keptWith.push_back(std::pow(shipFidelity(false, true), k));
            m_keptBare.push_back(std::pow(shipFidelity(true, false), k));
        }
        m_siteCount.assign(p.distance.size(), 0);
        m_holdersAt.assign(p.distance.size(), 0);
        m_chainOrderAt.assign(n + 2, 0);
        m_chainOrderKnown.assign(n + 2, false);
        // Air-sensitive samples: may a step with an air-tight holder still come to a site?
        m_futureHolderAt.assign(n + 1, std::vector<bool>(p.distance.size(), false));
        for (int u = n - 1; u >= 0; --u) {
            m_futureHolderAt[u] = m_futureHolderAt[u + 1];
            for (const UnitOption &o : p.units[u].options)
                if (p.steps[o.step].holders != 0)
                    m_futureHolderAt[u][p.steps[o.step].site] = true;
        }
        m_cheapestShip = 1e300;
        for (int a = 0; a < p.distance.size(); ++a)
            for (int b = 0; b < p.distance.size(); ++b)
                if (a != b)
                    m_cheapestShip = std::min(m_cheapestShip, shipCost(p.distance[a][b], p.airSensitive));
        if (m_cheapestShip > 1e299)
            m_cheapestShip = 0;

        // With an origin every site an ex-situ sample visits costs at least one arrival;
        // a unit that may measure there carries 1/k of it (k units could share the site).
        QVector<int> unitsAtSite(p.distance.size(), 0);
        for (int u = 0; u < n; ++u) {
            QVector<bool> seen(p.distance.size(), false);
            for (const UnitOption &o : p.units[u].options)
                if (m_needsShip[o.step] && !seen[p.steps[o.step].site]) {
                    seen[p.steps[o.step].site] = true;
                    ++unitsAtSite[p.steps[o.step].site];
                }
        }
        // The cheapest arrival at each site, from any other.
        std::vector<double> cheapestArrival(p.distance.size(), 1e300);
        for (int site = 0; site < p.distance.size(); ++site)
            for (int from = 0; from < p.distance.size(); ++from)
                if (from != site)
                    cheapestArrival[site] = std::min(cheapestArrival[site], shipCost(p.distance[from][site], p.airSensitive));
        if (p.originSite >= 0 && cheapestArrival[p.originSite] < 1e299) {
            m_returnCost = cheapestArrival[p.originSite];
            m_returnDays = 1e300;
            for (int from = 0; from < p.distance.size(); ++from)
                if (from != p.originSite)
                    m_returnDays = std::min(m_returnDays, shipDays(p.distance[from][p.originSite]));
        }
        m_shipShare.assign(p.steps.size(), 0);
        m_shipShareKept.assign(p.steps.size(), 1);
        m_shipCostShare.assign(p.steps.size(), 0);
        if (p.originSite >= 0)
            for (int i = 0; i < p.steps.size(); ++i)
                if (m_needsShip[i]) {
                    const int site = p.steps[i].site;
                    const double arrival = cheapestArrival[site];
                    m_shipShare[i] = 1.0 / unitsAtSite[site];
                    m_shipShareKept[i] = std::exp(m_logKept * m_shipShare[i]);
                    m_shipCostShare[i] = (arrival > 1e299 ? 0 : arrival) / unitsAtSite[site];
                }

        m_groups.resize(n);
        for (int u = 0; u < n; ++u) {
            QHash<int, int> index; // (site * 2 + travels) * 2 + holder -> group
            for (int i = 0; i < p.units[u].options.size(); ++i) {
                const UnitOption &o = p.units[u].options[i];
                const StepOption &s = p.steps[o.step];
                const int key = (s.site * 2 + (m_needsShip[o.step] ? 1 : 0)) * 2 + (s.holders != 0 ? 1 : 0);
                if (!index.contains(key)) {
                    index.insert(key, int(m_groups[u].size()));
                    OptionGroup g;
                    g.site = s.site;
                    g.travels = m_needsShip[o.step];
                    g.holder = s.holders != 0;
                    m_groups[u].append(g);
                }
                OptionGroup &g = m_groups[u][index.value(key)];
                g.fidelity = std::max(g.fidelity, o.fidelitySum);
                g.cost = std::min(g.cost, s.cost / s.listedBy);
                g.duration = std::min(g.duration, standaloneDuration(o.step));
                g.shipShare = std::min(g.shipShare, m_shipShare[o.step]);
                g.shipCostShare = std::min(g.shipCostShare, m_shipCostShare[o.step]);
                g.options.append(i);
            }
            for (OptionGroup &g : m_groups[u]) {
                const int k = int(g.options.size());
                g.tailCost.resize(k);
                g.tailDuration.resize(k);
                g.tailShipKept.resize(k);
                g.shipKept = std::exp(m_logKept * g.shipShare);
                g.tailShipCostShare.resize(k);
                for (int j = k - 1; j >= 0; --j) {
                    const UnitOption &o = p.units[u].options[g.options[j]];
                    const StepOption &s = p.steps[o.step];
                    const bool last = j == k - 1;
                    g.tailCost[j] = std::min(s.cost / s.listedBy, last ? 1e300 : g.tailCost[j + 1]);
                    g.tailDuration[j] = std::min(standaloneDuration(o.step), last ? 1e300 : g.tailDuration[j + 1]);
                    g.tailShipKept[j] = std::max(m_shipShareKept[o.step], last ? 0.0 : g.tailShipKept[j + 1]);
                    g.tailShipCostShare[j] = std::min(m_shipCostShare[o.step], last ? 1e300 : g.tailShipCostShare[j + 1]);
                }
            }
        }

        m_groupTails.resize(n);
        for (int u = 0; u < n; ++u) {
            const QVector<OptionGroup> &groups = m_groups[u];
            m_groupTails[u].resize(groups.size());
            GroupTail t;
            for (int gi = int(groups.size()) - 1; gi >= 0; --gi) {
                const OptionGroup &g = groups[gi];
                t.fidelity = std::max(t.fidelity, g.fidelity);
                t.cost = std::min(t.cost, g.cost);
                t.duration = std::min(t.duration, g.duration);
                t.shipKept = std::max(t.shipKept, g.shipKept);
                t.shipCostShare = std::min(t.shipCostShare, g.shipCostShare);
                m_groupTails[u][gi] = t;
            }
        }

        // Relaxation: units independent, each paying its share of a step's cost (cost over
        // the number of units that could share it), durations as if each step stood alone.
        m_suffix.resize(n + 1);
        m_suffix[n] = {Local{0, 0, 0, 0, 0}};
        for (int u = n - 1; u >= 0; --u) {
            QVector<Local> local;
            for (const UnitOption &o : p.units[u].options) {
                const StepOption &s = p.steps[o.step];
                local.append({o.fidelitySum, s.cost / s.listedBy, standaloneDuration(o.step), m_shipShare[o.step], m_shipCostShare[o.step]});
            }
            QVector<Local> sum;
            for (const Local &a : nondominated(local))
                for (const Local &b : std::as_const(m_suffix[u + 1]))
                    sum.append({a.fidelity + b.fidelity, a.cost + b.cost, std::max(a.duration, b.duration), a.ships + b.ships,
                                a.shipCost + b.shipCost});
            m_suffix[u] = coarsened(nondominated(sum));
        }
        for (QVector<Local> &set : m_suffix)
            for (Local &r : set)
                r.shipFactor = std::pow(shipFidelity(false, true), r.ships);
        m_suffixIdeals.resize(n + 1);
        m_openHint.fill(0, n + 1);
        for (int level = 0; level <= n; ++level) {
            const QVector<Local> &set = m_suffix[level];
            SuffixIdeals &ideals = m_suffixIdeals[level];
            ideals.whole = idealOf(set, 0, int(set.size()));
            for (int i = 0; i < set.size(); i += kChunk)
                ideals.chunks.append(idealOf(set, i, std::min<int>(int(set.size()), i + kChunk)));
        }

    }

    // Plans found greedily for a spread of weights, offered before branching so that the
    // bounds bite from the start. They are ordinary plans: the front stays exact.
    void seed()
    {
        const int n = int(m_p.units.size());
        const double weights[] = {0, 0.25, 1, 4};
        QVector<QVector<int>> tried; // weights often agree: each plan is evaluated once
        for (double wc : weights)
            for (double wd : weights) {
                QVector<int> choice(n, 0);
                for (int u = 0; u < n; ++u) {
                    double best = -1e300;
                    for (int i = 0; i < m_p.units[u].options.size(); ++i) {
                        const UnitOption &o = m_p.units[u].options[i];
                        const StepOption &s = m_p.steps[o.step];
                        const double value = o.fidelitySum * 10 - wc * (s.cost / s.listedBy + m_shipCostShare[o.step])
                            - wd * standaloneDuration(o.step) / 10 - (m_needsShip[o.step] ? 0.5 : 0);
                        if (value > best) {
                            best = value;
                            choice[u] = i;
                        }
                    }
                }
                if (!tried.contains(choice))
                    tried.append(choice);
            }
        offerSeeds(tried);
    }

    // Shipments every completion needs at least, from the ex-situ sites visited so far.
    int shipmentsBound() const
    {
        if (m_p.originSite >= 0)
            return m_distinctSites;
        return std::max(0, m_distinctSites - 1 - m_destructiveTravellers);
    }

    // Complete assignments offered to the archive before the search (the greedy seeds, the
    // caller's, an earlier pass's plans), so that its bounds bite from the start: ordinary
    // plans, evaluated like any other, so the front stays exact.
    void offerSeeds(const QVector<QVector<int>> &choices)
    {
        for (const QVector<int> &choice : choices) {
            ++m_evaluated;
            if (auto o = evaluate(m_exact, choice))
                m_archive.offer(choice, *o);
        }
    }

    Front run()
    {
        m_clock.start();
        m_frames.resize(m_p.units.size() + 1);
        seed();
        descend(0, 0, 0, 0, 0, 0);
        Front f = m_archive.front(m_evaluated, m_nodes, !m_stopped);
        f.outer = m_outer;
        f.elapsedMs = m_clock.elapsed();
        return f;
    }

private:
    // Every measurement waits at least for its booking and for its sample to be ready.
    double standaloneDuration(int step) const
    {
        const StepOption &s = m_p.steps[step];
        return std::max(s.release, m_ready[step]) + s.measure + s.post;
    }

    // Two steps i, j on the main sample are measured one after the other, with at least the
    // direct shipment between their sites (distances nest) or, on one site, a transfer in
    // between; the sequencer takes the lower sequence order first, and in one order either may
    // go first: the plan lasts at least that order's (the better order's) finish.
    double pairDuration(int i, int j) const
    {
        const StepOption &a = m_p.steps[i];
        const StepOption &b = m_p.steps[j];
        const double between = m_daysBetween[a.site * m_siteCountAll + b.site];
        const double startA = m_start[i];
        const double startB = m_start[j];
        const double aFirst = std::max(startA + a.measure + between, startB) + b.measure + b.post;
        const double bFirst = std::max(startB + b.measure + between, startA) + a.measure + a.post;
        if (a.order != b.order)
            return a.order < b.order ? aFirst : bFirst;
        return std::min(aFirst, bFirst);
    }

    // The pairwise and subset bounds of the main sample's steps, computed once per chain: the
    // chain is a stack, and every push marks its new length unknown, so a value found for a
    // length still describes the same steps while the branch is below it.
    double chainOrderDuration()
    {
        const size_t k = m_chainList.size();
        if (!m_chainOrderKnown[k]) {
            m_chainOrderAt[k] = std::max(pairedDuration(), subsetDuration());
            m_chainOrderKnown[k] = true;
        }
        return m_chainOrderAt[k];
    }

    // Every pair of the main sample's steps (pairDuration).
    double pairedDuration() const
    {
        double best = 0;
        for (int x = 0; x < int(m_chainList.size()); ++x)
            for (int y = x + 1; y < int(m_chainList.size()); ++y) {
                const int i = m_chainList[x];
                best = std::max(best, pairDuration(i, m_chainList[y]));
            }
        return best;
    }

    // Any subset S of the main sample's steps is measured one step after another, the
    // sample travelling through all of S's sites in between (no shorter than their tree in
    // shipment days, distances nest): the plan lasts at least min over S of the start
    // (booking, readiness) + the sum of S's measurements + their tree + min over S of the
    // post-processing; with an origin, also 7 days + the tree of S and the origin + the sum
    // + the least post-processing. Only the subsets of steps starting no earlier than one
    // step and post-processing no shorter than another can be the largest (the one-machine
    // bound with release times and tails), so k^2 of them are enough.
    double subsetDuration()
    {
        const int k = int(int(m_chainList.size()));
        if (k < 2)
            return 0;
        QVarLengthArray<int, 16> byPost(m_chainList.begin(), m_chainList.end());
        std::sort(byPost.begin(), byPost.end(), [&](int a, int b) { return m_p.steps[a].post > m_p.steps[b].post; });
        auto start = [&](int step) { return m_start[step]; };
        double best = 0;
        if (m_p.originSite >= 0) {
            m_subsetSites.add(m_p.originSite);
            double sum = 0;
            for (int step : byPost) {
                m_subsetSites.add(m_p.steps[step].site);
                sum += m_p.steps[step].measure;
                best = std::max(best, kExSituPreparationDays + m_subsetSites.connectionCost() + sum + m_p.steps[step].post);
            }
            for (int step : byPost)
                m_subsetSites.remove(m_p.steps[step].site);
            m_subsetSites.remove(m_p.originSite);
        }
        for (int first : std::as_const(m_chainList)) {
            const double from = start(first);
            double sum = 0;
            for (int step : byPost)
                if (start(step) >= from) {
                    m_subsetSites.add(m_p.steps[step].site);
                    sum += m_p.steps[step].measure;
                    best = std::max(best, from + m_subsetSites.connectionCost() + sum + m_p.steps[step].post);
                }
            for (int step : byPost)
                if (start(step) >= from)
                    m_subsetSites.remove(m_p.steps[step].site);
        }
        return best;
    }

    // The main sample's duration bounds once `step` joins it.
    double chainDurationWith(int step)
    {
        const StepOption &b = m_p.steps[step];
        double best = kExSituPreparationDays + m_chainSites.connectionCostWith(b.site) + m_chainMeasure + b.measure;
        for (int i : std::as_const(m_chainList))
            best = std::max(best, pairDuration(i, step));
        return best;
    }

    // Fidelity kept through `ships` shipments with a holder and `bare` without (air exposure).
    double keptThrough(int ships, int bare) const
    {
        if (ships >= 0 && bare >= 0 && ships < int(m_keptWith.size()) && bare < int(m_keptBare.size()))
            return m_keptWith[ships] * m_keptBare[bare];
        return std::pow(shipFidelity(false, true), ships) * std::pow(shipFidelity(true, false), bare);
    }

    // Cells of their own, and either one sample per destructive step beyond them, or the
    // ex-situ samples the travelling steps need: at least one when there is any (the main
    // sample, never a cell), one per destructive travelling step (a destroyed sample ends
    // its chain).
    double sampleCostBound(int cells, int destructive) const { return sampleCostBound(cells, destructive, m_distinctSites, m_destructiveTravellers); }
    static double sampleCostBound(int cells, int destructive, int travellingSites, int destructiveTravellers)
    {
        const double b = cells * kOperandoSampleCost + std::max(0, destructive - cells) * kExSituSampleCost;
        const int exSitu = std::max(travellingSites > 0 ? 1 : 0, destructiveTravellers);
        return std::max({b, cells * kOperandoSampleCost + exSitu * kExSituSampleCost, kExSituSampleCost});
    }

    void descend(int u, double fidelity, double shareCost, double duration, int cells, int destructive)
    {
        ++m_nodes;
        if (m_stopped)
            return;
        const int n = int(m_p.units.size());
        // Bounds over every completion: the partial plan plus each point of the relaxed
        // front of the remaining units. Abandon the branch when the archive dominates all.
        const int returns = originReturns(m_originLate, m_awayEarly);
        const int ships = shipmentsBound() + returns;
        const double samples = sampleCostBound(cells, destructive);
        // Logistics of the sites visited so far: the cheapest tree connecting them to the
        // origin, and for an air-sensitive sample an air exposure on the way into each site
        // where no step takes an air-tight holder.
        double connection = 0;
        double connectedLogistics = 1;
        int bareSites = 0;
        if (m_connect) {
            connection = m_sites.connectionCost() + returns * m_returnCost;
            int bare = 0;
            if (m_p.airSensitive) {
                const std::vector<bool> &future = m_futureHolderAt[u];
                bare = countBareSites(future);
                const int o = m_p.originSite;
                const bool holderAtOrigin = m_holdersAt[o] > 0 || future[o];
                if (departsBare(m_originEarly, m_awayMain, holderAtOrigin))
                    bare = std::max(bare, 1);
                // The return arrives at an origin step, without a holder if none has one.
                if (returns > 0 && !holderAtOrigin)
                    ++bare;
            }
            bareSites = bare;
            connectedLogistics = keptThrough(m_sites.connectionEdges() + returns - bare, bare);
        }
        // The main sample's own path: preparation, the shipments through its sites and its
        // measurements one after another.
        double chainDuration = 0;
        if (m_chain && m_chainSteps > 0)
            chainDuration = std::max({kExSituPreparationDays + m_chainSites.connectionCost() + returns * m_returnDays + m_chainMeasure, chainOrderDuration()});
        if (!m_connect && m_chain)
            connection = std::max(connection, m_costFromChain.connectionCost());
        // Steps chosen so far: a step chosen by a units, that b later units may still choose,
        // is charged a/(a+b) of its cost; each later unit choosing it pays at most 1/(a+b)
        // in the relaxation (its cost over all units listing it), so the whole is never
        // charged twice, and a step no later unit lists is charged in full.
        double chosenCost = 0;
        for (int step : std::as_const(m_usedSteps)) {
            const int a = m_used[step];
            chosenCost += m_p.steps[step].cost * a / (a + m_listedFrom[u][step]);
        }
        Partial here{fidelity, std::max(chosenCost, shareCost), samples, ships, std::exp(m_logKept * m_shipsShared), m_shipCostShared, connection, connectedLogistics,
                     std::max(duration, chainDuration), bareSites, returns};
        if (closed(here, u))
            return;
        if (checkpoint(here, u))
            return;
        if (u == n) {
            ++m_evaluated;
            if (auto o = evaluate(m_exact, m_choice))
                m_archive.offer(m_choice, *o);
            return;
        }

        // Options a site at a time: the group's best values against the bounds first; when
        // even those are dominated, no option of the group can open a branch (each child's
        // bounds are no better). Then each option's own values, before branching on it.
        // Sites that stay without an air-tight holder once this unit is chosen, as the child
        // will count them (later units only).
        const std::vector<bool> &futureNext = m_futureHolderAt[u + 1];
        const int bareNext = m_connect && m_p.airSensitive ? countBareSites(futureNext) : 0;
        const bool holderAtOriginNext = m_connect && m_p.airSensitive && (m_holdersAt[m_p.originSite] > 0 || futureNext[m_p.originSite]);
        const bool taintedNext = m_connect && m_p.airSensitive && departsBare(m_originEarly, m_awayMain, holderAtOriginNext);
        // The groups come highest fidelity first; every fourth group, the ideal values of the
        // groups left (without their sites: a site only adds to the bounds) are checked, and
        // when they are dominated no later option can open a branch.
        Partial anySite = here;
        if (m_p.originSite < 0)
            anySite.ships = std::max(0, anySite.ships - 1);
        Frame &frame = m_frames[u];
        frame.anySite = anySite;
        const QVector<OptionGroup> &groups = m_groups[u];
        for (int gi = 0; gi < groups.size(); ++gi) {
            const OptionGroup &g = groups[gi];
            if (gi > 0 && gi % 4 == 0) {
                const GroupTail &t = std::as_const(m_groupTails)[u][gi];
                Partial rest = anySite;
                rest.fidelity += t.fidelity;
                rest.cost += t.cost;
                rest.sharedKept *= t.shipKept;
                rest.shipCostShared += t.shipCostShare;
                rest.duration = std::max(rest.duration, t.duration);
                if (closed(rest, u + 1))
                    break;
            }
            Partial atSite = withSite(g, here);
            if (m_connect && m_p.airSensitive)
                atSite.logistics = std::min(atSite.logistics, groupAirBound(g, bareNext, futureNext, here.returns, taintedNext, holderAtOriginNext));
            frame.group = gi;
            frame.atSite = atSite;
            Partial best = atSite;
            best.fidelity += g.fidelity;
            best.cost += g.cost;
            best.sharedKept *= g.shipKept;
            best.shipCostShared += g.shipCostShare;
            best.duration = std::max(best.duration, g.duration);
            if (closed(best, u + 1))
                continue;
            for (int k = 0; k < g.options.size(); ++k) {
                const int i = g.options[k];
                if (k > 0) {
                    Partial tail = atSite;
                    tail.fidelity += m_p.units[u].options[i].fidelitySum;
                    tail.cost += g.tailCost[k];
                    tail.sharedKept *= g.tailShipKept[k];
                    tail.shipCostShared += g.tailShipCostShare[k];
                    tail.duration = std::max(tail.duration, g.tailDuration[k]);
                    if (closed(tail, u + 1))
                        break;
                }
                // The option's own values, before committing to it: a step no other unit
                // chose yet is charged over the later units only (see the chosen steps above).
                const UnitOption &o = m_p.units[u].options[i];
                const StepOption &s = m_p.steps[o.step];
                Partial child = atSite;
                child.fidelity += o.fidelitySum;
                const double charge = m_used[o.step] == 0 ? m_chargeFrom[u + 1][o.step] : m_costShare[o.step];
                child.cost = std::max(chosenCost + charge, shareCost + m_costShare[o.step]);
                child.sharedKept *= m_shipShareKept[o.step];
                child.shipCostShared += m_shipCostShare[o.step];
                child.duration = std::max(child.duration, standaloneDuration(o.step));
                const bool fresh = m_used[o.step] == 0;
                const bool travels = fresh && m_needsShip[o.step];
                child.samples = std::max(child.samples,
                                         sampleCostBound(cells + (fresh && m_ownCell[o.step] ? 1 : 0), destructive + (fresh && s.damage == 2 ? 1 : 0),
                                                         m_distinctSites + (travels && m_siteCount[s.site] == 0 ? 1 : 0),
                                                         m_destructiveTravellers + (travels && s.damage == 2 ? 1 : 0)));
                const bool newSite = travels && m_siteCount[s.site] == 0;
                // The option may send the main sample back to the origin: one more shipment,
                // its cost and, for the main sample, its days (see originReturns).
                const int o0 = m_p.originSite;
                const bool joinsMain = fresh && m_chain && m_onMain[o.step] && s.damage < 2;
                int childReturns = here.returns;
                if (m_connect && childReturns == 0 && joinsMain
                    && originReturns(m_originLate + (s.site == o0 && s.damage == 1 ? 1 : 0), m_awayEarly + (s.site != o0 && s.damage == 0 ? 1 : 0)) > 0) {
                    childReturns = 1;
                    child.returns = 1;
                    child.ships += 1;
                    child.connection += m_returnCost;
                    child.logistics *= m_keptWith[1];
                    child.duration = std::max(child.duration, kExSituPreparationDays + m_chainSites.connectionCostWith(s.site) + m_returnDays + m_chainMeasure + s.measure);
                }
                if (m_connect && m_p.airSensitive) {
                    int bare = bareNext;
                    if (fresh && s.holders != 0 && m_siteCount[s.site] > 0 && m_holdersAt[s.site] == 0 && !futureNext[s.site])
                        --bare;
                    if (newSite && s.holders == 0 && !futureNext[s.site])
                        ++bare;
                    const bool holderAtOrigin = m_holdersAt[o0] > 0 || futureNext[o0] || (s.holders != 0 && s.site == o0);
                    if (departsBare(m_originEarly + (joinsMain && s.site == o0 && s.damage == 0 ? 1 : 0), m_awayMain + (joinsMain && s.site != o0 ? 1 : 0), holderAtOrigin))
                        bare = std::max(bare, 1);
                    if (childReturns > 0 && !holderAtOrigin)
                        ++bare;
                    const int edges = m_sites.connectionEdges() + (newSite ? 1 : 0) + childReturns;
                    child.logistics = std::min(child.logistics, keptThrough(edges - bare, bare));
                }
                if (m_chain && fresh && m_onMain[o.step] && s.damage < 2)
                    child.duration = std::max(child.duration, chainDurationWith(o.step));
                if (!closed(child, u + 1)) {
                    frame.option = k;
                    branch(u, i, fidelity, shareCost, duration, cells, destructive);
                    if (m_stopped)
                        return; // the certificate covers what is left (checkpoint)
                }
            }
        }
    }

    // Where the search is within a level's options: the group and the option being branched
    // on, and the partial bounds the loop tests the rest against.
    struct Frame {
        Partial anySite{};
        Partial atSite{};
        int group = 0;
        int option = 0;
    };

    // Stops the search (cancel, node or time limit) and reports progress. Called at each node
    // that is opened, after its bounds (`here`): the cancel flag every node, the clock every
    // kClockEvery nodes, so that a cancel is seen within microseconds and a limit within a
    // few milliseconds even where units have thousands of options.
    bool checkpoint(const Partial &here, int u)
    {
        bool stop = (m_control.cancel && m_control.cancel->load(std::memory_order_relaxed))
            || (m_control.nodeLimit > 0 && m_nodes >= m_control.nodeLimit);
        if (!stop && ++m_sinceClock >= kClockEvery) {
            m_sinceClock = 0;
            const qint64 now = m_clock.elapsed();
            stop = m_control.timeLimitMs > 0 && now > m_control.timeLimitMs;
            if (!stop && m_control.progress && now - m_lastProgress >= m_control.progressIntervalMs) {
                m_lastProgress = now;
                Front f = m_archive.front(m_evaluated, m_nodes, false);
                f.outer = certificate(here, u);
                f.elapsedMs = now;
                m_control.progress(f);
            }
        }
        if (stop) {
            m_stopped = true;
            m_outer = certificate(here, u);
        }
        return stop;
    }

    // The certificate at a node of depth `depth` whose bounds are `here`: what is left of each
    // level above it (the options after the one being branched on, in its group, and the
    // groups after it) and the node's own subtree, each as the optimistic bound points the
    // search prunes with (closed()): no completion of an unexplored subtree does better than
    // all of them. Points the archive dominates add nothing and are left out.
    QVector<Objectives> certificate(const Partial &here, int depth) const
    {
        QVector<Objectives> out;
        for (int u = 0; u < depth; ++u) {
            const Frame &f = m_frames[u];
            const QVector<OptionGroup> &groups = m_groups[u];
            const OptionGroup &g = groups[f.group];
            const int k = f.option + 1;
            if (k < g.options.size()) {
                Partial tail = f.atSite;
                tail.fidelity += m_p.units[u].options[g.options[k]].fidelitySum;
                tail.cost += g.tailCost[k];
                tail.sharedKept *= g.tailShipKept[k];
                tail.shipCostShared += g.tailShipCostShare[k];
                tail.duration = std::max(tail.duration, g.tailDuration[k]);
                addBoundPoints(tail, u + 1, out);
            }
            if (f.group + 1 < groups.size()) {
                const GroupTail &t = m_groupTails[u][f.group + 1];
                Partial rest = f.anySite;
                rest.fidelity += t.fidelity;
                rest.cost += t.cost;
                rest.sharedKept *= t.shipKept;
                rest.shipCostShared += t.shipCostShare;
                rest.duration = std::max(rest.duration, t.duration);
                addBoundPoints(rest, u + 1, out);
            }
        }
        addBoundPoints(here, depth, out);
        return out;
    }

    // The bound points closed() tests for `p` at `level`, as objectives (the grid's integers
    // over its scale, like the archive's).
    void addBoundPoints(const Partial &p, int level, QVector<Objectives> &out) const
    {
        const BoundTerms t = termsOf(p);
        for (const Local &r : m_suffix[level]) {
            const Archive::GridPoint b = boundPoint(p, t, r);
            if (!m_archive.dominatedBound(b, m_hint))
                out.append(Objectives{double(b.fidelity) / ObjectiveGrid::fidelity, double(b.cost) / ObjectiveGrid::cost,
                                      double(b.duration) / ObjectiveGrid::duration});
        }
    }

    // Fidelity kept through the shipments once an option of the group is chosen, as each of
    // its options' own check computes it below, at best: a group without a holder entering a
    // new site that no later unit may bring a holder to leaves it bare; a group with one may
    // cover a site counted bare (when its step is a fresh choice, assumed here).
    double groupAirBound(const OptionGroup &g, int bareNext, const std::vector<bool> &futureNext, int returns, bool taintedNext, bool holderAtOriginNext) const
    {
        const bool newSite = g.travels && m_siteCount[g.site] == 0;
        int bare = bareNext;
        if (g.holder && m_siteCount[g.site] > 0 && m_holdersAt[g.site] == 0 && !futureNext[g.site])
            --bare;
        if (!g.holder && newSite && !futureNext[g.site])
            ++bare;
        const bool bringsHolderToOrigin = g.holder && g.site == m_p.originSite;
        if (taintedNext && !bringsHolderToOrigin)
            bare = std::max(bare, 1);
        if (returns > 0 && !holderAtOriginNext && !bringsHolderToOrigin)
            ++bare;
        const int edges = m_sites.connectionEdges() + (newSite ? 1 : 0) + returns;
        return keptThrough(edges - bare, bare);
    }

    // The counts originReturns() and departsBare() read, as a main-sample step joins (+1) or
    // leaves (-1) the branch.
    void countOnMain(const StepOption &s, int sign)
    {
        const bool atOrigin = s.site == m_p.originSite;
        m_originLate += atOrigin && s.damage == 1 ? sign : 0;
        m_originEarly += atOrigin && s.damage == 0 ? sign : 0;
        m_awayMain += atOrigin ? 0 : sign;
        m_awayEarly += !atOrigin && s.damage == 0 ? sign : 0;
    }

    // Visited sites other than the origin that no chosen step and, by `future`, no later
    // unit's option reaches with an air-tight holder: the shipment into each is bare.
    int countBareSites(const std::vector<bool> &future) const
    {
        int bare = 0;
        for (int site = 0; site < int(m_siteCount.size()); ++site)
            if (m_siteCount[site] > 0 && site != m_p.originSite && m_holdersAt[site] == 0 && !future[site])
                ++bare;
        return bare;
    }

    // The main sample starts at the origin and the sequencer takes its steps non-destructive
    // class first, then damaging, each class's sites once, nearest first. A damaging step at
    // the origin after a non-destructive one elsewhere brings the sample back: one arrival at
    // the origin beyond the sites' tree (docs/PLANNER.md, "Return to the origin").
    int originReturns(int originLate, int awayEarly) const { return m_connect && m_chain && originLate > 0 && awayEarly > 0 ? 1 : 0; }

    // For an air-sensitive sample: the main sample's first run is at the origin when it has a
    // non-destructive step there, and it leaves after an origin step when it has a step
    // elsewhere; if no step at the origin takes a holder, that shipment is an air exposure
    // (docs/PLANNER.md, "Leaving the origin").
    bool departsBare(int originEarly, int awayMain, bool holderAtOrigin) const
    {
        return m_connect && m_chain && m_p.airSensitive && originEarly > 0 && awayMain > 0 && !holderAtOrigin;
    }

    // The branch's bounds once one of the group's options is chosen, before its own values:
    // its site joins the visited ones (when its steps travel).
    Partial withSite(const OptionGroup &g, Partial p)
    {
        // Without an origin a destructive step may start a sample of its own: one shipment less.
        if (m_p.originSite < 0)
            p.ships = std::max(0, p.ships - 1);
        if (g.travels && m_connect) {
            p.connection = std::max(p.connection, m_sites.connectionCostWith(g.site) + p.returns * m_returnCost);
            p.logistics = keptThrough(m_sites.connectionEdgesWith(g.site) + p.returns - p.bare, p.bare);
        }
        return p;
    }

    // The bound on the archive's grid (quantized(), as integers: Archive::GridPoint), rounded
    // in its favour by a hair more than the arithmetic error: never below the rounded
    // fidelity nor above the rounded cost or duration any completion can have. Truncation
    // instead of std::round: this is the hot loop.
    static qint64 gridUp(double x, double scale) { return qint64(x * scale + 0.5 + 1e-4); }
    static qint64 gridDown(double x, double scale) { return qint64(std::max(0.0, x * scale + 0.5 - 1e-4)); }
    // Durations are rounded up (quantized()): the bound the same way, less the margin.
    static qint64 gridCeil(double x, double scale)
    {
        const double y = x * scale - kDurationSlack - 1e-4;
        const qint64 t = qint64(y);
        return y > 0 && double(t) < y ? t + 1 : std::max<qint64>(t, 0);
    }

    // The parts of a bound point that depend on the branch only (the hot loop computes them
    // once per closed() call).
    struct BoundTerms {
        double committed;
        double shared;
        double shippingFloor;
        double fixedCost;
        double fidelityScale;
    };
    BoundTerms termsOf(const Partial &p) const
    {
        // 0.99^max(a, b) = min(0.99^a, 0.99^b): no power inside the loop.
        // Fidelity on the grid per unit of summed fidelity: times 1/observables, not divided
        // (the hot loop; the difference is far below gridUp's margin).
        return BoundTerms{std::min(keptThrough(p.ships, 0), p.logistics), p.sharedKept, std::max(p.ships * m_cheapestShip, p.connection),
                          p.cost + p.samples, ObjectiveGrid::fidelity * m_inverseObservables};
    }
    // The optimistic objectives of the branch completed by the relaxed point r.
    PM_ALWAYS_INLINE Archive::GridPoint boundPoint(const Partial &p, const BoundTerms &t, const Local &r) const
    {
        const double shipping = std::max(t.shippingFloor, p.shipCostShared + r.shipCost);
        const double logistics = std::min(t.committed, t.shared * r.shipFactor);
        return Archive::GridPoint{gridUp((p.fidelity + r.fidelity) * logistics, t.fidelityScale), gridDown(t.fixedCost + r.cost + shipping, ObjectiveGrid::cost),
                                  gridCeil(std::max(p.duration, r.duration), ObjectiveGrid::duration)};
    }

    // The relaxed fronts' points are checked from the cheapest test on: the point that was
    // open last time (one open point keeps the branch), then the ideal point of the whole set
    // and of each chunk of kChunk neighbours. A bound is monotone in every field of its
    // relaxed point (fidelity and shipFactor up, cost, shipCost and duration down), so an
    // ideal point's bound is at least as good as each member's: when the archive dominates
    // it, it dominates them all, and skipping them is exact.
    bool closed(const Partial &p, int level) const
    {
        const QVector<Local> &suffix = m_suffix[level];
        const BoundTerms t = termsOf(p);
        auto dominated = [&](const Local &r) PM_ALWAYS_INLINE { return m_archive.dominatedBound(boundPoint(p, t, r), m_hint); };
        if (suffix.size() == 1) // the last level: one point, its own ideal
            return dominated(suffix[0]);
        int &open = m_openHint[level];
        if (open < suffix.size() && !dominated(suffix[open]))
            return false;
        const SuffixIdeals &ideals = m_suffixIdeals[level];
        if (dominated(ideals.whole))
            return true;
        for (int c = 0; c < ideals.chunks.size(); ++c) {
            if (dominated(ideals.chunks[c]))
                continue;
            const int end = std::min<int>(int(suffix.size()), (c + 1) * kChunk);
            for (int i = c * kChunk; i < end; ++i)
                if (i != open && !dominated(suffix[i])) {
                    open = i;
                    return false;
                }
        }
        return true;
    }

    void branch(int u, int i, double fidelity, double shareCost, double duration, int cells, int destructive)
    {
        {
            const UnitOption &o = m_p.units[u].options[i];
            const StepOption &s = m_p.steps[o.step];
            m_choice[u] = i;
            const bool fresh = m_used[o.step]++ == 0;
            if (fresh)
                m_usedSteps.push_back(o.step);
            m_shipsShared += m_shipShare[o.step];
            m_shipCostShared += m_shipCostShare[o.step];
            const bool travels = fresh && m_needsShip[o.step];
            if (travels) {
                if (m_siteCount[s.site]++ == 0)
                    ++m_distinctSites;
                if (s.damage == 2)
                    ++m_destructiveTravellers;
                if (m_connect)
                    m_sites.add(s.site);
            }
            const bool onMain = fresh && m_chain && m_onMain[o.step] && s.damage < 2;
            if (onMain) {
                countOnMain(s, +1);
                m_chainSites.add(s.site);
                m_costFromChain.add(s.site);
                m_chainMeasure += s.measure;
                ++m_chainSteps;
                m_chainList.push_back(o.step);
                m_chainOrderKnown[m_chainList.size()] = false;
            }
            if (fresh && s.holders != 0)
                ++m_holdersAt[s.site];
            descend(u + 1, fidelity + o.fidelitySum, shareCost + s.cost / s.listedBy, std::max(duration, standaloneDuration(o.step)),
                    cells + (fresh && m_ownCell[o.step] ? 1 : 0), destructive + (fresh && s.damage == 2 ? 1 : 0));
            if (--m_used[o.step] == 0)
                m_usedSteps.pop_back();
            m_shipsShared -= m_shipShare[o.step];
            m_shipCostShared -= m_shipCostShare[o.step];
            if (travels) {
                if (--m_siteCount[s.site] == 0)
                    --m_distinctSites;
                if (s.damage == 2)
                    --m_destructiveTravellers;
                if (m_connect)
                    m_sites.remove(s.site);
            }
            if (onMain) {
                countOnMain(s, -1);
                m_chainSites.remove(s.site);
                m_costFromChain.remove(s.site);
                m_chainMeasure -= s.measure;
                --m_chainSteps;
                m_chainList.pop_back();
            }
            if (fresh && s.holders != 0)
                --m_holdersAt[s.site];
        }
    }

    const Problem &m_p;
    const Problem &m_exact;
    SearchControl m_control;
    QElapsedTimer m_clock;
    bool m_stopped = false;
    static constexpr int kClockEvery = 64;
    int m_sinceClock = 0;
    qint64 m_lastProgress = 0;
    std::vector<Frame> m_frames;  // [level]
    QVector<Objectives> m_outer;  // the certificate when stopped
    QVector<int> m_choice;
    std::vector<int> m_used;
    QVector<QVector<Local>> m_suffix;
    static constexpr int kChunk = 6;
    struct SuffixIdeals {
        Local whole;
        QVector<Local> chunks; // the ideal point of each kChunk neighbours of the suffix set
    };
    QVector<SuffixIdeals> m_suffixIdeals; // [level]
    mutable QVector<int> m_openHint;      // [level]: the suffix point that was open last
    std::vector<bool> m_needsShip;
    std::vector<bool> m_onMain;
    std::vector<bool> m_ownCell;
    std::vector<double> m_ready;
    std::vector<double> m_start;       // [step]: max(booking, readiness)
    std::vector<double> m_daysBetween; // [a * sites + b]: shipment days between sites a and b, at least a transfer
    int m_siteCountAll = 0;
    std::vector<int> m_siteCount;
    std::vector<std::vector<int>> m_listedFrom; // [unit][step]: units from this one on that list the step
    std::vector<double> m_costShare;                // [step]: cost / listedBy
    std::vector<std::vector<double>> m_chargeFrom; // [unit][step]: cost / (1 + m_listedFrom[unit][step])
    std::vector<int> m_usedSteps;           // distinct steps chosen so far, in order
    std::vector<int> m_holdersAt;                 // chosen steps with an air-tight holder, per site
    std::vector<std::vector<bool>> m_futureHolderAt; // [unit][site]: a later unit may bring a holder there
    mutable int m_hint = 0;     // the archive plan that dominated the last bound point
    double m_logKept = 0;       // ln 0.99
    double m_inverseObservables = 1;
    std::vector<double> m_keptWith; // 0.99^k
    std::vector<double> m_keptBare; // 0.95^k
    QVector<QVector<OptionGroup>> m_groups; // [unit]: its options by site
    QVector<QVector<GroupTail>> m_groupTails; // [unit][group]: ideal values of groups from this one on
    SiteHierarchy m_sites;       // travelling steps' sites and the origin, by shipment cost
    SiteHierarchy m_chainSites;  // the main sample's sites (and the origin), by shipment days
    SiteHierarchy m_subsetSites{m_sites, m_p, true}; // scratch for subsetDuration, empty between calls
    SiteHierarchy m_costFromChain{m_sites, m_p, false}; // the main sample's sites by cost, when there is no origin
    bool m_connect = false;
    bool m_chain = false;
    double m_chainMeasure = 0;
    int m_originLate = 0; // main-sample damaging steps at the origin
    int m_awayEarly = 0;  // main-sample non-destructive steps elsewhere
    int m_originEarly = 0; // main-sample non-destructive steps at the origin
    int m_awayMain = 0;    // main-sample steps elsewhere (not destructive)
    double m_returnCost = 0; // the cheapest arrival at the origin: cost and shipment days
    double m_returnDays = 0;
    int m_chainSteps = 0;
    std::vector<int> m_chainList; // the main sample's steps so far
    std::vector<double> m_chainOrderAt;  // [chain length]: chainOrderDuration() of that chain
    std::vector<bool> m_chainOrderKnown; // [chain length]: m_chainOrderAt is current
    int m_distinctSites = 0;
    int m_destructiveTravellers = 0;
    double m_cheapestShip = 0;
    std::vector<double> m_shipShare;
    std::vector<double> m_shipShareKept; // [step]: 0.99^m_shipShare
    std::vector<double> m_shipCostShare;
    double m_shipsShared = 0;
    double m_shipCostShared = 0;
    Archive m_archive;
    qint64 m_evaluated = 0;
    qint64 m_nodes = 0;
};

// The highest fidelity any assignment can reach: every unit's best option, nothing lost on
// the way (shipments only lower it), at no cost and no time. The certificate of a brute
// force stopped early: it knows nothing of what it has not enumerated.
Objectives idealBound(const Problem &p)
{
    double sum = 0;
    for (const Unit &u : p.units) {
        double best = 0;
        for (const UnitOption &o : u.options)
            best = std::max(best, o.fidelitySum);
        sum += best;
    }
    // Rounded up on the archive's grid as the branch-and-bound's bounds are (gridUp).
    return Objectives{double(qint64(sum / std::max(1, p.observableCount) * ObjectiveGrid::fidelity + 0.5 + 1e-4)) / ObjectiveGrid::fidelity, 0, 0};
}

Front bruteForce(const Problem &p, const SearchControl &control)
{
    QElapsedTimer clock;
    clock.start();
    Archive archive;
    const int n = int(p.units.size());
    QVector<int> choice(n, 0);
    qint64 evaluated = 0;
    qint64 lastProgress = 0;
    if (n == 0)
        return archive.front(0, 0);
    while (true) {
        ++evaluated;
        if (auto o = evaluate(p, choice))
            archive.offer(choice, *o);
        bool stop = (control.cancel && control.cancel->load(std::memory_order_relaxed)) || (control.nodeLimit > 0 && evaluated >= control.nodeLimit);
        if (!stop && (evaluated & 63) == 0) {
            const qint64 now = clock.elapsed();
            stop = control.timeLimitMs > 0 && now > control.timeLimitMs;
            if (!stop && control.progress && now - lastProgress >= control.progressIntervalMs) {
                lastProgress = now;
                Front f = archive.front(evaluated, evaluated, false);
                f.outer = {idealBound(p)};
                f.elapsedMs = now;
                control.progress(f);
            }
        }
        // Next assignment in lexicographic order (the last unit changes fastest).
        int u = n - 1;
        while (u >= 0 && ++choice[u] == p.units[u].options.size()) {
            choice[u] = 0;
            --u;
        }
        if (u < 0)
            break;
        if (stop) {
            Front f = archive.front(evaluated, evaluated, false);
            f.outer = {idealBound(p)};
            f.elapsedMs = clock.elapsed();
            return f;
        }
    }
    Front f = archive.front(evaluated, evaluated);
    f.elapsedMs = clock.elapsed();
    return f;
}

// The unit's option that measures with `step`, or -1: reduced() keeps the problem's units and
// drops options, so a step names the same option in both.
int optionWithStep(const Unit &unit, int step)
{
    for (int i = 0; i < unit.options.size(); ++i)
        if (unit.options[i].step == step)
            return i;
    return -1;
}

// The caller's seeds, given in the problem's option indices, in the reduced problem's (an
// option reduced() dropped has no index there: its seed is skipped).
QVector<QVector<int>> seedsIn(const Problem &problem, const Problem &r, const QVector<QVector<int>> &seeds)
{
    QVector<QVector<int>> out;
    for (const QVector<int> &seed : seeds) {
        if (seed.size() != problem.units.size())
            continue;
        QVector<int> choice(seed.size(), -1);
        bool fits = true;
        for (int u = 0; u < seed.size() && fits; ++u) {
            fits = seed[u] >= 0 && seed[u] < problem.units[u].options.size();
            if (fits)
                choice[u] = optionWithStep(r.units[u], problem.units[u].options[seed[u]].step);
            fits = fits && choice[u] >= 0;
        }
        if (fits)
            out.append(choice);
    }
    return out;
}

// Choices index the reduced option lists: map them back to the problem's.
void mapChoices(const Problem &problem, const Problem &r, Front &f)
{
    for (QVector<int> &choice : f.choices)
        for (int u = 0; u < choice.size(); ++u)
            if (const int i = optionWithStep(problem.units[u], r.units[u].options[choice[u]].step); i >= 0)
                choice[u] = i;
}

// The highest fidelity any plan can have, from a highest-fidelity search: its plan's when it
// completed, else the best of its plan and its unexplored subtrees' bound points.
double highestFidelityBound(const Front &f)
{
    double bound = 0;
    for (const QVector<Objectives> *set : {&f.objectives, &f.outer})
        for (const Objectives &o : *set)
            bound = std::max(bound, o.fidelity);
    return bound;
}

// No plan has a fidelity above `cap` (phase 1), so no bound need be higher: the front's, each
// plan's (never below its own fidelity) and the outer points' (a plan a point dominated has
// a fidelity at most the cap as well, so the lowered point still dominates it).
void capFidelityBounds(Front &f, double cap)
{
    f.bound = std::min(f.bound, std::max(cap, 0.0));
    for (int i = 0; i < f.bounds.size(); ++i)
        f.bounds[i] = std::max(f.objectives[i].fidelity, std::min(f.bounds[i], cap));
    for (Objectives &o : f.outer)
        o.fidelity = std::min(o.fidelity, cap);
    for (const Objectives &o : std::as_const(f.objectives))
        f.bound = std::max(f.bound, o.fidelity);
}

} // namespace

void certify(Front &f)
{
    // Bound points a found plan or another bound point dominates add nothing.
    QVector<Objectives> kept;
    for (const Objectives &b : std::as_const(f.outer)) {
        if (std::any_of(f.objectives.begin(), f.objectives.end(), [&](const Objectives &o) { return weaklyDominates(o, b); }))
            continue;
        if (std::any_of(kept.begin(), kept.end(), [&](const Objectives &o) { return weaklyDominates(o, b); }))
            continue;
        kept.removeIf([&](const Objectives &o) { return weaklyDominates(b, o); });
        kept.append(b);
    }
    f.outer = kept;
    // Every plan is weakly dominated by a found plan or a bound point: one costing no more and
    // lasting no longer has at most the best fidelity among those points that cost no more
    // and last no longer.
    f.bounds.resize(f.objectives.size());
    for (int i = 0; i < f.objectives.size(); ++i) {
        const Objectives &mine = f.objectives[i];
        double best = mine.fidelity;
        for (const QVector<Objectives> *set : {&f.objectives, &f.outer})
            for (const Objectives &o : *set)
                if (o.cost <= mine.cost && o.duration <= mine.duration)
                    best = std::max(best, o.fidelity);
        f.bounds[i] = best;
    }
    f.bound = highestFidelityBound(f);
}

Front searchFront(const Problem &problem, bool exhaustive, qint64 timeLimitMs)
{
    SearchControl control;
    control.timeLimitMs = timeLimitMs;
    return searchFront(problem, exhaustive, control);
}

Front searchFront(const Problem &problem, bool exhaustive, const SearchControl &control)
{
    for (const Unit &u : problem.units)
        if (u.options.isEmpty())
            return {};
    if (exhaustive) {
        SearchControl c = control;
        if (control.progress)
            c.progress = [&](const Front &snapshot) {
                Front f = snapshot;
                certify(f);
                control.progress(f);
            };
        Front f = bruteForce(problem, c);
        certify(f);
        return f;
    }
    Problem r = reduced(problem);
    const Problem view = boundsView(r); // reorders r's options like the view's
    QElapsedTimer clock;
    clock.start();
    qint64 nodesBefore = 0; // nodes, evaluations and time of the passes already run
    qint64 evaluatedBefore = 0;
    qint64 msBefore = 0;
    double cap = 2; // no plan has a fidelity above it (pass 2); 2 caps nothing
    auto finish = [&](Front f) {
        f.nodes += nodesBefore;
        f.evaluated += evaluatedBefore;
        f.elapsedMs += msBefore;
        mapChoices(problem, r, f);
        certify(f);
        capFidelityBounds(f, cap);
        return f;
    };
    // A pass's limits: its share of the time (all of what is left for the last pass) and of
    // the nodes, within what is left of the caller's own limits.
    const bool passes = control.timeLimitMs > 0 || control.passNodeLimit > 0;
    auto limitsFor = [&](SearchControl c, bool last) {
        c.passNodeLimit = 0;
        if (control.timeLimitMs > 0) {
            const qint64 left = control.timeLimitMs - clock.elapsed();
            c.timeLimitMs = std::max<qint64>(1, last ? left : std::min(left, control.timeLimitMs * 3 / 10));
        }
        qint64 nodes = last ? 0 : control.passNodeLimit;
        if (control.nodeLimit > 0)
            nodes = nodes > 0 ? std::min(nodes, control.nodeLimit - nodesBefore) : control.nodeLimit - nodesBefore;
        c.nodeLimit = nodes > 0 ? nodes : (control.nodeLimit > 0 ? 1 : 0);
        if (control.progress)
            c.progress = [&](const Front &snapshot) { control.progress(finish(snapshot)); };
        return c;
    };
    // A cancel, or the caller's own node limit (a pass's share is not the caller's stop).
    auto callerStopped = [&](const Front &f) {
        return (control.cancel && control.cancel->load(std::memory_order_relaxed)) || (control.nodeLimit > 0 && nodesBefore + f.nodes >= control.nodeLimit);
    };

    // docs/PLANNER.md 7.3. Pass 1: the front, within 30 % of the time limit. Most requests end
    // here, complete, and nothing else runs. The caller's seeds (Keep searching) start it.
    BranchAndBound firstPass(view, r, limitsFor(control, !passes));
    firstPass.offerSeeds(seedsIn(problem, r, control.seeds));
    Front found = firstPass.run();
    if (found.complete || !passes || callerStopped(found))
        return finish(found);
    auto counted = [&](const Front &pass) {
        nodesBefore += pass.nodes;
        evaluatedBefore += pass.evaluated;
        msBefore += pass.elapsedMs;
    };
    counted(found);

    // Pass 2: the highest fidelity alone, proven (or bounded) within the next 30 %. Its bound
    // caps every fidelity bound of the result; its plan joins the seeds. Meanwhile (and if it
    // is stopped) the result is pass 1's plans, with pass 2's counters.
    auto pass1PlansAfter = [&](const Front &pass2) {
        Front shown = found;
        shown.elapsedMs = pass2.elapsedMs; // finish() adds the passes before
        shown.nodes = pass2.nodes;
        shown.evaluated = pass2.evaluated;
        return finish(shown);
    };
    SearchControl highest = limitsFor(control, false);
    if (control.progress)
        highest.progress = [&](const Front &snapshot) { control.progress(pass1PlansAfter(snapshot)); };
    BranchAndBound fidelitySearch(view, r, highest, Archive::Goal::HighestFidelity);
    fidelitySearch.offerSeeds(found.choices);
    const Front best = fidelitySearch.run();
    cap = highestFidelityBound(best);
    if (callerStopped(best))
        return pass1PlansAfter(best);
    counted(best);

    // Pass 3: the front again with all that is left, seeded with every plan found so far, so
    // that its bounds bite from the first node.
    BranchAndBound frontAgain(view, r, limitsFor(control, true));
    frontAgain.offerSeeds(found.choices + best.choices);
    return finish(frontAgain.run());
}

} // namespace pm::planning
