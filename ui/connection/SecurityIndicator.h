#pragma once

#include <QLabel>

namespace pm {
class Database;
}

namespace pm::ui {

// In the status bar, for a server connection: whether it is encrypted and the server's
// certificate verified (issue 15, finding 4), with a warning colour and a tooltip that says
// what to do when a connection to another machine is not. Hidden for an SQLite file.
class SecurityIndicator : public QLabel {
    Q_OBJECT
public:
    explicit SecurityIndicator(QWidget *parent = nullptr);
    void setDatabase(const Database *db);
    bool warns() const { return m_warns; }

private:
    bool m_warns = false;
};

} // namespace pm::ui
