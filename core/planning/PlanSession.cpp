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
    auto id = planstore::saveOutcome(*m_db, outcome.request, outcome.result);
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
    PlanOutcome outcome{request, *result, 0, {}};
    if (keep)
        if (auto stored = store(outcome); !stored)
            return stored.error();
    return outcome;
}

Result<PlanOutcome> PlanSession::replan(const Request &request, const Plan &previous, const StepStatuses &statuses, const Matrix &matrix,
                                        const PlanOptions &options, bool keep) const
{
    auto next = requestForReplan(request, previous, statuses);
    if (!next)
        return next.error();
    return plan(*next, matrix, options, keep);
}

} // namespace pm
