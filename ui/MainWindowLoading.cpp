// Progressive start of the main window: at 100,000 offerings reading and parsing the whole
// matrix takes one to two seconds here, so the window shows the first screenful of the
// default order at once (MatrixStore::loadFirst, one sorted scan) and reads the rest on a
// worker thread with its own database connection (a QSqlDatabase belongs to the thread that
// opened it; SQLite in WAL mode lets the two read side by side). The full matrix then
// replaces the first rows, keeping the selection and the row at the top of the view.
// Editing and export wait for it: they would act on a matrix the window does not have yet.
#include "MainWindow.h"

#include "common/Dialogs.h"
#include "edit/MatrixEditor.h"
#include "model/MatrixFilterModel.h"
#include "model/MatrixTableModel.h"

#include "store/MatrixStore.h"

#include <QAction>
#include <QItemSelection>
#include <QItemSelectionModel>
#include <QLineEdit>
#include <QScrollBar>
#include <QStatusBar>
#include <QTableView>

#include <optional>
#include <utility>

namespace pm::ui {

struct MatrixLoadOutcome {
    std::optional<Result<Matrix>> matrix;
};

namespace {
int g_progressiveThreshold = 20000;
int g_firstRows = 200; // a tall screen shows ~60 rows: room to scroll a little meanwhile

std::function<void()> &beforeBackgroundLoad()
{
    static std::function<void()> hook;
    return hook;
}
} // namespace

void MainWindow::setProgressiveLoading(int threshold, int firstRows)
{
    g_progressiveThreshold = threshold;
    g_firstRows = std::max(1, firstRows);
}

void MainWindow::setBeforeBackgroundLoad(std::function<void()> hook) { beforeBackgroundLoad() = std::move(hook); }

Result<void> MainWindow::loadMatrixAtStart()
{
    const int total = m_store->offeringCount();
    if (total < g_progressiveThreshold || total <= g_firstRows)
        return reloadMatrix();
    auto first = m_store->loadFirst(g_firstRows);
    if (!first)
        return first.error();
    m_expectedCount = total;
    m_loadingFull = true; // before the reset: its handlers show the loading state
    m_model->setFirstRows(std::move(*first));
    m_editor->clearHistory();
    startBackgroundLoad();
    showLoadingState(); // the constructor's attachDatabase greys the editing actions
    updateStatus();
    updateDetails();
    return {};
}

void MainWindow::startBackgroundLoad()
{
    const quint64 ticket = ++m_loadTicket;
    auto outcome = std::make_shared<MatrixLoadOutcome>();
    m_loaded = outcome;
    const QString location = m_db->location();
    const std::function<void()> hook = beforeBackgroundLoad();
    m_loader = std::thread([this, outcome, location, hook, ticket] {
        if (hook)
            hook();
        {
            auto db = Database::open(location);
            if (db) {
                MatrixStore store(**db);
                outcome->matrix.emplace(store.load());
            } else {
                // Constructed in place: assigning a temporary Result here makes GCC 12's
                // -Wmaybe-uninitialized misfire under ASan (a moved-from empty variant arm).
                outcome->matrix.emplace(db.error());
            }
        } // the connection closes on the thread that opened it
        // Handed back through the event loop; the window joins this thread before it dies.
        QMetaObject::invokeMethod(this, [this, ticket] { finishBackgroundLoad(ticket); }, Qt::QueuedConnection);
    });
}

void MainWindow::finishBackgroundLoad(quint64 ticket)
{
    if (ticket != m_loadTicket || !m_loadingFull)
        return;
    if (m_loader.joinable())
        m_loader.join();
    const std::shared_ptr<MatrixLoadOutcome> outcome = std::move(m_loaded);
    std::optional<Result<Matrix>> matrix;
    if (outcome && outcome->matrix && *outcome->matrix)
        matrix = std::move(outcome->matrix);
    else
        matrix = m_store->load(); // the second connection failed (a server asking again for a password?): read here

    // What the user looks at survives the swap: the selected rows, the current one and
    // the row at the top of the view.
    QList<qint64> selected;
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    for (const QModelIndex &index : rows)
        selected.append(index.data(MatrixTableModel::OfferingIdRole).toLongLong());
    const QModelIndex current = m_table->currentIndex();
    const qint64 currentId = current.isValid() ? current.data(MatrixTableModel::OfferingIdRole).toLongLong() : 0;
    // At the very top the view stays at the top: with a saved sort by another column the
    // first rows read are not the first the whole matrix shows.
    const QModelIndex top = m_table->verticalScrollBar()->value() > 0 ? m_table->indexAt(QPoint(1, 1)) : QModelIndex();
    const qint64 topId = top.isValid() ? top.data(MatrixTableModel::OfferingIdRole).toLongLong() : 0;
    const int currentColumn = current.isValid() ? current.column() : int(Column::Cluster);

    m_loadingFull = false;
    statusBar()->clearMessage();
    if (!*matrix) {
        applyPermissions(m_permissions);
        showIndexingState();
        updateStatus();
        MessageBox::critical(this, tr("ProbeMatrix"),
                             tr("Only the first %1 offerings could be read: %2").arg(m_model->rowCount()).arg(matrix->error().text()));
        replayRemoteChanges();
        emit fullyLoaded();
        return;
    }
    m_model->setMatrix(std::move(**matrix));
    matrix.reset();

    auto proxyOf = [this](qint64 id, int column) {
        const int row = m_model->rowOf(id);
        return row < 0 ? QModelIndex() : m_filter->mapFromSource(m_model->index(row, column));
    };
    QItemSelection selection;
    for (qint64 id : std::as_const(selected))
        if (const QModelIndex index = proxyOf(id, int(Column::Cluster)); index.isValid())
            selection.select(index, index);
    if (const QModelIndex index = proxyOf(currentId, currentColumn); index.isValid())
        m_table->selectionModel()->setCurrentIndex(index, QItemSelectionModel::NoUpdate);
    if (!selection.isEmpty())
        m_table->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    if (const QModelIndex index = proxyOf(topId, int(Column::Cluster)); index.isValid())
        m_table->scrollTo(index, QAbstractItemView::PositionAtTop);

    applyPermissions(m_permissions);
    showIndexingState();
    updateStatus();
    updateDetails();
    replayRemoteChanges();
    emit fullyLoaded();
}

void MainWindow::replayRemoteChanges()
{
    const auto changes = std::exchange(m_remoteChangesMidLoad, {});
    for (const auto &[table, ids] : changes)
        applyRemoteChange(table, ids);
}

void MainWindow::abandonBackgroundLoad()
{
    ++m_loadTicket; // a result already on its way is dropped
    if (m_loader.joinable())
        m_loader.join();
    m_loaded.reset();
    m_remoteChangesMidLoad.clear(); // whoever abandons the load reads the matrix again
    if (!m_loadingFull)
        return;
    m_loadingFull = false;
    statusBar()->clearMessage();
}

void MainWindow::showLoadingState()
{
    // The facets stay empty meanwhile (MatrixTableModel::setFirstRows): counts over the
    // first rows would mislead.
    m_search->setPlaceholderText(tr("Loading %Ln offerings… search and facets work in a moment", nullptr, m_expectedCount));
    statusBar()->showMessage(tr("Loading %Ln offerings…", nullptr, m_expectedCount));
}

} // namespace pm::ui
