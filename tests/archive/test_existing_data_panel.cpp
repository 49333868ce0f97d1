// Issue 17, GUI: the "Existing data" tab fills without blocking the window, groups results
// by what was asked, marks the steps that have matches, names a repository it cannot reach,
// and the repository list refuses plain HTTP to another machine.
#include "FakeRepository.h"
#include "TestSupport.h"

#include "ExistingDataPanel.h"
#include "archive/KeychainTokenStore.h"
#include "RepositoriesDialog.h"
#include "RepositorySettings.h"

#include "archive/ResultCache.h"
#include "matrix/Matrix.h"
#include "planning/Plan.h"
#include "request/Request.h"

#include <QApplication>
#include <QDir>
#include <QLabel>
#include <QElapsedTimer>
#include <QDirIterator>
#include <QFile>
#include <QLineEdit>
#include <QLocale>
#include <QSettings>
#include <QPushButton>
#include <QStandardItemModel>
#include <QTest>
#include <QTreeView>

using namespace pm;
using namespace pm::ui::archive;
using pm::archive::KeychainTokenStore;
using pm::archive::setTokenStore;
using pm::test::FakeRepository;

namespace {

// Only XPS has data: the SEM query and the observable query find nothing.
FakeRepository::Reply onlyXpsHasData(const FakeRepository::Request &r)
{
    if (r.target.contains("photoelectron"))
        return FakeRepository::Reply{200, FakeRepository::fixture(QStringLiteral("inveniordm-page1.json")), {}, FakeRepository::Mode::Body};
    return FakeRepository::Reply{200, "{\"hits\": {\"hits\": [], \"total\": 0}}", {}, FakeRepository::Mode::Body};
}

// Written when PROBEMATRIX_SCREENSHOTS names a folder (docs/images is refreshed from it).
void saveShot(QWidget *w, const QString &name)
{
    const QString dir = qEnvironmentVariable("PROBEMATRIX_SCREENSHOTS");
    if (dir.isEmpty())
        return;
    QDir().mkpath(dir);
    QApplication::processEvents();
    QVERIFY(w->grab().save(QDir(dir).filePath(name)));
}

Plan twoStepPlan()
{
    Plan plan;
    Step xps;
    xps.id = QStringLiteral("measure-1");
    xps.technique = QStringLiteral("X-ray photoelectron spectroscopy (XPS)");
    xps.observables = {QStringLiteral("SEI composition")};
    Step sem = xps;
    sem.id = QStringLiteral("measure-2");
    sem.technique = QStringLiteral("Scanning electron microscopy (SEM)");
    sem.observables = {QStringLiteral("particle morphology")};
    plan.steps = {xps, sem};
    return plan;
}

Request sampleRequest()
{
    Request r;
    r.sample.material = QStringLiteral("graphite, LP57");
    RequestedObservable sei;
    sei.name = QStringLiteral("SEI composition");
    r.observables = {sei};
    return r;
}

} // namespace

class TestExistingDataPanel : public QObject {
    Q_OBJECT

private slots:
    void init()
    {
        restoreDefaultRepositories();
        setTokenStore(std::make_unique<pm::archive::MemoryTokenStore>());
    }

