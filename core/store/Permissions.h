#pragma once

#include <QString>

namespace pm {
class Database;

// What the connected account may do, for front ends that disable what it may not (the
// server enforces the same rules; this only avoids offering what would be refused).
struct Permissions {
    QString user;          // login on the server; operating-system user for SQLite
    QString role;          // "admin", "editor", "viewer", or "" when no ProbeMatrix role applies
    bool canRead = false;
    bool canEditMatrix = false; // offerings, partners, holders, cells, plan statuses
    bool canAdmin = false;      // schema upgrades, roles
    QString reason;        // why editing is off, for the note next to disabled controls
};

// SQLite: everything, unless the file is read-only. PostgreSQL: from the server's
// privileges on the tables (has_table_privilege, table ownership).
Permissions permissions(Database &db);

} // namespace pm
