#pragma once

// The planner's numeric view of a request (private to core/planning): distinct measurement
// steps, the units to assign (an observable, or a Type 1 group measured by one set-up) and
// the sites between which samples travel.

#include "Candidates.h"
#include "Plan.h"
#include "PlanningModel.h"

#include <QVector>

#include <optional>

namespace pm::planning {

// One way to measure: an offering in one mode. Several units may choose the same step.
struct StepOption {
    int offering = -1; // index into Matrix::offerings
    Mode mode = Mode::ExSitu;
    bool inCell = false; // operando or in situ: a sample (cell) of its own
    int site = -1;
    int damage = 0; // PlanningModel damageClass
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
    QVector<QVector<Distance>> distance;
    QStringList holderLabels;
    int originSite = -1;
    bool airSensitive = false;
    int observableCount = 0;
};

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
    bool complete = true; // false when the time limit stopped the search
};

// The Pareto front: branch-and-bound with dominance pruning, or brute-force enumeration.
// timeLimitMs > 0 stops the search after that long (the front is then marked incomplete).
Front searchFront(const Problem &problem, bool exhaustive, qint64 timeLimitMs = 0);

} // namespace pm::planning
