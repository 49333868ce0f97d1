#pragma once

#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>

class QSqlDriver;

namespace pm {
class Database;
class ConnectionStatus;

// Hears what other users changed on a PostgreSQL server (LISTEN on
// Database::changeChannel(), through QSqlDriver::subscribeToNotification) and emits
// changed(table, ids) for each committed change, so that a view can refresh just those
// rows. Subscribes again after Database::reconnect(). Needs a running event loop.
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

    // "offerings:3,4" -> {"offerings", {3, 4}}; false for payloads of another format.
    static bool parsePayload(const QString &payload, QString *table, QList<qint64> *ids);

signals:
    void changed(const QString &table, const QList<qint64> &ids);

private:
    void subscribe();
    void unsubscribe();

    Database *m_db;
    QPointer<QSqlDriver> m_driver;
    QPointer<ConnectionStatus> m_status;
    bool m_active = false;
    bool m_includeOwn = false;
};

} // namespace pm