    void fillsWithoutBlockingAndMarksSteps()
    {
        FakeRepository server;
        QVERIFY(server.listen());
        server.handler = onlyXpsHasData;
        setRepositories({QUrl(server.base())});
        ExistingDataPanel panel;
        panel.resize(900, 420);
        panel.show();
        const Matrix matrix;
        panel.setPlan(twoStepPlan(), sampleRequest(), matrix);
        QVERIFY(panel.statusText().contains(QStringLiteral("Not searched yet")));
        QStringList marked;
        connect(&panel, &ExistingDataPanel::matchesChanged, this, [&](const QStringList &ids) { marked = ids; });

        QElapsedTimer t;
        t.start();
        panel.search();
        QVERIFY(t.elapsed() < 100); // the request goes out; the window goes on
        QVERIFY(panel.isSearching());
        QVERIFY(panel.statusText().contains(QStringLiteral("Searching")));
        QTRY_VERIFY_WITH_TIMEOUT(!panel.isSearching(), 15000);
        QCOMPARE(server.received.size(), 3); // XPS, SEM, the observable

        QCOMPARE(marked, QStringList{QStringLiteral("measure-1")});
        QCOMPARE(panel.stepsWithMatches(), QStringList{QStringLiteral("measure-1")});
        QStandardItemModel *model = panel.model();
        QCOMPARE(model->rowCount(), 3);
        const QStandardItem *xps = model->item(0);
        QVERIFY2(xps->text().startsWith(QStringLiteral("X-ray photoelectron spectroscopy (XPS) — SEI composition (2 match")), qPrintable(xps->text()));
        QVERIFY(xps->toolTip().contains(QStringLiteral("\"XPS\""))); // the query is shown
        QCOMPARE(xps->rowCount(), 2); // the dataset and the article; the software is left out
        QVERIFY(xps->child(0)->text().startsWith(QStringLiteral("[dataset] Operando XRD of LiNiO2")));
        QCOMPARE(xps->child(0, 3)->text(), QStringLiteral("https://doi.org/10.1234/archive.k3h7s-6n2v1"));
        QCOMPARE(model->item(1)->rowCount(), 0);
        QVERIFY(panel.statusText().contains(QStringLiteral("2 dataset(s) and publication(s) found")));

        QUrl opened;
        panel.openUrl = [&](const QUrl &u) { opened = u; };
        const QModelIndex first = model->indexFromItem(xps->child(0));
        emit panel.view()->activated(first);
        QCOMPARE(opened, QUrl(QStringLiteral("https://doi.org/10.1234/archive.k3h7s-6n2v1")));
        // Use as existing data: the selected dataset's DOI for one of its group's observables.
        panel.view()->setCurrentIndex(first);
        QCOMPARE(panel.selectedDoi(), QStringLiteral("10.1234/archive.k3h7s-6n2v1"));
        QCOMPARE(panel.selectedObservables(), QStringList{QStringLiteral("SEI composition")});
        QStringList offered;
        panel.chooseObservable = [&](const QStringList &observables, const QString &) {
            offered = observables;
            return observables.first();
        };
        QString coveredObservable, coveredDoi;
        connect(&panel, &ExistingDataPanel::coveredChosen, this, [&](const QString &o, const QString &d) {
            coveredObservable = o;
            coveredDoi = d;
        });
        auto *use = panel.findChild<QPushButton *>(QStringLiteral("useExistingData"));
        QVERIFY(use && use->isEnabled());
        use->click();
        QCOMPARE(offered, QStringList{QStringLiteral("SEI composition")});
        QCOMPARE(coveredObservable, QStringLiteral("SEI composition"));
        QCOMPARE(coveredDoi, QStringLiteral("10.1234/archive.k3h7s-6n2v1"));
        panel.view()->setCurrentIndex(model->indexFromItem(xps->child(1))); // the article has no DOI
        QVERIFY(!use->isEnabled());
        saveShot(&panel, QStringLiteral("existing-data.png"));
    }

    void unreachableRepositoryIsNamedAndCancelIsImmediate()
    {
        FakeRepository slow;
        QVERIFY(slow.listen());
        slow.handler = [](const FakeRepository::Request &) { return FakeRepository::Reply{200, {}, {}, FakeRepository::Mode::Drip}; };
        setRepositories({QUrl(slow.base()), QUrl(QStringLiteral("http://127.0.0.1:1"))}); // nothing listens on port 1
        ExistingDataPanel panel;
        const Matrix matrix;
        panel.setPlan(twoStepPlan(), sampleRequest(), matrix);
        panel.search();
        QTRY_VERIFY_WITH_TIMEOUT(panel.statusText().contains(QStringLiteral("127.0.0.1:1 could not be reached")), 10000);
        QVERIFY(panel.isSearching()); // the slow one still drips
        QElapsedTimer t;
        t.start();
        panel.cancel();
        QTRY_VERIFY_WITH_TIMEOUT(!panel.isSearching(), 200);
        QVERIFY(t.elapsed() < 200);
        QVERIFY(panel.statusText().contains(QStringLiteral("cancelled")));
    }

