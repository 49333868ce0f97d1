// The report library on the planner's golden scenarios: the Graphviz layout never puts
// two steps on top of each other, the PDF holds every step's technique and partner, and
// text from the database is escaped.
#include "TestSupport.h"

#include "planning/Plan.h"
#include "report/GraphLayout.h"
#include "report/PdfReport.h"
#include "report/ReportHtml.h"
#include "report/SvgExport.h"
#include "report/Timeline.h"

#include <QDir>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

using namespace pm;

namespace {

Request loadScenario(const QString &name)
{
    auto request = Request::fromJson(test::readFile(test::dataPath(QStringLiteral("scenarios/%1/request.json").arg(name))));
    if (!request)
        qFatal("scenario %s: %s", qPrintable(name), qPrintable(request.error().text()));
    return *request;
}

QStringList scenarioNames()
{
    return QDir(test::dataPath(QStringLiteral("scenarios"))).entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
}

QString runTool(const QString &tool, const QStringList &args)
{
    QProcess p;
    p.start(tool, args);
    if (!p.waitForFinished(60000) || p.exitCode() != 0)
        return {};
    return QString::fromUtf8(p.readAllStandardOutput());
}

QString squeezed(QString text)
{
    // Whitespace and hyphens go: pdftotext joins "ex-" + "situ" at a line end as "exsitu".
    static const QRegularExpression space(QStringLiteral("[\\s\\-]+"));
    // NFKC: the PDF keeps ligatures ("ﬁ"), the plan spells the letters.
    return text.normalized(QString::NormalizationForm_KC).remove(space);
}

} // namespace

class TestPlanReport : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<test::BundledDatabase> m_db;

