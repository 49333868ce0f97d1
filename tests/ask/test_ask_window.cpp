// The query bar inside the real main window (issue 18 §2): a new question starts from a clean
// filter unless "Refine" is on, the bar says what it cleared, names the other filters when
// they empty the table, and a campaign sentence opens the request wizard pre-filled.
#include "TestSupport.h"

#include "MainWindow.h"
#include "ask/AskBar.h"
#include "common/Dialogs.h"
#include "model/Facet.h"
#include "model/MatrixFilterModel.h"

#ifdef PROBEMATRIX_HAVE_PLAN_UI
#include "plan/PlanWorkspace.h"
#include "plan/RequestWizard.h"
#endif

#include "query/Filter.h"

#include <QLabel>
#include <QLineEdit>
#include <QTableView>
#include <QTest>
#include <QToolButton>

using namespace pm;
using namespace pm::ui;

class TestAskWindow : public QObject {
    Q_OBJECT

    std::unique_ptr<test::BundledDatabase> m_fixture;
    std::unique_ptr<MainWindow> m_window;

    MatrixFilterModel *filter() const { return qobject_cast<MatrixFilterModel *>(m_window->tableView()->model()); }
    int shownRows() const { return m_window->tableView()->model()->rowCount(); }
    QLabel *note() const { return m_window->askBar()->findChild<QLabel *>(QStringLiteral("askFilterNote")); }

    void ask(const QString &question)
    {
        QLineEdit *edit = m_window->askBar()->lineEdit();
        edit->clear();
        QTest::keyClicks(edit, question);
        QTest::keyClick(edit, Qt::Key_Return);
        QCoreApplication::processEvents();
    }

    // The rows `list --where` gives for the bar's criteria, on the whole matrix.
    int rowsOfQuestionAlone() const
    {
        auto f = Filter::compile(m_window->askBar()->expressions(), m_fixture->matrix);
        return f ? int(f->apply(m_fixture->matrix.offerings).size()) : -1;
    }

private slots:
    void initTestCase() { MessageBox::setNonInteractive(true); }

    void init()
    {
        m_fixture = std::make_unique<test::BundledDatabase>();
        m_window = std::make_unique<MainWindow>(std::move(m_fixture->db));
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QVERIFY(filter());
    }
    void cleanup() { m_window.reset(); }

    void newQuestionStartsFromACleanFilter()
    {
        // Earlier ticks that would empty the Grenoble answer (SINTEF is in Trondheim), and a search.
        QVERIFY(filter()->setFacetValue(Facet::Partner, QStringLiteral("SINTEF"), true));
        m_window->searchField()->setText(QStringLiteral("cycling"));
        ask(QStringLiteral("Which labs in Grenoble do XRD?"));
        QVERIFY(filter()->facetSelection(Facet::Partner).isEmpty());
        QVERIFY(m_window->searchField()->text().isEmpty());
        QVERIFY(shownRows() > 0);
        QCOMPARE(shownRows(), rowsOfQuestionAlone());
        QVERIFY(note()->isVisible());
        QVERIFY2(note()->text().contains(QStringLiteral("SINTEF")), qPrintable(note()->text()));
        QVERIFY2(note()->text().contains(QStringLiteral("cycling")), qPrintable(note()->text()));
        // A question asked on a clean table says nothing about clearing.
        ask(QStringLiteral("XPS at CEA"));
        QVERIFY(!note()->isVisible());
    }

    void refineKeepsTheFiltersAndNamesTheOneThatEmptiedTheTable()
    {
        m_window->askBar()->setRefining(true);
        QVERIFY(filter()->setFacetValue(Facet::Partner, QStringLiteral("SINTEF"), true));
        ask(QStringLiteral("Which labs in Grenoble do XRD?"));
        QCOMPARE(filter()->facetSelection(Facet::Partner).size(), 1);
        QCOMPARE(shownRows(), 0);
        QVERIFY(rowsOfQuestionAlone() > 0);
        QVERIFY(note()->isVisible());
        QVERIFY2(note()->text().contains(facetTitle(Facet::Partner) + QStringLiteral(": SINTEF")), qPrintable(note()->text()));
        QVERIFY2(note()->text().contains(QString::number(rowsOfQuestionAlone())), qPrintable(note()->text()));
        // Removing the tick brings the rows back, and the note goes.
        filter()->clearFacet(Facet::Partner);
        QCoreApplication::processEvents();
        QCOMPARE(shownRows(), rowsOfQuestionAlone());
        QVERIFY(!note()->isVisible());
    }

    void campaignSentenceOpensTheWizard()
    {
        ask(QStringLiteral("I need SEI composition and gas evolution, correlated, operando"));
#ifdef PROBEMATRIX_HAVE_PLAN_UI
        PlanWorkspace *plans = m_window->planWorkspace();
        QVERIFY(plans);
        QCOMPARE(m_window->workspace()->currentWidget(), plans);
        QVERIFY(plans->wizard());
        QCOMPARE(plans->wizard()->request().observables.size(), 2);
        plans->wizard()->reject();
#else
        QVERIFY(!MessageBox::lastMessages().isEmpty());
#endif
    }
};

QTEST_MAIN(TestAskWindow)
#include "test_ask_window.moc"
