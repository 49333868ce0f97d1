#pragma once

// Asks one InvenioRDM repository for records, asynchronously (Qt Network): nothing here
// blocks the thread that calls it. Every request is bounded: a deadline for the whole
// response, a cap on its size, at most three redirects and never to a less safe address,
// one retry after an HTTP 429 when the server asks for a short wait (Retry-After).

#include "ArchiveRecord.h"
#include "ResultCache.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QUrl>

#include <memory>

class QNetworkAccessManager;
class QNetworkReply;
class QTimer;

namespace pm::archive {

struct SearchOutcome {
    QUrl base;
    QString query;
    ArchivePage page;      // datasets and publications only (see filteredOut)
    int filteredOut = 0;   // other records on the page (software, images, ...)
    QString error;         // empty on success; otherwise what went wrong and what to do
    int retryAfterS = -1;  // an HTTP 429's wait, when it was too long to wait for
    int pageNumber = 1;
    // Offline first: the repository could not be asked (no network, a timeout, a 5xx or a
    // 429), and `page` holds what the cache kept from the last answer. Then `error` is empty
    // and `notice` says why the cache was used.
    bool cached = false;
    QDateTime fetched;
    QString notice;
    bool ok() const { return error.isEmpty(); }
};

class ArchiveClient : public QObject {
    Q_OBJECT
public:
    explicit ArchiveClient(QObject *parent = nullptr);

    void setTimeoutMs(int ms) { m_timeoutMs = ms; }                  // whole response; default 10 s
    void setMaxBytes(qint64 bytes) { m_maxBytes = bytes; }           // default kMaxResponseBytes
    void setMaxRetryWaitS(int seconds) { m_maxRetryWaitS = seconds; } // default 10 s
    void setToken(const QString &token) { m_token = token; }         // personal access token, never logged
    // A token for one repository only (the desktop reads them from the keychain per base URL).
    void setTokenFor(const QUrl &base, const QString &token);
    void clearTokens();
    // Every answer is kept there, and used when the repository cannot be reached; none by default.
    void setCache(std::shared_ptr<ResultCache> cache) { m_cache = std::move(cache); }

    // One page of results for `query` from the repository at `base` (see repositoryBase()).
    // `finished` is emitted exactly once per call, also on every error.
    void search(const QUrl &base, const QString &query, int size = 10, int page = 1);
    void cancelAll();

signals:
    void finished(const pm::archive::SearchOutcome &outcome);

private:
    // One search, owned by the connections and timers that still refer to it: freed with the
    // last of them, also when the client goes away mid-search.
    struct Pending;
    using PendingPtr = std::shared_ptr<Pending>;
    void start(const PendingPtr &pending);
    void finish(const PendingPtr &pending, QNetworkReply *reply);
    // `unreachable`: the repository could not be asked (not a refusal or a bad answer), so
    // a cached answer may stand in.
    void fail(const PendingPtr &pending, const QString &message, int retryAfterS = -1, bool unreachable = false);

    QNetworkAccessManager *m_network;
    int m_timeoutMs = 10000;
    qint64 m_maxBytes;
    int m_maxRetryWaitS = 10;
    QString m_token;
    QHash<QString, QString> m_tokens; // base URL -> token
    std::shared_ptr<ResultCache> m_cache;
    QList<QPointer<QNetworkReply>> m_replies;
};

// Seconds to wait from an HTTP Retry-After value: a number of seconds or an HTTP date; -1 if
// neither.
int retryAfterSeconds(const QByteArray &value, const QDateTime &now);

} // namespace pm::archive
