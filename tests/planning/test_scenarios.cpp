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

#include <algorithm>

using namespace pm;

namespace {

QStringList strings(const QJsonValue &v)
{
    QStringList out;
    for (const QJsonValue &x : v.toArray())
        out.append(x.toString());
    return out;
}

// The keys expected.json may use (tests/data/scenarios/README.md). Any other key is an error:
// a misspelt key ("min_sample") would otherwise switch its check off without a word.
const QStringList kScenarioKeys = {QStringLiteral("about"),     QStringLiteral("unmeasurable"), QStringLiteral("rejected"),
                                   QStringLiteral("min_plans"), QStringLiteral("max_plans"),    QStringLiteral("every_plan"),
                                   QStringLiteral("best_plan"), QStringLiteral("some_plan"),
                                   // vocabulary (issue 13 obs. 9)
                                   QStringLiteral("front_techniques"), QStringLiteral("front_any_technique"), QStringLiteral("candidates")};
const QStringList kPlanKeys = {QStringLiteral("same_step"),         QStringLiteral("same_sample"),  QStringLiteral("modes"),
                               QStringLiteral("technique_contains"), QStringLiteral("min_samples"),  QStringLiteral("destructive_steps"),
                               QStringLiteral("laboratory_only"),    QStringLiteral("min_partners"), QStringLiteral("class"),
                               // vocabulary, sites and shipments (issue 13)
                               QStringLiteral("observables_shown"), QStringLiteral("no_technique_contains"), QStringLiteral("step_note_contains"),
                               QStringLiteral("shipment"), QStringLiteral("min_shipments"), QStringLiteral("prepare_note_contains"),
                               // access routes and material (issue 13)
                               QStringLiteral("access_route_contains"), QStringLiteral("min_lsf_lead_days"), QStringLiteral("max_lsf_lead_days"),
                               QStringLiteral("min_duration"), QStringLiteral("max_duration"), QStringLiteral("min_batches"), QStringLiteral("max_batches"),
                               // damage and applicability (issue 13)
                               QStringLiteral("damage_classes"), QStringLiteral("before"), QStringLiteral("before_if_both"),
                               QStringLiteral("min_hold_days"), QStringLiteral("to_confirm"), QStringLiteral("none_to_confirm")};
const QStringList kShipmentKeys = {QStringLiteral("from"), QStringLiteral("to"), QStringLiteral("from_site_contains"),
                                   QStringLiteral("to_site_contains"), QStringLiteral("distance"), QStringLiteral("note_contains")};
const QStringList kRejectionKeys = {QStringLiteral("observable"), QStringLiteral("partner"), QStringLiteral("technique_contains"),
                                    QStringLiteral("reason_code"), QStringLiteral("reason_contains")};

QString unknownKeysIn(const QJsonObject &o, const QStringList &allowed, const QString &where)
{
    for (auto it = o.begin(); it != o.end(); ++it)
        if (!allowed.contains(it.key()))
            return QStringLiteral("unknown key \"%1\" in %2 (known: %3)").arg(it.key(), where, allowed.join(QStringLiteral(", ")));
    return {};
}

// Every key of an expected.json, at every level, must be one the checks read; returns the first
// that is not, naming where it is.
QString unknownKeys(const QJsonObject &expected)
{
    QString problem = unknownKeysIn(expected, kScenarioKeys, QStringLiteral("expected.json"));
    for (const QString &k : {QStringLiteral("every_plan"), QStringLiteral("best_plan"), QStringLiteral("some_plan")})
        if (problem.isEmpty() && expected.contains(k)) {
            if (!expected.value(k).isObject())
                problem = QStringLiteral("%1 is not an object").arg(k);
            else
                problem = unknownKeysIn(expected.value(k).toObject(), kPlanKeys, k);
            if (problem.isEmpty() && expected.value(k).toObject().contains(QStringLiteral("shipment")))
                problem = unknownKeysIn(expected.value(k).toObject().value(QStringLiteral("shipment")).toObject(), kShipmentKeys,
                                        k + QStringLiteral(".shipment"));
        }
    const QJsonArray rejected = expected.value(QStringLiteral("rejected")).toArray();
    for (qsizetype i = 0; problem.isEmpty() && i < rejected.size(); ++i)
        problem = unknownKeysIn(rejected.at(i).toObject(), kRejectionKeys, QStringLiteral("rejected[%1]").arg(i));
    return problem;
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
    // Access routes and material (issue 13).
    for (const Step *s : p.measureSteps()) {
        const Offering *o = m.offering(s->offeringId);
        if (!o || !planning::isLargeScaleFacility(m, *o))
            continue;
        if (e.contains(QStringLiteral("access_route_contains")) && !s->accessRoute.contains(e.value(QStringLiteral("access_route_contains")).toString()))
            return QStringLiteral("%1 booked by \"%2\"").arg(s->technique, s->accessRoute);
        if (e.contains(QStringLiteral("min_lsf_lead_days")) && s->leadDays < e.value(QStringLiteral("min_lsf_lead_days")).toDouble())
            return QStringLiteral("%1 booked in %2 days").arg(s->technique).arg(s->leadDays);
        if (e.contains(QStringLiteral("max_lsf_lead_days")) && s->leadDays > e.value(QStringLiteral("max_lsf_lead_days")).toDouble())
            return QStringLiteral("%1 booked in %2 days").arg(s->technique).arg(s->leadDays);
    }
    if (e.contains(QStringLiteral("min_duration")) && p.durationDays < e.value(QStringLiteral("min_duration")).toDouble())
        return QStringLiteral("lasts %1 days").arg(p.durationDays);
    if (e.contains(QStringLiteral("max_duration")) && p.durationDays > e.value(QStringLiteral("max_duration")).toDouble())
        return QStringLiteral("lasts %1 days").arg(p.durationDays);
    int batches = 1;
    for (const PlanSample &sample : p.samples)
        batches = std::max(batches, sample.batches);
    if (e.contains(QStringLiteral("min_batches")) && batches < e.value(QStringLiteral("min_batches")).toInt())
        return QStringLiteral("at most %1 samples pooled").arg(batches);
    if (e.contains(QStringLiteral("max_batches")) && batches > e.value(QStringLiteral("max_batches")).toInt())
        return QStringLiteral("%1 samples pooled").arg(batches);
    if (e.contains(QStringLiteral("class")) && planClassKey(p.tableClass) != e.value(QStringLiteral("class")).toString())
        return QStringLiteral("class %1").arg(planClassKey(p.tableClass));
    if (const QString problem = checkSitesAndShipments(p, e); !problem.isEmpty())
        return problem;
    if (const QString problem = checkDamage(p, e); !problem.isEmpty())
        return problem;
    return checkVocabulary(p, e);
}

} // namespace

