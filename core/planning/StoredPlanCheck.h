#pragma once

#include "Plan.h"

#include "common/Result.h"

#include <QByteArray>
#include <QJsonObject>

namespace pm::planstore {

// A stored plan is read back from a database that every editor of a shared server can write
// to (issue 15, finding 7: duration_days = 1e8 made a viewer's `plan --stored 1 --pdf` run for
// 63 s and write a 113 MB PDF). Before a stored plan is converted, its JSON is checked against
// bounds that no plan the planner makes comes near; anything outside is refused with the
// member named ("steps[3].duration_days: ..."), never clamped in silence.
namespace storedlimits {
inline constexpr qint64 kMaxJsonBytes = 4LL * 1024 * 1024; // a 150-step plan is ~100 KB
inline constexpr int kMaxSteps = 1000;
inline constexpr int kMaxSamples = 1000;
inline constexpr int kMaxEdges = 4000;
inline constexpr int kMaxListItems = 1000; // observables, warnings, a sample's steps, assignments
inline constexpr int kMaxTextChars = 64 * 1024;
inline constexpr double kMaxStepDays = 3650;  // ten years for one step
inline constexpr double kMaxPlanDays = 36500; // a hundred years for a whole campaign
inline constexpr double kMaxCost = 1e9;
inline constexpr qint64 kMaxId = 1LL << 53; // the largest whole number a JSON double holds exactly
} // namespace storedlimits

// Checks a stored plan's JSON (as planToJson writes it) against the bounds above: numbers are
// numbers, finite and in range; ids are whole; counts and texts are bounded.
Result<void> checkStoredPlanJson(const QJsonObject &object);

// Bytes from the plans table to their JSON object: the size limit and the syntax (the members'
// bounds are planFromJson's, through checkStoredPlanJson).
Result<QJsonObject> parseStoredPlan(const QByteArray &json);

// Bytes from the plans table to a Plan: parseStoredPlan, then planFromJson. Errors name the
// member.
Result<Plan> readStoredPlan(const QByteArray &json);

} // namespace pm::planstore
