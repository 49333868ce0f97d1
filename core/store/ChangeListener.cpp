#include "ChangeListener.h"

#include "Database.h"

#include <QSqlDriver>
#include <QVariant>

namespace pm {

ChangeListener::ChangeListener(Database &db, QObject *parent)
    : QObject(parent), m_db(&db), m_status(db.status())
{
    if (db.kind() != Database::Kind::Postgres)
        return;
    connect(m_status, &ConnectionStatus::restored, this, &ChangeListener::subscribe);
    connect(m_status, &QObject::destroyed, this, [this] {
        m_db = nullptr; // the database is gone; so is its driver
        m_active = false;
    });
    subscribe();
}

ChangeListener::~ChangeListener()
{
    unsubscribe();
}

void ChangeListener::unsubscribe()
{
    if (m_driver) {
        disconnect(m_driver, nullptr, this, nullptr);
        if (m_db && m_active && m_db->connection().isOpen())
            m_driver->unsubscribeFromNotification(Database::changeChannel());
    }
    m_driver = nullptr;
    m_active = false;
}

void ChangeListener::subscribe()
{
    if (!m_db)
        return;
    // After a reconnect the driver is the same object but its subscriptions are gone.
    if (m_driver)
        disconnect(m_driver, nullptr, this, nullptr);
    m_driver = m_db->connection().driver();
    m_active = false;
    if (!m_driver)
        return;
    if (m_driver->subscribedToNotifications().contains(Database::changeChannel()))
        m_driver->unsubscribeFromNotification(Database::changeChannel());
    m_active = m_driver->subscribeToNotification(Database::changeChannel());
    connect(m_driver, &QSqlDriver::notification, this,
            [this](const QString &name, QSqlDriver::NotificationSource source, const QVariant &payload) {
                if (name != Database::changeChannel() || (source == QSqlDriver::SelfSource && !m_includeOwn))
                    return;
                QString table;
                QList<qint64> ids;
                if (parsePayload(payload.toString(), &table, &ids))
                    emit changed(table, ids);
            });
}

bool ChangeListener::parsePayload(const QString &payload, QString *table, QList<qint64> *ids)
{
    const qsizetype colon = payload.indexOf(QLatin1Char(':'));
    if (colon <= 0)
        return false;
    QList<qint64> parsed;
    for (const QString &part : payload.mid(colon + 1).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        bool ok = false;
        const qint64 id = part.toLongLong(&ok);
        if (!ok)
            return false;
        parsed.append(id);
    }
    *table = payload.left(colon);
    *ids = parsed;
    return true;
}

} // namespace pm
