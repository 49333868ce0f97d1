// Drives the real MainWindow headless: facets, search, sorting, editing with undo/redo
// (checked in the database), import and export through the file-dialog seam, compare.
#include "TestSupport.h"

#include "MainWindow.h"
#include "common/Dialogs.h"
#include "dialogs/ImportReportDialog.h"
#include "edit/MatrixEditor.h"
#include "model/MatrixFilterModel.h"
#include "model/MatrixTableModel.h"
#include "widgets/CompareDialog.h"
#include "widgets/FacetPanel.h"
#include "widgets/FilterChips.h"
#include "widgets/StatisticsView.h"

#include "io/MatrixDecoder.h"
#include "io/RawTable.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QScopeGuard>
#include <QScrollBar>
#include <QSemaphore>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QTextBrowser>
#include <QTreeWidget>

using namespace pm;
using namespace pm::ui;

class TestBrowserWindow : public QObject {
    Q_OBJECT
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

    void showsTheWholeMatrix()
    {
        const int total = int(m_fixture->matrix.offerings.size());
        QCOMPARE(m_window->tableView()->model()->rowCount(), total);
        QCOMPARE(m_window->findChild<QLabel *>(QStringLiteral("offeringCount"))->text(), QStringLiteral("%1 of %1 offerings").arg(total));
    }

    void tickingAPartnerFacetFiltersTheTable()
    {
        QTreeWidgetItem *ill = m_window->facetPanel()->valueItem(Facet::Partner, QStringLiteral("ILL"));
        QVERIFY(ill);
        const int expected = ill->text(1).toInt(); // the live count the panel promised
        const int byData = int(std::count_if(m_fixture->matrix.offerings.cbegin(), m_fixture->matrix.offerings.cend(),
                                             [](const Offering &o) { return o.partner == u"ILL"; }));
        QCOMPARE(expected, byData);
        ill->setCheckState(0, Qt::Checked);
        QCOMPARE(m_window->tableView()->model()->rowCount(), expected);
        QCOMPARE(m_window->findChild<QLabel *>(QStringLiteral("offeringCount"))->text(),
                 QStringLiteral("%1 of %2 offerings").arg(expected).arg(m_fixture->matrix.offerings.size()));
        QCoreApplication::processEvents();
        QCOMPARE(m_window->filterChips()->chipTexts(), QStringList{QStringLiteral("Partner: ILL")});
        // "Clear all" brings everything back.
        QTest::mouseClick(m_window->findChild<QWidget *>(QStringLiteral("clearAllFilters")), Qt::LeftButton);
        QCOMPARE(m_window->tableView()->model()->rowCount(), int(m_fixture->matrix.offerings.size()));
        QCOMPARE(ill->checkState(0), Qt::Unchecked);
    }

    void searchBoxFiltersAsYouType()
    {
        QTest::keyClick(m_window.get(), Qt::Key_F, Qt::ControlModifier);
        QTest::keyClicks(m_window->searchField(), QStringLiteral("XRD"));
        const int rows = m_window->tableView()->model()->rowCount();
        QVERIFY(rows > 0);
        QVERIFY(rows < int(m_fixture->matrix.offerings.size()));
        for (int r = 0; r < rows; ++r) {
            const int source = m_window->filterModel()->mapToSource(m_window->filterModel()->index(r, 0)).row();
            const Offering &o = m_window->tableModel()->offering(source);
            bool found = false;
            for (const QString &cell : o.raw)
                found = found || cell.contains(QStringLiteral("XRD"), Qt::CaseInsensitive);
            QVERIFY2(found, qPrintable(o.techniqueLabel()));
        }
    }

