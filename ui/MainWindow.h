#pragma once

#include "common/Result.h"
#include "io/ImportReport.h"
#include "matrix/Column.h"
#include "store/Database.h"
#include "store/Permissions.h"

#include <QMainWindow>

#include <functional>
#include <memory>
#include <thread>

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
struct Matrix;
struct Offering;
class ChangeListener;
class MatrixStore;
} // namespace pm

namespace pm::ui {

class AskBar;
struct MatrixLoadOutcome;
class ConnectionBanner;
class FacetPanel;
class FilterChips;
class MatrixEditor;
class MatrixFilterModel;
class MatrixTableModel;
class PlanWorkspace;
class ReadOnlyNote;
class SecurityIndicator;
class RemoteFetcher;
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
//
// Installed here: the plain-language bar (AskBar), the plan workspace when it is built
// (PROBEMATRIX_HAVE_PLAN_UI), the connection banner and change listener for a consortium
// server, and the read-only note when the account may not edit.
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(std::unique_ptr<Database> db, QWidget *parent = nullptr);
    ~MainWindow() override;

    void installQueryBar(QWidget *bar);
    int addWorkspacePage(QWidget *page, const QString &title);
    void showWorkspacePage(QWidget *page);
    // At start: when an earlier session (closed or crashed) left a request half-written,
    // shows the plan workspace and offers to continue it. True when the wizard opened.
    bool offerUnfinishedRequest();
    QMenu *planMenu();

    // Progressive start: from `threshold` offerings on (default 20,000) the window shows the
    // first `firstRows` rows of the default order at once and loads the whole matrix on a
    // worker thread with its own connection; editing and export wait for it. Applies to
    // windows constructed afterwards (tests and the benchmark set it).
    static void setProgressiveLoading(int threshold, int firstRows);
    // Tests: called on the loading thread before it reads, to hold the load back.
    static void setBeforeBackgroundLoad(std::function<void()> hook);
    // False while the first rows are shown and the rest is still being read.
    bool isFullyLoaded() const { return !m_loadingFull; }

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
    qint64 detailsOffering() const { return m_detailsOffering; } // the offering the pane shows; 0: none
    StatisticsView *statisticsView() const { return m_statistics; }
    QTabWidget *workspace() const { return m_workspace; }
    QAction *action(const QString &objectName) const;
    AskBar *askBar() const { return m_askBar; }
    ConnectionBanner *connectionBanner() const { return m_banner; }
    ReadOnlyNote *readOnlyNote() const { return m_readOnlyNote; }
    ChangeListener *changeListener() const { return m_listener; }
    PlanWorkspace *planWorkspace() const { return m_plans; } // null when built without it

    // What the account may do on the open database; editing actions follow canEditMatrix.
    const Permissions &permissions() const { return m_permissions; }
    // Applied after every (re)connection; public so that tests can play a viewer on SQLite.
    void applyPermissions(const Permissions &permissions);

    // The offering ids of the selected rows, in view order.
    QList<qint64> selectedOfferingIds() const;
    void selectOffering(qint64 id);
    // The report of the last import (shown in its dialog too).
    const ImportReport &lastImportReport() const { return m_lastImport; }

signals:
    // The whole matrix is in the table (emitted once after a progressive start).
    void fullyLoaded();

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
    void showQuickHelp();
    void showAbout();
    // File > Connect to Server…: the connection dialog, then the server's matrix.
    void connectToServer();
    // The query bar's "Plan this…": the request wizard, pre-filled from the drafted request.
    void startRequestFromJson(const QByteArray &requestJson);
    // Another user changed rows of `table` (ChangeListener): refetch just those and update
    // the table in place; offerings that no longer exist are removed.
    void applyRemoteChange(const QString &table, const QList<qint64> &ids);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    // Other users' changed offerings, read by the fetcher (or here, when it cannot) and put
    // into the table; ids asked for but not found were deleted.
    void applyChangedOfferings(const QList<qint64> &ids, const QList<Offering> &changed);
    void readChangedOfferingsHere(const QList<qint64> &ids);
    void readChangedTableHere(const QString &table);

    // Add or Duplicate: the offering dialog until the store accepts the new row or the user cancels.
    void addOfferingThroughDialog(const Offering &start, bool duplicate);
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
    void createQueryBar();
    void createPlanWorkspace();
    QWidget *createConnectionStrip();
    // Follow the open database: banner, change listener, permissions, plan workspace.
    void attachDatabase();
    void detachDatabase();
    void matrixReloaded();
    // A large matrix is indexed in the background after it is shown: say so in the search
    // field until search and facets work.
    void showIndexingState();
    // Progressive start (MainWindowLoading.cpp): the first rows now, the rest on a thread.
    Result<void> loadMatrixAtStart();
    void startBackgroundLoad();
    void finishBackgroundLoad(quint64 ticket);
    // Forgets a load in flight (another database, a reload): joins its thread.
    void abandonBackgroundLoad();
    // Changes other users made while the matrix was read, fetched again once it is in.
    void replayRemoteChanges();
    void showLoadingState();
    void syncQueryBarWithFilter();
    void onLanguageChosen();

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
    qint64 m_detailsOffering = 0;
    QSplitter *m_splitter = nullptr;
    StatisticsView *m_statistics = nullptr;
    QLabel *m_count = nullptr;
    QMenu *m_recentMenu = nullptr;
    QMenu *m_planMenu = nullptr;
    QMenu *m_columnsMenu = nullptr;
    AskBar *m_askBar = nullptr;
    ConnectionBanner *m_banner = nullptr;
    ReadOnlyNote *m_readOnlyNote = nullptr;
    SecurityIndicator *m_security = nullptr; // encrypted and verified? (server connections)
    RemoteFetcher *m_fetcher = nullptr;      // reads other users' changes off the GUI thread
    ChangeListener *m_listener = nullptr;
    PlanWorkspace *m_plans = nullptr;
    Permissions m_permissions;
    ImportReport m_lastImport;
    bool m_indexingShown = false;
    bool m_loadingFull = false;
    int m_expectedCount = 0;
    std::thread m_loader;
    quint64 m_loadTicket = 0;
    std::shared_ptr<MatrixLoadOutcome> m_loaded; // written by m_loader, read after it is joined
    QList<std::pair<QString, QList<qint64>>> m_remoteChangesMidLoad; // table, ids; applied after the load
};

} // namespace pm::ui
