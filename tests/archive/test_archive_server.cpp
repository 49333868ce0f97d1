// Issue 17 on a consortium server (PostgreSQL, PROBEMATRIX_TEST_PG_URL; skipped without it,
// failed under CI): the shared list of repositories is changed only by the admin role - the
// server refuses every member, whatever the client sends - and every member reads it, in the
// client's Repositories dialog as well. The cache of search results works on both back ends,
// for a viewer too.
#include "../store/BackendFixture.h"

#include "archive/KeychainTokenStore.h"
#include "RepositoriesDialog.h"
#include "RepositorySettings.h"

#include "archive/ResultCache.h"
#include "archive/SharedRepositories.h"
#include "archive/TokenStore.h"
#include "store/Roles.h"

#include <QDir>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSqlQuery>
#include <QTest>

using namespace pm;
using namespace pm::archive;
using namespace pm::test;

namespace {
template <typename T>
QString errorText(const Result<T> &r)
{
    return r ? QString() : r.error().text();
}

ArchivePage onePage()
{
    ArchiveRecord r;
    r.title = QStringLiteral("Operando XRD of LiNiO2");
    r.resourceType = QStringLiteral("dataset");
    r.kind = RecordKind::Dataset;
    r.doi = QStringLiteral("10.1234/x");
    ArchivePage page;
    page.total = 1;
    page.records = {r};
    return page;
}
} // namespace

class TestArchiveServer : public QObject {
    Q_OBJECT

private slots:
    void init()
    {
        ui::archive::restoreDefaultRepositories();
        // Never the developer's own keychain (it could ask to be unlocked).
        pm::archive::setTokenStore(std::make_unique<MemoryTokenStore>());
    }

    void cacheOnBothBackends_data() { addBackendRows(); }
    void cacheOnBothBackends()
    {
        PM_FETCH_BACKEND(b);
        BackendDatabase t(b);
        std::unique_ptr<Database> viewerDb;
        Database *db = t.db.get();
        if (t.isPostgres()) { // a member who may only read the matrix still fills the shared cache
            QVERIFY(roles::createRoles(*t.db));
            const QString viewer = t.createLogin(QStringLiteral("cacheviewer"));
            QVERIFY(roles::grantRole(*t.db, viewer, roles::Role::Viewer));
            viewerDb = t.openAnother(viewer);
            db = viewerDb.get();
        }
        ResultCache cache(*db, 2);
        const QUrl base(QStringLiteral("https://zenodo.org"));
        const QDateTime start(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC);
        for (int i = 0; i < 3; ++i) {
            auto stored = cache.store(base, QStringLiteral("q%1").arg(i), 1, onePage(), 1, start.addSecs(i));
            QVERIFY2(stored, qPrintable(errorText(stored)));
        }
        QCOMPARE(*cache.count(), 2);
        QVERIFY(!cache.lookup(base, QStringLiteral("q0"), 1));
        const auto hit = cache.lookup(base, QStringLiteral("q2"), 1);
        QVERIFY(hit);
        QCOMPARE(hit->fetched, start.addSecs(2));
        QCOMPARE(hit->page.records.first().doi, QStringLiteral("10.1234/x"));
        QCOMPARE(hit->filteredOut, 1);
        QVERIFY(cache.clear());
        QCOMPARE(*cache.count(), 0);
    }

