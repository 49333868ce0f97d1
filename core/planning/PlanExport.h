#pragma once

#include "Plan.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

namespace pm {

// The CLI's JSON: {plans: [...], rejected: [...], unmeasurable: [...]}.
QJsonObject planResultToJson(const PlanResult &result);
QJsonObject planToJson(const Plan &plan);
QJsonObject rejectionToJson(const Rejection &r);
// One line per step: rank-independent, for spreadsheets. Text cells that start like a
// formula get a leading "'" (io/SpreadsheetSafety.h) unless raw (`plan --csv FILE --raw`).
// airSensitive: the request's sample is (the air-handling column says how it is kept from air).
QByteArray planToCsv(const Plan &plan, bool raw = false, bool airSensitive = false);
// How the step keeps air away, in words, as the report's requirements say it: a shipment's
// air exposure; for a measurement or transfer the air-tight holder it uses, or, for an
// air-sensitive sample without one, a glovebox transfer; "none needed" otherwise.
QString airHandling(const Step &step, bool airSensitive);
// Graphviz: the sample-flow graph, one cluster per sample.
QByteArray planToDot(const Plan &plan, const QString &title = {});
// An incomplete search's certificate in words (empty when complete): "No plan can have a
// fidelity above 0.790; the best found has 0.742 (gap 0.048)."
QString gapStatement(const PlanResult &result);
// A plan's own bound: "no plan at this cost or lower and this duration or shorter has a
// fidelity above 0.790 (gap 0.012)".
QString planGapStatement(const Plan &plan);
// A readable summary for the terminal.
QString planResultToText(const PlanResult &result);

} // namespace pm
