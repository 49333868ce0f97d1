// The pieces wired into the real MainWindow: the plain-language bar filters the table
// exactly as `probematrix-cli ask` answers, and stays in step with the table's chips; a
// viewer gets no editing; rows another user changed are updated in place; the user guide,
// the About box and "Plan this…".
#include "TestSupport.h"

#include "MainWindow.h"
#include "ask/AskBar.h"
#include "ask/AskChip.h"
#include "common/Dialogs.h"
#include "connection/ReadOnlyNote.h"
#include "model/MatrixFilterModel.h"
#include "model/MatrixTableModel.h"
#include "widgets/FilterChips.h"

#ifdef PROBEMATRIX_HAVE_PLAN_UI
#include "plan/PlanWorkspace.h"
#include "plan/RequestFile.h"
#include "plan/RequestWizard.h"
#endif

#include "query/Filter.h"
#include "store/ChangeListener.h"

#include <QAction>
#include <QDialog>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QMenu>
#include <QProcess>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTextBrowser>
#include <QToolButton>

using namespace pm;
using namespace pm::ui;

namespace {
const QString kQuestion = QStringLiteral("who can measure gas evolution operando?");

QStringList whereOf(const QList<FilterExpression> &expressions)
{
    QStringList out;
    for (const FilterExpression &e : expressions)
        out.append(e.toString());
    return out;
}
} // namespace

class TestMainWindowIntegration : public QObject {
    Q_OBJECT

    std::unique_ptr<test::BundledDatabase> m_fixture;
    std::unique_ptr<MainWindow> m_window;

    int shownRows() const { return m_window->tableView()->model()->rowCount(); }
    int totalRows() const { return int(m_fixture->matrix.offerings.size()); }

    void ask(const QString &question)
    {
        QLineEdit *edit = m_window->askBar()->lineEdit();
        edit->clear();
        QTest::keyClicks(edit, question);
        QTest::keyClick(edit, Qt::Key_Return);
        QCoreApplication::processEvents(); // chips are rebuilt after the signal
    }

    QList<AskChip *> askChips() const
    {
        QCoreApplication::processEvents();
        return m_window->askBar()->findChildren<AskChip *>();
    }

    // The number of rows `probematrix-cli ask` answers, on the same database file.
    int cliAnswerCount(const QString &question)
    {
        QProcess p;
        p.start(test::cliPath(), {QStringLiteral("--db"), m_fixture->path, QStringLiteral("ask"), question, QStringLiteral("--format"),
                                  QStringLiteral("json")});
        if (!p.waitForFinished(60000) || p.exitCode() != 0) {
            qWarning("%s", p.readAllStandardError().constData());
            return -1;
        }
        const QJsonObject answer = QJsonDocument::fromJson(p.readAllStandardOutput()).object();
        return int(answer.value(QStringLiteral("rows")).toArray().size());
    }

    qint64 offeringAt(int sourceRow) const { return m_window->tableModel()->offering(sourceRow).id; }

private slots:
    void initTestCase() { MessageBox::setNonInteractive(true); }

    void init()
    {
        m_fixture = std::make_unique<test::BundledDatabase>();
        m_window = std::make_unique<MainWindow>(std::move(m_fixture->db));
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        MessageBox::clearMessages();
    }
    void cleanup() { m_window.reset(); }

    void queryBarSitsAboveTheWorkspace()
    {
        AskBar *bar = m_window->askBar();
        QVERIFY(bar);
        QVERIFY(bar->isVisible());
        QVERIFY(bar->isEnabled()); // the matrix was given to it
        QVERIFY(bar->mapTo(m_window.get(), QPoint(0, 0)).y() < m_window->workspace()->mapTo(m_window.get(), QPoint(0, 0)).y());
    }

    void askingFiltersTheTableLikeTheCli()
    {
        ask(kQuestion);
        const int expected = cliAnswerCount(kQuestion);
        QVERIFY(expected > 0);
        QVERIFY(expected < totalRows());
        QCOMPARE(shownRows(), expected);
        QCOMPARE(whereOf(m_window->filterModel()->queryExpressions()),
                 (QStringList{QStringLiteral("observable=gas evolution"), QStringLiteral("mode=operando")}));
        // Every shown row is operando and measures gas evolution, by the matrix itself.
        auto filter = Filter::compile(m_window->filterModel()->queryExpressions(), m_window->tableModel()->matrix());
        QVERIFY(filter.ok());
        for (int r = 0; r < shownRows(); ++r) {
            const int source = m_window->filterModel()->mapToSource(m_window->filterModel()->index(r, 0)).row();
            QVERIFY(filter->matches(m_window->tableModel()->offering(source)));
        }
    }

