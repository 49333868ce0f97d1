#pragma once

#include <QHash>
#include <QList>
#include <QSet>
#include <QObject>
#include <QPointer>
#include <QString>

class QSqlDriver;

namespace pm {
class Database;
class ConnectionStatus;

// Hears what other users changed on a PostgreSQL server (LISTEN on
// Database::changeChannel(), through QSqlDriver::subscribeToNotification) and emits
// changed(table, ids) for committed changes, so that a view can refresh just those rows.
// Subscribes again after Database::reconnect(). Needs a running event loop.
//
// Anyone who may connect may NOTIFY on any channel (issue 15, finding 8), so payloads are
// untrusted: only our tables and positive ids in a payload of bounded size are accepted,
// and notifications are coalesced: ids arriving within batchInterval() are merged and
// emitted once per table, so a flood of notifications costs one refresh, not one each.
//
// On SQLite it is inactive and never emits: a file has one user, and the app refreshes
// after its own writes anyway.
//
// It must not outlive its Database (it holds a reference); it stops listening when the
// database's connection status object goes away.
class ChangeListener : public QObject {
    Q_OBJECT
public:
    explicit ChangeListener(Database &db, QObject *parent = nullptr);
    ~ChangeListener() override;

    bool isActive() const { return m_active; }
    // By default changes made through this very connection are not reported (the writer
    // knows); tests and single-window tools may want them.
    void setIncludeOwnChanges(bool include) { m_includeOwn = include; }

    // "offerings:3,4" -> {"offerings", {3, 4}}; false for payloads of another format, an
    // unknown table, an id below 1, or more than kMaxPayloadIds ids / kMaxPayloadSize chars.
    static bool parsePayload(const QString &payload, QString *table, QList<qint64> *ids);
    static constexpr qsizetype kMaxPayloadSize = 8000; // PostgreSQL's own NOTIFY limit
    static constexpr qsizetype kMaxPayloadIds = 4000;
    // How long notifications are gathered before changed() is emitted, once per table and
    // per kMaxIdsPerSignal ids (the next slice on the next turn of the event loop).
    static int batchInterval() { return 50; }
    static constexpr qsizetype kMaxIdsPerSignal = 100;
    // Nothing heard that has not been emitted yet.
    bool isIdle() const { return m_pending.isEmpty() && !m_flushQueued; }
    // Payloads refused since the listener started (for tests and diagnostics).
    int refusedPayloads() const { return m_refused; }

signals:
    void changed(const QString &table, const QList<qint64> &ids);

private:
    void subscribe();
    void unsubscribe();
    void flush();

    Database *m_db;
    QPointer<QSqlDriver> m_driver;
    QPointer<ConnectionStatus> m_status;
    bool m_active = false;
    bool m_includeOwn = false;
    QHash<QString, QSet<qint64>> m_pending; // table -> ids heard since the last flush
    bool m_flushQueued = false;
    int m_refused = 0;
};

} // namespace pm
