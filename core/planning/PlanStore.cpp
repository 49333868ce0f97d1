#include "PlanStore.h"

#include "PlanExport.h"
#include "StoredPlanCheck.h"

#include "common/SafeNumber.h"

#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>

#include <algorithm>

namespace pm::planstore {

namespace {
QString now()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
}
} // namespace

Result<qint64> saveOutcome(Database &db, const Request &request, const PlanResult &result, const ReplanOrigin &origin)
{
    qint64 requestId = 0;
    auto done = db.transaction([&]() -> Result<void> {
        const bool postgres = db.kind() == Database::Kind::Postgres;
        QSqlQuery q = db.prepare(QStringLiteral("INSERT INTO requests (title, request_json, created_at, created_by, replan_of, replan_refused) "
                                                "VALUES (?, ?, ?, ?, ?, ?)")
                                 + (postgres ? QStringLiteral(" RETURNING id") : QString()));
        q.addBindValue(sqlText(request.title));
        q.addBindValue(QString::fromUtf8(request.toJson()));
        q.addBindValue(now());
        q.addBindValue(sqlText(db.userName()));
        q.addBindValue(origin.planId > 0 ? QVariant(origin.planId) : QVariant(QMetaType::fromType<qint64>()));
        q.addBindValue(sqlText(origin.refusedSteps.join(u'\n')));
        if (auto r = Database::exec(q, QStringLiteral("storing the request")); !r)
            return r;
        requestId = postgres && q.next() ? q.value(0).toLongLong() : q.lastInsertId().toLongLong();

        QSqlQuery rej = db.prepare(QStringLiteral("INSERT INTO request_rejections (request_id, observable, offering_id, partner, technique, "
                                                  "reason_code, reason) VALUES (?, ?, ?, ?, ?, ?, ?)"));
        for (const Rejection &r : result.rejected) {
            rej.addBindValue(requestId);
            rej.addBindValue(r.observable);
            rej.addBindValue(r.offeringId);
            rej.addBindValue(sqlText(r.partner));
            rej.addBindValue(sqlText(r.technique));
            rej.addBindValue(sqlText(r.reasonCode));
            rej.addBindValue(sqlText(r.reason));
            if (auto e = Database::exec(rej, QStringLiteral("storing a rejection")); !e)
                return e;
        }
        QSqlQuery un = db.prepare(QStringLiteral("INSERT INTO request_unmeasurable (request_id, observable) VALUES (?, ?)"));
        for (const QString &o : result.unmeasurable) {
            un.addBindValue(requestId);
            un.addBindValue(o);
            if (auto e = Database::exec(un, QStringLiteral("storing an unmeasurable observable")); !e)
                return e;
        }
        QSqlQuery plan = db.prepare(QStringLiteral("INSERT INTO plans (request_id, title, plan_json, created_at) VALUES (?, ?, ?, ?)"));
        for (const Plan &p : result.plans) {
            plan.addBindValue(requestId);
            plan.addBindValue(QStringLiteral("%1 — plan %2").arg(request.title).arg(p.rank));
            // Each plan keeps the search's state with it, so that a reopened outcome still says
            // whether the front was complete and what the gap was (issue 14).
            QJsonObject json = planToJson(p);
            json.insert(QStringLiteral("start_date"), planStartDate(p).toString(Qt::ISODate)); // fixed from now on
            json.insert(QStringLiteral("search_complete"), result.complete);
            json.insert(QStringLiteral("search_bound"), std::clamp(std::max(result.fidelityBound, result.bestFidelity), 0.0, 1.0));
            plan.addBindValue(QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Compact)));
            plan.addBindValue(now());
            if (auto e = Database::exec(plan, QStringLiteral("storing a plan")); !e)
                return e;
        }
        return {};
    });
    if (!done)
        return done.error();
    return requestId;
}

