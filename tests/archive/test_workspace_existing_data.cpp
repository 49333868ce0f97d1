// Issue 17 in the plan workspace: the "Existing data" tab looks the shown plan up without
// blocking, the Steps table badges the steps with matches, and "Use as existing data" plans
// again without the observable, the new request recording the DOI.
#include "FakeRepository.h"
#include "TestSupport.h"

#include "ExistingDataPanel.h"
#include "archive/KeychainTokenStore.h"
#include "plan/PlanWorkspace.h"
#include "RepositorySettings.h"
#include "common/Dialogs.h"

#include "planning/PlanStore.h"
#include "request/Request.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>
#include <QTest>
#include <QTreeView>
#include <QStandardItemModel>

using namespace pm;
using namespace pm::ui;
using pm::test::FakeRepository;

namespace {

Request scenario(const QString &name)
{
    QFile f(test::dataPath(QStringLiteral("scenarios/%1/request.json").arg(name)));
    if (!f.open(QIODevice::ReadOnly))
        qFatal("no scenario %s", qPrintable(name));
    auto r = Request::fromJson(f.readAll());
    if (!r)
        qFatal("%s", qPrintable(r.error().text()));
    return *r;
}

} // namespace

class TestWorkspaceExistingData : public QObject {
    Q_OBJECT

private slots:
    void initTestCase()
    {
        MessageBox::setNonInteractive(true);
        // Never the developer's own keychain (it could ask to be unlocked).
        pm::archive::setTokenStore(std::make_unique<pm::archive::MemoryTokenStore>());
    }

    void searchBadgesStepsAndUseReplansWithoutTheObservable()
    {
        test::BundledDatabase db;
        FakeRepository server;
        QVERIFY(server.listen());
        server.handler = [](const FakeRepository::Request &r) {
            if (r.target.contains("photoelectron")) // only XPS has data
                return FakeRepository::Reply{200, FakeRepository::fixture(QStringLiteral("inveniordm-page1.json")), {}, FakeRepository::Mode::Body};
            return FakeRepository::Reply{200, "{\"hits\": {\"hits\": [], \"total\": 0}}", {}, FakeRepository::Mode::Body};
        };
        ui::archive::setRepositories({QUrl(server.base())});

        PlanWorkspace ws;
        ws.setDatabase(db.db.get());
        ws.setMatrix(&db.matrix);
        ws.resize(1400, 860);
        ws.show();
        QVERIFY(ws.openRequest(scenario(QStringLiteral("cnrs-pau-bordeaux-shipment"))));
        QVERIFY(ws.waitForPlanning());
        QVERIFY(!ws.result().plans.isEmpty());
        QVERIFY(server.received.isEmpty()); // nothing is sent before the user asks

        ui::archive::ExistingDataPanel *panel = ws.existingDataPanel();
        const int tab = ws.tabs()->indexOf(panel);
        QVERIFY(tab >= 0);
        QCOMPARE(ws.tabs()->tabText(tab), QStringLiteral("Existing data"));
        ws.tabs()->setCurrentIndex(tab);
        panel->search();
        QTRY_VERIFY_WITH_TIMEOUT(!panel->isSearching(), 15000);
        QCOMPARE(ws.tabs()->tabText(tab), QStringLiteral("Existing data (1 step(s))"));

        // The XPS step carries the badge, the EPR step does not.
        int badged = 0;
        for (int r = 0; r < ws.stepsTable()->rowCount(); ++r) {
            const QString what = ws.stepsTable()->item(r, 2)->text();
            if (what.contains(QStringLiteral("Existing data found"))) {
                ++badged;
                QVERIFY2(what.contains(QStringLiteral("photoelectron")), qPrintable(what));
            }
        }
        QCOMPARE(badged, 1);
        if (const QString dir = qEnvironmentVariable("PROBEMATRIX_SCREENSHOTS"); !dir.isEmpty()) {
            QDir().mkpath(dir);
            QVERIFY(ws.grab().save(QDir(dir).filePath(QStringLiteral("workspace-existing-data.png"))));
            ws.tabs()->setCurrentIndex(ws.tabs()->indexOf(ws.stepsTable()->parentWidget()));
            QVERIFY(ws.grab().save(QDir(dir).filePath(QStringLiteral("workspace-steps-badge.png"))));
        }

        // The exported report lists what the tab found, per step.
        QTemporaryDir dir;
        const QString pdf = dir.filePath(QStringLiteral("plan.pdf"));
        QVERIFY(ws.exportPdf(pdf));
        if (!QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty()) {
            QProcess text;
            text.start(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
            QVERIFY(text.waitForFinished(20000));
            const QString words = QString::fromUtf8(text.readAllStandardOutput()).remove(QLatin1Char(' ')).remove(QLatin1Char('\n'));
            QVERIFY(words.contains(QStringLiteral("Existingdata")));
            QVERIFY(words.contains(QStringLiteral("doi:10.1234/archive.k3h7s-6n2v1")));
        }

        // Use the dataset for SEI thickness: a new request without it is planned and stored.
        QVERIFY(ws.useExistingData(QStringLiteral("SEI thickness"), QStringLiteral("https://doi.org/10.1234/archive.k3h7s-6n2v1")));
        QVERIFY(ws.waitForPlanning());
        QCOMPARE(ws.request().covered.size(), 1);
        QCOMPARE(ws.request().covered.first().doi, QStringLiteral("10.1234/archive.k3h7s-6n2v1"));
        QCOMPARE(ws.result().covered.size(), 1);
        for (const Plan &p : ws.result().plans)
            for (const Step &s : p.steps)
                QVERIFY2(!s.observables.contains(QStringLiteral("SEI thickness")), qPrintable(s.id));
        QCOMPARE(ws.tabs()->tabText(tab), QStringLiteral("Existing data")); // badges belong to the plan searched
        auto stored = planstore::storedRequests(*db.db);
        QVERIFY(stored);
        bool recorded = false;
        for (const planstore::StoredRequest &info : *stored)
            if (auto outcome = planstore::loadOutcome(*db.db, info.id); outcome && !outcome->request.covered.isEmpty())
                recorded = outcome->request.covered.first().observable == QLatin1String("SEI thickness");
        QVERIFY(recorded);

        // Bad input is refused with a message, nothing planned.
        QVERIFY(!ws.useExistingData(QStringLiteral("porosity"), QStringLiteral("10.1/x")));
        QVERIFY(!ws.useExistingData(QStringLiteral("lithium plating"), QStringLiteral("not a doi")));
    }
};

QTEST_MAIN(TestWorkspaceExistingData)
#include "test_workspace_existing_data.moc"
