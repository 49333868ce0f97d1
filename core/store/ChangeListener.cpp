#include "ChangeListener.h"

#include "Database.h"

#include <QSqlDriver>
#include <QStringList>
#include <QTimer>
#include <QVariant>

#include <algorithm>
#include <utility>

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
                if (!parsePayload(payload.toString(), &table, &ids)) {
                    ++m_refused;
                    return;
                }
                QSet<qint64> &pending = m_pending[table];
                for (qint64 id : std::as_const(ids))
                    pending.insert(id);
                if (!m_flushQueued) {
                    m_flushQueued = true;
                    QTimer::singleShot(batchInterval(), this, &ChangeListener::flush);
                }
            });
}

void ChangeListener::flush()
{
    m_flushQueued = false;
    if (m_pending.isEmpty())
        return;
    // At most kMaxIdsPerSignal ids of one table per signal, the rest on the next turn of
    // the event loop: a flood is read in slices between which the window repaints and
    // answers (one slice of 100 made-up ids is one short query).
    QStringList tables = m_pending.keys();
    tables.sort();
    const QString table = tables.first();
    QList<qint64> ids = m_pending.take(table).values();
    std::sort(ids.begin(), ids.end());
    if (ids.size() > kMaxIdsPerSignal) {
        m_pending.insert(table, QSet<qint64>(ids.cbegin() + kMaxIdsPerSignal, ids.cend()));
        ids.resize(kMaxIdsPerSignal);
    }
    if (!m_pending.isEmpty()) {
        m_flushQueued = true;
        QTimer::singleShot(0, this, &ChangeListener::flush);
    }
    emit changed(table, ids);
}

bool ChangeListener::parsePayload(const QString &payload, QString *table, QList<qint64> *ids)
{
    // The tables a ProbeMatrix write announces (Database::recordChange callers).
    static const QStringList known{QStringLiteral("offerings"), QStringLiteral("partners"), QStringLiteral("holders"),
                                   QStringLiteral("operando_cells"), QStringLiteral("plan_step_status")};
    if (payload.size() > kMaxPayloadSize)
        return false;
    const qsizetype colon = payload.indexOf(QLatin1Char(':'));
    if (colon <= 0 || !known.contains(payload.left(colon)))
        return false;
    QList<qint64> parsed;
    for (const QStringView part : QStringView(payload).mid(colon + 1).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        bool ok = false;
        const qint64 id = part.toLongLong(&ok);
        if (!ok || id < 1 || parsed.size() >= kMaxPayloadIds)
            return false;
        parsed.append(id);
    }
    if (parsed.isEmpty())
        return false;
    *table = payload.left(colon);
    *ids = parsed;
    return true;
}

} // namespace pm