    void removingAnAskChipWidensTheTable()
    {
        ask(kQuestion);
        const int narrow = shownRows();
        const QList<AskChip *> chips = askChips();
        QCOMPARE(chips.size(), 2);
        // Every gas-evolution offering of the bundled matrix is operando: dropping the
        // observable is what widens the answer.
        AskChip *observable = nullptr;
        for (AskChip *c : chips)
            if (c->expression().toString() == u"observable=gas evolution")
                observable = c;
        QVERIFY(observable);
        QTest::mouseClick(observable->findChild<QToolButton *>(QStringLiteral("removeChip")), Qt::LeftButton);
        QCoreApplication::processEvents();
        QCOMPARE(whereOf(m_window->filterModel()->queryExpressions()), QStringList{QStringLiteral("mode=operando")});
        QCOMPARE(askChips().size(), 1);
        const int wide = shownRows();
        QVERIFY(wide > narrow);
        QCOMPARE(wide, cliAnswerCount(QStringLiteral("which techniques work operando?")));
    }

    void aQuestionUnderstoodNotAtAllShowsNoRows()
    {
        const int all = shownRows();
        QVERIFY(all > 0);
        ask(QStringLiteral("zqxw blorptastic frumious"));
        QCOMPARE(shownRows(), 0); // never the whole matrix
        QVERIFY(m_window->filterModel()->hasFilters());
        ask(QStringLiteral("who can measure gas evolution operando?"));
        QVERIFY(shownRows() > 0);
        m_window->askBar()->clear();
        QCOMPARE(shownRows(), all);
    }

    void removingAQueryChipBelowTheSearchUpdatesTheBar()
    {
        ask(kQuestion);
        QCoreApplication::processEvents();
        QToolButton *modeChip = nullptr;
        for (QToolButton *b : m_window->filterChips()->findChildren<QToolButton *>())
            if (b->isVisible() && b->text() == u"mode=operando")
                modeChip = b;
        QVERIFY(modeChip);
        QTest::mouseClick(modeChip, Qt::LeftButton);
        QCoreApplication::processEvents(); // the removal is queued
        QCoreApplication::processEvents();
        QCOMPARE(whereOf(m_window->askBar()->expressions()), QStringList{QStringLiteral("observable=gas evolution")});
        QCOMPARE(askChips().size(), 1);
        QCOMPARE(m_window->askBar()->expressions(), m_window->filterModel()->queryExpressions());
    }

    void clearingAllFiltersClearsTheQuestion()
    {
        ask(kQuestion);
        QVERIFY(shownRows() < totalRows());
        QTest::mouseClick(m_window->findChild<QToolButton *>(QStringLiteral("clearAllFilters")), Qt::LeftButton);
        QCoreApplication::processEvents();
        QCOMPARE(shownRows(), totalRows());
        QVERIFY(m_window->askBar()->expressions().isEmpty());
        QVERIFY(m_window->askBar()->lineEdit()->text().isEmpty());
        QVERIFY(askChips().isEmpty());

        // The menu action too, also for a question that understood nothing.
        ask(QStringLiteral("zzqx blorf"));
        QVERIFY(!m_window->askBar()->lineEdit()->text().isEmpty());
        m_window->action(QStringLiteral("actionClearFilters"))->trigger();
        QVERIFY(m_window->askBar()->lineEdit()->text().isEmpty());
        QCOMPARE(shownRows(), totalRows());
    }

