#include "MainWindow.h"

#include "ask/AskBar.h"
#include "common/Dialogs.h"
#include "common/Settings.h"
#include "connection/SecurityIndicator.h"
#include "dialogs/ConflictDialog.h"
#include "edit/MatrixEditor.h"
#include "edit/VersionedEditDelegate.h"
#include "model/BrowserColumn.h"
#include "model/MatrixFilterModel.h"
#include "model/MatrixTableModel.h"
#include "widgets/FacetPanel.h"
#include "widgets/FilterChips.h"
#include "widgets/OfferingDetails.h"
#include "widgets/StatisticsView.h"

#include "store/ChangeListener.h"
#include "store/MatrixStore.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QScrollBar>
#include <QSplitter>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTextBrowser>
#include <QTimer>
#include <QVBoxLayout>

namespace pm::ui {

namespace {
// The columns a first-time user sees; the others are one right-click away.
bool visibleByDefault(int column)
{
    static const QList<int> shown = {int(Column::Cluster), int(BrowserColumn::Country), int(Column::Observables), int(Column::Modes),
                                     int(Column::TimeScale), int(Column::Instrument), int(Column::BeamSource), int(Column::Fidelity),
                                     int(Column::Resources), int(Column::PlanningTime), int(Column::SampleReuse), int(Column::Curation)};
    return shown.contains(column);
}

bool isFrozen(int column) { return column == int(Column::Technique) || column == int(Column::Partner); }

// The scrolling table's default column order. At 1440 px it shows about five columns beside
// the frozen technique and partner: the ones people decide by come first (issue 18, 4), then
// what the offering measures, then the rest in the matrix's order.
void applyDefaultColumnOrder(QHeaderView *header)
{
    static const QList<int> first = {int(Column::Fidelity), int(Column::Resources), int(Column::PlanningTime), int(Column::Observables),
                                     int(Column::Modes), int(BrowserColumn::Country), int(Column::Cluster)};
    for (int c = 0; c < kBrowserColumnCount; ++c)
        header->moveSection(header->visualIndex(c), c);
    int at = 0;
    for (int c : first)
        header->moveSection(header->visualIndex(c), at++);
}
} // namespace

MainWindow::MainWindow(std::unique_ptr<Database> db, QWidget *parent)
    : QMainWindow(parent), m_db(std::move(db)), m_store(std::make_unique<MatrixStore>(*m_db)), m_model(new MatrixTableModel(this)),
      m_filter(new MatrixFilterModel(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowIcon(QIcon(QStringLiteral(":/probematrix/icons/probematrix.svg")));
    m_filter->setMatrixModel(m_model);
    m_editor = new MatrixEditor(*m_store, m_model, this);
    connect(m_editor, &MatrixEditor::cleanChanged, this, [this](bool clean) { setWindowModified(!clean); });
    connect(m_editor, &MatrixEditor::failed, this, &MainWindow::onEditFailed);
    connect(m_model, &MatrixTableModel::cellEditRequested, this, &MainWindow::applyCellEdit);

    m_workspace = new QTabWidget(this);
    m_workspace->setObjectName(QStringLiteral("workspace"));
    m_workspace->setDocumentMode(true);
    m_workspace->addTab(createBrowserPage(), tr("Matrix"));
    m_statistics = new StatisticsView(m_filter, m_workspace);
    m_workspace->addTab(m_statistics, tr("Statistics"));

    auto *central = new QWidget(this);
    auto *centralLayout = new QVBoxLayout(central);
    centralLayout->setContentsMargins(4, 4, 4, 0);
    // Connection trouble and read-only first: they explain why edits are refused.
    centralLayout->addWidget(createConnectionStrip());
    m_topBar = new QVBoxLayout;
    m_topBar->setObjectName(QStringLiteral("queryBarSlot"));
    centralLayout->addLayout(m_topBar);
    centralLayout->addWidget(m_workspace, 1);
    setCentralWidget(central);
    createQueryBar();

    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("offeringCount"));
    statusBar()->addPermanentWidget(m_count);
    m_security = new SecurityIndicator(this);
    statusBar()->addPermanentWidget(m_security);

    createActions();
    createMenus();
    createPlanWorkspace();
    connect(m_model, &QAbstractItemModel::modelReset, this, &MainWindow::matrixReloaded);
    connect(m_model, &QAbstractItemModel::modelReset, this, &MainWindow::showIndexingState);
    connect(m_model, &MatrixTableModel::indexReady, this, &MainWindow::showIndexingState);
    connect(m_filter, &MatrixFilterModel::filterChanged, this, &MainWindow::updateStatus);
    connect(m_filter, &MatrixFilterModel::filterChanged, this, &MainWindow::syncQueryBarWithFilter);
    connect(m_filter, &MatrixFilterModel::queryError, this, [this](const QString &message) { statusBar()->showMessage(message, 8000); });

    resize(1440, 860);
    if (auto ok = loadMatrixAtStart(); !ok)
        MessageBox::critical(this, tr("ProbeMatrix"), ok.error().text());
    attachDatabase();
    restoreLayout();
    updateTitle();
}

// The listener, banner and plan workspace refer to the database, which as a member dies
// before the child widgets do: let go of it first.
// A load still running reads from its own connection but hands its result to this window.
MainWindow::~MainWindow()
{
    abandonBackgroundLoad();
    detachDatabase();
}

QWidget *MainWindow::createBrowserPage()
{
    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 4, 0, 0);

