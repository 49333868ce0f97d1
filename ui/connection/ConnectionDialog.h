#pragma once

#include "store/Database.h"

#include <QDialog>

#include <memory>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace pm::ui {

// "Connect to a server": host, port, database, login, SSL mode and an optional password,
// or a recent connection. OK connects (Database::open) and stays open with the server's
// message if that fails; on success the connection is remembered, without its password,
// and handed over by takeDatabase().
//
// The password is kept in memory only. Left empty, libpq looks in PGPASSWORD, ~/.pgpass
// and service files; if the server then asks for one, the dialog says so.
class ConnectionDialog : public QDialog {
    Q_OBJECT
public:
    explicit ConnectionDialog(QWidget *parent = nullptr);
    ~ConnectionDialog() override;

    // Fills the fields from a postgresql:// URL (e.g. a recent connection).
    void setLocation(const QString &url);
    // The URL to open, with the typed password if any (never store it).
    QString openLocation() const;
    // The URL without a password: for titles and the recent list.
    QString displayLocation() const;

    // The connection made by OK (null before, or after it was taken).
    std::unique_ptr<Database> takeDatabase();

    static QString buildUrl(const QString &host, int port, const QString &database, const QString &user, const QString &sslMode,
                            const QString &password = {});

    void accept() override;

private:
    void recentChosen(int index);
    void updateButtons();
    void showError(const QString &message);

    QComboBox *m_recent;
    QLineEdit *m_host;
    QSpinBox *m_port;
    QLineEdit *m_database;
    QLineEdit *m_user;
    QComboBox *m_sslMode;
    QLineEdit *m_password;
    QLabel *m_message;
    QDialogButtonBox *m_buttons;
    std::unique_ptr<Database> m_db;
};

} // namespace pm::ui
