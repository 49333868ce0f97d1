#include "RemoteFetcher.h"

#include "store/Database.h"
#include "store/MatrixStore.h"

#include <QPointer>
#include <QThread>

#include <algorithm>
#include <optional>

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
    if (!m_waiting.isEmpty())
        startOfferings();
    else if (!m_waitingTables.isEmpty())
        startTables();
}

void RemoteFetcher::run(std::function<Done(std::unique_ptr<Database> &db, const QString &openError)> read)
{
    m_inFlight = true;
    auto *worker = static_cast<FetchWorker *>(m_worker);
    const QString location = m_location;
    QPointer<RemoteFetcher> self(this);
    QMetaObject::invokeMethod(
        worker,
        [worker, location, read = std::move(read), self] {
            if (const auto &hook = beforeFetch())
                hook();
            QString openError;
            if (!worker->db) {
                if (auto db = Database::open(location))
                    worker->db = std::move(*db);
                else
                    openError = db.error().text();
            }
            Done done = read(worker->db, openError);
            QMetaObject::invokeMethod(
                self.data(),
                [self, done = std::move(done)] {
                    if (!self)
                        return;
                    self->m_inFlight = false;
                    done(*self);
                    self->startNext();
                },
                Qt::QueuedConnection);
        },
        Qt::QueuedConnection);
}

void RemoteFetcher::startOfferings()
{
    QList<qint64> asked(m_waiting.cbegin(), m_waiting.cend());
    std::sort(asked.begin(), asked.end());
    m_waiting.clear();
    run([asked](std::unique_ptr<Database> &db, const QString &openError) -> Done {
        if (!db)
            return [asked, openError](RemoteFetcher &f) { emit f.failed(asked, openError); };
        auto rows = MatrixStore(*db).fetchOfferings(asked);
        if (!rows) {
            db.reset(); // reconnect next time
            return [asked, message = rows.error().text()](RemoteFetcher &f) { emit f.failed(asked, message); };
        }
        return [asked, found = std::move(*rows)](RemoteFetcher &f) { emit f.fetched(asked, found); };
    });
}

void RemoteFetcher::startTables()
{
    const QStringList tables(m_waitingTables.cbegin(), m_waitingTables.cend());
    m_waitingTables.clear();
    run([tables](std::unique_ptr<Database> &db, const QString &) -> Done {
        std::optional<QList<Partner>> partners;
        std::optional<QList<SampleHolder>> holders;
        std::optional<QList<OperandoCell>> cells;
        bool ok = bool(db);
        if (ok) {
            const MatrixStore store(*db);
            if (tables.contains(QStringLiteral("partners")))
                if (auto r = store.loadPartners(); (ok = r.ok()))
                    partners = std::move(*r);
            if (ok && tables.contains(QStringLiteral("holders")))
                if (auto r = store.loadHolders(); (ok = r.ok()))
                    holders = std::move(*r);
            if (ok && tables.contains(QStringLiteral("operando_cells")))
                if (auto r = store.loadCells(); (ok = r.ok()))
                    cells = std::move(*r);
            if (!ok)
                db.reset(); // reconnect next time
        }
        if (!ok) // the window reads them itself
            return [tables](RemoteFetcher &f) { emit f.tablesFailed(tables); };
        return [partners, holders, cells](RemoteFetcher &f) {
            if (partners)
                emit f.partnersFetched(*partners);
            if (holders)
                emit f.holdersFetched(*holders);
            if (cells)
                emit f.cellsFetched(*cells);
        };
    });
}

} // namespace pm::ui