    auto *searchRow = new QHBoxLayout;
    m_search = new QLineEdit(page);
    m_search->setObjectName(QStringLiteral("searchField"));
    m_search->setPlaceholderText(tr("Search all text: technique, observable, partner, instrument… (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    m_search->addAction(QIcon(QStringLiteral(":/probematrix/icons/search.svg")), QLineEdit::LeadingPosition);
    m_search->setAccessibleName(tr("Search"));
    connect(m_search, &QLineEdit::textChanged, m_filter, &MatrixFilterModel::setSearchText);
    searchRow->addWidget(m_search, 1);
    layout->addLayout(searchRow);

    m_chips = new FilterChips(m_filter, page);
    connect(m_chips, &FilterChips::searchCleared, m_search, &QLineEdit::clear);
    layout->addWidget(m_chips);

    m_splitter = new QSplitter(Qt::Horizontal, page);
    m_splitter->setObjectName(QStringLiteral("browserSplitter"));
    m_facets = new FacetPanel(m_filter, m_splitter);
    m_splitter->addWidget(m_facets);

    auto *tables = new QWidget(m_splitter);
    auto *tablesLayout = new QHBoxLayout(tables);
    tablesLayout->setContentsMargins(0, 0, 0, 0);
    tablesLayout->setSpacing(0);
    m_frozen = new QTableView(tables);
    m_frozen->setObjectName(QStringLiteral("frozenTable"));
    m_table = new QTableView(tables);
    m_table->setObjectName(QStringLiteral("matrixTable"));
    tablesLayout->addWidget(m_frozen);
    tablesLayout->addWidget(m_table, 1);
    m_splitter->addWidget(tables);
    setUpTables();

    m_details = new QTextBrowser(m_splitter);
    m_details->setObjectName(QStringLiteral("detailsPane"));
    m_details->setOpenExternalLinks(true);
    m_details->setAccessibleName(tr("Details of the selected offering"));
    m_splitter->addWidget(m_details);
    m_splitter->setStretchFactor(0, 0);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setStretchFactor(2, 0);
    m_splitter->setSizes({270, 800, 370});
    layout->addWidget(m_splitter, 1);
    return page;
}

void MainWindow::setUpTables()
{
    for (QTableView *view : {m_frozen, m_table}) {
        view->setModel(m_filter);
        view->setSortingEnabled(true);
        view->setSelectionBehavior(QAbstractItemView::SelectRows);
        view->setSelectionMode(QAbstractItemView::ExtendedSelection);
        view->setEditTriggers(QAbstractItemView::EditKeyPressed | QAbstractItemView::DoubleClicked);
        view->setItemDelegate(new VersionedEditDelegate(view)); // edits saved against the version seen when opened
        view->setAlternatingRowColors(true);
        view->setWordWrap(false);
        view->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOn); // equal viewport heights keep rows aligned
        view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 8);
        view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
        view->horizontalHeader()->setSectionsMovable(true);
        view->horizontalHeader()->setContextMenuPolicy(Qt::CustomContextMenu);
        view->horizontalHeader()->setHighlightSections(false);
        connect(view->horizontalHeader(), &QHeaderView::customContextMenuRequested, this, &MainWindow::showColumnMenu);
    }
    m_frozen->setSelectionModel(m_table->selectionModel());
    m_frozen->verticalHeader()->hide();
    m_frozen->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_frozen->setFocusPolicy(Qt::NoFocus);
    m_table->verticalHeader()->hide();
    for (int c = 0; c < kBrowserColumnCount; ++c) {
        m_frozen->setColumnHidden(c, !isFrozen(c));
        m_table->setColumnHidden(c, isFrozen(c) || !visibleByDefault(c));
    }
    m_frozen->setColumnWidth(int(Column::Technique), 250);
    m_frozen->setColumnWidth(int(Column::Partner), 80);
    m_frozen->horizontalHeader()->moveSection(m_frozen->horizontalHeader()->visualIndex(int(Column::Technique)), 0);
    m_frozen->horizontalHeader()->setStretchLastSection(false);
    m_frozen->setFixedWidth(250 + 80 + 2 * m_frozen->frameWidth());
    applyDefaultColumnOrder(m_table->horizontalHeader());
    m_table->horizontalHeader()->setDefaultSectionSize(130);
    m_table->setColumnWidth(int(Column::Observables), 260);
    // Short ordinal values ("Medium", "Weeks"): narrow enough that the observables start in view.
    m_table->setColumnWidth(int(Column::Fidelity), 100);
    m_table->setColumnWidth(int(Column::Resources), 95);
    m_table->setColumnWidth(int(Column::PlanningTime), 105);
    m_table->setColumnWidth(int(Column::Instrument), 180);

