#pragma once

#include "matrix/Offering.h"
#include "matrix/Partner.h"
#include "matrix/SampleHolder.h"

#include <QList>
#include <QObject>
#include <QSet>
#include <QString>

#include <functional>
#include <memory>

class QThread;

namespace pm {
class Database;
}

namespace pm::ui {

// Reads what other users changed (LISTEN/NOTIFY, ChangeListener): offerings by id, partners,
// holders and cells whole, on a thread of its own with its own database connection, so that
// a flood of notifications never holds the window (issue 15, finding 8). What arrives while a
// read runs is coalesced into the next one: at most one read in flight, one waiting.
// `fetched` hands offerings back on the window's thread with the ids asked for (those not
// found were deleted).
class RemoteFetcher : public QObject {
    Q_OBJECT
public:
    // `location` is the database to read (the window's); the connection opens on first use.
    explicit RemoteFetcher(QString location, QObject *parent = nullptr);
    ~RemoteFetcher() override; // closes the connection on its thread, then stops it

    void fetch(const QList<qint64> &ids);
    // Partners, holders and cells are few: their whole table is read again ("partners",
    // "holders" or "operando_cells"); a table asked for twice before its read is read once.
    void fetchTable(const QString &table);

    // Tests: runs on the fetching thread before each read (to make one slow).
    static void setBeforeFetch(std::function<void()> hook);

signals:
    void fetched(const QList<qint64> &asked, const QList<pm::Offering> &found);
    // The second connection or the read failed (a server that wants a password typed in
    // the dialog, say): the window reads on its own connection instead.
    void failed(const QList<qint64> &asked, const QString &message);
    void partnersFetched(const QList<pm::Partner> &partners);
    void holdersFetched(const QList<pm::SampleHolder> &holders);
    void cellsFetched(const QList<pm::OperandoCell> &cells);
    // As `failed`, for whole tables: the window reads them on its own connection.
    void tablesFailed(const QStringList &tables);

private:
    // What a read hands back to this object's thread.
    using Done = std::function<void(RemoteFetcher &)>;
    // Runs `read` on the fetching thread with the connection (opened on first use; null, with
    // the reason, when it cannot open; a read may drop it to reconnect next time), then the
    // Done it returns on this object's thread, then the next read waiting.
    void run(std::function<Done(std::unique_ptr<Database> &db, const QString &openError)> read);
    void startNext();
    void startOfferings();
    void startTables();

    QString m_location;
    QThread *m_thread = nullptr;
    QObject *m_worker = nullptr; // lives on m_thread; owns the connection
    bool m_inFlight = false;
    QSet<qint64> m_waiting;
    QSet<QString> m_waitingTables;
};

} // namespace pm::ui
