#pragma once

// Issue 18's session, shared by the validation tests (headless and on both backends): SEI
// composition, SEI thickness and morphology on one graphite electrode, origin CEA. One of the
// plans measures SEI composition by XPS and the rest by TEM, both at CEA.

#include "planning/Plan.h"
#include "request/Request.h"

#include <QtGlobal>

namespace pm::test {

inline Request seiRequest()
{
    auto r = Request::fromJson(R"({"title": "SEI on graphite", "origin": "CEA",
        "sample": {"shape": "electrode", "material": "graphite", "air_sensitive": true},
        "observables": [{"name": "SEI composition", "mode": "ex-situ"}, {"name": "SEI thickness", "mode": "ex-situ"},
                        {"name": "particle morphology", "mode": "ex-situ"}],
        "correlations": [{"observables": ["SEI composition", "particle morphology"], "type": 2}],
        "fidelity": "medium", "cost": "low"})");
    if (!r)
        qFatal("request: %s", qPrintable(r.error().text()));
    return *r;
}

// The plan's measure step whose technique carries this abbreviation ("XPS"), or nullptr.
inline const Step *measureOf(const Plan &p, const QString &abbreviation)
{
    for (const Step *s : p.measureSteps())
        if (s->technique.contains(QStringLiteral("(%1)").arg(abbreviation)))
            return s;
    return nullptr;
}

} // namespace pm::test
