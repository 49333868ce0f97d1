#pragma once

// What a partner decided on (D5.5 2.3.2: "already validated experiments would be kept fixed
// on the new calculated plan"). A decision binds to the step's content, not to its id:
// "measure-2" of a re-plan is another step, and an offering measuring one more observable,
// a day later, on a sample that went through an SEM first, is not what was accepted.
// Issue 18, section 1.

#include "Plan.h"
#include "Validation.h"

#include <QJsonObject>

namespace pm {

// The content of a measure step as the partner saw it.
struct DecidedContent {
    qint64 offeringId = 0;
    QString technique; // for the texts: "XPS"
    QString location;  // stepLocation(): "CEA", "DTU at MAX IV (Lund)"
    QString mode;      // "ex-situ", "operando"
    QStringList observables; // sorted
    // The sample as the step receives it: its kind and the measurements before it on that
    // sample ("ex-situ; after SEM @ CEA"). A measurement after a beam or a sputter is not
    // the one agreed on a fresh sample.
    QString sample;
    double startDay = 0; // plan days, rounded as stored (0.1 day)
    double endDay = 0;
    QDate start; // calendar dates as the Steps table shows them
    QDate end;

    bool isEmpty() const { return offeringId <= 0; }
    QJsonObject toJson() const;
    // Empty content for an empty or unreadable object (statuses stored before decisions had content).
    static DecidedContent fromJson(const QJsonObject &o);
};

// Day 0 of a plan: its own start date, or the next Monday after `today` (when a campaign would start).
QDate planStartDate(const Plan &plan, QDate today = QDate::currentDate());
// The calendar day of a plan day, as the timeline, the Steps table, the report and the e-mail give it.
QDate planDate(const Plan &plan, double day, QDate today = QDate::currentDate());

DecidedContent decidedContent(const Plan &plan, const Step &step, QDate today = QDate::currentDate());

// One difference between what was decided and what a plan now has.
struct ContentChange {
    enum Field { Offering, Observables, Mode, Sample, Dates } field;
    QString before;
    QString after;
    QString text() const; // "observables: SEI composition → SEI composition, SEI thickness"
};
QList<ContentChange> contentChanges(const DecidedContent &decided, const DecidedContent &now);
QString changesText(const QList<ContentChange> &changes); // joined with "; "

// A decision carried from the previous plan to a new one.
struct CarriedDecision {
    QString stepId;       // in the new plan
    QString previousStep; // in the previous plan
    StepStatus status = StepStatus::Accepted; // Accepted: unchanged; Changed: see changes
    DecidedContent decided; // what the partner agreed to (kept when the step changed)
    QList<ContentChange> changes;
};
// The accepted (or changed-since-accepted) steps of `previous` found again in `next`, by
// offering: unchanged ones stay accepted, the others become "changed since accepted" with
// what changed. `decided` holds the content stored with each decision (step id -> content);
// a decision without one is taken as the previous plan's step. Accepted steps `next` has
// no step for are in `lost` (their previous step ids).
struct CarryResult {
    QList<CarriedDecision> carried;
    QStringList lost;
};
CarryResult carryDecisions(const Plan &previous, const StepStatuses &statuses, const QMap<QString, DecidedContent> &decided,
                           const Plan &next, QDate today = QDate::currentDate());

} // namespace pm
