#pragma once

// Access tokens in the OS keychain (issue 17): the Secret Service (GNOME Keyring, KWallet) on
// Linux, the Keychain on macOS, the Credential Manager on Windows, through qtkeychain. When
// there is none (no Secret Service on D-Bus, as on CI and many servers), tokens are kept in
// memory for this session only and persistent() says so; they are never written anywhere
// else (qtkeychain's "insecure fallback" into a settings file stays off).

#include "TokenStore.h"

#include <QObject>

namespace pm::archive {

class KeychainTokenStore : public QObject, public TokenStore {
    Q_OBJECT
public:
    explicit KeychainTokenStore(QString service = QStringLiteral("ProbeMatrix repository tokens"), QObject *parent = nullptr);

    void read(const QUrl &base, std::function<void(Result<QString>)> done) override;
    void write(const QUrl &base, const QString &token, std::function<void(Result<void>)> done) override;
    void remove(const QUrl &base, std::function<void(Result<void>)> done) override;
    bool persistent() const override { return m_keychainMissing.isEmpty(); }
    // Why there is no keychain (empty while there is one, or before the first attempt).
    QString missingReason() const { return m_keychainMissing; }

signals:
    void keychainMissing(const QString &reason);

private:
    bool isMissingKeychain(int error);
    void markMissing(const QString &reason);

    QString m_service;
    QString m_keychainMissing;
    MemoryTokenStore m_session;
};

// The store the desktop uses: the keychain, or what a test put there.
TokenStore &tokenStore();
void setTokenStore(std::unique_ptr<TokenStore> store);

} // namespace pm::archive
