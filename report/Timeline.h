#pragma once

// The plan over calendar weeks (a Gantt chart): for each step the wait for its booking
// or its predecessor, the time the sample is busy there, and the post-processing after.

#include "planning/Plan.h"

#include "common/SafeNumber.h"

#include <QColor>
#include <QDate>
#include <QList>
#include <QString>

namespace pm {
struct Matrix;
}

namespace pm::report {

struct TimelineBar {
    QString stepId;
    QString label; // "XRD @ ESRF", "Ship to ESRF"
    StepKind kind = StepKind::Measure;
    double readyDay = 0;  // the sample could be here (predecessor done); the gap to start is booking lead time
    double startDay = 0;
    double endDay = 0;    // the sample leaves
    double postEndDay = 0; // results analysed (post-processing done)
    QColor fill;
    bool destructive = false;
};

struct Timeline {
    QDate startDate;     // day 0 of the plan
    double totalDays = 0;
    QList<TimelineBar> bars; // in start order

    // Days are clamped to +-1 million (2700 years): qint64(day) is undefined for a huge day.
    QDate dateOf(double day) const { return startDate.addDays(number::toQint64Clamped(day, -1'000'000, 1'000'000)); }
    int weekCount() const;   // calendar weeks spanned, at least one
    QDate firstMonday() const;
};

// Day 0 is `startDate` (default: the plan's own start date, else the next Monday, when a
// campaign would start).
Timeline buildTimeline(const Plan &plan, const Matrix *matrix = nullptr, QDate startDate = {});
QDate nextMonday(const QDate &from);

} // namespace pm::report
