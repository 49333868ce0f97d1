#include "Commands.h"

#include <algorithm>

namespace pm::cli {

namespace {
QList<Command> &registered()
{
    static QList<Command> list;
    return list;
}
} // namespace

CommandRegistrar::CommandRegistrar(const Command &command)
{
    registered().append(command);
}

QList<Command> commands()
{
    QList<Command> list = {
        {"import", "import FILE [--dry-run] [--replace]: add or update offerings from a .tsv, .csv, .json or .xlsx file", runImport},
        {"export", "export FILE [--format csv|tsv|json] [--no-contacts]: write the matrix to a file", runExport},
        {"list", "list [--where EXPR]... [--format table|csv|json] [--no-contacts]: print matching offerings", runList},
    };
    list.append(registered());
    std::sort(list.begin(), list.end(), [](const Command &a, const Command &b) { return qstrcmp(a.name, b.name) < 0; });
    return list;
}

} // namespace pm::cli