Result<QList<WantedObservable>> mostWanted(Database &db)
{
    QSqlQuery q = db.prepare(QStringLiteral("SELECT observable, COUNT(*) FROM request_unmeasurable GROUP BY observable "
                                            "ORDER BY COUNT(*) DESC, observable"));
    if (auto r = Database::exec(q, QStringLiteral("reading unmeasurable observables")); !r)
        return r.error();
    QList<WantedObservable> out;
    while (q.next())
        out.append({q.value(0).toString(), q.value(1).toInt()});
    return out;
}

Result<QList<Development>> developments(Database &db)
{
    QSqlQuery q = db.prepare(QStringLiteral("SELECT offering_id, partner, technique, reason_code, reason, observable FROM request_rejections "
                                            "WHERE reason_code <> ? ORDER BY offering_id, reason_code"));
    q.addBindValue(QStringLiteral("excluded"));
    if (auto r = Database::exec(q, QStringLiteral("reading rejections")); !r)
        return r.error();
    QList<Development> out;
    QHash<QString, int> index;
    while (q.next()) {
        const QString key = q.value(0).toString() + u'\x1f' + q.value(1).toString() + u'\x1f' + q.value(2).toString() + u'\x1f' + q.value(3).toString();
        int i = index.value(key, -1);
        if (i < 0) {
            i = int(out.size());
            index.insert(key, i);
            out.append(Development{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
                                   q.value(4).toString(), {}, 0});
        }
        ++out[i].count;
        if (!out[i].observables.contains(q.value(5).toString()))
            out[i].observables.append(q.value(5).toString());
    }
    std::stable_sort(out.begin(), out.end(), [](const Development &a, const Development &b) { return a.count > b.count; });
    return out;
}

namespace {

StepStatusRecord recordFrom(const QSqlQuery &q, int first)
{
    StepStatusRecord r;
    r.status = stepStatusFromKey(q.value(first).toString()).value_or(StepStatus::Proposed);
    r.note = q.value(first + 1).toString();
    r.updatedBy = q.value(first + 2).toString();
    r.updatedAt = q.value(first + 3).toString();
    r.version = q.value(first + 4).toInt();
    r.decided = DecidedContent::fromJson(QJsonDocument::fromJson(q.value(first + 5).toString().toUtf8()).object());
    return r;
}

Result<std::optional<StepStatusRecord>> readStepStatus(Database &db, qint64 planId, const QString &stepId)
{
    QSqlQuery q = db.prepare(QStringLiteral("SELECT status, note, updated_by, updated_at, version, decided_json FROM plan_step_status "
                                            "WHERE plan_id = ? AND step_id = ?"));
    q.addBindValue(planId);
    q.addBindValue(stepId);
    if (auto r = Database::exec(q, QStringLiteral("reading a step status")); !r)
        return r.error();
    if (!q.next())
        return std::optional<StepStatusRecord>();
    return std::optional<StepStatusRecord>(recordFrom(q, 0));
}

QString readableTime(const QString &iso)
{
    const QDateTime t = QDateTime::fromString(iso, Qt::ISODate);
    return t.isValid() ? t.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'")) : iso;
}

QString describeStale(const QString &stepId, const StepStatusRecord &now)
{
    return QStringLiteral("the status of %1 was changed in the meantime by %2 at %3: it is now \"%4\"%5. "
                          "Nothing was saved; reload the statuses, then set it again if it still needs changing")
        .arg(stepId, now.updatedBy.isEmpty() ? QStringLiteral("another user") : now.updatedBy, readableTime(now.updatedAt),
             stepStatusKey(now.status), now.note.isEmpty() ? QString() : QStringLiteral(" (\"%1\")").arg(now.note));
}

} // namespace

