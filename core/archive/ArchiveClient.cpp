#include "ArchiveClient.h"
#include "RecordsParser.h"
#include "RepositoryUrl.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>

namespace pm::archive {

namespace {
constexpr char kCancelledByUser[] = "probematrixCancelled";
}

struct ArchiveClient::Pending {
    QUrl base;
    QString query;
    int size = 10;
    int page = 1;
    QByteArray body;
    bool retried = false;
    bool tooLarge = false;
    bool timedOut = false;
};

int retryAfterSeconds(const QByteArray &value, const QDateTime &now)
{
    bool isNumber = false;
    const int seconds = value.trimmed().toInt(&isNumber);
    if (isNumber)
        return seconds >= 0 ? seconds : -1;
    // An HTTP date: "Wed, 21 Oct 2026 07:28:00 GMT".
    QDateTime when = QLocale::c().toDateTime(QString::fromLatin1(value.trimmed()), QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"));
    if (!when.isValid())
        return -1;
    when.setTimeSpec(Qt::UTC);
    return int(qBound<qint64>(qint64(0), now.secsTo(when), qint64(24 * 3600)));
}

ArchiveClient::ArchiveClient(QObject *parent)
    : QObject(parent), m_network(new QNetworkAccessManager(this)), m_maxBytes(kMaxResponseBytes)
{
}

void ArchiveClient::search(const QUrl &base, const QString &query, int size, int page)
{
    auto pending = std::make_shared<Pending>(Pending{base, query, size, page, {}, false, false, false});
    // The address is checked here too, whoever built it: a token or a query never goes out
    // unencrypted to another machine.
    const auto checked = repositoryBase(base.toString());
    if (!checked) {
        QTimer::singleShot(0, this, [this, pending, message = checked.error().message] { fail(pending, message); });
        return;
    }
    pending->base = *checked;
    start(pending);
}

void ArchiveClient::start(const PendingPtr &pending)
{
    QNetworkRequest request(recordsSearchUrl(pending->base, pending->query, pending->size, pending->page));
    request.setRawHeader("Accept", "application/vnd.inveniordm.v1+json, application/json;q=0.9");
    request.setHeader(QNetworkRequest::UserAgentHeader, QStringLiteral("ProbeMatrix/%1").arg(QCoreApplication::applicationVersion()));
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::NoLessSafeRedirectPolicy);
    request.setMaximumRedirectsAllowed(3);
    request.setTransferTimeout(m_timeoutMs);
    const QString token = m_tokens.value(pending->base.toString(), m_token);
    if (!token.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + token.toUtf8());
    QNetworkReply *reply = m_network->get(request);
    m_replies.append(reply);

    // The whole response has a deadline: a server that sends one byte a second never ends
    // a transfer timeout, which only counts silence.
    auto *deadline = new QTimer(reply);
    deadline->setSingleShot(true);
    connect(deadline, &QTimer::timeout, reply, [pending, reply] {
        pending->timedOut = true;
        reply->abort();
    });
    deadline->start(m_timeoutMs);
    connect(reply, &QNetworkReply::readyRead, this, [this, pending, reply] {
        if (pending->tooLarge)
            return;
        const QByteArray chunk = reply->read(m_maxBytes + 1 - pending->body.size());
        pending->body += chunk;
        if (pending->body.size() > m_maxBytes) {
            pending->tooLarge = true;
            pending->body.clear();
            reply->abort();
        }
    });
    connect(reply, &QNetworkReply::metaDataChanged, this, [this, pending, reply] {
        const QVariant length = reply->header(QNetworkRequest::ContentLengthHeader);
        if (length.isValid() && length.toLongLong() > m_maxBytes) {
            pending->tooLarge = true;
            reply->abort();
        }
    });
    connect(reply, &QNetworkReply::finished, this, [this, pending, reply] { finish(pending, reply); });
}

void ArchiveClient::finish(const PendingPtr &pending, QNetworkReply *reply)
{
    reply->deleteLater();
    m_replies.removeAll(reply);
    const QString where = pending->base.toString();
    const int mib = int(m_maxBytes / (1024 * 1024));
    if (pending->tooLarge)
        return fail(pending, QStringLiteral("%1 sent more than %2 MiB for one page of results; the answer was dropped").arg(where).arg(std::max(mib, 1)));
    if (pending->timedOut)
        return fail(pending, QStringLiteral("%1 did not answer within %2 s; try again later, or check the address").arg(where).arg(m_timeoutMs / 1000.0), -1, true);
    if (reply->error() == QNetworkReply::OperationCanceledError) {
        // Qt ends a transfer that stays silent for the transfer timeout this way too; only
        // cancelAll() is the user's cancel.
        if (!reply->property(kCancelledByUser).toBool())
            return fail(pending, QStringLiteral("%1 did not answer within %2 s; try again later, or check the address").arg(where).arg(m_timeoutMs / 1000.0), -1,
                        true);
        return fail(pending, QStringLiteral("the search of %1 was cancelled").arg(where));
    }
    // The final address after redirects must still be one we may talk to.
    if (!repositoryBase(reply->url().adjusted(QUrl::RemovePath | QUrl::RemoveQuery).toString()))
        return fail(pending, QStringLiteral("%1 redirected to %2, which is not an https:// address").arg(where, reply->url().host()));
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status == 429) {
        const int wait = retryAfterSeconds(reply->rawHeader("Retry-After"), QDateTime::currentDateTimeUtc());
        if (!pending->retried && wait >= 0 && wait <= m_maxRetryWaitS) {
            pending->retried = true;
            pending->body.clear();
            QTimer::singleShot(wait * 1000, this, [this, pending] { start(pending); });
            return;
        }
        return fail(pending,
                    wait >= 0 ? QStringLiteral("%1 limits how often it is asked; it asks to wait %2 s before the next search").arg(where).arg(wait)
                              : QStringLiteral("%1 limits how often it is asked; try again in a minute").arg(where),
                    wait, true);
    }
    if (status >= 500)
        return fail(pending, QStringLiteral("%1 had an error (HTTP %2); the repository may be down, try again later").arg(where).arg(status), -1, true);
    if (status >= 400)
        return fail(pending, status == 401 || status == 403
                                 ? QStringLiteral("%1 refused the search (HTTP %2); a restricted community needs a valid access token").arg(where).arg(status)
                                 : QStringLiteral("%1 answered HTTP %2; is it an InvenioRDM repository address?").arg(where).arg(status));
    if (reply->error() != QNetworkReply::NoError)
        return fail(pending, QStringLiteral("%1 could not be reached: %2 (no network?)").arg(where, reply->errorString()), -1, true);
    pending->body += reply->readAll().left(m_maxBytes + 1 - pending->body.size());
    auto parsed = parseRecordsResponse(pending->body, where);
    if (!parsed)
        return fail(pending, parsed.error().text());
    SearchOutcome outcome;
    outcome.base = pending->base;
    outcome.query = pending->query;
    outcome.pageNumber = pending->page;
    outcome.page.total = parsed->total;
    outcome.page.hasNext = parsed->hasNext;
    for (ArchiveRecord &r : parsed->records) {
        if (r.kind == RecordKind::Other) { // issue 17: only datasets and publications are shown
            ++outcome.filteredOut;
            continue;
        }
        r.query = pending->query;
        outcome.page.records.append(r);
    }
    // A fresh answer replaces the cached one. The cache is a convenience: a cache that cannot
    // be written (a read-only file, a lost server) does not spoil the answer.
    if (m_cache)
        if (auto stored = m_cache->store(outcome.base, outcome.query, outcome.pageNumber, outcome.page, outcome.filteredOut); !stored)
            qWarning("probematrix: search results not cached: %s", qPrintable(stored.error().text()));
    emit finished(outcome);
}

