#include "KeychainTokenStore.h"

#ifdef PROBEMATRIX_HAVE_KEYCHAIN
#include <qt6keychain/keychain.h>
#endif

#include <QPointer>

#include <memory>

namespace pm::archive {

namespace {
#ifndef PROBEMATRIX_HAVE_KEYCHAIN
const QString kBuiltWithout = QStringLiteral("this ProbeMatrix was built without qtkeychain");
#endif

std::unique_ptr<TokenStore> &storeSlot()
{
    static std::unique_ptr<TokenStore> store;
    return store;
}

#ifdef PROBEMATRIX_HAVE_KEYCHAIN
// The job's message names the keychain's problem, never the secret it carried.
QString jobProblem(const QKeychain::Job *job, const QUrl &base)
{
    return QStringLiteral("the system keychain could not handle the token for %1: %2").arg(base.toString(), job->errorString());
}
#endif
} // namespace

TokenStore &tokenStore()
{
    if (!storeSlot())
        storeSlot() = std::make_unique<KeychainTokenStore>();
    return *storeSlot();
}

void setTokenStore(std::unique_ptr<TokenStore> store)
{
    storeSlot() = std::move(store);
}

KeychainTokenStore::KeychainTokenStore(QString service, QObject *parent) : QObject(parent), m_service(std::move(service))
{
#ifndef PROBEMATRIX_HAVE_KEYCHAIN
    m_keychainMissing = kBuiltWithout;
    (void)m_service;
#endif
}

bool KeychainTokenStore::isMissingKeychain(int error)
{
#ifdef PROBEMATRIX_HAVE_KEYCHAIN
    // No Secret Service, no D-Bus session, no KWallet: qtkeychain says NoBackendAvailable,
    // or OtherError with the D-Bus message.
    return error == QKeychain::NoBackendAvailable || error == QKeychain::NotImplemented || error == QKeychain::OtherError;
#else
    Q_UNUSED(error)
    return true;
#endif
}

void KeychainTokenStore::markMissing(const QString &reason)
{
    if (!m_keychainMissing.isEmpty())
        return;
    m_keychainMissing = reason.isEmpty() ? QStringLiteral("no keychain service") : reason;
    emit keychainMissing(m_keychainMissing);
}

void KeychainTokenStore::read(const QUrl &base, std::function<void(Result<QString>)> done)
{
    if (!persistent())
        return m_session.read(base, std::move(done));
#ifdef PROBEMATRIX_HAVE_KEYCHAIN
    auto *job = new QKeychain::ReadPasswordJob(m_service, this);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(base.toString());
    connect(job, &QKeychain::Job::finished, this, [this, base, done = std::move(done)](QKeychain::Job *j) {
        if (j->error() == QKeychain::NoError)
            return done(static_cast<QKeychain::ReadPasswordJob *>(j)->textData());
        if (j->error() == QKeychain::EntryNotFound)
            return done(QString());
        if (isMissingKeychain(j->error())) {
            markMissing(j->errorString());
            return m_session.read(base, done);
        }
        done(makeError(jobProblem(j, base)));
    });
    job->start();
#endif
}

void KeychainTokenStore::write(const QUrl &base, const QString &token, std::function<void(Result<void>)> done)
{
    if (!persistent())
        return m_session.write(base, token, std::move(done));
#ifdef PROBEMATRIX_HAVE_KEYCHAIN
    auto *job = new QKeychain::WritePasswordJob(m_service, this);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(base.toString());
    job->setTextData(token);
    connect(job, &QKeychain::Job::finished, this, [this, base, token, done = std::move(done)](QKeychain::Job *j) {
        if (j->error() == QKeychain::NoError)
            return done({});
        if (isMissingKeychain(j->error())) {
            markMissing(j->errorString());
            return m_session.write(base, token, done);
        }
        done(makeError(jobProblem(j, base)));
    });
    job->start();
#endif
}

void KeychainTokenStore::remove(const QUrl &base, std::function<void(Result<void>)> done)
{
    if (!persistent())
        return m_session.remove(base, std::move(done));
#ifdef PROBEMATRIX_HAVE_KEYCHAIN
    auto *job = new QKeychain::DeletePasswordJob(m_service, this);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(base.toString());
    connect(job, &QKeychain::Job::finished, this, [this, base, done = std::move(done)](QKeychain::Job *j) {
        if (j->error() == QKeychain::NoError || j->error() == QKeychain::EntryNotFound)
            return done({});
        if (isMissingKeychain(j->error())) {
            markMissing(j->errorString());
            return m_session.remove(base, done);
        }
        done(makeError(jobProblem(j, base)));
    });
    job->start();
#endif
}

} // namespace pm::archive
