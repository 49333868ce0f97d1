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

// --- Vocabulary keys (issue 13, observation 9: the user's words, broader terms, elements) ---
// observables_shown: the observables the measure steps name, exactly (the user's term, not a broader one);
// no_technique_contains: no measure step's technique contains it;
// step_note_contains: every measure step's note contains it.
QString checkVocabulary(const Plan &p, const QJsonObject &e)
{
    if (e.contains(QStringLiteral("observables_shown"))) {
        QStringList shown;
        for (const Step *s : p.measureSteps())
            for (const QString &o : s->observables)
                if (!shown.contains(o))
                    shown.append(o);
        QStringList want = strings(e.value(QStringLiteral("observables_shown")));
        shown.sort();
        want.sort();
        if (shown != want)
            return QStringLiteral("steps name %1, expected %2").arg(shown.join(u','), want.join(u','));
    }
    const QString banned = e.value(QStringLiteral("no_technique_contains")).toString();
    const QString note = e.value(QStringLiteral("step_note_contains")).toString();
    for (const Step *s : p.measureSteps()) {
        if (!banned.isEmpty() && s->technique.contains(banned))
            return QStringLiteral("step %1 uses %2").arg(s->id, s->technique);
        if (!note.isEmpty() && !s->note.contains(note))
            return QStringLiteral("step %1 says \"%2\", not \"%3\"").arg(s->id, s->note, note);
    }
    return {};
}

// front_techniques: each of these occurs in some measure step of the front;
// front_any_technique: at least one of these does (offerings that tie keep one plan on the front);
// candidates: {"observable": [technique parts]}: each is a candidate for the observable.
QString checkFrontTechniques(const QList<Plan> &plans, const QJsonObject &expected, const Request &request, const Matrix &m)
{
    const QStringList any = strings(expected.value(QStringLiteral("front_any_technique")));
    bool anyFound = any.isEmpty();
    for (const Plan &p : plans)
        for (const Step *s : p.measureSteps())
            for (const QString &t : any)
                anyFound = anyFound || s->technique.contains(t);
    if (!anyFound)
        return QStringLiteral("no plan of the front uses any of %1").arg(any.join(u','));
    const QJsonObject candidates = expected.value(QStringLiteral("candidates")).toObject();
    if (!candidates.isEmpty()) {
        const CandidateSet set = filterCandidates(request, m);
        for (auto it = candidates.begin(); it != candidates.end(); ++it)
            for (const QString &t : strings(it.value())) {
                bool found = false;
                for (const Candidate &c : set.of(it.key()))
                    found = found || m.offerings[c.offeringIndex].techniqueLabel().contains(t);
                if (!found)
                    return QStringLiteral("%1 is not a candidate for %2").arg(t, it.key());
            }
    }
    for (const QString &t : strings(expected.value(QStringLiteral("front_techniques")))) {
        bool found = false;
        for (const Plan &p : plans)
            for (const Step *s : p.measureSteps())
                found = found || s->technique.contains(t);
        if (!found)
            return QStringLiteral("no plan of the front uses %1").arg(t);
    }
    return {};
}
// --- end of the vocabulary keys ---
// ---- Sites and shipments (issue 13, H2) --------------------------------------------------
// "shipment": {"from", "to", "from_site_contains", "to_site_contains", "distance",
//              "note_contains"}: some ship step has all the given values.
// "min_shipments": at least that many ship steps.
// "prepare_note_contains": some preparation step's note contains the text (cell handling).
QString checkSitesAndShipments(const Plan &p, const QJsonObject &e)
{
    QList<const Step *> ships;
    for (const Step &s : p.steps)
        if (s.kind == StepKind::Ship)
            ships.append(&s);
    if (e.contains(QStringLiteral("min_shipments")) && ships.size() < e.value(QStringLiteral("min_shipments")).toInt())
        return QStringLiteral("%1 shipments, expected at least %2").arg(ships.size()).arg(e.value(QStringLiteral("min_shipments")).toInt());
    if (e.contains(QStringLiteral("shipment"))) {
        const QJsonObject want = e.value(QStringLiteral("shipment")).toObject();
        auto is = [&](const QString &key, const QString &value) { return !want.contains(key) || want.value(key).toString() == value; };
        auto has = [&](const QString &key, const QString &value) { return !want.contains(key) || value.contains(want.value(key).toString()); };
        bool found = false;
        for (const Step *s : std::as_const(ships))
            found = found
                || (is(QStringLiteral("from"), s->partner) && is(QStringLiteral("to"), s->to) && has(QStringLiteral("from_site_contains"), s->site)
                    && has(QStringLiteral("to_site_contains"), s->toSite) && is(QStringLiteral("distance"), s->distance)
                    && has(QStringLiteral("note_contains"), s->note));
        if (!found)
            return QStringLiteral("no shipment like %1").arg(QString::fromUtf8(QJsonDocument(want).toJson(QJsonDocument::Compact)));
    }
    if (e.contains(QStringLiteral("prepare_note_contains"))) {
        bool found = false;
        for (const Step &s : p.steps)
            found = found || (s.kind == StepKind::Prepare && s.note.contains(e.value(QStringLiteral("prepare_note_contains")).toString()));
        if (!found)
            return QStringLiteral("no preparation says \"%1\"").arg(e.value(QStringLiteral("prepare_note_contains")).toString());
    }
    return {};
}
// ---- end of sites and shipments ------------------------------------------------------------

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
    if (const QString problem = checkSitesAndShipments(p, e); !problem.isEmpty())
        return problem;
    return checkVocabulary(p, e);
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
        const QString front = checkFrontTechniques(result->plans, expected, *request, m_db->matrix);
        QVERIFY2(front.isEmpty(), qPrintable(front));
    }

private:
    std::unique_ptr<test::BundledDatabase> m_db;
};

QTEST_GUILESS_MAIN(TestScenarios)
#include "test_scenarios.moc"
