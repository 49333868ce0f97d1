#include "Timeline.h"
#include "NodeStyle.h"

#include <QHash>

#include <algorithm>
#include <cmath>

namespace pm::report {

QDate nextMonday(const QDate &from)
{
    const int dow = from.dayOfWeek(); // 1 = Monday
    return dow == 1 ? from : from.addDays(8 - dow);
}

QDate Timeline::firstMonday() const
{
    return startDate.addDays(1 - startDate.dayOfWeek());
}

int Timeline::weekCount() const
{
    const QDate last = dateOf(std::ceil(totalDays));
    return std::max(1, int(firstMonday().daysTo(last) / 7) + 1);
}

Timeline buildTimeline(const Plan &plan, const Matrix *matrix, QDate startDate)
{
    Timeline t;
    // The plan's own day 0 once fixed (stored plans, re-plans), so that every text gives the
    // dates the partners were sent (issue 18).
    t.startDate = startDate.isValid() ? startDate : plan.startDate.isValid() ? plan.startDate : nextMonday(QDate::currentDate());
    t.totalDays = plan.durationDays;
    QHash<QString, double> finish;
    for (const Step &s : plan.steps)
        finish.insert(s.id, s.startDay + s.durationDays);
    QHash<QString, double> ready;
    for (const Edge &e : plan.edges)
        ready[e.to] = std::max(ready.value(e.to, 0.0), finish.value(e.from, 0.0));
    for (const Step &s : plan.steps) {
        TimelineBar bar;
        bar.stepId = s.id;
        const NodeText text = nodeText(s);
        bar.label = text.title;
        bar.kind = s.kind;
        bar.startDay = s.startDay;
        bar.readyDay = std::min(ready.value(s.id, 0.0), s.startDay);
        bar.endDay = s.startDay + s.durationDays;
        bar.postEndDay = bar.endDay + s.postProcessingDays;
        bar.fill = nodeFill(s, matrix);
        bar.destructive = s.destructive;
        t.totalDays = std::max(t.totalDays, bar.postEndDay);
        t.bars.append(bar);
    }
    std::stable_sort(t.bars.begin(), t.bars.end(), [](const TimelineBar &a, const TimelineBar &b) { return a.startDay < b.startDay; });
    return t;
}

} // namespace pm::report
