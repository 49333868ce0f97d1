#include "PlanStore.h"

#include "PlanExport.h"

#include <QDateTime>
#include <QHash>
#include <QJsonDocument>

#include <algorithm>

namespace pm::planstore {

namespace {
QString now()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
}
} // namespace

Result<qint64> saveOutcome(Database &db, const Request &request, const PlanResult &result)
{
    qint64 requestId = 0;
    auto done = db.transaction([&]() -> Result<void> {
        const bool postgres = db.kind() == Database::Kind::Postgres;
        QSqlQuery q = db.prepare(QStringLiteral("INSERT INTO requests (title, request_json, created_at, created_by) VALUES (?, ?, ?, ?)")
                                 + (postgres ? QStringLiteral(" RETURNING id") : QString()));
        q.addBindValue(sqlText(request.title));
        q.addBindValue(QString::fromUtf8(request.toJson()));
        q.addBindValue(now());
        q.addBindValue(sqlText(currentUserName()));
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
            plan.addBindValue(QString::fromUtf8(QJsonDocument(planToJson(p)).toJson(QJsonDocument::Compact)));
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

Result<void> setStepStatus(Database &db, qint64 planId, const QString &stepId, StepStatus status, const QString &note)
{
    return db.transaction([&]() -> Result<void> {
        QSqlQuery update = db.prepare(QStringLiteral("UPDATE plan_step_status SET status = ?, note = ?, updated_at = ?, updated_by = ?, "
                                                     "version = version + 1 WHERE plan_id = ? AND step_id = ?"));
        update.addBindValue(stepStatusKey(status));
        update.addBindValue(sqlText(note));
        update.addBindValue(now());
        update.addBindValue(sqlText(currentUserName()));
        update.addBindValue(planId);
        update.addBindValue(stepId);
        if (auto r = Database::exec(update, QStringLiteral("updating a step status")); !r)
            return r;
        if (update.numRowsAffected() > 0)
            return {};
        QSqlQuery insert = db.prepare(QStringLiteral("INSERT INTO plan_step_status (plan_id, step_id, status, note, updated_at, updated_by) "
                                                     "VALUES (?, ?, ?, ?, ?, ?)"));
        insert.addBindValue(planId);
        insert.addBindValue(stepId);
        insert.addBindValue(stepStatusKey(status));
        insert.addBindValue(sqlText(note));
        insert.addBindValue(now());
        insert.addBindValue(sqlText(currentUserName()));
        return Database::exec(insert, QStringLiteral("storing a step status"));
    });
}

Result<StepStatuses> stepStatuses(Database &db, qint64 planId)
{
    QSqlQuery q = db.prepare(QStringLiteral("SELECT step_id, status FROM plan_step_status WHERE plan_id = ?"));
    q.addBindValue(planId);
    if (auto r = Database::exec(q, QStringLiteral("reading step statuses")); !r)
        return r.error();
    StepStatuses out;
    while (q.next())
        out.insert(q.value(0).toString(), stepStatusFromKey(q.value(1).toString()).value_or(StepStatus::Proposed));
    return out;
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

} // namespace pm::planstore
