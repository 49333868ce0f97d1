#pragma once

// What a re-plan changed against the plan it replaces (issue 18): measurements added,
// removed or replaced ("TEM @ CEA replaced by FIB-SEM @ KIT for particle morphology"),
// and measurements kept whose dates, observables or sample moved. Measurements are matched
// by offering; a removed and an added one that share an observable are a replacement.
// Preparation and shipments follow from the measurements and are summed up in the
// duration line.

#include "Decision.h"

namespace pm {

struct PlanChange {
    enum Kind { Added, Removed, Replaced, Changed } kind;
    QString beforeStep; // step id in the previous plan (empty for Added)
    QString afterStep;  // step id in the new plan (empty for Removed)
    QString text;       // one line for the workspace, the CLI and the report
};

struct PlanDiff {
    QList<PlanChange> changes;
    double durationBefore = 0;
    double durationAfter = 0;
    bool isEmpty() const { return changes.isEmpty() && durationBefore == durationAfter; }
    QStringList lines() const; // the changes, then the duration when it moved
};

// Dates are compared on each plan's own calendar (planStartDate): a re-plan keeps the
// previous one's (keepCalendar), so a moved date is a moved measurement.
PlanDiff diffPlans(const Plan &before, const Plan &after, QDate today = QDate::currentDate());

} // namespace pm