Result<StepStatusRecord> setStepStatus(Database &db, qint64 planId, const QString &stepId, StepStatus status, int expectedVersion,
                                       const QString &note, std::optional<StepStatusRecord> *current, const DecidedContent *decided)
{
    StepStatusRecord written{status, sqlText(note), db.userName(), now(), expectedVersion + 1, {}};
    if (decided) {
        written.decided = *decided;
    } else {
        // What the partner decided on: the step as the stored plan has it.
        auto plan = storedPlan(db, planId);
        if (!plan)
            return plan.error();
        const Step *step = plan->step(stepId);
        if (!step)
            return makeError(QStringLiteral("the plan has no step \"%1\"").arg(stepId), QStringLiteral("plan %1").arg(planId));
        if (step->kind == StepKind::Measure)
            written.decided = decidedContent(*plan, *step);
    }
    const QString decidedJson = written.decided.isEmpty() || status == StepStatus::Proposed
        ? QString()
        : QString::fromUtf8(QJsonDocument(written.decided.toJson()).toJson(QJsonDocument::Compact));
    auto done = db.transaction([&]() -> Result<void> {
        // Compare and set: the row changes only if it is still the version the caller saw.
        // Two first statuses at once: the primary key lets one insert in, the other does nothing.
        QSqlQuery write = expectedVersion > 0
            ? db.prepare(QStringLiteral("UPDATE plan_step_status SET status = ?, note = ?, updated_by = ?, updated_at = ?, decided_json = ?, "
                                        "version = version + 1 WHERE plan_id = ? AND step_id = ? AND version = ?"))
            : db.prepare(QStringLiteral("INSERT INTO plan_step_status (status, note, updated_by, updated_at, decided_json, version, plan_id, step_id) "
                                        "VALUES (?, ?, ?, ?, ?, 1, ?, ?) ON CONFLICT (plan_id, step_id) DO NOTHING"));
        write.addBindValue(stepStatusKey(status));
        write.addBindValue(written.note);
        write.addBindValue(sqlText(written.updatedBy));
        write.addBindValue(written.updatedAt);
        write.addBindValue(decidedJson);
        write.addBindValue(planId);
        write.addBindValue(stepId);
        if (expectedVersion > 0)
            write.addBindValue(expectedVersion);
        if (auto r = Database::exec(write, QStringLiteral("storing the status of %1").arg(stepId)); !r)
            return r;
        if (write.numRowsAffected() > 0) {
            db.recordChange(QStringLiteral("plan_step_status"), planId);
            return {};
        }
        auto stored = readStepStatus(db, planId, stepId);
        if (!stored)
            return stored.error();
        if (current)
            *current = *stored;
        if (!*stored)
            return makeError(QStringLiteral("the status of %1 was removed in the meantime (the plan was deleted?); nothing was saved").arg(stepId),
                             QStringLiteral("plan %1").arg(planId));
        return makeError(describeStale(stepId, **stored), QStringLiteral("plan %1").arg(planId));
    });
    if (!done)
        return done.error();
    return written;
}

Result<StepStatusRecords> stepStatusRecords(Database &db, qint64 planId)
{
    QSqlQuery q = db.prepare(QStringLiteral("SELECT step_id, status, note, updated_by, updated_at, version, decided_json FROM plan_step_status "
                                            "WHERE plan_id = ?"));
    q.addBindValue(planId);
    if (auto r = Database::exec(q, QStringLiteral("reading step statuses")); !r)
        return r.error();
    StepStatusRecords out;
    while (q.next())
        out.insert(q.value(0).toString(), recordFrom(q, 1));
    return out;
}

StepStatuses statusesOf(const StepStatusRecords &records)
{
    StepStatuses out;
    for (auto it = records.cbegin(); it != records.cend(); ++it)
        out.insert(it.key(), it.value().status);
    return out;
}

Result<StepStatuses> stepStatuses(Database &db, qint64 planId)
{
    auto records = stepStatusRecords(db, planId);
    if (!records)
        return records.error();
    return statusesOf(*records);
}

