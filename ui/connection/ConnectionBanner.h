#pragma once

#include <QFrame>
#include <QPointer>
#include <QTimer>

class QLabel;
class QPushButton;

namespace pm {
class Database;
class ConnectionStatus;
} // namespace pm

namespace pm::ui {

// A strip above the matrix that appears when the server connection is lost, says that the
// last change was not saved, and reconnects by itself: after 1 s, 2 s, 4 s ... at most
// every 30 s (Database::reconnect()), or at once with "Retry now". When the connection is
// back it says so briefly, hides, and emits reconnected() so the window reloads what
// others changed meanwhile. Hidden for SQLite files, which have no connection to lose.
class ConnectionBanner : public QFrame {
    Q_OBJECT
public:
    enum class State { Connected, Lost };

    explicit ConnectionBanner(QWidget *parent = nullptr);

    // Follows `db`'s connection status (null: none). The database must outlive the banner
    // or be replaced here first.
    void setDatabase(Database *db);

    State state() const { return m_state; }
    int attempts() const { return m_attempts; }
    // The wait before retry number `attempt` (0-based): base, 2 base, 4 base, ... capped at 30 s.
    int retryDelayMs(int attempt) const;
    // For tests: the first wait (1000 ms by default).
    void setBaseDelayMs(int ms) { m_baseDelayMs = ms; }

public slots:
    void retryNow();

signals:
    void reconnected();

private:
    void connectionLost(const QString &message);
    void connectionRestored();
    void scheduleRetry();
    void updateText();

    QPointer<ConnectionStatus> m_status;
    Database *m_db = nullptr;
    QLabel *m_text;
    QPushButton *m_retry;
    QTimer m_retryTimer;
    QTimer m_tick;     // counts the seconds down in the text
    QTimer m_hideTimer;
    QString m_reason;
    State m_state = State::Connected;
    int m_attempts = 0;
    int m_baseDelayMs = 1000;
};

} // namespace pm::ui
