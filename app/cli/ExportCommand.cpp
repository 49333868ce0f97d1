#include "Commands.h"

#include "io/Export.h"

#include <QCommandLineParser>

namespace pm::cli {

int runExport(CliContext &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Export the matrix to CSV, the native tab-separated format or JSON."));
    parser.addPositionalArgument(QStringLiteral("FILE"), QStringLiteral("the file to write (format from its extension unless --format)"));
    parser.addOption({QStringLiteral("format"), QStringLiteral("csv, tsv or json"), QStringLiteral("FORMAT")});
    parser.addOption({QStringLiteral("no-contacts"), QStringLiteral("leave out the contact column (personal data)")});
    parser.addOption({QStringLiteral("raw"), QStringLiteral("CSV/TSV: keep cells that start with =, +, -, @, tab or CR as they are "
                                                            "(by default a ' is put in front, so that a spreadsheet does not run them as formulas)")});
    parser.addHelpOption();
    if (!parser.parse(arguments))
        return context.fail(parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        context.out() << parser.helpText();
        return Success;
    }
    if (parser.positionalArguments().size() != 1)
        return context.fail(QStringLiteral("export needs exactly one FILE"));
    const QString path = parser.positionalArguments().first();
    ExportOptions options;
    options.includeContacts = !parser.isSet(QStringLiteral("no-contacts"));
    options.raw = parser.isSet(QStringLiteral("raw"));
    if (parser.isSet(QStringLiteral("format"))) {
        auto format = exportFormatFromName(parser.value(QStringLiteral("format")));
        if (!format)
            return context.fail(format.error());
        options.format = *format;
    } else if (const auto format = exportFormatForPath(path)) {
        options.format = *format;
    } else {
        return context.fail(QStringLiteral("cannot tell the format of \"%1\" from its extension; add --format csv|tsv|json").arg(path));
    }
    int exitCode = Success;
    auto matrix = context.loadMatrix(exitCode);
    if (!matrix)
        return exitCode;
    if (auto ok = writeFileAtomically(path, exportOfferings(matrix->offerings, *matrix, options)); !ok)
        return context.fail(ok.error(), Failure);
    context.out() << QStringLiteral("Exported %1 offerings to %2.").arg(matrix->offerings.size()).arg(path) << Qt::endl;
    return Success;
}

} // namespace pm::cli