Result<QList<qint64>> planIds(Database &db, qint64 requestId)
{
    QSqlQuery q = db.prepare(QStringLiteral("SELECT id FROM plans WHERE request_id = ? ORDER BY id"));
    q.addBindValue(requestId);
    if (auto r = Database::exec(q, QStringLiteral("reading plans")); !r)
        return r.error();
    QList<qint64> out;
    while (q.next())
        out.append(q.value(0).toLongLong());
    return out;
}

// ---- reopening ------------------------------------------------------------------------

namespace {

Error badPlan(const QString &what, const QString &member)
{
    return makeError(QStringLiteral("the stored plan cannot be read: %1").arg(what), member);
}

std::optional<StepKind> stepKindFromKey(const QString &key)
{
    for (StepKind k : {StepKind::Prepare, StepKind::Measure, StepKind::Transfer, StepKind::Ship})
        if (stepKindKey(k) == key)
            return k;
    return std::nullopt;
}

std::optional<PlanClass> planClassFromKey(const QString &key)
{
    for (PlanClass c : {PlanClass::CorrelatedOperandoLargeScale, PlanClass::SingleLargeScale, PlanClass::CorrelatedOrOperandoLab, PlanClass::SingleLab})
        if (planClassKey(c) == key)
            return c;
    return std::nullopt;
}

QStringList texts(const QJsonValue &v)
{
    QStringList out;
    for (const QJsonValue &item : v.toArray())
        out.append(item.toString());
    return out;
}

Result<Step> stepFromJson(const QJsonObject &o, const QString &member)
{
    Step s;
    s.id = o.value(QStringLiteral("id")).toString();
    if (s.id.isEmpty())
        return badPlan(QStringLiteral("a step has no id"), member);
    const auto kind = stepKindFromKey(o.value(QStringLiteral("kind")).toString());
    if (!kind)
        return badPlan(QStringLiteral("unknown step kind \"%1\"").arg(o.value(QStringLiteral("kind")).toString()), member + QStringLiteral(".kind"));
    s.kind = *kind;
    s.offeringId = number::toQint64(o.value(QStringLiteral("offering_id")).toDouble()).value_or(0); // bounded by checkStoredPlanJson
    s.partner = o.value(QStringLiteral("partner")).toString();
    s.technique = o.value(QStringLiteral("technique")).toString();
    s.instrument = o.value(QStringLiteral("instrument")).toString();
    s.observables = texts(o.value(QStringLiteral("observables")));
    s.sample = o.value(QStringLiteral("sample")).toString();
    s.mode = o.value(QStringLiteral("mode")).toString();
    s.destructive = o.value(QStringLiteral("destructive")).toBool();
    // "damaging" is what plans stored before the damage classes said for surface and beam.
    const QString damage = o.value(QStringLiteral("damage")).toString();
    s.damageClass = damage == u"damaging" ? QStringLiteral("beam") : damage;
    s.damageReason = o.value(QStringLiteral("damage_reason")).toString();
    s.endsSample = o.value(QStringLiteral("ends_sample")).toBool(s.destructive);
    s.holdDays = o.value(QStringLiteral("hold_days")).toDouble();
    s.toConfirm = o.value(QStringLiteral("to_confirm")).toString();
    s.damage = s.endsSample ? 2 : (damage.isEmpty() || damage == u"none") ? 0 : 1;
    s.cell = o.value(QStringLiteral("cell")).toString();
    s.holder = o.value(QStringLiteral("holder")).toString();
    s.to = o.value(QStringLiteral("to")).toString();
    s.distance = o.value(QStringLiteral("distance")).toString();
    s.site = o.value(QStringLiteral("site")).toString();
    s.toSite = o.value(QStringLiteral("to_site")).toString();
    s.airExposure = o.value(QStringLiteral("air_exposure")).toString();
    s.contact = o.value(QStringLiteral("contact")).toString();
    s.location = o.value(QStringLiteral("location")).toString(); // absent in plans stored before it
    s.durationDays = o.value(QStringLiteral("duration_days")).toDouble();
    s.startDay = o.value(QStringLiteral("start_day")).toDouble();
    s.postProcessingDays = o.value(QStringLiteral("post_processing_days")).toDouble();
    s.warnings = texts(o.value(QStringLiteral("warnings")));
    s.note = o.value(QStringLiteral("note")).toString();
    const QJsonObject req = o.value(QStringLiteral("requirements")).toObject(); // issue 13; absent in older plans
    s.amount = req.value(QStringLiteral("amount")).toString();
    s.sampleForm = req.value(QStringLiteral("sample_form")).toString();
    s.accessRoute = req.value(QStringLiteral("access_route")).toString();
    s.userOffice = req.value(QStringLiteral("user_office")).toString();
    s.nextCall = req.value(QStringLiteral("next_call")).toString();
    s.leadDays = req.value(QStringLiteral("lead_days")).toDouble();
    if (s.kind == StepKind::Measure && s.offeringId <= 0)
        return badPlan(QStringLiteral("measurement %1 names no offering").arg(s.id), member + QStringLiteral(".offering_id"));
    return s;
}

} // namespace

