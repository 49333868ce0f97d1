// Issue 18, section 1, on both backends: accept a step, refuse another, re-plan. The
// accepted step comes back unchanged and accepted, or flagged "changed since accepted"
// with what was accepted kept; never silently carried over. The re-plan names its origin
// and author; on PostgreSQL the server refuses a decision that does not carry its content.
#include "../planning/SeiSession.h"
#include "BackendFixture.h"

#include "planning/PlanSession.h"
#include "planning/PlanStore.h"

#include <QJsonDocument>
#include <QSqlError>
#include <QTest>

using namespace pm;
using namespace pm::test;

namespace {

QString text(const Error &e)
{
    return e.text();
}

} // namespace

class TestValidationBackends : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { m_bundled = std::make_unique<BundledDatabase>(); }

    void acceptRefuseReplan_data() { addBackendRows(); }
    void acceptRefuseReplan()
    {
        PM_FETCH_BACKEND(b);
        BackendDatabase t(b);
        const Request request = seiRequest();
        PlanOptions whole;
        whole.topN = 0;
        const PlanSession session(t.db.get());
        auto first = session.plan(request, m_bundled->matrix, whole);
        QVERIFY2(first, qPrintable(first ? QString() : text(first.error())));
        int index = -1;
        for (int i = 0; i < first->result.plans.size(); ++i)
            if (const Step *x = measureOf(first->result.plans[i], QStringLiteral("XPS"));
                x && x->observables == QStringList{QStringLiteral("SEI composition")} && measureOf(first->result.plans[i], QStringLiteral("TEM")))
                index = i;
        QVERIFY(index >= 0);
        const qint64 planId = first->planIds[index];
        auto stored = planstore::storedPlan(*t.db, planId); // as the partners were sent it
        QVERIFY2(stored, qPrintable(stored ? QString() : text(stored.error())));
        QVERIFY(stored->startDate.isValid());
        QCOMPARE(stored->startDate.dayOfWeek(), 1); // the next Monday, fixed
        const Step xps = *measureOf(*stored, QStringLiteral("XPS"));
        const Step tem = *measureOf(*stored, QStringLiteral("TEM"));

        // The partner accepts XPS: the decision keeps the step's content.
        auto accepted = planstore::setStepStatus(*t.db, planId, xps.id, StepStatus::Accepted, 0);
        QVERIFY2(accepted, qPrintable(accepted ? QString() : text(accepted.error())));
        auto refused = planstore::setStepStatus(*t.db, planId, tem.id, StepStatus::Refused, 0);
        QVERIFY2(refused, qPrintable(refused ? QString() : text(refused.error())));
        auto records = planstore::stepStatusRecords(*t.db, planId);
        QVERIFY(records);
        const DecidedContent agreed = records->value(xps.id).decided;
        QCOMPARE(agreed.offeringId, xps.offeringId);
        QCOMPARE(agreed.observables, QStringList{QStringLiteral("SEI composition")});
        QCOMPARE(agreed.start, planDate(*stored, xps.startDay));
        QCOMPARE(records->value(tem.id).decided.offeringId, tem.offeringId); // a refusal names what was refused
        QVERIFY(!planstore::setStepStatus(*t.db, planId, QStringLiteral("measure-99"), StepStatus::Accepted, 0)); // no such step

        // Re-plan.
        const ReplanBasis basis = replanBasis(*stored, planId, planstore::statusesOf(*records), *records);
        auto again = session.replan(first->request, basis, m_bundled->matrix, whole);
        QVERIFY2(again, qPrintable(again ? QString() : text(again.error())));
        QVERIFY(!again->result.plans.isEmpty());
        QCOMPARE(again->planIds.size(), again->result.plans.size());
        int unchanged = 0;
        for (int i = 0; i < again->result.plans.size(); ++i) {
            auto now = planstore::storedPlan(*t.db, again->planIds[i]);
            QVERIFY(now);
            QCOMPARE(now->startDate, stored->startDate); // one calendar for the campaign
            for (const Step *s : now->measureSteps())
                QVERIFY(s->offeringId != tem.offeringId);
            auto kept = planstore::stepStatusRecords(*t.db, again->planIds[i]);
            QVERIFY(kept);
            QCOMPARE(kept->size(), 1); // the XPS decision and nothing else
            const QString stepId = kept->firstKey();
            const Step *step = now->step(stepId);
            QVERIFY(step && step->offeringId == xps.offeringId);
            QCOMPARE(step->observables, xps.observables); // never measuring more than accepted
            const planstore::StepStatusRecord &r = kept->first();
            const QList<ContentChange> changes = contentChanges(agreed, decidedContent(*now, *step));
            if (changes.isEmpty()) {
                QCOMPARE(r.status, StepStatus::Accepted);
                ++unchanged;
            } else {
                // Flagged, with what was accepted kept and the change said.
                QCOMPARE(r.status, StepStatus::Changed);
                QCOMPARE(r.decided.toJson(), agreed.toJson());
                QVERIFY2(r.note.contains(changesText(changes)), qPrintable(r.note));
            }
            // The diff against the plan refused in part names the TEM's fate.
            bool temNamed = false;
            for (const PlanChange &c : again->diffs[i].changes)
                temNamed = temNamed || (c.beforeStep == tem.id && (c.kind == PlanChange::Replaced || c.kind == PlanChange::Removed));
            QVERIFY(temNamed);
        }
        QVERIFY(unchanged > 0);

        // The stored re-plan names its origin and its author (the database's).
        auto reopened = planstore::loadOutcome(*t.db, again->requestId);
        QVERIFY(reopened);
        QCOMPARE(reopened->info.replanOf, planId);
        QCOMPARE(reopened->info.refusedSteps.size(), 1);
        QVERIFY(reopened->info.refusedSteps.first().startsWith(tem.id + QStringLiteral(" (")));
        QVERIFY2(reopened->info.originText().contains(QStringLiteral("(stored plan %1) after refusal of %2").arg(planId).arg(tem.id)),
                 qPrintable(reopened->info.originText()));
        QCOMPARE(reopened->info.createdBy, t.db->userName());
        auto listed = planstore::storedRequests(*t.db);
        QVERIFY(listed && listed->first().id == again->requestId && listed->first().replanOf == planId);
        QVERIFY(planstore::loadOutcome(*t.db, first->requestId)->info.originText().isEmpty());
        // The plan it re-plans deleted: the re-plan still opens and says so.
        QVERIFY(t.db->execStatement(QStringLiteral("DELETE FROM plans WHERE id = %1").arg(planId), QStringLiteral("deleting a plan")));
        const QString orphan = planstore::loadOutcome(*t.db, again->requestId)->info.originText();
        QVERIFY2(orphan.startsWith(QStringLiteral("re-plan of stored plan %1, deleted since after refusal of %2").arg(planId).arg(tem.id)), qPrintable(orphan));
    }

    // The server refuses what a desktop must not write: a decision without content, or an
    // acceptance of content the stored step does not have (PostgreSQL; SQLite has one user).
    void serverRefusesDecisionsWithoutTheirContent()
    {
        PM_REQUIRE_SERVER();
        BackendDatabase t(Backend::Postgres);
        const Request request = seiRequest();
        auto first = PlanSession(t.db.get()).plan(request, m_bundled->matrix);
        QVERIFY(first);
        const qint64 planId = first->planIds.first();
        const Plan &plan = first->result.plans.first();
        const Step *a = plan.measureSteps().at(0);
        const Step *other = plan.measureSteps().at(1);

        auto exec = [&](const QString &sql, const QVariantList &values) {
            QSqlQuery q = t.db->prepare(sql);
            for (const QVariant &v : values)
                q.addBindValue(v);
            const bool ok = q.exec();
            return std::pair{ok, q.lastError().text()};
        };
        const QString insert = QStringLiteral("INSERT INTO plan_step_status (plan_id, step_id, status, decided_json) VALUES (?, ?, ?, ?)");
        auto [bare, bareWhy] = exec(insert, {planId, a->id, QStringLiteral("accepted"), QString()});
        QVERIFY(!bare);
        QVERIFY2(bareWhy.contains(QStringLiteral("must name what was decided on")), qPrintable(bareWhy));

        // Another step's content under this step's id: refused, whatever the client claims.
        const DecidedContent wrong = decidedContent(plan, *other);
        const QString wrongJson = QString::fromUtf8(QJsonDocument(wrong.toJson()).toJson(QJsonDocument::Compact));
        auto [forged, forgedWhy] = exec(insert, {planId, a->id, QStringLiteral("accepted"), wrongJson});
        QVERIFY(!forged);
        QVERIFY2(forgedWhy.contains(QStringLiteral("is not what the acceptance names")), qPrintable(forgedWhy));
        auto viaStore = planstore::setStepStatus(*t.db, planId, a->id, StepStatus::Accepted, 0, {}, nullptr, &wrong);
        QVERIFY(!viaStore);

        // Its own content: accepted. Then emptied by hand: refused.
        QVERIFY(planstore::setStepStatus(*t.db, planId, a->id, StepStatus::Accepted, 0));
        auto [emptied, emptiedWhy] = exec(QStringLiteral("UPDATE plan_step_status SET decided_json = '' WHERE plan_id = ? AND step_id = ?"), {planId, a->id});
        QVERIFY(!emptied);
        // "changed" keeps what was accepted (another content than the step's): allowed.
        QVERIFY(planstore::setStepStatus(*t.db, planId, other->id, StepStatus::Changed, 0, QStringLiteral("moved"), nullptr, &wrong));
    }

private:
    std::unique_ptr<BundledDatabase> m_bundled;
};

QTEST_GUILESS_MAIN(TestValidationBackends)
#include "test_validation_backends.moc"