private slots:
    void initTestCase()
    {
        m_db = std::make_unique<test::BundledDatabase>();
        QVERIFY(!scenarioNames().isEmpty());
    }

    void layoutHasNoOverlaps_data()
    {
        QTest::addColumn<QString>("scenario");
        for (const QString &name : scenarioNames())
            QTest::newRow(qPrintable(name)) << name;
    }

    void layoutHasNoOverlaps()
    {
        QFETCH(QString, scenario);
        PlanOptions options;
        options.topN = 3;
        auto result = planRequest(loadScenario(scenario), m_db->matrix, options);
        QVERIFY2(result, qPrintable(result ? QString() : result.error().text()));
        if (result->plans.isEmpty())
            QSKIP("the scenario has no plan");
        for (const Plan &plan : result->plans) {
            auto layout = report::layoutPlan(plan, &m_db->matrix);
            QVERIFY2(layout, qPrintable(layout ? QString() : layout.error().text()));
            QCOMPARE(layout->nodes.size(), plan.steps.size());
            QCOMPARE(layout->edges.size(), plan.edges.size());
            QCOMPARE(layout->clusters.size(), plan.samples.size());
            for (int i = 0; i < layout->nodes.size(); ++i) {
                const QRectF a = layout->nodes[i].rect;
                QVERIFY(!a.isEmpty());
                QVERIFY2(layout->bounds.adjusted(-1, -1, 1, 1).contains(a), qPrintable(layout->nodes[i].stepId));
                for (int j = i + 1; j < layout->nodes.size(); ++j)
                    QVERIFY2(!a.intersects(layout->nodes[j].rect),
                             qPrintable(QStringLiteral("plan %1: %2 overlaps %3").arg(plan.rank).arg(layout->nodes[i].stepId, layout->nodes[j].stepId)));
            }
            // Every edge runs from its source box to its target box.
            for (const report::LaidOutEdge &e : layout->edges) {
                QVERIFY(!e.path.isEmpty());
                const QRectF from = layout->node(e.from)->rect.adjusted(-3, -3, 3, 3);
                const QRectF to = layout->node(e.to)->rect.adjusted(-3, -3, 3, 3);
                QVERIFY2(from.contains(e.path.pointAtPercent(0)), qPrintable(e.from));
                const QPointF end = e.arrowHead.isEmpty() ? e.path.pointAtPercent(1) : e.arrowHead.first();
                QVERIFY2(to.contains(end), qPrintable(e.to));
            }
            // Each sample's frame holds its steps.
            for (const report::LaidOutCluster &c : layout->clusters)
                for (const PlanSample &s : plan.samples)
                    if (s.id == c.sampleId)
                        for (const QString &stepId : s.steps)
                            QVERIFY(c.rect.contains(layout->node(stepId)->rect));
        }
    }

    void svgHoldsEveryStep()
    {
        auto result = planRequest(loadScenario(QStringLiteral("two-destructive-techniques")), m_db->matrix);
        QVERIFY(result && !result->plans.isEmpty());
        auto layout = report::layoutPlan(result->plans.first(), &m_db->matrix);
        QVERIFY(layout);
        const QString svg = QString::fromUtf8(report::graphToSvg(*layout, QStringLiteral("t")));
        QVERIFY(svg.contains(QStringLiteral("<svg")));
        for (const report::LaidOutNode &n : layout->nodes)
            QVERIFY2(svg.contains(n.title.toHtmlEscaped()), qPrintable(n.title));
    }

    void timelineCoversThePlan()
    {
        auto result = planRequest(loadScenario(QStringLiteral("two-destructive-techniques")), m_db->matrix);
        QVERIFY(result && !result->plans.isEmpty());
        const Plan &plan = result->plans.first();
        const report::Timeline t = report::buildTimeline(plan, &m_db->matrix, QDate(2026, 11, 23));
        QCOMPARE(t.bars.size(), plan.steps.size());
        QVERIFY(t.totalDays >= plan.durationDays);
        for (const report::TimelineBar &b : t.bars) {
            QVERIFY(b.readyDay <= b.startDay);
            QVERIFY(b.startDay <= b.endDay);
            QVERIFY(b.endDay <= b.postEndDay);
            QVERIFY(b.postEndDay <= t.totalDays + 1e-9);
        }
        QVERIFY(t.weekCount() * 7 >= t.totalDays);
    }

    // Issue 18, 4: the timeline's legend explains every mark it draws: the red border of a step
    // that uses up its sample only when there is one, the shaded weeks always.
    void timelineLegendExplainsEveryMark()
    {
        for (const QString &name : {QStringLiteral("two-destructive-techniques"), QStringLiteral("low-cost-laboratory")}) {
            auto result = planRequest(loadScenario(name), m_db->matrix);
            QVERIFY(result && !result->plans.isEmpty());
            report::PlanReportInput input;
            input.request = loadScenario(name);
            input.result = *result;
            input.matrix = &m_db->matrix;
            input.startDate = QDate(2026, 11, 23);
            const report::Timeline t = report::buildTimeline(result->plans.first(), &m_db->matrix, input.startDate);
            const bool destructive = std::any_of(t.bars.begin(), t.bars.end(), [](const report::TimelineBar &b) { return b.destructive; });
            QTemporaryDir dir;
            const QString path = dir.filePath(QStringLiteral("legend.pdf"));
            QVERIFY(report::writePlanPdf(path, input));
            const QString text = squeezed(runTool(QStringLiteral("pdftotext"), {QStringLiteral("-raw"), path, QStringLiteral("-")}));
            QVERIFY2(text.contains(squeezed(QStringLiteral("shaded: every other week"))), qPrintable(name));
            QCOMPARE(text.contains(squeezed(QStringLiteral("red border: the step uses up its sample"))), destructive);
            if (name.startsWith(u"two-destructive"))
                QVERIFY(destructive); // the scenario's point: the check above saw the key drawn
        }
    }

    void databaseTextIsEscaped()
    {
        Request request = loadScenario(QStringLiteral("low-cost-laboratory"));
        request.title = QStringLiteral("<script>alert(1)</script> & co");
        request.sample.material = QStringLiteral("<b>NMC</b>");
        report::PlanReportInput input;
        input.request = request;
        Rejection r;
        r.partner = QStringLiteral("<i>Lab</i>");
        r.technique = QStringLiteral("XRD");
        r.observable = QStringLiteral("crystal structure");
        r.reason = QStringLiteral("needs <2 mm");
        input.result.rejected << r;
        const QString html = report::coverHtml(input) + report::rejectionsHtml(input);
        QVERIFY(!html.contains(QStringLiteral("<script>")));
        QVERIFY(!html.contains(QStringLiteral("<b>NMC")));
        QVERIFY(!html.contains(QStringLiteral("<i>Lab")));
        QVERIFY(html.contains(QStringLiteral("&lt;script&gt;alert(1)&lt;/script&gt; &amp; co")));
        QVERIFY(html.contains(QStringLiteral("needs &lt;2 mm")));
    }

    // A plan that ends after the wished-for deadline says so on the cover (and in the PDF);
    // one that ends before does not. The ROI note is shown with its observable.
    void deadlineAndRoiNoteOnTheCover()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
            QFAIL("pdftotext (poppler-utils) is needed: scripts/setup.sh installs it");
        report::PlanReportInput input;
        input.request = loadScenario(QStringLiteral("two-destructive-techniques"));
        input.request.observables[0].roiNote = QStringLiteral("laser mark <A>");
        auto result = planRequest(input.request, m_db->matrix);
        QVERIFY(result && !result->plans.isEmpty());
        input.result = *result;
        input.matrix = &m_db->matrix;
        input.startDate = QDate(2026, 11, 23);
        const report::Timeline t = report::buildTimeline(result->plans.first(), &m_db->matrix, input.startDate);
        const QDate end = t.dateOf(t.totalDays);

        input.request.deadline = end.addDays(1);
        QString html = report::coverHtml(input);
        QVERIFY(!html.contains(QStringLiteral("after the wished-for deadline")));
        QVERIFY(html.contains(QStringLiteral("Results wanted by")));
        QVERIFY(html.contains(QStringLiteral("laser mark &lt;A&gt;")));

        input.request.deadline = end.addDays(-1);
        html = report::coverHtml(input);
        QVERIFY2(html.contains(QStringLiteral("after the wished-for deadline")), qPrintable(html));
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("late.pdf"));
        QVERIFY(report::writePlanPdf(path, input));
        const QString text = squeezed(runTool(QStringLiteral("pdftotext"), {path, QStringLiteral("-")}));
        QVERIFY2(text.contains(squeezed(QStringLiteral("after the wished-for deadline of %1").arg(QLocale().toString(input.request.deadline, QLocale::LongFormat)))),
                 qPrintable(text.left(800)));
        QVERIFY(text.contains(squeezed(QStringLiteral("laser mark <A>"))));
    }

    // Issue 13: a step kept although nothing says the offering takes the sample is flagged
    // "to confirm with the partner" in the report, with why; lab XRD at DTU (sample reuse No)
    // is not called destructive.
    void toConfirmAndDamageInTheReport()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
            QFAIL("pdftotext (poppler-utils) is needed: scripts/setup.sh installs it");
        report::PlanReportInput input;
        input.request = loadScenario(QStringLiteral("neutron-diffraction-to-confirm"));
        auto result = planRequest(input.request, m_db->matrix);
        QVERIFY(result && !result->plans.isEmpty());
        input.result = *result;
        input.matrix = &m_db->matrix;
        input.startDate = QDate(2026, 11, 23);
        const QString html = report::stepsHtml(input);
        QVERIFY2(html.contains(QStringLiteral("To confirm with the partner: the matrix does not say which samples ND at TUD takes")), qPrintable(html));
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("confirm.pdf"));
        QVERIFY(report::writePlanPdf(path, input));
        const QString text = squeezed(runTool(QStringLiteral("pdftotext"), {path, QStringLiteral("-")}));
        QVERIFY2(text.contains(squeezed(QStringLiteral("To confirm with the partner"))), qPrintable(text.left(1500)));

        report::PlanReportInput xrd;
        xrd.request = loadScenario(QStringLiteral("lab-xrd-not-destructive"));
        PlanOptions whole;
        whole.topN = 0; // the whole front
        auto xrdResult = planRequest(xrd.request, m_db->matrix, whole);
        QVERIFY(xrdResult);
        xrd.result = *xrdResult;
        xrd.matrix = &m_db->matrix;
        bool sawDtu = false;
        for (int i = 0; i < xrdResult->plans.size(); ++i)
            for (const Step *s : xrdResult->plans[i].measureSteps())
                if (s->partner == u"DTU" && s->technique.contains(QStringLiteral("lab XRD"))) {
                    sawDtu = true;
                    QVERIFY(!s->destructive);
                    QVERIFY(s->endsSample);
                    xrd.planIndex = i;
                    int destructive = 0;
                    for (const Step *t : xrdResult->plans[i].measureSteps())
                        destructive += t->destructive ? 1 : 0;
                    QCOMPARE(int(report::stepsHtml(xrd).count(QStringLiteral("(destructive)"))), destructive);
                }
        QVERIFY(sawDtu);
    }

    void pdfHoldsEveryStep_data()
    {
        QTest::addColumn<QString>("scenario");
        QTest::newRow("lno-bulk-spectroscopy") << QStringLiteral("lno-bulk-spectroscopy");
        QTest::newRow("lno-gr-ageing") << QStringLiteral("lno-gr-ageing");
        QTest::newRow("two-destructive-techniques") << QStringLiteral("two-destructive-techniques");
    }

    void pdfHoldsEveryStep()
    {
        QFETCH(QString, scenario);
        if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
            QFAIL("pdftotext (poppler-utils) is needed: scripts/setup.sh installs it");
        report::PlanReportInput input;
        input.request = loadScenario(scenario);
        auto result = planRequest(input.request, m_db->matrix);
        QVERIFY(result && !result->plans.isEmpty());
        input.result = *result;
        input.matrix = &m_db->matrix;
        input.startDate = QDate(2026, 11, 23);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("plan.pdf"));
        auto pages = report::writePlanPdf(path, input);
        QVERIFY2(pages, qPrintable(pages ? QString() : pages.error().text()));
        QVERIFY(*pages >= 5); // cover, graph, steps, timeline, rejections

        const QString info = runTool(QStringLiteral("pdfinfo"), {path});
        const auto m = QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)")).match(info);
        QVERIFY2(m.hasMatch(), qPrintable(info));
        QCOMPARE(m.captured(1).toInt(), *pages);

        const QString text = squeezed(runTool(QStringLiteral("pdftotext"), {path, QStringLiteral("-")}));
        QVERIFY(!text.isEmpty());
        QVERIFY(text.contains(squeezed(input.request.title)));
        for (const Step *s : result->plans.first().measureSteps()) {
            QVERIFY2(text.contains(squeezed(s->technique)), qPrintable(s->technique));
            QVERIFY2(text.contains(squeezed(s->partner)), qPrintable(s->partner));
        }
        for (const Rejection &r : result->rejected)
            QVERIFY2(text.contains(squeezed(r.reason)), qPrintable(r.reason));
    }
};

QTEST_MAIN(TestPlanReport)
#include "test_plan_report.moc"
