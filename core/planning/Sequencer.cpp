// Sequencing (D5.5 2.3): from an assignment to samples, ordered steps and the sample-flow
// graph. Rules: each operando step gets its own cell; Type 2 correlated steps stay on one
// sample; on a sample, non-damaging before damaging (surface, then bulk, then electron beam)
// before the step that ends the sample, and an ended sample ends its chain (another such step
// gets a sample prepared alike); within an order, sites are visited nearest first so that
// shipments stay short.
#include "Applicability.h"
#include "DamageTable.h"
#include "PlanningProblem.h"
#include "SampleAmounts.h"
#include "SampleFlowGraph.h"

#include "common/TextMatch.h"

#include <QHash>
#include <QVarLengthArray>

#include <algorithm>
#include <cmath>

namespace pm::planning {

namespace {

struct Chain {
    int head = -1;         // the operando step that owns this sample, or -1
    bool alike = false;    // an extra sample prepared like the first for a destructive step
    QVector<int> followers; // ex-situ steps, in order once sequenced
    int startSite = -1;
    int batches = 1; // prepared samples pooled into this one for material (issue 13)
};

// Prepared samples an ex-situ chain needs for the material its steps take.
int batchesFor(const Problem &p, const QVector<int> &steps)
{
    double need = 0;
    for (int step : steps)
        need += p.steps[step].amountMg;
    return samplesPooled(need, p.availableMg);
}

// Where a measurement happens, in words (issue 13): the offering's partner, then the site
// when it is not the partner's only site: at a facility ("DTU at MAX IV (Lund)", as the
// shipments name it) or at one of the partner's several laboratories ("CNRS (Pau)").
QString measureLocation(const Problem &p, const Offering &off, int site)
{
    const QString &host = p.siteNames[site];
    const QString city = p.siteCities.value(site);
    const QString where = city.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(city);
    if (!host.isEmpty() && text::normalized(host) != text::normalized(off.partner))
        return QStringLiteral("%1 at %2%3").arg(off.partner, host, where);
    const Partner *partner = p.matrix->partner(off.partner);
    const auto own = partner ? std::count_if(p.matrix->sites.sites.begin(), p.matrix->sites.sites.end(),
                                             [&](const Site &s) { return partner->matches(s.partner); })
                             : 0;
    return own > 1 && !where.isEmpty() ? off.partner + where : off.partner;
}

enum class NodeKind { Prepare, Measure, Transfer, Ship };

// What a shipment carries: the sample (ex situ, or a cell moving on to its next instrument),
// an operando cell assembled at the origin, or material for a cell assembled on arrival.
enum class Cargo { Sample, Cell, Material };

struct Node {
    NodeKind kind;
    int chain;
    int step = -1; // measure nodes
    int fromSite = -1;
    int toSite = -1;
    FlowNode flow;
    Cargo cargo = Cargo::Sample; // ship nodes; prepare nodes: Material = assembly on arrival
    bool sealed = false;         // ship nodes: in an air-tight holder or a sealed cell
};

struct Skeleton {
    QVector<int> used; // distinct steps, in order of first use
    QHash<int, QStringList> observablesOf;
    QVector<Chain> chains;
    QVector<Node> nodes;
    QVector<std::pair<int, int>> edges;
    double fidelityFactor = 1;
    double cost = 0;
    double fidelitySum = 0;
    QString contradiction;
};

// A value per chosen step, kept beside the few steps a plan uses rather than in an array
// over every step of the problem (evaluate() runs thousands of times per search).
template<typename T>
class UsedStepTable {
public:
    UsedStepTable(const QVector<int> &used, T initial) : m_used(used), m_values(used.size(), initial) {}
    T &operator[](int step) { return m_values[m_used.indexOf(step)]; }
    const T &operator[](int step) const { return m_values[m_used.indexOf(step)]; }

private:
    const QVector<int> &m_used;
    QVarLengthArray<T, 16> m_values;
};

QString stepLabel(const Problem &p, int step)
{
    const Offering &o = p.matrix->offerings[p.steps[step].offering];
    return QStringLiteral("%1 at %2").arg(o.abbreviation.isEmpty() ? o.technique : o.abbreviation, o.partner);
}

// Steps of the chain's Type 2 groups other than `step` that are on this chain too.
bool heldByCorrelation(const Problem &p, const Skeleton &s, const UsedStepTable<quint64> &stepGroups, int step, const Chain &c)
{
    Q_UNUSED(s)
    for (int g = 0; g < p.type2.size() && g < 64; ++g) {
        if (!(stepGroups[step] & (quint64(1) << g)))
            continue;
        if (c.head >= 0 && c.head != step && (stepGroups[c.head] & (quint64(1) << g)))
            return true;
        for (int other : c.followers)
            if (other != step && (stepGroups[other] & (quint64(1) << g)))
                return true;
    }
    return false;
}

void orderFollowers(const Problem &p, Chain &c)
{
    // Small arrays on the stack: evaluate() sequences thousands of plans per search.
    QVarLengthArray<int, 16> ordered;
    int current = c.head >= 0 ? p.steps[c.head].site : p.originSite;
    // Class -1: further measurements in the same cell, before it is opened. Then by what each
    // step does to the sample (DamageTable sequenceOrder): nothing, then the surface, the bulk,
    // the electron beam, and last the step that ends the sample.
    for (int cls = -1; cls <= 4; ++cls) {
        QVarLengthArray<int, 16> remaining;
        for (int s : std::as_const(c.followers))
            if (cls < 0 ? p.steps[s].inCell : (!p.steps[s].inCell && p.steps[s].order == cls))
                remaining.append(s);
        if (remaining.isEmpty())
            continue;
        if (current < 0) {
            // No origin: start where most of the first class is measured.
            QHash<int, int> count;
            for (int s : std::as_const(remaining))
                ++count[p.steps[s].site];
            int best = -1;
            for (auto it = count.cbegin(); it != count.cend(); ++it)
                if (best < 0 || it.value() > count.value(best) || (it.value() == count.value(best) && it.key() < best))
                    best = it.key();
            current = best;
        }
        while (!remaining.isEmpty()) {
            int next = -1;
            for (int s : std::as_const(remaining)) {
                const int site = p.steps[s].site;
                if (next < 0 || p.distance[current][site] < p.distance[current][next]
                    || (p.distance[current][site] == p.distance[current][next] && site < next))
                    next = site;
            }
            QVarLengthArray<int, 16> here;
            for (int s : std::as_const(remaining))
                if (p.steps[s].site == next)
                    here.append(s);
            // Earliest booking first on a site: the order that finishes soonest.
            std::stable_sort(here.begin(), here.end(), [&](int a, int b) {
                const StepOption &x = p.steps[a];
                const StepOption &y = p.steps[b];
                if (x.release != y.release)
                    return x.release < y.release;
                if (x.post != y.post)
                    return x.post < y.post;
                return x.measure < y.measure;
            });
            ordered.append(here.constData(), here.size());
            remaining.erase(std::remove_if(remaining.begin(), remaining.end(), [&](int s) { return p.steps[s].site == next; }), remaining.end());
            current = next;
        }
    }
    c.followers = QVector<int>(ordered.begin(), ordered.end());
}

// `describe` = false (scoring only: evaluate()) leaves out what only the plan shows, the
// observables per step and the node labels; contradictions are still described.
Skeleton buildSkeleton(const Problem &p, const QVector<int> &choice, bool describe = true)
{
    Skeleton s;
    for (int u = 0; u < p.units.size(); ++u) {
        const int step = p.units[u].options[choice[u]].step;
        s.fidelitySum += p.units[u].options[choice[u]].fidelitySum;
        if (!describe) {
            if (!s.used.contains(step))
                s.used.append(step);
        } else {
            if (!s.observablesOf.contains(step))
                s.used.append(step);
            s.observablesOf[step] += p.units[u].observables;
        }
    }
    UsedStepTable<quint64> stepGroups(s.used, 0);
    for (int u = 0; u < p.units.size(); ++u)
        for (int g : p.unitGroups[u])
            if (g < 64)
                stepGroups[p.units[u].options[choice[u]].step] |= quint64(1) << g;

    // Type 2 on a specific ROI: one air-tight holder for every ex-situ step of the group.
    for (const Type2Group &g : p.type2) {
        if (!g.specificRoi)
            continue;
        quint64 shared = ~quint64(0);
        QVector<int> exSitu;
        for (int u : g.units) {
            const int step = p.units[u].options[choice[u]].step;
            if (!p.steps[step].inCell && !exSitu.contains(step)) {
                exSitu.append(step);
                shared &= p.steps[step].holders;
            }
        }
        if (exSitu.size() > 1 && shared == 0) {
            s.contradiction = QStringLiteral("%1 must stay on one sample in one air-tight holder, and no holder takes them all")
                                  .arg(text::humanList([&] { QStringList l; for (int x : exSitu) l.append(stepLabel(p, x)); return l; }(), QStringLiteral("and")));
            return s;
        }
    }

    // Samples: one cell per operando step, except that the operando steps of one Type 2
    // group share the first one's cell (measured in sequence); the group's ex-situ steps
    // follow on that cell once it is opened; the rest go on the main ex-situ sample.
    UsedStepTable<int> leader(s.used, -1);
    for (int step : std::as_const(s.used))
        if (p.steps[step].inCell)
            leader[step] = step;
    auto root = [&](int step) {
        while (leader[step] != step)
            step = leader[step];
        return step;
    };
    for (const Type2Group &g : p.type2) {
        QVector<int> roots;
        for (int u : g.units) {
            const int step = p.units[u].options[choice[u]].step;
            if (p.steps[step].inCell && !roots.contains(root(step)))
                roots.append(root(step));
        }
        if (roots.size() < 2)
            continue;
        // The earliest-used step's cell carries the group.
        const int keep = *std::min_element(roots.begin(), roots.end(), [&](int x, int y) { return s.used.indexOf(x) < s.used.indexOf(y); });
        for (int r : std::as_const(roots))
            leader[r] = keep;
    }
    UsedStepTable<int> chainOf(s.used, -1);
    for (int step : std::as_const(s.used))
        if (p.steps[step].inCell && root(step) == step) {
            chainOf[step] = int(s.chains.size());
            s.chains.append(Chain{step, false, {}, p.steps[step].site});
        }
    for (int step : std::as_const(s.used))
        if (p.steps[step].inCell && root(step) != step) {
            chainOf[step] = chainOf[root(step)];
            s.chains[chainOf[step]].followers.append(step);
        }
    for (const Type2Group &g : p.type2) {
        int target = -1;
        for (int u : g.units) {
            const int step = p.units[u].options[choice[u]].step;
            if (p.steps[step].inCell && target < 0)
                target = chainOf[step];
        }
        if (target < 0)
            continue;
        for (int u : g.units) {
            const int step = p.units[u].options[choice[u]].step;
            if (chainOf[step] < 0) {
                chainOf[step] = target;
                s.chains[target].followers.append(step);
            }
        }
    }
    Chain main;
    for (int step : std::as_const(s.used))
        if (chainOf[step] < 0)
            main.followers.append(step);
    if (!main.followers.isEmpty()) {
        main.startSite = p.originSite;
        s.chains.append(main);
    }

    // A destroyed sample ends its chain: other destructive steps get samples prepared alike.
    const int chainCount = int(s.chains.size());
    for (int ci = 0; ci < chainCount; ++ci) {
        Chain &c = s.chains[ci];
        // Measurements in the cell come first; a cell destroyed by one of them ends the sample.
        QVector<int> inCell;
        if (c.head >= 0)
            inCell.append(c.head);
        for (int step : std::as_const(c.followers))
            if (p.steps[step].inCell)
                inCell.append(step);
        for (int step : std::as_const(inCell))
            if (p.steps[step].damage == 2 && (step != c.head || !c.followers.isEmpty())) {
                const int other = step == c.head ? c.followers.first() : c.head;
                s.contradiction = QStringLiteral("%1 destroys the cell, but %2 must be measured on the same sample (Type 2 correlation)")
                                      .arg(stepLabel(p, step), stepLabel(p, other));
                return s;
            }
        QVector<int> destructive;
        for (int step : std::as_const(c.followers))
            if (p.steps[step].damage == 2 && !p.steps[step].inCell)
                destructive.append(step);
        if (destructive.size() < 2)
            continue;
        QVector<int> held;
        for (int step : std::as_const(destructive))
            if (heldByCorrelation(p, s, stepGroups, step, c))
                held.append(step);
        if (held.size() > 1) {
            s.contradiction = QStringLiteral("a Type 2 correlation keeps %1 and %2 on one sample, but both destroy it")
                                  .arg(stepLabel(p, held[0]), stepLabel(p, held[1]));
            return s;
        }
        const int keep = held.isEmpty() ? destructive.first() : held.first();
        QVector<int> moved;
        for (int step : std::as_const(destructive))
            if (step != keep)
                moved.append(step);
        s.chains[ci].followers.removeIf([&](int step) { return moved.contains(step); });
        for (int step : std::as_const(moved))
            s.chains.append(Chain{-1, true, {step}, p.originSite});
    }

    // Nodes and edges, chain by chain: a preparation, and per step at most a shipment or
    // transfer and the measurement.
    s.nodes.reserve(s.chains.size() + 2 * s.used.size());
    s.edges.reserve(2 * s.used.size());
    for (int ci = 0; ci < s.chains.size(); ++ci) {
        Chain &c = s.chains[ci];
        orderFollowers(p, c);
        const bool cell = c.head >= 0;
        // Every sample starts where the material is: the origin when the request names one.
        int site = p.originSite >= 0 ? p.originSite
            : cell                   ? p.steps[c.head].site
            : c.startSite >= 0       ? c.startSite
                                     : p.steps[c.followers.first()].site;
        c.startSite = site;
        // An operando cell whose material travels is assembled on arrival, not at the origin.
        const bool materialTravels = cell && site != p.steps[c.head].site && p.steps[c.head].materialShipped;
        // Material (issue 13): an ex-situ sample's steps each take their portion; when they
        // need more than one prepared sample gives, more are prepared alike and pooled, each
        // at a sample's cost and a day's work (docs/PLANNER.md 2, "Samples").
        c.batches = cell ? 1 : batchesFor(p, c.followers);
        s.cost += cell ? kOperandoSampleCost : kExSituSampleCost * c.batches;
        int previous = int(s.nodes.size());
        // The sample's history (issue 18 section 5): an ex-situ sample is cycled before it is
        // opened; a cell a beamtime cannot hold through it is cycled before it is measured.
        const double prepareDays = (materialTravels ? kMaterialPackingDays
                                    : cell          ? kOperandoPreparationDays + p.steps[c.head].preCycleDays
                                                    : kExSituPreparationDays + (c.batches - 1) * kExtraBatchDays + p.cyclingDays)
            + p.preparationExtraDays; // a modified sample is made first (D5.5 Table 2)
        s.nodes.append(Node{NodeKind::Prepare, ci, -1, site, site,
                            FlowNode{0, prepareDays, 0, describe ? QStringLiteral("sample %1 preparation").arg(ci + 1) : QString()}});
        int previousStep = -1;
        QVector<int> sequence;
        if (cell)
            sequence.append(c.head);
        sequence += c.followers;
        for (int step : std::as_const(sequence)) {
            const StepOption &opt = p.steps[step];
            if (opt.site != site) {
                const Distance d = p.distance[site][opt.site];
                // A cell travels sealed; material for a cell is packed like it (under argon).
                const bool firstOfCell = cell && previousStep < 0;
                const bool holder = firstOfCell || (previousStep < 0 ? opt.holders != 0 : (p.steps[previousStep].holders & opt.holders) != 0);
                s.fidelityFactor *= shipFidelity(p.airSensitive, holder);
                s.cost += shipCost(d, p.airSensitive);
                const Cargo cargo = !firstOfCell ? Cargo::Sample : materialTravels ? Cargo::Material : Cargo::Cell;
                s.nodes.append(Node{NodeKind::Ship, ci, -1, site, opt.site,
                                    FlowNode{0, shipDays(d), 0, describe ? QStringLiteral("shipment to %1").arg(p.siteNames[opt.site]) : QString()},
                                    cargo, holder});
                s.edges.append({previous, int(s.nodes.size()) - 1});
                previous = int(s.nodes.size()) - 1;
                site = opt.site;
                if (cargo == Cargo::Material) {
                    s.nodes.append(Node{NodeKind::Prepare, ci, -1, site, site,
                                        FlowNode{0, kOperandoPreparationDays + p.steps[c.head].preCycleDays,
                                                 0, describe ? QStringLiteral("cell assembly for sample %1").arg(ci + 1) : QString()},
                                        Cargo::Material});
                    s.edges.append({previous, int(s.nodes.size()) - 1});
                    previous = int(s.nodes.size()) - 1;
                }
            } else if (previousStep >= 0) {
                s.nodes.append(Node{NodeKind::Transfer, ci, -1, site, site, FlowNode{0, kTransferDays, 0, describe ? QStringLiteral("transfer") : QString()}});
                s.edges.append({previous, int(s.nodes.size()) - 1});
                previous = int(s.nodes.size()) - 1;
            }
            s.nodes.append(Node{NodeKind::Measure, ci, step, site, site, FlowNode{opt.release, opt.measure, opt.post, describe ? stepLabel(p, step) : QString()}});
            s.edges.append({previous, int(s.nodes.size()) - 1});
            previous = int(s.nodes.size()) - 1;
            previousStep = step;
        }
    }
    for (int step : std::as_const(s.used))
        s.cost += p.steps[step].cost;
    return s;
}

QVector<FlowNode> flowNodes(const Skeleton &s)
{
    QVector<FlowNode> nodes;
    nodes.reserve(s.nodes.size());
    for (const Node &n : s.nodes)
        nodes.append(n.flow);
    return nodes;
}

QString modeText(Mode m)
{
    return modeKey(m);
}

// Why a preparation takes as long as it does (issue 18 section 5): the same terms, in the
// same order, as the durations buildSkeleton gives the preparation nodes.
QString preparationTime(const Problem &p, const Chain &c, Cargo cargo, bool packing = false)
{
    // Days to a tenth: "23.7 days", not "23.6667 days" (100 cycles at C/2 are 16.67 days).
    auto days = [](double d) { return d == 1 ? QStringLiteral("1 day") : QStringLiteral("%1 days").arg(QString::number(std::round(d * 10) / 10, 'g', 6)); };
    QStringList parts;
    double total = 0;
    QStringList whys;
    auto add = [&](double d, const QString &why) {
        total += d;
        whys.append(why);
        parts.append(QStringLiteral("%1 (%2)").arg(why, days(d)));
    };
    auto said = [&] {
        // One term needs no breakdown: "2 days: assembling ...".
        return QStringLiteral("%1: %2").arg(days(total), parts.size() == 1 ? whys.first() : parts.join(QStringLiteral(", ")));
    };
    const QString history = p.request->sample.history.text();
    auto cellCycledFirst = [&] {
        if (const double d = p.steps[c.head].preCycleDays; d > 0)
            add(d, QStringLiteral("cycling the cell %1 before it is measured: a beamtime cannot hold it that long").arg(history));
    };
    if (cargo == Cargo::Material) {
        add(kOperandoPreparationDays, QStringLiteral("assembling the operando cell and letting it rest before the measurement"));
        cellCycledFirst();
        return said();
    }
    if (packing) {
        add(kMaterialPackingDays, QStringLiteral("packing the material for the cell to be assembled where it is measured"));
    } else if (c.head >= 0) {
        add(kOperandoPreparationDays, QStringLiteral("assembling the operando cell and letting it rest before the measurement"));
        cellCycledFirst();
    } else {
        add(kExSituPreparationDays, QStringLiteral("bringing the sample to the requested state of charge in a cell, then opening it and harvesting the electrode"));
        if (c.batches > 1)
            add((c.batches - 1) * kExtraBatchDays, QStringLiteral("%1 more sample%2 cycled alongside, opened and pooled, a day each")
                                                       .arg(c.batches - 1)
                                                       .arg(c.batches == 2 ? QString() : QStringLiteral("s")));
        if (p.cyclingDays > 0)
            add(p.cyclingDays, QStringLiteral("%1 before the cell is opened").arg(history));
    }
    if (p.preparationExtraDays > 0)
        add(p.preparationExtraDays, QStringLiteral("making the modified material or electrode first"));
    return said();
}

} // namespace

// The plan's duration as scheduleFlow() computes it, without the graph: the skeleton adds
// each node after its only predecessor (a sample's previous node), so the nodes in index
// order are a topological order and one pass gives the same earliest starts. Any other
// edge falls back to scheduleFlow().
std::optional<double> scoredDuration(const Skeleton &s)
{
    QVarLengthArray<double, 64> finish(s.nodes.size());
    QVarLengthArray<int, 64> predecessor(s.nodes.size());
    std::fill(predecessor.begin(), predecessor.end(), -1);
    for (const auto &[a, b] : s.edges) {
        if (a >= b || predecessor[b] >= 0) {
            const auto schedule = scheduleFlow(flowNodes(s), s.edges);
            return schedule ? std::optional<double>(schedule->total) : std::nullopt;
        }
        predecessor[b] = a;
    }
    double total = 0;
    for (int v = 0; v < s.nodes.size(); ++v) {
        const FlowNode &n = s.nodes[v].flow;
        double ready = n.release;
        if (predecessor[v] >= 0)
            ready = std::max(ready, finish[predecessor[v]]);
        finish[v] = ready + n.duration;
        total = std::max(total, finish[v] + n.tail);
    }
    return total;
}

std::optional<Objectives> evaluate(const Problem &problem, const QVector<int> &choice)
{
    const Skeleton s = buildSkeleton(problem, choice, false);
    if (!s.contradiction.isEmpty())
        return std::nullopt;
    const std::optional<double> duration = scoredDuration(s);
    if (!duration)
        return std::nullopt;
    return quantized(s.fidelitySum / std::max(1, problem.observableCount) * s.fidelityFactor, s.cost, *duration);
}

Result<Plan> materialise(const Problem &p, const QVector<int> &choice)
{
    const Skeleton s = buildSkeleton(p, choice);
    if (!s.contradiction.isEmpty())
        return makeError(s.contradiction, QStringLiteral("sequencing"));
    auto schedule = scheduleFlow(flowNodes(s), s.edges);
    if (!schedule)
        return schedule.error();
    const Objectives o = quantized(s.fidelitySum / std::max(1, p.observableCount) * s.fidelityFactor, s.cost, schedule->total);

    Plan plan;
    plan.fidelity = o.fidelity;
    plan.cost = o.cost;
    plan.durationDays = o.duration;
    for (int u = 0; u < p.units.size(); ++u)
        for (const QString &obs : p.units[u].observables)
            plan.assignment.insert(obs, p.matrix->offerings[p.steps[p.units[u].options[choice[u]].step].offering].id);

    QHash<QString, int> counters;
    auto nextId = [&](const QString &kind) { return QStringLiteral("%1-%2").arg(kind).arg(++counters[kind]); };
    QVector<QString> ids(s.nodes.size());
    for (int ci = 0; ci < s.chains.size(); ++ci) {
        const Chain &c = s.chains[ci];
        PlanSample sample;
        sample.id = QStringLiteral("sample-%1").arg(ci + 1);
        sample.kind = c.head >= 0 ? QStringLiteral("operando cell") : c.alike ? QStringLiteral("ex-situ (prepared alike)") : QStringLiteral("ex-situ");
        sample.preparedAt = p.siteNames[c.startSite];
        if (c.head >= 0 && p.steps[c.head].materialShipped && c.startSite != p.steps[c.head].site)
            sample.kind = QStringLiteral("operando cell (assembled at %1)").arg(p.siteNames[p.steps[c.head].site]);
        if (c.head >= 0)
            sample.cell = p.steps[c.head].cell;
        sample.batches = c.batches;
        if (c.head < 0 && p.availableMg > 0) {
            double need = 0;
            for (int step : c.followers)
                need += p.steps[step].amountMg;
            if (need > 0)
                sample.amountNeeded = formatSampleAmount({need, AmountUnit::Milligram});
            sample.amountAvailable = formatSampleAmount(p.request->availablePerSample());
        }
        // The pooling limit refuses a step that alone needs too much (Candidates.cpp); several
        // steps on one sample may still need more together, which depends on the assignment.
        // The search keeps such plans (a rejection inside it would need the bounds to know),
        // so the plan says it instead.
        if (const int limit = SampleAmountTable::bundled().poolingLimit().maxSamples; limit > 0 && sample.batches > limit)
            plan.warnings.append(QStringLiteral("%1: its measurements take %2 of material, %3 samples prepared alike and pooled, more than the %4 "
                                                "a laboratory prepares for one request: split the steps over several samples with the partner "
                                                "or ask for more material")
                                     .arg(sample.id, sample.amountNeeded)
                                     .arg(sample.batches)
                                     .arg(limit));
        plan.samples.append(sample);
    }
    for (int i = 0; i < s.nodes.size(); ++i) {
        const Node &n = s.nodes[i];
        Step step;
        step.sample = plan.samples[n.chain].id;
        step.startDay = schedule->start[i];
        step.durationDays = n.flow.duration;
        step.partner = p.siteNames[n.fromSite];
        step.site = p.siteLabels[n.fromSite];
        switch (n.kind) {
        case NodeKind::Prepare: {
            step.kind = StepKind::Prepare;
            step.id = nextId(QStringLiteral("prepare"));
            const Chain &c = s.chains[n.chain];
            const QString why = c.head >= 0 ? p.steps[c.head].cellHandling : QString();
            if (n.cargo == Cargo::Material) {
                step.note = QStringLiteral("assemble the operando cell at %1 with the %2 shipped from %3 (%4) — %5")
                                .arg(p.siteLabels[n.fromSite], sampleShapeKey(p.request->sample.shape), p.siteNames[c.startSite], why,
                                     preparationTime(p, c, n.cargo));
                break;
            }
            if (c.head >= 0 && p.steps[c.head].materialShipped && c.startSite != p.steps[c.head].site) {
                step.note = QStringLiteral("prepare the %1 and pack it%2 for %3 (%4) — %5")
                                .arg(sampleShapeKey(p.request->sample.shape), p.airSensitive ? QStringLiteral(" under argon") : QString(),
                                     p.siteNames[p.steps[c.head].site], why, preparationTime(p, c, Cargo::Sample, true));
                break;
            }
            step.note = c.head >= 0 ? QStringLiteral("assemble the operando cell with the %1%2").arg(sampleShapeKey(p.request->sample.shape), why.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(why))
                                    : isCellShape(p.request->sample.shape)
                                    ? QStringLiteral("cycle the %1 to the state of charge, open it and harvest the electrodes%2")
                                          .arg(sampleShapeKey(p.request->sample.shape), p.airSensitive ? QStringLiteral(" under argon") : QString())
                                    : QStringLiteral("bring the %1 to the state of charge and mount it%2")
                                          .arg(sampleShapeKey(p.request->sample.shape), p.airSensitive ? QStringLiteral(" under argon") : QString());
            if (c.alike)
                step.note += QStringLiteral(" (prepared like sample-1: a second sample for a second step that ends its sample)");
            if (c.batches > 1)
                step.note += QStringLiteral("; %1 samples prepared alike and pooled: its measurements take %2 of material, one sample gives %3")
                                 .arg(c.batches)
                                 .arg(plan.samples[n.chain].amountNeeded, plan.samples[n.chain].amountAvailable);
            step.note += QStringLiteral(" — %1").arg(preparationTime(p, c, n.cargo));
            break;
        }
        case NodeKind::Ship:
            step.kind = StepKind::Ship;
            step.id = nextId(QStringLiteral("ship"));
            step.to = p.siteNames[n.toSite];
            step.toSite = p.siteLabels[n.toSite];
            step.distance = distanceKey(p.distance[n.fromSite][n.toSite]);
            step.airExposure = !p.airSensitive ? QStringLiteral("none needed: the sample is not air-sensitive")
                : n.cargo == Cargo::Cell       ? QStringLiteral("none: the operando cell is sealed")
                : n.cargo == Cargo::Material   ? QStringLiteral("none: packed under argon in a sealed pouch")
                : n.sealed                     ? QStringLiteral("none: in an air-tight holder")
                                               : QStringLiteral("risk: no air-tight holder both instruments take (packed under argon)");
            {
                const QString cargo = n.cargo == Cargo::Cell ? QStringLiteral("the assembled operando cell")
                    : n.cargo == Cargo::Material             ? QStringLiteral("the %1 for the operando cell").arg(sampleShapeKey(p.request->sample.shape))
                                                             : QStringLiteral("the sample");
                const bool sameCampus = !p.siteCampus[n.fromSite].isEmpty() && p.siteCampus[n.fromSite] == p.siteCampus[n.toSite];
                const QString distance = sameCampus ? QStringLiteral("same campus, %1").arg(p.siteCampus[n.fromSite]) : step.distance;
                step.note = QStringLiteral("ship %1 from %2 to %3 (%4: %5 day%6; air exposure %7)")
                                .arg(cargo, step.site, step.toSite, distance)
                                .arg(n.flow.duration)
                                .arg(n.flow.duration == 1 ? QString() : QStringLiteral("s"), step.airExposure);
            }
            break;
        case NodeKind::Transfer:
            step.kind = StepKind::Transfer;
            step.id = nextId(QStringLiteral("transfer"));
            step.note = QStringLiteral("move the sample to the next instrument on site");
            break;
        case NodeKind::Measure: {
            const StepOption &opt = p.steps[n.step];
            const Offering &off = p.matrix->offerings[opt.offering];
            step.kind = StepKind::Measure;
            step.id = nextId(QStringLiteral("measure"));
            step.offeringId = off.id;
            step.partner = off.partner;
            step.technique = off.techniqueLabel();
            step.instrument = off.instruments.join(QStringLiteral(", "));
            step.observables = s.observablesOf.value(n.step);
            step.mode = modeText(opt.mode);
            const Damage &damage = opt.sampleDamage;
            if (opt.variant > 0) // a measurement of its own: "X-ray photoelectron spectroscopy (XPS), sputter depth profile"
                step.technique = QStringLiteral("%1, %2").arg(step.technique, damage.family);
            step.damage = opt.damage;
            step.damageClass = damageClassKey(damage.damage);
            step.damageReason = damage.reason;
            step.destructive = damage.damage == DamageClass::Destructive;
            step.endsSample = damage.endsSample;
            step.holdDays = opt.hold;
            QStringList confirm;
            for (const QString &obs : std::as_const(step.observables))
                if (const QString why = toConfirm(off, obs, p.request->sample.shape); !why.isEmpty())
                    confirm.append(why);
            step.toConfirm = confirm.join(QStringLiteral("; "));
            step.cell = opt.cell;
            step.postProcessingDays = opt.post;
            for (int bit = 0; bit < p.holderLabels.size(); ++bit)
                if (opt.holders & (quint64(1) << bit)) {
                    step.holder = p.holderLabels[bit];
                    break;
                }
            step.contact = p.siteContacts[n.fromSite];
            step.location = measureLocation(p, off, n.fromSite);
            step.note = QStringLiteral("measure %1 %2").arg(step.observables.join(QStringLiteral(", ")), step.mode);
            describeRequirements(p, n.step, step);
            if (!opt.siteReason.isEmpty())
                step.note += QStringLiteral(" at %1 (%2)").arg(step.site, opt.siteReason);
            if (opt.duringHistory)
                step.note += QStringLiteral(", during the %1 from the freshly assembled cell (%2 days)")
                                 .arg(p.request->sample.history.text())
                                 .arg(QString::number(p.request->sample.history.days(), 'f', 1));
            if (opt.preCycleDays > 0)
                plan.warnings.append(QStringLiteral("%1 at %2: a beamtime cannot hold the cell through the %3 (%4 days), so the cell is cycled "
                                                    "first and the operando measurement covers only its own %5 days: it sees what happens then "
                                                    "(for gas evolution, only the gas evolved then), not what the cycles before did")
                                         .arg(step.technique, step.partner, p.request->sample.history.text(),
                                              QString::number(p.request->sample.history.days(), 'f', 1),
                                              QString::number(measureDays(off, true), 'f', 0)));
            if (damage.specimenDays > 0)
                step.note += QStringLiteral(", after %1 day%2 of specimen preparation there (%3)")
                                 .arg(damage.specimenDays)
                                 .arg(damage.specimenDays == 1 ? QString() : QStringLiteral("s"), damage.specimen);
            if (opt.variant > 0 && damage.fidelityFactor < 1)
                step.note += QStringLiteral(" (%1: fidelity of %2 x %3)")
                                 .arg(damage.family, damage.forObservables.join(QStringLiteral(", ")))
                                 .arg(damage.fidelityFactor);
            if (opt.hold > 0)
                step.note += QStringLiteral(", then the sample is held %1 days at the facility until its activation has decayed").arg(opt.hold);
            if (!step.toConfirm.isEmpty())
                step.note += QStringLiteral(" (to confirm with the partner)");
            break;
        }
        }
        ids[i] = step.id;
        plan.samples[n.chain].steps.append(step.id);
        plan.steps.append(step);
    }
    // Transfers take the holder both instruments share, when there is one.
    for (int i = 0; i < s.nodes.size(); ++i)
        if (s.nodes[i].kind == NodeKind::Transfer && i > 0 && i + 1 < s.nodes.size()) {
            const quint64 shared = (s.nodes[i - 1].step >= 0 ? p.steps[s.nodes[i - 1].step].holders : 0)
                & (s.nodes[i + 1].step >= 0 ? p.steps[s.nodes[i + 1].step].holders : 0);
            for (int bit = 0; bit < p.holderLabels.size(); ++bit)
                if (shared & (quint64(1) << bit)) {
                    plan.steps[i].holder = p.holderLabels[bit];
                    plan.steps[i].note += QStringLiteral(" in the %1").arg(p.holderLabels[bit]);
                    break;
                }
        }
    for (const auto &[a, b] : s.edges)
        plan.edges.append(Edge{ids[a], ids[b], QStringLiteral("sample")});
    return plan;
}

} // namespace pm::planning