void ArchiveClient::fail(const PendingPtr &pending, const QString &message, int retryAfterS, bool unreachable)
{
    SearchOutcome outcome;
    outcome.base = pending->base;
    outcome.query = pending->query;
    outcome.pageNumber = pending->page;
    if (unreachable && m_cache) {
        if (auto cached = m_cache->lookup(pending->base, pending->query, pending->page)) {
            outcome.page = cached->page;
            outcome.filteredOut = cached->filteredOut;
            outcome.cached = true;
            outcome.fetched = cached->fetched;
            outcome.notice = message;
            emit finished(outcome);
            return;
        }
    }
    outcome.error = message;
    outcome.retryAfterS = retryAfterS;
    emit finished(outcome);
}

void ArchiveClient::setTokenFor(const QUrl &base, const QString &token)
{
    const auto checked = repositoryBase(base.toString());
    const QString key = checked ? checked->toString() : base.toString();
    if (token.isEmpty())
        m_tokens.remove(key);
    else
        m_tokens.insert(key, token);
}

void ArchiveClient::clearTokens()
{
    m_token.clear();
    m_tokens.clear();
}

void ArchiveClient::cancelAll()
{
    const auto replies = m_replies;
    for (const QPointer<QNetworkReply> &r : replies)
        if (r) {
            r->setProperty(kCancelledByUser, true);
            r->abort();
        }
}

} // namespace pm::archive