    // One vertical position for both views; one sort indicator.
    connect(m_table->verticalScrollBar(), &QScrollBar::valueChanged, m_frozen->verticalScrollBar(), &QScrollBar::setValue);
    connect(m_frozen->verticalScrollBar(), &QScrollBar::valueChanged, m_table->verticalScrollBar(), &QScrollBar::setValue);
    connect(m_frozen->horizontalHeader(), &QHeaderView::sortIndicatorChanged, this, [this](int section, Qt::SortOrder order) {
        QSignalBlocker block(m_table->horizontalHeader());
        m_table->horizontalHeader()->setSortIndicator(section, order);
    });
    connect(m_table->horizontalHeader(), &QHeaderView::sortIndicatorChanged, this, [this](int section, Qt::SortOrder order) {
        QSignalBlocker block(m_frozen->horizontalHeader());
        m_frozen->horizontalHeader()->setSortIndicator(section, order);
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &MainWindow::updateDetails);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentChanged, this, &MainWindow::updateDetails);
    // The filters remove rows without always telling the selection model (issue 18, 2): the
    // pane follows what the table shows, not what it showed.
    for (auto signal : {&QAbstractItemModel::rowsRemoved, &QAbstractItemModel::rowsInserted})
        connect(m_filter, signal, this, &MainWindow::updateDetails);
    connect(m_filter, &QAbstractItemModel::modelReset, this, &MainWindow::updateDetails);
    connect(m_filter, &QAbstractItemModel::layoutChanged, this, &MainWindow::updateDetails);
    m_table->sortByColumn(int(Column::Cluster), Qt::AscendingOrder);
}

void MainWindow::showColumnMenu(const QPoint &pos)
{
    QMenu menu(this);
    menu.setObjectName(QStringLiteral("columnMenu"));
    for (int c = 0; c < kBrowserColumnCount; ++c) {
        if (isFrozen(c))
            continue;
        QAction *a = menu.addAction(browserColumnTitle(c));
        a->setCheckable(true);
        a->setChecked(!m_table->isColumnHidden(c));
        connect(a, &QAction::toggled, this, [this, c](bool on) { m_table->setColumnHidden(c, !on); });
    }
    menu.addSeparator();
    menu.addAction(tr("Reset columns"), this, [this] {
        for (int c = 0; c < kBrowserColumnCount; ++c)
            m_table->setColumnHidden(c, isFrozen(c) || !visibleByDefault(c));
        applyDefaultColumnOrder(m_table->horizontalHeader());
    });
    menu.exec(m_table->horizontalHeader()->mapToGlobal(pos));
}

void MainWindow::installQueryBar(QWidget *bar)
{
    bar->setParent(centralWidget());
    m_topBar->addWidget(bar);
}

int MainWindow::addWorkspacePage(QWidget *page, const QString &title) { return m_workspace->addTab(page, title); }

void MainWindow::showWorkspacePage(QWidget *page) { m_workspace->setCurrentWidget(page); }

QMenu *MainWindow::planMenu()
{
    m_planMenu->menuAction()->setVisible(true);
    return m_planMenu;
}

QAction *MainWindow::action(const QString &objectName) const { return findChild<QAction *>(objectName); }

