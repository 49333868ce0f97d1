#pragma once

#include "common/Result.h"

#include <QStringList>

namespace pm {
class Database;

// The server's rule for validation decisions (issue 18, section 1): a decision binds to the
// content it was taken on. On PostgreSQL a trigger refuses an "accepted", "refused" or
// "changed" status without that content, and an "accepted" one whose offering, observables
// or dates are not those of the step in the stored plan: a desktop cannot mark accepted a
// step the partner never saw. The client never decides this. SQLite files have one user;
// the store writes the same content there (PlanStore::setStepStatus).
namespace decisionrules {

// Creates (or replaces) the trigger; part of schema version 5 on PostgreSQL.
Result<void> install(Database &db);

// The trigger function, for `db init --roles` (handed to the admin role).
QStringList functionSignatures();

} // namespace decisionrules
} // namespace pm
