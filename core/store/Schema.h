#pragma once

#include "common/Result.h"
#include "matrix/Column.h"

#include <QList>

namespace pm {
class Database;

namespace schema {

// Applies the migration that brings the schema from version-1 to `version`.
// Version 1: partners, offerings (the 28 D5.2 columns and contact), holders, cells, logbook.
// Version 2: the D5.5 additions and provenance columns, and the change history.
// Version 3: stored requests, their outcomes, plans and step validation statuses.
// Version 4: (PostgreSQL) authorship and history recorded by the server's triggers.
// Version 5: decisions keep the content decided on; re-plans name their origin (issue 18).
// Version 6: the cache of repository search results and the shared repository list (issue 17).
Result<void> apply(Database &db, int version);

// The offering columns that exist at a schema version (for migration tests).
QList<Column> offeringColumnsAt(int version);

} // namespace schema
} // namespace pm
