#pragma once

// Which repository addresses the client may talk to: HTTPS only, except a server on this
// machine (localhost, 127.0.0.1, ::1), where plain HTTP cannot be read by anyone else. A
// token is only ever sent to such an address.

#include "common/Result.h"

#include <QUrl>

namespace pm::archive {

// "https://archive.big-map.eu/" -> https://archive.big-map.eu (no path, query, user or fragment
// beyond the repository's own path prefix); refused with a message naming what is wrong.
Result<QUrl> repositoryBase(const QString &text);

bool isLoopbackHost(const QString &host);

// {base}/api/records?q=...&size=...&page=...&sort=bestmatch
QUrl recordsSearchUrl(const QUrl &base, const QString &query, int size, int page);

} // namespace pm::archive