    void viewerGetsNoEditingAndANoteSayingWhy()
    {
        Permissions viewer;
        viewer.user = QStringLiteral("reader");
        viewer.role = QStringLiteral("viewer");
        viewer.canRead = true;
        viewer.reason = QStringLiteral("your account \"reader\" may only read this matrix (viewer)");
        m_window->applyPermissions(viewer);
        for (const char *name : {"actionImport", "actionAddOffering", "actionEditOffering", "actionDuplicateOffering", "actionDeleteOffering",
                                 "actionPartners", "actionHolders", "actionCells"})
            QVERIFY2(!m_window->action(QString::fromLatin1(name))->isEnabled(), name);
        QVERIFY(m_window->action(QStringLiteral("actionHistory"))->isEnabled()); // reading history is allowed
        QCOMPARE(m_window->tableView()->editTriggers(), QAbstractItemView::NoEditTriggers);
        QVERIFY(m_window->readOnlyNote()->isVisible());
        QVERIFY(m_window->readOnlyNote()->text().contains(QStringLiteral("may only read")));

        // An edit that reaches the model anyway is not written.
        const QModelIndex cell = m_window->tableModel()->index(0, int(Column::Instrument));
        const qint64 id = offeringAt(0);
        const QString before = m_fixture->store->fetchOffering(id)->cell(Column::Instrument);
        m_window->tableModel()->setData(cell, QStringLiteral("changed by a viewer"));
        QCOMPARE(m_fixture->store->fetchOffering(id)->cell(Column::Instrument), before);

        // Editing rights come back with an editor's permissions.
        m_window->applyPermissions(pm::permissions(m_window->database()));
        QVERIFY(m_window->action(QStringLiteral("actionEditOffering"))->isEnabled());
        QVERIFY(m_window->tableView()->editTriggers() != QAbstractItemView::NoEditTriggers);
        QVERIFY(!m_window->readOnlyNote()->isVisible());
    }

    void readOnlyDatabaseFileOpensAsViewer()
    {
        const QString path = m_fixture->path;
        m_window.reset(); // let go of the file before making it read-only
        QFile::setPermissions(path, QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther);
        if (QFileInfo(path).isWritable()) // root writes anyway; the seam above covers the path
            QSKIP("the file stays writable for this user (root)");
        auto db = Database::open(path);
        QVERIFY2(db.ok(), db ? "" : qPrintable(db.error().text()));
        m_window = std::make_unique<MainWindow>(std::move(*db));
        QVERIFY(!m_window->permissions().canEditMatrix);
        QVERIFY(!m_window->action(QStringLiteral("actionAddOffering"))->isEnabled());
        QVERIFY(m_window->readOnlyNote()->text().contains(QStringLiteral("read-only")));
    }

    void otherUsersChangeUpdatesTheRowInPlace()
    {
        QVERIFY(m_window->changeListener()); // follows the database (inactive on SQLite)
        // A filter and a selection the user has.
        m_window->searchField()->setText(QStringLiteral("XRD"));
        const int shown = shownRows();
        QVERIFY(shown >= 3);
        const auto idAtView = [this](int viewRow) {
            return m_window->filterModel()->index(viewRow, 0).data(MatrixTableModel::OfferingIdRole).toLongLong();
        };
        const qint64 selected = idAtView(1);
        const qint64 deleted = idAtView(2);
        m_window->selectOffering(selected);
        QCOMPARE(m_window->selectedOfferingIds(), QList<qint64>{selected});

        // Another user, on another connection, edits the selected row and deletes another.
        auto other = Database::open(m_fixture->path);
        QVERIFY(other.ok());
        MatrixStore otherStore(**other);
        const Offering current = *otherStore.fetchOffering(selected);
        QVERIFY(otherStore.updateCell(selected, Column::Instrument, QStringLiteral("XRD instrument renamed by a colleague"), current.version).ok());
        const Offering gone = *otherStore.fetchOffering(deleted);
        QVERIFY(otherStore.deleteOffering(deleted, gone.version).ok());

        m_window->applyRemoteChange(QStringLiteral("offerings"), {selected, deleted});
        // The rows are read on the fetcher's thread (issue 15, finding 8) and put in on return.
        QTRY_VERIFY_WITH_TIMEOUT(m_window->tableModel()->rowOf(deleted) == -1, 5000);

        const int row = m_window->tableModel()->rowOf(selected);
        QVERIFY(row >= 0);
        QCOMPARE(m_window->tableModel()->offering(row).cell(Column::Instrument), QStringLiteral("XRD instrument renamed by a colleague"));
        QCOMPARE(m_window->tableModel()->rowOf(deleted), -1);
        QCOMPARE(m_window->selectedOfferingIds(), QList<qint64>{selected}); // selection survived
        QCOMPARE(m_window->searchField()->text(), QStringLiteral("XRD"));  // so did the filter
        QCOMPARE(shownRows(), shown - 1);
        QCOMPARE(m_window->tableModel()->rowCount(), totalRows() - 1);
        QVERIFY(m_window->detailsPane()->toPlainText().contains(QStringLiteral("renamed by a colleague")));
    }