Result<Plan> planFromJson(const QJsonObject &o)
{
    // Stored plans come from a database other users write to: bounds first (StoredPlanCheck.h).
    if (auto ok = checkStoredPlanJson(o); !ok)
        return ok.error();
    Plan p;
    p.rank = o.value(QStringLiteral("rank")).toInt();
    p.fidelity = o.value(QStringLiteral("fidelity")).toDouble();
    p.cost = o.value(QStringLiteral("cost")).toDouble();
    p.durationDays = o.value(QStringLiteral("duration_days")).toDouble();
    // The search's certificate (docs/PLANNER.md 7.2): never below the plan's own fidelity.
    p.fidelityBound = std::max(p.fidelity, o.value(QStringLiteral("bound")).toDouble());
    const auto planClass = planClassFromKey(o.value(QStringLiteral("class")).toString());
    if (!planClass)
        return badPlan(QStringLiteral("unknown Table 3 class \"%1\"").arg(o.value(QStringLiteral("class")).toString()), QStringLiteral("class"));
    p.tableClass = *planClass;
    const QJsonArray steps = o.value(QStringLiteral("steps")).toArray();
    if (steps.isEmpty())
        return badPlan(QStringLiteral("it has no steps"), QStringLiteral("steps"));
    for (int i = 0; i < steps.size(); ++i) {
        auto step = stepFromJson(steps[i].toObject(), QStringLiteral("steps[%1]").arg(i));
        if (!step)
            return step.error();
        if (p.step(step->id))
            return badPlan(QStringLiteral("step \"%1\" appears twice").arg(step->id), QStringLiteral("steps[%1]").arg(i));
        p.steps.append(*step);
    }
    for (const QJsonValue &v : o.value(QStringLiteral("samples")).toArray()) {
        const QJsonObject s = v.toObject();
        p.samples.append(PlanSample{s.value(QStringLiteral("id")).toString(), s.value(QStringLiteral("kind")).toString(),
                                    s.value(QStringLiteral("prepared_at")).toString(), s.value(QStringLiteral("cell")).toString(),
                                    texts(s.value(QStringLiteral("steps"))), std::max(1, s.value(QStringLiteral("batches")).toInt(1)),
                                    s.value(QStringLiteral("amount_needed")).toString(), s.value(QStringLiteral("amount_available")).toString()});
    }
    const QJsonArray edges = o.value(QStringLiteral("edges")).toArray();
    for (int i = 0; i < edges.size(); ++i) {
        const QJsonObject e = edges[i].toObject();
        Edge edge{e.value(QStringLiteral("from")).toString(), e.value(QStringLiteral("to")).toString(), e.value(QStringLiteral("kind")).toString()};
        if (!p.step(edge.from) || !p.step(edge.to))
            return badPlan(QStringLiteral("an edge joins a step the plan does not have"), QStringLiteral("edges[%1]").arg(i));
        p.edges.append(edge);
    }
    const QJsonObject assignment = o.value(QStringLiteral("assignment")).toObject();
    for (auto it = assignment.constBegin(); it != assignment.constEnd(); ++it)
        p.assignment.insert(it.key(), number::toQint64(it.value().toDouble()).value_or(0));
    p.warnings = texts(o.value(QStringLiteral("warnings")));
    p.startDate = QDate::fromString(o.value(QStringLiteral("start_date")).toString(), Qt::ISODate); // absent in older plans
    return p;
}

