// The request wizard and the plan workspace, driven offscreen: walk the wizard to a plan,
// export it, validate steps (persisted, re-plan on refusal), drafts, mail drafts, clicks
// on the Pareto chart and the graph. With PROBEMATRIX_SCREENSHOTS=<folder> it also saves
// the screenshots of docs/images/.
#include "TestSupport.h"

#include "common/Dialogs.h"
#include "common/Settings.h"
#include "plan/CandidatePanel.h"
#include "plan/MailDraft.h"
#include "plan/ParetoChart.h"
#include "plan/PlanWorkspace.h"
#include "plan/RequestFile.h"
#include "plan/RequestWizard.h"
#include "plan/SampleFlowView.h"
#include "plan/StoredPlansDialog.h"
#include "plan/WizardAccessPage.h"
#include "plan/WizardPages.h"
#include "logbook/Logbook.h"
#include "planning/PlanExport.h"
#include "planning/PlanStore.h"
#include "store/Database.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QClipboard>
#include <QDateEdit>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QElapsedTimer>
#include <QPointer>
#include <QTimer>
#include <QJsonDocument>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QSpinBox>
#include <QLineEdit>
#include <QListWidget>
#include <QProcess>
#include <QPushButton>
#include <QRegularExpression>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTextBrowser>
#include <QUrlQuery>
#include <QtTest>

using namespace pm;
using namespace pm::ui;

namespace {

Request scenario(const QString &name)
{
    auto r = readRequestFile(test::dataPath(QStringLiteral("scenarios/%1/request.json").arg(name)));
    if (!r)
        qFatal("%s", qPrintable(r.error().text()));
    return *r;
}

QString pdfText(const QString &path)
{
    QProcess p;
    p.start(QStringLiteral("pdftotext"), {path, QStringLiteral("-")});
    p.waitForFinished(60000);
    static const QRegularExpression space(QStringLiteral("[\\s\\-]+"));
    return QString::fromUtf8(p.readAllStandardOutput()).normalized(QString::NormalizationForm_KC).remove(space);
}

QString squeezed(const QString &s)
{
    static const QRegularExpression space(QStringLiteral("[\\s\\-]+"));
    return QString(s).remove(space);
}

void checkObservable(QListWidget *list, const QString &name)
{
    for (int i = 0; i < list->count(); ++i)
        if (list->item(i)->data(Qt::UserRole).toString() == name) {
            list->item(i)->setCheckState(Qt::Checked);
            return;
        }
    QFAIL(qPrintable(QStringLiteral("observable %1 is not offered").arg(name)));
}

int rowOfStep(QTableWidget *steps, const QString &id)
{
    for (int r = 0; r < steps->rowCount(); ++r)
        if (steps->item(r, 0)->data(Qt::UserRole).toString() == id)
            return r;
    return -1;
}

void saveShot(QWidget *w, const QString &name)
{
    const QString dir = qEnvironmentVariable("PROBEMATRIX_SCREENSHOTS");
    if (dir.isEmpty())
        return;
    QDir().mkpath(dir);
    QApplication::processEvents();
    QVERIFY(w->grab().save(QDir(dir).filePath(name)));
}

} // namespace

class TestPlanUi : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<test::BundledDatabase> m_db;

    std::unique_ptr<PlanWorkspace> workspace()
    {
        auto ws = std::make_unique<PlanWorkspace>();
        ws->setDatabase(m_db->db.get());
        ws->setMatrix(&m_db->matrix);
        ws->resize(1400, 860);
        ws->show();
        return ws;
    }

