#pragma once

#include "Candidates.h"

#include "common/Result.h"
#include "matrix/SampleHolder.h"

#include <QDate>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

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
    bool destructive = false;
    int damage = 0; // 0 none, 1 damaging, 2 destructive
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
    double durationDays = 0;
    double startDay = 0;
    double postProcessingDays = 0;
    QStringList warnings; // logbook warnings
    QString note;         // what is done, in words
};

// A sample and what it is.
struct PlanSample {
    QString id;
    QString kind; // "ex-situ", "operando cell", "ex-situ (prepared alike)"
    QString preparedAt;
    QString cell;
    QStringList steps; // step ids in order
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

    const Step *step(const QString &id) const;
    QList<const Step *> measureSteps() const;
};

struct PlanOptions {
    int topN = 5;            // plans returned (the front may be larger); <= 0 returns the whole front
    bool exhaustive = false; // brute-force enumeration instead of branch-and-bound
    QList<LogbookEntry> logbook; // when not empty, steps never or not recently logged get a warning
    QDate today = QDate::currentDate();
    qint64 timeLimitMs = 0; // > 0: stop the search after this long; the result says it is incomplete
};

struct PlanResult {
    QList<Plan> plans; // best first for the requested fidelity and cost
    QList<Rejection> rejected;
    QStringList unmeasurable;
    int frontSize = 0;
    qint64 evaluated = 0; // complete plans scored by the search
    bool complete = true; // false: the time limit stopped the search before the front was proven
};

// From a request to ranked, sequenced plans: the Pareto front over (fidelity max, cost
// min, duration min). Errors: a pin that cannot be honoured, or a sequencing contradiction.
Result<PlanResult> planRequest(const Request &request, const Matrix &matrix, const PlanOptions &options = {});

} // namespace pm
