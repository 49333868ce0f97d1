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

// All commands, sorted by name: the built-in ones and those registered by later modules.
QList<Command> commands();

// A command file in cli/commands/ registers itself with a static instance:
//   static const CommandRegistrar registrar({"plan", "plan REQUEST.json ...", runPlan});
// Those files are compiled into the probematrix-cli executable itself (not a static
// library), so the registrar always runs.
struct CommandRegistrar {
    explicit CommandRegistrar(const Command &command);
};

int runImport(CliContext &context, const QStringList &arguments);
int runExport(CliContext &context, const QStringList &arguments);
int runList(CliContext &context, const QStringList &arguments);

} // namespace pm::cli