    void sharedRepositoriesOnlyAdminsChange_data() { addBackendRows(); }
    void sharedRepositoriesOnlyAdminsChange()
    {
        PM_FETCH_BACKEND(b);
        BackendDatabase t(b);
        const QString url = QStringLiteral("https://archive.consortium.example.org");
        if (!t.isPostgres()) {
            auto refused = addSharedRepository(*t.db, url, QStringLiteral("Consortium archive"));
            QVERIFY(!refused);
            QVERIFY2(refused.error().text().contains(QStringLiteral("only a consortium server")), qPrintable(refused.error().text()));
            QVERIFY(sharedRepositories(*t.db)->isEmpty());
            return;
        }
        QVERIFY(roles::createRoles(*t.db));
        const QString viewerName = t.createLogin(QStringLiteral("repoviewer"));
        const QString editorName = t.createLogin(QStringLiteral("repoeditor"));
        const QString adminName = t.createLogin(QStringLiteral("repoadmin"));
        QVERIFY(roles::grantRole(*t.db, viewerName, roles::Role::Viewer));
        QVERIFY(roles::grantRole(*t.db, editorName, roles::Role::Editor));
        QVERIFY(roles::grantRole(*t.db, adminName, roles::Role::Admin));
        auto viewerDb = t.openAnother(viewerName);
        auto editorDb = t.openAnother(editorName);
        auto adminDb = t.openAnother(adminName);

        // Members: the server refuses, through the client's code and through plain SQL alike.
        for (Database *member : {viewerDb.get(), editorDb.get()}) {
            auto refused = addSharedRepository(*member, url, QStringLiteral("mine"));
            QVERIFY(!refused);
            QVERIFY2(refused.error().text().contains(QStringLiteral("refused")), qPrintable(refused.error().text()));
            QSqlQuery raw = member->prepare(QStringLiteral("INSERT INTO archive_repositories (url) VALUES (:url)"));
            raw.bindValue(QStringLiteral(":url"), url);
            QVERIFY(!raw.exec());
        }
        QVERIFY(sharedRepositories(*adminDb)->isEmpty());

        // The admin adds; the server records who did.
        auto added = addSharedRepository(*adminDb, url + QStringLiteral("/"), QStringLiteral("Consortium archive"));
        QVERIFY2(added, qPrintable(errorText(added)));
        // An address the client may not talk to, put in by hand, is not searched.
        QSqlQuery plain = adminDb->prepare(QStringLiteral("INSERT INTO archive_repositories (url) VALUES ('http://plain.example.org')"));
        QVERIFY(plain.exec());

        // Every member reads it.
        const auto read = sharedRepositories(*viewerDb);
        QVERIFY2(read, qPrintable(errorText(read)));
        QCOMPARE(read->size(), 1);
        QCOMPARE(read->first().url, QUrl(url));
        QCOMPARE(read->first().name, QStringLiteral("Consortium archive"));
        QCOMPARE(read->first().addedBy, adminName);
        QCOMPARE(ui::archive::repositoriesToSearch(viewerDb.get()),
                 QList<QUrl>({QUrl(url), QUrl(QStringLiteral("https://archive.big-map.eu")), QUrl(QStringLiteral("https://zenodo.org"))}));

        // The client shows it, read-only, apart from the user's own list.
        ui::archive::RepositoriesDialog dialog(nullptr, viewerDb.get());
        QCOMPARE(dialog.serverAddresses(), QStringList{url});
        QCOMPARE(dialog.addresses(), QStringList({QStringLiteral("https://archive.big-map.eu"), QStringLiteral("https://zenodo.org")}));
        auto *list = dialog.findChild<QListWidget *>();
        QVERIFY(list);
        QVERIFY2(list->item(0)->text().contains(QStringLiteral("from the consortium server")), qPrintable(list->item(0)->text()));
        list->setCurrentRow(0);
        QVERIFY(dialog.tokenField()->isEnabled()); // a restricted community on the server may need a token too
        if (const QString dir = qEnvironmentVariable("PROBEMATRIX_SCREENSHOTS"); !dir.isEmpty()) {
            dialog.resize(640, 420);
            dialog.show();
            QTest::keyClicks(dialog.tokenField(), QStringLiteral("not-a-real-token"));
            QDir().mkpath(dir);
            QVERIFY(dialog.grab().save(QDir(dir).filePath(QStringLiteral("repositories-dialog.png"))));
            dialog.tokenField()->clear();
        }
        list->item(0)->setSelected(true);
        const auto removeButtons = dialog.findChildren<QPushButton *>();
        for (QPushButton *button : removeButtons)
            if (button->text() == QStringLiteral("&Remove"))
                button->click();
        QCOMPARE(dialog.serverAddresses(), QStringList{url}); // not the user's to remove
        dialog.accept();
        QCOMPARE(ui::archive::repositories(), QList<QUrl>({QUrl(QStringLiteral("https://archive.big-map.eu")), QUrl(QStringLiteral("https://zenodo.org"))}));

        auto notTheirs = removeSharedRepository(*editorDb, url);
        QVERIFY(!notTheirs);
        QVERIFY2(notTheirs.error().text().contains(QStringLiteral("refused")), qPrintable(notTheirs.error().text()));
        QCOMPARE(sharedRepositories(*adminDb)->size(), 1);
        auto removed = removeSharedRepository(*adminDb, url);
        QVERIFY2(removed, qPrintable(errorText(removed)));
        QVERIFY(sharedRepositories(*viewerDb)->isEmpty());
    }
};

QTEST_MAIN(TestArchiveServer)
#include "test_archive_server.moc"
