#pragma once

// The one way a request becomes stored plans (the GUI, `plan`, `plan --pdf`, `plan-report`):
// the logbook's warnings are loaded, the request is planned, the outcome is stored, and a
// refusal is re-planned with the accepted steps pinned.
//
// The database is touched only by prepare() and store(), on the thread that owns it; run()
// reads nothing but its arguments, so the GUI calls it on a worker thread with copies of the
// request and the matrix (docs/ARCHITECTURE.md, "Planning off the GUI thread"):
//   PlanSession session(db);
//   const PlanOptions options = session.prepare(base);       // GUI thread
//   auto result = PlanSession::run(request, matrix, options); // worker
//   auto stored = session.store(request, *result);           // GUI thread again

#include "Decision.h"
#include "Plan.h"
#include "PlanDiff.h"
#include "PlanStore.h"
#include "Validation.h"

namespace pm {

class Database;

struct PlanOutcome {
    Request request; // as planned (a re-plan pins and excludes)
    PlanResult result;
    qint64 requestId = 0; // 0 when not stored
    QList<qint64> planIds;
    // A re-plan: where it comes from, and for each new plan the decisions carried over
    // (accepted, or changed since accepted) and what changed against the previous plan.
    planstore::ReplanOrigin origin;
    QList<CarryResult> carried;
    QList<PlanDiff> diffs;
};

// The previous plan of a re-plan, with its decisions: statuses, and the content each was
// taken on (from the stored records; a decision without content is the plan's step).
struct ReplanBasis {
    Plan plan;
    qint64 planId = 0; // 0: not stored
    StepStatuses statuses;
    QMap<QString, DecidedContent> decided;
};
ReplanBasis replanBasis(const Plan &plan, qint64 planId, const StepStatuses &statuses, const planstore::StepStatusRecords &records = {});

class PlanSession {
public:
    explicit PlanSession(Database *db = nullptr); // null: no logbook warnings, nothing stored

    // `options` with the logbook's entries (steps never or not recently logged get a warning);
    // a logbook that cannot be read leaves them out rather than stopping the plan.
    PlanOptions prepare(PlanOptions options = {}) const;
    // Plans the request. Thread-safe: no database, no shared mutable state.
    static Result<PlanResult> run(const Request &request, const Matrix &matrix, const PlanOptions &options);
    // Stores the request and its outcome: the ids go into `outcome`.
    Result<void> store(PlanOutcome &outcome) const;

    // prepare, run and (when `keep`) store, on the calling thread (the CLI).
    Result<PlanOutcome> plan(const Request &request, const Matrix &matrix, const PlanOptions &options = {}, bool keep = true) const;
    // After a refusal: the request with the accepted steps pinned and the refused offerings
    // left out (requestForReplan), planned on the previous plan's calendar, stored with its
    // origin, and the decisions carried over (finishReplan).
    Result<PlanOutcome> replan(const Request &request, const ReplanBasis &previous, const Matrix &matrix, const PlanOptions &options = {},
                               bool keep = true) const;
    // The end of a re-plan whose search ran elsewhere (the GUI's worker): `outcome` holds
    // the new request and result. Keeps the previous calendar, stores the outcome with its
    // origin (when a database is open), then carries each decision into each new plan:
    // unchanged accepted steps stay accepted, the others are stored "changed since
    // accepted" with what was accepted; and computes each plan's diff against the previous one.
    Result<void> finishReplan(PlanOutcome &outcome, const ReplanBasis &previous) const;

private:
    Database *m_db = nullptr;
};

} // namespace pm
