#pragma once

#include "Plan.h"

#include <QMap>

#include <optional>

namespace pm {

// D5.5 2.3.2: partners are asked in turn to accept their step. Changed: accepted in an
// earlier plan, but a re-plan had to change what was accepted (Decision.h); the partner has
// to be asked again.
enum class StepStatus { Proposed, Accepted, Refused, Changed };
QString stepStatusKey(StepStatus s); // "proposed", "accepted", "refused", "changed"
std::optional<StepStatus> stepStatusFromKey(const QString &key);

using StepStatuses = QMap<QString, StepStatus>; // step id -> status

// The request a re-plan solves: accepted (and changed-since-accepted) measurement steps
// pinned exclusively (their offering measures what was accepted and nothing more, unless an
// observable has no other offering), refused offerings excluded. Statuses naming steps the
// plan does not have are an error naming them.
Result<Request> requestForReplan(const Request &request, const Plan &previous, const StepStatuses &statuses);

// A new plan after a refusal: the steps already accepted stay fixed. Its plans keep the
// previous plan's calendar (Plan::startDate), so that dates compare.
Result<PlanResult> replan(const Request &request, const Plan &previous, const StepStatuses &statuses, const Matrix &matrix,
                          const PlanOptions &options = {});

// Gives the new plans the previous plan's day 0 (the campaign's calendar stays).
void keepCalendar(PlanResult &result, const Plan &previous, QDate today = QDate::currentDate());

} // namespace pm
