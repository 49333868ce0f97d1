#pragma once

#include "Interpretation.h"

#include <QJsonObject>

namespace pm::ask {

// A characterisation request drafted from a question, in the planner's JSON format (issue 5):
// {"title", "sample": {"shape", "material", "air_sensitive"}, "observables": [{"name",
// "mode", "time_resolution_s", "roi", "elements"}], "correlations": [{"observables", "type"}], "fidelity",
// "cost", "exclude_partners", "exclude_offerings", "pinned"}. Written here with QJsonObject
// so that core/ask does not depend on core/request; the request wizard opens it pre-filled.
//
// What the sentence does not say gets the planner's neutral defaults: sample shape
// "electrode", mode "any", roi "average", fidelity and cost "medium". "Correlated" without a
// type is Type 1 when the observables are wanted operando or in situ (one set-up measures
// all at once), otherwise Type 2 (same sample, in sequence).
QJsonObject requestDraft(const Interpretation &interpretation);

} // namespace pm::ask