private slots:
    void initTestCase()
    {
        m_db = std::make_unique<test::BundledDatabase>();
        MessageBox::setNonInteractive(true);
        PlanWorkspace::setUrlOpener([](const QUrl &) { return true; });
    }

    void init()
    {
        RequestDraft::discard();
        MessageBox::clearMessages();
    }

    void wizardWalksToAPlanAndExports()
    {
        auto ws = workspace();
        RequestWizard *wizard = ws->startWizard();
        QVERIFY(wizard);
        QVERIFY(wizard->isVisible());
        auto *observables = qobject_cast<ObservablesPage *>(wizard->page(RequestWizard::ObservablesPageId));
        QVERIFY(!wizard->button(QWizard::NextButton)->isEnabled()); // nothing chosen yet
        // Searching by synonym-free text filters the list.
        observables->search()->setText(QStringLiteral("cracking"));
        int visible = 0;
        for (int i = 0; i < observables->list()->count(); ++i)
            visible += observables->list()->item(i)->isHidden() ? 0 : 1;
        QVERIFY(visible >= 1 && visible < observables->list()->count());
        observables->search()->clear();
        checkObservable(observables->list(), QStringLiteral("particle cracking"));
        checkObservable(observables->list(), QStringLiteral("SEI thickness"));
        QCOMPARE(wizard->request().observables.size(), 2);
        QVERIFY(wizard->button(QWizard::NextButton)->isEnabled());
        auto *panel = wizard->findChild<CandidatePanel *>();
        QVERIFY(panel->remaining(QStringLiteral("particle cracking")) > 0);
        saveShot(wizard, QStringLiteral("wizard-1-observables.png"));

        wizard->next();
        QCOMPARE(wizard->currentId(), int(RequestWizard::SamplePageId));
        auto *shape = wizard->currentPage()->findChild<QComboBox *>();
        shape->setCurrentIndex(shape->findData(QStringLiteral("electrode")));
        const auto edits = wizard->currentPage()->findChildren<QLineEdit *>();
        QTest::keyClicks(edits.first(), QStringLiteral("Cracking & SEI <check>"));
        QCOMPARE(wizard->request().title, QStringLiteral("Cracking & SEI <check>"));
        QTest::keyClicks(edits.at(1), QStringLiteral("LiNiO2 / graphite, LP57"));
        QCOMPARE(wizard->request().sample.material, QStringLiteral("LiNiO2 / graphite, LP57"));
        // Where the material is: a partner, or one site of a partner with several (issue 13).
        QComboBox *origin = nullptr;
        for (QComboBox *box : wizard->currentPage()->findChildren<QComboBox *>())
            if (box->findData(QStringLiteral("CNRS")) >= 0)
                origin = box;
        QVERIFY(origin);
        const int bordeaux = origin->findData(QStringLiteral("cnrs-bordeaux"));
        QVERIFY(bordeaux > 0);
        QVERIFY(origin->itemText(bordeaux).contains(QStringLiteral("Bordeaux")));
        QCOMPARE(origin->findData(QStringLiteral("esrf")), -1); // one site: the partner is enough
        origin->setCurrentIndex(bordeaux);
        QCOMPARE(wizard->request().origin, QStringLiteral("cnrs-bordeaux"));
        origin->setCurrentIndex(0);
        QVERIFY(wizard->request().origin.isEmpty());
        // The electrochemical history (issue 18 section 5): 100 cycles at C/2 go with the request,
        // and the page says what they mean for the plan; 0 cycles is "as prepared".
        auto *cycles = wizard->currentPage()->findChild<QSpinBox *>();
        auto *cRate = wizard->currentPage()->findChild<QDoubleSpinBox *>();
        QVERIFY(cycles && cRate);
        QVERIFY(!cRate->isEnabled());
        cycles->setFocus();
        cycles->selectAll();
        QTest::keyClicks(cycles, QStringLiteral("100"));
        QCOMPARE(wizard->request().sample.history.cycles, 100);
        QCOMPARE(wizard->request().sample.history.cRate, 0.5);
        QVERIFY(cRate->isEnabled());
        bool explained = false;
        for (QLabel *label : wizard->currentPage()->findChildren<QLabel *>())
            explained = explained || (label->text().contains(QStringLiteral("16.7 days")) && label->text().contains(QStringLiteral("during them")));
        QVERIFY(explained);
        saveShot(wizard, QStringLiteral("wizard-2-sample.png"));
        cycles->setValue(0);
        QVERIFY(!wizard->request().sample.history.isSet());
        wizard->next();
        auto *roi = qobject_cast<RoiPage *>(wizard->currentPage());
        auto *roiChoice = qobject_cast<QComboBox *>(roi->table()->cellWidget(0, 1));
        roiChoice->setCurrentIndex(roiChoice->findData(int(RegionOfInterest::Random)));
        QCOMPARE(wizard->request().observables[0].roi, RegionOfInterest::Random);
        saveShot(wizard, QStringLiteral("wizard-3-roi.png"));
        wizard->next();
        auto *operando = qobject_cast<OperandoPage *>(wizard->currentPage());
        auto *mode = qobject_cast<QComboBox *>(operando->table()->cellWidget(1, 1));
        mode->setCurrentIndex(mode->findData(int(RequestMode::ExSitu)));
        QCOMPARE(wizard->request().observables[1].mode, RequestMode::ExSitu);
        saveShot(wizard, QStringLiteral("wizard-4-operando.png"));
        wizard->next();
        auto *correlations = qobject_cast<CorrelationsPage *>(wizard->currentPage());
        for (int i = 0; i < correlations->observables()->count(); ++i)
            correlations->observables()->item(i)->setCheckState(Qt::Checked);
        correlations->type()->setCurrentIndex(correlations->type()->findData(3));
        correlations->addGroup();
        QCOMPARE(wizard->request().correlations.size(), 1);
        QCOMPARE(wizard->request().correlations.first().type, 3);
        saveShot(wizard, QStringLiteral("wizard-5-correlations.png"));
        wizard->next();
        QCOMPARE(wizard->currentId(), int(RequestWizard::PriorityPageId));
        qobject_cast<PriorityPage *>(wizard->currentPage())->chooseQuadrant(3); // low fidelity, low cost
        QCOMPARE(wizard->request().fidelity, 0);
        QCOMPARE(wizard->request().cost, 0);
        saveShot(wizard, QStringLiteral("wizard-6-fidelity-cost.png"));
        // Access and material (issue 13): routes held, material per sample, preparation.
        wizard->next();
        QCOMPARE(wizard->currentId(), int(RequestWizard::AccessPageId));
        auto *access = qobject_cast<AccessPage *>(wizard->currentPage());
        QVERIFY(access);
        access->routes().last()->setChecked(true); // long-term / HUB
        QCOMPARE(wizard->request().accessRoutes, QList<AccessRoute>{AccessRoute::LongTerm});
        QTest::keyClicks(access->amount(), QStringLiteral("5 kg"));
        QVERIFY(!access->isComplete()); // an amount the planner would refuse is not written
        QVERIFY(access->amountProblem()->text().contains(QStringLiteral("unknown unit")));
        QVERIFY(!wizard->request().availableAmount);
        access->amount()->clear();
        QTest::keyClicks(access->amount(), QStringLiteral("2 g"));
        QVERIFY(access->isComplete());
        QCOMPARE(wizard->request().availablePerSample(), (SampleAmount{2000, AmountUnit::Milligram}));
        access->preparation()->setCurrentIndex(1);
        QVERIFY(wizard->request().modifiedSample);
        saveShot(wizard, QStringLiteral("wizard-7-access.png"));
        QVERIFY(QFile::exists(RequestDraft::path())); // drafts are saved while filling
        wizard->button(QWizard::FinishButton)->click();
        QTRY_VERIFY(!ws->result().plans.isEmpty());
        // Issue 18 §3: plans that differ never show the same fidelity (three decimals when two would tie).
        for (int a = 0; a < ws->result().plans.size(); ++a)
            for (int b = a + 1; b < ws->result().plans.size(); ++b)
                if (QString::number(ws->result().plans[a].fidelity, 'f', 3) != QString::number(ws->result().plans[b].fidelity, 'f', 3))
                    QVERIFY(ws->plansTable()->item(a, 1)->text() != ws->plansTable()->item(b, 1)->text());
        // The list says how it is ordered, with the request's weights (low fidelity, low cost
        // chosen above: fidelity 0.5, cost 2), and its columns explain themselves.
        QVERIFY2(ws->rankingNote()->text().contains(QStringLiteral("fidelity (weight 0.5), low cost (2)")), qPrintable(ws->rankingNote()->text()));
        QCOMPARE(ws->plansTable()->horizontalHeaderItem(4)->text(), QStringLiteral("Plan type"));
        QVERIFY(ws->plansTable()->horizontalHeaderItem(2)->toolTip().contains(QStringLiteral("one cheap laboratory measurement")));
        {
            Plan p1, p2, p3;
            p1.fidelity = 0.704;
            p2.fidelity = 0.701;
            p3.fidelity = 0.72;
            QCOMPARE(fidelityDecimals({p1, p3}), 2);
            QCOMPARE(fidelityDecimals({p1, p2, p3}), 3);
            QCOMPARE(fidelityDecimals({p1, p1}), 2); // a true tie stays a tie
        }
        QVERIFY(!QFile::exists(RequestDraft::path())); // planned: the draft is gone
        QVERIFY(ws->currentPlanId() > 0);             // stored with the request

        // Exports through the file-dialog seam.
        QTemporaryDir dir;
        const QList<QAction *> actions = ws->fileActions(); // open, save, pdf, csv, json, dot, svg, print
        const QStringList names{QStringLiteral("request.pmreq"), QStringLiteral("plan.pdf"), QStringLiteral("steps.csv"),
                                QStringLiteral("plans.json"), QStringLiteral("graph.dot"), QStringLiteral("graph.svg")};
        for (int i = 0; i < names.size(); ++i) {
            FileDialog::setNextFileName(dir.filePath(names[i]));
            actions[i + 1]->trigger();
            QVERIFY2(QFileInfo(dir.filePath(names[i])).size() > 0, qPrintable(names[i]));
        }
        // Issue 18 §4: the workspace says where the last export went, with a way there, and
        // the next dialog starts in that folder with a name from the request's title.
        QVERIFY(ws->exportNote()->isVisible());
        saveShot(ws.get(), QStringLiteral("workspace-export-note.png"));
        QVERIFY(ws->exportNote()->text().contains(QStringLiteral("graph.svg")));
        QVERIFY(ws->exportNote()->text().contains(QDir::toNativeSeparators(dir.path()).toHtmlEscaped()));
        QUrl openedFolder;
        PlanWorkspace::setUrlOpener([&](const QUrl &url) {
            openedFolder = url;
            return true;
        });
        emit ws->exportNote()->linkActivated(QStringLiteral("folder"));
        PlanWorkspace::setUrlOpener([](const QUrl &) { return true; });
        QCOMPARE(openedFolder, QUrl::fromLocalFile(QDir(dir.path()).absolutePath()));
        QCOMPARE(Settings::value(settings::LastDirectory), QDir(dir.path()).absolutePath());
        QCOMPARE(suggestedFileName(ws->request().title, QStringLiteral("pdf")), QStringLiteral("Cracking & SEI check.pdf")); // "<", ">" go
        QCOMPARE(suggestedFileName(QStringLiteral("SEI: growth / 100 cycles?"), QStringLiteral("pdf")), QStringLiteral("SEI growth 100 cycles.pdf"));
        QCOMPARE(suggestedFileName(QStringLiteral("  "), QStringLiteral("csv")), QStringLiteral("plan.csv"));
        QCOMPARE(suggestedFileName(QString(200, u'x'), QStringLiteral("json")).size(), 65);

        auto saved = readRequestFile(dir.filePath(QStringLiteral("request.pmreq")));
        QVERIFY(saved);
        QCOMPARE(saved->title, ws->request().title);
        QVERIFY(test::readFile(dir.filePath(QStringLiteral("graph.svg"))).contains("<svg"));
        QVERIFY(test::readFile(dir.filePath(QStringLiteral("graph.dot"))).startsWith("digraph"));
        const QString text = pdfText(dir.filePath(QStringLiteral("plan.pdf")));
        QVERIFY(text.contains(squeezed(QStringLiteral("Cracking & SEI <check>"))));
        for (const Step *s : ws->currentPlan()->measureSteps()) {
            QVERIFY2(text.contains(squeezed(s->technique)), qPrintable(s->technique));
            QVERIFY(text.contains(squeezed(s->partner)));
        }
    }

    void workspaceShowsPlansAndReactsToClicks()
    {
        auto ws = workspace();
        QVERIFY(ws->openRequest(scenario(QStringLiteral("lno-bulk-spectroscopy"))));
        QVERIFY(ws->waitForPlanning()); // planned on a worker thread
        QVERIFY(ws->result().plans.size() >= 2);
        QCOMPARE(ws->currentPlanIndex(), 0);
        QTest::qWait(50);
        // Clicking a bubble of the Pareto chart selects that plan.
        ParetoChart *chart = ws->paretoChart();
        const int target = chart->planAt(chart->bubbleCenter(1)) >= 0 ? chart->planAt(chart->bubbleCenter(1)) : 1;
        QTest::mouseClick(chart, Qt::LeftButton, {}, chart->bubbleCenter(1).toPoint());
        QCOMPARE(ws->currentPlanIndex(), target);
        // Clicking a measurement in the graph shows its offering.
        const Step *measure = ws->currentPlan()->measureSteps().first();
        SampleFlowView *graph = ws->graphView();
        QTest::mouseClick(graph->viewport(), Qt::LeftButton, {}, graph->stepPosition(measure->id));
        QCOMPARE(graph->selectedStep(), measure->id);
        QVERIFY(ws->details()->toPlainText().contains(measure->partner));
        // Steps, rejections and the requirement/practical outputs are filled.
        QCOMPARE(ws->stepsTable()->rowCount(), ws->currentPlan()->steps.size());
        QCOMPARE(ws->rejectionsTable()->rowCount(), ws->result().rejected.size());

        ws->tabs()->setCurrentIndex(PlanWorkspace::GraphTab);
        saveShot(ws.get(), QStringLiteral("plan-graph.png"));
        ws->tabs()->setCurrentIndex(PlanWorkspace::TimelineTab);
        saveShot(ws.get(), QStringLiteral("plan-timeline.png"));
        ws->tabs()->setCurrentIndex(PlanWorkspace::PracticalTab);
        saveShot(ws.get(), QStringLiteral("plan-practical.png"));
        ws->tabs()->setCurrentIndex(PlanWorkspace::RejectionsTab);
        saveShot(ws.get(), QStringLiteral("plan-rejected.png"));
    }

    // Issue 14: the 14-observable pouch-cell request runs for minutes. Planning it must not
    // block the window: the event loop ticks at least every 100 ms while the worker searches,
    // the best plans so far appear with the counters and the gap, Cancel returns within
    // 200 ms keeping the plans with their gap, Keep searching starts again, and closing the
    // window mid-search stops the worker cleanly.
    void searchNeverBlocksTheWindow()
    {
        auto request = readRequestFile(test::dataPath(QStringLiteral("issue14-pouch-14.json")));
        QVERIFY(request);
        auto ws = workspace();
        ws->setPlanningTimeLimitMs(0); // until cancelled
        QElapsedTimer sinceTick;
        qint64 longestPause = 0;
        QTimer ticker;
        ticker.setInterval(10);
        connect(&ticker, &QTimer::timeout, this, [&] {
            longestPause = std::max(longestPause, sinceTick.restart());
        });
        QVERIFY(ws->openRequest(*request));
        QVERIFY(ws->isPlanning());
        QVERIFY(ws->searchBar()->isVisible());
        QVERIFY(ws->cancelButton()->isVisible());
        sinceTick.start();
        ticker.start();
        QTest::qWait(2000);
        ticker.stop();
        QVERIFY2(ws->isPlanning(), "the request should take minutes");
        QVERIFY2(longestPause < 100, qPrintable(QStringLiteral("the event loop paused %1 ms").arg(longestPause)));
        // Snapshots: counters, the gap, and the plans found so far in the table.
        const QString status = ws->searchStatus()->text();
        QVERIFY2(status.contains(QStringLiteral("nodes")) && status.contains(QStringLiteral("gap")), qPrintable(status));
        QVERIFY(ws->plansTable()->rowCount() > 0);
        saveShot(ws.get(), QStringLiteral("plan-searching.png"));

        QElapsedTimer cancelled;
        cancelled.start();
        QTest::mouseClick(ws->cancelButton(), Qt::LeftButton);
        while (ws->isPlanning() && cancelled.elapsed() < 5000)
            QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
        const qint64 cancelMs = cancelled.elapsed();
        qInfo("cancel returned in %lld ms", cancelMs);
        QVERIFY2(cancelMs < 200, qPrintable(QStringLiteral("cancel took %1 ms").arg(cancelMs)));
        QVERIFY(!ws->result().complete);
        QVERIFY(!ws->result().plans.isEmpty());
        QVERIFY(ws->result().gap() > 0);
        QVERIFY(ws->currentPlan());
        for (const Plan &p : ws->result().plans)
            QVERIFY(p.fidelityBound >= p.fidelity);
        QVERIFY(ws->searchStatus()->text().contains(QStringLiteral("gap")));
        QVERIFY(ws->findChild<QLabel *>(QStringLiteral("planHeadline"))->text().contains(QStringLiteral("gap")));
        QVERIFY(ws->keepSearchingButton()->isVisible());
        QVERIFY(!ws->cancelButton()->isVisible());
        saveShot(ws.get(), QStringLiteral("plan-cancelled.png"));

        // Keep searching starts a new search from the plans found so far: its snapshots never
        // show a best plan worse than the one the cancelled search had. Closing the window
        // during it stops it cleanly.
        double bestBefore = 0;
        for (const Plan &p : ws->result().plans)
            bestBefore = std::max(bestBefore, p.fidelity);
        QTest::mouseClick(ws->keepSearchingButton(), Qt::LeftButton);
        QVERIFY(ws->isPlanning());
        QTest::qWait(600); // two snapshots (every 250 ms)
        double bestNow = 0;
        for (const Plan &p : ws->result().plans)
            bestNow = std::max(bestNow, p.fidelity);
        QVERIFY2(bestNow >= bestBefore, qPrintable(QStringLiteral("%1 after Keep searching, %2 before").arg(bestNow).arg(bestBefore)));
        QPointer<PlanWorkspace> window = ws.release();
        window->setAttribute(Qt::WA_DeleteOnClose);
        QElapsedTimer closing;
        closing.start();
        QVERIFY(window->close());
        QTRY_VERIFY(window.isNull());
        QVERIFY2(closing.elapsed() < 1000, qPrintable(QStringLiteral("closing took %1 ms").arg(closing.elapsed())));
    }

    void validationPersistsAndRefusalReplans()
    {
        auto ws = workspace();
        QVERIFY(ws->openRequest(scenario(QStringLiteral("two-destructive-techniques"))));
        QVERIFY(ws->waitForPlanning()); // planned on a worker thread
        const QList<const Step *> measures = ws->currentPlan()->measureSteps();
        QVERIFY(measures.size() >= 2);
        const Step accepted = *measures[0];
        const Step refused = *measures[1];
        const qint64 planId = ws->currentPlanId();

        // Accept through the Steps tab's button.
        ws->tabs()->setCurrentIndex(PlanWorkspace::StepsTab);
        ws->stepsTable()->selectRow(rowOfStep(ws->stepsTable(), accepted.id));
        ws->findChild<QPushButton *>(QStringLiteral("acceptStep"))->click();
        QCOMPARE(ws->stepStatus(accepted.id), StepStatus::Accepted);
        auto stored = planstore::stepStatuses(*m_db->db, planId);
        QVERIFY(stored);
        QCOMPARE(stored->value(accepted.id), StepStatus::Accepted);
        // Not a measurement: refused with a reason.
        const QString prepare = ws->currentPlan()->steps.first().id;
        QVERIFY(!ws->setStepStatus(prepare, StepStatus::Accepted));

        // Refuse the other: the workspace offers a re-plan; yes.
        const Plan before = *ws->currentPlan();
        MessageBox::setNextAnswer(QMessageBox::Yes);
        QVERIFY(ws->setStepStatus(refused.id, StepStatus::Refused));
        QVERIFY(ws->waitForPlanning()); // the re-plan runs on a worker thread too
        QVERIFY(ws->currentPlanId() != planId); // a new stored outcome
        bool acceptedKept = false;
        for (const Step *s : ws->currentPlan()->measureSteps()) {
            QVERIFY2(s->offeringId != refused.offeringId, "the refused offering must not come back");
            if (s->offeringId == accepted.offeringId) {
                acceptedKept = true;
                // Accepted when what was accepted is unchanged, else flagged (issue 18).
                const bool same = contentChanges(decidedContent(before, accepted), decidedContent(*ws->currentPlan(), *s)).isEmpty();
                QCOMPARE(ws->stepStatus(s->id), same ? StepStatus::Accepted : StepStatus::Changed);
            }
        }
        QVERIFY(acceptedKept);
    }

    // Issue 18, 1 and 2 in the workspace: the SEI session. The details pane follows the plan;
    // accept XPS, refuse TEM, re-plan: every new plan's XPS is accepted only if unchanged,
    // otherwise "changed since accepted" with the change in its status; the changes against
    // the plan refused in part are shown; the headline names the origin.
    void replanShowsChangesAndKeepsDecisionsHonest()
    {
        auto ws = workspace();
        auto request = Request::fromJson(R"({"title": "SEI on graphite", "origin": "CEA",
            "sample": {"shape": "electrode", "material": "graphite", "air_sensitive": true},
            "observables": [{"name": "SEI composition", "mode": "ex-situ"}, {"name": "SEI thickness", "mode": "ex-situ"},
                            {"name": "particle morphology", "mode": "ex-situ"}],
            "correlations": [{"observables": ["SEI composition", "particle morphology"], "type": 2}],
            "fidelity": "medium", "cost": "low"})");
        QVERIFY(request);
        QVERIFY(ws->openRequest(*request));
        QVERIFY(ws->waitForPlanning());
        auto measureOf = [](const Plan &p, const QString &abbreviation) -> const Step * {
            for (const Step *s : p.measureSteps())
                if (s->technique.contains(QStringLiteral("(%1)").arg(abbreviation)))
                    return s;
            return nullptr;
        };
        int index = -1;
        for (int i = 0; i < ws->result().plans.size(); ++i)
            if (const Step *x = measureOf(ws->result().plans[i], QStringLiteral("XPS"));
                x && x->observables == QStringList{QStringLiteral("SEI composition")} && measureOf(ws->result().plans[i], QStringLiteral("TEM")))
                index = i;
        QVERIFY(index >= 0);
        ws->selectPlan(index);
        const Step xps = *measureOf(*ws->currentPlan(), QStringLiteral("XPS"));
        const Step tem = *measureOf(*ws->currentPlan(), QStringLiteral("TEM"));
        QVERIFY(!ws->changesView()->isVisible()); // not a re-plan

        // Section 2: the pane below the graph shows a step of the shown plan only.
        emit ws->graphView()->stepClicked(tem.id);
        QCOMPARE(ws->detailsStepId(), tem.id);
        QVERIFY(ws->details()->toPlainText().contains(QStringLiteral("TEM")));
        ws->selectPlan(index == 0 ? 1 : 0);
        QVERIFY(ws->detailsStepId().isEmpty());
        QVERIFY(ws->details()->toPlainText().isEmpty());
        ws->selectPlan(index);
        emit ws->graphView()->stepClicked(tem.id);
        QCOMPARE(ws->detailsStepId(), tem.id);

        // The e-mail: CEA's contact is a web page (sites.json), not an address: said, and the
        // text offered to copy, with the Steps table's dates.
        ws->tabs()->setCurrentIndex(PlanWorkspace::StepsTab);
        const int xpsRow = rowOfStep(ws->stepsTable(), xps.id);
        ws->stepsTable()->selectRow(xpsRow);
        QVERIFY(ws->mailButton()->isEnabled());
        QVERIFY2(ws->mailButton()->toolTip().contains(QStringLiteral("web page")), qPrintable(ws->mailButton()->toolTip()));
        QGuiApplication::clipboard()->clear();
        MessageBox::clearMessages();
        MessageBox::setNextAnswer(QMessageBox::Yes);
        ws->mailButton()->click();
        QVERIFY2(MessageBox::lastMessages().join(u' ').contains(QStringLiteral("web page, not an e-mail address")), qPrintable(MessageBox::lastMessages().join(u' ')));
        const QString copied = QGuiApplication::clipboard()->text();
        const QString tableDate = ws->stepsTable()->item(xpsRow, 4)->text();
        QVERIFY2(copied.contains(QStringLiteral("Planned: %1 to ").arg(tableDate)), qPrintable(copied + QStringLiteral(" / ") + tableDate));
        QVERIFY(!copied.contains(QStringLiteral("from day")));

        // Accept XPS, refuse TEM, re-plan.
        ws->findChild<QPushButton *>(QStringLiteral("acceptStep"))->click();
        QCOMPARE(ws->stepStatus(xps.id), StepStatus::Accepted);
        const Plan before = *ws->currentPlan();
        const DecidedContent agreed = decidedContent(before, xps);
        MessageBox::setNextAnswer(QMessageBox::Yes);
        QVERIFY(ws->setStepStatus(tem.id, StepStatus::Refused));
        QVERIFY(ws->waitForPlanning());
        QVERIFY(ws->detailsStepId().isEmpty()); // the step was re-planned away
        QVERIFY(ws->details()->toPlainText().isEmpty());
        int flagged = -1, kept = -1;
        for (int i = 0; i < ws->result().plans.size(); ++i) {
            ws->selectPlan(i);
            const Plan &p = *ws->currentPlan();
            QCOMPARE(p.startDate, before.startDate); // the campaign's calendar
            const QString headline = ws->findChild<QLabel *>(QStringLiteral("planHeadline"))->text();
            QVERIFY2(headline.contains(QStringLiteral("Re-plan of plan %1 after refusal of %2 (").arg(before.rank).arg(tem.id)), qPrintable(headline));
            QVERIFY(ws->changesView()->isVisible());
            const QString changes = ws->changesView()->text();
            QVERIFY2(changes.contains(QStringLiteral("replaced by")) || changes.contains(QStringLiteral("removed")), qPrintable(changes));
            QVERIFY2(changes.contains(QStringLiteral("Transmission electron microscopy (TEM) @ CEA")), qPrintable(changes));
            const Step *now = measureOf(p, QStringLiteral("XPS"));
            QVERIFY(now && now->offeringId == xps.offeringId);
            QCOMPARE(now->observables, xps.observables);
            const QList<ContentChange> moved = contentChanges(agreed, decidedContent(p, *now));
            const QString status = ws->stepsTable()->item(rowOfStep(ws->stepsTable(), now->id), 6)->text();
            if (moved.isEmpty()) {
                QCOMPARE(ws->stepStatus(now->id), StepStatus::Accepted);
                QCOMPARE(status, QStringLiteral("accepted"));
                kept = i;
            } else {
                QCOMPARE(ws->stepStatus(now->id), StepStatus::Changed);
                QVERIFY2(status.startsWith(QStringLiteral("changed since accepted\n")) && status.contains(changesText(moved)), qPrintable(status));
                flagged = i;
            }
        }
        QVERIFY(kept >= 0);
        ws->selectPlan(flagged >= 0 ? flagged : kept);
        ws->tabs()->setCurrentIndex(PlanWorkspace::StepsTab);
        saveShot(ws.get(), QStringLiteral("plan-replan-diff.png"));

        // Reopened from the database: the origin and the changes are still there.
        const qint64 requestId = ws->currentRequestId();
        PlanWorkspace again;
        again.setDatabase(m_db->db.get());
        again.setMatrix(&m_db->matrix);
        QVERIFY(again.openStoredRequest(requestId));
        const QString headline = again.findChild<QLabel *>(QStringLiteral("planHeadline"))->text();
        QVERIFY2(headline.contains(QStringLiteral("after refusal of %1 (").arg(tem.id)) && headline.contains(QStringLiteral("by %1").arg(m_db->db->userName())),
                 qPrintable(headline));
        QVERIFY(!again.planDiff().changes.isEmpty());
    }

    // The e-mail's recipient comes from the matrix; no contact: the button is disabled and
    // says why; no mail program: the text is offered to copy.
    void mailFollowsTheContact()
    {
        const Request request = scenario(QStringLiteral("two-destructive-techniques"));
        auto planned = planRequest(request, m_db->matrix);
        QVERIFY(planned);
        PlanResult result = *planned;
        result.plans = {result.plans.first()};
        const Step *first = result.plans.first().measureSteps().first();
        // A plan stored before contacts were kept: its first measurement has none, and the
        // offering's contact cell is empty in the matrix this window uses.
        Plan &plan = result.plans.first();
        for (Step &s : plan.steps)
            if (s.id == first->id)
                s.contact.clear();
        Matrix matrix = m_db->matrix;
        for (Offering &o : matrix.offerings)
            if (o.id == first->offeringId)
                o.contact.clear();
        auto id = planstore::saveOutcome(*m_db->db, request, result);
        QVERIFY(id);
        PlanWorkspace ws;
        ws.setDatabase(m_db->db.get());
        ws.setMatrix(&matrix);
        ws.show();
        QVERIFY(ws.openStoredRequest(*id));
        const QString stepId = ws.currentPlan()->measureSteps().first()->id;
        ws.stepsTable()->selectRow(rowOfStep(ws.stepsTable(), stepId));
        QVERIFY(!ws.mailButton()->isEnabled());
        QVERIFY2(ws.mailButton()->toolTip().contains(QStringLiteral("no contact")), qPrintable(ws.mailButton()->toolTip()));
        QVERIFY(!ws.mailPartner(stepId));

        // An address in the offering's contact cell: the draft goes to it...
        for (Offering &o : matrix.offerings)
            if (o.id == first->offeringId)
                o.contact = QStringLiteral("Lab desk <desk@lab.example.eu>");
        ws.stepsTable()->clearSelection();
        ws.stepsTable()->selectRow(rowOfStep(ws.stepsTable(), stepId));
        QVERIFY(ws.mailButton()->isEnabled());
        QUrl opened;
        PlanWorkspace::setUrlOpener([&](const QUrl &url) {
            opened = url;
            return true;
        });
        MessageBox::clearMessages();
        QVERIFY(ws.mailPartner(stepId));
        QCOMPARE(opened.path(), QStringLiteral("desk@lab.example.eu"));
        QVERIFY(MessageBox::lastMessages().isEmpty());
        // ...and with no mail program, the text is offered to copy.
        PlanWorkspace::setUrlOpener([](const QUrl &) { return false; });
        QGuiApplication::clipboard()->clear();
        MessageBox::setNextAnswer(QMessageBox::Yes);
        QVERIFY(ws.mailPartner(stepId));
        QVERIFY2(MessageBox::lastMessages().join(u' ').contains(QStringLiteral("No e-mail program")), qPrintable(MessageBox::lastMessages().join(u' ')));
        QVERIFY(QGuiApplication::clipboard()->text().contains(QStringLiteral("Please tell us whether you accept this step")));
        PlanWorkspace::setUrlOpener([](const QUrl &) { return true; });
    }

    // Validation goes on another day: a new window on the same database reopens the stored
    // plan with the statuses set so far (the restart), and a status set on a stale view is
    // refused, naming who changed it, then reloaded.
    void storedPlanReopensAfterRestart()
    {
        Request request = scenario(QStringLiteral("two-destructive-techniques"));
        request.title = QStringLiteral("Reopened <on Monday>");
        request.deadline = QDate::currentDate().addDays(1); // no plan ends tomorrow
        request.observables[0].roiNote = QStringLiteral("laser mark A");
        qint64 requestId = 0, planId = 0;
        QString accepted, other;
        QByteArray planJson;
        {
            auto first = workspace();
            QVERIFY(first->openRequest(request));
            QVERIFY(first->waitForPlanning()); // planned on a worker thread
            // Validate the second plan, so that reopening must find the plan being validated.
            QVERIFY(first->result().plans.size() >= 2);
            first->selectPlan(1);
            requestId = first->currentRequestId();
            planId = first->currentPlanId();
            accepted = first->currentPlan()->measureSteps().first()->id;
            other = first->currentPlan()->measureSteps().last()->id;
            QVERIFY(first->setStepStatus(accepted, StepStatus::Accepted));
            planJson = QJsonDocument(planToJson(*first->currentPlan())).toJson();
        } // the window is closed

        auto reopenedDb = Database::open(m_db->db->location());
        QVERIFY(reopenedDb);
        PlanWorkspace ws;
        ws.setDatabase(reopenedDb->get());
        ws.setMatrix(&m_db->matrix);
        ws.resize(1400, 860);
        ws.show();
        QVERIFY(ws.openStoredAction()->isEnabled());
        StoredPlansDialog::setNextChoice(requestId);
        ws.openStoredAction()->trigger();
        QCOMPARE(ws.currentRequestId(), requestId);
        QCOMPARE(ws.currentPlanId(), planId); // the plan being validated, not rank 1
        QCOMPARE(ws.request().title, request.title);
        const QString headline = ws.findChild<QLabel *>(QStringLiteral("planHeadline"))->text();
        QVERIFY2(headline.contains(QStringLiteral("reopened from the database")) && headline.contains(QStringLiteral("after the wished-for deadline")),
                 qPrintable(headline));
        QCOMPARE(QJsonDocument(planToJson(*ws.currentPlan())).toJson(), planJson);
        QCOMPARE(ws.stepStatus(accepted), StepStatus::Accepted);
        QCOMPARE(ws.statusRecords().value(accepted).version, 1);
        const int row = rowOfStep(ws.stepsTable(), accepted);
        QCOMPARE(ws.stepsTable()->item(row, 6)->text(), QStringLiteral("accepted"));
        // The deadline and the ROI note travel with the stored request.
        QVERIFY2(ws.planNotices().join(u' ').contains(QStringLiteral("after the wished-for deadline")), qPrintable(ws.planNotices().join(u' ')));
        bool noteShown = false;
        for (int r = 0; r < ws.stepsTable()->rowCount(); ++r)
            noteShown = noteShown || ws.stepsTable()->item(r, 2)->text().contains(QStringLiteral("laser mark A"));
        QVERIFY(noteShown);
        ws.tabs()->setCurrentIndex(PlanWorkspace::StepsTab);
        ws.stepsTable()->selectRow(rowOfStep(ws.stepsTable(), other));
        saveShot(&ws, QStringLiteral("plan-reopened.png"));

        // Meanwhile a partner's answer is entered on another desktop...
        auto elsewhere = Database::open(m_db->db->location());
        QVERIFY(elsewhere);
        QVERIFY(planstore::setStepStatus(**elsewhere, planId, other, StepStatus::Accepted, 0, QStringLiteral("by phone")));
        // ...so this window's view of that step is stale: refused, named, nothing overwritten.
        MessageBox::clearMessages();
        MessageBox::setNextAnswer(QMessageBox::No); // do not reload yet
        QVERIFY(!ws.setStepStatus(other, StepStatus::Refused));
        const QString shown = MessageBox::lastMessages().join(u'\n');
        QVERIFY2(shown.contains(QStringLiteral("changed in the meantime by %1").arg((*elsewhere)->userName())) && shown.contains(QStringLiteral("\"accepted\"")),
                 qPrintable(shown));
        QCOMPARE(planstore::stepStatuses(**elsewhere, planId)->value(other), StepStatus::Accepted);
        QCOMPARE(ws.stepStatus(other), StepStatus::Proposed); // not reloaded, as asked

        // The notification for the open plan (here delivered by hand: SQLite has no NOTIFY)
        // reloads the statuses and keeps the selected step.
        ws.applyRemoteChange(QStringLiteral("plan_step_status"), {planId + 1000});
        QCOMPARE(ws.stepStatus(other), StepStatus::Proposed); // another plan: nothing to do
        ws.applyRemoteChange(QStringLiteral("plan_step_status"), {planId});
        QCOMPARE(ws.stepStatus(other), StepStatus::Accepted);
        QCOMPARE(ws.statusRecords().value(other).version, 1);
        const QModelIndexList selected = ws.stepsTable()->selectionModel()->selectedRows();
        QCOMPARE(selected.size(), 1);
        QCOMPARE(ws.stepsTable()->item(selected.first().row(), 0)->data(Qt::UserRole).toString(), other);

        // With the version now shown, the change goes through.
        QVERIFY(ws.setStepStatus(other, StepStatus::Accepted));
        QCOMPARE(planstore::stepStatusRecords(**elsewhere, planId)->value(other).version, 2);

        // Reload offered and taken: the refusal is followed by the other user's status.
        QVERIFY(planstore::setStepStatus(**elsewhere, planId, accepted, StepStatus::Refused, 1));
        MessageBox::setNextAnswer(QMessageBox::Yes);
        QVERIFY(!ws.setStepStatus(accepted, StepStatus::Accepted));
        QCOMPARE(ws.stepStatus(accepted), StepStatus::Refused);
    }

    // A stored plan whose offering was deleted from the matrix since still opens; the
    // headline names the step.
    void storedPlanWithADeletedOffering()
    {
        auto first = workspace();
        QVERIFY(first->openRequest(scenario(QStringLiteral("two-destructive-techniques"))));
        QVERIFY(first->waitForPlanning()); // planned on a worker thread
        const qint64 requestId = first->currentRequestId();
        const Step gone = *first->currentPlan()->measureSteps().first();
        Matrix smaller = m_db->matrix;
        smaller.offerings.removeIf([&](const Offering &o) { return o.id == gone.offeringId; });
        PlanWorkspace ws;
        ws.setDatabase(m_db->db.get());
        ws.setMatrix(&smaller);
        QVERIFY(ws.openStoredRequest(requestId));
        QCOMPARE(ws.currentPlan()->step(gone.id)->offeringId, gone.offeringId);
        const QString notices = ws.planNotices().join(u' ');
        QVERIFY2(notices.contains(QStringLiteral("offering %1").arg(gone.offeringId)) && notices.contains(QStringLiteral("no longer in the matrix")),
                 qPrintable(notices));
    }

    void storedPlansDialogListsRequests()
    {
        auto list = planstore::storedRequests(*m_db->db);
        QVERIFY(list && !list->isEmpty());
        StoredPlansDialog dialog(*list);
        QCOMPARE(dialog.table()->rowCount(), list->size());
        QCOMPARE(dialog.selectedRequestId(), list->first().id);
        QCOMPARE(dialog.table()->item(0, 3)->text(), QString::number(list->first().planCount));
    }

    // The wizard writes the ROI note and the deadline into the request itself (so they are
    // saved, stored and shown with the plan).
    void wizardKeepsRoiNoteAndDeadline()
    {
        auto ws = workspace();
        RequestWizard *wizard = ws->startWizard(scenario(QStringLiteral("two-destructive-techniques")));
        QVERIFY(wizard);
        wizard->next();
        wizard->next();
        auto *roi = qobject_cast<RoiPage *>(wizard->currentPage());
        QVERIFY(roi);
        auto *choice = qobject_cast<QComboBox *>(roi->table()->cellWidget(0, 1));
        choice->setCurrentIndex(choice->findData(int(RegionOfInterest::Specific)));
        auto *note = qobject_cast<QLineEdit *>(roi->table()->cellWidget(0, 2));
        QVERIFY(note->isEnabled());
        QTest::keyClicks(note, QStringLiteral("x = 2 mm"));
        QCOMPARE(wizard->request().observables[0].roiNote, QStringLiteral("x = 2 mm"));
        while (wizard->currentId() != RequestWizard::PriorityPageId)
            wizard->next();
        QCheckBox *deadlineBox = nullptr;
        for (QCheckBox *c : wizard->currentPage()->findChildren<QCheckBox *>())
            if (c->text().contains(QStringLiteral("Results wanted by")))
                deadlineBox = c;
        QVERIFY(deadlineBox);
        deadlineBox->setChecked(true);
        auto *date = wizard->currentPage()->findChild<QDateEdit *>();
        date->setDate(QDate(2031, 5, 4));
        QCOMPARE(wizard->request().deadline, QDate(2031, 5, 4));
        auto draft = RequestDraft::load();
        QVERIFY(draft);
        QCOMPARE(draft->deadline, QDate(2031, 5, 4));
        QCOMPARE(draft->observables[0].roiNote, QStringLiteral("x = 2 mm"));
        wizard->close();
    }

    void mailDraftUsesValidatedPartsOnly()
    {
        QCOMPARE(firstEmailAddress(QStringLiteral("Dr. A. Curie <a.curie@lab.example.eu>, tel +33")), QStringLiteral("a.curie@lab.example.eu"));
        QCOMPARE(firstEmailAddress(QStringLiteral("call Bob")), QString());
        Step step;
        step.kind = StepKind::Measure;
        step.technique = QStringLiteral("XPS\r\nBcc: evil@spam.example");
        step.partner = QStringLiteral("CEA");
        step.observables = {QStringLiteral("SEI thickness")};
        Request request;
        request.title = QStringLiteral("SEI & co");
        const QUrl url = stepMailDraft(request, step, QStringLiteral("x@lab.example.eu?cc=evil@spam.example"), QDate(2026, 12, 14), QDate(2026, 12, 15));
        QCOMPARE(url.scheme(), QStringLiteral("mailto"));
        QCOMPARE(url.path(), QStringLiteral("x@lab.example.eu"));
        const QUrlQuery query(url);
        QVERIFY(!query.hasQueryItem(QStringLiteral("cc")));
        QVERIFY(!query.hasQueryItem(QStringLiteral("bcc")));
        QVERIFY(!query.hasQueryItem(QStringLiteral("Bcc")));
        QVERIFY(query.queryItemValue(QStringLiteral("subject"), QUrl::FullyDecoded).contains(QStringLiteral("SEI & co")));
        QVERIFY(!query.queryItemValue(QStringLiteral("subject"), QUrl::FullyDecoded).contains(u'\n'));
    }

    void draftIsOfferedAgainAndJsonPrefills()
    {
        {
            auto ws = workspace();
            RequestWizard *wizard = ws->startWizard();
            auto *observables = qobject_cast<ObservablesPage *>(wizard->page(RequestWizard::ObservablesPageId));
            checkObservable(observables->list(), QStringLiteral("oxidation state"));
            wizard->reject(); // closed without planning: the draft stays
        }
        QVERIFY(QFile::exists(RequestDraft::path()));
        auto ws = workspace();
        MessageBox::setNextAnswer(QMessageBox::Yes);
        QVERIFY(ws->offerDraft());
        QCOMPARE(ws->wizard()->request().observables.size(), 1);
        QCOMPARE(ws->wizard()->request().observables.first().name, QStringLiteral("oxidation state"));
        ws->wizard()->reject();

        // A plain-language request arrives as JSON and pre-fills the wizard.
        const Request wanted = scenario(QStringLiteral("low-cost-laboratory"));
        ws->startWizardWithJson(wanted.toJson());
        QTRY_VERIFY(ws->wizard());
        QCOMPARE(ws->wizard()->request().toJson(), wanted.toJson());
        ws->startWizardWithJson("{\"observables\": [{\"name\": \"no such thing\"}]}");
        QVERIFY(!MessageBox::lastMessages().isEmpty());
    }

    // Last: it fills the shared database's logbook.
    void logbookWarningsShowOnTheirSteps()
    {
        LogbookEntry entry;
        entry.date = QDate::currentDate().addMonths(-2).toString(Qt::ISODate);
        entry.partner = QStringLiteral("CNRS");
        entry.technique = QStringLiteral("Inductively coupled plasma optical emission spectroscopy");
        QVERIFY(logbook::importEntries(*m_db->db, {entry}));
        auto ws = workspace();
        QVERIFY(ws->openRequest(scenario(QStringLiteral("two-destructive-techniques"))));
        QVERIFY(ws->waitForPlanning()); // planned on a worker thread
        const Plan *plan = ws->currentPlan();
        int warned = 0;
        for (int row = 0; row < plan->steps.size(); ++row) {
            const Step &s = plan->steps[row];
            const QTableWidgetItem *what = ws->stepsTable()->item(row, 2);
            const report::LaidOutNode *node = ws->graphView()->graphLayout().node(s.id);
            QVERIFY(node);
            QCOMPARE(node->warning, !s.warnings.isEmpty());
            QCOMPARE(what->text().contains(s.warnings.value(0)), true);
            QCOMPARE(what->toolTip(), s.warnings.isEmpty() ? QString() : Qt::convertFromPlainText(s.warnings.join(u'\n'), Qt::WhiteSpaceNormal)); // escaped
            warned += s.warnings.isEmpty() ? 0 : 1;
        }
        QVERIFY2(warned > 0, "with a logbook, steps never logged carry a warning");
        ws->tabs()->setCurrentIndex(PlanWorkspace::StepsTab);
        saveShot(ws.get(), QStringLiteral("plan-steps.png"));
    }

    // Issue 13: the step list names where each measurement happens (CNRS has several
    // laboratories: its XPS is at Pau, its EPR at Pessac, as the shipment between them says),
    // and a measure step's details list its requirements and practical details: amount,
    // sample form, air handling, access route, lead time and the site's public contact.
    void stepListNamesTheSiteAndDetailsListRequirements()
    {
        auto ws = workspace();
        QVERIFY(ws->openRequest(scenario(QStringLiteral("cnrs-pau-bordeaux-shipment"))));
        QVERIFY(ws->waitForPlanning()); // planned on a worker thread
        const Plan *plan = ws->currentPlan();
        QVERIFY(plan);
        QStringList places;
        QString measured;
        for (int row = 0; row < plan->steps.size(); ++row) {
            const Step &s = plan->steps[row];
            if (s.kind != StepKind::Measure)
                continue;
            places << ws->stepsTable()->item(row, 3)->text();
            measured = s.id;
        }
        places.sort();
        QCOMPARE(places, (QStringList{QStringLiteral("CNRS (Pau)"), QStringLiteral("CNRS (Pessac)")}));
        QCOMPARE(ws->stepsTable()->horizontalHeaderItem(3)->text(), QStringLiteral("Where"));
        // Clicking the measurement in the graph shows its details.
        QTest::qWait(50);
        SampleFlowView *graph = ws->graphView();
        QTest::mouseClick(graph->viewport(), Qt::LeftButton, {}, graph->stepPosition(measured));
        QCOMPARE(graph->selectedStep(), measured);
        const QString details = ws->details()->toPlainText();
        const Step *step = plan->step(measured);
        QVERIFY(!step->contact.isEmpty());
        for (const QString &part : {QStringLiteral("Amount"), QStringLiteral("Sample form"), QStringLiteral("Air handling"), QStringLiteral("Access route"),
                                    QStringLiteral("laboratory booking"), QStringLiteral("Lead time"), QStringLiteral("Contact"), step->contact, stepLocation(*step)})
            QVERIFY2(details.contains(part), qPrintable(QStringLiteral("\"%1\" not in: %2").arg(part, details)));

        // The e-mail draft says where too. (Its text: CNRS's contact is a web page, so there is
        // no mailto: draft, only the text to copy; issue 18.)
        QVERIFY(ws->mailDraft(measured).isEmpty());
        QVERIFY(!ws->mailContact(measured).webPage.isEmpty());
        const QString body = ws->mailText(measured).body;
        QVERIFY2(body.contains(QStringLiteral("Where: %1").arg(stepLocation(*step))), qPrintable(body));
    }

    // Issue 13: a step kept although the matrix does not say the offering takes the sample
    // says "to confirm with the partner" in the step list, and why.
    void toConfirmShowsInTheStepList()
    {
        auto ws = workspace();
        QVERIFY(ws->openRequest(scenario(QStringLiteral("neutron-diffraction-to-confirm"))));
        QVERIFY(ws->waitForPlanning()); // planned on a worker thread
        const Plan *plan = ws->currentPlan();
        QVERIFY(plan);
        int flagged = 0;
        for (int row = 0; row < plan->steps.size(); ++row) {
            const Step &s = plan->steps[row];
            const QString what = ws->stepsTable()->item(row, 2)->text();
            QCOMPARE(what.contains(QStringLiteral("To confirm with the partner: ")), !s.toConfirm.isEmpty());
            if (!s.toConfirm.isEmpty()) {
                QVERIFY(what.contains(s.toConfirm));
                ++flagged;
            }
        }
        QCOMPARE(flagged, 1);
    }
};

QTEST_MAIN(TestPlanUi)
#include "test_plan_ui.moc"
