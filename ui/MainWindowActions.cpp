// MainWindow: actions and menus, and what they do (file, edit, view, help).
#include "MainWindow.h"

#include "ask/AskBar.h"
#include "common/Dialogs.h"
#include "common/Settings.h"
#include "connection/ConnectionDialog.h"
#include "connection/RecentConnections.h"
#include "dialogs/ConflictDialog.h"
#include "dialogs/EntityDialogs.h"
#include "dialogs/HistoryDialog.h"
#include "dialogs/ImportReportDialog.h"
#include "dialogs/OfferingDialog.h"
#include "edit/MatrixEditor.h"
#include "model/MatrixFilterModel.h"
#include "model/MatrixTableModel.h"
#include "widgets/CompareDialog.h"
#include "widgets/StatisticsView.h"

#include "i18n/LanguageMenu.h"
#include "i18n/UserGuide.h"

#include "io/Export.h"
#include "store/BundledMatrix.h"
#include "store/MatrixStore.h"

#include <QAction>
#include <QApplication>
#include <QEventLoop>
#include <QFileInfo>
#include <QHash>
#include <QLineEdit>
#include <QMenuBar>
#include <QProgressDialog>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTextBrowser>
#include <QThread>

namespace pm::ui {

namespace {
QAction *makeAction(QObject *parent, const QString &name, const QString &text, const QKeySequence &shortcut = {},
                    const QString &icon = {})
{
    auto *a = new QAction(text, parent);
    a->setObjectName(name);
    if (!shortcut.isEmpty())
        a->setShortcut(shortcut);
    if (!icon.isEmpty())
        a->setIcon(QIcon::fromTheme(icon, QIcon(QStringLiteral(":/probematrix/icons/%1.svg").arg(icon))));
    return a;
}
} // namespace

void MainWindow::createActions()
{
    // File
    auto *open = makeAction(this, QStringLiteral("actionOpenDatabase"), tr("&Open Database…"), QKeySequence::Open, QStringLiteral("document-open"));
    open->setStatusTip(tr("Open another ProbeMatrix database (a file, or a postgresql:// address)"));
    connect(open, &QAction::triggered, this, &MainWindow::openDatabase);
    auto *server = makeAction(this, QStringLiteral("actionConnectServer"), tr("&Connect to Server…"), QKeySequence(tr("Ctrl+Shift+O")));
    server->setStatusTip(tr("Work on the consortium's shared matrix on a PostgreSQL server"));
    connect(server, &QAction::triggered, this, &MainWindow::connectToServer);
    auto *import = makeAction(this, QStringLiteral("actionImport"), tr("&Import Matrix…"), QKeySequence(tr("Ctrl+I")), QStringLiteral("document-import"));
    import->setStatusTip(tr("Import offerings from a TSV, CSV, JSON or XLSX matrix file"));
    connect(import, &QAction::triggered, this, &MainWindow::importMatrix);
    auto *exportAll = makeAction(this, QStringLiteral("actionExport"), tr("&Export Shown Offerings…"), QKeySequence(tr("Ctrl+E")), QStringLiteral("document-export"));
    exportAll->setStatusTip(tr("Save the offerings the filter shows as TSV (native), CSV or JSON, with contacts"));
    connect(exportAll, &QAction::triggered, this, [this] { exportMatrix(true); });
    auto *exportPublic = makeAction(this, QStringLiteral("actionExportWithoutContacts"), tr("Export &Without Contacts…"));
    exportPublic->setStatusTip(tr("Same, leaving out the contact column (personal data), for sharing"));
    connect(exportPublic, &QAction::triggered, this, [this] { exportMatrix(false); });
    auto *quit = makeAction(this, QStringLiteral("actionQuit"), tr("&Quit"), QKeySequence::Quit, QStringLiteral("application-exit"));
    connect(quit, &QAction::triggered, this, &QWidget::close);

    // Edit
    QAction *undo = m_editor->createUndoAction(this);
    undo->setObjectName(QStringLiteral("actionUndo"));
    undo->setShortcut(QKeySequence::Undo);
    undo->setIcon(QIcon::fromTheme(QStringLiteral("edit-undo"), QIcon(QStringLiteral(":/probematrix/icons/edit-undo.svg"))));
    QAction *redo = m_editor->createRedoAction(this);
    redo->setObjectName(QStringLiteral("actionRedo"));
    redo->setShortcuts({QKeySequence(tr("Ctrl+Shift+Z")), QKeySequence::Redo});
    redo->setIcon(QIcon::fromTheme(QStringLiteral("edit-redo"), QIcon(QStringLiteral(":/probematrix/icons/edit-redo.svg"))));
    auto *find = makeAction(this, QStringLiteral("actionFind"), tr("&Search"), QKeySequence::Find, QStringLiteral("edit-find"));
    connect(find, &QAction::triggered, this, [this] {
        m_workspace->setCurrentIndex(0);
        m_search->setFocus(Qt::ShortcutFocusReason);
        m_search->selectAll();
    });
    auto *clear = makeAction(this, QStringLiteral("actionClearFilters"), tr("C&lear All Filters"), QKeySequence(tr("Ctrl+Shift+L")));
    connect(clear, &QAction::triggered, this, [this] {
        m_search->clear();
        m_askBar->clear();
        m_filter->clearAllFilters();
    });
    auto *add = makeAction(this, QStringLiteral("actionAddOffering"), tr("&Add Offering…"), QKeySequence::New, QStringLiteral("list-add"));
    connect(add, &QAction::triggered, this, &MainWindow::addOffering);
    auto *edit = makeAction(this, QStringLiteral("actionEditOffering"), tr("&Edit Offering…"), QKeySequence(tr("Ctrl+Return")), QStringLiteral("document-edit"));
    connect(edit, &QAction::triggered, this, &MainWindow::editSelectedOffering);
    auto *duplicate = makeAction(this, QStringLiteral("actionDuplicateOffering"), tr("D&uplicate Offering…"), QKeySequence(tr("Ctrl+D")), QStringLiteral("edit-copy"));
    connect(duplicate, &QAction::triggered, this, &MainWindow::duplicateSelectedOffering);
    auto *remove = makeAction(this, QStringLiteral("actionDeleteOffering"), tr("&Delete Offering"), QKeySequence::Delete, QStringLiteral("list-remove"));
    remove->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_table->addAction(remove);
    connect(remove, &QAction::triggered, this, &MainWindow::deleteSelectedOfferings);
    auto *history = makeAction(this, QStringLiteral("actionHistory"), tr("Change &History…"), QKeySequence(tr("Ctrl+H")), QStringLiteral("history"));
    connect(history, &QAction::triggered, this, &MainWindow::showHistory);
    auto *partners = makeAction(this, QStringLiteral("actionPartners"), tr("&Partners…"));
    connect(partners, &QAction::triggered, this, &MainWindow::managePartners);
    auto *holders = makeAction(this, QStringLiteral("actionHolders"), tr("Sample &Holders…"));
    connect(holders, &QAction::triggered, this, &MainWindow::manageHolders);
    auto *cells = makeAction(this, QStringLiteral("actionCells"), tr("&Operando Cells…"));
    connect(cells, &QAction::triggered, this, &MainWindow::manageCells);

    // View
    auto *compare = makeAction(this, QStringLiteral("actionCompare"), tr("&Compare Selected…"), QKeySequence(tr("Ctrl+Shift+C")), QStringLiteral("compare"));
    compare->setStatusTip(tr("Show 2 to 5 selected offerings side by side, differences highlighted"));
    connect(compare, &QAction::triggered, this, &MainWindow::compareSelected);
    auto *stats = makeAction(this, QStringLiteral("actionStatistics"), tr("S&tatistics"), QKeySequence(tr("Ctrl+T")), QStringLiteral("statistics"));
    connect(stats, &QAction::triggered, this, &MainWindow::showStatistics);
    auto *matrix = makeAction(this, QStringLiteral("actionShowMatrix"), tr("&Matrix"), QKeySequence(tr("Ctrl+1")));
    connect(matrix, &QAction::triggered, this, [this] { m_workspace->setCurrentIndex(0); });
    auto *details = makeAction(this, QStringLiteral("actionToggleDetails"), tr("&Details Pane"), QKeySequence(tr("F9")));
    details->setCheckable(true);
    details->setChecked(true);
    connect(details, &QAction::toggled, m_details, &QWidget::setVisible);

    // Help
    auto *help = makeAction(this, QStringLiteral("actionHelp"), tr("&User Guide"), QKeySequence::HelpContents, QStringLiteral("help-contents"));
    help->setStatusTip(tr("How to find offerings, ask questions, plan measurements and work on a server"));
    connect(help, &QAction::triggered, this, &MainWindow::showHelp);
    auto *tips = makeAction(this, QStringLiteral("actionQuickHelp"), tr("Browser &Tips"));
    connect(tips, &QAction::triggered, this, &MainWindow::showQuickHelp);
    auto *about = makeAction(this, QStringLiteral("actionAbout"), tr("&About ProbeMatrix"), {}, QStringLiteral("help-about"));
    connect(about, &QAction::triggered, this, &MainWindow::showAbout);
    auto *aboutQt = makeAction(this, QStringLiteral("actionAboutQt"), tr("About &Qt"));
    connect(aboutQt, &QAction::triggered, qApp, &QApplication::aboutQt);
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(action(QStringLiteral("actionOpenDatabase")));
    file->addAction(action(QStringLiteral("actionConnectServer")));
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    m_recentMenu->setObjectName(QStringLiteral("recentMenu"));
    file->addSeparator();
    file->addAction(action(QStringLiteral("actionImport")));
    file->addAction(action(QStringLiteral("actionExport")));
    file->addAction(action(QStringLiteral("actionExportWithoutContacts")));
    file->addSeparator();
    file->addAction(action(QStringLiteral("actionQuit")));

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    edit->addAction(action(QStringLiteral("actionUndo")));
    edit->addAction(action(QStringLiteral("actionRedo")));
    edit->addSeparator();
    edit->addAction(action(QStringLiteral("actionFind")));
    edit->addAction(action(QStringLiteral("actionClearFilters")));
    edit->addSeparator();
    edit->addAction(action(QStringLiteral("actionAddOffering")));
    edit->addAction(action(QStringLiteral("actionEditOffering")));
    edit->addAction(action(QStringLiteral("actionDuplicateOffering")));
    edit->addAction(action(QStringLiteral("actionDeleteOffering")));
    edit->addAction(action(QStringLiteral("actionHistory")));
    edit->addSeparator();
    edit->addAction(action(QStringLiteral("actionPartners")));
    edit->addAction(action(QStringLiteral("actionHolders")));
    edit->addAction(action(QStringLiteral("actionCells")));

    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->addAction(action(QStringLiteral("actionShowMatrix")));
    view->addAction(action(QStringLiteral("actionStatistics")));
    view->addAction(action(QStringLiteral("actionCompare")));
    view->addSeparator();
    view->addAction(action(QStringLiteral("actionToggleDetails")));
    view->addSeparator();
    auto *language = new i18n::LanguageMenu(this);
    connect(language, &i18n::LanguageMenu::languageChosen, this, &MainWindow::onLanguageChosen);
    view->addMenu(language);

    // The planning workspace fills this menu; hidden while empty.
    m_planMenu = menuBar()->addMenu(tr("&Plan"));
    m_planMenu->setObjectName(QStringLiteral("planMenu"));
    m_planMenu->menuAction()->setVisible(false);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(action(QStringLiteral("actionHelp")));
    help->addAction(action(QStringLiteral("actionQuickHelp")));
    help->addSeparator();
    help->addAction(action(QStringLiteral("actionAbout")));
    help->addAction(action(QStringLiteral("actionAboutQt")));

    // The table's own context menu: the actions on the selected rows.
    for (QAction *a : {action(QStringLiteral("actionEditOffering")), action(QStringLiteral("actionDuplicateOffering")),
                       action(QStringLiteral("actionDeleteOffering")), action(QStringLiteral("actionHistory")),
                       action(QStringLiteral("actionCompare"))})
        m_table->addAction(a);
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);
}