    void userGuideOpensOnF1()
    {
        QAction *help = m_window->action(QStringLiteral("actionHelp"));
        QCOMPARE(help->shortcut(), QKeySequence(QKeySequence::HelpContents));
        help->trigger();
        auto *guide = m_window->findChild<QDialog *>(QStringLiteral("userGuide"));
        QVERIFY(guide);
        QVERIFY(guide->isVisible());
        const QString text = guide->findChild<QTextBrowser *>(QStringLiteral("userGuideText"))->toPlainText();
        QVERIFY(text.size() > 500);
        QVERIFY(!text.contains(QStringLiteral("missing from this build")));
        guide->close();
    }

    void languageMenuIsInTheViewMenu()
    {
        auto *language = m_window->findChild<QMenu *>(QStringLiteral("languageMenu"));
        QVERIFY(language);
        QVERIFY(language->actions().size() >= 3); // system, English and at least one translation
    }

    void aboutShowsTheVersion()
    {
        m_window->showAbout();
        QVERIFY(!MessageBox::lastMessages().isEmpty());
        QVERIFY(MessageBox::lastMessages().last().contains(QStringLiteral(PROBEMATRIX_VERSION)));
    }

#ifdef PROBEMATRIX_HAVE_PLAN_UI
    void unfinishedRequestIsOfferedAtStart()
    {
        RequestDraft::discard();
        QVERIFY(!m_window->offerUnfinishedRequest()); // nothing left: nothing asked
        QVERIFY(MessageBox::lastMessages().isEmpty());

        // The last session crashed while a request was being written: its draft is on disk.
        auto draft = Request::fromJson(R"({"title": "LNO after formation", "sample": {"shape": "electrode", "material": "LiNiO2", "air_sensitive": true},
                                           "observables": [{"name": "oxidation state"}]})");
        QVERIFY2(draft, qPrintable(draft ? QString() : draft.error().text()));
        QVERIFY(RequestDraft::save(*draft));
        m_window.reset();
        auto reopened = Database::open(m_fixture->path);
        QVERIFY(reopened);
        m_window = std::make_unique<MainWindow>(std::move(*reopened));
        m_window->show();

        MessageBox::setNextAnswer(QMessageBox::Yes);
        QVERIFY(m_window->offerUnfinishedRequest());
        QVERIFY(!MessageBox::lastMessages().isEmpty());
        QVERIFY2(MessageBox::lastMessages().last().contains(QStringLiteral("LNO after formation")), qPrintable(MessageBox::lastMessages().last()));
        PlanWorkspace *plans = m_window->planWorkspace();
        QCOMPARE(m_window->workspace()->currentWidget(), plans);
        QVERIFY(plans->wizard());
        QCOMPARE(plans->wizard()->request().title, QStringLiteral("LNO after formation"));
        QCOMPARE(plans->wizard()->request().observables.first().name, QStringLiteral("oxidation state"));
        plans->wizard()->reject();
        RequestDraft::discard();
    }
#endif

    void planThisOpensTheWizardPrefilled()
    {
        ask(QStringLiteral("I need to measure gas evolution operando on a pouch cell"));
        auto *plan = m_window->askBar()->findChild<QPushButton *>(QStringLiteral("planButton"));
        QVERIFY(plan);
        QVERIFY(plan->isVisible());
        QTest::mouseClick(plan, Qt::LeftButton);
#ifdef PROBEMATRIX_HAVE_PLAN_UI
        PlanWorkspace *plans = m_window->planWorkspace();
        QVERIFY(plans);
        QCOMPARE(m_window->workspace()->currentWidget(), plans);
        QVERIFY(plans->wizard());
        QVERIFY(!plans->wizard()->request().observables.isEmpty());
        plans->wizard()->reject();
#else
        QVERIFY(!MessageBox::lastMessages().isEmpty());
        QVERIFY(MessageBox::lastMessages().last().contains(QStringLiteral("gas evolution")));
#endif
    }
};

QTEST_MAIN(TestMainWindowIntegration)
#include "test_main_window_integration.moc"
