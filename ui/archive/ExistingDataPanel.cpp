#include "ExistingDataPanel.h"
#include "archive/KeychainTokenStore.h"
#include "RepositoriesDialog.h"
#include "RepositorySettings.h"

#include "archive/ResultCache.h"
#include "planning/Plan.h"
#include "store/Database.h"

#include <QDesktopServices>
#include <QLocale>
#include <QPointer>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QMessageBox>
#include <QLabel>
#include <QPushButton>
#include <QStandardItemModel>
#include <QTreeView>
#include <QVBoxLayout>

namespace pm::ui::archive {

using namespace pm::archive;

namespace {
constexpr int kUrlRole = Qt::UserRole + 1;
constexpr int kDoiRole = Qt::UserRole + 2;
constexpr int kObservablesRole = Qt::UserRole + 3; // on a group: the observables it was asked for

QString recordLink(const ArchiveRecord &r)
{
    return r.doi.isEmpty() ? r.url : QStringLiteral("https://doi.org/") + r.doi;
}
} // namespace

ExistingDataPanel::ExistingDataPanel(QWidget *parent)
    : QWidget(parent), m_client(new ArchiveClient(this)), m_status(new QLabel(this)), m_searchButton(new QPushButton(tr("&Search"), this)),
      m_cancelButton(new QPushButton(tr("Cancel"), this)), m_repositoriesButton(new QPushButton(tr("Repositories…"), this)),
      m_useButton(new QPushButton(tr("&Use as existing data…"), this)), m_view(new QTreeView(this)), m_model(new QStandardItemModel(this))
{
    openUrl = [](const QUrl &url) { QDesktopServices::openUrl(url); };
    chooseObservable = [this](const QStringList &observables, const QString &doi) {
        if (observables.size() == 1)
            return QMessageBox::question(this, tr("Use existing data"),
                                         tr("Leave \"%1\" out of the plan, as measured in doi:%2, and plan again?").arg(observables.first(), doi))
                    == QMessageBox::Yes
                ? observables.first()
                : QString();
        bool ok = false;
        const QString chosen = QInputDialog::getItem(this, tr("Use existing data"),
                                                     tr("Which observable does doi:%1 already answer? It is left out of the plan.").arg(doi),
                                                     observables, 0, false, &ok);
        return ok ? chosen : QString();
    };
    auto *layout = new QVBoxLayout(this);
    auto *row = new QHBoxLayout;
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    row->addWidget(m_status, 1);
    row->addWidget(m_searchButton);
    row->addWidget(m_cancelButton);
    row->addWidget(m_useButton);
    row->addWidget(m_repositoriesButton);
    m_useButton->setEnabled(false);
    m_useButton->setObjectName(QStringLiteral("useExistingData"));
    m_useButton->setToolTip(tr("Mark an observable as answered by the selected dataset: the plan is made again without it, "
                               "and the request records the DOI"));
    layout->addLayout(row);
    m_model->setHorizontalHeaderLabels({tr("Found"), tr("Date"), tr("Creators"), tr("DOI or page")});
    m_view->setModel(m_model);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setUniformRowHeights(true);
    m_view->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    for (int column = 1; column < 4; ++column)
        m_view->header()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    m_view->header()->setStretchLastSection(false);
    layout->addWidget(m_view, 1);
    m_cancelButton->setEnabled(false);
    m_searchButton->setToolTip(tr("Look this plan's techniques and the request's observables up in the repositories"));

    connect(m_client, &ArchiveClient::finished, this, &ExistingDataPanel::onOutcome);
    connect(m_searchButton, &QPushButton::clicked, this, &ExistingDataPanel::search);
    connect(m_cancelButton, &QPushButton::clicked, this, &ExistingDataPanel::cancel);
    connect(m_repositoriesButton, &QPushButton::clicked, this, [this] {
        RepositoriesDialog dialog(this, m_db);
        if (dialog.exec() == QDialog::Accepted)
            search();
    });
    connect(m_useButton, &QPushButton::clicked, this, [this] {
        const QString doi = selectedDoi();
        const QStringList observables = selectedObservables();
        if (doi.isEmpty() || observables.isEmpty() || !chooseObservable)
            return;
        const QString observable = chooseObservable(observables, doi);
        if (!observable.isEmpty())
            emit coveredChosen(observable, doi);
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this, [this] { m_useButton->setEnabled(!selectedDoi().isEmpty()); });
    connect(m_view, &QTreeView::activated, this, [this](const QModelIndex &index) {
        const QUrl url = index.siblingAtColumn(0).data(kUrlRole).toUrl();
        if (url.isValid() && openUrl)
            openUrl(url);
    });
    updateStatus();
}

void ExistingDataPanel::setPlan(const Plan &plan, const Request &request, const Matrix &matrix)
{
    cancel();
    m_searches = planSearches({plan}, matrix, request);
    m_found.clear();
    m_errors.clear();
    m_stepsWithMatches.clear();
    m_cancelled = false;
    rebuild();
    updateStatus();
    emit matchesChanged(m_stepsWithMatches);
}

void ExistingDataPanel::setDatabase(Database *db)
{
    cancel();
    m_db = db;
    m_client->setCache(db ? std::make_shared<ResultCache>(*db) : nullptr);
    updateStatus();
}

void ExistingDataPanel::search()
{
    cancel();
    m_found.clear();
    m_errors.clear();
    m_notices.clear();
    m_cancelled = false;
    const QList<QUrl> bases = repositoriesToSearch(m_db);
    const QStringList queries = m_searches.distinctQueries();
    m_repositories = int(bases.size());
    m_pending = int(bases.size() * queries.size());
    rebuild();
    updateStatus();
    if (m_pending == 0)
        return;
    // Each repository's token comes from the keychain first (asynchronously: the keychain
    // is another process); the searches go out when all are read.
    const int generation = ++m_generation;
    m_readingTokens = true;
    m_client->clearTokens();
    auto remaining = std::make_shared<int>(int(bases.size()));
    QPointer<ExistingDataPanel> self(this);
    for (const QUrl &base : bases)
        pm::archive::tokenStore().read(base, [self, generation, remaining, base, bases, queries](Result<QString> token) {
            if (!self || self->m_generation != generation)
                return;
            if (token && !token->isEmpty())
                self->m_client->setTokenFor(base, *token);
            else if (!token)
                self->m_errors.append(token.error().message); // searched without it
            if (--*remaining == 0) {
                self->m_readingTokens = false;
                self->launch(bases, queries);
            }
        });
}

void ExistingDataPanel::launch(const QList<QUrl> &bases, const QStringList &queries)
{
    for (const QString &q : queries)
        for (const QUrl &base : bases)
            m_client->search(base, q, 5);
}

void ExistingDataPanel::cancel()
{
    if (m_pending == 0)
        return;
    m_cancelled = true;
    if (m_readingTokens) { // nothing went out yet
        ++m_generation;
        m_readingTokens = false;
        m_pending = 0;
        rebuild();
        updateStatus();
        return;
    }
    m_client->cancelAll(); // each reply reports at once; onOutcome counts them down
}

void ExistingDataPanel::onOutcome(const SearchOutcome &outcome)
{
    if (m_pending == 0)
        return; // an answer to a search already replaced
    --m_pending;
    if (!outcome.ok()) {
        if (!m_cancelled && !m_errors.contains(outcome.error))
            m_errors.append(outcome.error);
    } else {
        m_found[outcome.query] += outcome.page.records;
        const QString notice = tr("%1; showing the results cached on %2")
                                   .arg(outcome.notice, QLocale().toString(outcome.fetched.toLocalTime(), QLocale::ShortFormat));
        if (outcome.cached && !m_notices.contains(notice))
            m_notices.append(notice);
    }
    if (m_pending == 0) {
        m_stepsWithMatches.clear();
        for (const StepQuery &t : std::as_const(m_searches.techniques))
            if (!m_found.value(t.query).isEmpty())
                m_stepsWithMatches += t.stepIds;
        emit matchesChanged(m_stepsWithMatches);
    }
    rebuild();
    updateStatus();
}

void ExistingDataPanel::rebuild()
{
    m_model->removeRows(0, m_model->rowCount());
    auto addGroup = [this](const QString &title, const QString &query, const QStringList &observables) {
        const QList<ArchiveRecord> records = m_found.value(query);
        const QString counted = !records.isEmpty() ? tr("%1 (%n match(es))", nullptr, int(records.size())).arg(title)
            : m_found.contains(query)                ? tr("%1 (no match)").arg(title)
                                                     : title;
        auto *group = new QStandardItem(counted);
        group->setToolTip(tr("Asked: %1").arg(query));
        group->setData(observables, kObservablesRole);
        QFont bold = group->font();
        bold.setBold(true);
        group->setFont(bold);
        for (const ArchiveRecord &r : records) {
            QString kind = r.kind == RecordKind::Dataset ? tr("dataset") : tr("publication");
            if (r.cached()) // offline: the repository was not asked this time; said first, where a long title cannot hide it
                kind = tr("%1; cached, fetched on %2").arg(kind, QLocale().toString(r.fetched.toLocalTime().date(), QLocale::ShortFormat));
            auto *item = new QStandardItem(QStringLiteral("[%1] %2").arg(kind, r.title));
            if (r.cached()) {
                QFont italic = item->font();
                italic.setItalic(true);
                item->setFont(italic);
            }
            item->setToolTip(QStringLiteral("%1\n\n%2\n\n%3").arg(r.title, r.description.left(400), tr("From %1, found by: %2").arg(r.source, r.query)));
            item->setData(QUrl(recordLink(r)), kUrlRole);
            item->setData(r.doi, kDoiRole);
            const QString creators = r.creators.mid(0, 3).join(QStringLiteral("; ")) + (r.creators.size() > 3 ? tr("; et al.") : QString());
            group->appendRow({item, new QStandardItem(r.date), new QStandardItem(creators), new QStandardItem(recordLink(r))});
        }
        m_model->appendRow({group, new QStandardItem, new QStandardItem, new QStandardItem});
        m_view->setFirstColumnSpanned(m_model->rowCount() - 1, QModelIndex(), true); // what was asked, in full
    };
    for (const StepQuery &t : std::as_const(m_searches.techniques))
        addGroup(tr("%1 — %2").arg(t.technique, t.observables.join(QStringLiteral(", "))), t.query, t.observables);
    for (const ObservableQuery &o : std::as_const(m_searches.observables))
        addGroup(tr("Observable: %1").arg(o.observable), o.query, {o.observable});
    m_view->expandAll();
}

QList<QPair<QString, ArchiveRecord>> ExistingDataPanel::foundByTechnique() const
{
    QList<QPair<QString, ArchiveRecord>> out;
    for (const StepQuery &t : m_searches.techniques)
        for (const ArchiveRecord &r : m_found.value(t.query))
            out.append({t.technique, r});
    return out;
}

QString ExistingDataPanel::selectedDoi() const
{
    return m_view->currentIndex().siblingAtColumn(0).data(kDoiRole).toString();
}

QStringList ExistingDataPanel::selectedObservables() const
{
    const QModelIndex group = m_view->currentIndex().siblingAtColumn(0).parent();
    return group.isValid() ? group.data(kObservablesRole).toStringList() : QStringList();
}

QString ExistingDataPanel::statusText() const
{
    return m_status->text();
}

void ExistingDataPanel::updateStatus()
{
    m_searchButton->setEnabled(m_pending == 0 && !m_searches.distinctQueries().isEmpty());
    m_cancelButton->setEnabled(m_pending > 0);
    int results = 0;
    for (const auto &records : std::as_const(m_found))
        results += int(records.size());
    QString text;
    if (m_pending > 0)
        text = tr("Searching %n repository(ies)…", nullptr, m_repositories) + QLatin1Char(' ') + tr("%n answer(s) pending", nullptr, m_pending);
    else if (m_cancelled)
        text = tr("Search cancelled; %n result(s) kept.", nullptr, results);
    else if (m_found.isEmpty() && m_errors.isEmpty())
        text = tr("Not searched yet: Search looks this plan up in %n repository(ies).", nullptr, int(repositoriesToSearch(m_db).size()));
    else
        text = tr("%n dataset(s) and publication(s) found.", nullptr, results);
    if (!m_notices.isEmpty())
        text += QLatin1Char('\n') + m_notices.join(QLatin1Char('\n'));
    if (!m_errors.isEmpty())
        text += QLatin1Char('\n') + m_errors.join(QLatin1Char('\n'));
    m_status->setText(text);
}

} // namespace pm::ui::archive
