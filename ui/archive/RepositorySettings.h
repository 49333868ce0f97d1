#pragma once

// The repositories the "Existing data" tab searches, kept in the user's settings under one
// typed key; the BIG-MAP Archive and Zenodo until the user changes the list.

#include <QList>
#include <QUrl>

namespace pm {
class Database;
}

namespace pm::ui::archive {

QList<QUrl> repositories();
void setRepositories(const QList<QUrl> &list);
void restoreDefaultRepositories();

// What the tab searches: a consortium server's shared list (when `db` is one; a list it
// cannot read is left out) and then the user's own.
QList<QUrl> repositoriesToSearch(Database *db);

} // namespace pm::ui::archive
