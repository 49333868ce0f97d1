#pragma once

// The command line's way to the tokens the desktop keeps: it asks the token store for each
// repository it is about to search and waits (a keychain answers over D-Bus, later). A token
// found goes to its own repository only (ArchiveClient::setTokenFor). A keychain that fails
// is a warning, never a stop: the search then runs without the token, as a public one.

#include "TokenStore.h"

#include <QHash>
#include <QList>
#include <QStringList>
#include <QUrl>

namespace pm::archive {

struct FoundTokens {
    QHash<QUrl, QString> byBase; // only the repositories that have one
    QStringList warnings;        // one per store failure, naming the repository, never a token
};

FoundTokens lookUpTokens(TokenStore &store, const QList<QUrl> &bases, int timeoutMs = 10000);

} // namespace pm::archive
