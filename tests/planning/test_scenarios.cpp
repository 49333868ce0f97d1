// Golden scenarios from D5.2 and D5.5: tests/data/scenarios/<name>/request.json with the
// properties its outcome must have in expected.json (see tests/data/scenarios/README.md).
#include "PlanChecks.h"
#include "TestSupport.h"

#include "planning/PlanningModel.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTest>

using namespace pm;

namespace {

QStringList strings(const QJsonValue &v)
{
    QStringList out;
    for (const QJsonValue &x : v.toArray())
        out.append(x.toString());
    return out;
}

int largeScaleSteps(const Plan &p, const Matrix &m)
{
    int n = 0;
    for (const Step *s : p.measureSteps())
        if (const Offering *o = m.offering(s->offeringId); o && planning::isLargeScaleFacility(m, *o))
            ++n;
    return n;
}

// ---- Issue 13, damage and applicability (H3): damage classes, order on a sample, holds,
// "to confirm with the partner". Keys:
//   damage_classes: {"technique fragment": "none|surface|beam|destructive"} for every such step
//   before: [["A", "B"]]: one sample holds a step of technique A and, later, one of B
//   before_if_both: the same, checked only on samples that hold both
//   min_hold_days: a step is held at least that long, and the next step on its sample waits for it
//   to_confirm: "technique fragment": such a step is in the plan and flagged; none_to_confirm: true
int positionOn(const Plan &p, const PlanSample &sample, const QString &technique)
{
    for (int i = 0; i < sample.steps.size(); ++i)
        if (const Step *s = p.step(sample.steps[i]); s && s->kind == StepKind::Measure && s->technique.contains(technique))
            return i;
    return -1;
}

QString checkDamage(const Plan &p, const QJsonObject &e)
{
    const QJsonObject classes = e.value(QStringLiteral("damage_classes")).toObject();
    for (auto it = classes.begin(); it != classes.end(); ++it)
        for (const Step *s : p.measureSteps())
            if (s->technique.contains(it.key()) && s->damageClass != it.value().toString())
                return QStringLiteral("%1 has damage class \"%2\"").arg(s->technique, s->damageClass);
    for (const bool strict : {true, false})
        for (const QJsonValue &pair : e.value(strict ? QStringLiteral("before") : QStringLiteral("before_if_both")).toArray()) {
            const QStringList ab = strings(pair);
            bool seen = false;
            for (const PlanSample &sample : p.samples) {
                const int a = positionOn(p, sample, ab.value(0));
                const int b = positionOn(p, sample, ab.value(1));
                if (a < 0 || b < 0)
                    continue;
                if (a > b)
                    return QStringLiteral("%1 comes after %2 on %3").arg(ab.value(0), ab.value(1), sample.id);
                seen = true;
            }
            if (strict && !seen)
                return QStringLiteral("no sample holds both %1 and %2").arg(ab.value(0), ab.value(1));
        }
    if (e.contains(QStringLiteral("min_hold_days"))) {
        const double hold = e.value(QStringLiteral("min_hold_days")).toDouble();
        bool found = false;
        for (const PlanSample &sample : p.samples)
            for (int i = 0; i < sample.steps.size(); ++i) {
                const Step *s = p.step(sample.steps[i]);
                if (!s || s->holdDays < hold)
                    continue;
                found = true;
                if (i + 1 < sample.steps.size())
                    if (const Step *next = p.step(sample.steps[i + 1]); next && next->startDay + 1e-9 < s->startDay + s->durationDays)
                        return QStringLiteral("%1 starts before the hold after %2 ends").arg(next->id, s->id);
                if (s->durationDays + 1e-9 < hold)
                    return QStringLiteral("%1 lasts %2 days, less than its hold").arg(s->id).arg(s->durationDays);
            }
        if (!found)
            return QStringLiteral("no step held %1 days").arg(hold);
    }
    if (e.contains(QStringLiteral("to_confirm"))) {
        const QString technique = e.value(QStringLiteral("to_confirm")).toString();
        bool found = false;
        for (const Step *s : p.measureSteps())
            if (s->technique.contains(technique)) {
                if (s->toConfirm.isEmpty())
                    return QStringLiteral("%1 is not flagged \"to confirm with the partner\"").arg(s->id);
                found = true;
            }
        if (!found)
            return QStringLiteral("no step with %1").arg(technique);
    }
    if (e.value(QStringLiteral("none_to_confirm")).toBool())
        for (const Step *s : p.measureSteps())
            if (!s->toConfirm.isEmpty())
                return QStringLiteral("%1 is flagged to confirm: %2").arg(s->id, s->toConfirm);
    return {};
}
// ---- end of the issue 13 damage and applicability block

// Checks one "plan" object of expected.json against a plan; returns what is wrong.
QString checkPlan(const Plan &p, const QJsonObject &e, const Matrix &m)
{
    for (const QJsonValue &group : e.value(QStringLiteral("same_step")).toArray()) {
        QSet<QString> steps;
        for (const QString &o : strings(group))
            if (const Step *s = test::measuring(p, o))
                steps.insert(s->id);
        if (steps.size() != 1)
            return QStringLiteral("%1 not measured by one step").arg(strings(group).join(u'+'));
    }
    for (const QJsonValue &group : e.value(QStringLiteral("same_sample")).toArray()) {
        QSet<QString> samples;
        for (const QString &o : strings(group))
            if (const Step *s = test::measuring(p, o))
                samples.insert(s->sample);
        if (samples.size() != 1)
            return QStringLiteral("%1 not on one sample").arg(strings(group).join(u'+'));
    }
    const QJsonObject modes = e.value(QStringLiteral("modes")).toObject();
    for (auto it = modes.begin(); it != modes.end(); ++it) {
        const Step *s = test::measuring(p, it.key());
        if (!s || s->mode != it.value().toString())
            return QStringLiteral("%1 not measured %2").arg(it.key(), it.value().toString());
    }
    if (e.contains(QStringLiteral("technique_contains"))) {
        bool found = false;
        for (const Step *s : p.measureSteps())
            found = found || s->technique.contains(e.value(QStringLiteral("technique_contains")).toString());
        if (!found)
            return QStringLiteral("no step with %1").arg(e.value(QStringLiteral("technique_contains")).toString());
    }
    if (e.contains(QStringLiteral("min_samples")) && p.samples.size() < e.value(QStringLiteral("min_samples")).toInt())
        return QStringLiteral("%1 samples, expected at least %2").arg(p.samples.size()).arg(e.value(QStringLiteral("min_samples")).toInt());
    if (e.contains(QStringLiteral("destructive_steps"))) {
        int d = 0;
        for (const Step *s : p.measureSteps())
            d += s->destructive ? 1 : 0;
        if (d != e.value(QStringLiteral("destructive_steps")).toInt())
            return QStringLiteral("%1 destructive steps").arg(d);
    }
    if (e.value(QStringLiteral("laboratory_only")).toBool() && largeScaleSteps(p, m) > 0)
        return QStringLiteral("uses a large-scale facility");
    if (e.contains(QStringLiteral("min_partners"))) {
        QSet<QString> partners;
        for (const Step *s : p.measureSteps())
            partners.insert(s->partner);
        if (partners.size() < e.value(QStringLiteral("min_partners")).toInt())
            return QStringLiteral("only %1 partners").arg(partners.size());
    }
    if (e.contains(QStringLiteral("class")) && planClassKey(p.tableClass) != e.value(QStringLiteral("class")).toString())
        return QStringLiteral("class %1").arg(planClassKey(p.tableClass));
    return checkDamage(p, e);
}

} // namespace

