#pragma once

#include "Candidates.h"

#include "common/Result.h"
#include "matrix/SampleHolder.h"

#include <QDate>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <algorithm>
#include <atomic>
#include <functional>
#include <memory>

namespace pm {

enum class StepKind { Prepare, Measure, Transfer, Ship };
QString stepKindKey(StepKind k); // "prepare", "measure", "transfer", "ship"

// One node of a plan's sample-flow graph.
struct Step {
    QString id; // "measure-2", stable within a plan
    StepKind kind = StepKind::Measure;
    qint64 offeringId = 0; // measure steps
    QString partner;       // where it happens (ship: the sender)
    QString technique;
    QString instrument;
    QStringList observables;
    QString sample; // sample id
    QString mode;   // "ex-situ", "in-situ", "operando" (measure steps)
    bool destructive = false; // damage class "destructive" (not merely sample reuse "No")
    int damage = 0; // the search's level: 0 none, 1 damaging, 2 ends the sample
    QString damageClass;  // measure steps: "none", "surface", "beam", "destructive" (resources/planning/damage.json)
    QString damageReason; // why, with the source
    bool endsSample = false; // nothing follows it on this sample (destroyed, or sample reuse "No")
    double holdDays = 0;  // held at the facility after the measurement (neutron activation), in durationDays
    QString toConfirm;    // not empty: kept although nothing says the offering takes this sample ("to confirm with the partner")
    QString cell;   // operando cell
    QString holder; // air-tight holder the sample travels or is measured in
    QString to;     // ship: the receiving partner
    QString distance; // ship: "same campus or city", "same country", "abroad"
    // Sites (resources/matrix/sites.json): where the step happens (ship: the sender's site),
    // where a shipment goes, what a shipment exposes the sample to, and whom to contact.
    QString site;
    QString toSite;
    QString airExposure; // ship steps
    QString contact;     // measure steps: the site's public contact point
    // Measure steps: where the measurement happens, in words, when that is not simply the
    // partner's only site: "DTU at MAX IV (Lund)", "CNRS (Pau)". Every text names it
    // (stepLocation), so that it agrees with the shipments.
    QString location;
    double durationDays = 0;
    double startDay = 0;
    double postProcessingDays = 0;
    QStringList warnings; // logbook warnings
    QString note;         // what is done, in words
    // Requirements and practical details (measure steps; issue 13, docs/PLANNER.md 2).
    QString amount;     // material the step takes: "2 g", "0.5 cm²", "1 cell"; empty: not known
    QString sampleForm; // the offering's sample preparation ("powder in MAS rotor")
    QString accessRoute; // large-scale facility: "standard proposal", "rapid access", ...
    QString userOffice;  // where to apply for that route
    QString nextCall;    // next standard-call deadline (ISO date) when known
    double leadDays = 0; // booking: days from the plan to the measurement slot
};

// Where a step happens, for every text (CLI, CSV, PDF, GUI, e-mail): the measure step's
// location, or its partner (ship: the sender) when it has none (plans stored before it).
inline QString stepLocation(const Step &s)
{
    return s.location.isEmpty() ? s.partner : s.location;
}

// A sample and what it is.
struct PlanSample {
    QString id;
    QString kind; // "ex-situ", "operando cell", "ex-situ (prepared alike)"
    QString preparedAt;
    QString cell;
    QStringList steps; // step ids in order
    int batches = 1;   // prepared samples pooled into it, for the material its steps take (issue 13)
    QString amountNeeded;    // the material its steps take together ("2.5 g"); empty: none known
    QString amountAvailable; // what one prepared sample gives ("600 mg")
};

struct Edge {
    QString from;
    QString to;
    QString kind; // "sample": the sample moves on
};

// D5.5 Table 3.
enum class PlanClass { CorrelatedOperandoLargeScale, SingleLargeScale, CorrelatedOrOperandoLab, SingleLab };
QString planClassKey(PlanClass c);   // "correlated-operando-lsf", ...
QString planClassTitle(PlanClass c); // "Correlated multimodal operando experiments, including large-scale facilities"

struct Plan {
    int rank = 0;
    double fidelity = 0;     // 0-1
    double cost = 0;         // cost units (docs/PLANNER.md)
    double durationDays = 0; // longest path of the sample-flow graph, post-processing included
    PlanClass tableClass = PlanClass::SingleLab;
    QList<PlanSample> samples;
    QList<Step> steps;
    QList<Edge> edges;
    QMap<QString, qint64> assignment; // observable -> offering id
    QStringList warnings;
    // Day 0 of the campaign. Invalid: not fixed yet (the next Monday after today, Decision.h
    // planStartDate); stored plans and re-plans fix it, so that their dates do not drift.
    QDate startDate;
    // Proven by the search (docs/PLANNER.md 7.2): no plan costing no more and lasting no
    // longer has a fidelity above fidelityBound. Equal to fidelity when the front is complete.
    double fidelityBound = 0;
    double gap() const { return std::max(0.0, fidelityBound - fidelity); }

