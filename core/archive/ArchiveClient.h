#pragma once

// Asks one InvenioRDM repository for records, asynchronously (Qt Network): nothing here
// blocks the thread that calls it. Every request is bounded: a deadline for the whole
// response, a cap on its size, at most three redirects and never to a less safe address,
// one retry after an HTTP 429 when the server asks for a short wait (Retry-After).

#include "ArchiveRecord.h"

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
    void fail(const PendingPtr &pending, const QString &message, int retryAfterS = -1);

    QNetworkAccessManager *m_network;
    int m_timeoutMs = 10000;
    qint64 m_maxBytes;
    int m_maxRetryWaitS = 10;
    QString m_token;
    QList<QPointer<QNetworkReply>> m_replies;
};

// Seconds to wait from an HTTP Retry-After value: a number of seconds or an HTTP date; -1 if
// neither.
int retryAfterSeconds(const QByteArray &value, const QDateTime &now);

} // namespace pm::archive