class TestScenarios : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { m_db = std::make_unique<test::BundledDatabase>(); }

    void scenario_data()
    {
        QTest::addColumn<QString>("folder");
        const QDir root(test::dataPath(QStringLiteral("scenarios")));
        const QStringList folders = root.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
        QVERIFY(folders.size() >= 6);
        for (const QString &f : folders)
            QTest::newRow(qPrintable(f)) << root.filePath(f);
    }

    void scenario()
    {
        QFETCH(QString, folder);
        auto request = Request::fromJson(test::readFile(folder + QStringLiteral("/request.json")));
        QVERIFY2(request.ok(), qPrintable(request.ok() ? QString() : request.error().text()));
        const QJsonObject expected = QJsonDocument::fromJson(test::readFile(folder + QStringLiteral("/expected.json"))).object();
        QVERIFY(!expected.isEmpty());
        PlanOptions options;
        options.topN = 0;
        auto result = planRequest(*request, m_db->matrix, options);
        QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().text()));

        QStringList unmeasurable = strings(expected.value(QStringLiteral("unmeasurable")));
        QStringList got = result->unmeasurable;
        unmeasurable.sort();
        got.sort();
        QCOMPARE(got, unmeasurable);
        for (const QJsonValue &v : expected.value(QStringLiteral("rejected")).toArray()) {
            const QJsonObject e = v.toObject();
            bool found = false;
            for (const Rejection &r : result->rejected)
                found = found
                    || (r.observable == e.value(QStringLiteral("observable")).toString() && r.partner == e.value(QStringLiteral("partner")).toString()
                        && r.technique.contains(e.value(QStringLiteral("technique_contains")).toString())
                        && r.reasonCode == e.value(QStringLiteral("reason_code")).toString()
                        && r.reason.contains(e.value(QStringLiteral("reason_contains")).toString()));
            QVERIFY2(found, qPrintable(QStringLiteral("no rejection like %1").arg(QString::fromUtf8(QJsonDocument(e).toJson(QJsonDocument::Compact)))));
        }
        QVERIFY(result->plans.size() >= expected.value(QStringLiteral("min_plans")).toInt());
        if (expected.contains(QStringLiteral("max_plans")))
            QVERIFY(result->plans.size() <= expected.value(QStringLiteral("max_plans")).toInt());

        QStringList measurable;
        for (const RequestedObservable &o : request->observables)
            if (!result->unmeasurable.contains(o.name))
                measurable.append(o.name);
        for (const Plan &p : result->plans) {
            const QString structural = test::checkAll(p, *request, measurable);
            QVERIFY2(structural.isEmpty(), qPrintable(structural));
            const QString problem = checkPlan(p, expected.value(QStringLiteral("every_plan")).toObject(), m_db->matrix);
            QVERIFY2(problem.isEmpty(), qPrintable(QStringLiteral("plan %1: %2").arg(p.rank).arg(problem)));
        }
        if (expected.contains(QStringLiteral("best_plan"))) {
            QVERIFY(!result->plans.isEmpty());
            const QString problem = checkPlan(result->plans.first(), expected.value(QStringLiteral("best_plan")).toObject(), m_db->matrix);
            QVERIFY2(problem.isEmpty(), qPrintable(QStringLiteral("best plan: ") + problem));
        }
        if (expected.contains(QStringLiteral("some_plan"))) {
            bool any = false;
            for (const Plan &p : result->plans)
                any = any || checkPlan(p, expected.value(QStringLiteral("some_plan")).toObject(), m_db->matrix).isEmpty();
            QVERIFY2(any, "no plan has the properties of some_plan");
        }
    }

private:
    std::unique_ptr<test::BundledDatabase> m_db;
};

QTEST_GUILESS_MAIN(TestScenarios)
#include "test_scenarios.moc"