Result<void> MainWindow::reloadMatrix()
{
    const bool wasLoading = !isFullyLoaded();
    abandonBackgroundLoad();
    if (wasLoading)
        applyPermissions(m_permissions);
    auto matrix = m_store->load();
    if (!matrix)
        return matrix.error();
    m_model->setMatrix(std::move(*matrix));
    m_editor->clearHistory();
    updateStatus();
    updateDetails();
    return {};
}

Result<void> MainWindow::setDatabase(std::unique_ptr<Database> db)
{
    // The editor holds the store; build the new pair before dropping the old one.
    auto store = std::make_unique<MatrixStore>(*db);
    auto matrix = store->load();
    if (!matrix)
        return matrix.error();
    abandonBackgroundLoad(); // attachDatabase applies the permissions again
    detachDatabase();
    m_editor->setStore(*store);
    m_store = std::move(store);
    m_db = std::move(db);
    m_model->setMatrix(std::move(*matrix));
    attachDatabase();
    setWindowModified(false);
    updateTitle();
    updateStatus();
    updateDetails();
    return {};
}

void MainWindow::showIndexingState()
{
    if (m_loadingFull) {
        showLoadingState();
        return;
    }
    const QString searchHint = tr("Search all text: technique, observable, partner, instrument… (Ctrl+F)");
    if (m_model->isIndexReady()) {
        m_search->setPlaceholderText(searchHint);
        if (m_indexingShown)
            statusBar()->clearMessage();
        m_indexingShown = false;
        return;
    }
    // Typing is allowed meanwhile: the text filters the table once the index is ready.
    m_search->setPlaceholderText(tr("Indexing %Ln offerings… search and facets work in a moment", nullptr, m_model->rowCount()));
    statusBar()->showMessage(tr("Indexing the matrix for search and facets…"));
    m_indexingShown = true;
}

void MainWindow::updateTitle()
{
    setWindowTitle(tr("%1[*] — ProbeMatrix").arg(m_db->displayName()));
}

void MainWindow::updateStatus()
{
    const int shown = m_filter->acceptedCount();
    const int total = m_filter->totalCount();
    if (m_loadingFull) {
        m_count->setText(tr("First %1 of %Ln offerings", nullptr, m_expectedCount).arg(shown));
        return;
    }
    m_count->setText(tr("%1 of %2 offerings").arg(shown).arg(total));
}

QList<qint64> MainWindow::selectedOfferingIds() const
{
    QList<qint64> ids;
    QModelIndexList rows = m_table->selectionModel()->selectedRows();
    std::sort(rows.begin(), rows.end(), [](const QModelIndex &a, const QModelIndex &b) { return a.row() < b.row(); });
    for (const QModelIndex &index : std::as_const(rows))
        if (index.isValid())
            ids.append(index.data(MatrixTableModel::OfferingIdRole).toLongLong());
    // The current row counts only while it is shown and selected: after a filter removed the
    // selection, the current index lands on a neighbour nobody chose (issue 18, 2).
    const QModelIndex current = m_table->currentIndex();
    if (ids.isEmpty() && current.isValid() && m_table->selectionModel()->isSelected(current))
        ids.append(current.data(MatrixTableModel::OfferingIdRole).toLongLong());
    return ids;
}

