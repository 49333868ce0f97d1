// Issue 15, finding 9: a plan export's suffix was added after the save dialog's overwrite
// check, so typing "plan" silently replaced plan.csv. Now the suffix is added first and the
// user is asked before an existing file is replaced.
#include "TestSupport.h"

#include "common/Dialogs.h"
#include "plan/PlanWorkspace.h"

#include <QAction>
#include <QTest>

using namespace pm;
using namespace pm::test;
using namespace pm::ui;

class TestPlanExportOverwrite : public QObject {
    Q_OBJECT

private slots:
    void suffixIsAddedBeforeTheOverwriteQuestion()
    {
        MessageBox::setNonInteractive(true);
        BundledDatabase fixture;
        PlanWorkspace plans;
        plans.setMatrix(&fixture.matrix);
        Request request;
        request.title = QStringLiteral("overwrite");
        RequestedObservable wanted;
        wanted.name = QStringLiteral("crystal structure");
        request.observables.append(wanted);
        const auto opened = plans.openRequest(request);
        QVERIFY2(opened, opened ? "" : qPrintable(opened.error().text()));
        QVERIFY(plans.waitForPlanning()); // planned on a worker thread
        QVERIFY(plans.currentPlan());
        QAction *exportCsv = nullptr;
        for (QAction *a : plans.fileActions())
            if (a->text().contains(QStringLiteral("CSV")))
                exportCsv = a;
        QVERIFY(exportCsv);

        const QString typed = fixture.dir.filePath(QStringLiteral("plan")); // as typed, no suffix
        const QString existing = typed + QStringLiteral(".csv");
        writeFile(existing, "someone's work\n");

        // "No": the file is kept.
        MessageBox::clearMessages();
        FileDialog::setNextFileName(typed);
        MessageBox::setNextAnswer(QMessageBox::No);
        exportCsv->trigger();
        QCOMPARE(readFile(existing), QByteArray("someone's work\n"));
        QVERIFY2(MessageBox::lastMessages().join(u'\n').contains(QStringLiteral("plan.csv already exists")),
                 qPrintable(MessageBox::lastMessages().join(u'\n')));

        // "Yes": replaced by the steps.
        MessageBox::clearMessages();
        FileDialog::setNextFileName(typed);
        MessageBox::setNextAnswer(QMessageBox::Yes);
        exportCsv->trigger();
        QVERIFY(readFile(existing).startsWith("plan_rank,step,"));

        // A new name: no question.
        MessageBox::clearMessages();
        FileDialog::setNextFileName(fixture.dir.filePath(QStringLiteral("fresh")));
        exportCsv->trigger();
        QVERIFY(MessageBox::lastMessages().isEmpty());
        QVERIFY(readFile(fixture.dir.filePath(QStringLiteral("fresh.csv"))).startsWith("plan_rank,step,"));
    }
};

QTEST_MAIN(TestPlanExportOverwrite)
#include "test_plan_export_overwrite.moc"
