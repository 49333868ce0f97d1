// probematrix-cli db init [--roles] [--seed] | db info | db grant LOGIN ROLE
// Sets up a database (an SQLite file or a consortium's PostgreSQL server) and shows what
// the connected account may do there.
#include "Commands.h"

#include "store/BundledMatrix.h"
#include "store/MatrixStore.h"
#include "store/Permissions.h"
#include "store/Roles.h"

namespace pm::cli {

namespace {

QString usage()
{
    return QStringLiteral(
        "usage: probematrix-cli [--db PATH|URL] db init [--roles] [--seed]\n"
        "       probematrix-cli [--db PATH|URL] db info\n"
        "       probematrix-cli [--db URL] db grant LOGIN viewer|editor|admin\n"
        "\n"
        "  init    create the schema, or upgrade it to this version's (nothing is lost)\n"
        "          --roles  (PostgreSQL) create the roles probematrix_viewer (read only),\n"
        "                   probematrix_editor (edit the matrix, plans and their statuses) and\n"
        "                   probematrix_admin (everything, including the schema), and grant\n"
        "                   their rights on every table; run again after an upgrade\n"
        "          --seed   fill an empty matrix with the bundled BIG-MAP matrix\n"
        "  info    backend, schema version, your account and its rights\n"
        "  grant   make an existing login a viewer, editor or admin (and nothing else)\n"
        "\n"
        "Passwords are never passed on the command line: libpq reads PGPASSWORD, ~/.pgpass\n"
        "and service files (postgresql://host/db?service=NAME).\n");
}

QString yesNo(bool b)
{
    return b ? QStringLiteral("yes") : QStringLiteral("no");
}

int runInit(CliContext &context, const QStringList &options)
{
    for (const QString &o : options)
        if (o != u"--roles" && o != u"--seed")
            return context.fail(QStringLiteral("unknown option \"%1\" for db init; use --roles or --seed").arg(o));
    auto db = context.database(); // opening creates or upgrades the schema
    if (!db)
        return context.fail(db.error(), BadInput);
    Database &database = **db;
    context.out() << "schema version " << database.schemaVersion() << " on " << database.displayName() << '\n';
    if (options.contains(QStringLiteral("--roles"))) {
        if (auto ok = roles::createRoles(database); !ok)
            return context.fail(ok.error(), Failure);
        context.out() << "roles: " << roles::roleName(roles::Role::Viewer) << ", " << roles::roleName(roles::Role::Editor) << ", "
                      << roles::roleName(roles::Role::Admin) << " (grant one to a login with: db grant LOGIN viewer|editor|admin)\n";
    }
    if (options.contains(QStringLiteral("--seed"))) {
        MatrixStore store(database);
        if (store.offeringCount() > 0) {
            context.out() << "not seeded: the matrix already holds " << store.offeringCount() << " offerings\n";
        } else {
            auto report = bundled::seed(store);
            if (!report)
                return context.fail(report.error(), Failure);
            context.out() << "seeded: " << report->summary() << '\n';
        }
    }
    return Success;
}

int runInfo(CliContext &context)
{
    // No upgrade here: info must work for a viewer on a server that still needs one.
    std::unique_ptr<Database> own;
    Database *database = nullptr;
    if (context.databaseLocation().isEmpty()) {
        auto db = context.database();
        if (!db)
            return context.fail(db.error(), BadInput);
        database = *db;
    } else {
        auto db = Database::openRaw(context.databaseLocation());
        if (!db)
            return context.fail(db.error(), BadInput);
        own = std::move(*db);
        database = own.get();
    }
    const bool server = database->kind() == Database::Kind::Postgres;
    const Permissions rights = permissions(*database);
    const int version = database->schemaVersion();
    QTextStream &out = context.out();
    out << "database:       " << database->displayName() << '\n';
    out << "backend:        " << (server ? "PostgreSQL" : "SQLite") << '\n';
    out << "schema version: " << version;
    if (version < Database::kSchemaVersion)
        out << " (this version writes " << Database::kSchemaVersion << "; an admin upgrades with: db init)";
    else if (version > Database::kSchemaVersion)
        out << " (newer than this ProbeMatrix, which reads up to " << Database::kSchemaVersion << ")";
    out << '\n';
    out << "user:           " << rights.user << '\n';
    out << "role:           " << (rights.role.isEmpty() ? QStringLiteral("none") : rights.role) << '\n';
    out << "may read:       " << yesNo(rights.canRead) << '\n';
    out << "may edit:       " << yesNo(rights.canEditMatrix) << '\n';
    out << "may administer: " << yesNo(rights.canAdmin) << '\n';
    out << "live updates:   " << (server ? QStringLiteral("yes (LISTEN %1)").arg(Database::changeChannel()) : QStringLiteral("no (single-user file)")) << '\n';
    if (!rights.reason.isEmpty())
        out << "note:           " << rights.reason << '\n';
    if (rights.canRead && version > 0 && version <= Database::kSchemaVersion)
        out << "offerings:      " << MatrixStore(*database).offeringCount() << '\n';
    return Success;
}

int runGrant(CliContext &context, const QStringList &args)
{
    if (args.size() != 2)
        return context.fail(QStringLiteral("db grant needs a login and a role: db grant LOGIN viewer|editor|admin"));
    const auto role = roles::roleFromLabel(args[1]);
    if (!role)
        return context.fail(QStringLiteral("unknown role \"%1\"; use viewer, editor or admin").arg(args[1]));
    auto db = context.database();
    if (!db)
        return context.fail(db.error(), BadInput);
    if (auto ok = roles::grantRole(**db, args[0], *role); !ok)
        return context.fail(ok.error(), Failure);
    context.out() << args[0] << " is now " << roles::roleLabel(*role) << " (" << roles::roleName(*role) << ")\n";
    return Success;
}

int runDb(CliContext &context, const QStringList &arguments)
{
    if (arguments.size() < 2 || arguments[1] == u"--help" || arguments[1] == u"-h") {
        context.out() << usage();
        return arguments.size() < 2 ? BadInput : Success;
    }
    const QString sub = arguments[1];
    const QStringList rest = arguments.mid(2);
    if (sub == u"init")
        return runInit(context, rest);
    if (sub == u"info") {
        if (!rest.isEmpty())
            return context.fail(QStringLiteral("db info takes no arguments"));
        return runInfo(context);
    }
    if (sub == u"grant")
        return runGrant(context, rest);
    return context.fail(QStringLiteral("unknown db command \"%1\"; use init, info or grant").arg(sub));
}

} // namespace

static const CommandRegistrar registrar({"db", "db init [--roles] [--seed] | db info | db grant LOGIN ROLE: set up a database or server, show your rights", runDb});

} // namespace pm::cli