    // Offline first, in the real widget: the repository answers once and goes away; the
    // next search shows the cached records, marked, and says why.
    void showsCachedResultsWhenOffline()
    {
        test::TempDatabase t;
        FakeRepository server;
        QVERIFY(server.listen());
        server.handler = onlyXpsHasData;
        setRepositories({QUrl(server.base())});
        ExistingDataPanel panel;
        panel.resize(900, 420);
        panel.show();
        panel.setDatabase(t.db.get());
        const Matrix matrix;
        panel.setPlan(twoStepPlan(), sampleRequest(), matrix);
        panel.search();
        QTRY_VERIFY_WITH_TIMEOUT(!panel.isSearching(), 15000);
        QStandardItem *xps = panel.model()->item(0);
        QCOMPARE(xps->rowCount(), 2);
        QVERIFY(!xps->child(0)->text().contains(QStringLiteral("cached")));
        QVERIFY(!panel.statusText().contains(QStringLiteral("cached")));

        server.stop();
        panel.search();
        QTRY_VERIFY_WITH_TIMEOUT(!panel.isSearching(), 15000);
        xps = panel.model()->item(0);
        QCOMPARE(xps->rowCount(), 2);
        const QString cachedDay = QLocale().toString(QDate::currentDate(), QLocale::ShortFormat);
        QCOMPARE(xps->child(0)->text(), QStringLiteral("[dataset; cached, fetched on %1] Operando XRD of LiNiO2 during formation").arg(cachedDay));
        QVERIFY(xps->child(0)->font().italic());
        QCOMPARE(panel.stepsWithMatches(), QStringList{QStringLiteral("measure-1")}); // the badge still shows
        QVERIFY2(panel.statusText().contains(QStringLiteral("could not be reached")) && panel.statusText().contains(QStringLiteral("showing the results cached on")),
                 qPrintable(panel.statusText()));
        saveShot(&panel, QStringLiteral("existing-data-cached.png"));

        // The Repositories dialog clears the cache; then there is nothing to show offline.
        RepositoriesDialog dialog(&panel, t.db.get());
        auto *clear = dialog.findChild<QPushButton *>(QStringLiteral("clearCache"));
        QVERIFY(clear && clear->isEnabled());
        QVERIFY2(clear->toolTip().contains(QStringLiteral("3 search(es) cached")), qPrintable(clear->toolTip()));
        clear->click();
        QCOMPARE(*pm::archive::ResultCache(*t.db).count(), 0);
        panel.search();
        QTRY_VERIFY_WITH_TIMEOUT(!panel.isSearching(), 15000);
        QCOMPARE(panel.model()->item(0)->rowCount(), 0);
        QVERIFY(!panel.statusText().contains(QStringLiteral("cached")));
    }

    // A token typed in the Repositories dialog goes to the token store and, as a bearer
    // token, to that repository only; the settings file and the cache never hold it.
    void tokenIsSentAndStoredNowhereElse()
    {
        test::TempDatabase t;
        FakeRepository server, other;
        QVERIFY(server.listen());
        QVERIFY(other.listen());
        const auto answer = [](const FakeRepository::Request &) {
            return FakeRepository::Reply{200, FakeRepository::fixture(QStringLiteral("inveniordm-page1.json")), {}, FakeRepository::Mode::Body};
        };
        server.handler = answer;
        other.handler = answer;
        setRepositories({QUrl(server.base()), QUrl(other.base())});
        const QString token = QStringLiteral("tok-7f3a9c1e-secret");
        {
            RepositoriesDialog dialog(nullptr, t.db.get());
            QCOMPARE(dialog.tokenField()->echoMode(), QLineEdit::Password);
            QVERIFY(dialog.selectAddress(server.base()));
            QVERIFY(dialog.tokenField()->isEnabled());
            QTest::keyClicks(dialog.tokenField(), token);
            QVERIFY2(dialog.keychainNote().contains(QStringLiteral("session only")), qPrintable(dialog.keychainNote())); // the memory store
            dialog.resize(620, 420);
            saveShot(&dialog, QStringLiteral("repositories-dialog.png"));
            dialog.accept();
        }
        ExistingDataPanel panel;
        panel.setDatabase(t.db.get());
        const Matrix matrix;
        panel.setPlan(twoStepPlan(), sampleRequest(), matrix);
        panel.search();
        QTRY_VERIFY_WITH_TIMEOUT(!panel.isSearching(), 15000);
        QCOMPARE(server.received.size(), 3);
        for (const FakeRepository::Request &r : std::as_const(server.received))
            QCOMPARE(r.headers.value("authorization"), QByteArray("Bearer ") + token.toUtf8());
        QCOMPARE(other.received.size(), 3);
        for (const FakeRepository::Request &r : std::as_const(other.received))
            QVERIFY(!r.headers.contains("authorization")); // a token is for its own repository

        QSettings settings;
        settings.sync();
        QVERIFY(QFile::exists(settings.fileName()));
        QVERIFY(!test::readFile(settings.fileName()).contains(token.toUtf8()));
        QVERIFY(*pm::archive::ResultCache(*t.db).count() > 0);
        t.db.reset(); // everything on disk (WAL checkpointed)
        int files = 0;
        for (QDirIterator it(t.dir.path(), QDir::Files); it.hasNext();) {
            ++files;
            QVERIFY2(!test::readFile(it.next()).contains(token.toUtf8()), qPrintable(it.filePath()));
        }
        QVERIFY(files >= 1);

        // Clearing the field removes the token: the next search sends none.
        {
            RepositoriesDialog dialog;
            QVERIFY(dialog.selectAddress(server.base()));
            QTRY_VERIFY(dialog.tokenField()->placeholderText().contains(QStringLiteral("a token is kept")));
            QTest::keyClicks(dialog.tokenField(), QStringLiteral("x"));
            QTest::keyClick(dialog.tokenField(), Qt::Key_Backspace);
            dialog.accept();
        }
        server.received.clear();
        panel.setDatabase(nullptr);
        panel.search();
        QTRY_VERIFY_WITH_TIMEOUT(!panel.isSearching(), 15000);
        QCOMPARE(server.received.size(), 3);
        QVERIFY(!server.received.first().headers.contains("authorization"));
    }

