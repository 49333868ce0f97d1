#pragma once

#include <QString>
#include <QStringList>

namespace pm::ui {

// The server connections a user opened recently, newest first, kept in QSettings under
// "connections/recent". Passwords are never stored: every URL is saved without one
// (libpq's PGPASSWORD, ~/.pgpass or a service file, or the dialog's prompt, supply it).
class RecentConnections {
public:
    static constexpr int kMax = 8;

    static QStringList load();
    // Puts `url` (password removed) first; returns the new list.
    static QStringList remember(const QString &url);
    static void forget(const QString &url);

    // The URL without its password; other text is returned unchanged.
    static QString withoutPassword(const QString &url);
};

} // namespace pm::ui
