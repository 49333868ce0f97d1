#pragma once

#include "common/Result.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace pm {
class Database;

// The three group roles of a consortium server (PostgreSQL only). People log in with
// their own accounts and are members of one of them:
//   viewer  reads everything
//   editor  viewer, and changes the data: offerings and their history, partners,
//           holders, cells, logbook, requests, plans and plan validation statuses
//   admin   editor, and owns the tables: schema upgrades, role grants, and the list of
//           repositories shared with every member (archive_repositories)
// Every role may also write the cache of repository search results (archive_cache).
// Role names are per server (PostgreSQL roles are cluster-wide); each database grants
// CONNECT to them separately.
namespace roles {

enum class Role { Viewer, Editor, Admin };

QString roleName(Role role); // "probematrix_viewer", ...
QString roleLabel(Role role); // "viewer", ...
std::optional<Role> roleFromLabel(const QString &label);

// Creates the roles if missing and (re)grants their rights on every table of the current
// schema; hands the tables to the admin role. Idempotent: run again after an upgrade that
// added tables. Needs a superuser (or the database owner with CREATEROLE).
Result<void> createRoles(Database &db);

// Makes `login` (an existing login role) a member of `role`, and of no other ProbeMatrix role.
Result<void> grantRole(Database &db, const QString &login, Role role);

// Inside a migration transaction: SET LOCAL ROLE to the admin role when it exists and the
// current user may act as it, so that new tables belong to the role. No-op otherwise.
Result<void> actAsAdminRole(Database &db);

} // namespace roles
} // namespace pm