class TestScenarios : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { m_db = std::make_unique<test::BundledDatabase>(); }

    // A misspelt key in a golden file is an error, at each level, not a check switched off.
    void unknownKeysAreRejected()
    {
        const auto parse = [](const char *json) { return QJsonDocument::fromJson(QByteArray(json)).object(); };
        QVERIFY(unknownKeys(parse(R"({"min_plans": 1, "every_plan": {"min_samples": 2}, "rejected": [{"observable": "x"}]})")).isEmpty());
        QVERIFY(unknownKeys(parse(R"({"min_plan": 1})")).contains(QStringLiteral("\"min_plan\" in expected.json")));
        QVERIFY(unknownKeys(parse(R"({"every_plan": {"min_sample": 2}})")).contains(QStringLiteral("\"min_sample\" in every_plan")));
        QVERIFY(unknownKeys(parse(R"({"some_plan": {"class": "x", "modez": {}}})")).contains(QStringLiteral("\"modez\" in some_plan")));
        QVERIFY(unknownKeys(parse(R"({"rejected": [{"observable": "x"}, {"reason": "y"}]})")).contains(QStringLiteral("\"reason\" in rejected[1]")));
        QVERIFY(unknownKeys(parse(R"({"best_plan": 3})")).contains(QStringLiteral("best_plan is not an object")));
        QVERIFY(unknownKeys(parse(R"({"some_plan": {"shipment": {"from": "CEA", "too": "ESRF"}}})")).contains(QStringLiteral("\"too\" in some_plan.shipment")));
    }

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
        const QString badKey = unknownKeys(expected);
        QVERIFY2(badKey.isEmpty(), qPrintable(badKey));
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
        for (const RequestedObservable &o : request->withoutCovered().observables)
            if (!result->unmeasurable.contains(o.name))
                measurable.append(o.name);
        for (const Plan &p : result->plans) {
            const QString structural = test::checkAll(p, *request, measurable, m_db->matrix);
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
