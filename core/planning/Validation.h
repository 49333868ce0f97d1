#pragma once

#include "Plan.h"

#include <QMap>

#include <optional>

namespace pm {

// D5.5 2.3.2: partners are asked in turn to accept their step.
enum class StepStatus { Proposed, Accepted, Refused };
QString stepStatusKey(StepStatus s); // "proposed", "accepted", "refused"
std::optional<StepStatus> stepStatusFromKey(const QString &key);

using StepStatuses = QMap<QString, StepStatus>; // step id -> status

// The request a re-plan solves: accepted measurement steps pinned, refused offerings excluded.
// Statuses naming steps the plan does not have are an error naming them.
Result<Request> requestForReplan(const Request &request, const Plan &previous, const StepStatuses &statuses);

// A new plan after a refusal: the steps already accepted stay fixed.
Result<PlanResult> replan(const Request &request, const Plan &previous, const StepStatuses &statuses, const Matrix &matrix,
                          const PlanOptions &options = {});

} // namespace pm