void MainWindow::updateRecentMenu()
{
    m_recentMenu->clear();
    const QStringList recent = Settings::value(settings::RecentDatabases);
    for (const QString &path : recent) {
        QAction *a = m_recentMenu->addAction(path);
        connect(a, &QAction::triggered, this, [this, path] {
            if (auto ok = openDatabaseAt(path); !ok) {
                if (!path.startsWith(QLatin1String("postgres"))) {
                    MessageBox::critical(this, tr("Open database"), ok.error().text());
                    return;
                }
                // A server that wants a password (never remembered): ask in the dialog.
                ConnectionDialog dialog(this);
                dialog.setLocation(path);
                if (dialog.exec() == QDialog::Accepted)
                    if (std::unique_ptr<Database> db = dialog.takeDatabase()) {
                        if (auto opened = setDatabase(std::move(db)); !opened)
                            MessageBox::critical(this, tr("Connect to server"), opened.error().text());
                    }
            }
        });
    }
    m_recentMenu->setEnabled(!recent.isEmpty());
}

Result<void> MainWindow::openDatabaseAt(const QString &location)
{
    auto db = openForUser(location);
    if (!db)
        return db.error();
    if (auto ok = setDatabase(std::move(*db)); !ok)
        return ok;
    Settings::addRecentDatabase(RecentConnections::withoutPassword(location));
    updateRecentMenu();
    statusBar()->showMessage(tr("Opened %1").arg(m_db->displayName()), 5000);
    return {};
}