namespace {
// A re-plan's origin, joined as "o" (the plan it re-plans, gone when that was deleted).
const QString kOriginColumns = QStringLiteral("r.replan_of, o.title, r.replan_refused, o.id");

void readOrigin(const QSqlQuery &q, int first, StoredRequest &r)
{
    r.replanOf = q.value(first).toLongLong();
    r.replanOfTitle = q.value(first + 3).isNull() ? QString() : q.value(first + 1).toString(); // empty: deleted since
    const QString refused = q.value(first + 2).toString();
    r.refusedSteps = refused.isEmpty() ? QStringList() : refused.split(u'\n');
}
} // namespace

QString StoredRequest::originText() const
{
    if (replanOf <= 0 && refusedSteps.isEmpty())
        return {};
    const QString of = !replanOfTitle.isEmpty() ? QStringLiteral("re-plan of «%1» (stored plan %2)").arg(replanOfTitle).arg(replanOf)
                                                : QStringLiteral("re-plan of stored plan %1, deleted since").arg(replanOf);
    return refusedSteps.isEmpty() ? of : QStringLiteral("%1 after refusal of %2").arg(of, refusedSteps.join(QStringLiteral(", ")));
}

Result<Plan> storedPlan(Database &db, qint64 planId)
{
    const QString where = QStringLiteral("plan %1").arg(planId);
    QSqlQuery q = db.prepare(QStringLiteral("SELECT plan_json FROM plans WHERE id = ?"));
    q.addBindValue(planId);
    if (auto r = Database::exec(q, QStringLiteral("reading a stored plan")); !r)
        return r.error();
    if (!q.next())
        return makeError(QStringLiteral("there is no such stored plan (deleted?)"), where);
    auto plan = readStoredPlan(q.value(0).toString().toUtf8());
    if (!plan)
        return makeError(plan.error().message, plan.error().where.isEmpty() ? where : where + u'.' + plan.error().where);
    return plan;
}

Result<QList<StoredRequest>> storedRequests(Database &db)
{
    QSqlQuery q = db.prepare(QStringLiteral("SELECT r.id, r.title, r.created_at, r.created_by, "
                                            "(SELECT COUNT(*) FROM plans p WHERE p.request_id = r.id), ") + kOriginColumns
                             + QStringLiteral(" FROM requests r LEFT JOIN plans o ON o.id = r.replan_of ORDER BY r.created_at DESC, r.id DESC"));
    if (auto r = Database::exec(q, QStringLiteral("reading the stored requests")); !r)
        return r.error();
    QList<StoredRequest> out;
    while (q.next()) {
        StoredRequest r;
        r.id = q.value(0).toLongLong();
        r.title = q.value(1).toString();
        r.createdAt = q.value(2).toString();
        r.createdBy = q.value(3).toString();
        r.planCount = q.value(4).toInt();
        readOrigin(q, 5, r);
        out.append(r);
    }
    return out;
}