    const Step *step(const QString &id) const;
    QList<const Step *> measureSteps() const;
};

struct PlanResult;

// What the search has found so far, reported while it runs (PlanOptions::progress).
struct PlanProgress {
    qint64 elapsedMs = 0;
    qint64 nodes = 0;
    qint64 evaluated = 0;
    int frontSize = 0;       // plans in the archive
    double bestFidelity = 0; // of the plans found
    double fidelityBound = 0; // no plan can have a higher fidelity (proven so far)
    double gap() const { return std::max(0.0, fidelityBound - bestFidelity); }
    QList<Plan> plans; // the best found so far, ranked (only with PlanOptions::progressPlans)
};

struct PlanOptions {
    int topN = 5;            // plans returned (the front may be larger); <= 0 returns the whole front
    bool exhaustive = false; // brute-force enumeration instead of branch-and-bound
    QList<LogbookEntry> logbook; // when not empty, steps never or not recently logged get a warning
    QDate today = QDate::currentDate();
    qint64 timeLimitMs = 0; // > 0: stop the search after this long; the result says it is incomplete
    qint64 nodeLimit = 0;   // > 0: stop after this many search nodes (tests)
    // Set from any thread to stop the search; it returns the plans found with their gap.
    std::shared_ptr<std::atomic<bool>> cancel;
    // Called on the planning thread about every progressIntervalMs while the search runs.
    std::function<void(const PlanProgress &)> progress;
    qint64 progressIntervalMs = 250;
    bool progressPlans = false; // materialise the best plans into each PlanProgress
    // Plans found before (Keep searching: the stopped search's plans), by their assignments.
    // They start the new search's archive, so it keeps them and its bounds bite at once;
    // a seed that no longer fits the request or the matrix is skipped.
    QList<QMap<QString, qint64>> seeds;
};

struct PlanResult {
    QList<Plan> plans; // best first for the requested fidelity and cost
    QList<Rejection> rejected;
    QStringList unmeasurable;
    QList<CoveredObservable> covered; // left out: measured before (the request's DOIs)
    int frontSize = 0;
    qint64 evaluated = 0; // complete plans scored by the search
    bool complete = true; // false: the time limit stopped the search before the front was proven
    qint64 nodes = 0;
    qint64 elapsedMs = 0;
    // No plan at all can have a fidelity above this (proven by the search); the best plan's
    // fidelity when complete. gap(): how far the best plan found may be from the best one.
    double fidelityBound = 0;
    double bestFidelity = 0; // the highest fidelity of the plans found (the front, not only those returned)
    double gap() const { return std::max(0.0, fidelityBound - bestFidelity); }
};

// From a request to ranked, sequenced plans: the Pareto front over (fidelity max, cost
// min, duration min). Errors: a pin that cannot be honoured, or a sequencing contradiction.
// How plans are ranked for the main proposer: a weighted sum of the objectives, each scaled
// to 0-1 over the plans; the weights follow the requested fidelity and cost (docs/PLANNER.md 4.6).
struct RankingWeights {
    double fidelity = 1;
    double cost = 1;
    double duration = 0.5;
};
RankingWeights rankingWeights(const Request &request);

Result<PlanResult> planRequest(const Request &request, const Matrix &matrix, const PlanOptions &options = {});

} // namespace pm
