#pragma once

#include "matrix/Matrix.h"
#include "planning/Plan.h"

#include <QString>

namespace pm::test {

// Structural checks every plan must pass; each returns an empty string or what is wrong.
QString checkCoverage(const Plan &plan, const QStringList &measurable); // every measurable observable measured
QString checkCorrelations(const Plan &plan, const Request &request);   // Type 1 one step, Type 2 one sample
QString checkDestructiveLast(const Plan &plan);                         // nothing measured after a destructive step
QString checkAcyclic(const Plan &plan);                                 // edges form a DAG over existing steps
// Every sample starts at the request's origin (when it names one: a partner's home site, or a
// site of the registry by its key) and changes site only by a shipment that leaves from where
// the sample is and names where it arrives.
QString checkLogistics(const Plan &plan, const Request &request, const Matrix &matrix);
// Every preparation says why it takes as long as it does: its note gives its duration, in
// days, and what fills it (issue 18 section 5).
QString checkPreparationReasons(const Plan &plan);
QString checkAll(const Plan &plan, const Request &request, const QStringList &measurable, const Matrix &matrix);

// The sample each observable is measured on, and the measure step.
const Step *measuring(const Plan &plan, const QString &observable);

} // namespace pm::test
