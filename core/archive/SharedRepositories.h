#pragma once

// The repositories a consortium server shares with its members (issue 17; table
// archive_repositories, schema version 6). On PostgreSQL only the admin role may change the
// list: the server refuses anyone else (Roles), whatever a desktop sends. Every member reads
// it; the desktop shows it, read-only, next to the user's own list. An SQLite file has no
// shared list.

#include "Repositories.h"
#include "common/Result.h"

#include <QList>
#include <QUrl>

namespace pm {
class Database;
}

namespace pm::archive {

struct SharedRepository {
    QUrl url;
    QString name;
    QString addedBy;
};

// The server's list, each address checked as one typed by the user (an address the client
// may not talk to is left out). Empty for an SQLite file.
Result<QList<SharedRepository>> sharedRepositories(Database &db);
// For the server's administrators (`archive repositories --add/--remove`).
Result<void> addSharedRepository(Database &db, const QString &url, const QString &name);
Result<void> removeSharedRepository(Database &db, const QString &url);

// The server's list first, then the user's own addresses not already in it.
QList<QUrl> mergedRepositories(const QList<SharedRepository> &shared, const QList<QUrl> &own);

} // namespace pm::archive
