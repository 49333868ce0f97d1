// Finding 7 of issue 15: a stored plan is read from a database other users write to. An
// editor who sets duration_days = 1e8 must not make a viewer's `plan --stored N --pdf` run for a
// minute and write 113 MB: stored plans are checked on read (StoredPlanCheck.h), numbers that do
// not fit a qint64 are never converted, and the timeline chart draws a bounded number of columns
// whatever the plan says.
#include "TestSupport.h"

#include "planning/PlanExport.h"
#include "planning/PlanStore.h"
#include "planning/StoredPlanCheck.h"
#include "report/Timeline.h"
#include "report/TimelinePainter.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QPainter>
#include <QPicture>
#include <QSqlQuery>
#include <QTest>

using namespace pm;
using namespace pm::test;

namespace {
Request request()
{
    Request r;
    r.title = QStringLiteral("stored");
    r.sample.shape = SampleShape::Electrode;
    r.sample.material = QStringLiteral("LiNiO2");
    RequestedObservable structure;
    structure.name = QStringLiteral("crystal structure");
    structure.mode = RequestMode::ExSitu;
    RequestedObservable surface;
    surface.name = QStringLiteral("surface chemical composition");
    surface.mode = RequestMode::ExSitu;
    r.observables = {structure, surface};
    r.origin = QStringLiteral("CEA");
    return r;
}

// A plan as planToJson writes it: one measurement.
QJsonObject smallPlan()
{
    Plan p;
    p.rank = 1;
    p.fidelity = 0.5;
    p.cost = 3;
    p.durationDays = 4;
    Step s;
    s.id = QStringLiteral("measure-1");
    s.offeringId = 12;
    s.partner = QStringLiteral("KIT");
    s.technique = QStringLiteral("XRD");
    s.sample = QStringLiteral("S1");
    s.durationDays = 2;
    s.startDay = 1;
    p.steps.append(s);
    p.assignment.insert(QStringLiteral("crystal structure"), 12);
    return planToJson(p);
}

QByteArray bytes(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

QJsonObject withStep(QJsonObject plan, const QString &member, const QJsonValue &value)
{
    QJsonArray steps = plan.value(QStringLiteral("steps")).toArray();
    QJsonObject step = steps[0].toObject();
    step.insert(member, value);
    steps[0] = step;
    plan.insert(QStringLiteral("steps"), steps);
    return plan;
}
} // namespace

class TestStoredPlans : public QObject {
    Q_OBJECT

private slots:
    void boundsAreChecked_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("member"); // named in the refusal
        QTest::addColumn<QString>("message");
        const QJsonObject plan = smallPlan();
        QTest::newRow("duration_days 1e8") << bytes(withStep(plan, QStringLiteral("duration_days"), 1e8))
                                           << QStringLiteral("steps[0].duration_days") << QStringLiteral("100000000 is out of range");
        QTest::newRow("negative start") << bytes(withStep(plan, QStringLiteral("start_day"), -3)) << QStringLiteral("steps[0].start_day")
                                        << QStringLiteral("out of range");
        QTest::newRow("post-processing 1e300") << bytes(withStep(plan, QStringLiteral("post_processing_days"), 1e300))
                                               << QStringLiteral("steps[0].post_processing_days") << QStringLiteral("out of range");
        QTest::newRow("duration as text") << bytes(withStep(plan, QStringLiteral("duration_days"), QStringLiteral("long")))
                                          << QStringLiteral("steps[0].duration_days") << QStringLiteral("must be a number");
        // qint64(1e300) is undefined behaviour: refused before any conversion.
        QTest::newRow("offering id 1e300") << bytes(withStep(plan, QStringLiteral("offering_id"), 1e300))
                                           << QStringLiteral("steps[0].offering_id") << QStringLiteral("whole number");
        QTest::newRow("offering id 2.5") << bytes(withStep(plan, QStringLiteral("offering_id"), 2.5)) << QStringLiteral("steps[0].offering_id")
                                         << QStringLiteral("whole number");
        QJsonObject o = plan;
        o.insert(QStringLiteral("duration_days"), 1e8);
        QTest::newRow("plan duration 1e8") << bytes(o) << QStringLiteral("duration_days") << QStringLiteral("out of range");
        o = plan;
        o.insert(QStringLiteral("fidelity"), 7);
        QTest::newRow("fidelity 7") << bytes(o) << QStringLiteral("fidelity") << QStringLiteral("from 0 to 1");
        o = plan;
        o.insert(QStringLiteral("bound"), 1e9);
        QTest::newRow("bound 1e9") << bytes(o) << QStringLiteral("bound") << QStringLiteral("from 0 to 1");
        o = plan;
        o.insert(QStringLiteral("search_bound"), -2);
        QTest::newRow("search bound -2") << bytes(o) << QStringLiteral("search_bound") << QStringLiteral("from 0 to 1");
        o = plan;
        o.insert(QStringLiteral("search_complete"), QStringLiteral("yes"));
        QTest::newRow("search_complete as text") << bytes(o) << QStringLiteral("search_complete") << QStringLiteral("true or false");
        o = plan;
        o.insert(QStringLiteral("assignment"), QJsonObject{{QStringLiteral("x"), -1e200}});
        QTest::newRow("assignment -1e200") << bytes(o) << QStringLiteral("assignment.x") << QStringLiteral("whole number");
        o = plan;
        QJsonArray many;
        for (int i = 0; i <= planstore::storedlimits::kMaxSteps; ++i)
            many.append(plan.value(QStringLiteral("steps")).toArray()[0]);
        o.insert(QStringLiteral("steps"), many);
        QTest::newRow("1001 steps") << bytes(o) << QStringLiteral("steps") << QStringLiteral("the limit is 1000");
        o = withStep(plan, QStringLiteral("note"), QString(planstore::storedlimits::kMaxTextChars + 1, u'x'));
        QTest::newRow("a 64 Ki note") << bytes(o) << QStringLiteral("steps[0].note") << QStringLiteral("longer than 65536 characters");
        QTest::newRow("5 MiB of JSON") << QByteArray(5 * 1024 * 1024, ' ') + bytes(plan) << QString() << QStringLiteral("the limit is 4096 KiB");
    }
    void boundsAreChecked()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, member);
        QFETCH(QString, message);
        QVERIFY(planstore::readStoredPlan(bytes(smallPlan()))); // the control reads
        const auto plan = planstore::readStoredPlan(json);
        QVERIFY(!plan);
        QCOMPARE(plan.error().where, member);
        QVERIFY2(plan.error().message.contains(message), qPrintable(plan.error().text()));
        QVERIFY2(plan.error().message.startsWith(QStringLiteral("the stored plan cannot be read")), qPrintable(plan.error().text()));
    }

    // Through the database and the CLI, as in the review: an editor's UPDATE, a viewer's --pdf.
    void tamperedStoredPlanIsRefused()
    {
        BundledDatabase fixture;
        const Request r = request();
        auto planned = planRequest(r, fixture.matrix);
        QVERIFY(planned && !planned->plans.isEmpty());
        auto id = planstore::saveOutcome(*fixture.db, r, *planned);
        QVERIFY(id);
        // Every plan the planner makes passes the check (the bounds are not in the way).
        auto intact = planstore::loadOutcome(*fixture.db, *id);
        QVERIFY2(intact, qPrintable(intact ? QString() : intact.error().text()));
        QCOMPARE(intact->result.plans.size(), planned->plans.size());

        const qint64 planId = intact->planIds.first();
        QJsonObject tampered = withStep(planToJson(planned->plans.first()), QStringLiteral("duration_days"), 1e8);
        QSqlQuery update = fixture.db->prepare(QStringLiteral("UPDATE plans SET plan_json = ? WHERE id = ?"));
        update.addBindValue(QString::fromUtf8(bytes(tampered)));
        update.addBindValue(planId);
        QVERIFY(Database::exec(update, QStringLiteral("tampering")));

        auto refused = planstore::loadOutcome(*fixture.db, *id);
        QVERIFY(!refused);
        const QString text = refused.error().text();
        QVERIFY2(text.contains(QStringLiteral("stored request %1, plan %2.steps[0].duration_days").arg(*id).arg(planId)), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("out of range")), qPrintable(text));

        fixture.store.reset();
        fixture.db.reset();
        const QString pdf = fixture.dir.filePath(QStringLiteral("plan.pdf"));
        QElapsedTimer clock;
        clock.start();
        const CliRun cli = runCli({QStringLiteral("--db"), fixture.path, QStringLiteral("plan"), QStringLiteral("--stored"),
                                   QString::number(*id), QStringLiteral("--pdf"), pdf});
        QCOMPARE(cli.code, 2);
        QVERIFY2(cli.err.contains(QStringLiteral("steps[0].duration_days")), qPrintable(cli.err));
        QVERIFY(!QFile::exists(pdf));
        QVERIFY2(clock.elapsed() < 20000, "refusing must not take longer than reading");
    }

    // The chart itself, fed a timeline that never went through the check: at most a few hundred
    // columns, so the picture stays small. Before, 1e6 days drew 143 000 week columns.
    void timelineDrawsBoundedColumns()
    {
        Plan plan = planstore::readStoredPlan(bytes(smallPlan())).value();
        const report::Timeline shortOne = report::buildTimeline(plan, nullptr, QDate(2027, 1, 4));
        plan.steps[0].durationDays = 1e6;
        plan.durationDays = 1e6 + 1;
        const report::Timeline longOne = report::buildTimeline(plan, nullptr, QDate(2027, 1, 4));
        QVERIFY(longOne.weekCount() > 100000);
        auto pictureBytes = [](const report::Timeline &t) {
            QPicture picture;
            QPainter painter(&picture);
            report::paintTimeline(painter, t, QRectF(0, 0, 800, report::timelineHeight(t)));
            painter.end();
            return picture.size();
        };
        const auto small = pictureBytes(shortOne);
        const auto large = pictureBytes(longOne);
        QVERIFY2(large < 40 * small + 200000, qPrintable(QStringLiteral("%1 bytes for a 1e6-day chart, %2 for 4 days").arg(large).arg(small)));

        plan.steps[0].startDay = 1e300; // dates of absurd days are clamped, not undefined
        const report::Timeline absurd = report::buildTimeline(plan, nullptr, QDate(2027, 1, 4));
        QVERIFY(absurd.dateOf(1e300).isValid());
        QVERIFY(pictureBytes(absurd) < 40 * small + 200000);
    }
};

QTEST_MAIN(TestStoredPlans)
#include "test_stored_plans.moc"