Result<StoredOutcome> loadOutcome(Database &db, qint64 requestId)
{
    const QString where = QStringLiteral("stored request %1").arg(requestId);
    auto inContext = [&](const Error &e) { return makeError(e.message, e.where.isEmpty() ? where : where + QStringLiteral(", ") + e.where); };
    StoredOutcome out;
    QSqlQuery q = db.prepare(QStringLiteral("SELECT r.id, r.title, r.created_at, r.created_by, r.request_json, ") + kOriginColumns
                             + QStringLiteral(" FROM requests r LEFT JOIN plans o ON o.id = r.replan_of WHERE r.id = ?"));
    q.addBindValue(requestId);
    if (auto r = Database::exec(q, QStringLiteral("reading a stored request")); !r)
        return r.error();
    if (!q.next())
        return makeError(QStringLiteral("there is no such stored request (deleted?)"), where);
    out.info.id = q.value(0).toLongLong();
    out.info.title = q.value(1).toString();
    out.info.createdAt = q.value(2).toString();
    out.info.createdBy = q.value(3).toString();
    readOrigin(q, 5, out.info);
    auto request = Request::fromJson(q.value(4).toString().toUtf8());
    if (!request)
        return inContext(request.error());
    out.request = *request;

    QSqlQuery plans = db.prepare(QStringLiteral("SELECT id, plan_json FROM plans WHERE request_id = ? ORDER BY id"));
    plans.addBindValue(requestId);
    if (auto r = Database::exec(plans, QStringLiteral("reading stored plans")); !r)
        return r.error();
    while (plans.next()) {
        const QString member = QStringLiteral("plan %1").arg(plans.value(0).toLongLong());
        auto inPlan = [&](const Error &e) { return inContext(makeError(e.message, e.where.isEmpty() ? member : member + u'.' + e.where)); };
        const auto parsed = parseStoredPlan(plans.value(1).toString().toUtf8());
        if (!parsed)
            return inPlan(parsed.error());
        auto plan = planFromJson(*parsed); // which checks every member's bounds, the search's state too
        if (!plan)
            return inPlan(plan.error());
        out.result.plans.append(*plan);
        out.planIds.append(plans.value(0).toLongLong());
        // The search's state, stored with each plan (saveOutcome); older rows have none and
        // read as complete, as they were planned before searches could stop early.
        const QJsonObject &stored = *parsed;
        if (stored.value(QStringLiteral("search_complete")).isBool() && !stored.value(QStringLiteral("search_complete")).toBool()) {
            out.result.complete = false;
            out.result.fidelityBound = std::max(out.result.fidelityBound, stored.value(QStringLiteral("search_bound")).toDouble());
        }
        out.result.bestFidelity = std::max(out.result.bestFidelity, plan->fidelity);
    }
    out.info.planCount = int(out.planIds.size());
    out.result.frontSize = out.info.planCount;

    QSqlQuery rejections = db.prepare(QStringLiteral("SELECT offering_id, partner, technique, observable, reason_code, reason "
                                                     "FROM request_rejections WHERE request_id = ? ORDER BY observable, partner, technique, offering_id"));
    rejections.addBindValue(requestId);
    if (auto r = Database::exec(rejections, QStringLiteral("reading stored rejections")); !r)
        return r.error();
    while (rejections.next())
        out.result.rejected.append(Rejection{rejections.value(0).toLongLong(), rejections.value(1).toString(), rejections.value(2).toString(),
                                             rejections.value(3).toString(), rejections.value(4).toString(), rejections.value(5).toString()});
    QSqlQuery unmeasurable = db.prepare(QStringLiteral("SELECT observable FROM request_unmeasurable WHERE request_id = ? ORDER BY observable"));
    unmeasurable.addBindValue(requestId);
    if (auto r = Database::exec(unmeasurable, QStringLiteral("reading stored unmeasurable observables")); !r)
        return r.error();
    while (unmeasurable.next())
        out.result.unmeasurable.append(unmeasurable.value(0).toString());
    // Observables covered by existing data are part of the stored request (its JSON, read
    // and checked like any request): the outcome says again that they were left out.
    out.result.covered = out.request.covered;
    return out;
}

} // namespace pm::planstore
