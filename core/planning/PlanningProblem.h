#pragma once

// The planner's numeric view of a request (private to core/planning): distinct measurement
// steps, the units to assign (an observable, or a Type 1 group measured by one set-up) and
// the sites between which samples travel.

#include "Candidates.h"
#include "DamageTable.h"
#include "Plan.h"
#include "PlanningModel.h"

#include <QVector>

#include <atomic>
#include <functional>
#include <optional>

namespace pm::planning {

// One way to measure: an offering in one mode. Several units may choose the same step.
struct StepOption {
    int offering = -1; // index into Matrix::offerings
    Mode mode = Mode::ExSitu;
    bool inCell = false; // operando or in situ: a sample (cell) of its own
    int site = -1;
    int damage = 0; // PlanningModel damageClass: 0 none, 1 damaging, 2 ends the sample
    // What the step does to its sample and why (DamageTable), for what it measures: lab XPS
    // profiling an SEI's thickness is a step of its own (variant > 0), destructive.
    Damage sampleDamage;
    int variant = 0; // 0: the offering as usually run; i > 0: damage.json rule i - 1 for some observables
    int order = 0;  // DamageTable sequenceOrder: the order on a sample (damage == searchDamage(order))
    double hold = 0; // days the sample is held after the measurement (in `measure`; `post` shortened by it)
    double release = 0;
    double measure = 0;
    double post = 0;
    double cost = 0;
    double cellFactor = 1;
    quint64 holders = 0; // air-tight holders it takes (bit i: Problem::holderLabels[i])
    QString cell;
    // Operando steps with an origin elsewhere: the material travels and the measuring partner
    // assembles the cell (its own cell), rather than the origin assembling and shipping it.
    bool materialShipped = false;
    QString cellHandling; // why, in words (the plan's preparation note)
    QString siteReason;   // why the step is at its site when it is not its partner's home
    int listedBy = 0; // how many units list this step (for the shared-cost bound)
    double amountMg = 0; // active material an ex-situ step takes from its sample (0: unknown or in a cell)
    // The sample's electrochemical history (Request::sample.history) for an operando step: a
    // laboratory instrument measures during it (`measure` covers it); a beamtime cannot hold a
    // cell that long, so the cell is cycled before (its preparation is longer by preCycleDays).
    bool duringHistory = false;
    double preCycleDays = 0;
};

struct UnitOption {
    int step = -1;
    double fidelitySum = 0; // sum over the unit's observables
};

struct Unit {
    QStringList observables;
    QVector<UnitOption> options;
};

struct Type2Group {
    QVector<int> units;
    bool specificRoi = false; // needs one air-tight holder that every ex-situ step takes
};

struct Objectives {
    double fidelity = 0;
    double cost = 0;
    double duration = 0;
    bool operator==(const Objectives &) const = default;
};

// The grid objectives are compared on: a plan's fidelity, cost and duration are rounded to it,
// so that plans no user could tell apart are ties, not two points of the front. The search's
// bounds are integers on the same grid (Search.cpp, Archive::GridPoint).
// Fidelity and cost are rounded to the nearest step; a duration is rounded up to whole days
// (a plan of 317.5 days takes 318), with a slack of 0.001 day for arithmetic noise. Rounding
// durations to the nearest day would put the boundary at half days, where many durations lie
// (0.5-day post-processing, 0.1-day transfers), and a bound of exactly 317.5 days would then
// round below a plan of exactly 317.5: the search could no longer prune on ties.
struct ObjectiveGrid {
    static constexpr double fidelity = 1e3; // steps of 0.001
    static constexpr double cost = 10;      // steps of 0.1 cost units
    static constexpr double duration = 1;   // whole days, rounded up
};
inline constexpr double kDurationSlack = 1e-3;

// Quantized so that the search and its bounds compare like with like.
Objectives quantized(double fidelity, double cost, double duration);
// a is at least as good as b in every objective.
inline bool weaklyDominates(const Objectives &a, const Objectives &b)
{
    return a.fidelity >= b.fidelity && a.cost <= b.cost && a.duration <= b.duration;
}

struct Problem {
    const Request *request = nullptr;
    const Matrix *matrix = nullptr;
    QVector<StepOption> steps;
    QVector<Unit> units;
    QVector<Type2Group> type2;
    QVector<QVector<int>> unitGroups; // unit -> type2 group indices
    QStringList siteNames;            // the partner (or facility) of each site, for messages
    QStringList siteLabels;           // each site's full name: "CNRS IPREM, Pau"
    QStringList siteCampus;           // each site's campus, or empty
    QStringList siteContacts;         // each site's public contact point, or empty
    QStringList siteCities;           // each site's city, or empty (the step's location in words)
    QVector<QVector<Distance>> distance;
    QStringList holderLabels;
    int originSite = -1;
    bool airSensitive = false;
    int observableCount = 0;
    // Material and preparation (StepTerms.cpp): what one prepared ex-situ sample gives, and the
    // days a modified sample adds to every preparation.
    double availableMg = 0; // <= 0: not counted (a liquid electrolyte)
    double preparationExtraDays = 0;
    // The cycling every ex-situ sample goes through before it is opened (the request's history).
    double cyclingDays = 0;
};

// Access routes, D5.5 Table 2 time terms, sample amounts and preparation fidelity: sets each
// step's release and amount and scales the options' fidelity (StepTerms.cpp).
void applyRequestTerms(Problem &problem);
// The step's requirements and practical details for the plan (amount, form, route, contact).
void describeRequirements(const Problem &problem, int step, Step &out);
// Dates the next standard call of each large-scale-facility step from `today`.
void dateNextCalls(Plan &plan, const Request &request, const Matrix &matrix, const QDate &today);

// Units, steps and sites from the filtered candidates; honours pins.
Result<Problem> buildProblem(const Request &request, const Matrix &matrix, const CandidateSet &candidates);

// A complete assignment (choice[u] = option index of unit u): its objectives, or nullopt when
// it contradicts itself (two destructive steps that must share a sample, no shared holder).
std::optional<Objectives> evaluate(const Problem &problem, const QVector<int> &choice);
// The full plan for an assignment, or the contradiction as an error naming the steps.
Result<Plan> materialise(const Problem &problem, const QVector<int> &choice);

struct Front {
    QVector<QVector<int>> choices;
    QVector<Objectives> objectives;
    qint64 evaluated = 0;
    qint64 nodes = 0;
    bool complete = true; // false when the time limit, the node limit or a cancel stopped the search
    qint64 elapsedMs = 0;
    // The certificate of an incomplete search (docs/PLANNER.md 7.2): optimistic bound points of
    // every subtree left unexplored, those no found plan dominates. With `objectives` they
    // are an outer approximation of the true front: every plan is weakly dominated by one of
    // them. Empty when complete.
    QVector<Objectives> outer;
    // Per choice: the highest fidelity any plan costing no more and lasting no longer could
    // have (its own fidelity when complete); and the highest any plan could have.
    QVector<double> bounds;
    double bound = 0;
};

// What stops the search early and what it reports while it runs.
struct SearchControl {
    qint64 timeLimitMs = 0; // > 0: stop after this long
    qint64 nodeLimit = 0;   // > 0: stop after this many nodes (tests stop at chosen points)
    // > 0: the first two passes (docs/PLANNER.md 7.3) end after this many nodes each, as a
    // time limit ends them after 30 % of it each; the tests drive the passes with it.
    qint64 passNodeLimit = 0;
    // Complete assignments (choice[u] = option index of the problem's unit u) offered to the
    // archive before the search: ordinary plans, so the front stays exact.
    QVector<QVector<int>> seeds;
    const std::atomic<bool> *cancel = nullptr; // set from another thread: stop as soon as seen
    // Called on the searching thread about every progressIntervalMs with the front so far and
    // its certificate (choices index the problem's options, as in the result).
    std::function<void(const Front &)> progress;
    qint64 progressIntervalMs = 250;
};

// The Pareto front: branch-and-bound with dominance pruning, or brute-force enumeration.
// timeLimitMs > 0 stops the search after that long (the front is then marked incomplete).
Front searchFront(const Problem &problem, bool exhaustive, qint64 timeLimitMs = 0);
Front searchFront(const Problem &problem, bool exhaustive, const SearchControl &control);

// Fills front.bounds and front.bound from its objectives and its certificate (`outer`).
void certify(Front &front);

} // namespace pm::planning
