#pragma once

#include "common/Result.h"

#include <QString>

namespace pm {
class Database;

// On a PostgreSQL server, who changed what is recorded by the server itself, not by the
// desktop (issue 15, finding 3: a client could write updated_by = 'bob' or insert a
// history row "by bob"). Triggers set the author columns from session_user (the login,
// which SET ROLE cannot change) and the time from the server's clock, bump the offering
// version on every UPDATE, and write offering_history from a SECURITY DEFINER function
// owned by the table owner, so editors need (and get) no right to write the history.
// SQLite files have one user: the store keeps writing the local user name there.
namespace serverauthorship {

// Creates (or replaces) the trigger functions and triggers; part of schema version 4.
Result<void> install(Database &db);

// The trigger functions, so that `db init --roles` can hand them to the admin role.
QStringList functionSignatures();

// A note stored with the history rows the current transaction writes on the server
// ("removed by import --replace"); descriptive only, the author is never taken from it.
Result<void> setChangeNote(Database &db, const QString &note);

} // namespace serverauthorship
} // namespace pm
