#pragma once

// The "match" object shared by the planning tables under resources/planning (damage.json,
// applicability.json): which offerings a rule is about, by technique family. Private to
// core/planning.

#include "common/Result.h"
#include "matrix/Offering.h"

#include <QJsonObject>
#include <QStringList>

namespace pm::planning {

struct TechniqueMatch {
    QStringList abbreviations;    // normalised, compared with the offering's abbreviation
    QStringList techniqueContains; // lower case, found in the technique's name
    QStringList sourcesContain;   // lower case, found in one of the beam sources

    // Names (abbreviation or technique) when given, and a source when given.
    bool matches(const Offering &o) const;
};

// `where` names the rule in messages ("damage.json: rules[3].match").
Result<TechniqueMatch> techniqueMatchFromJson(const QJsonObject &json, const QString &where);

// A compiled-in table under :/probematrix/planning/, parsed as a JSON object.
Result<QJsonObject> planningResource(const QString &name);

// A rule's reason and source, both required (every rule says why and where it comes from).
Result<std::pair<QString, QString>> reasonAndSource(const QJsonObject &rule, const QString &where);

} // namespace pm::planning
