#include "Commands.h"

namespace pm::cli {

// Later modules add their commands to this list (ask, plan, logbook, report, db).
const QList<Command> &commands()
{
    static const QList<Command> list = {
        {"import", "import FILE [--dry-run] [--replace]: add or update offerings from a .tsv, .csv, .json or .xlsx file", runImport},
        {"export", "export FILE [--format csv|tsv|json] [--no-contacts]: write the matrix to a file", runExport},
        {"list", "list [--where EXPR]... [--format table|csv|json] [--no-contacts]: print matching offerings", runList},
    };
    return list;
}

} // namespace pm::cli
