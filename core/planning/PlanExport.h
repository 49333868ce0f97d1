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
QByteArray planToCsv(const Plan &plan, bool raw = false);
// How the step keeps air away, in words: a shipment's air exposure, the air-tight holder a
// measurement or transfer uses; empty when the plan says nothing (no holder).
QString airHandling(const Step &step);
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
