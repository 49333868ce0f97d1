#include "RemoteFetcher.h"

#include "store/Database.h"
#include "store/MatrixStore.h"

#include <QPointer>
#include <QThread>

#include <algorithm>
#include <optional>
#include <utility>

namespace pm::ui {

namespace {
std::function<void()> &beforeFetch()
{
    static std::function<void()> hook;
    return hook;
}

// Lives on the fetching thread: the connection belongs to the thread that opened it.
class FetchWorker : public QObject {
public:
    std::unique_ptr<Database> db;
};
} // namespace

void RemoteFetcher::setBeforeFetch(std::function<void()> hook)
{
    beforeFetch() = std::move(hook);
}

RemoteFetcher::RemoteFetcher(QString location, QObject *parent) : QObject(parent), m_location(std::move(location))
{
    m_thread = new QThread(this);
    m_thread->setObjectName(QStringLiteral("RemoteFetcher"));
    m_worker = new FetchWorker;
    m_worker->moveToThread(m_thread);
    connect(m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread->start();
}

RemoteFetcher::~RemoteFetcher()
{
    // The connection is closed on its own thread, then the thread stops (a read in progress
    // finishes first; its result is dropped, this object being gone).
    auto *worker = static_cast<FetchWorker *>(m_worker);
    QMetaObject::invokeMethod(worker, [worker] { worker->db.reset(); }, Qt::BlockingQueuedConnection);
    m_thread->quit();
    m_thread->wait();
}

void RemoteFetcher::fetch(const QList<qint64> &ids)
{
    for (qint64 id : ids)
        m_waiting.insert(id);
    if (!m_inFlight)
        startNext();
}

void RemoteFetcher::fetchTable(const QString &table)
{
    m_waitingTables.insert(table);
    if (!m_inFlight)
        startNext();
}

void RemoteFetcher::startNext()
{
    // Offerings first (what the user sees in the table), then the small tables.
    if (m_waiting.isEmpty() && !m_waitingTables.isEmpty()) {
        startTables();
        return;
    }
    if (m_waiting.isEmpty())
        return;
    QList<qint64> asked(m_waiting.cbegin(), m_waiting.cend());
    std::sort(asked.begin(), asked.end());
    m_waiting.clear();
    m_inFlight = true;
    auto *worker = static_cast<FetchWorker *>(m_worker);
    const QString location = m_location;
    QPointer<RemoteFetcher> self(this);
    QMetaObject::invokeMethod(worker, [worker, location, asked, self] {
        if (const auto &hook = beforeFetch())
            hook();
        QString error;
        QList<Offering> found;
        if (!worker->db) {
            auto db = Database::open(location);
            if (db)
                worker->db = std::move(*db);
            else
                error = db.error().text();
        }
        if (worker->db) {
            auto rows = MatrixStore(*worker->db).fetchOfferings(asked);
            if (rows)
                found = std::move(*rows);
            else {
                error = rows.error().text();
                worker->db.reset(); // reconnect next time
            }
        }
        QMetaObject::invokeMethod(
            self.data(),
            [self, asked, found, error] {
                if (!self)
                    return;
                self->m_inFlight = false;
                if (error.isEmpty())
                    emit self->fetched(asked, found);
                else
                    emit self->failed(asked, error);
                self->startNext();
            },
            Qt::QueuedConnection);
    }, Qt::QueuedConnection);
}

void RemoteFetcher::startTables()
{
    const QSet<QString> tables = std::exchange(m_waitingTables, {});
    m_inFlight = true;
    auto *worker = static_cast<FetchWorker *>(m_worker);
    const QString location = m_location;
    QPointer<RemoteFetcher> self(this);
    QMetaObject::invokeMethod(worker, [worker, location, tables, self] {
        if (const auto &hook = beforeFetch())
            hook();
        if (!worker->db)
            if (auto db = Database::open(location))
                worker->db = std::move(*db);
        std::optional<QList<Partner>> partners;
        std::optional<QList<SampleHolder>> holders;
        std::optional<QList<OperandoCell>> cells;
        if (worker->db) {
            const MatrixStore store(*worker->db);
            // A table that cannot be read is left as the window has it; the next change to
            // it, or a reconnect, reads it again.
            if (tables.contains(QStringLiteral("partners")))
                if (auto r = store.loadPartners())
                    partners = std::move(*r);
            if (tables.contains(QStringLiteral("holders")))
                if (auto r = store.loadHolders())
                    holders = std::move(*r);
            if (tables.contains(QStringLiteral("operando_cells")))
                if (auto r = store.loadCells())
                    cells = std::move(*r);
        }
        QMetaObject::invokeMethod(
            self.data(),
            [self, partners, holders, cells] {
                if (!self)
                    return;
                self->m_inFlight = false;
                if (partners)
                    emit self->partnersFetched(*partners);
                if (holders)
                    emit self->holdersFetched(*holders);
                if (cells)
                    emit self->cellsFetched(*cells);
                self->startNext();
            },
            Qt::QueuedConnection);
    }, Qt::QueuedConnection);
}

} // namespace pm::ui
