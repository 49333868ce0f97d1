#include "Commands.h"

#include "store/MatrixStore.h"

#include <QCommandLineParser>

namespace pm::cli {

int runImport(CliContext &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Import offerings from a matrix file (.tsv native D5.2 format, .csv, .json, .xlsx). "
                                                    "The import is one transaction: all rows go in or nothing changes."));
    parser.addPositionalArgument(QStringLiteral("FILE"), QStringLiteral("the file to import"));
    parser.addOption({QStringLiteral("dry-run"), QStringLiteral("show the report without writing anything")});
    parser.addOption({QStringLiteral("replace"), QStringLiteral("remove offerings that the file does not contain")});
    parser.addHelpOption();
    if (!parser.parse(arguments))
        return context.fail(parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        context.out() << parser.helpText();
        return Success;
    }
    if (parser.positionalArguments().size() != 1)
        return context.fail(QStringLiteral("import needs exactly one FILE"));
    auto db = context.database();
    if (!db)
        return context.fail(db.error(), BadInput);
    MatrixStore store(**db);
    ImportOptions options;
    options.dryRun = parser.isSet(QStringLiteral("dry-run"));
    options.replace = parser.isSet(QStringLiteral("replace"));
    auto report = store.importFile(parser.positionalArguments().first(), options);
    if (!report)
        return context.fail(report.error());
    context.out() << report->toText();
    return Success;
}

} // namespace pm::cli
