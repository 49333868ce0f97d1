#pragma once

#include "Plan.h"
#include "Decision.h"
#include "Validation.h"

#include "store/Database.h"

#include <QJsonObject>

#include <optional>

namespace pm::planstore {

// Where a re-planned request comes from: the plan refused in part, and the refused steps
// ("measure-3 (TEM @ CEA)"). Stored with the request, whose author is the database's
// (on PostgreSQL the session user, set by the server).
struct ReplanOrigin {
    qint64 planId = 0; // 0: not a re-plan
    QStringList refusedSteps;
};

// Stores a request and its outcome (requests, request_rejections, request_unmeasurable and
// the plans) in one transaction; returns the request's id. Plans whose day 0 is not fixed
// yet are stored with the next Monday after today, so that their dates do not drift.
Result<qint64> saveOutcome(Database &db, const Request &request, const PlanResult &result, const ReplanOrigin &origin = {});

// Requested but unmeasurable, most often first.
struct WantedObservable {
    QString observable;
    int count = 0;
};
Result<QList<WantedObservable>> mostWanted(Database &db);

// Rejections aggregated by offering and reason (user exclusions left out), most often first.
struct Development {
    qint64 offeringId = 0;
    QString partner;
    QString technique;
    QString reasonCode;
    QString reason; // one example, as stored
    QStringList observables;
    int count = 0;
};
Result<QList<Development>> developments(Database &db);

// ---- Reopening what was stored (validation goes on over days and sites) ----------------

// One stored request, for a list to choose from.
struct StoredRequest {
    qint64 id = 0;
    QString title;
    QString createdAt; // ISO 8601 UTC
    QString createdBy;
    int planCount = 0;
    // A re-plan: of which stored plan (its id, 0 when not a re-plan, and its title, empty
    // when that plan was deleted since), after the refusal of which steps.
    qint64 replanOf = 0;
    QString replanOfTitle;
    QStringList refusedSteps;
    QString originText() const; // "re-plan of «A — plan 1» (stored plan 12) after refusal of measure-3 (TEM @ CEA)"; empty when not a re-plan
};
// Newest first.
Result<QList<StoredRequest>> storedRequests(Database &db);

// A stored request with its plans exactly as they were proposed (the plans' own JSON holds
// every step, sample and edge of the sample-flow graph), its rejections and unmeasurable
// observables. The plans are not made again: the matrix may have changed since, and the
// partners validate the steps they were sent.
struct StoredOutcome {
    StoredRequest info;
    Request request;
    PlanResult result;
    QList<qint64> planIds; // aligned with result.plans
};
// Errors name the request ("stored request 12") and the part that cannot be read.
Result<StoredOutcome> loadOutcome(Database &db, qint64 requestId);

// A plan from planToJson(); errors name the member.
Result<Plan> planFromJson(const QJsonObject &object);
// One stored plan by its id (a re-plan's origin, a decision's step).
Result<Plan> storedPlan(Database &db, qint64 planId);

// ---- Validation statuses of a stored plan's steps ---------------------------------------

struct StepStatusRecord {
    StepStatus status = StepStatus::Proposed;
    QString note;
    QString updatedBy; // the login (PostgreSQL) or the operating-system user (SQLite)
    QString updatedAt; // ISO 8601 UTC
    int version = 0;   // 0: never set (no row)
    DecidedContent decided; // what was decided on (empty: stored before decisions had content)
};
using StepStatusRecords = QMap<QString, StepStatusRecord>; // step id -> record

// Sets a step's status when nobody changed it since the caller read it: `expectedVersion` is
// the version the caller saw (0: no status stored yet). The decision keeps the content it
// binds to: `decided` (a "changed since accepted" status keeps what was accepted), or when
// null the step's content in the stored plan; a step the plan does not have is an error. A stale write is refused with a
// message naming who set what, and when; `current`, when given, receives the status as it
// now stands. Returns the record as stored. Recorded under db.userName() and announced to
// other desktops (Database::recordChange("plan_step_status", planId)).
Result<StepStatusRecord> setStepStatus(Database &db, qint64 planId, const QString &stepId, StepStatus status, int expectedVersion,
                                       const QString &note = {}, std::optional<StepStatusRecord> *current = nullptr,
                                       const DecidedContent *decided = nullptr);
Result<StepStatusRecords> stepStatusRecords(Database &db, qint64 planId);
Result<StepStatuses> stepStatuses(Database &db, qint64 planId);
StepStatuses statusesOf(const StepStatusRecords &records);
Result<QList<qint64>> planIds(Database &db, qint64 requestId);

} // namespace pm::planstore
