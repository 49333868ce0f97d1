#include "Validation.h"
#include "Decision.h"

namespace pm {

QString stepStatusKey(StepStatus s)
{
    switch (s) {
    case StepStatus::Accepted:
        return QStringLiteral("accepted");
    case StepStatus::Refused:
        return QStringLiteral("refused");
    case StepStatus::Changed:
        return QStringLiteral("changed");
    case StepStatus::Proposed:
        break;
    }
    return QStringLiteral("proposed");
}

std::optional<StepStatus> stepStatusFromKey(const QString &key)
{
    const QString k = key.trimmed().toLower();
    if (k == u"proposed")
        return StepStatus::Proposed;
    if (k == u"accepted")
        return StepStatus::Accepted;
    if (k == u"refused")
        return StepStatus::Refused;
    if (k == u"changed")
        return StepStatus::Changed;
    return std::nullopt;
}

Result<Request> requestForReplan(const Request &request, const Plan &previous, const StepStatuses &statuses)
{
    Request next = request;
    for (auto it = statuses.cbegin(); it != statuses.cend(); ++it) {
        const Step *step = previous.step(it.key());
        if (!step)
            return makeError(QStringLiteral("the plan has no step \"%1\"").arg(it.key()), QStringLiteral("statuses"));
        if (step->kind != StepKind::Measure)
            continue; // preparation and shipments follow from the measurements
        if (it.value() == StepStatus::Refused) {
            if (!next.excludeOfferings.contains(step->offeringId))
                next.excludeOfferings.append(step->offeringId);
        } else if (it.value() == StepStatus::Accepted || it.value() == StepStatus::Changed) {
            // Exclusive: the offering measures what was accepted and nothing more (issue 18:
            // an accepted XPS came back measuring one more observable, still "accepted").
            for (const QString &obs : step->observables) {
                next.pinned.removeIf([&](const Pin &p) { return p.observable == obs; });
                next.pinned.append(Pin{obs, step->offeringId, true});
            }
        }
    }
    // A refused offering cannot stay pinned.
    for (const Pin &p : std::as_const(next.pinned))
        if (next.excludeOfferings.contains(p.offeringId))
            return makeError(QStringLiteral("offering %1 is both accepted and refused").arg(p.offeringId), QStringLiteral("statuses"));
    return next;
}

void keepCalendar(PlanResult &result, const Plan &previous, QDate today)
{
    const QDate start = planStartDate(previous, today);
    for (Plan &p : result.plans)
        p.startDate = start;
}

Result<PlanResult> replan(const Request &request, const Plan &previous, const StepStatuses &statuses, const Matrix &matrix,
                          const PlanOptions &options)
{
    auto next = requestForReplan(request, previous, statuses);
    if (!next)
        return next.error();
    auto result = planRequest(*next, matrix, options);
    if (result)
        keepCalendar(*result, previous);
    return result;
}

} // namespace pm
