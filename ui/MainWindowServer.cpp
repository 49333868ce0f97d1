// MainWindow: working on a consortium server. Connecting (File > Connect to Server…), the
// banner that shows a lost connection, rows other users changed (ChangeListener), and
// the account's rights (a viewer gets no editing actions and a note saying why).
#include "MainWindow.h"

#include "common/Dialogs.h"
#include "common/Settings.h"
#include "connection/ConnectionBanner.h"
#include "connection/ConnectionDialog.h"
#include "connection/ReadOnlyNote.h"
#include "connection/RemoteFetcher.h"
#include "connection/SecurityIndicator.h"
#include "connection/RecentConnections.h"
#include "edit/MatrixEditor.h"
#include "model/MatrixTableModel.h"

#ifdef PROBEMATRIX_HAVE_PLAN_UI
#include "plan/PlanWorkspace.h"
#endif

#include "store/ChangeListener.h"
#include "store/MatrixStore.h"

#include <QSet>
#include <QAction>
#include <QStatusBar>
#include <QTableView>
#include <QVBoxLayout>

namespace pm::ui {

namespace {
// Everything that writes to the matrix; a viewer sees them greyed out.
const QStringList &editingActionNames()
{
    static const QStringList names = {QStringLiteral("actionImport"),           QStringLiteral("actionAddOffering"),
                                      QStringLiteral("actionEditOffering"),     QStringLiteral("actionDuplicateOffering"),
                                      QStringLiteral("actionDeleteOffering"),   QStringLiteral("actionPartners"),
                                      QStringLiteral("actionHolders"),          QStringLiteral("actionCells")};
    return names;
}

constexpr QAbstractItemView::EditTriggers kEditTriggers = QAbstractItemView::EditKeyPressed | QAbstractItemView::DoubleClicked;
} // namespace

QWidget *MainWindow::createConnectionStrip()
{
    auto *strip = new QWidget(this);
    strip->setObjectName(QStringLiteral("connectionStrip"));
    auto *layout = new QVBoxLayout(strip);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    m_banner = new ConnectionBanner(strip);
    m_banner->setObjectName(QStringLiteral("connectionBanner"));
    m_readOnlyNote = new ReadOnlyNote(strip);
    m_readOnlyNote->setObjectName(QStringLiteral("readOnlyNote"));
    layout->addWidget(m_banner);
    layout->addWidget(m_readOnlyNote);
    connect(m_banner, &ConnectionBanner::reconnected, this, [this] {
        // Others may have changed anything while we were away: reload, keep the selection.
        const QList<qint64> selected = selectedOfferingIds();
        if (auto ok = reloadMatrix(); !ok) {
            MessageBox::critical(this, tr("ProbeMatrix"), ok.error().text());
            return;
        }
        applyPermissions(pm::permissions(*m_db));
        if (!selected.isEmpty())
            selectOffering(selected.first());
    });
    return strip;
}

void MainWindow::attachDatabase()
{
    m_banner->setDatabase(m_db.get());
    m_security->setDatabase(m_db.get());
    m_listener = new ChangeListener(*m_db, this);
    m_fetcher = new RemoteFetcher(m_db->location(), this);
    m_fetcher->setObjectName(QStringLiteral("remoteFetcher"));
    connect(m_fetcher, &RemoteFetcher::fetched, this, &MainWindow::applyChangedOfferings);
    connect(m_fetcher, &RemoteFetcher::failed, this, [this](const QList<qint64> &ids) { readChangedOfferingsHere(ids); });
    connect(m_fetcher, &RemoteFetcher::partnersFetched, this, [this](const QList<Partner> &partners) { m_model->setPartners(partners); });
    connect(m_fetcher, &RemoteFetcher::holdersFetched, this, [this](const QList<SampleHolder> &holders) { m_model->setHolders(holders); });
    connect(m_fetcher, &RemoteFetcher::cellsFetched, this, [this](const QList<OperandoCell> &cells) { m_model->setCells(cells); });
    connect(m_fetcher, &RemoteFetcher::tablesFailed, this, [this](const QStringList &tables) {
        for (const QString &table : tables)
            readChangedTableHere(table);
    });
    m_listener->setObjectName(QStringLiteral("changeListener"));
    connect(m_listener, &ChangeListener::changed, this, &MainWindow::applyRemoteChange);
#ifdef PROBEMATRIX_HAVE_PLAN_UI
    if (m_plans) {
        m_plans->setDatabase(m_db.get());
        connect(m_listener, &ChangeListener::changed, m_plans, &PlanWorkspace::applyRemoteChange); // statuses from other desktops
    }
#endif
    applyPermissions(pm::permissions(*m_db));
}

void MainWindow::detachDatabase()
{
    m_banner->setDatabase(nullptr);
    m_security->setDatabase(nullptr);
    delete m_listener;
    m_listener = nullptr;
    delete m_fetcher;
    m_fetcher = nullptr;
#ifdef PROBEMATRIX_HAVE_PLAN_UI
    if (m_plans)
        m_plans->setDatabase(nullptr);
#endif
}

void MainWindow::applyPermissions(const Permissions &permissions)
{
    m_permissions = permissions;
    // While the first rows of a large matrix are shown, edits and exports wait for the rest.
    const bool canEdit = permissions.canEditMatrix && !m_loadingFull;
    const QString waiting = tr("Available once all %Ln offerings are loaded", nullptr, m_expectedCount);
    auto showWaiting = [&](QAction *a) {
        if (!a->property("pmStatusTip").isValid())
            a->setProperty("pmStatusTip", a->statusTip());
        a->setToolTip(m_loadingFull ? waiting : QString());
        a->setStatusTip(m_loadingFull ? waiting : a->property("pmStatusTip").toString());
    };
    for (const QString &name : editingActionNames())
        if (QAction *a = action(name)) {
            a->setEnabled(canEdit);
            showWaiting(a);
        }
    for (const QString &name : {QStringLiteral("actionExport"), QStringLiteral("actionExportWithoutContacts")})
        if (QAction *a = action(name)) {
            a->setEnabled(!m_loadingFull);
            showWaiting(a);
        }
    for (QTableView *view : {m_table, m_frozen})
        view->setEditTriggers(canEdit ? kEditTriggers : QAbstractItemView::NoEditTriggers);
    if (!canEdit)
        m_editor->clearHistory(); // nothing to undo on a matrix we may not write
    m_readOnlyNote->setPermissions(permissions);
}

void MainWindow::applyRemoteChange(const QString &table, const QList<qint64> &ids)
{
    if (m_loadingFull) {
        // The matrix being read may or may not hold this change: fetch it again once it is in.
        m_remoteChangesMidLoad.append({table, ids});
        return;
    }
    // On the fetcher's thread: offerings by id, in one batched read (ChangeListener has
    // coalesced the notifications; the fetcher coalesces those that arrive while it reads);
    // partners, holders and cells, which are few, whole.
    if (table == QLatin1String("offerings"))
        m_fetcher->fetch(ids);
    else
        m_fetcher->fetchTable(table);
}

// The fetcher could not read a table (no second connection): read it on the window's own.
void MainWindow::readChangedTableHere(const QString &table)
{
    if (table == QLatin1String("partners")) {
        if (auto partners = m_store->loadPartners())
            m_model->setPartners(std::move(*partners));
    } else if (table == QLatin1String("holders")) {
        if (auto holders = m_store->loadHolders())
            m_model->setHolders(std::move(*holders));
    } else if (table == QLatin1String("operando_cells")) {
        if (auto cells = m_store->loadCells())
            m_model->setCells(std::move(*cells));
    }
}

// The fetcher could not read (no second connection): read on the window's own connection.
void MainWindow::readChangedOfferingsHere(const QList<qint64> &ids)
{
    auto fetched = m_store->fetchOfferings(ids);
    if (!fetched) {
        m_db->checkConnection(); // a lost connection reloads everything on return
        return;
    }
    applyChangedOfferings(ids, *fetched);
}

void MainWindow::applyChangedOfferings(const QList<qint64> &ids, const QList<Offering> &changed)
{
    if (m_loadingFull) {
        m_remoteChangesMidLoad.append({QStringLiteral("offerings"), ids});
        return;
    }
    // Ids nobody has are simply not found, and not in the model either.
    QSet<qint64> found;
    for (const Offering &o : changed)
        found.insert(o.id);
    QList<qint64> gone;
    for (qint64 id : ids)
        if (!found.contains(id) && m_model->rowOf(id) >= 0)
            gone.append(id); // it was deleted
    m_model->updateOfferings(changed);
    m_model->removeOfferings(gone);
    updateStatus();
    updateDetails();
    const int count = int(changed.size() + gone.size());
    if (count > 0)
        statusBar()->showMessage(tr("%n offering(s) changed by another user", nullptr, count), 5000);
}

void MainWindow::connectToServer()
{
    ConnectionDialog dialog(this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    std::unique_ptr<Database> db = dialog.takeDatabase();
    if (!db)
        return;
    // Remembered without the password; libpq finds it again (~/.pgpass) or the dialog asks.
    const QString location = dialog.displayLocation();
    if (auto ok = setDatabase(std::move(db)); !ok) {
        MessageBox::critical(this, tr("Connect to server"), ok.error().text());
        return;
    }
    Settings::addRecentDatabase(location);
    updateRecentMenu();
    statusBar()->showMessage(tr("Connected to %1").arg(location), 5000);
}

} // namespace pm::ui
