#pragma once

// Where personal access tokens for restricted communities are kept (issue 17): per
// repository base URL, never in the settings, a log, the cache or a message. The desktop
// uses the OS keychain (ui/archive/KeychainTokenStore); this interface lets tests and
// headless code use MemoryTokenStore. Every call answers through its callback, possibly
// later (a keychain asks another process), always exactly once.

#include "common/Result.h"

#include <QHash>
#include <QString>
#include <QUrl>

#include <functional>

namespace pm::archive {

class TokenStore {
public:
    virtual ~TokenStore() = default;
    // An empty token: none is kept for `base`.
    virtual void read(const QUrl &base, std::function<void(Result<QString>)> done) = 0;
    virtual void write(const QUrl &base, const QString &token, std::function<void(Result<void>)> done) = 0;
    virtual void remove(const QUrl &base, std::function<void(Result<void>)> done) = 0;
    // False when tokens last only as long as this process (no system keychain).
    virtual bool persistent() const = 0;
};

// Tokens in this process's memory only.
class MemoryTokenStore : public TokenStore {
public:
    void read(const QUrl &base, std::function<void(Result<QString>)> done) override { done(m_tokens.value(base.toString())); }
    void write(const QUrl &base, const QString &token, std::function<void(Result<void>)> done) override
    {
        m_tokens.insert(base.toString(), token);
        done({});
    }
    void remove(const QUrl &base, std::function<void(Result<void>)> done) override
    {
        m_tokens.remove(base.toString());
        done({});
    }
    bool persistent() const override { return false; }

private:
    QHash<QString, QString> m_tokens;
};

} // namespace pm::archive
