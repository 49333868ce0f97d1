#pragma once

#include "planning/PlanningProblem.h"

#include <QSet>
#include <QString>

namespace pm::test {

// The objectives of a front as comparable keys, rounded as the plans show them (fidelity to
// 4 decimals, cost and duration to 1), so that the search's front and brute force's can be
// compared as sets.
QSet<QString> objectiveSet(const planning::Front &front);

// How many assignments brute force would enumerate: the product of the units' option counts.
double assignmentSpace(const planning::Problem &problem);

} // namespace pm::test