void MainWindow::openDatabase()
{
    const QString path = FileDialog::getOpenFileName(this, tr("Open ProbeMatrix database"), Settings::value(settings::LastDirectory),
                                                     tr("ProbeMatrix databases (*.sqlite *.db *.probematrix);;All files (*)"));
    if (path.isEmpty())
        return;
    Settings::setValue(settings::LastDirectory, QFileInfo(path).absolutePath());
    if (auto ok = openDatabaseAt(path); !ok)
        MessageBox::critical(this, tr("Open database"), ok.error().text());
}

void MainWindow::importMatrix()
{
    const QString path = FileDialog::getOpenFileName(this, tr("Import matrix"), Settings::value(settings::LastDirectory),
                                                     tr("Matrix files (*.tsv *.txt *.csv *.json *.xlsx);;All files (*)"));
    if (path.isEmpty())
        return;
    Settings::setValue(settings::LastDirectory, QFileInfo(path).absolutePath());

    // The import runs on its own connection in a worker thread (one connection per
    // thread), so that the window keeps painting; the progress dialog says it is busy.
    QProgressDialog progress(tr("Importing %1…").arg(QFileInfo(path).fileName()), QString(), 0, 0, this);
    progress.setWindowTitle(tr("Import matrix"));
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(300);
    const QString location = m_db->location();
    Result<ImportReport> result = makeError(tr("the import did not run"));
    QEventLoop loop;
    QThread *worker = QThread::create([&result, location, path] {
        auto db = Database::open(location);
        if (!db) {
            result = db.error();
            return;
        }
        MatrixStore store(**db);
        result = store.importFile(path, ImportOptions{});
    });
    connect(worker, &QThread::finished, &loop, &QEventLoop::quit);
    worker->start();
    loop.exec(QEventLoop::ExcludeUserInputEvents);
    worker->wait();
    delete worker;
    progress.close();

    if (!result) {
        MessageBox::critical(this, tr("Import failed"), tr("Nothing was imported: %1").arg(result.error().text()));
        return;
    }
    m_lastImport = *result;
    if (auto ok = reloadMatrix(); !ok)
        MessageBox::critical(this, tr("ProbeMatrix"), ok.error().text());
    auto *dialog = new ImportReportDialog(m_lastImport, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    statusBar()->showMessage(m_lastImport.summary(), 8000);
}

void MainWindow::exportMatrix(bool includeContacts)
{
    const std::vector<int> rows = m_filter->acceptedSourceRows();
    QString filter;
    const QString path = FileDialog::getSaveFileName(
        this, includeContacts ? tr("Export %n offering(s)", nullptr, int(rows.size())) : tr("Export %n offering(s) without contacts", nullptr, int(rows.size())),
        Settings::value(settings::LastDirectory), tr("Native matrix (*.tsv);;CSV (*.csv);;JSON (*.json)"), &filter);
    if (path.isEmpty())
        return;
    Settings::setValue(settings::LastDirectory, QFileInfo(path).absolutePath());
    const auto format = exportFormatForPath(path);
    if (!format) {
        MessageBox::warning(this, tr("Export"), tr("%1: give the file a .tsv, .csv or .json ending to choose the format.").arg(path));
        return;
    }
    // In view order, so the file reads like the table.
    QList<Offering> offerings;
    offerings.reserve(qsizetype(rows.size()));
    for (int r = 0; r < m_filter->rowCount(); ++r)
        offerings.append(m_model->offering(m_filter->mapToSource(m_filter->index(r, 0)).row()));
    const QByteArray data = exportOfferings(offerings, m_model->matrix(), ExportOptions{*format, includeContacts});
    if (auto ok = writeFileAtomically(path, data); !ok) {
        MessageBox::critical(this, tr("Export failed"), ok.error().text());
        return;
    }
    statusBar()->showMessage(tr("Exported %n offering(s) to %1", nullptr, int(offerings.size())).arg(path), 8000);
}

void MainWindow::compareSelected()
{
    const QList<qint64> ids = selectedOfferingIds();
    if (ids.size() < CompareDialog::kMinOfferings || ids.size() > CompareDialog::kMaxOfferings) {
        MessageBox::information(this, tr("Compare"), tr("Select between %1 and %2 offerings in the table to compare them (you selected %3).")
                                                         .arg(CompareDialog::kMinOfferings).arg(CompareDialog::kMaxOfferings).arg(ids.size()));
        return;
    }
    QList<Offering> offerings;
    for (qint64 id : ids)
        offerings.append(m_model->offering(m_model->rowOf(id)));
    auto *dialog = new CompareDialog(offerings, m_model->matrix(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
}

void MainWindow::showStatistics() { m_workspace->setCurrentWidget(m_statistics); }

void MainWindow::addOffering()
{
    Offering blank;
    if (const QList<qint64> ids = selectedOfferingIds(); !ids.isEmpty())
        blank.raw[size_t(Column::Partner)] = m_model->offering(m_model->rowOf(ids.first())).cell(Column::Partner);
    addOfferingThroughDialog(blank, false);
}

void MainWindow::addOfferingThroughDialog(const Offering &start, bool duplicate)
{
    const auto mode = duplicate ? OfferingDialog::Mode::Duplicate : OfferingDialog::Mode::Add;
    // The dialog stays open on a refusal (duplicate, invalid value) so nothing typed is lost.
    OfferingDialog dialog(start, m_model->matrix(), m_store->vocabulary(), mode, this);
    while (dialog.exec() == QDialog::Accepted) {
        auto added = m_editor->addOffering(dialog.offering());
        if (added) {
            selectOffering(*added);
            return;
        }
        MessageBox::warning(this, tr("Offering not added"), added.error().text());
    }
}

void MainWindow::editSelectedOffering()
{
    const QList<qint64> ids = selectedOfferingIds();
    if (ids.isEmpty())
        return;
    const qint64 id = ids.first();
    // The version the user sees now: live updates may replace the row while the dialog is
    // open, and the change must not then overwrite theirs.
    const Offering seen = m_model->offering(m_model->rowOf(id));
    int seenVersion = seen.version;
    OfferingDialog dialog(seen, m_model->matrix(), m_store->vocabulary(), OfferingDialog::Mode::Edit, this);
    while (dialog.exec() == QDialog::Accepted) {
        auto ok = m_editor->editCells(id, dialog.changedCells(), seenVersion);
        if (ok)
            return;
        if (!m_editor->rowChangedSince(id, seenVersion)) {
            MessageBox::warning(this, tr("Offering not saved"), ok.error().text());
            continue;
        }
        auto current = m_store->fetchOffering(id);
        if (current)
            m_model->replaceOffering(*current);
        switch (ConflictDialog::ask(this, ok.error().text())) {
        case ConflictDialog::Choice::Reload:
            return; // the row now shows the other user's change
        case ConflictDialog::Choice::Reapply:
            if (!current)
                return; // deleted meanwhile: nothing to apply it to
            seenVersion = current->version;
            if (auto again = m_editor->editCells(id, dialog.changedCells(), seenVersion); again)
                return;
            else
                MessageBox::warning(this, tr("Offering not saved"), again.error().text());
            break;
        case ConflictDialog::Choice::Cancel:
            if (current)
                seenVersion = current->version; // back to the form, now based on what is there
            break;
        }
    }
}

void MainWindow::duplicateSelectedOffering()
{
    const QList<qint64> ids = selectedOfferingIds();
    if (ids.isEmpty())
        return;
    Offering copy = m_model->offering(m_model->rowOf(ids.first()));
    copy.id = 0;
    copy.version = 0;
    addOfferingThroughDialog(copy, true);
}

void MainWindow::deleteSelectedOfferings()
{
    const QList<qint64> ids = selectedOfferingIds();
    if (ids.isEmpty())
        return;
    const Offering &first = m_model->offering(m_model->rowOf(ids.first()));
    const QString what = ids.size() == 1 ? tr("%1 at %2").arg(first.techniqueLabel(), first.partner) : tr("%n offerings", nullptr, int(ids.size()));
    // The versions shown when the user was asked: a row changed meanwhile is not deleted.
    QHash<qint64, int> seen;
    for (qint64 id : ids)
        seen.insert(id, m_model->offering(m_model->rowOf(id)).version);
    if (MessageBox::question(this, tr("Delete"), tr("Delete %1 from the matrix? You can undo this.").arg(what)) != QMessageBox::Yes)
        return;
    for (qint64 id : ids)
        if (auto ok = m_editor->deleteOffering(id, seen.value(id)); !ok) {
            MessageBox::warning(this, tr("Not deleted"), ok.error().text());
            return;
        }
}

void MainWindow::showHistory()
{
    const QList<qint64> ids = selectedOfferingIds();
    if (ids.isEmpty())
        return;
    const Offering &o = m_model->offering(m_model->rowOf(ids.first()));
    auto history = m_store->history(o.id);
    if (!history) {
        MessageBox::critical(this, tr("History"), history.error().text());
        return;
    }
    auto *dialog = new HistoryDialog(*history, tr("%1 at %2").arg(o.techniqueLabel(), o.partner), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
}

void MainWindow::managePartners()
{
    PartnerListDialog dialog(m_editor, m_model, this);
    dialog.exec();
}

void MainWindow::manageHolders()
{
    HolderListDialog dialog(m_editor, m_model, this);
    dialog.exec();
}

void MainWindow::manageCells()
{
    CellListDialog dialog(m_editor, m_model, this);
    dialog.exec();
}

void MainWindow::showHelp() { i18n::showUserGuide(this); }

void MainWindow::onLanguageChosen()
{
    MessageBox::information(this, tr("Language"), i18n::restartNotice());
}

void MainWindow::showQuickHelp()
{
    MessageBox::information(
        this, tr("ProbeMatrix Help"),
        tr("<h3>Find who can measure what</h3>"
           "<p><b>Search</b> (Ctrl+F) looks through all text; every word must start a word of the offering "
           "(<i>xrd oper</i> finds operando XRD).</p>"
           "<p><b>Facets</b> on the left: tick values to narrow the matrix. Values of one facet add up (OR); "
           "different facets narrow each other (AND). The number beside a value is how many offerings ticking it would leave. "
           "Active filters show as chips above the table; click one to remove it.</p>"
           "<p><b>Sort</b> by clicking a column header; ordinal columns sort Low &lt; Medium &lt; High &lt; Best, unknown last. "
           "Right-click a header to show, hide or reset columns; drag headers to reorder.</p>"
           "<p><b>Details</b> of the selected offering show on the right, with the contact and the ontology links. "
           "Select 2–5 rows and press Ctrl+Shift+C to compare them.</p>"
           "<p><b>Edit</b> a cell with F2 or a double click, or the whole offering with Ctrl+Return; undo with Ctrl+Z, "
           "redo with Ctrl+Shift+Z. Every change is saved at once and kept in the history (Ctrl+H).</p>"
           "<p>Italic cells were not filled in by the partner or were read only in part; hover for the text as written.</p>"));
}

void MainWindow::showAbout()
{
    MessageBox::about(this, tr("About ProbeMatrix"),
                      tr("<h3>ProbeMatrix %1</h3><p>Browse the BIG-MAP global experimental matrix: who can measure what on a battery sample, "
                         "how, at what cost and fidelity, and whom to contact.</p>"
                         "<p><b>Data.</b> Rows marked <i>Curation = estimate</i> are curated estimates put together from public "
                         "information, not values reported by the partners; the details pane says so for each row. "
                         "Press <i>Show Details</i> for the full provenance of the bundled matrix.</p>"
                         "<p><b>Ontologies.</b> PaNET, the Photon and Neutron Experimental Techniques ontology (ExPaNDS / pan-ontologies), CC BY 4.0. "
                         "CHAMEO, EMMO characterisation methodology domain ontology (emmo-repo), CC BY 4.0. Only identifiers are stored.</p>"
                         "<p>Database: %2</p>")
                          .arg(QStringLiteral(PROBEMATRIX_VERSION), m_db->displayName().toHtmlEscaped()),
                      bundled::provenanceNote());
}

} // namespace pm::ui