void MainWindow::selectOffering(qint64 id)
{
    const int row = m_model->rowOf(id);
    if (row < 0)
        return;
    // The current cell is the row's first column on screen: scrolling to it moves the table
    // vertically only, and the columns people decide by stay in view.
    const int firstShown = m_table->horizontalHeader()->logicalIndexAt(0);
    const QModelIndex proxy = m_filter->mapFromSource(m_model->index(row, firstShown >= 0 ? firstShown : int(Column::Cluster)));
    if (!proxy.isValid())
        return;
    m_table->selectionModel()->setCurrentIndex(proxy, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_table->scrollTo(proxy);
}

void MainWindow::updateDetails()
{
    if (!m_details)
        return; // the filter reports changes while the window is still being built
    const QList<qint64> ids = selectedOfferingIds();
    const int row = ids.isEmpty() ? -1 : m_model->rowOf(ids.first());
    if (row < 0 || m_filter->rowCount() == 0) {
        m_details->setHtml(m_filter->rowCount() == 0
                               ? tr("<p><i>No offering matches the filters: nothing to show.</i></p>")
                               : tr("<p><i>Select an offering to see all its characteristics, who to contact and how.</i></p>"
                                    "<p><i>Select 2 to 5 to compare them side by side (Ctrl+Shift+C).</i></p>"));
        m_detailsOffering = 0;
        return;
    }
    const Offering &o = m_model->offering(row);
    m_details->setHtml(offeringDetailsHtml(o, m_model->partnerOf(o)));
    m_detailsOffering = o.id;
}

void MainWindow::restoreLayout()
{
    const QByteArray geometry = Settings::value(settings::MainWindowGeometry);
    if (!geometry.isEmpty())
        restoreGeometry(geometry);
    const QByteArray state = Settings::value(settings::MainWindowState);
    if (!state.isEmpty())
        restoreState(state);
    const QByteArray splitter = Settings::value(settings::BrowserSplitter);
    if (!splitter.isEmpty())
        m_splitter->restoreState(splitter);
    const QByteArray header = Settings::value(settings::TableHeader);
    if (!header.isEmpty() && m_table->horizontalHeader()->restoreState(header)) {
        // The frozen columns never show in the scrolling part, whatever was saved.
        m_table->setColumnHidden(int(Column::Technique), true);
        m_table->setColumnHidden(int(Column::Partner), true);
    }
    const QByteArray frozen = Settings::value(settings::FrozenHeader);
    if (!frozen.isEmpty())
        m_frozen->horizontalHeader()->restoreState(frozen);
    updateRecentMenu();
}

void MainWindow::saveLayout()
{
    Settings::setValue(settings::MainWindowGeometry, saveGeometry());
    Settings::setValue(settings::MainWindowState, saveState());
    Settings::setValue(settings::BrowserSplitter, m_splitter->saveState());
    Settings::setValue(settings::TableHeader, m_table->horizontalHeader()->saveState());
    Settings::setValue(settings::FrozenHeader, m_frozen->horizontalHeader()->saveState());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveLayout();
    event->accept();
}

void MainWindow::applyCellEdit(qint64 id, Column column, const QString &rawText)
{
    if (!m_permissions.canEditMatrix || m_loadingFull) // the views refuse to edit; this catches any other way in
        return;
    // The version the in-table editor saw when it opened; without one (text set on the
    // model directly), the row as the model has it now.
    const int row = m_model->rowOf(id);
    if (row < 0)
        return;
    const int seenVersion = VersionedEditDelegate::takeSeenVersion(id).value_or(m_model->offering(row).version);
    auto ok = m_editor->editCell(id, column, rawText, seenVersion);
    if (ok)
        return;
    if (!m_editor->rowChangedSince(id, seenVersion)) {
        MessageBox::warning(this, tr("Value refused"), tr("The change was not saved: %1").arg(ok.error().text()));
        return;
    }
    // Another user changed the row since the editor opened: show their change, then
    // reload the row or apply this value again over the current version.
    const auto choice = ConflictDialog::ask(this, ok.error().text());
    if (choice == ConflictDialog::Choice::Reapply) {
        auto current = m_store->fetchOffering(id);
        if (current && m_model->rowOf(id) >= 0) {
            m_model->replaceOffering(*current);
            if (auto again = m_editor->editCell(id, column, rawText, current->version); !again)
                MessageBox::warning(this, tr("Value refused"), tr("The change was not saved: %1").arg(again.error().text()));
            return;
        }
    }
    if (auto current = m_store->fetchOffering(id))
        m_model->replaceOffering(*current);
}

void MainWindow::onEditFailed(const QString &message, bool stale)
{
    if (!stale) {
        MessageBox::warning(this, tr("Change not saved"), message);
        return;
    }
    // An undo or redo: show the other user's change, then reload, write the undo
    // (or redo) again over their version, or leave things as they are.
    if (m_editor->canApplyRefusedAgain()) {
        switch (ConflictDialog::ask(this, message)) {
        case ConflictDialog::Choice::Reapply:
            if (auto ok = m_editor->applyRefusedAgain(); !ok)
                MessageBox::warning(this, tr("Change not saved"), ok.error().text());
            return;
        case ConflictDialog::Choice::Reload:
            if (auto ok = reloadMatrix(); !ok)
                MessageBox::critical(this, tr("ProbeMatrix"), ok.error().text());
            return;
        case ConflictDialog::Choice::Cancel:
            return;
        }
    }
    const auto answer = MessageBox::warning(this, tr("The matrix changed"),
                                            tr("%1\n\nReload the matrix from the database now? Your undo history will be cleared.").arg(message),
                                            QMessageBox::Yes | QMessageBox::No, QMessageBox::Yes);
    if (answer == QMessageBox::Yes)
        if (auto ok = reloadMatrix(); !ok)
            MessageBox::critical(this, tr("ProbeMatrix"), ok.error().text());
}

} // namespace pm::ui
