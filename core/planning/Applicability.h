#pragma once

// What can be measured on which sample form (resources/planning/applicability.json;
// docs/PLANNER.md section 1): observable x sample form x technique family.

#include "TechniqueRules.h"

#include "request/SampleShape.h"

#include <QList>

namespace pm::planning {

// The forms of D5.5 2.1: a cell shape is a full cell, a model electrode a model system.
QString sampleFormKey(SampleShape s); // "solid electrode", "powder", "liquid electrolyte", "full cell", "model system"

struct ApplicabilityRule {
    QString id;
    bool applies = false;
    QStringList observables; // "*": any
    QStringList forms;
    TechniqueMatch match;
    QString reason;
    QString source;
};

struct ApplicabilityTable {
    QList<ApplicabilityRule> rules;
};

Result<ApplicabilityTable> applicabilityTableFromJson(const QJsonObject &json, const QString &name);
const Result<ApplicabilityTable> &bundledApplicabilityTable();

// The first rule that decides for this offering, observable and form, or null.
const ApplicabilityRule *applicableRule(const ApplicabilityTable &table, const Offering &o, const QString &observable, SampleShape shape);
const ApplicabilityRule *applicableRule(const Offering &o, const QString &observable, SampleShape shape); // bundled table

// Kept, but nothing says it fits: no rule decides and the sample-preparation cell is empty.
// Why ("the matrix does not say which samples ND at TUD takes, ..."), or empty when settled.
QString toConfirm(const Offering &o, const QString &observable, SampleShape shape);

} // namespace pm::planning
