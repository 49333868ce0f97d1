#pragma once

#include "Plan.h"
#include "Validation.h"

#include "store/Database.h"

namespace pm::planstore {

// Stores a request and its outcome (requests, request_rejections, request_unmeasurable and
// the plans) in one transaction; returns the request's id.
Result<qint64> saveOutcome(Database &db, const Request &request, const PlanResult &result);

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

// Validation statuses of a stored plan's steps, with optimistic versions.
Result<void> setStepStatus(Database &db, qint64 planId, const QString &stepId, StepStatus status, const QString &note = {});
Result<StepStatuses> stepStatuses(Database &db, qint64 planId);
Result<QList<qint64>> planIds(Database &db, qint64 requestId);

} // namespace pm::planstore
