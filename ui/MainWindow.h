#pragma once

#include "common/Result.h"
#include "io/ImportReport.h"
#include "matrix/Column.h"
#include "store/Database.h"

#include <QMainWindow>

#include <memory>

class QAction;
class QLabel;
class QLineEdit;
class QMenu;
class QSplitter;
class QTabWidget;
class QTableView;
class QTextBrowser;
class QVBoxLayout;

namespace pm {
class MatrixStore;
}

namespace pm::ui {

class FacetPanel;
class FilterChips;
class MatrixEditor;
class MatrixFilterModel;
class MatrixTableModel;
class StatisticsView;

// The matrix browser: facets on the left, the table (technique and partner frozen on the
// left) in the middle, the details of the selected offering on the right; a statistics
// page; editing with undo; open, import and export.
//
// Extension points for the other workspaces:
//  - installQueryBar(widget): the plain-language bar goes at the top (m_topBar); connect
//    its expressionsChanged to filterModel()->setQueryExpressions.
//  - addWorkspacePage(widget, title): a page beside "Matrix" and "Statistics".
//  - planMenu(): the "Plan" menu (hidden until something is added to it).
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(std::unique_ptr<Database> db, QWidget *parent = nullptr);
    ~MainWindow() override;

    void installQueryBar(QWidget *bar);
    int addWorkspacePage(QWidget *page, const QString &title);
    void showWorkspacePage(QWidget *page);
    QMenu *planMenu();

    // Replaces the open database (File > Open); the matrix is loaded from it.
    Result<void> setDatabase(std::unique_ptr<Database> db);
    Result<void> reloadMatrix();

    Database &database() { return *m_db; }
    MatrixStore &store() { return *m_store; }
    MatrixTableModel *tableModel() const { return m_model; }
    MatrixFilterModel *filterModel() const { return m_filter; }
    MatrixEditor *editor() const { return m_editor; }
    QTableView *tableView() const { return m_table; }
    QTableView *frozenView() const { return m_frozen; }
    FacetPanel *facetPanel() const { return m_facets; }
    FilterChips *filterChips() const { return m_chips; }
    QLineEdit *searchField() const { return m_search; }
    QTextBrowser *detailsPane() const { return m_details; }
    StatisticsView *statisticsView() const { return m_statistics; }
    QTabWidget *workspace() const { return m_workspace; }
    QAction *action(const QString &objectName) const;

    // The offering ids of the selected rows, in view order.
    QList<qint64> selectedOfferingIds() const;
    void selectOffering(qint64 id);
    // The report of the last import (shown in its dialog too).
    const ImportReport &lastImportReport() const { return m_lastImport; }

public slots:
    void openDatabase();
    void importMatrix();
    void exportMatrix(bool includeContacts);
    void compareSelected();
    void showStatistics();
    void addOffering();
    void editSelectedOffering();
    void duplicateSelectedOffering();
    void deleteSelectedOfferings();
    void showHistory();
    void managePartners();
    void manageHolders();
    void manageCells();
    void showHelp();
    void showAbout();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void createMenus();
    QWidget *createBrowserPage();
    void setUpTables();
    void restoreLayout();
    void saveLayout();
    void updateStatus();
    void updateDetails();
    void updateRecentMenu();
    void updateTitle();
    void applyCellEdit(qint64 id, pm::Column column, const QString &rawText);
    void onEditFailed(const QString &message, bool stale);
    void showColumnMenu(const QPoint &pos);
    Result<void> openDatabaseAt(const QString &location);

    std::unique_ptr<Database> m_db;
    std::unique_ptr<MatrixStore> m_store;
    MatrixTableModel *m_model = nullptr;
    MatrixFilterModel *m_filter = nullptr;
    MatrixEditor *m_editor = nullptr;

    QTabWidget *m_workspace = nullptr;
    QVBoxLayout *m_topBar = nullptr; // the plain-language query bar goes here
    QLineEdit *m_search = nullptr;
    FilterChips *m_chips = nullptr;
    FacetPanel *m_facets = nullptr;
    QTableView *m_table = nullptr;
    QTableView *m_frozen = nullptr;
    QTextBrowser *m_details = nullptr;
    QSplitter *m_splitter = nullptr;
    StatisticsView *m_statistics = nullptr;
    QLabel *m_count = nullptr;
    QMenu *m_recentMenu = nullptr;
    QMenu *m_planMenu = nullptr;
    QMenu *m_columnsMenu = nullptr;
    ImportReport m_lastImport;
};

} // namespace pm::ui
