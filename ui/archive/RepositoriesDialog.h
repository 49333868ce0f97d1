#pragma once

// Edits the list of InvenioRDM repositories searched for existing data: add an address
// (checked as the client checks it: https://, or http:// on this machine), remove one, or go
// back to the BIG-MAP Archive and Zenodo. A consortium server's shared repositories are shown
// too, read-only. Each repository may have an access token (password field), kept in the OS
// keychain (tokenStore()), never in the settings. With a database, the cache of search
// results can be cleared here.

#include <QDialog>
#include <QHash>

class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace pm {
class Database;
}

namespace pm::ui::archive {

class RepositoriesDialog : public QDialog {
    Q_OBJECT
public:
    explicit RepositoriesDialog(QWidget *parent = nullptr, Database *db = nullptr);

    bool addAddress(const QString &text); // false, with the reason shown, when refused
    QStringList addresses() const;        // the user's own list (not the server's)
    QStringList serverAddresses() const;  // the consortium server's, read-only

    // The token field edits the selected repository's token; saved by accept().
    QLineEdit *tokenField() const { return m_token; }
    bool selectAddress(const QString &address);
    QString keychainNote() const;

    void accept() override;

private:
    void fill(const QList<QUrl> &list);
    void showTokenOf(const QString &address);
    void updateKeychainNote();
    void updateCacheButton();

    Database *m_db;
    QListWidget *m_list;
    QLineEdit *m_address;
    QLabel *m_problem;
    QLineEdit *m_token;
    QLabel *m_tokenLabel;
    QLabel *m_keychain;
    QPushButton *m_clearCache;
    QHash<QString, QString> m_editedTokens; // address -> new token ("" removes it)
    QString m_tokenFor;                    // the address the token field is about
};

} // namespace pm::ui::archive