    void clickingAnOrdinalHeaderSortsByOrder()
    {
        QTableView *view = m_window->tableView();
        QHeaderView *header = view->horizontalHeader();
        const int column = int(Column::Resources);
        view->scrollTo(view->model()->index(0, column));
        const int x = header->sectionViewportPosition(column) + header->sectionSize(column) / 2;
        QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, QPoint(x, header->height() / 2));
        QCOMPARE(header->sortIndicatorSection(), column);
        auto levels = [&] {
            QList<int> out;
            for (int r = 0; r < view->model()->rowCount(); ++r) {
                const int source = m_window->filterModel()->mapToSource(view->model()->index(r, 0)).row();
                out.append(m_window->tableModel()->offering(source).resources.lo);
            }
            return out;
        };
        const Qt::SortOrder first = header->sortIndicatorOrder();
        QList<int> seen = levels();
        QList<int> known;
        for (int l : seen)
            if (l >= 0)
                known.append(l);
        QVERIFY(known.size() > 10);
        QCOMPARE(seen.mid(0, known.size()), known); // unknown last
        QList<int> sorted = known;
        std::sort(sorted.begin(), sorted.end());
        if (first == Qt::DescendingOrder)
            std::reverse(sorted.begin(), sorted.end());
        QCOMPARE(known, sorted);
        // The view shows words in scale order, not alphabetical ("Cheap" < "Medium" < "Expensive").
        QVERIFY(sorted.contains(0) && sorted.contains(2));
    }

    void editUndoRedoReachTheDatabase()
    {
        const Offering &first = m_window->tableModel()->offering(0);
        const qint64 id = first.id;
        const QString before = first.cell(Column::Fidelity);
        const QString after = before == u"[Low]" ? QStringLiteral("[Best]") : QStringLiteral("[Low]");
        const QModelIndex cell = m_window->filterModel()->mapFromSource(m_window->tableModel()->index(0, int(Column::Fidelity)));
        QVERIFY(!m_window->isWindowModified());
        m_window->tableView()->model()->setData(cell, after);
        QCOMPARE(m_window->store().fetchOffering(id)->cell(Column::Fidelity), after);
        QCOMPARE(m_window->tableModel()->offering(m_window->tableModel()->rowOf(id)).cell(Column::Fidelity), after);
        QVERIFY(m_window->isWindowModified());

        m_window->action(QStringLiteral("actionUndo"))->trigger();
        QCOMPARE(m_window->store().fetchOffering(id)->cell(Column::Fidelity), before);
        QVERIFY(!m_window->isWindowModified());
        m_window->action(QStringLiteral("actionRedo"))->trigger();
        QCOMPARE(m_window->store().fetchOffering(id)->cell(Column::Fidelity), after);

        // Who changed what is in the history.
        auto history = m_window->store().history(id);
        QVERIFY(history.ok());
        int updates = 0;
        for (const HistoryEntry &h : *history)
            if (h.action == u"update" && h.column == u"fidelity") {
                ++updates;
                QCOMPARE(h.changedBy, currentUserName());
            }
        QCOMPARE(updates, 3);
    }

    void valueOutsideItsScaleIsRefused()
    {
        const Offering &first = m_window->tableModel()->offering(0);
        const QString before = first.cell(Column::Resources);
        const QModelIndex cell = m_window->filterModel()->mapFromSource(m_window->tableModel()->index(0, int(Column::Resources)));
        m_window->tableView()->model()->setData(cell, QStringLiteral("[Priceless]"));
        QCOMPARE(m_window->store().fetchOffering(first.id)->cell(Column::Resources), before);
        QCOMPARE(MessageBox::lastMessages().size(), 1);
        QVERIFY2(MessageBox::lastMessages().first().contains(QStringLiteral("Priceless")), qPrintable(MessageBox::lastMessages().first()));
        QVERIFY(!m_window->editor()->canUndo());
    }

    void importThroughTheFileDialogSeamShowsTheReport()
    {
        // The D5.2 rows with one fidelity that is not on the scale and one unknown mode.
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("edited.tsv"));
        QByteArray content = test::readFile(test::dataPath(QStringLiteral("d52-figure1.tsv")));
        QVERIFY(content.contains("[Best]") && content.contains("[Ex-situ, operando]"));
        content.replace("[Best]", "[Superb]");
        content.replace("[Ex-situ, operando]", "[Ex-situ, sideways]");
        test::writeFile(path, content);
        auto table = readTableFile(path);
        QVERIFY(table.ok());
        auto decoded = decodeMatrix(*table, ObservableVocabulary::bundled());
        QVERIFY(decoded.ok());
        QVERIFY(!decoded->report.issues.isEmpty());

        FileDialog::setNextFileName(path);
        m_window->action(QStringLiteral("actionImport"))->trigger();
        auto *dialog = m_window->findChild<ImportReportDialog *>();
        QVERIFY(dialog);
        QCOMPARE(dialog->issuesTable()->rowCount(), int(decoded->report.issues.size()));
        QCOMPARE(m_window->lastImportReport().rowsRead, decoded->report.rowsRead);
        QVERIFY(dialog->summaryText().contains(QString::number(decoded->report.rowsRead)));
        QList<QString> written;
        for (int r = 0; r < dialog->issuesTable()->rowCount(); ++r)
            written.append(dialog->issuesTable()->item(r, 2)->text());
        QVERIFY(written.contains(QStringLiteral("[Superb]")));
        QVERIFY(std::any_of(written.cbegin(), written.cend(), [](const QString &w) { return w.contains(QStringLiteral("sideways")); }));
        // Every issue names its line and the text as written.
        for (int r = 0; r < dialog->issuesTable()->rowCount(); ++r) {
            QVERIFY(dialog->issuesTable()->item(r, 0)->data(Qt::DisplayRole).toInt() > 0);
            QVERIFY(!dialog->issuesTable()->item(r, 3)->text().isEmpty());
        }
    }

    void exportWithoutContactsThroughTheSeam()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("shown.csv"));
        m_window->filterModel()->setFacetValue(Facet::Partner, QStringLiteral("ESRF"), true);
        const int shown = m_window->tableView()->model()->rowCount();
        FileDialog::setNextFileName(path);
        m_window->action(QStringLiteral("actionExportWithoutContacts"))->trigger();
        const QList<QByteArray> lines = test::readFile(path).trimmed().split('\n');
        QVERIFY(lines.size() >= shown + 1);
        const QList<QByteArray> header = lines.first().split(',');
        QVERIFY(!header.contains("Contact"));         // the personal cell is left out
        QCOMPARE(header.last(), QByteArray("Contact point")); // the public office or page stays
        QVERIFY(header.contains("Partner"));
    }

    void compareHighlightsDifferences()
    {
        QTableView *view = m_window->tableView();
        view->selectionModel()->select(view->model()->index(0, 0), QItemSelectionModel::Select | QItemSelectionModel::Rows);
        view->selectionModel()->select(view->model()->index(1, 0), QItemSelectionModel::Select | QItemSelectionModel::Rows);
        QCOMPARE(m_window->selectedOfferingIds().size(), 2);
        m_window->action(QStringLiteral("actionCompare"))->trigger();
        auto *dialog = m_window->findChild<CompareDialog *>();
        QVERIFY(dialog);
        QCOMPARE(dialog->table()->columnCount(), 2);
        const QStringList differing = dialog->differingRows();
        for (int r = 0; r < dialog->table()->rowCount(); ++r) {
            const bool same = dialog->table()->item(r, 0)->text().compare(dialog->table()->item(r, 1)->text(), Qt::CaseInsensitive) == 0;
            QCOMPARE(differing.contains(dialog->table()->verticalHeaderItem(r)->text()), !same);
        }
    }

    void detailsPaneShowsTheSelectedOffering()
    {
        const qint64 esrf = [&] {
            for (const Offering &o : m_fixture->matrix.offerings)
                if (o.partner == u"ESRF" && !o.cell(Column::Contact).isEmpty() && o.cell(Column::Contact) != u"[Null]")
                    return o.id;
            return qint64(0);
        }();
        QVERIFY(esrf > 0);
        m_window->selectOffering(esrf);
        const QString html = m_window->detailsPane()->toHtml();
        QVERIFY(html.contains(QStringLiteral("mailto:")));
        QVERIFY(html.contains(QStringLiteral("purl.org/pan-science/PaNET/PaNET")));
        QVERIFY(html.contains(m_fixture->matrix.partner(QStringLiteral("ESRF"))->country));
    }

    // Issue 18, 2: the pane shows what is selected and shown, never an offering the filters
    // removed, nor any offering when the table is empty.
    void detailsPaneFollowsTheFilters()
    {
        const Offering *esrf = nullptr;
        for (const Offering &o : m_fixture->matrix.offerings)
            if (!esrf && o.partner == u"ESRF")
                esrf = &o;
        QVERIFY(esrf);
        const QString technique = esrf->techniqueLabel();
        m_window->selectOffering(esrf->id);
        QCOMPARE(m_window->detailsOffering(), esrf->id);
        QVERIFY(m_window->detailsPane()->toPlainText().contains(technique));

        // ILL only: the ESRF offering is gone from the table, so from the pane.
        m_window->filterModel()->setFacetValue(Facet::Partner, QStringLiteral("ILL"), true);
        QApplication::processEvents();
        QVERIFY(m_window->tableView()->model()->rowCount() > 0);
        QCOMPARE(m_window->detailsOffering(), 0);
        QVERIFY2(m_window->detailsPane()->toPlainText().contains(QStringLiteral("Select an offering")), qPrintable(m_window->detailsPane()->toPlainText()));

        // Nothing left: no offering shown, and the pane says why.
        m_window->selectOffering(m_window->tableModel()->offering(m_window->filterModel()->mapToSource(m_window->filterModel()->index(0, 0)).row()).id);
        QVERIFY(m_window->detailsOffering() > 0);
        m_window->filterModel()->setSearchText(QStringLiteral("no offering is called this"));
        QTRY_COMPARE(m_window->tableView()->model()->rowCount(), 0); // the search index may still be building
        QCOMPARE(m_window->detailsOffering(), 0);
        QVERIFY2(m_window->detailsPane()->toPlainText().contains(QStringLiteral("No offering matches the filters")), qPrintable(m_window->detailsPane()->toPlainText()));
        if (const QString dir = qEnvironmentVariable("PROBEMATRIX_SCREENSHOTS"); !dir.isEmpty()) { // docs/images
            m_window->resize(1440, 900);
            QApplication::processEvents();
            QVERIFY(QDir().mkpath(dir) && m_window->grab().save(QDir(dir).filePath(QStringLiteral("browser-details-no-match.png"))));
        }
    }

    // Issue 18, 4: at 1440 px the table shows the columns people decide by without scrolling.
    void decisionColumnsShowAt1440()
    {
        m_window->resize(1440, 900);
        QApplication::processEvents();
        QTableView *table = m_window->tableView();
        const int width = table->viewport()->width();
        for (Column c : {Column::Fidelity, Column::Resources, Column::PlanningTime}) {
            const int section = int(c);
            QVERIFY(!table->isColumnHidden(section));
            const int right = table->horizontalHeader()->sectionViewportPosition(section) + table->horizontalHeader()->sectionSize(section);
            QVERIFY2(right <= width, qPrintable(QStringLiteral("%1 ends at %2 of %3 px").arg(columnTitle(c)).arg(right).arg(width)));
        }
    }

    void statisticsFollowTheFilter()
    {
        m_window->showStatistics();
        StatisticsView *stats = m_window->statisticsView();
        m_window->filterModel()->setFacetValue(Facet::Partner, QStringLiteral("ILL"), true);
        const BarChartData partners = stats->partnerChart()->data();
        QCOMPARE(partners.categories, QStringList{QStringLiteral("ILL")});
        QCOMPARE(int(partners.series.first().values.first()), m_window->tableView()->model()->rowCount());
    }

    // A large matrix paints its rows before the search/facet index is built (on a worker
    // thread); the search field says so, and what was typed meanwhile filters once it is.
    void rowsShowBeforeTheIndexAndSearchWorksOnceItIsReady()
    {
        const int threshold = MatrixTableModel::backgroundIndexThreshold();
        MatrixTableModel::setBackgroundIndexThreshold(1); // the bundled matrix counts as large
        auto restore = qScopeGuard([threshold] { MatrixTableModel::setBackgroundIndexThreshold(threshold); });
        m_window.reset();
        auto fixture = std::make_unique<test::BundledDatabase>();
        const int total = int(fixture->matrix.offerings.size());
        MainWindow window(std::move(fixture->db));

        QVERIFY(!window.tableModel()->isIndexReady());
        QCOMPARE(window.tableView()->model()->rowCount(), total);
        QVERIFY(window.searchField()->placeholderText().contains(QStringLiteral("Indexing")));
        QVERIFY(!window.facetPanel()->valueItem(Facet::Partner, QStringLiteral("ILL")));
        window.searchField()->setText(QStringLiteral("XRD"));
        QCOMPARE(window.tableView()->model()->rowCount(), total); // waits for the index

        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTRY_VERIFY(window.tableModel()->isIndexReady());
        QVERIFY(!window.searchField()->placeholderText().contains(QStringLiteral("Indexing")));
        const int rows = window.tableView()->model()->rowCount();
        QVERIFY(rows > 0 && rows < total);
        for (int r = 0; r < rows; ++r) {
            const Offering &o = window.tableModel()->offering(window.filterModel()->mapToSource(window.filterModel()->index(r, 0)).row());
            QVERIFY2(std::any_of(o.raw.cbegin(), o.raw.cend(), [](const QString &c) { return c.contains(QStringLiteral("XRD"), Qt::CaseInsensitive); }),
                     qPrintable(o.techniqueLabel()));
        }
        // Facets are there too, with counts that follow the search.
        window.searchField()->clear();
        QCoreApplication::processEvents();
        QTreeWidgetItem *ill = window.facetPanel()->valueItem(Facet::Partner, QStringLiteral("ILL"));
        QVERIFY(ill);
        const int byData = int(std::count_if(window.tableModel()->matrix().offerings.cbegin(), window.tableModel()->matrix().offerings.cend(),
                                             [](const Offering &o) { return o.partner == u"ILL"; }));
        QCOMPARE(ill->text(1).toInt(), byData);
        ill->setCheckState(0, Qt::Checked);
        QCOMPARE(window.tableView()->model()->rowCount(), byData);
    }

    // From the progressive threshold on, the window shows the first rows of the default
    // order at once and reads the rest on a worker thread with its own connection. Editing
    // and export wait for it; then the table, search and facets are those of a synchronous
    // load (m_window, over a copy of the same database), and the selection survives.
    void firstRowsShowBeforeTheFullLoadAndEditingWaitsForIt()
    {
        constexpr int firstRows = 60; // more than the window shows: room to scroll
        QSemaphore gate; // holds the background load back while the first rows are checked
        MainWindow::setProgressiveLoading(1, firstRows); // the bundled matrix counts as large
        MainWindow::setBeforeBackgroundLoad([&gate] { gate.acquire(); });
        auto fixture = std::make_unique<test::BundledDatabase>();
        const int total = int(fixture->matrix.offerings.size());
        QVERIFY(total > firstRows);
        auto window = std::make_unique<MainWindow>(std::move(fixture->db));
        // Declared after the window, so run first: a failed check must not leave the
        // loading thread waiting while the window joins it.
        auto restore = qScopeGuard([&gate, &window] {
            gate.release();
            window.reset();
            MainWindow::setProgressiveLoading(20000, 200);
            MainWindow::setBeforeBackgroundLoad({});
        });
        window->show();
        QVERIFY(QTest::qWaitForWindowExposed(window.get()));

        // The first rows, in the order the whole matrix will have.
        QVERIFY(!window->isFullyLoaded());
        QAbstractItemModel *shown = window->tableView()->model();
        QAbstractItemModel *reference = m_window->tableView()->model();
        QCOMPARE(shown->rowCount(), firstRows);
        auto idAt = [](QAbstractItemModel *model, int row) { return model->index(row, 0).data(MatrixTableModel::OfferingIdRole).toLongLong(); };
        for (int r = 0; r < firstRows; ++r)
            QCOMPARE(idAt(shown, r), idAt(reference, r));
        QCOMPARE(window->findChild<QLabel *>(QStringLiteral("offeringCount"))->text(), QStringLiteral("First %1 of %2 offerings").arg(firstRows).arg(total));
        QVERIFY(window->statusBar()->currentMessage().contains(QStringLiteral("Loading")));
        QVERIFY(window->searchField()->placeholderText().contains(QStringLiteral("Loading")));
        QVERIFY(!window->facetPanel()->valueItem(Facet::Partner, QStringLiteral("ILL"))); // no counts over the first rows

        // No edit mid-load: the actions are greyed with the reason, the views do not edit,
        // and an edit that comes in some other way is not saved.
        for (const QString &name : {QStringLiteral("actionAddOffering"), QStringLiteral("actionEditOffering"), QStringLiteral("actionDeleteOffering"),
                                    QStringLiteral("actionImport"), QStringLiteral("actionExport")}) {
            QAction *a = window->action(name);
            QVERIFY2(a && !a->isEnabled(), qPrintable(name));
            QVERIFY2(a->toolTip().contains(QStringLiteral("loaded")), qPrintable(a->toolTip()));
        }
        QCOMPARE(window->tableView()->editTriggers(), QAbstractItemView::NoEditTriggers);
        const qint64 editedId = idAt(shown, 0);
        const QString before = window->store().fetchOffering(editedId)->cell(Column::Fidelity);
        const QString after = before == u"[Low]" ? QStringLiteral("[Best]") : QStringLiteral("[Low]");
        shown->setData(shown->index(0, int(Column::Fidelity)), after);
        QCOMPARE(window->store().fetchOffering(editedId)->cell(Column::Fidelity), before);

        // What the user selected meanwhile stays selected, and the row at the top stays there.
        window->selectOffering(idAt(shown, 5));
        const QList<qint64> selected = window->selectedOfferingIds();
        QCOMPARE(selected.size(), 1);
        window->tableView()->scrollTo(shown->index(12, 0), QAbstractItemView::PositionAtTop);
        QVERIFY(window->tableView()->verticalScrollBar()->value() > 0);
        const qint64 topId = window->tableView()->indexAt(QPoint(1, 1)).data(MatrixTableModel::OfferingIdRole).toLongLong();
        QCOMPARE(topId, idAt(shown, 12));

        QSignalSpy loaded(window.get(), &MainWindow::fullyLoaded);
        gate.release();
        QTRY_VERIFY(window->isFullyLoaded());
        QCOMPARE(loaded.size(), 1);
        QCOMPARE(shown->rowCount(), reference->rowCount());
        for (int r = 0; r < total; ++r)
            QCOMPARE(idAt(shown, r), idAt(reference, r));
        QCOMPARE(window->selectedOfferingIds(), selected);
        QCOMPARE(window->tableView()->indexAt(QPoint(1, 1)).data(MatrixTableModel::OfferingIdRole).toLongLong(), topId);
        QCOMPARE(window->findChild<QLabel *>(QStringLiteral("offeringCount"))->text(), QStringLiteral("%1 of %1 offerings").arg(total));
        QVERIFY(!window->statusBar()->currentMessage().contains(QStringLiteral("Loading")));
        for (const QString &name : {QStringLiteral("actionAddOffering"), QStringLiteral("actionImport"), QStringLiteral("actionExport")}) {
            QVERIFY2(window->action(name)->isEnabled(), qPrintable(name));
            QVERIFY(!window->action(name)->toolTip().contains(QStringLiteral("loaded")));
        }
        QCOMPARE(window->tableView()->editTriggers(), m_window->tableView()->editTriggers());

        // Search and facets as in the synchronous window.
        QTRY_VERIFY(window->tableModel()->isIndexReady());
        // The facet panel follows the model's reset on the next turn of the event loop.
        QTRY_VERIFY(window->facetPanel()->valueItem(Facet::Partner, QStringLiteral("ILL")));
        for (const QString &partner : {QStringLiteral("ILL"), QStringLiteral("DTU")}) {
            QTreeWidgetItem *item = window->facetPanel()->valueItem(Facet::Partner, partner);
            QTreeWidgetItem *expected = m_window->facetPanel()->valueItem(Facet::Partner, partner);
            QVERIFY(item && expected);
            QCOMPARE(item->text(1), expected->text(1));
        }
        window->searchField()->setText(QStringLiteral("neutron"));
        m_window->searchField()->setText(QStringLiteral("neutron"));
        QVERIFY(reference->rowCount() > 0 && reference->rowCount() < total);
        QCOMPARE(shown->rowCount(), reference->rowCount());

        // Now an edit goes through.
        window->searchField()->clear();
        const int row = window->tableModel()->rowOf(editedId);
        shown->setData(window->filterModel()->mapFromSource(window->tableModel()->index(row, int(Column::Fidelity))), after);
        QCOMPARE(window->store().fetchOffering(editedId)->cell(Column::Fidelity), after);
    }

private:
    std::unique_ptr<test::BundledDatabase> m_fixture;
    std::unique_ptr<MainWindow> m_window;
};

QTEST_MAIN(TestBrowserWindow)
#include "test_browser_window.moc"