    // The real keychain backend with no D-Bus session (as on CI): it fails cleanly, the token
    // is kept for this session only, and the dialog says so.
    void noKeychainKeepsTheTokenForTheSession()
    {
        qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/probematrix-test-bus");
        auto owned = std::make_unique<KeychainTokenStore>(QStringLiteral("ProbeMatrix test tokens"));
        KeychainTokenStore *store = owned.get();
        setTokenStore(std::move(owned));
        const QUrl base(QStringLiteral("https://data.example.org"));
        std::optional<Result<void>> written;
        QElapsedTimer t;
        t.start();
        store->write(base, QStringLiteral("tok-session"), [&](Result<void> r) { written = r; });
        QTRY_VERIFY_WITH_TIMEOUT(written.has_value(), 30000);
        if (store->persistent())
            QSKIP("a system keychain answered here; the fallback is covered with the seam in tokenIsSentAndStoredNowhereElse");
        QVERIFY2(*written, qPrintable(written->error().text()));
        QVERIFY(!store->missingReason().isEmpty());
        qInfo("keychain: %s (after %lld ms)", qPrintable(store->missingReason()), t.elapsed());
        std::optional<Result<QString>> read;
        store->read(base, [&](Result<QString> r) { read = r; });
        QTRY_VERIFY(read.has_value());
        QVERIFY(*read);
        QCOMPARE(**read, QStringLiteral("tok-session"));
        QVERIFY(!store->missingReason().contains(QStringLiteral("tok-session")));
        RepositoriesDialog dialog;
        QCOMPARE(dialog.keychainNote(), QStringLiteral("No system keychain: the token is kept for this session only."));
    }

    void repositoryListRefusesPlainHttpElsewhere()
    {
        RepositoriesDialog dialog;
        QCOMPARE(dialog.addresses(), QStringList({QStringLiteral("https://archive.big-map.eu"), QStringLiteral("https://zenodo.org")}));
        QVERIFY(!dialog.addAddress(QStringLiteral("http://data.example.org")));
        QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("problem"))->text().contains(QStringLiteral("not encrypted")));
        QVERIFY(!dialog.addAddress(QStringLiteral("https://zenodo.org/")));  // already there
        QVERIFY(dialog.addAddress(QStringLiteral("https://data.example.org/rdm/api/records")));
        dialog.accept();
        QCOMPARE(repositories(), QList<QUrl>({QUrl(QStringLiteral("https://archive.big-map.eu")), QUrl(QStringLiteral("https://zenodo.org")),
                                              QUrl(QStringLiteral("https://data.example.org/rdm"))}));
    }
};

QTEST_MAIN(TestExistingDataPanel)
#include "test_existing_data_panel.moc"
