#include "Decision.h"

#include "common/SafeNumber.h"

#include <QJsonArray>

#include <algorithm>
#include <cmath>

namespace pm {

namespace {

// As stored (PlanExport's rounding): a decision read back from the database compares equal
// to the same step in memory.
double storedDay(double d)
{
    return std::round(d / 0.1) * 0.1;
}

QString dateText(const QDate &d)
{
    return d.isValid() ? d.toString(QStringLiteral("d MMM yyyy")) : QStringLiteral("?");
}

QString windowText(const DecidedContent &c)
{
    return c.start == c.end ? dateText(c.start) : QStringLiteral("%1 – %2").arg(dateText(c.start), dateText(c.end));
}

// The sample as the step receives it: its kind and the measurements before it.
QString sampleHistory(const Plan &plan, const Step &step)
{
    for (const PlanSample &s : plan.samples) {
        const int at = int(s.steps.indexOf(step.id));
        if (at < 0)
            continue;
        QStringList before;
        for (int i = 0; i < at; ++i)
            if (const Step *b = plan.step(s.steps[i]); b && b->kind == StepKind::Measure)
                before << QStringLiteral("%1 @ %2").arg(b->technique, stepLocation(*b));
        const QString kind = s.kind.isEmpty() ? QStringLiteral("sample") : s.kind;
        return before.isEmpty() ? QStringLiteral("%1, measured first").arg(kind)
                                : QStringLiteral("%1, after %2").arg(kind, before.join(QStringLiteral(", ")));
    }
    return {};
}

} // namespace

QJsonObject DecidedContent::toJson() const
{
    if (isEmpty())
        return {};
    return {{QStringLiteral("offering_id"), double(offeringId)},
            {QStringLiteral("technique"), technique},
            {QStringLiteral("location"), location},
            {QStringLiteral("mode"), mode},
            {QStringLiteral("observables"), QJsonArray::fromStringList(observables)},
            {QStringLiteral("sample"), sample},
            {QStringLiteral("start_day"), startDay},
            {QStringLiteral("end_day"), endDay},
            {QStringLiteral("start"), start.toString(Qt::ISODate)},
            {QStringLiteral("end"), end.toString(Qt::ISODate)}};
}

DecidedContent DecidedContent::fromJson(const QJsonObject &o)
{
    DecidedContent c;
    c.offeringId = number::toQint64(o.value(QStringLiteral("offering_id")).toDouble()).value_or(0);
    if (c.offeringId <= 0)
        return {};
    c.technique = o.value(QStringLiteral("technique")).toString();
    c.location = o.value(QStringLiteral("location")).toString();
    c.mode = o.value(QStringLiteral("mode")).toString();
    for (const QJsonValue &v : o.value(QStringLiteral("observables")).toArray())
        c.observables << v.toString();
    c.observables.sort();
    c.sample = o.value(QStringLiteral("sample")).toString();
    c.startDay = o.value(QStringLiteral("start_day")).toDouble();
    c.endDay = o.value(QStringLiteral("end_day")).toDouble();
    c.start = QDate::fromString(o.value(QStringLiteral("start")).toString(), Qt::ISODate);
    c.end = QDate::fromString(o.value(QStringLiteral("end")).toString(), Qt::ISODate);
    return c;
}

QDate planStartDate(const Plan &plan, QDate today)
{
    if (plan.startDate.isValid())
        return plan.startDate;
    const int dow = today.dayOfWeek(); // 1 = Monday
    return dow == 1 ? today : today.addDays(8 - dow);
}

QDate planDate(const Plan &plan, double day, QDate today)
{
    return planStartDate(plan, today).addDays(number::toQint64Clamped(day, -1'000'000, 1'000'000));
}

DecidedContent decidedContent(const Plan &plan, const Step &step, QDate today)
{
    DecidedContent c;
    c.offeringId = step.offeringId;
    c.technique = step.technique;
    c.location = stepLocation(step);
    c.mode = step.mode;
    c.observables = step.observables;
    c.observables.sort();
    c.sample = sampleHistory(plan, step);
    c.startDay = storedDay(step.startDay);
    c.endDay = storedDay(step.startDay + step.durationDays);
    c.start = planDate(plan, c.startDay, today);
    c.end = planDate(plan, c.endDay, today);
    return c;
}

QString ContentChange::text() const
{
    static const char *const names[] = {"offering", "observables", "mode", "sample", "dates"};
    return QStringLiteral("%1: %2 → %3").arg(QLatin1String(names[field]), before.isEmpty() ? QStringLiteral("none") : before,
                                              after.isEmpty() ? QStringLiteral("none") : after);
}

QList<ContentChange> contentChanges(const DecidedContent &decided, const DecidedContent &now)
{
    QList<ContentChange> out;
    if (decided.offeringId != now.offeringId)
        out.append({ContentChange::Offering, QStringLiteral("%1 @ %2").arg(decided.technique, decided.location),
                    QStringLiteral("%1 @ %2").arg(now.technique, now.location)});
    if (decided.observables != now.observables)
        out.append({ContentChange::Observables, decided.observables.join(QStringLiteral(", ")), now.observables.join(QStringLiteral(", "))});
    if (decided.mode != now.mode)
        out.append({ContentChange::Mode, decided.mode, now.mode});
    if (decided.sample != now.sample)
        out.append({ContentChange::Sample, decided.sample, now.sample});
    // The date window the partner booked: calendar dates when both have them, else plan days.
    const bool calendar = decided.start.isValid() && now.start.isValid();
    if (calendar ? (decided.start != now.start || decided.end != now.end)
                 : (decided.startDay != now.startDay || decided.endDay != now.endDay))
        out.append({ContentChange::Dates, windowText(decided), windowText(now)});
    return out;
}

QString changesText(const QList<ContentChange> &changes)
{
    QStringList parts;
    for (const ContentChange &c : changes)
        parts << c.text();
    return parts.join(QStringLiteral("; "));
}

CarryResult carryDecisions(const Plan &previous, const StepStatuses &statuses, const QMap<QString, DecidedContent> &decided,
                           const Plan &next, QDate today)
{
    CarryResult out;
    QStringList taken; // a new step carries one decision
    for (const Step &old : previous.steps) {
        const StepStatus status = statuses.value(old.id, StepStatus::Proposed);
        if (old.kind != StepKind::Measure || (status != StepStatus::Accepted && status != StepStatus::Changed))
            continue;
        DecidedContent agreed = decided.value(old.id);
        if (agreed.isEmpty())
            agreed = decidedContent(previous, old, today);
        // The same offering; of several, the one measuring most of what was agreed.
        const Step *best = nullptr;
        int bestShared = -1;
        for (const Step &now : next.steps) {
            if (now.kind != StepKind::Measure || now.offeringId != agreed.offeringId || taken.contains(now.id))
                continue;
            int shared = 0;
            for (const QString &o : now.observables)
                shared += agreed.observables.contains(o) ? 1 : 0;
            if (shared > bestShared) {
                best = &now;
                bestShared = shared;
            }
        }
        if (!best) {
            out.lost << old.id;
            continue;
        }
        taken << best->id;
        CarriedDecision c;
        c.stepId = best->id;
        c.previousStep = old.id;
        c.decided = agreed;
        c.changes = contentChanges(agreed, decidedContent(next, *best, today));
        c.status = c.changes.isEmpty() ? StepStatus::Accepted : StepStatus::Changed;
        out.carried.append(c);
    }
    return out;
}

} // namespace pm
