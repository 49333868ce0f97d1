#include "PlanSession.h"
#include "PlanStore.h"

#include "logbook/Logbook.h"

namespace pm {

PlanSession::PlanSession(Database *db) : m_db(db) {}

PlanOptions PlanSession::prepare(PlanOptions options) const
{
    if (m_db && options.logbook.isEmpty())
        if (auto entries = logbook::load(*m_db); entries)
            options.logbook = *entries;
    return options;
}

Result<PlanResult> PlanSession::run(const Request &request, const Matrix &matrix, const PlanOptions &options)
{
    return planRequest(request, matrix, options);
}

Result<void> PlanSession::store(PlanOutcome &outcome) const
{
    outcome.requestId = 0;
    outcome.planIds.clear();
    if (!m_db)
        return {};
    // Day 0 fixed as stored (saveOutcome), so that what is shown is what the partners get.
    for (Plan &p : outcome.result.plans)
        p.startDate = planStartDate(p);
    auto id = planstore::saveOutcome(*m_db, outcome.request, outcome.result, outcome.origin);
    if (!id)
        return id.error();
    outcome.requestId = *id;
    if (auto ids = planstore::planIds(*m_db, *id))
        outcome.planIds = *ids;
    return {};
}

Result<PlanOutcome> PlanSession::plan(const Request &request, const Matrix &matrix, const PlanOptions &options, bool keep) const
{
    auto result = run(request, matrix, prepare(options));
    if (!result)
        return result.error();
    PlanOutcome outcome;
    outcome.request = request;
    outcome.result = *result;
    if (keep)
        if (auto stored = store(outcome); !stored)
            return stored.error();
    return outcome;
}

ReplanBasis replanBasis(const Plan &plan, qint64 planId, const StepStatuses &statuses, const planstore::StepStatusRecords &records)
{
    ReplanBasis b;
    b.plan = plan;
    b.planId = planId;
    b.statuses = statuses;
    for (auto it = records.cbegin(); it != records.cend(); ++it)
        if (!it.value().decided.isEmpty())
            b.decided.insert(it.key(), it.value().decided);
    return b;
}

Result<PlanOutcome> PlanSession::replan(const Request &request, const ReplanBasis &previous, const Matrix &matrix, const PlanOptions &options,
                                        bool keep) const
{
    auto next = requestForReplan(request, previous.plan, previous.statuses);
    if (!next)
        return next.error();
    auto result = run(*next, matrix, prepare(options));
    if (!result)
        return result.error();
    PlanOutcome outcome;
    outcome.request = *next;
    outcome.result = *result;
    const PlanSession unstored(nullptr);
    if (auto done = (keep ? *this : unstored).finishReplan(outcome, previous); !done)
        return done.error();
    return outcome;
}

Result<void> PlanSession::finishReplan(PlanOutcome &outcome, const ReplanBasis &previous) const
{
    keepCalendar(outcome.result, previous.plan);
    outcome.origin.planId = previous.planId;
    outcome.origin.refusedSteps.clear();
    for (auto it = previous.statuses.cbegin(); it != previous.statuses.cend(); ++it)
        if (const Step *s = previous.plan.step(it.key()); s && it.value() == StepStatus::Refused)
            outcome.origin.refusedSteps << QStringLiteral("%1 (%2 @ %3)").arg(s->id, s->technique, stepLocation(*s));
    if (auto stored = store(outcome); !stored)
        return stored;
    outcome.carried.clear();
    outcome.diffs.clear();
    for (int i = 0; i < outcome.result.plans.size(); ++i) {
        const Plan &next = outcome.result.plans[i];
        const CarryResult carry = carryDecisions(previous.plan, previous.statuses, previous.decided, next);
        outcome.carried.append(carry);
        outcome.diffs.append(diffPlans(previous.plan, next));
        if (!m_db || i >= outcome.planIds.size())
            continue;
        for (const CarriedDecision &c : carry.carried) {
            // New plans: no status yet (version 0). "Changed" keeps what was accepted; an
            // unchanged step is stored with its own content (the server checks it).
            const QString note = c.status == StepStatus::Changed
                ? QStringLiteral("changed since accepted in %1: %2").arg(c.previousStep, changesText(c.changes))
                : QStringLiteral("accepted in the previous plan (%1), unchanged").arg(c.previousStep);
            auto set = planstore::setStepStatus(*m_db, outcome.planIds[i], c.stepId, c.status, 0, note, nullptr,
                                                c.status == StepStatus::Changed ? &c.decided : nullptr);
            if (!set)
                return set.error();
        }
    }
    return {};
}

} // namespace pm
