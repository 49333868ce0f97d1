#pragma once

#include "CliContext.h"

#include <QList>

namespace pm::cli {

// A sub-command of probematrix-cli. Each lives in its own file and registers here.
struct Command {
    const char *name;
    const char *summary;
    int (*run)(CliContext &context, const QStringList &arguments); // arguments[0] is the command name
};

const QList<Command> &commands();

int runImport(CliContext &context, const QStringList &arguments);
int runExport(CliContext &context, const QStringList &arguments);
int runList(CliContext &context, const QStringList &arguments);

} // namespace pm::cli
