#pragma once

// The repositories the "Existing data" tab searches, kept in the user's settings under one
// typed key; the BIG-MAP Archive and Zenodo until the user changes the list.

#include <QList>
#include <QUrl>

namespace pm::ui::archive {

QList<QUrl> repositories();
void setRepositories(const QList<QUrl> &list);
void restoreDefaultRepositories();

} // namespace pm::ui::archive
